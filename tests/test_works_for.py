"""worksFor on made-up text: titles before and after names, roles as the title words, and no
edge to a person merely named before a title."""

from conftest import named


def _works(ex):
    return {(named(ex, r.subject), named(ex, r.object), r.role) for r in ex.relations if r.predicate == "worksFor"}


def _pairs(ex):
    return {(s, o) for s, o, _ in _works(ex)}


def test_title_between_organisation_and_name(read):
    ex = read("Results\n\nNorthwind Bank chief executive Bob Marsh said profits rose. "
              "Ocean Foods founder and CEO Rita Cole disagreed.")
    works = _works(ex)
    assert ("Bob Marsh", "Northwind Bank", "chief executive") in works
    assert any(s.endswith("Rita Cole") and o == "Ocean Foods" and r == "founder and CEO" for s, o, r in works)


def test_former_stays_in_the_role(read):
    ex = read("Sale\n\nFormer Northwind Bank chairman Dan Reed bought the house.")
    assert ("Dan Reed", "Northwind Bank", "former chairman") in _works(ex)


def test_possessive_description_before_a_title(read):
    ex = read("Match\n\nHarbour City FC won on Saturday. The club's striker Sam Wood scored twice.")
    assert ("Sam Wood", "Harbour City FC", "striker") in _works(ex)


def test_a_title_description_is_not_given_to_the_last_person_named(read):
    # "Westmoor Council chair Owen Marsh" names Owen Marsh, not Fay Dunn who was named before
    ex = read("Vote\n\nFay Dunn spoke first. The Westmoor Council chair Owen Marsh spoke next.")
    pairs = _pairs(ex)
    assert ("Owen Marsh", "Westmoor Council") in pairs
    assert ("Fay Dunn", "Westmoor Council") not in pairs


def test_title_after_name_by_apposition_and_copula(read):
    ex = read("Board\n\nAnn Lee, chief executive of Northwind Bank, resigned. "
              "Carl Vance, Northwind Bank's chairman, stayed.")
    works = _works(ex)
    assert ("Ann Lee", "Northwind Bank", "chief executive") in works
    assert ("Carl Vance", "Northwind Bank", "chairman") in works


def test_a_name_after_its_title_is_no_part_of_the_role(read):
    ex = read("Apology\n\nLumen Digital was fined. The firm’s chief executive, Rosa Hart, wrote to customers.")
    assert ("Rosa Hart", "Lumen Digital", "chief executive") in _works(ex)


def test_a_name_with_the_body_it_comes_from(read):
    ex = read("Markets\n\nThe figures, said Jane Roe of Lumen Digital in Harbourton, were weak. "
              "\u201cCosts are up,\u201d said analyst Sam Wood at Harbour Securities. "
              "Tom Reed, from the Westmoor Trust, agreed.")
    pairs = _pairs(ex)
    assert ("Jane Roe", "Lumen Digital") in pairs
    assert ("Sam Wood", "Harbour Securities") in pairs
    assert ("Tom Reed", "Westmoor Trust") in pairs


def test_a_visitor_at_a_body_does_not_work_there(read):
    ex = read("Talks\n\nThe minister met Jane Roe at Northwind Bank on Monday.")
    assert ("Jane Roe", "Northwind Bank") not in _pairs(ex)


def test_title_with_a_described_body_or_to(read):
    ex = read("Virus\n\nRosa Hart, spokeswoman for the software firm Lumen Digital, said the flaw was fixed. "
              "Owen Marsh, Chief Secretary to the Treasury, is to step down.")
    works = _works(ex)
    assert ("Rosa Hart", "Lumen Digital", "spokeswoman") in works
    assert any(s == "Owen Marsh" and o == "Treasury" and r == "Chief Secretary" for s, o, r in works)


def test_an_ambassador_to_a_body_does_not_work_for_it(read):
    ex = read("Envoy\n\nFay Dunn, ambassador to the Westmoor Trade Council, arrived on Monday.")
    assert not any(s == "Fay Dunn" for s, _ in _pairs(ex))


def test_a_bodys_possessive_on_a_name(read):
    ex = read("Outlook\n\n\u201cIt is not a big thing,\u201d said Northwind Bank's Tom Reed.")
    assert ("Tom Reed", "Northwind Bank") in _pairs(ex)


def test_a_post_named_by_an_as_phrase(read):
    ex = read("Deal\n\nDan Reed, who will remain as Westmoor Mills chief executive, welcomed the offer. "
              "Harbour City FC appointed Sam Wood as manager on Friday. "
              "Rita Cole stepped down as chairman of Ocean Foods.")
    works = _works(ex)
    assert ("Dan Reed", "Westmoor Mills", "chief executive") in works
    assert ("Sam Wood", "Harbour City FC", "manager") in works
    assert ("Rita Cole", "Ocean Foods", "chairman") in works


def test_players_and_board_members(read):
    ex = read("Match\n\nSam Wood scored twice despite playing on the wing for his club Harbour City FC. "
              "Jane Roe served on the Westmoor Borough Council for ten years. "
              "The winner came from Harbour Rovers director of football Tom Reed's signing.")
    pairs = _pairs(ex)
    assert ("Sam Wood", "Harbour City FC") in pairs
    assert ("Jane Roe", "Westmoor Borough Council") in pairs


def test_title_with_of_before_a_name(read):
    ex = read("Transfer\n\nThe move was confirmed by Harbour Rovers director of football Tom Reed on Friday.")
    assert ("Tom Reed", "Harbour Rovers", "director of football") in _works(ex)


def test_joining_that_did_not_happen(read):
    ex = read("Split\n\nNeither Northwind Bank nor Harbour Mutual wanted to let Jane Roe join them. "
              "Sam Wood joined Ocean Foods in 2019.")
    pairs = _pairs(ex)
    assert not any(s == "Jane Roe" for s, _ in pairs)
    assert ("Sam Wood", "Ocean Foods") in pairs


def test_a_minister_works_for_the_government_the_article_names(read):
    ex = read("Ban\n\nThe Westmoor government agreed to ban smoking. Health Minister Jane Roe said the ban would save lives.")
    assert any(s.endswith("Jane Roe") and o.lower() == "westmoor government" for s, o in _pairs(ex))


def test_a_post_goes_to_the_government_its_title_names(read):
    ex = read("Talks\n\nThe Westmoor government and the Northland government met. "
              "Northland finance minister Sam Wood said the talks went well.")
    pairs = {(s, o.lower()) for s, o in _pairs(ex)}
    assert not any(s.endswith("Sam Wood") and o == "westmoor government" for s, o in pairs)


def test_a_title_between_commas_the_parser_splits(read):
    ex = read("Formats\n\nIan Fogg, personal technology and broadband analyst at Harbour Research, said the market was fragmented.")
    assert ("Ian Fogg", "Harbour Research") in _pairs(ex)


def test_a_bare_title_after_the_body_named_before(read):
    ex = read("Hunts\n\nThe Countryside Trust said the law was impossibly difficult to enforce. "
              "Chief executive Jane Roe said it would fight on.")
    assert ("Jane Roe", "Countryside Trust") in _pairs(ex)


def test_a_bare_title_is_not_given_to_a_body_a_description_names_later(read):
    ex = read("Pay\n\nThe union said the offer from Northwind Bank was an insult. Chief executive Jane Roe said the offer was fair.")
    assert ("Jane Roe", "Northwind Bank") not in _pairs(ex)


def test_a_post_held_as_a_noun(read):
    ex = read("Return\n\nHe returned to action soon after Sam Wood's appointment as Harbour Rovers manager.")
    assert ("Sam Wood", "Harbour Rovers") in _pairs(ex)


def test_a_clause_on_a_title_names_other_peoples_bodies(read):
    ex = read("Credit\n\nMuch of the credit must go to Jane Roe, the strategist who turned Sam Wood, of the Harbour Party, "
              "into an election winner.")
    pairs = _pairs(ex)
    assert ("Jane Roe", "Harbour Party") not in pairs
    assert ("Sam Wood", "Harbour Party") in pairs


def test_no_post_from_a_possessive_in_a_headline(nlp, tmp_path):
    from graph.building.extract import extract_article
    from graph.building.ingest import read_articles

    path = tmp_path / "cosby.txt"
    path.write_text("No charges against TV's Cosby\n\nUS comedian Bill Cosby will not face charges.\n", encoding="utf-8")
    articles, _ = read_articles([path])
    assert articles[0].headline_span[1] > 0
    ex = extract_article(articles[0], nlp)
    assert not any(s.endswith("Cosby") for s, _ in _pairs(ex))


def test_a_parenthesis_opened_by_a_bodys_possessive(read):
    ex = read("Emails\n\nThe emails passed between the general and Tom Reed, then the Westmoor Council's top lawyer, last year.")
    assert ("Tom Reed", "Westmoor Council") in _pairs(ex)


def test_who_after_a_description_means_the_person_named_before(read):
    ex = read("Drugs\n\nThe trade was compared to a casino by Jane Roe, an expert in the use of computers for developing "
              "new drugs, who runs Harbour Medicine Ltd.")
    assert any(s == "Jane Roe" and o.startswith("Harbour Medicine") for s, o in _pairs(ex))


def test_a_title_of_a_named_unit_before_a_name(read):
    ex = read("Chips\n\nThe president of Harbour Products Group Tom Reed said there would be a firewall.")
    works = _works(ex)
    assert any(s == "Tom Reed" and o == "Harbour Products Group" for s, o, _ in works)


def test_a_title_for_or_of_lower_case_words_before_a_name(read):
    ex = read("Promises\n\nHarbour Party's deputy minister for women Jane Roe accused the Westmoor Party of false promises.")
    assert ("Jane Roe", "Harbour Party") in _pairs(ex)
    crit = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "criticises"}
    assert ("Jane Roe", "Westmoor Party") in crit


def test_of_which_someone_holds_a_post(read):
    ex = read("Hunting\n\nTom Reed was put in touch with the Middle Road Group, of which Mr Wood is a co-chairman, after he called.")
    assert any(s.endswith("Wood") and o == "Middle Road Group" for s, o in _pairs(ex))


def test_where_someone_lives_is_no_employer(read):
    ex = read("Court\n\nMusician Sam Wood, 23, also of north London, appeared in court.")
    assert not any(s.endswith("Sam Wood") for s, _ in _pairs(ex))


def test_a_title_joined_to_an_apposition_and_a_band_role(read):
    ex = read("Hunt\n\nTom Reed, a former pupil and joint leader of the Westmoor Trust, said he had no regrets. "
              "Harbour Records singer Jane Roe was on stage.")
    pairs = _pairs(ex)
    assert ("Tom Reed", "Westmoor Trust") in pairs
    assert ("Jane Roe", "Harbour Records") in pairs


def test_who_after_a_place_is_the_person(read):
    ex = read("Deal\n\nSen. Jane Roe, a Democrat from Ohio who sits on the Senate Housing Committee, slammed the deal.")
    assert any(s.endswith("Jane Roe") and o == "Senate Housing Committee" for s, o in _pairs(ex))


def test_its_after_a_place_subject_is_the_place(read):
    ex = read("Power\n\nSince the break up of the Northern Union in 1991, Kazakhstan has been dominated by its president Sam Wood.")
    assert not any(s.endswith("Sam Wood") for s, _ in _pairs(ex))


def test_a_party_spokesman_given_with_for(read):
    ex = read("Budget\n\nSam Wood, for the Liberal Democrats, accused the chancellor of ducking tough choices. "
              "Jane Roe, for Northwind Bank, argued the case in court.")
    pairs = _pairs(ex)
    assert any(s == "Sam Wood" and "Liberal Democrat" in o for s, o in pairs)
    assert ("Jane Roe", "Northwind Bank") not in pairs


def test_a_critic_of_a_body_does_not_work_there(read):
    ex = read("Row\n\nJane Roe, a critic of Northwind Bank, said so. The Harbour Post's film critic Sam Wood disagreed.")
    pairs = _pairs(ex)
    assert ("Jane Roe", "Northwind Bank") not in pairs
    assert ("Sam Wood", "Harbour Post") in pairs


def test_a_title_after_an_apostrophe_possessive(read):
    ex = read("Profits\n\nHarbour Holdings' chief Tom Reed said the group had caught the winds.")
    assert ("Tom Reed", "Harbour Holdings") in _pairs(ex)


def test_a_body_someone_is_fit_to_lead_is_not_led(read):
    ex = read("Party\n\nSo the Harbour Party was good enough for Sam Wood to lead. Jane Roe, who leads the Westmoor Trust, agreed.")
    pairs = _pairs(ex)
    assert ("Sam Wood", "Harbour Party") not in pairs
    assert ("Jane Roe", "Westmoor Trust") in pairs


def test_those_who_lead_a_body_are_nobody_named(read):
    ex = read("Party\n\nJane Roe is a capable politician, in exactly the way those who lead the Harbour Party are not.")
    assert not _pairs(ex)


def test_posts_given_without_as_and_taken_over(read):
    ex = read("Jobs\n\nSam Wood has been named chief executive of Westbrook Holdings.\n\n"
              "Kate Fox took over as head of the Rivers Trust last year.\n\n"
              "Tom Hale is to step down as chairman of Northwind Bank.\n\n"
              "Ben Cole hopes to be elected leader of the Harbour Party.")
    got = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "worksFor"}
    assert ("Sam Wood", "Westbrook Holdings") in got
    assert ("Kate Fox", "Rivers Trust") in got
    assert ("Tom Hale", "Northwind Bank") in got
    assert not any(p == "Ben Cole" for p, _ in got)


def test_a_post_passed_on(read):
    ex = read("Jobs\n\nSam Wood has replaced Tom Hale as chief executive of Westbrook Holdings.\n\n"
              "Kate Fox will succeed Ben Cole as president of Northwind Bank in April.")
    got = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "worksFor"}
    assert ("Sam Wood", "Westbrook Holdings") in got and ("Ben Cole", "Northwind Bank") in got
    assert not any(p in ("Tom Hale", "Kate Fox") for p, _ in got)


def test_a_government_that_may_be_is_no_employer(read):
    ex = read("Party\n\nTory co-chairman Liam Dorrell spoke on Friday. A Tory government would cut taxes, he said.\n\n"
              "Mr Hebden accepted Prime Minister Tom Ashcombe's promise.")
    # no post in the government that may be; the government in office, which the article's politics
    # imply (GUIDELINES: "the prime minister" works for the UK government), may be his
    gov = {ex.mentions[r.object].key for r in ex.relations if r.predicate == "worksFor" and named(ex, r.subject).endswith("Tom Ashcombe")}
    assert "tory government" not in gov and gov <= {"uk government"}


def test_a_government_named_inside_another_phrase_is_still_named(read):
    ex = read("Fund\n\nThe Safety Fund is a UK Government-funded programme, said Home Secretary Jane Roe.")
    assert any(r.predicate == "worksFor" and named(ex, r.subject).endswith("Jane Roe") and named(ex, r.object) == "UK Government"
               for r in ex.relations)


def test_a_government_post_left_or_held_with_no_body_named_is_in_the_government_the_article_names(read):
    ex = read("Budget row\n\nThe government is split, critics say. Jane Roe said in May she would stand down as prime minister "
              "before the next election. Tom Reid stepped down as health minister last year. Sam Wood will take over as prime minister.")
    got = _works(ex)
    assert ("Jane Roe", "government", "prime minister") in got
    assert ("Tom Reid", "government", "health minister") in got
    assert not any(s == "Sam Wood" for s, _, _ in got)  # a post still to come


def test_a_persons_deputy_or_spokesman_works_for_that_persons_one_body(read):
    ex = read("Hearing\n\nWestbrook Police chief Paul Marsh spoke on Monday. Marsh said the matter had gone to his civilian deputy, "
              "George Barnes, last week. Northwind Bank chief executive Jane Roe spoke too. Her spokesman Tom Reid said nothing. "
              "Sam Wood hired his lawyer Mark Taylor.")
    got = _works(ex)
    assert ("George Barnes", "Westbrook Police", "civilian deputy") in got
    assert ("Tom Reid", "Northwind Bank", "spokesman") in got
    assert not any(s == "Mark Taylor" for s, _, _ in got)  # a lawyer of a person, and the person works for no body named


def test_a_seat_on_a_committee_or_board_given_in_an_apposition(read):
    ex = read("Hearing\n\nJane Roe, the top Republican on the Senate Finance Committee, asked questions. "
              "Tom Reid, a Democrat on the Westbrook City Council, agreed. Sam Wood, a regular on the Harbour Ferry, laughed.")
    got = _works(ex)
    assert ("Jane Roe", "Senate Finance Committee", "top Republican") in got
    assert ("Tom Reid", "Westbrook City Council", "Democrat") in got
    assert not any(s == "Sam Wood" for s, _, _ in got)


def test_a_seat_on_the_board_of_a_body(read):
    ex = read("Police\n\nLord Harris, who sits on the executive of the Association of Police Authorities, said so. "
              "Jane Roe served on the board of Northwind Bank for ten years.")
    got = _pairs(ex)
    assert ("Lord Harris", "Association of Police Authorities") in got
    assert ("Jane Roe", "Northwind Bank") in got


def test_a_foreign_post_is_not_in_the_government_the_article_names(read):
    ex = read("Row\n\nThe UK government is split. German Chancellor Gerhard Schroeder said so. "
              "French Finance Minister Thierry Breton agreed. Health Secretary John Reid did not.")
    got = _pairs(ex)
    assert any(s.endswith("John Reid") and o == "UK government" for s, o in got)
    assert not any(s.endswith(("Schroeder", "Breton")) for s, _ in got)


def test_a_title_that_begins_the_bodys_name_with_its_possessive(read):
    ex = read("Fine\n\nThe Pensions Commissioner’s Office (PCO) has fined Tarn Water £2m. "
              "Pensions Commissioner Jane Roe said: “Tarn Water let its customers down.”")
    assert any(p.endswith("Jane Roe") and o == "Pensions Commissioner’s Office" and r == "Pensions Commissioner" for p, o, r in _works(ex))


def test_a_bare_title_in_a_story_about_one_body_is_that_bodys(read):
    lead = ("Northwind Water has cut supplies to 4,000 homes after a pipe burst.\n\nThe company said repairs would take a week. "
            "It apologised to customers. The Drinking Water Inspectorate is looking into the incident.\n\n"
            "Residents said they had been given bottled water by volunteers.\n\nChief Executive Dr Jane Roe said: “We are sorry.”")
    assert any(p.endswith("Jane Roe") and o == "Northwind Water" for p, o in _pairs(read("Water\n\n" + lead)))
    two = ("Northwind Water and Tarn Water have cut supplies to 4,000 homes.\n\nResidents said they had been given bottled water "
           "by volunteers.\n\nChief Executive Dr Jane Roe said: “We are sorry.”")
    assert not any(p.endswith("Jane Roe") for p, _ in _pairs(read("Water\n\n" + two)))


def test_a_title_coordinated_with_a_titled_name_shares_its_body(read):
    ex = read("Board\n\nNorthwind Bank chief executive Jane Roe and chairman Bob Smith resigned. "
              "Tarn Council leader Ann Lee and Tom Reid met.")
    pairs = _pairs(ex)
    assert ("Bob Smith", "Northwind Bank") in pairs
    assert ("Jane Roe", "Northwind Bank") in pairs
    assert ("Tom Reid", "Tarn Council") not in pairs


def test_its_opening_the_subject_continues_the_body_the_text_is_about(read):
    ex = read("Deal\n\nNorthwind Bank has agreed to buy Ocean Foods from Tarn Holdings. Its chief executive Jane Roe said the deal made sense.")
    pairs = _pairs(ex)
    assert ("Jane Roe", "Northwind Bank") in pairs
    assert ("Jane Roe", "Tarn Holdings") not in pairs


def test_a_critic_by_trade_works_for_the_paper(read):
    ex = read("Films\n\nDaily Courier film critic Jane Roe spoke. Bob Smith, a Labour supporter, spoke.")
    pairs = _pairs(ex)
    assert ("Jane Roe", "Daily Courier") in pairs
    assert not any(p == "Bob Smith" for p, _ in pairs)


def test_a_plural_title_names_each_of_a_list(read):
    ex = read("Board\n\nNorthwind Bank directors Jane Roe, Ann Lee and Bob Smith resigned. "
              "Tom Reid and Sam Wood, both trustees of the Kestrel Foundation, stayed. Tarn Council leader Amy Hart and Lee Park met.")
    works = _works(ex)
    for name in ("Jane Roe", "Ann Lee", "Bob Smith"):
        assert (name, "Northwind Bank", "director") in works
    assert ("Tom Reid", "Kestrel Foundation", "trustee") in works
    assert not any(p == "Lee Park" for p, _, _ in works)


def test_a_post_that_would_be_held_and_a_word_between_a_pronoun_and_the_title(read):
    ex = read("Club\n\nIf he became chairman, Bob Smith would be the chief executive of Northwind Bank. "
              "Tarnford Rovers have dropped their Welsh striker Sam Wood for the cup tie. Ann Lee will become chairman of Tarn Council.")
    pairs = _pairs(ex)
    assert ("Bob Smith", "Northwind Bank") not in pairs
    assert not any(o == "Welsh" for _, o in pairs)
    assert ("Ann Lee", "Tarn Council") in pairs


def test_a_religious_rank_after_a_possessive_is_a_role(read):
    # ("archbishop" is in role_heads.txt for this; graph/text/data/title_words.txt, which makes
    # "Archbishop Tomas Ekwueme" a title and a name, is tested in test_resolve.py)
    ex = read("Church\n\nThe Church of Westmoor said its archbishop, Tomas Ekwueme, would attend.")
    assert ("Tomas Ekwueme", "Church of Westmoor", "archbishop") in _works(ex)


def test_a_title_with_its_body_before_the_name(read):
    # "The chairman of Y, X, said": the parser hangs the name on the body, the words still say it
    ex = read("Vote\n\nThe chairman of the Westmoor Party, Tom Reid, said taxes would fall. "
              "Talks with the head of Northwind Bank, Ann Lee, failed. "
              "The son of the founder of Kestrel Foods, Bob Smith, spoke.")
    works = _works(ex)
    assert ("Tom Reid", "Westmoor Party", "chairman") in works
    assert ("Ann Lee", "Northwind Bank", "head") in works
    assert ("Bob Smith", "Kestrel Foods") not in _pairs(ex)  # (whose son is he?)


def test_a_bare_title_after_a_reporting_verb_takes_the_body_before(read):
    # '"...," said chief executive X' after a sentence about one body; a body the quotation
    # names is not the title's
    ex = read("Results\n\nShares in Northwind Bank fell 5% on Monday. "
              "\u201cWe expect a far better year for everyone in the markets,\u201d said chief executive Ann Lee.\n\n"
              "The Kestrel Trust said it would appeal. \u201cWe will beat Northwind Bank again in the courts,\u201d said spokesman Tom Reid.")
    works = _works(ex)
    assert ("Ann Lee", "Northwind Bank", "chief executive") in works
    assert ("Tom Reid", "Kestrel Trust", "spokesman") in works
    assert ("Tom Reid", "Northwind Bank") not in _pairs(ex)


def test_verbs_of_running_a_team_or_founding_a_body(read):
    ex = read("Club\n\nSam Wood, who manages Tarnford Rovers FC, praised the players. "
              "Ann Lee, who captains Harbour City FC, scored twice. Bob Smith, who co-founded Northwind Bank in 1990, spoke. "
              "Amy Hart managed to beat Kestrel Foods in court.")
    works = _works(ex)
    assert ("Sam Wood", "Tarnford Rovers FC", "manager") in works
    assert ("Ann Lee", "Harbour City FC", "captain") in works
    assert ("Bob Smith", "Northwind Bank", "co-founder") in works
    assert not any(p == "Amy Hart" for p, _, _ in works)


def test_a_body_takes_a_person_on(read):
    ex = read("Jobs\n\nNorthwind Bank hired Ann Lee last year. Bob Smith was recruited by Kestrel Foods in May. "
              "Harbour City FC have signed Sam Wood from Tarnford Rovers FC. Westmoor Trust plans to hire Amy Hart. "
              "Tom Reid signed the Northwind Bank letter.")
    pairs = _pairs(ex)
    assert ("Ann Lee", "Northwind Bank") in pairs
    assert ("Bob Smith", "Kestrel Foods") in pairs
    assert ("Sam Wood", "Harbour City FC") in pairs
    assert ("Sam Wood", "Tarnford Rovers FC") not in pairs
    assert ("Amy Hart", "Westmoor Trust") not in pairs  # (a post to come)
    assert not any(p == "Tom Reid" for p, _ in pairs)


def test_a_seat_on_a_board_said_with_be(read):
    ex = read("Board\n\nTom Reid, who is on the board of Northwind Bank, spoke. Ann Lee was on Radio Westmoor on Monday. "
              "Bob Smith would be on the board of Westmoor Trust.")
    pairs = _pairs(ex)
    assert ("Tom Reid", "Northwind Bank") in pairs
    assert not any(p in ("Ann Lee", "Bob Smith") for p, _ in pairs)


def test_a_bare_title_in_a_story_about_one_body(read):
    # the story's body is the subject of its first sentence and the body the story names most
    # often (counted by name, each "Tarnwell Stores" being a mention of its own); "company" is no
    # part of the role
    ex = read("Fine\n\nThe country's largest grocer, Tarnwell Stores, has agreed to pay a fine of $2m. "
              "The case was brought after an inquiry into Tarnwell Stores by Westmoor Council.\n\n"
              "Tarnwell Stores has not yet decided whether to appeal.\n\n"
              "The decision will be made next week, company spokesman Tom Reid said.")
    assert ("Tom Reid", "Tarnwell Stores", "spokesman") in _works(ex)


def test_a_bare_title_after_a_sentence_about_one_body(read):
    # the sentence before has a description with the name beside it as its subject; the title's
    # own sentence refers to the same body again ("The lender")
    ex = read("Fine\n\nHarbour Securities fell 2% on Monday.\n\n"
              "The country's biggest lender, Northwind Bank, has agreed to pay a fine. "
              "The lender has not decided whether to appeal, company spokesman Tom Reid said.")
    assert ("Tom Reid", "Northwind Bank", "spokesman") in _works(ex)


def test_a_word_for_the_kind_of_body_opens_a_bare_title(read):
    ex = read("Results\n\nNorthwind Bank said profits rose. Company spokesman Tom Reid said costs fell.\n\n"
              "The Westmoor Party has hired a press chief. Party chief executive Ann Lee said the move was welcome.")
    works = _works(ex)
    assert ("Tom Reid", "Northwind Bank", "spokesman") in works
    assert ("Ann Lee", "Westmoor Party", "chief executive") in works


def test_a_title_between_dashes(read):
    ex = read("Results\n\nAnn Lee - chief executive of Northwind Bank - said profits rose.")
    assert ("Ann Lee", "Northwind Bank", "chief executive") in _works(ex)


def test_heading_a_unit_of_a_body(read):
    ex = read("Breach\n\nAnn Lee, who heads the security team at Northwind Telecom, said the breach was contained. "
              "Tom Reid, who led the protest at Kestrel Foods, was arrested.")
    pairs = _pairs(ex)
    assert ("Ann Lee", "Northwind Telecom") in pairs
    assert ("Tom Reid", "Kestrel Foods") not in pairs  # (a protest is no unit of the body)


def test_one_of_a_body_s_officers(read):
    ex = read("Breach\n\nAnn Lee, one of Northwind Telecom's directors, said the breach was contained. "
              "Tom Reid, one of the founders of Kestrel Foods, agreed. Bob Smith, one of Kestrel Foods' customers, did not.")
    works = _works(ex)
    assert ("Ann Lee", "Northwind Telecom", "director") in works
    assert ("Tom Reid", "Kestrel Foods", "founder") in works
    assert not any(p == "Bob Smith" for p, _, _ in works)


def test_the_body_of_a_title_only_a_body_gives_is_an_organisation(read):
    # a one-word company name the tagger takes for a place ("Harlowby"): its use as the body of
    # "chief executive" and "an executive at" makes it an organisation, unless the article also
    # places something in it ("based in Valdoria")
    ex = read("Bid\n\nHarlowby made an offer on Monday. \u201cWe see that half the plants are at risk,\u201d said Harlowby chief executive Hans Vollmer. "
              "Marc Delorme, an executive at Harlowby, said the offer was low.\n\n"
              "Ann Lee is based in Valdoria. Valdoria analyst Tom Reid agreed.")
    pairs = _pairs(ex)
    assert ("Hans Vollmer", "Harlowby") in pairs
    assert ("Marc Delorme", "Harlowby") in pairs
    assert ("Tom Reid", "Valdoria") not in pairs


def test_a_body_founded_by_a_person(read):
    ex = read("Flotation\n\nNorthwind Air, which was founded by travel agent Ann Lee, plans to buy planes. "
              "Kestrel Foods, founded by Tom Reid in 1990, agreed. The town was founded by Bob Smith in 1790.")
    works = _works(ex)
    assert ("Ann Lee", "Northwind Air", "founder") in works
    assert ("Tom Reid", "Kestrel Foods", "founder") in works
    assert not any(p == "Bob Smith" for p, _, _ in works)


def test_a_list_of_bare_titles_in_a_story_about_one_body(read):
    ex = read("Exits\n\nThree top executives are to leave Northwind Bank, the lender has said. "
              "The trio are chief executive Ann Lee, chief financial officer Tom Reid and chief operations officer Bob Smith.")
    works = _works(ex)
    assert ("Ann Lee", "Northwind Bank", "chief executive") in works
    assert ("Bob Smith", "Northwind Bank", "chief operations officer") in works


def test_a_town_s_name_with_a_player_s_title_is_a_club(read):
    # a club named after its town, which the tagger takes for the town: a player's title makes it
    # a body; a nation's name stays a place ("Scotland manager X": its national side is no club, and
    # the nation's name stands for the side the manager works for)
    ex = read("Transfers\n\nThe manager is hoping to sign Valdoria defender Andy Kerrin before Saturday.\n\n"
              "Scotland manager Tom Reid named his side on Friday.")
    pairs = _pairs(ex)
    assert ("Andy Kerrin", "Valdoria") in pairs
    assert all(m.type == "Place" for m in ex.mentions if m.text == "Scotland")
    assert [r.evidence.rule for r in ex.relations if r.predicate == "worksFor" and named(ex, r.object) == "Scotland"] == ["worksFor:national-side"]


def test_a_verb_read_into_a_name_makes_no_body(read):
    # "Said Ostrava coach X": the name reader takes the sentence's first word in; a verb is no part
    # of a body's name, so "Said Ostrava" is not retyped a club
    ex = read("Injury\n\nFlanker Tom Reid is unlikely to play any part in Ostrava's final two games.\n\n"
              "Said Ostrava assistant coach Scott Jenner: \"We're positive about Tom and hope he'll be raring to go.\"")
    assert not any(o.startswith("Said") for _, o in _pairs(ex))


def test_a_word_for_the_kind_of_body_between_the_title_and_its_name(read):
    # "executive chairman of messaging firm Y": the parenthesis reads past the kind of body, and a
    # name the tagger took for a place ("Mbrix") is a body by that use
    ex = read("Texts\n\nAndrew Bud, executive chairman of messaging firm Mbrix, said operators cap the number of messages.")
    assert ("Andrew Bud", "Mbrix", "executive chairman") in _works(ex)


def test_a_name_inside_a_description_is_the_body(read):
    # "of the Evening Post newspaper": the named paper, not the body the description last meant
    ex = read("Row\n\nThe Kestrel Party said the mayor was wrong. "
              "The mayor accused Dan Reed, of the Harbour Gazette newspaper, of lying.")
    pairs = _pairs(ex)
    assert ("Dan Reed", "Harbour Gazette") in pairs
    assert ("Dan Reed", "Kestrel Party") not in pairs


def test_an_mp_for_a_seat_does_not_work_for_it(read):
    ex = read("Seats\n\nFay Dunn spoke first. Ms Dunn, Labour MP for Harbury and Oak Green, believes migration is welcome.")
    assert not any(o in ("Harbury", "Oak Green") for _, o in _pairs(ex))


def test_a_body_headed_or_run_by_a_person(read):
    ex = read("Shares\n\nShares rose, while Ocean Foods, headed by Dan Reed, jumped 7%. "
              "Northwind Bank, which is run by Jane Roe, fell. Tarn Water will be led by Sam Wood.")
    works = _works(ex)
    assert ("Dan Reed", "Ocean Foods", "head") in works
    assert ("Jane Roe", "Northwind Bank", "head") in works
    assert not any(s == "Sam Wood" for s, _, _ in works)  # a post to come


def test_a_lower_case_government_post_before_a_name(read):
    # a bare title ("..., finance minister X said") is a post in the government the article names
    ex = read("Budget\n\nThe Westmoor government cut taxes in its budget. "
              "Aiming to help the poor, finance minister Tom Blake said the focus was growth.")
    assert any(s.endswith("Tom Blake") and o.lower() == "westmoor government" for s, o in _pairs(ex))


def test_a_country_possessive_before_a_lower_case_post_and_a_name(read):
    # "Japan's finance minister X" (no comma) is the country's post as "Japan's finance minister, X" is;
    # a company's possessive keeps its own reading
    ex = read("Talks\n\nPortugal's finance minister Tom Blake said the currency was too strong. "
              "The plan was backed by Portugal's prime minister Dan Reed. Northwind's president Sam Wood agreed.")
    pairs = {(" ".join(s.split()[-2:]), o) for s, o in _pairs(ex)}
    assert {("Tom Blake", "Portugal"), ("Dan Reed", "Portugal"), ("Sam Wood", "Northwind")} <= pairs


def test_a_nation_adjective_before_a_post_names_a_country_the_article_names(read):
    # "Italian finance minister X": Italy's government, written as the country the article names
    # (or the government named with the adjective); no edge when the article names neither
    ex = read("Talks\n\nItalian finance minister Tom Blake said the plan was good. Trade with Italy rose. "
              "The Portuguese economics minister, Dan Reed, said the Portuguese government agreed.")
    pairs = {(" ".join(s.split()[-2:]), o) for s, o in _pairs(ex)}
    assert ("Tom Blake", "Italy") in pairs
    assert any(p == "Dan Reed" and o.lower() == "portuguese government" for p, o in pairs)
    ex = read("Talks\n\nItalian finance minister Tom Blake said the plan was good. Trade rose.")
    assert not any(s.endswith("Tom Blake") for s, _ in _pairs(ex))


def test_a_nation_adjective_of_no_sovereign_state_gives_no_country(read):
    # "Scottish", "European": no country's government ("European commission president X" is no post of Europe)
    ex = read("Talks\n\nEuropean commission president Tom Blake said Europe would act.")
    assert not any(s.endswith("Tom Blake") and o == "Europe" for s, o in _pairs(ex))


def test_a_government_post_of_a_country_named_in_the_title(read):
    # "a country's name may stand for it as the object" (GUIDELINES): the country the title names,
    # not the one government the article happens to name
    ex = read("Budget\n\nThe Westmoor government cut taxes. Portugal's president, Tom Blake, unveiled a budget. "
              "Portugal's President Dan Reed said little. Portugal finance minister Sam Wood agreed. Trade with Portugal rose.")
    pairs = {(" ".join(s.split()[-2:]), o) for s, o in _pairs(ex)}
    assert {("Tom Blake", "Portugal"), ("Dan Reed", "Portugal"), ("Sam Wood", "Portugal")} <= pairs
    assert not any(o.lower() == "westmoor government" for _, o in pairs)
    # a short form of a country's name ("US", "UK"), not a state or city of a country
    ex = read("Budget\n\nThe budget of US President Fay Dunn is high. New York attorney general Ann Lee disagreed.")
    pairs = {(" ".join(s.split()[-2:]), o) for s, o in _pairs(ex)}
    assert ("Fay Dunn", "US") in pairs
    assert not any(s == "Ann Lee" for s, _ in pairs)


def test_a_title_a_body_gives_is_no_government_post(read):
    # "Borduria's President Dan Reed" in an article that names a government: Borduria's president
    ex = read("Budget\n\nThe Westmoor government cut taxes. Borduria's president, Tom Blake, unveiled a budget. "
              "Borduria's President Dan Reed said little. Health Minister Fay Dunn said the ban would save lives.")
    pairs = {(" ".join(s.split()[-2:]), o.lower()) for s, o in _pairs(ex)}
    assert ("Fay Dunn", "westmoor government") in pairs
    assert not any(s in ("Tom Blake", "Dan Reed") and o == "westmoor government" for s, o in pairs)


def test_a_shadow_post_is_no_government_post(read):
    # the opposition's "shadow home secretary" holds no post in the government
    ex = read("Powers\n\nThe Westmoor government wants new powers. "
              "Opposition shadow home secretary Tom Blake was worried. Shadow Chancellor Sam Wood agreed. "
              "Shadow home secretary Dan Reed said children were denied places.")
    assert not any(o.lower() == "westmoor government" for _, o in _pairs(ex))


def test_speaker_described_by_the_body_they_play_for(read):
    # "said the Acme striker": the quotation's speaker works for the body named before the noun
    ex = read("Derby\n\nHarbridge Rovers beat Castleford Town 2-0 on Saturday. Tomas Verlaine scored twice for the home side. "
              "\"We were patient and the chances came to us in the end,\" said the Harbridge striker.\n\n"
              "Colm Adebayo hit the bar late on. \"I should have scored that one but the result is what matters,\" said the Harbridge star.")
    works = _works(ex)
    assert ("Tomas Verlaine", "Harbridge Rovers", "striker") in works
    assert ("Colm Adebayo", "Harbridge Rovers", "star") in works


def test_no_employer_for_a_fan_of_a_body(read):
    ex = read("Derby\n\nHarbridge Rovers beat Castleford Town 2-0 on Saturday. Nell Okafor watched from the stand. "
              "\"It was the best game I have seen in years, honestly,\" said the Harbridge fan.")
    assert not any(s == "Nell Okafor" for s, _, _ in _works(ex))


def test_a_title_with_a_co_or_vice_prefix_is_one_title(read):
    ex = read("Tax row\n\nThe Conservative Party attacked the plans. Liam Foxton, the Tory co-chairman, accused Jim Corran "
              "of misleading voters. Harbridge Rovers lost again. Ann Wilde, the club's vice-chairman, apologised to fans.")
    works = _works(ex)
    assert any(s == "Liam Foxton" and o in ("Tory", "Conservative Party") and "co-chairman" in (r or "") for s, o, r in works)
    assert any(s == "Ann Wilde" and o == "Harbridge Rovers" and "vice-chairman" in (r or "") for s, o, r in works)


def test_the_club_noun_subject_of_any_verb_works_for_the_club(read):
    # "the Eastby striker has been ruled out": no quotation, the passage says who the striker is
    ex = read(
        "Injury\n\nJonas Verhaar will miss the derby against Northfield after hurting his knee in training.\n\n"
        "The Eastby striker has been ruled out for six weeks, the club confirmed."
    )
    assert ("Jonas Verhaar", "Eastby") in _pairs(ex)


def test_the_former_club_noun_keeps_former_in_the_role(read):
    ex = read(
        "Injury\n\nJonas Verhaar will miss the derby against Northfield after hurting his knee in training.\n\n"
        "The former Eastby striker has been ruled out for six weeks, the club confirmed."
    )
    assert ("Jonas Verhaar", "Eastby", "former striker") in _works(ex)


def test_a_post_description_subject_the_passage_names_works_for_its_body(read):
    # "Jane Roe will say ... The chancellor is due to ...": the news habit of naming the person again by
    # their post, which the quotation reader and the mention table both read as Roe
    ex = read(
        "Budget\n\nNext year will be hard for the Westmoor government and its schools, Ada Pellow will say as she "
        "sets out its goals.\n\nThe chancellor is due to outline a series of key targets on Monday."
    )
    assert any(s == "Ada Pellow" and "government" in o.lower() for s, o in _pairs(ex))


def test_the_club_noun_is_not_a_person_the_article_puts_at_another_club(read):
    # Verhaar plays for Northfield: "the Eastby striker" is someone else, though he is the passage's subject
    ex = read(
        "Injury\n\nJonas Verhaar plays for Northfield United and will miss the derby after hurting his knee.\n\n"
        "The Eastby striker has been ruled out for six weeks, the club confirmed."
    )
    assert ("Jonas Verhaar", "Eastby") not in _pairs(ex)
def test_names_listed_under_a_bodys_possessive(read):
    # the possessive opens the list the parser coordinates; a name with a possessive of its own is that body's
    ex = read("Squad\n\nHarbour City FC's Sam Wood and Tom Reed are out injured. "
              "Westmoor Rovers' Dan Reed and Kestrel Town's Bob Marsh are fit.")
    pairs = _pairs(ex)
    assert ("Sam Wood", "Harbour City FC") in pairs
    assert ("Tom Reed", "Harbour City FC") in pairs
    assert ("Bob Marsh", "Westmoor Rovers") not in pairs


def test_a_post_in_a_national_side(read):
    ex = read("Squad\n\nPortugal captain Sam Wood will miss the game. Tom Reed took over as Scotland coach in 2003. "
              "Northwind Bank UK manager Rita Cole said the deal was good.")
    works = _works(ex)
    assert ("Sam Wood", "Portugal", "captain") in works
    assert ("Tom Reed", "Scotland", "coach") in works
    assert ("Rita Cole", "UK") not in _pairs(ex)


def test_a_party_named_before_its_speaker(read):
    ex = read("Debate\n\nFor the Liberal Democrats, Rita Cole said the plan was wrong. "
              "For Northwind Bank, Bob Smith said the plan was fine.")
    pairs = _pairs(ex)
    assert ("Rita Cole", "Liberal Democrats") in pairs
    assert ("Bob Smith", "Northwind Bank") not in pairs


def test_bodies_listed_before_a_title(read):
    # each body of "Y and Z <title>" holds the post, a town's name before a side's post being its
    # club; a list that ends a phrase of its own ("between Y and Z") is not the title's
    ex = read("Career\n\nFormer Northwind Bank and Ocean Foods director Jane Roe joined the board. "
              "Former Harbour City and Portugal striker Sam Wood retired. "
              "Talks between Westmoor Mills and Kestrel Foods chairman Bob Marsh failed.")
    pairs = _pairs(ex)
    assert ("Jane Roe", "Northwind Bank") in pairs and ("Jane Roe", "Ocean Foods") in pairs
    assert ("Sam Wood", "Harbour City") in pairs and ("Sam Wood", "Portugal") in pairs
    assert ("Bob Marsh", "Kestrel Foods") in pairs and ("Bob Marsh", "Westmoor Mills") not in pairs


def test_a_second_post_in_a_national_side(read):
    ex = read("Squad\n\nPortugal coach Tom Reed and captain Sam Wood named the side on Friday.")
    works = _works(ex)
    assert ("Tom Reed", "Portugal", "coach") in works
    assert ("Sam Wood", "Portugal", "captain") in works


def test_two_posts_in_one_parenthesis(read):
    # the parser may hang the second post on the first body's name; each post ends in its own body
    ex = read("Rules\n\n\u201cEveryone must keep to this code,\u201d said Jane Roe, regulatory head of the NWA and "
              "executive chairman of messaging firm Kestrel Mobile.")
    works = _works(ex)
    assert ("Jane Roe", "NWA", "regulatory head") in works
    assert ("Jane Roe", "Kestrel Mobile", "executive chairman") in works


def test_a_post_in_a_unit_of_a_body(read):
    ex = read("Server\n\nBob Marsh, director in Northwind Bank's retail division, would not confirm it. "
              "Jane Roe, an analyst in London, said no.")
    pairs = _pairs(ex)
    assert ("Bob Marsh", "Northwind Bank") in pairs
    assert not any(s == "Jane Roe" for s, _ in pairs)


def test_of_a_bodys_thing_is_no_post(read):
    # "of Y's strong performance" names what the analyst spoke of; "of Y's research team" a unit of Y
    ex = read("Results\n\n\u201cIt is the export business that is doing it,\u201d said Acme analyst Jane Roe of "
              "Northwind Bank's strong performance. Bob Marsh of Ocean Foods's research team said no.")
    pairs = _pairs(ex)
    assert ("Jane Roe", "Acme") in pairs and ("Jane Roe", "Northwind Bank") not in pairs
    assert ("Bob Marsh", "Ocean Foods") in pairs


def test_a_country_before_a_title_with_its_body(read):
    # "UK managing director of Y": the country says where the post is, the "of" phrase whose it is
    ex = read("Spam\n\nJane Roe, UK managing director of filtering firm Kestrel Mail, said the technique was new.")
    pairs = _pairs(ex)
    assert ("Jane Roe", "Kestrel Mail") in pairs
    assert ("Jane Roe", "UK") not in pairs


def test_a_spokesman_for_a_bodys_people(read):
    # "a spokesman for Y's lawyers" speaks for the lawyers, not for Y
    ex = read("Court\n\nBob Marsh, a spokesman for Northwind Bank's lawyers, said the bank stands by its case.")
    assert ("Bob Marsh", "Northwind Bank") not in _pairs(ex)


def test_an_apposition_with_a_post_in_a_side(read):
    # "X, the Portugal captain,": the nation's side; "X, the former Y and Z chairman,": both bodies,
    # "former" being no name of a body
    ex = read("Squad\n\nSam Wood, the Portugal captain, was injured. "
              "Jane Roe, the former Northwind Bank and Ocean Foods chairman, spoke.")
    works = _works(ex)
    assert ("Sam Wood", "Portugal", "captain") in works
    assert ("Jane Roe", "Northwind Bank", "former chairman") in works
    assert ("Jane Roe", "Ocean Foods", "former chairman") in works


def test_a_town_before_a_post_in_its_side_is_the_employer(read):
    # "Manchester City boss X": the club, though a place list knows the town
    ex = read("Derby\n\nOn Monday, Port Ellis City boss Colm Adebayo said he wanted two new players. "
              "Port Ellis City are fourth. Port Ellis City's Jane Wrexley scored.")
    works = _works(ex)
    assert ("Colm Adebayo", "Port Ellis City", "boss") in works
    assert ("Jane Wrexley", "Port Ellis City") in _pairs(ex)


def test_a_club_before_a_post_in_its_side_that_is_no_title_elsewhere(read):
    # "centre", "wing", "hooker" have other senses; after a club's name and before a person's, a post
    ex = read("Match\n\nHarbourton centre Tom Smeed scored twice. Kestrel Rovers wing Sam Vale was recalled. "
              "Brightwell reserve hooker Dan Oakes was injured.")
    works = _works(ex)
    assert ("Tom Smeed", "Harbourton", "centre") in works
    assert ("Sam Vale", "Kestrel Rovers", "wing") in works
    assert ("Dan Oakes", "Brightwell", "reserve hooker") in works
    # no club before the word: no post
    ex = read("Vote\n\nHe played in the centre. The left wing Tom Vale voted against it.")
    assert not _pairs(ex)


def test_a_head_of_a_government_department_by_the_departments_field(read):
    # "Environment Secretary X" (WordNet's secretary.n.01: "energy secretary", "secretary of energy"):
    # a post in the government the article names; a body's secretary is none
    ex = read("Policy\n\nThe Freedonian government announced a review on Monday. Environment Secretary Ann Lee said "
              "it was overdue. Trade and Industry Secretary Sam Vale agreed. General Secretary Tom Reid of the "
              "Harbour Workers Union disagreed.")
    works = {(s.split()[-1], o, r) for s, o, r in _works(ex)}
    assert ("Lee", "Freedonian government", "Environment Secretary") in works
    assert ("Vale", "Freedonian government", "Trade and Industry Secretary") in works
    assert not any(s == "Reid" and o == "Freedonian government" for s, o, _ in works)


def test_what_follows_the_name_is_no_part_of_the_title_before_it(read):
    ex = read("Fine\n\nHarbourton have fined their Welsh striker Tom Smeed two weeks' wages - about £80,000 - after a row.")
    assert ("Tom Smeed", "Harbourton", "Welsh striker") in _works(ex)


def test_a_departments_field_before_a_title_is_no_body_it_refers_back_to(read):
    # "Energy" read as a word that refers back to a body named before ("the Treasury"): no post there
    ex = read("Policy\n\nThe Freedonian administration announced a review. Treasury Secretary Sam Vale agreed. "
              "Energy Secretary Tom Reid disagreed.")
    assert not any(s.endswith("Tom Reid") and o == "Treasury" for s, o in _pairs(ex))


def test_a_word_for_a_kind_of_body_opening_a_bare_title_names_the_one_such_body(read):
    ex = read("Report\n\nThe report was published by the Kestrel Affairs Select Committee on Monday. It said the plans "
              "were late. Committee chairman Alan Bright said: \"The department has had four years to prepare.\"")
    assert ("Alan Bright", "Kestrel Affairs Select Committee", "chairman") in _works(ex)
    # two such bodies: which one the words do not say
    ex = read("Report\n\nThe Kestrel Affairs Select Committee and the Westmoor Select Committee disagreed. "
              "Committee chairman Alan Bright said: \"The department has had four years to prepare.\"")
    assert not _pairs(ex)
    # by the name as written: "the Tories" (keyed as the Conservative Party) is no "... Party"
    ex = read("Homes\n\nThe Liberal Democrats have unveiled plans for homes. Labour has already announced plans and the "
              "Tories would extend schemes.\nAll the parties are busy. The Lib Dems say their homes would be cheap. "
              "Party leader Jane Roe said the homes would be affordable.")
    assert not any(o == "Tories" for _, o in _pairs(ex))


def test_a_description_capitalised_because_it_opens_the_sentence_is_the_body_it_refers_back_to(read):
    ex = read("Report\n\nThe Westmoor Herald printed the story on Monday. Herald editor Ann Lee said the story was true.")
    assert ("Ann Lee", "Westmoor Herald", "editor") in _works(ex)


def test_a_former_post_in_a_national_side_keeps_former_in_the_role(read):
    ex = read("Retire\n\nFormer England captain Tom Smeed has announced he is to retire.")
    assert ("Tom Smeed", "England", "former captain") in _works(ex)


def test_titled_names_listed_after_the_first_ones_body_share_it(read):
    ex = read("Affair\n\nThe affair prompted the resignation of Westmoor Radio chairman Jane Roe, director-general Bob "
              "Smith and reporter Ann Lee.")
    works = _works(ex)
    assert ("Bob Smith", "Westmoor Radio", "director-general") in works
    assert ("Ann Lee", "Westmoor Radio", "reporter") in works
    ex = read("Bank\n\nThe meeting was attended by Northwind Bank chairman Jane Roe, finance director Bob Smith, and "
              "analyst Ann Lee.")
    assert {("Bob Smith", "Northwind Bank"), ("Ann Lee", "Northwind Bank")} <= _pairs(ex)
    # one name and then an apposition: no list, nobody else gets the body
    ex = read("Bank\n\nNorthwind Bank chairman Jane Roe, a keen golfer, met economist Ann Lee.")
    assert not any(s == "Ann Lee" for s, _ in _pairs(ex))


def test_a_party_before_the_field_of_a_spokesmans_post(read):
    ex = read("Drink\n\nOn Monday, the Lib Dems called for a delay. Lib Dem Home Affairs spokesman Tom Vale said: "
              "\"It would clearly be prudent to wait.\"")
    assert any(s == "Tom Vale" and o == "Lib Dem" and r == "Home Affairs spokesman" for s, o, r in _works(ex))


def test_a_partys_member_noun_before_a_post_names_the_party(read):
    ex = read("Rift\n\nThe two men were said to be at odds. Conservative co-chairman Tom Vale likened them to "
              "\"self-obsessed schoolboys\".")
    assert ("Tom Vale", "Conservative", "co-chairman") in _works(ex)


def test_a_home_nation_after_a_possessive_pronoun_stays_a_name_for_its_side(read):
    # "his England debut" is no everyday word capitalised for emphasis ("his Budget"): England stays
    ex = read("Debut\n\nBath prop Tom Vale could make his England debut on Saturday. England coach Jane Roe "
              "has called him into the squad.")
    assert ("Jane Roe", "England", "coach") in _works(ex)
    # nor is it short for a longer name ending in it ("BBC Wales")
    ex = read("Stay\n\nWales hooker Tom Vale is likely to stay with Westmoor. BBC Wales understands he would prefer to "
              "stay. \"Leaving would have ended my Wales career,\" he said.")
    assert ("Tom Vale", "Wales") in _pairs(ex)
    assert ("Tom Vale", "BBC Wales") not in _pairs(ex)


def test_a_post_with_its_body_in_an_as_phrase_on_any_verb(read):
    ex = read("Money\n\nTom Vale makes some of his money as a non-executive director of Acme Foods. Jane Roe spent "
              "ten years as head of research at Northwind Bank.")
    works = _works(ex)
    assert ("Tom Vale", "Acme Foods", "non-executive director") in works
    assert ("Jane Roe", "Northwind Bank", "head of research") in works
    # what others say someone is, and a post to come, are no post held
    ex = read("Talk\n\nCritics described Bob Smith as the real boss of Northwind Bank. Fans see Tom Vale as the next "
              "manager of Harbour City FC. Sam Reid could end up as chairman of Acme Foods.")
    assert not _pairs(ex)


def test_a_weekday_before_a_newspapers_last_word_names_the_paper(read):
    ex = read("Book\n\nThe claims were made by Sunday Telegraph journalist Jane Roe in a new book.")
    assert ("Jane Roe", "Sunday Telegraph", "journalist") in _works(ex)


def test_a_title_after_a_spaced_dash_the_parser_reads_as_a_hyphen(read):
    # the parser hangs "Arun Mehra" on "member" as a compound: the name is a person's, the title his
    text = ("Feud\n\nHowever, Asha's demand that {} - another KPCL board member accused by Asha of creating a rift in the "
            "Rao family - be thrown out, was not met. Asha has accused {}, a confidant of her brother Mohan, of lying.")
    assert ("Arun Mehra", "KPCL", "board member") in _works(read(text.format("Arun Mehra", "Arun Mehra")))
    # (where the parser reads an apposition, the dash is no part of the title)
    assert ("Anand Sethi", "KPCL", "board member") in _works(read(text.format("Anand Sethi", "Anand Sethi")))


def test_the_company_means_the_company_the_sentence_named(read):
    # "the board of Y" stands for Y; "Y, another X company" says Y is a company: "the company" then means Y
    ex = read("Feud\n\nThe Kestrel Chemicals plc board met in Pune to discuss the company's results. The board also considered "
              "Asha's resignation. On Wednesday, the board of Harbury Energy, another Harbury Group company, reaffirmed its "
              "faith in Asha Rao, who is the company's chief.")
    pairs = _pairs(ex)
    assert ("Asha Rao", "Harbury Energy") in pairs
    assert not {p for p in pairs if p[1].startswith("Kestrel")}


def test_the_company_after_a_subjects_apposition(read):
    ex = read("Feud\n\nHarbury Group bought Kestrel Petrochemicals in 2002. Meanwhile, the group's flagship company, "
              "Harbury Industries, has its board meeting on Friday. Ravi Rao is the company's chairman.")
    assert ("Ravi Rao", "Harbury Industries") in _pairs(ex)


def test_a_disc_jockey_title_between_a_station_and_a_name(read):
    # ("DJ" is a post at a station, as "presenter" is; the name reader keeps it in the name)
    ex = read("Survey\n\nOther pundits included Kestrel Radio DJ Marla Quint and NME editor Tobin Hale.")
    pairs = {(s.replace("DJ ", ""), o) for s, o in _pairs(ex)}
    assert ("Marla Quint", "Kestrel Radio") in pairs


def test_a_post_in_an_as_phrase_right_after_a_name(read):
    ex = read("Vote\n\nThe Westmoor Gazette said trust in Dan Reed as chairman of Ocean Foods had gone. "
              "Critics described Rita Cole as a future chairman of Ocean Foods. "
              "Shareholders want Sam Wood as chief executive of Ocean Foods.")
    works = _pairs(ex)
    assert ("Dan Reed", "Ocean Foods") in works
    assert ("Rita Cole", "Ocean Foods") not in works
    assert ("Sam Wood", "Ocean Foods") not in works


def test_a_bare_side_title_is_a_post_in_the_side_the_article_is_about(read):
    ex = read("Injury\n\nHarbour City's Sam Wood has been ruled out of Saturday's match at Kestrel Rovers. "
              "Harbour City striker Tom Vale will start, and manager Dan Reed said: \"He cannot run.\" "
              "Defender Ben Cole is fit. Harbour City won their last game.")
    works = _works(ex)
    assert ("Dan Reed", "Harbour City", "manager") in works
    assert ("Ben Cole", "Harbour City", "defender") in works


def test_a_bare_side_title_in_a_national_sides_story_takes_no_club(read):
    ex = read("Squad\n\nFrance have brought flanker Marc Dupuy back into their squad. "
              "Kestrel Rovers' Paul Roux is also in. France coach Jean Marot said France were ready. "
              "France play in Rome on Sunday.")
    assert not any(s == "Marc Dupuy" for s, _ in _pairs(ex))


def test_a_member_of_a_legislature_works_for_the_house_the_article_names(read):
    ex = read("Vote\n\nLabour MP Jane Roe said the bill would pass in the House of Commons. "
              "Tom Hale, the Kestrel Vale MP, disagreed. Former MP Ann Lee of the Labour Party agreed. "
              "Sam Wood, the prospective MP for Westmoor, was not asked.")
    works = _works(ex)
    assert any(s.endswith("Jane Roe") and o == "House of Commons" and r == "MP" for s, o, r in works)
    assert ("Tom Hale", "House of Commons", "MP") in works
    assert not any(s.endswith(("Ann Lee", "Sam Wood")) and o == "House of Commons" for s, o, _ in works)


def test_no_house_for_a_member_when_the_article_names_none(read):
    ex = read("Row\n\nLabour MP Jane Roe said the plan would fail. Ministers disagreed.")
    assert {o for s, o in _pairs(ex) if s.endswith("Jane Roe")} == {"Labour"}


def test_no_post_in_a_body_name_cut_short_before_a_title(read):
    ex = read("Rents rise\n\nRents rose 2% in March, according to figures from the Office of the Deputy Mayor.\n\n"
              "Both the Office of the Deputy Mayor (ODM) and the Kestrel Registry figures point to a rise.")
    assert not any(o.lower().endswith(" the") for _, o in _pairs(ex))


def test_a_bare_title_split_by_its_hyphen_after_the_body_named_before(read):
    ex = read("Lords\n\nThe Westmoor Walkers Association said the draft bill was an important step. "
              "\"We believe this draft bill is good,\" said co-ordinator Peter Dale.\n\n"
              "Kestrel Bank said rates would rise. Chief economist Ann Lee said inflation was high.")
    works = _works(ex)
    assert ("Peter Dale", "Westmoor Walkers Association", "co-ordinator") in works
    assert ("Ann Lee", "Kestrel Bank", "Chief economist") in works


def test_a_party_the_tagger_calls_norp_is_no_nationality_on_a_post(read):
    ex = read("Bill\n\nLabour MPs backed the plan. A Tory government would scrap it, Tory leader Sam Pike said. "
              "The bill passed after the Conservatives accepted Prime Minister Tom Ashcombe's promise.")
    gov = {ex.mentions[r.object].key for r in ex.relations if r.predicate == "worksFor" and named(ex, r.subject).endswith("Tom Ashcombe")}
    assert gov == {"uk government"}


def test_the_holder_of_a_shadow_post_is_not_the_office_holder(read):
    ex = read("Budget\n\nTom Dale will seek to put the economy at the centre of Labour's bid for a third term in power "
              "when he delivers his ninth Budget at 1230 GMT. He is expected to stress the importance of continued economic "
              "stability. The chancellor is expected to freeze petrol duty and raise the stamp duty threshold from £60,000. "
              "But the Conservatives and Lib Dems insist voters face higher taxes under Labour.\n\n"
              "The Tories are also thought likely to propose increased thresholds, with shadow chancellor Tom Reeve branding "
              "stamp duty a \"classic Labour stealth tax\". The Tories say whatever the chancellor gives away will be clawed "
              "back in higher taxes if Labour is returned to power. Shadow Treasury chief secretary Sam Pike said: \"Everyone "
              "who looks at the economy at the moment says there has been a sharp deterioration in the public finances,\" he said.")
    gov = {(named(ex, r.subject), ex.mentions[r.object].key) for r in ex.relations if r.predicate == "worksFor"}
    assert ("Tom Dale", "uk government") in gov
    assert not any(s.endswith("Tom Reeve") and k.endswith("government") for s, k in gov)


def test_a_body_the_parser_strands_after_the_titles_preposition(read):
    # the full stop of "Bros." ends the sentence: the parser leaves "at" with no object
    ex = read("Box office\n\nThe sequel reunites the cast of the first film. \"It's just a fun, good holiday movie,\" "
              "said Dan Orrin, president of distribution at Kestrel Bros. However, US critics were less complimentary "
              "about the $110m (£57.2m) project, with the Westmoor Times labelling it a \"dispiriting vanity project\".")
    assert ("Dan Orrin", "Kestrel Bros.", "president of distribution") in _works(ex)


def test_a_colleague_of_a_named_body(read):
    # "his Wyvern colleague Dai Pugh": the body named before a noun for a fellow worker is the person's
    ex = read("Team\n\nRhys Owen said his Wyvern colleague Dai Pugh was fit. "
              "Harbour United team-mate Sam Wood agreed. Jane Roe said her Brightcode colleague Tim Shaw had left.")
    pairs = _pairs(ex)
    assert {("Dai Pugh", "Wyvern"), ("Sam Wood", "Harbour United"), ("Tim Shaw", "Brightcode")} <= pairs
    ex = read("Talks\n\nTalks between Brightcode and Lumex colleague Tim Shaw ended.")
    assert ("Tim Shaw", "Brightcode") not in _pairs(ex)
    ex = read("Team\n\nKen Ross is joined by Wyvern colleagues Dai Pugh and Tom Vale. "
              "He replaced his former Harbour United team-mate Sam Wood.")
    pairs = _pairs(ex)
    assert {("Dai Pugh", "Wyvern"), ("Tom Vale", "Wyvern")} <= pairs
    assert ("Sam Wood", "Harbour United") not in pairs


def test_a_house_between_a_party_and_its_post(read):
    # "X Party Holyrood leader Y": the party's name stops before the house its post is in
    ex = read("Vote\n\nNorthland Liberal Party Stormont leader Jane Roe said the vote was wrong.")
    works = _works(ex)
    assert ("Jane Roe", "Northland Liberal Party", "Stormont leader") in works
    assert not any(o.endswith("Stormont") for _, o, _ in works)


def test_a_consultancy_named_after_its_description(read):
    # "media consultancy Unravel": a kind of body right before a capitalised word makes it a name
    ex = read("Cards\n\nThe idea is good, said Tom Barr, managing director of media consultancy Unravel.")
    assert ("Tom Barr", "Unravel", "managing director") in _works(ex)


def test_a_partner_of_a_firm_named_like_a_person(read):
    # "senior partner of Kerr Wallace": a post only a firm gives makes a body of the name after it
    ex = read("Law\n\nMr Kerr quit. Ann Ross, senior partner of Kerr Wallace said the firm would grow.")
    assert ("Ann Ross", "Kerr Wallace", "senior partner") in _works(ex)


def test_a_store_buyer_is_a_post(read):
    # "Pageworth's fiction buyer Ann Cole": a buyer of goods for a body holds a post there
    ex = read("Books\n\nPageworth's fiction buyer Ann Cole said sales rose.")
    assert ("Ann Cole", "Pageworth", "fiction buyer") in _works(ex)
    ex = read("Sale\n\nKestrel Rovers' prospective buyer Ann Cole made an offer.")
    assert not any(s == "Ann Cole" for s, _ in _pairs(ex))


def test_a_post_after_a_coordinated_copula(read):
    # "He is a fellow at Y and became a professor of Z": "became" shares the subject of "is"
    ex = read("Prize\n\nTom Hale won. Hale has written many books. He is a fellow at Moor College and "
              "became a research professor of the University of Kingsbridge in 2003.")
    pairs = _pairs(ex)
    assert ("Tom Hale", "Moor College") in pairs
    assert ("Tom Hale", "University of Kingsbridge") in pairs


def test_a_bare_title_deep_in_a_story_is_no_one_named_later(read):
    # "The MSP had been a partner ..." past the lede means the story's person, not "Labour MSP Ann Cole" named after it
    ex = read("Main quits\n\nRob Main has quit his post as a partner in a law firm.\n\n"
              "He had faced criticism over his dual role.\n\n"
              "Mr Main received advice from the clerk. The MSP had been a partner for the law firm Lorne Baxter, "
              "which has a client opposing the plan.\n\nLabour MSP Ann Cole said Mr Main was clever.")
    pairs = _pairs(ex)
    assert ("Rob Main", "Lorne Baxter") in pairs
    assert not any(o == "Lorne Baxter" and s != "Rob Main" for s, o in pairs)


def test_a_party_adjective_in_a_title_standing_for_the_passage_person(read):
    # "The Welsh Conservative leader had insisted ...": the person the passage is about leads the party the article names
    ex = read("Tory quits\n\nRob Main has resigned from his post as a partner in a law firm.\n\n"
              "The Welsh Conservative leader had insisted that his legal work did not influence the causes he supports. "
              "A Tory spokesman said the matter was closed.")
    assert ("Rob Main", "Tory", "Welsh Conservative leader") in _works(ex)


def test_an_everyday_word_opening_a_sentence_before_a_post_and_a_name_is_the_body(read):
    # "Beacon" is an everyday word the chunker leaves out at a sentence start; before "boss" and a
    # full name it is the body the person heads
    ex = read("Hope\n\nBeacon boss Marek Davilo would consider signing Joel Pranter once the striker has served his ban.")
    assert ("Marek Davilo", "Beacon", "boss") in _works(ex)


def test_a_word_that_qualifies_the_post_is_no_body(read):
    ex = read("Hope\n\nFormer boss Marek Davilo would consider signing Joel Pranter. "
              "Caretaker boss Jim Olley smiled.")
    assert not any(s in ("Marek Davilo", "Jim Olley") for s, _ in _pairs(ex))


def test_a_word_the_article_writes_in_lower_case_is_no_body_before_a_post(read):
    ex = read("Hope\n\nBeacon boss Marek Davilo would consider it. He lit a beacon on the hill.")
    assert not _pairs(ex)


def test_a_country_right_before_a_title_written_on_the_name(read):
    ex = read("Talks\n\nEchoing the new US Secretary of State Jana Morrow, the minister said there had been a clear change.")
    assert any(s.endswith("Jana Morrow") and o == "US" for s, o in _pairs(ex))


def test_a_term_as_a_country_post_is_the_possessor_s(read):
    # the name after the comma is the one who said it, not the holder of the post
    ex = read("Consensus\n\nJane Pell will take a softer approach as she begins her second term as US President, "
              "Orlan Meade has said.\n\nMs Pell said so.")
    pairs = _pairs(ex)
    assert ("Jane Pell", "US") in pairs
    assert ("Orlan Meade", "US") not in pairs
    assert not any(m.text == "US President" and m.type == "Place" for m in ex.mentions)


def test_the_gallery_s_director_works_for_the_gallery_named_before(read):
    ex = read("Museum\n\nThe Fenwick Gallery, home to many artworks, has seen a big jump in visitors. "
              "Piet Olander Grey, the gallery's director, said he was delighted.")
    assert ("Piet Olander Grey", "Fenwick Gallery") in _pairs(ex)
    assert any(m.text == "Fenwick Gallery" and m.type == "Organization" for m in ex.mentions)


def test_a_predecessor_as_a_post_gives_the_possessor_no_post(read):
    ex = read("Review\n\nLord Tarnby said the Cabinet was bypassed. Lord Tarnby's view was backed by his predecessor "
              "as Cabinet Secretary, Lord Elsworth.")
    assert not any(s.endswith("Tarnby") for s, _ in _pairs(ex))


def test_a_name_the_tagger_reads_as_a_body_with_a_person_s_noun_in_apposition_is_a_person(read):
    ex = read("Outlook\n\nThe OECD cut its forecasts. \u201cThe economy will regain momentum,\u201d said Jean-Philippe Cotas, "
              "the OECD's chief economist.")
    assert any(m.text == "Jean-Philippe Cotas" and m.type == "Person" for m in ex.mentions)
    assert ("Jean-Philippe Cotas", "OECD", "chief economist") in _works(ex)


def test_a_secretary_of_a_field_after_a_country_works_for_the_country(read):
    ex = read("Speed\n\nThe US Secretary of Energy Sam Abrams confirmed that the machine had reached the speed.")
    assert any(s.endswith("Sam Abrams") and o == "US" for s, o in _pairs(ex))
    assert not any(m.text == "Energy" for m in ex.mentions)


def test_a_hyphenated_post_in_a_side(read):
    # "scrum-half", "full-back": the tokenizer cuts the title at its hyphen, which must not hide it
    ex = read("Comeback\n\nPortugal scrum-half Tom Reed praised his team after they beat Spain. "
              "Scotland full-back Sam Wood was injured.")
    works = _works(ex)
    assert ("Tom Reed", "Portugal", "scrum-half") in works
    assert ("Sam Wood", "Scotland", "full-back") in works


def test_a_description_of_a_post_takes_up_the_previous_subject(read):
    # "the <body> <post>" opening a clause takes up the person the sentence before was about; not a
    # person named in its own sentence, nor one the article ties to another body of the same kind
    ex = read("Squad\n\nTom Reed hopes to keep his players fit during Harbour City FC's busy programme. "
              "The Harbour City FC manager does not view the friendly as important.\n\n"
              "Sam Wood, who will captain Portugal on Thursday, was delighted with his award. "
              "\u201cThere are so many great players on the circuit that this is an honour,\u201d said the Harbour City FC fly-half.\n\n"
              "Westmoor Rovers manager Bob Marsh spoke on Monday. The Harbour City FC manager did not.")
    works = _works(ex)
    assert ("Tom Reed", "Harbour City FC", "manager") in works
    assert ("Sam Wood", "Harbour City FC", "fly-half") in works
    assert ("Bob Marsh", "Harbour City FC") not in _pairs(ex)


def test_a_bare_side_title_in_a_national_sides_story(read):
    # no club given a post: the one nation whose side has a post named, the body the story names most
    ex = read("Squad\n\nFrance have brought flanker Marc Dupuy back into their squad. "
              "France coach Jean Marot said France were ready. France play in Rome on Sunday.")
    assert ("Marc Dupuy", "France", "flanker") in _works(ex)
    # a story about two sides named as often: neither
    ex = read("Match\n\nFrance coach Jean Marot said France were ready to face Portugal. "
              "Portugal have brought flanker Marc Dupuy back. Portugal and France meet on Sunday.")
    assert not any(s == "Marc Dupuy" for s, _ in _pairs(ex))


def test_a_post_description_takes_up_the_person_named_next(read):
    # news gives the post before the name: the one person the next sentence names first, untitled
    ex = read("Bank\n\nNorthwind Bank's chief executive has resigned after six years.\n\n"
              "Jane Roe said she would leave in May. "
              "Later the Westmoor Trust's director said the plan was unfair. "
              "\u201cIt will not work,\u201d Tom Reed told reporters.")
    works = _works(ex)
    assert ("Jane Roe", "Northwind Bank", "chief executive") in works
    assert ("Tom Reed", "Westmoor Trust", "director") in works


def test_a_post_description_is_not_given_to_a_next_name_with_an_apposition(read):
    # the next sentence's person described in their own right ("X, an analyst,") is someone else
    ex = read("Bank\n\nProfits fell at Northwind Bank. Northwind Bank's chief executive said profits would rise. "
              "Jane Roe, an analyst, disagreed.\n\n"
              "The Westmoor Trust's director said costs were up. Tom Reed, a customer at Harbour Stores, was angry.")
    pairs = _pairs(ex)
    assert ("Jane Roe", "Northwind Bank") not in pairs
    assert ("Tom Reed", "Westmoor Trust") not in pairs


def test_a_bare_title_after_a_body_named_again_in_its_own_sentence(read):
    # each naming of the body is a mention of its own: the same body in both sentences is one body
    ex = read("Bank\n\nNorthwind Bank must decide whether to sell the unit now or wait until the summer. "
              "Chairman Tom Reed has said he expects the unit to stay at Northwind Bank for a year.")
    assert any(s.endswith("Tom Reed") and o == "Northwind Bank" for s, o in _pairs(ex))
