"""partnersWith on made-up text: verbs, partnership nouns, agreements the parties make, symmetric
lists, and negation."""

from conftest import named


def _partners(ex):
    return {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "partnersWith"}


def test_conjoined_subjects_of_a_partnership_with_a_third(read):
    ex = read("Fund\n\nTarn Industries and the Kestrel Foundation committed in May to a five-year partnership "
              "with Westmoor University to fund the centre.")
    partners = _partners(ex)
    assert ("Tarn Industries", "Westmoor University") in partners
    assert ("Kestrel Foundation", "Westmoor University") in partners


def test_between_and_signed_together(read):
    ex = read("Joint\n\nThe project is a collaboration between Tarn Industries and the Kestrel Foundation. "
              "\n\nLumen Group and the Brightway Trust signed a partnership on Monday.")
    partners = _partners(ex)
    assert ("Tarn Industries", "Kestrel Foundation") in partners
    assert ("Lumen Group", "Brightway Trust") in partners


def test_teamed_up_and_deals(read):
    ex = read("Plant\n\nTarn Industries teamed up with Lumen Group to build the plant. "
              "Kestrel Foundation signed a deal with Brightway Trust.")
    partners = _partners(ex)
    assert ("Tarn Industries", "Lumen Group") in partners
    assert ("Kestrel Foundation", "Brightway Trust") in partners


def test_a_deal_nobody_made_or_a_negated_one_is_no_partnership(read):
    ex = read("Talks\n\nTarn Industries did not sign a deal with Lumen Group. "
              "Kestrel Foundation's deal with Brightway Trust collapsed.")
    assert not _partners(ex)


def test_partner_as_a_title_before_a_name(read):
    ex = read("Deal\n\nNorthwind Motors last week agreed a compensation package with partner Lumen Motors. "
              "Harbour Bank said its partner Westbrook Insurance Group would pay.")
    partners = _partners(ex)
    assert ("Northwind Motors", "Lumen Motors") in partners
    assert ("Harbour Bank", "Westbrook Insurance Group") in partners


def test_a_joint_venture_between_two_bodies(read):
    ex = read("Charts\n\nThe charts are run by the Official Charts Company - a joint venture between the Harbour Music Society "
              "and the Northwind Dealers Association.")
    partners = _partners(ex)
    assert ("Harbour Music Society", "Northwind Dealers Association") in partners or \
        ("Northwind Dealers Association", "Harbour Music Society") in partners


def test_a_deal_held_with_another_body(read):
    ex = read("Deal\n\nNorthwind Bank has a deal with Westbrook Holdings to share branches.\n\n"
              "Eastgate Energy hopes to have an agreement with Lumen Capital by May.\n\n"
              "Harbour Water does not have a contract with Westmoor Foods.")
    got = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "partnersWith"}
    assert ("Northwind Bank", "Westbrook Holdings") in got
    assert not any("Lumen Capital" in pair or "Westmoor Foods" in pair for pair in got)


def test_the_holder_of_a_partnership_is_a_party(read):
    ex = read("Deal\n\nNorthwind Bank said profits rose. The deal was a natural development of its joint venture with "
              "Westbrook Holdings, said Jane Roe.")
    got = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "partnersWith"}
    assert ("Northwind Bank", "Westbrook Holdings") in got


def test_bodies_partner_bodies_and_an_ended_partnership_is_none(read):
    ex = read("Deals\n\nJane Roe signed a new deal with Tarn Rovers. Northwind Bank ended its partnership with Tarn Council. "
              "Harbour Trust stopped working with Kestrel Foundation. Westbrook Council signed a deal with Brightway Trust.")
    got = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "partnersWith"}
    assert ("Westbrook Council", "Brightway Trust") in got
    assert not {("Jane Roe", "Tarn Rovers"), ("Northwind Bank", "Tarn Council"), ("Harbour Trust", "Kestrel Foundation")} & got


def test_in_partnership_with_one_and_with_another(read):
    ex = read("Scheme\n\nNorthwind Bank is working in partnership with Harbour Trust and with Kestrel Foundation on the new scheme. "
              "Tarn Council has a partnership with Westbrook Trust and with Lumen Foundation.")
    got = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "partnersWith"}
    assert {("Northwind Bank", "Harbour Trust"), ("Northwind Bank", "Kestrel Foundation")} <= got
    # (the parser hangs the second "with" on "in" in the first sentence, on the first "with" in the second)
    assert {("Tarn Council", "Westbrook Trust"), ("Tarn Council", "Lumen Foundation")} <= got


def test_the_two_bodies_working_together(read):
    ex = read("Fraud\n\nHarbour Police has passed the file to the Kestrel Foundation, and the two bodies are working closely on the case."
              "\n\nNorthwind Bank sued Tarn Bank. The two banks are working on a settlement.")
    got = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "partnersWith"}
    assert ("Harbour Police", "Kestrel Foundation") in got
    assert ("Northwind Bank", "Tarn Bank") not in got


def test_a_body_does_not_partner_its_own_acronym(read):
    ex = read("Ratings\n\nThe Ratings Bureau is a joint venture between the Kestrel Institute and the Harbour Association of Music "
              "Dealers (HAMD).")
    got = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "partnersWith"}
    assert ("Kestrel Institute", "Harbour Association of Music Dealers") in got
    assert not {("Harbour Association of Music Dealers", "HAMD"), ("HAMD", "Harbour Association of Music Dealers")} & got


def test_conjoined_subjects_working_together(read):
    ex = read("Plant\n\nTarn Industries and the Kestrel Foundation agreed to work together on the plant. "
              "\n\nLumen Group and the Brightway Trust have teamed up. "
              "\n\nHarbour Holdings and the Westmoor Trust work in London.")
    partners = _partners(ex)
    assert ("Tarn Industries", "Kestrel Foundation") in partners
    assert ("Lumen Group", "Brightway Trust") in partners
    assert ("Harbour Holdings", "Westmoor Trust") not in partners


def test_the_last_time_two_bodies_would_work_together_is_no_partnership(read):
    ex = read("Games\n\nLast year was the final time that Tarn Industries and the Kestrel Foundation would work together.")
    assert not _partners(ex)


def test_partners_said_of_the_subject(read):
    ex = read("Scheme\n\nTarn Industries and the Kestrel Foundation are partners in the scheme. "
              "\n\nLumen Group is a partner of the Brightway Trust. "
              "\n\nHarbour Holdings and the Westmoor Trust are not partners.")
    partners = _partners(ex)
    assert ("Tarn Industries", "Kestrel Foundation") in partners
    assert ("Lumen Group", "Brightway Trust") in partners
    assert ("Harbour Holdings", "Westmoor Trust") not in partners


def test_an_agreement_between_two_named_parties(read):
    ex = read("Energy\n\nThe two governments formalised a co-operation deal between Tarn Industries and the Kestrel Foundation. "
              "\n\nThey held talks on a deal between Lumen Group and the Brightway Trust. "
              "\n\nA proposed agreement between Harbour Holdings and the Westmoor Trust was discussed.")
    partners = _partners(ex)
    assert ("Tarn Industries", "Kestrel Foundation") in partners
    assert not {("Lumen Group", "Brightway Trust"), ("Harbour Holdings", "Westmoor Trust")} & partners


def test_a_holders_deal_with_another_body(read):
    ex = read("Prices\n\nUnder Tarn Industries' deal with the Kestrel Foundation, prices will fall. "
              "\n\nLumen Group's proposed deal with the Brightway Trust collapsed. "
              "\n\nHarbour Holdings' takeover deal with Westmoor Mills was approved.")
    partners = _partners(ex)
    assert ("Tarn Industries", "Kestrel Foundation") in partners
    assert not {("Lumen Group", "Brightway Trust"), ("Harbour Holdings", "Westmoor Mills")} & partners


def test_an_end_to_an_alliance_is_no_partnership(read):
    ex = read("Cars\n\nAshby Foods plc recently negotiated an end to its alliance with Brennan Holdings.")
    assert not _partners(ex)


def test_the_two_bodies_signing_an_agreement(read):
    ex = read("Cars\n\nTarn Motors plc will supply Harbour Cars Ltd with 30,000 vehicles. "
              "The two firms signed a memorandum of understanding on Monday.")
    assert ("Tarn Motors", "Harbour Cars Ltd") in _partners(ex)
    ex = read("Cars\n\nTarn Motors plc will supply Harbour Cars Ltd with 30,000 vehicles. Both companies hope to sign a deal soon.")
    assert not _partners(ex)


def test_the_members_of_an_alliance_or_consortium(read):
    # WordNet's nouns of partnership (wn_partner_nouns.txt: consortium, coalition ...) and their members
    ex = read("Bridge\n\nAn alliance of Northwind Bank, Quillmail Ltd and Westbrook Holdings will build the bridge.\n\n"
              "Kestrel Energy is part of a consortium including Tarn Motors plc and Lumen Group.\n\n"
              "A proposed consortium of Ashby Foods and Brennan Holdings was blocked.")
    partners = {frozenset(p) for p in _partners(ex)}
    assert {frozenset(p) for p in (("Northwind Bank", "Quillmail Ltd"), ("Northwind Bank", "Westbrook Holdings"),
                                   ("Quillmail Ltd", "Westbrook Holdings"), ("Tarn Motors", "Lumen Group"))} <= partners
    assert frozenset(("Ashby Foods", "Brennan Holdings")) not in partners


def test_an_agreement_made_between_two_bodies(read):
    ex = read("Oil\n\nTarnford Oil is not interested in a deal similar to that concluded recently between Bexley Petroleum "
              "and the Harbour National Petroleum Corporation.")
    assert {("Bexley Petroleum", "Harbour National Petroleum Corporation")} <= _partners(ex)


def test_an_agreement_still_to_be_made_between_two_bodies(read):
    ex = read("Oil\n\nA deal would be concluded between Bexley Petroleum and the Harbour National Petroleum Corporation next year.")
    assert not _partners(ex)


def test_a_deal_still_to_be_concluded_makes_no_partners(read):
    ex = read("Banks\n\nKestrel bosses told counterparts at Tarnford Bank of its decision on Friday, clearing the way for it to "
              "conclude a 3 trillion yen deal with Harbour Trust. Bexley Bank hopes to sign a deal with Carrow Capital.")
    assert not _partners(ex)


def test_a_deal_agreed_to_be_signed_makes_partners(read):
    ex = read("Banks\n\nBexley Bank agreed to sign a deal with Carrow Capital on Monday.")
    assert ("Bexley Bank", "Carrow Capital") in _partners(ex)


def test_bodies_that_do_one_thing_jointly(read):
    ex = read("Guidance\n\nThe leaflet was published jointly by the Northwind Prosecution Service and the Association of Kestrel Officers. "
              "\n\nTarnwell Bank and Lumen Insurance could jointly bid for Kestrel Foods.")
    pairs = _partners(ex)
    assert ("Northwind Prosecution Service", "Association of Kestrel Officers") in pairs or ("Association of Kestrel Officers", "Northwind Prosecution Service") in pairs
    assert not {p for p in pairs if "Tarnwell Bank" in p}


def test_bodies_that_agree_to_do_one_thing_together(read):
    ex = read("Engine\n\nBrightway Motors and Vexor Engineering agreed to develop an engine together.")
    pairs = _partners(ex)
    assert ("Brightway Motors", "Vexor Engineering") in pairs or ("Vexor Engineering", "Brightway Motors") in pairs
    ex = read("Market\n\nBrightway Motors and Vexor Engineering together account for 60% of the market.")
    assert not _partners(ex)


def test_joining_forces_with_a_partner_or_each_other(read):
    # WordNet's phrasal "join forces" (collaborate.v.01): the parser hangs "with Y" on "forces"
    ex = read("Screens\n\nTarn Industries has joined forces with Lumen Group to build the screens. "
              "Electronics makers Kestrel Foundation and Brightway Trust are joining forces to develop batteries. "
              "Westmoor Bank joined Harbour Credit last year.")
    partners = _partners(ex)
    assert ("Tarn Industries", "Lumen Group") in partners
    assert ("Kestrel Foundation", "Brightway Trust") in partners
    assert not any("Westmoor Bank" in p for p in partners)
    assert not any("Electronics makers" in p for p in partners)
