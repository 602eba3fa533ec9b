"""cites on made-up text: figures someone states (quoted or reported), findings, published
sources, and what is not a citation."""

from conftest import named


def _cited(ex):
    return {named(ex, r.object) for r in ex.relations if r.predicate == "cites" and r.subject is None}


def _cited_by_rules(ex):
    """What the cites rules of graph/building/extract/cites.py find (not the edges made from figures'
    stated_by, graph.building.extract._cites_from_figures, which the figures stage decides)."""
    return {named(ex, r.object) for r in ex.relations
            if r.predicate == "cites" and r.subject is None and r.evidence.rule != "cites:figure-statement"}


def test_a_person_stating_a_figure_is_cited(read):
    ex = read("Sales\n\nJane Roe said profits at the bakery rose by 12 per cent last year.")
    assert "Jane Roe" in _cited(ex)


def test_a_figure_in_a_quotation_cites_its_speaker(read):
    ex = read("Sales\n\n“We sold more than 40,000 loaves of bread to the town this winter,” said Tom Hale.")
    assert "Tom Hale" in _cited(ex)


def test_findings_and_published_sources(read):
    ex = read("Report\n\nA survey by Northwind Research found that most drivers support the plan. "
              "Unemployment fell to 4%, figures from the Office for Budget Forecasts show. "
              "The Westmoor Audit Commission said it had uncovered serious failings at the council. "
              "The book, by Sam Wood, says the two ministers never spoke.")
    cited = _cited(ex)
    assert {"Northwind Research", "Office for Budget Forecasts", "Westmoor Audit Commission", "Sam Wood"} <= cited


def test_no_citation_without_a_figure_or_finding(read):
    ex = read("Talk\n\nAnn Lee said she was happy with the result. "
              "The Harbour Trust asked the court to stop the pipeline 120 miles off the coast. "
              "“It has been a hundred years of hard work,” said Ben Cole.")
    assert not _cited(ex)


def test_who_is_reported_is_not_the_source(read):
    ex = read("Fine\n\nThe Westmoor Data Office said Lumio Payments had shown contempt for its customers.")
    assert "Lumio Payments" not in _cited(ex)


def test_a_body_warning_of_a_figure_is_cited(read):
    ex = read("Accounts\n\nNorthwind Foods warned the restatement would cut its profits by $3.8m.")
    assert "Northwind Foods" in _cited(ex)


def test_a_statement_still_to_come_cites_nobody(read):
    ex = read("Banks\n\nAccording to analysts' forecasts, Harbour Bank will report profits of £9.4bn later this month.")
    assert "Harbour Bank" not in _cited_by_rules(ex)


def test_their_figures_are_not_those_of_a_name_modifying_a_plural(read):
    ex = read("Pay\n\nResearch by the Fair Pay Commission found a wide gap. Women hold less than 10% of the top posts "
              "in NWX 100 companies, according to their figures.")
    assert "NWX" not in _cited(ex)
    assert "Fair Pay Commission" in _cited(ex)


def test_a_number_word_with_a_scale_is_a_figure(read):
    ex = read("TV\n\nDigital television is growing. Northwind Broadcasting reported box sales of five million.")
    assert "Northwind Broadcasting" in _cited(ex)


def test_a_figure_in_a_clause_describing_others_is_not_the_speakers(read):
    ex = read("Bail-out\n\nHarbour Group says it wants fair guidelines on sharing the burden with the creditors, "
              "who now own 99.3% of Northwind Card.")
    assert "Harbour Group" not in _cited_by_rules(ex)


def test_a_body_releasing_the_results_of_its_inquiry_is_cited(read):
    ex = read("Probe\n\nThe Westmoor Audit Office last week released the results of its inquiry into the hiring. "
              "Northwind Phones released a new handset on Monday.")
    cited = _cited(ex)
    assert "Westmoor Audit Office" in cited
    assert "Northwind Phones" not in cited


def test_a_body_saying_in_a_report_that(read):
    ex = read("Censors\n\nThe Westmoor Press Trust said in a report that government technologies for censorship are among the "
              "most developed in the world. Jane Roe said in a statement that she was leaving.")
    cited = _cited_by_rules(ex)
    assert "Westmoor Press Trust" in cited
    assert "Jane Roe" not in cited


def test_research_by_a_body_reported_by_someone_else(read):
    ex = read("Cash\n\nTom Reed said research by the Harbour Group showed that 70% of new cash machines ran the new system.")
    assert "Harbour Group" in _cited_by_rules(ex)


def test_its_report_fronted_is_the_main_subjects(read):
    ex = read("TV\n\nNorthwind TV was watched during its Spring Break coverage. In its report, the Parents Council said it "
              "witnessed 3,056 scenes of violence.")
    cited = _cited_by_rules(ex)
    assert "Parents Council" in cited
    assert "Spring Break" not in cited


def test_finding_someone_is_no_finding(read):
    ex = read("Texts\n\nIn only 72 hours, Sam Wood found Jane Roe, a text message expert living in Britain.")
    assert "Sam Wood" not in _cited_by_rules(ex)


def test_a_figure_announced_by_a_body_or_said_in_a_second_verb(read):
    ex = read("Debt\n\nBorrowing figures for the year are £35bn, as already announced by the Office for Westmoor Statistics. "
              "Oxfam condemned the move, saying it would see almost a million jobs in Bangladesh alone being axed.")
    cited = _cited_by_rules(ex)
    assert "Office for Westmoor Statistics" in cited
    assert "Oxfam" in cited


def test_a_body_reporting_a_finding_is_cited(read):
    ex = read("Oil\n\nThe Lumen Press news agency reported that Harbour Oil had lost the contract.\n\n"
              "Northwind Bank reported the theft to the Westshire Police.")
    got = _cited_by_rules(ex)
    assert "Lumen Press" in got
    assert "Northwind Bank" not in got  # reporting a theft to the police is no finding


def test_a_kind_of_body_after_its_name_is_that_body(read):
    ex = read("Oil\n\nThe Westshire Police said the theft was serious.\n\n"
              "The Lumen Press agency reported that Jane Roe had read the files.")
    got = _cited_by_rules(ex)
    assert "Lumen Press" in got and "Westshire Police" not in got


def test_a_duration_in_words_stated_by_someone_is_cited(read):
    ex = read("Strike\n\nSam Wood said the strike would last for three days.\n\n"
              "\u201cThis is a town with a hundred years of history behind it and we are proud of it,\u201d said Kate Fox.")
    got = _cited(ex)
    assert "Sam Wood" in got
    assert "Kate Fox" not in got  # a duration in a quotation is mostly a manner of speech


def test_according_to_a_person_cites_the_person_not_her_employer(read):
    ex = read("Stories\n\nThe digital revolution is here, according to Jane Roe, chief of technology giant Northwind Computers.")
    got = _cited_by_rules(ex)
    assert "Jane Roe" in got and "Northwind Computers" not in got


def test_what_a_study_is_about_is_not_its_source(read):
    ex = read("Staff\n\nA study of Norvex Holdings staff found that 40% of them work late.\n\n"
              "A survey into the practices of Tarnby Bank found 30% of its loans were late.\n\n"
              "A survey of 280 pension schemes by Incomes Data Partners found 30% had raised payments.")
    got = _cited(ex)
    assert "Norvex Holdings" not in got and "Tarnby Bank" not in got
    assert "Incomes Data Partners" in got  # "by" joins the survey to its author, however the parser hangs it


def test_a_persons_associate_speaks_for_himself(read):
    ex = read("Fraud\n\nFormer Quarto boss Dan Leary was directly involved in the $11bn fraud at the firm, "
              "his closest associate has told a court.")
    assert "Dan Leary" not in _cited(ex)


def test_things_issued_are_no_finding_made_public(read):
    ex = read("Order\n\nThe Harbour Trust has also closed 150 shops and issued more than 400 fines to drivers.")
    assert "Harbour Trust" not in _cited(ex)


def test_a_reporting_clause_hung_on_a_find_is_no_finding(nlp):
    # the parse the small model gives "Police found the pair in a barn, the court was told" on some
    # sentences: "told" a complement of "found"; written out so the test does not hang on the model
    from spacy.tokens import Doc

    from graph.building.extract.cites import _reporting_aside

    words = ["Police", "found", "the", "pair", "in", "a", "barn", ",", "the", "court", "was", "told", ".",
             "Police", "found", "that", "the", "pair", "had", "fled", "."]
    heads = [1, 1, 3, 1, 1, 6, 4, 11, 9, 11, 11, 1, 1, 14, 14, 19, 17, 19, 19, 14, 14]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct", "det", "nsubjpass", "auxpass", "ccomp", "punct",
            "nsubj", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "punct"]
    lemmas = ["police", "find", "the", "pair", "in", "a", "barn", ",", "the", "court", "be", "tell", ".",
              "police", "find", "that", "the", "pair", "have", "flee", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, sent_starts=[1] + [0] * 12 + [1] + [0] * 7)
    assert _reporting_aside(doc[11])  # ", the court was told": who told, not what was found
    assert not _reporting_aside(doc[19])  # "found that the pair had fled": a finding


def test_a_pronoun_subject_is_not_a_body_its_clause_names(read):
    ex = read("Tobacco\n\nThe Harbour Council sued the cigarette makers. "
              "They also say they have already met many of the council's demands in a $206bn settlement.")
    assert "Harbour Council" not in _cited(ex)


def test_a_verb_of_saying_with_a_figure_as_its_object_states_nothing(read):
    ex = read("Markets\n\nBrisk shares climbed by 2.7% to 717,000, and Tarnby Securities added 5.3% to 740 yen.\n\n"
              "Last month Norvex agreed to pay $850m to settle a lawsuit. Mr Quill denies 10 charges of fraud.\n\n"
              "Jon Hale admitted one count of fraud and faces up to four years in prison.")
    got = _cited(ex)
    assert not got & {"Tarnby Securities", "Norvex", "Quill", "Jon Hale"}


def test_a_verb_of_reporting_with_a_figure_as_its_object_states_it(read):
    ex = read("Results\n\nHarbour Oil announced a 26% rise in profits. Northwind Bank added that sales rose 5%. "
              "Norvex said it expects to cut 12,000 jobs.")
    assert {"Harbour Oil", "Northwind Bank", "Norvex"} <= _cited(ex)


def test_a_figure_in_a_relative_clause_is_the_narrators(read):
    ex = read("Stage\n\nSir Alan Brede said he hoped the production, which cost £9m to bring to the stage, was a success.")
    assert "Alan Brede" not in {n.replace("Sir ", "") for n in _cited(ex)}
    ex = read("Care\n\nThe Harbour Party say people who pay for three years' long-term care should be guaranteed free care.")
    assert "Harbour Party" in _cited(ex)  # a relative clause without commas says which people: the party's words


def test_the_main_subject_misread_as_an_apposition_is_no_source(read):
    ex = read("Members\n\nAccording to figures from Norvex Holdings, the Westmoor Retail Consortium lost 4% of members.")
    got = _cited(ex)
    assert "Norvex Holdings" in got and "Westmoor Retail Consortium" not in got


def test_a_verb_joined_to_a_report_is_the_narrators(read):
    ex = read("Plea\n\nJon Hale confirmed the plea deal and faces up to four years in prison.\n\n"
              "Norvex Holdings reported a loss and now employs 4,000 people.")
    assert not _cited(ex) & {"Jon Hale", "Norvex Holdings"}


def test_a_country_stating_a_figure_is_cited_as_its_government(read):
    ex = read("Debt\n\nThe fall came as Syldavia said it expected debt repayments of up to 30 trillion crowns to be frozen. "
              "Tourists visited Syldavia and the capital of Syldavia.")
    assert "Syldavia" in _cited(ex)
    ex = read("Trade\n\nTourists visited Syldavia. Shares in Syldavia rose 5%. Syldavia exported $5bn of goods.")
    assert "Syldavia" not in _cited(ex)  # what a country did is no statement of it


def test_a_description_with_a_name_beside_it_is_that_name(read):
    ex = read("Growth\n\n\"Growth is weak,\" said Jane Roe, an economist at Norvex Banques Populaires.\n\n"
              "The French statistics agency, Westat, expects the economy to grow by about 2.4% this year.")
    got = _cited(ex)
    assert "Westat" in got and "Norvex Banques Populaires" not in got


def test_a_reported_clause_the_parser_cut_is_still_reported(read):
    ex = read("Floods\n\nThe new deal comes as Foreign Secretary Dan Leary said the number of tourists dead or missing "
              "in the floods have reached 240.")
    assert any("Dan Leary" in n for n in _cited_by_rules(ex))


def test_a_share_written_in_words_is_cited_from_its_speaker(read):
    ex = read("Returns\n\n\"Thirty percent of returns are because buyers could not set the kit up,\" Jeff Ravenhill, "
              "strategist at Tarnwell, told the site Gadgetwire.")
    assert "Jeff Ravenhill" in _cited(ex)


def test_according_to_a_report_with_its_author_after_a_time_phrase(read):
    ex = read("Retail\n\nRising rates have knocked optimism, causing a sharp fall in demand, according to a report earlier "
              "this week from the Kestrel Retail Consortium.")
    assert "Kestrel Retail Consortium" in _cited_by_rules(ex)


def test_according_to_a_work_made_by_a_body_but_not_one_seen_by_it(read):
    ex = read("Gadgets\n\nThe Zed player is the top gadget for 2005, according to a round-up of gizmos compiled by Kestrel Magazine.")
    assert "Kestrel Magazine" in _cited_by_rules(ex)
    ex = read("Plans\n\nThe plant will close, according to papers seen by Tarnwell Radio.")
    assert "Tarnwell Radio" not in _cited_by_rules(ex)


def test_according_to_a_work_whose_maker_the_parser_hangs_inside_its_of_phrase(read):
    ex = read("Gadgets\n\nThe Zed player is the top gadget for 2005, according to a round-up of ultimate gizmos compiled by Kestrel Magazine.")
    assert "Kestrel Magazine" in _cited_by_rules(ex)
    ex = read("Prices\n\nPrices rose, according to a survey of shops run by Tarnwell Retail.")
    assert "Tarnwell Retail" not in _cited_by_rules(ex)


def test_figures_a_body_prepared_and_a_finding_in_a_report_a_body_compiled(read):
    # "the figures were prepared by X" after the figures; "In a report compiled by X, ..." fronts the finding's source
    ex = read("Museum visits rise\n\nVisits to the Harbury Gallery rose by 12% last year to 4.2 million. "
              "The figures were prepared by the Association of Northern Attractions.")
    assert "Association of Northern Attractions" in _cited_by_rules(ex)
    ex = read("Graft\n\nIn a report compiled by the Kestrel Integrity Council in 2003, graft was said to be pervasive in Dorland.")
    assert "Kestrel Integrity Council" in _cited_by_rules(ex)
    ex = read("Visits\n\nThe figures were prepared by the Association of Northern Attractions.")  # no figures given
    assert "Association of Northern Attractions" not in _cited_by_rules(ex)


def test_a_statement_without_a_figure_is_no_source(read):
    # a statement is its author's words, not a report: it cites its author only with a figure
    ex = read("Ruling\n\n“I apologise to all who have suffered so much damage,” Mr Roe's statement said. "
              "A Kestrel Bank statement said the firm was “disappointed” by the ruling.\n\n"
              "A Norland Foods statement said profits rose 12% last year. "
              "A Westmoor Audit report said the market was slowing.")
    cited = _cited(ex)
    assert "Kestrel Bank" not in cited and "Roe" not in cited
    assert {"Norland Foods", "Westmoor Audit"} <= cited
