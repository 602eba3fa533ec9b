"""owns on made-up text: stakes, takeovers, subsidiaries, owner nouns, possessives, people as
owners, and deals that have not happened."""

from conftest import named


def _owns(ex):
    return {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "owns"}


def test_stakes_and_takeovers(read):
    ex = read("Deal\n\nNorthwind Bank bought a 29% stake in Ocean Foods last year. "
              "Harbour Holdings' takeover of Westmoor Mills was completed in May.")
    owns = _owns(ex)
    assert ("Northwind Bank", "Ocean Foods") in owns
    assert ("Harbour Holdings", "Westmoor Mills") in owns


def test_subsidiaries_owner_nouns_and_participles(read):
    ex = read("Group\n\nWestmoor Mills, a subsidiary of Harbour Holdings, closed. "
              "\n\nThe owner of Kestrel Paper, Tarn Industries, declined to comment. "
              "\n\nBrightway Radio, owned by Lumen Media, was sold.")
    owns = _owns(ex)
    assert ("Harbour Holdings", "Westmoor Mills") in owns
    assert ("Tarn Industries", "Kestrel Paper") in owns
    assert ("Lumen Media", "Brightway Radio") in owns


def test_possessive_on_a_named_unit(read):
    ex = read("Lab\n\nNorthwind Bank's research arm Deepwater Labs published a paper.")
    assert ("Northwind Bank", "Deepwater Labs") in _owns(ex)


def test_people_can_own(read):
    ex = read("Club\n\nJane Roe owns Harbour City FC.")
    assert ("Jane Roe", "Harbour City FC") in _owns(ex)


def test_deals_not_done_make_no_owner_but_the_seller_owns(read):
    ex = read("Deal\n\nNorthwind Bank announced it was going to purchase Ocean Foods from Harbour Holdings. "
              "Tarn Industries plans to buy Kestrel Paper. Lumen Media's proposed takeover of Brightway Radio was blocked.")
    owns = _owns(ex)
    assert ("Harbour Holdings", "Ocean Foods") in owns
    assert not {("Northwind Bank", "Ocean Foods"), ("Tarn Industries", "Kestrel Paper"), ("Lumen Media", "Brightway Radio")} & owns


def test_a_person_who_runs_a_club_does_not_own_it(read):
    ex = read("Club\n\nHarbour City FC lost again. Jane Roe runs the club.")
    assert ("Jane Roe", "Harbour City FC") not in _owns(ex)


def test_a_unit_described_in_apposition_belongs_to_the_body_named_before(read):
    ex = read("Results\n\nNorthwind Telecom saw profits rise. Harbour Mobile Inc, the company's American mobile business, "
              "made a strong contribution.")
    owns = _owns(ex)
    assert ("Northwind Telecom", "Harbour Mobile Inc") in owns
    assert ("Harbour Mobile Inc", "Harbour Mobile Inc") not in owns


def test_a_possessive_stake_is_held_whatever_the_clause_says(read):
    ex = read("Network\n\nRegulators say Northwind Telecom's stake in Harbour Mobile Inc should be cut to 49%. "
              "Ocean Foods' proposed stake in Westbrook Insurance Group was blocked.")
    owns = _owns(ex)
    assert ("Northwind Telecom", "Harbour Mobile Inc") in owns
    assert not any(o == "Westbrook Insurance Group" for _, o in owns)


def test_what_a_bodys_brands_include(read):
    ex = read("Cars\n\nNorthwind Motors's brands include Lumen Cars and the Ocean Van Company.")
    owns = _owns(ex)
    assert ("Northwind Motors", "Lumen Cars") in owns
    assert ("Northwind Motors", "Ocean Van Company") in owns


def test_its_subsidiary_named_after_the_noun(read):
    ex = read("Sale\n\nNorthwind Motors said its subsidiary Lumen Motors was sold.")
    assert ("Northwind Motors", "Lumen Motors") in _owns(ex)


def test_a_named_unit_before_its_noun(read):
    ex = read("Engines\n\nNorthwind Motors is to stop making engines for its sporty Lumen Motors subsidiary. "
              "Fans queued for Harbour Software's new Lumen Phone handset.")
    owns = _owns(ex)
    assert ("Northwind Motors", "Lumen Motors") in owns
    assert ("Harbour Software", "Lumen Phone") in owns


def test_a_bodys_named_lab(read):
    ex = read("AI\n\nNorthwind Pharma opened a research base near Harbour Search's Lumen Labs AI lab.")
    assert any(o == "Harbour Search" and p.startswith("Lumen Labs") for o, p in _owns(ex))


def test_ownership_and_control_nouns(read):
    ex = read("Merger\n\nNorthwind Holdings' ownership of Lumen Clearing is the main stumbling block.")
    assert ("Northwind Holdings", "Lumen Clearing") in _owns(ex)


def test_a_hyphenated_owner_title_and_firms_which_own(read):
    ex = read("Bids\n\nThe likeliest bidder is Westbrook Insurance Group-owner Northwind Post. "
              "Northwind Aero and Harbour Systems, the European defence firms which own Lumen Air, welcomed the news.")
    owns = _owns(ex)
    assert any(o.startswith("Northwind Post") and p == "Westbrook Insurance Group" for o, p in owns)
    assert any(o.startswith("Northwind Aero") and p == "Lumen Air" for o, p in owns)
    assert not any(o.startswith("European") for o, _ in owns)


def test_a_share_of_a_body_held_or_bought(read):
    ex = read("Shares\n\nWestbrook Holdings owns 44% of Eastgate Energy.\n\n"
              "Northwind Bank, which holds 6.7 per cent of Harbour Water's shares, said nothing.\n\n"
              "Lumen Capital bought 20% of Northwind Oil last year.")
    owns = _owns(ex)
    assert ("Westbrook Holdings", "Eastgate Energy") in owns
    assert ("Northwind Bank", "Harbour Water") in owns
    assert ("Lumen Capital", "Northwind Oil") in owns


def test_a_share_planned_or_being_bought_is_not_owned_yet(read):
    ex = read("Shares\n\nWestbrook Holdings plans to buy 30% of Eastgate Energy.\n\n"
              "Lumen Capital said it was buying 100% of Northwind Oil.\n\n"
              "Harbour Water's shares rose 5% on the news.")
    assert _owns(ex) == set()


def test_its_unit_in_a_list_of_names(read):
    ex = read("Suit\n\nEastgate Energy has sued four companies over the sale of its refinery.\n\n"
              "The four companies named in the suit are gas giant Northwind Gas, its unit Northwind Fuels, "
              "investment company Lumen, and state oil firm Westbrook Oil.")
    owns = _owns(ex)
    assert ("Northwind Gas", "Northwind Fuels") in owns
    assert not any(p in ("Lumen", "Westbrook Oil", "Northwind Gas") for _, p in owns)


def test_shareholders_parents_and_control_taken(read):
    ex = read("Stakes\n\nLumen Capital, in which Northwind Bank has a 30% stake, said nothing.\n\n"
              "Westbrook Holdings is the largest shareholder in Harbour Oil.\n\n"
              "Tarn Foods' parent company, Kestrel Group, said little.\n\n"
              "Eastgate Energy took control of Marlow Media in 2003.")
    owns = _owns(ex)
    assert ("Northwind Bank", "Lumen Capital") in owns
    assert ("Westbrook Holdings", "Harbour Oil") in owns
    assert ("Kestrel Group", "Tarn Foods") in owns
    assert ("Eastgate Energy", "Marlow Media") in owns


def test_control_planned_and_shareholders_as_a_group(read):
    ex = read("Stakes\n\nKestrel Media plans to take control of Harbour Oil.\n\n"
              "Westbrook Holdings shareholders were angry.")
    assert _owns(ex) == set()


def test_a_body_controlled_by_another_named_in_a_hyphen(read):
    ex = read("Stakes\n\nWestbrook said profits rose. The Westbrook-controlled Lumen Capital said profits fell.")
    assert ("Westbrook", "Lumen Capital") in _owns(ex)


def test_a_part_of_a_body_bought_and_a_named_brand(read):
    ex = read("Brands\n\nTwo-thirds of Westbrook Foods was bought by Northwind Group in 2003.\n\n"
              "Lumen Capital bought a third of Eastgate Energy.\n\n"
              "Harbour Motors, which owns the Kestrel brand, said sales fell.")
    owns = _owns(ex)
    assert ("Northwind Group", "Westbrook Foods") in owns
    assert ("Lumen Capital", "Eastgate Energy") in owns
    assert ("Harbour Motors", "Kestrel") in owns


def test_sold_to_a_buyer_and_a_stake_sold_is_no_longer_held(read):
    ex = read("Deals\n\nTarn Industries sold Harbour Foods Group to the investment firm Ocean Holdings last year.\n\n"
              "Westbrook Holdings sold its stake in Lumio Payments Group to the fund Northwind Capital.\n\n"
              "Acme Corp plans to sell Greenline Buses Group to the investor Harbour Capital.")
    got = _owns(ex)
    assert ("Ocean Holdings", "Harbour Foods Group") in got
    assert ("Northwind Capital", "Lumio Payments Group") in got
    assert ("Westbrook Holdings", "Lumio Payments Group") not in got
    assert ("Harbour Capital", "Greenline Buses Group") not in got  # a sale planned


def test_the_owner_named_before_the_part_noun(read):
    ex = read("Banks\n\nWestbrook Savings Bank, the Northwind Group subsidiary, said profits rose.")
    assert ("Northwind Group", "Westbrook Savings Bank") in _owns(ex)


def test_a_possessive_on_a_venue_says_where_it_stands(read):
    ex = read("Sales\n\nA spokesman for Harbour's Kestrel Shopping Centre said sales rose. "
              "Crowds packed Tarnford's new Millbrook Stadium. Northwind's Deepwater Labs grew.")
    owns = _owns(ex)
    assert not {o for _, o in owns} & {"Kestrel Shopping Centre", "Millbrook Stadium"}
    assert ("Northwind", "Deepwater Labs") in owns


def test_a_body_named_before_owner_and_control_taken(read):
    ex = read("Club\n\nKestrel United owner Bob Smith has bought a yacht. Northwind Bank took control of Ocean Foods in 2010. "
              "Tarn Industries will take control of Brightway Radio.")
    owns = _owns(ex)
    assert ("Bob Smith", "Kestrel United") in owns
    assert ("Northwind Bank", "Ocean Foods") in owns
    assert ("Tarn Industries", "Brightway Radio") not in owns


def test_taken_over_majority_owned_and_a_company_of_a_group(read):
    ex = read("Groups\n\nSince Jane Roe took over Harbour City FC in 2005, the club has borrowed heavily. "
              "Ocean Foods, which is majority-owned by Northwind Bank, said profits rose.\n\n"
              "Kestrel Paper, a Tarn Industries company, closed a mill. Westmoor Mills, a Tarnford company, grew. "
              "Bob Smith will take over Brightway Radio next month.")
    owns = _owns(ex)
    assert {("Jane Roe", "Harbour City FC"), ("Northwind Bank", "Ocean Foods"), ("Tarn Industries", "Kestrel Paper")} <= owns
    assert ("Tarnford", "Westmoor Mills") not in owns
    assert ("Bob Smith", "Brightway Radio") not in owns


def test_a_capitalised_name_in_apposition_is_the_same_body_not_a_part(read):
    ex = read("Lab\n\nJane Roe spent 20 years at Kestrel, the European Laboratory for Tidal Acoustics.")
    assert not _owns(ex)


def test_a_body_taken_over_is_owned(read):
    ex = read("Deals\n\nTarn Industries took over Northwind Telecom last year. Ocean Foods was taken over by Harbour Holdings in 2019.")
    assert {("Tarn Industries", "Northwind Telecom"), ("Harbour Holdings", "Ocean Foods")} <= _owns(ex)


def test_taking_over_a_task_or_a_takeover_to_come_is_no_takeover(read):
    ex = read("Cables\n\nKestrel Online says it takes over the upkeep of the cables from Northwind Telecom next year. "
              "Tarn Industries says it takes over Brightway Radio in May.\n\n"
              "Harbour City FC sacked its manager. Jane Roe took over the club in March.")
    assert not _owns(ex)


def test_a_division_sold_is_not_its_parent_sold(read):
    ex = read("Sale\n\nNorthwind Computers sold its printer division to Tarn Group.")
    assert ("Tarn Group", "Northwind Computers") not in _owns(ex)


def test_a_takeover_by_a_buyer_makes_the_possessive_the_bought(read):
    ex = read("Market\n\nIn the wake of Westmoor Mills' takeover by Harbour Holdings, prices rose.")
    owns = _owns(ex)
    assert ("Harbour Holdings", "Westmoor Mills") in owns
    assert ("Westmoor Mills", "Harbour Holdings") not in owns


def test_a_part_noun_as_a_title_between_two_names(read):
    ex = read("Spam\n\nMail filtered by Northwind subsidiary Deepwater Labs was spotted. The Tarn Industries unit Kestrel Paper grew.")
    owns = _owns(ex)
    assert ("Northwind", "Deepwater Labs") in owns
    assert ("Tarn Industries", "Kestrel Paper") in owns


def test_a_participle_after_a_comma_describes_the_name_before_it(read):
    ex = read("Funds\n\nThe fund was part of Westmoor Mills, bought by Harbour Holdings last year.")
    assert ("Harbour Holdings", "Westmoor Mills") in _owns(ex)


def test_sold_to_after_a_conjoined_verb(read):
    ex = read("Radio\n\nBrightway Radio filed for bankruptcy in 1994 and was sold to Harbour Holdings.")
    assert ("Harbour Holdings", "Brightway Radio") in _owns(ex)


def test_taken_over_in_a_relative_clause(read):
    ex = read("Paper\n\nKestrel Paper, which was taken over by Tarn Industries in May, rose. "
              "Westmoor Mills, which will be taken over by Harbour Holdings, fell.")
    owns = _owns(ex)
    assert ("Tarn Industries", "Kestrel Paper") in owns
    assert ("Harbour Holdings", "Westmoor Mills") not in owns


def test_a_shareholder_in_which(read):
    ex = read("Shares\n\nOcean Foods, in which Northwind Bank is the largest shareholder, fell.")
    assert ("Northwind Bank", "Ocean Foods") in _owns(ex)


def test_a_common_noun_before_owned_names_no_owner(read):
    ex = read("Gas\n\nThe deal was sealed after Tarn Industries cut off supplies. The head of the state-owned "
              "Kestrel Gas company, Jane Roe, said she was happy.")
    assert not {o for o in _owns(ex) if o[1] == "Kestrel Gas"}


def test_a_contemplated_acquisition_is_not_done(read):
    ex = read("Deal\n\nLumen Media said its contemplated acquisition of Brightway Radio was in the interests of its shareholders.")
    assert ("Lumen Media", "Brightway Radio") not in _owns(ex)


def test_whose_on_a_named_unit_is_the_body_the_clause_hangs_on(read):
    ex = read("Paper\n\nTarn Industries, whose Kestrel Paper unit closed, fell.")
    assert ("Tarn Industries", "Kestrel Paper") in _owns(ex)


def test_an_unnamed_unit_bought_is_not_the_last_body_named(read):
    ex = read("Spin-off\n\nShares in Harbour Holdings rose after it said it would spin off its advisory subsidiary. "
              "Analysts at Tarn Research welcomed the move. The unit was acquired by Harbour Holdings 20 years ago.")
    assert ("Harbour Holdings", "Tarn Research") not in _owns(ex)


def test_a_share_owned_written_as_one_token(read):
    ex = read("Steel\n\nHarlow Steel plc is 46%-owned by Ibbot Group.")
    assert ("Ibbot Group", "Harlow Steel") in _owns(ex)


def test_a_former_owner_owns_nothing(read):
    ex = read("Court\n\nTarn Industries fell. Lumen Media and its former owner, Harbour Holdings, sued.")
    assert ("Harbour Holdings", "Lumen Media") not in _owns(ex)


def test_a_subsidiary_company_of_a_body(read):
    ex = read("Mobile\n\nTarn Mobile Ltd is a subsidiary company of Harbour Holdings and has about 16 million customers. "
              "Kestrel Paper plc, a subsidiary firm of Westmoor Group, grew.")
    owns = _owns(ex)
    assert ("Harbour Holdings", "Tarn Mobile Ltd") in owns
    assert ("Westmoor Group", "Kestrel Paper") in owns


def test_a_named_part_sold_to_a_buyer_is_the_buyers(read):
    ex = read("Deal\n\nNorthwind Bank has sold its Deepwater Life & Annuity insurance arm to Lumen Group for $2bn.")
    owns = _owns(ex)
    assert ("Lumen Group", "Deepwater Life & Annuity") in owns
    assert ("Lumen Group", "Northwind Bank") not in owns


def test_an_owner_set_off_by_dashes(read):
    ex = read("Results\n\nAs part of the deal, Tarnwell - owner of Kestrel Stores - will assume the debt.")
    assert ("Tarnwell", "Kestrel Stores") in _owns(ex)


def test_majority_owned_read_as_a_complement(read):
    ex = read("Deal\n\nLumen Group is majority owned by Tarnwell Holdings.")
    assert ("Tarnwell Holdings", "Lumen Group") in _owns(ex)


def test_a_name_before_the_brands_says_whose_they_are(read):
    ex = read("Beer\n\nNorthwind Group makes beer. Northwind Group brands include Kestrel Lager, Brightway Ale and Lumen Stout.")
    owns = _owns(ex)
    assert ("Northwind Group", "Brightway Ale") in owns
    assert ("Northwind Group", "Lumen Stout") in owns


def test_brands_named_before_the_noun_and_a_trailing_participle(read):
    ex = read("Wine\n\nNorthwind Group is one of the largest wine producers, owning the Kestrel and Brightway brands among others.")
    owns = _owns(ex)
    assert ("Northwind Group", "Kestrel") in owns
    assert ("Northwind Group", "Brightway") in owns


def test_a_gerund_naming_a_possibility_still_owns_nothing(read):
    ex = read("Deal\n\nNorthwind Group owning Brightway Ale could hurt rivals.")
    assert ("Northwind Group", "Brightway Ale") not in _owns(ex)


def test_a_label_described_by_its_owner(read):
    ex = read("Music\n\nTarnwell Records Ltd, the Kestrel Music Group label, signed the band.")
    assert ("Kestrel Music Group", "Tarnwell Records Ltd") in _owns(ex)


def test_a_part_given_its_name_belongs_to_its_body(read):
    # the tagger reads the part's name as a person or leaves it out; the part noun says it is a body
    assert ("Ruxley Motors", "Vessani Corsa") in _owns(read("Plan\n\nRuxley Motors may move Dunmore into its "
                                                              "wholly-owned Vessani Corsa division."))
    owns = _owns(read("Brands\n\nKessock Group has been focusing on its most profitable brands including Orlan Vey "
                      "champagne and Stella Marchetti. Kessock Group's labels such as Brannock made a loss."))
    assert {("Kessock Group", "Stella Marchetti"), ("Kessock Group", "Brannock")} <= owns


def test_a_part_sold_is_the_buyers_not_the_sellers(read):
    owns = _owns(read("Sale\n\nMaltby Group has sold its loss-making Stella Marchetti clothing label to Kessock Partners. "
                      "The state seized and sold Brannock Oil's main production arm, Yelgorsk, to the oil group Kastneft."))
    assert {("Kessock Partners", "Stella Marchetti"), ("Kastneft", "Yelgorsk")} <= owns
    assert not {("Maltby Group", "Stella Marchetti"), ("Brannock Oil", "Yelgorsk")} & owns
    # a sale only planned leaves the part its owner's
    assert ("Maltby Group", "Stella Marchetti") in _owns(read(
        "Sale\n\nMaltby Group plans to sell its loss-making Stella Marchetti clothing label."))


def test_an_executives_we_owns_for_the_firm(read):
    owns = _owns(read("Deal\n\nHarbour Holdings chief executive Jane Roe said: \"We already own Brightway Radio, so the "
                      "savings available to us are far greater.\""))
    assert ("Harbour Holdings", "Brightway Radio") in owns
    assert ("Jane Roe", "Brightway Radio") not in owns


def test_once_the_owner_is_a_former_owner(read):
    owns = _owns(read("Radio\n\nKessock Group, once the owner of Brannock Radio, has sold its last stations. "
                      "Analysts said Tarn Industries, once the parent of Westmoor Mills, was struggling."))
    assert not {("Kessock Group", "Brannock Radio"), ("Tarn Industries", "Westmoor Mills")} & owns


def test_a_body_controlled_by_a_person_is_held_by_them(read):
    ex = read("Media\n\nBrannock Media, the company controlled by the billionaire Jane Roe, is eyeing a move into games.")
    assert ("Jane Roe", "Brannock Media") in _owns(ex)


def test_a_purchase_wished_for_or_joined_to_a_plan_is_not_done(read):
    owns = _owns(read("Deal\n\nTarn Capital wants Kessock Group to buy Brannock Radio. Westmoor Mills plans to close two plants "
                      "and buy Ocean Foods. Harbour Holdings closed two plants and bought Kestrel Paper."))
    assert not {("Kessock Group", "Brannock Radio"), ("Westmoor Mills", "Ocean Foods")} & owns
    assert ("Harbour Holdings", "Kestrel Paper") in owns


def test_what_a_bodys_brands_include_is_a_brand_it_owns(read):
    # the tagger reads the brands as a person and places; being listed as the brands makes them bodies
    owns = _owns(read("Beer\n\nKessock Group brands include Bass, Hoegaarden and Staropramen."))
    assert {("Kessock Group", "Bass"), ("Kessock Group", "Staropramen")} <= owns
    # the tagger may read a one-word name before the noun as an adjective
    owns = _owns(read("Beer\n\nVelbev has bought two breweries this year. Velbev brands include Bass and Staropramen."))
    assert ("Velbev", "Bass") in owns


def test_an_indefinite_buyer_is_no_body_named_before(read):
    # "a little-known company" brings in a body not yet named: not the one the headline named
    owns = _owns(read("Kessock Oil unit sold\n\nA little-known Ruritanian company has bought the main production unit "
                      "of oil giant Kessock Oil at auction in Tarnford.\n\nBrannock Finance outbid favourite Tarn Gas, the "
                      "state-controlled gas monopoly, to buy it."))
    assert not any(o == "Kessock Oil" for o, _ in owns)


def test_a_part_bought_gives_only_its_own_name(read):
    owns = _owns(read("Sale\n\nBrannock Finance outbid Tarn Gas last week. Westmoor Holdings bought the main production "
                      "unit of Kessock Oil on Monday."))
    assert not any(o == "Westmoor Holdings" for o, _ in owns)


def test_a_deal_due_to_be_completed_is_not_done(read):
    owns = _owns(read("Steel\n\nNorthwind Steel is due to complete its $4.5bn acquisition of Brannock Metals next month. "
                      "Tarn Industries completed its takeover of Westmoor Mills in May."))
    assert ("Northwind Steel", "Brannock Metals") not in owns
    assert ("Tarn Industries", "Westmoor Mills") in owns


def test_sold_to_a_firm_called_y_and_passed_into_the_hands_of_x(read):
    owns = _owns(read("Oil\n\nBrannock Petroleum, the unit which produced most of Kessock Oil's output, had been seized and "
                      "sold in December to a previously unknown firm called Tarnwell Finance. Tarnwell Finance promptly "
                      "passed into the hands of state-controlled firm Westmoor Energy."))
    assert ("Tarnwell Finance", "Brannock Petroleum") in owns
    assert ("Westmoor Energy", "Tarnwell Finance") in owns


def test_a_stake_making_the_holder_a_shareholder(read):
    owns = _owns(read("Bid\n\nHarbour Holdings holds a 9% stake, making it Ocean Foods' second biggest shareholder. "
                      "Tarn Capital would buy 5%, making it Kestrel Paper's largest shareholder."))
    assert ("Harbour Holdings", "Ocean Foods") in owns
    assert ("Tarn Capital", "Kestrel Paper") not in owns


def test_a_position_as_the_owner_of_y(read):
    owns = _owns(read("Dairy\n\nKessock Dairies collapsed last year. The firm's demise shocked Ruritania, where its position "
                      "as the owner of football club Tarnwell Rovers had made it a household name."))
    assert ("Kessock Dairies", "Tarnwell Rovers") in owns


def test_shares_held_in_a_body_not_shares_traded_in_a_city(read):
    owns = _owns(read("Shares\n\nLumen Media wants to buy Harbour Telecom's shares in Brightway Mobile. "
                      "Kessock Group's shares in London fell 3%."))
    assert ("Harbour Telecom", "Brightway Mobile") in owns
    assert not any(o == "London" for _, o in owns)


def test_what_is_owned_or_controlled_is_a_body_not_a_person_or_place(read):
    # the tagger reads the firm's name as a person, and the system's as a place
    ex = read("Water\n\nA conflict between the Argentine State and water firm Aguas Velardinas, controlled by France's Kessock, "
              "is casting doubt on the firm's future. The government wants Aguas Velardinas to make an investment. "
              "Aguas Velardinas told the newspaper Clarin it would not accept any change."
              "\n\nThe grid relies on Solaris, the operating system owned by Tarnwell.")
    owns = _owns(ex)
    assert ("Kessock", "Aguas Velardinas") in owns
    assert ("Tarnwell", "Solaris") in owns


def test_a_bodys_brands_named_by_a_copula(read):
    owns = _owns(read("Cars\n\nNorthwind Motors' main European brands are Lumen and Vauxwell. "
                      "Tarn Bank said its main business is Harbour Trust."))
    assert {("Northwind Motors", "Lumen"), ("Northwind Motors", "Vauxwell")} <= owns
    assert ("Tarn Bank", "Harbour Trust") not in owns


def test_the_purchase_of_a_part_of_y_is_not_of_y(read):
    owns = _owns(read("Oil\n\nThe president defended the purchase of Kessock Oil's key production unit by state-owned "
                      "oil firm Tarnwell Energy."))
    assert ("Tarnwell Energy", "Kessock Oil") not in owns


def test_a_branch_on_a_street_is_not_owned_by_name(read):
    owns = _owns(read("Shops\n\nShe paid for her groceries in the supermarket chain Kessock's Tarnford Road branch."))
    assert not any(o == "Tarnford Road" for _, o in owns)


def test_it_sold_is_what_the_joined_verb_took(read):
    owns = _owns(read("Wine\n\nWestmoor Wines bought the stake from Lumen Investments, the family firm of the Velardes, "
                      "who founded the label and sold it to Brannock Wines in 2001. Tarn Foods founded Kestrel Estates Ltd and sold it to "
                      "Harbour Drinks Group."))
    assert not any(o == "Brannock Wines" for o, _ in owns)
    assert ("Harbour Drinks Group", "Kestrel Estates Ltd") in owns


def test_the_parent_company_of_y_owns_y_whatever_the_tagger_guessed(read):
    owns = _owns(read("Cars\n\nA spokesman for Kessock Motors, parent company of Mercedes Velarde, said it would halt production."))
    assert ("Kessock Motors", "Mercedes Velarde") in owns


def test_the_maker_of_a_brand_owns_it_not_its_seller(read):
    owns = _owns(read("Goods\n\nA spokesman for Kessock Health, which makes the famous Velvex brand of soap, declined to comment. "
                      "Brannock Industries, which makes Tarnaxa brand products, said profits rose. "
                      "Harbour Stores sells Strydo brand shoes."))
    assert ("Kessock Health", "Velvex") in owns
    assert ("Brannock Industries", "Tarnaxa") in owns
    assert not any(o == "Harbour Stores" for o, _ in owns)


def test_a_takeover_at_a_body(read):
    owns = _owns(read("Club\n\nJane Roe stepped down as chairman of Harbour City FC last year following Tarn Capital's £40m takeover "
                      "at Harbour City FC. Lumen Media's proposed takeover at Brightway Rovers was blocked."))
    assert ("Tarn Capital", "Harbour City FC") in owns
    assert not any(p == "Brightway Rovers" for _, p in owns)


def test_the_purchase_of_a_stake_in_y(read):
    owns = _owns(read("Deal\n\nTarn Media restated its accounts for a deal over Kessock Group's purchase of a stake in "
                      "Brightway Europe."))
    assert ("Kessock Group", "Brightway Europe") in owns


def test_a_listed_item_with_its_own_possessor_is_not_the_first_owners(read):
    owns = _owns(read("Gadgets\n\nPortable gadgets dominate the list, including Kessock's 902 3G mobile phone, the Tarnex Optio SV "
                      "digital camera and Samsung's Yepp YH-999 video jukebox."))
    assert not any(o == "Kessock" and p in ("Samsung", "Yepp YH-999") for o, p in owns)


def test_what_a_division_belongs_to_is_a_body(read):
    # the tagger reads the owner's name as a product
    owns = _owns(read("Speech\n\n\"We are pleased,\" said Jane Roe, vice president of Kestrelworks, a division of TalkSoft."))
    assert ("TalkSoft", "Kestrelworks") in owns


def test_a_plural_part_noun_names_every_joined_name(read):
    ex = read("Cars\n\nFor its part, Northwind Motors' European units Tarnford Cars and Bexley Trucks have both had trouble.")
    owns = _owns(ex)
    assert ("Northwind Motors", "Tarnford Cars") in owns
    assert ("Northwind Motors", "Bexley Trucks") in owns


def test_a_name_set_off_by_commas_after_a_possessed_holding(read):
    ex = read("Games\n\nGamers could be waiting to get their hands on Kestrel Electronics' handheld device, Brightway Pocket, "
              "says a website.")
    assert ("Kestrel Electronics", "Brightway Pocket") in _owns(ex)


def test_snapped_up_is_bought(read):
    ex = read("Oil\n\nThe winning bidder was Baikal Finance Group, which was snapped up days later by Tarnford Oil.")
    assert ("Tarnford Oil", "Baikal Finance Group") in _owns(ex)


def test_a_relative_clause_after_joined_names_says_what_all_own(read):
    ex = read("Club\n\nThe bid needs the approval of major shareholders Jane Roe and Tarn Holdings, who own 28.9% of "
              "Harbour City FC.")
    owns = _owns(ex)
    assert ("Jane Roe", "Harbour City FC") in owns
    assert ("Tarn Holdings", "Harbour City FC") in owns


def test_what_a_purchase_was_is_what_was_bought(read):
    ex = read("Drinks\n\nHarbour Spirits' last major purchase was a third of US giant Kestrel Brewing in 2000. "
              "Northwind Foods' biggest acquisition was Tarnford Dairies.")
    owns = _owns(ex)
    assert ("Harbour Spirits", "Kestrel Brewing") in owns
    assert ("Northwind Foods", "Tarnford Dairies") in owns


def test_a_purchase_that_may_be_is_no_ownership(read):
    ex = read("Drinks\n\nHarbour Spirits' next purchase could be Kestrel Brewing.")
    assert ("Harbour Spirits", "Kestrel Brewing") not in _owns(ex)


def test_all_or_the_rest_of_a_body_bought(read):
    ex = read("Deals\n\nKestrel Pharma, which last month forecast record sales, said it had bought all of Germany's Tarnmed. "
              "\n\nHarbour Holdings bought the rest of Westmoor Mills in May.")
    owns = _owns(ex)
    assert ("Kestrel Pharma", "Tarnmed") in owns
    assert ("Harbour Holdings", "Westmoor Mills") in owns


def test_a_stake_held_by_joined_names(read):
    ex = read("Club\n\nIrishmen Tom Bexley and Jane Roe, who own a 29% stake in Harbour City FC, will reject any offer.")
    owns = _owns(ex)
    assert ("Tom Bexley", "Harbour City FC") in owns
    assert ("Jane Roe", "Harbour City FC") in owns


def test_a_publisher_runs_its_newspapers(read):
    ex = read("Papers\n\nThe Evening Gazette's publisher, Harbour Press, cut jobs.")
    owns = {(a, b.removeprefix("The ")) for a, b in _owns(ex)}
    assert ("Harbour Press", "Evening Gazette") in owns


def test_a_designator_after_a_possessive_opens_a_second_name(read):
    ex = read("Papers\n\nPearlman Group's Financial Courier said last week it was offering voluntary redundancy to about "
              "30 reporters.")
    assert "Financial Courier" in {m.text for m in ex.mentions}
    assert ("Pearlman Group", "Financial Courier") in _owns(ex)


def test_a_possessive_inside_a_name_that_ends_in_a_designator(read):
    ex = read("Data\n\nThe Information Commissioner's Office said it would investigate.")
    assert "Information Commissioner's Office" in {m.text for m in ex.mentions}


def test_a_bare_owner_title_after_a_preposition(read):
    ex = read("Results\n\nMobile phone network Kestrel has helped boost profits at owner Tarnford Telecom. "
              "\n\nA slump in profitability at luxury car maker Brightway has prompted a big drop in profits at parent Harbour Motors.")
    owns = _owns(ex)
    assert ("Tarnford Telecom", "Kestrel") in owns
    assert ("Harbour Motors", "Brightway") in owns


def test_a_bare_owner_title_after_a_hyphen_or_with_two_bodies_before(read):
    ex = read("Results\n\nOther names mentioned in connection to buying Kestrel Freight are Lumen-owner Bexley Post and "
              "finance firm Carrow Capital. \n\nSales at Brightway Dairies rose and sales at Pine Foods fell, leaving parent Harbour Group flat.")
    owns = _owns(ex)
    assert ("Bexley Post", "Kestrel Freight") not in owns
    assert not {p for p in owns if p[0] == "Harbour Group"}


def test_a_company_of_a_group_named_with_another(read):
    # "another" introduces a body of a kind as "a" does, and says its owner's name before the noun
    ex = read("Boards\n\nThe board of Kestrel Energy, another Harbury Group company, met on Monday.")
    assert ("Harbury Group", "Kestrel Energy") in _owns(ex)


def test_a_stake_bought_from_its_holder_is_the_buyers(read):
    ex = read("Deal\n\nHarbury Group acquired the state's 26% stake in Kestrel Chemicals in 2002. "
              "Westfield Holdings plans to buy Tarnmoor Group's 5% stake in Brightwell Ltd.")
    owns = _owns(ex)
    assert ("Harbury Group", "Kestrel Chemicals") in owns
    assert ("Tarnmoor Group", "Brightwell Ltd") in owns or ("Tarnmoor Group", "Brightwell Ltd.") in owns  # a purchase planned
    assert not {p for p in owns if p[0] == "Westfield Holdings"}


def test_a_companys_possessive_on_a_kind_of_body_in_apposition(read):
    ex = read("Results\n\nHarbury Group said profits rose. Meanwhile, the group's flagship company, Kestrel Industries, "
              "has its board meeting on Friday. Westfield Holdings said its rival firm, Tarnmoor Foods, was growing. "
              "Lumio, the world's biggest chemicals company, rose.")
    owns = _owns(ex)
    assert ("Harbury Group", "Kestrel Industries") in owns
    assert not {p for p in owns if p[1] in ("Tarnmoor Foods", "Lumio")}


def test_a_bodys_named_technology_network_or_car(read):
    ex = read("Kit\n\nKestrel Systems says its new Ripwall technology will stop most copying. "
              "Lumen Media's Skyway network reaches millions.")
    owns = _owns(ex)
    assert ("Kestrel Systems", "Ripwall") in owns


def test_a_relative_clause_on_a_plain_noun_names_no_buyer(read):
    ex = read("Launch\n\nIan Harris, deputy editor of the magazine Kestrel Weekly, said the machine would appeal "
              "to consumers who had purchased a Lumo.")
    assert not {p for p in _owns(ex) if p[1] == "Lumo"}
    ex = read("Exchange\n\nA deal with Northwind Exchange, which owns Tarnside Futures, could offer more savings.")
    assert ("Northwind Exchange", "Tarnside Futures") in _owns(ex)


def test_a_named_unit_before_more_modifiers_and_one_spun_off(read):
    ex = read("Unit\n\nMarlow Insurance said it would spin off its Lumen Capital private equity unit to a group of employees.")
    assert ("Marlow Insurance", "Lumen Capital") in _owns(ex)
    ex = read("Unit\n\nMarlow Insurance spun off its Lumen Capital private equity unit last year.")
    assert ("Marlow Insurance", "Lumen Capital") not in _owns(ex)


def test_a_bodys_channels_including_named_ones(read):
    ex = read("Awards\n\nTarnmoor will show the awards. Coverage will include themed programming across Tarnmoor channels "
              "including Tarnmoor News, Tarnmoor Travel and the Heritage Channel.\n\nThe show will air on UK channels including the Vexor Channel.")
    owns = _owns(ex)
    assert ("Tarnmoor", "Heritage Channel") in owns and ("Tarnmoor", "Tarnmoor News") in owns
    assert not {p for p in owns if p[1] == "Vexor Channel"}


def test_makers_own_their_numbered_models(read):
    ex = read("Jets\n\nUS aircraft firm Kestrel Aero has unveiled its new long-distance 555 plane. "
              "It is banking on smaller planes such as the 555-300XR and its much-anticipated 646 Skyrunner plane. "
              "\n\nTarvos Aerospace said the Tarvos Aerospace A640 and Norvik's 818 flew at the show.")
    owns = _owns(ex)
    assert ("Kestrel Aero", "555") in owns
    assert ("Kestrel Aero", "646 Skyrunner") in owns
    assert ("Tarvos Aerospace", "Tarvos Aerospace A640") in owns
    assert ("Norvik", "818") in owns


def test_a_model_in_apposition_or_made_by_its_maker(read):
    ex = read("Jets\n\nKestrel Aero said its smallest airliner, the 515, would stop. "
              "Airlines bought the 818 jet, made by Tarnel Aviation. The 646 plane is built by Harbour Holdings.")
    owns = _owns(ex)
    assert ("Kestrel Aero", "515") in owns
    assert ("Tarnel Aviation", "818") in owns
    assert ("Harbour Holdings", "646") in owns


def test_an_untyped_name_before_a_possessed_noun_is_the_bodys(read):
    # the tagger gives the one-word names no type (or a nationality's): the noun after them, with a
    # possessive on it, says they name a part or product of the possessor
    ex = read("Exchange\n\nHarbour Exchange might consider selling its Luxembourg-based Quillstream unit. "
              "Northwind said its French unit made a loss.")
    owns = _owns(ex)
    assert ("Harbour Exchange", "Quillstream") in owns
    assert not any(o == "French" or p == "French" for o, p in owns)
