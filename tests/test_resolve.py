"""Cross-article resolution: one node per real-world thing, each merge explained by its rule."""

from graph.resolve import resolve


def _entities(read, *texts):
    exs = [read(t, article_id=f"a{i}") for i, t in enumerate(texts)]
    res = resolve(exs)
    return res, {e.label: e for e in res.entities}


def _rules(entity):
    return {rule for _, rule in entity.merges}


def test_surname_and_honorific_join_the_full_name_in_the_article(read):
    _, ents = _entities(read, "News\n\nJane Okafor spoke on Monday. Ms Okafor said little. Okafor left.")
    jane = ents["Jane Okafor"]
    assert {a.text for a in jane.aliases} >= {"Jane Okafor", "Ms Okafor", "Okafor"}
    assert "surname-in-article" in _rules(jane)


def test_acronym_by_initials_across_articles(read):
    res, ents = _entities(read,
                          "One\n\nThe Serious Fraud Office opened a case on Monday.",
                          "Two\n\nThe SFO declined to comment on the case.")
    sfo = ents["Serious Fraud Office"]
    assert "SFO" in {a.text for a in sfo.aliases}
    assert "acronym-initials" in _rules(sfo)
    assert {a.article for a in sfo.aliases} == {"a0", "a1"}


def test_renamed_company_is_one_node(read):
    _, ents = _entities(read, "One\n\nFacebook was fined on Monday.", "Two\n\nMeta appealed against the fine.")
    merged = [e for e in ents.values() if {"Facebook", "Meta"} <= {a.text for a in e.aliases}]
    assert len(merged) == 1 and "renamed-company" in _rules(merged[0])


def test_same_surname_in_different_articles_with_different_full_names_is_not_merged(read):
    _, ents = _entities(read,
                        "One\n\nAnna Smith won the race. Smith said she was tired.",
                        "Two\n\nJohn Smith lost his seat. Smith said he would appeal.")
    assert "Anna Smith" in ents and "John Smith" in ents
    assert not ({"Anna Smith", "John Smith"} <= {a.text for a in ents["Anna Smith"].aliases})


def test_entity_ids_are_stable_and_typed(read):
    res1, _ = _entities(read, "One\n\nThe Serious Fraud Office opened a case.")
    res2, _ = _entities(read, "One\n\nThe Serious Fraud Office opened a case.")
    assert [e.id for e in res1.entities] == [e.id for e in res2.entities]
    assert "entity/organization/serious-fraud-office" in {e.id for e in res1.entities}


def test_every_mention_maps_to_an_entity_with_an_alias_at_its_offsets(read):
    text = "One\n\nThe Serious Fraud Office (SFO) opened a case. The SFO said it had evidence."
    ex = read(text, article_id="a0")
    res = resolve([ex])
    for e in res.entities:
        for a in e.aliases:
            assert text[a.start : a.end] == a.text
