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
