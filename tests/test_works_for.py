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
