"""Mention detection and in-article reference resolution, on made-up news text."""

from conftest import named


def _names(ex):
    return {(m.text, m.type) for m in ex.mentions if m.kind == "name"}


def test_acronym_in_brackets_is_linked_to_its_expansion(read):
    ex = read("Budget row\n\nThe Office for Budget Responsibility (OBR) said on Monday that the OBR forecast was wrong.")
    names = _names(ex)
    assert ("Office for Budget Responsibility", "Organization") in names
    acr = [m for m in ex.mentions if m.text == "OBR" and m.acronym_of is not None]
    assert acr and ex.mentions[acr[0].acronym_of].text == "Office for Budget Responsibility"


def test_long_names_keep_of_and_for_but_lists_split(read):
    ex = read("Charity news\n\nThe Royal Society for the Protection of Birds criticised Google and Amazon on Tuesday.")
    names = _names(ex)
    assert ("Royal Society for the Protection of Birds", "Organization") in names
    assert ("Google", "Organization") in names and ("Amazon", "Organization") in names
    assert not any("Google and Amazon" in t for t, _ in names)


def test_titles_and_honorifics_are_not_part_of_the_key(read):
    ex = read("Police news\n\nDetective Superintendent Anna Kowalski said the case was closed. Ms Kowalski added nothing.")
    keys = {m.key for m in ex.mentions if m.type == "Person" and m.kind == "name"}
    assert "anna kowalski" in keys
    assert "kowalski" in keys


def test_possessive_and_plural_brands(read):
    ex = read("Tech\n\nShe said the Googles and the Amazons of this world ignore Apple's rules.")
    keys = {m.key for m in ex.mentions if m.kind == "name"}
    assert {"google", "amazon", "apple"} <= keys


def test_descriptions_and_pronouns_refer_back(read):
    ex = read(
        "Water row\n\nThe Marine Conservation Society warned ministers on Friday. "
        "The charity said its survey was clear.\n\nTom Briggs, a fisherman, disagreed. He said the survey was wrong."
    )
    charity = [i for i, m in enumerate(ex.mentions) if m.text.lower() == "the charity"]
    assert charity and named(ex, charity[0]) == "Marine Conservation Society"
    he = [i for i, m in enumerate(ex.mentions) if m.text == "He"]
    assert he and named(ex, he[0]) == "Tom Briggs"


def test_title_case_headline_only_reuses_names_from_the_body(read):
    ex = read("Shock Report Finds Vodafone Failed Customers Again\n\nVodafone said it would respond.")
    head = [m for m in ex.mentions if m.start < 50 and m.kind == "name"]
    assert [m.text for m in head] == ["Vodafone"]


def test_capitals_for_emphasis_are_not_names(read):
    ex = read("Alarm\n\nSHOCKING figures show a DRAMATIC rise, the BBC said.")
    texts = {m.text for m in ex.mentions if m.kind == "name"}
    assert "BBC" in texts
    assert not texts & {"SHOCKING", "DRAMATIC"}


def test_generic_groups_are_typed_as_organisations(read):
    ex = read("Crime\n\nPolice forces and tech companies met campaigners.")
    groups = {m.key for m in ex.mentions if m.kind == "group"}
    assert {"police", "tech industry", "campaigners"} <= groups
