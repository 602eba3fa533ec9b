"""reportsTo on made-up text: disclosures to regulators, reports handed over, chains of command,
and what is not a report."""

from conftest import named


def _reports(ex):
    return {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "reportsTo"}


def test_disclosures_to_a_regulator(read):
    ex = read("Breach\n\nNorthwind Bank disclosed the breach to the Financial Conduct Authority. "
              "\n\nOcean Foods Ltd told the Food Standards Agency that some labels were wrong. "
              "\n\nTarn Industries notified the Pipeline Safety Agency of the accident.")
    reports = _reports(ex)
    assert ("Northwind Bank", "Financial Conduct Authority") in reports
    assert ("Ocean Foods Ltd", "Food Standards Agency") in reports
    assert ("Tarn Industries", "Pipeline Safety Agency") in reports


def test_a_report_delivered_in_a_fronted_phrase_belongs_to_the_main_subject(read):
    ex = read("Trains\n\nNorthwind Rail runs the trains. In delivering its report to the Department for Transport, "
              "the Westmoor Rail Authority said the trains were late.")
    reports = _reports(ex)
    assert ("Westmoor Rail Authority", "Department for Transport") in reports
    assert ("Northwind Rail", "Department for Transport") not in reports


def test_chains_of_command(read):
    ex = read("Oversight\n\nThe Westmoor Rail Authority, which answers to the Department for Transport, said so.")
    assert ("Westmoor Rail Authority", "Department for Transport") in _reports(ex)


def test_what_is_not_a_report(read):
    ex = read("Talk\n\nNorthwind Bank did not tell the Financial Conduct Authority about the breach. "
              "Jane Roe told the BBC that she was happy. Northwind Bank gave money to the Harbour Trust.")
    assert not _reports(ex)


def test_a_complaint_lodged_with_a_body(read):
    ex = read("Blog\n\nJane Roe was suspended in September and has since lodged a complaint with the Westmoor Employment Commission.")
    assert any(r.predicate == "reportsTo" and named(ex, r.subject) == "Jane Roe" and named(ex, r.object) == "Westmoor Employment Commission"
               for r in ex.relations)


def test_a_formal_disclosure_to_a_body(read):
    ex = read("Filings\n\nNorthwind Bank said in a filing with the Securities and Exchange Commission that profits fell.\n\n"
              "In a statement to the London Stock Exchange, Westbrook Holdings said it had lost the contract.\n\n"
              "In a statement to the BBC, Harbour Oil said it was sorry.")
    got = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "reportsTo"}
    assert ("Northwind Bank", "Securities and Exchange Commission") in got
    assert ("Westbrook Holdings", "London Stock Exchange") in got
    assert not any(o == "BBC" for _, o in got)  # a statement to the press is no report to a body


def test_a_report_asked_for_or_intended_is_not_made_and_referring_to_as_is_naming(read):
    ex = read("Hearing\n\nThe Savers Union asked for Northwind Bank to provide the data to the Financial Conduct Authority.\n\n"
              "Ocean Foods Ltd plans to report the fault to the Food Standards Agency.\n\n"
              "Tarn Industries referred to the Pipeline Safety Agency as a partner in its keynote speech.\n\n"
              "Westbrook Holdings passed the files to the Serious Fraud Office.")
    reports = _reports(ex)
    assert ("Northwind Bank", "Financial Conduct Authority") not in reports
    assert ("Ocean Foods Ltd", "Food Standards Agency") not in reports
    assert ("Tarn Industries", "Pipeline Safety Agency") not in reports
    assert ("Westbrook Holdings", "Serious Fraud Office") in reports


def test_tipping_something_as_a_winner_sends_nothing(read):
    ex = read("Forecast\n\nJane Roe, chief executive of the operator Kestrel Telecom, tipped it as the next big thing in a speech. "
              "\n\nTarn Mobile has been tipped to win the contract.")
    assert not {p for p in _reports(ex) if p[0] in ("Jane Roe", "Kestrel Telecom")}
    ex = read("Leak\n\nNorthwind Bank tipped off the Financial Conduct Authority about the trades.")
    assert ("Northwind Bank", "Financial Conduct Authority") in _reports(ex)
