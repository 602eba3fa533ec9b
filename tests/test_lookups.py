"""The model's attribute ruler and lemmatizer read by lookup (graph.building.lookups) set what spaCy's own set."""

import spacy
from spacy.pipeline import AttributeRuler

from graph.building.nlp import MODEL
from graph.building.lookups import LookupAttributeRuler, LookupLemmatizer, use_lookup_lemmatizer, use_lookup_ruler

#: Text that meets the model's patterns: the tag map, pronouns, auxiliaries and modals, "that" as a
#: determiner and as a pronoun, "do"/"have" as verbs, the multi-token patterns ("gon na", "let 's",
#: "y' all", "there is"), whitespace tokens, and contractions.
TEXTS = [
    "I ain't gonna do it, y'all, and we're not going to let 's say that happen.",
    "There is a man who's been doin' nothin' for 'em; c'mon, she'd have done it herself.",
    "Marla Quenby, who chairs Tovrel Holdings (TH), said 3,000 jobs would go.  \"We won't stop,\" she added.",
    "That is what those firms did: they had it, and it got them more than this.\n\nYou gotta see.",
    "Does he have anything?  Nobody knows; it's something everyone does, whether or not it is wise.",
    "",
    "   ",
]

COLUMNS = ["ORTH", "TAG", "POS", "DEP", "HEAD", "LEMMA", "MORPH", "ENT_TYPE", "ENT_IOB", "SENT_START", "IS_SPACE"]


def test_lookups_set_what_spacy_sets():
    stock = spacy.load(MODEL)
    fast = spacy.load(MODEL)
    assert type(fast.get_pipe("attribute_ruler")) is AttributeRuler
    assert use_lookup_ruler(fast.get_pipe("attribute_ruler"))
    assert type(fast.get_pipe("attribute_ruler")) is LookupAttributeRuler
    assert use_lookup_lemmatizer(fast.get_pipe("lemmatizer"))
    assert isinstance(fast.get_pipe("lemmatizer"), LookupLemmatizer)
    index = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    plain = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for pos, words in index.items():  # still the same lists, read by set
        assert isinstance(words, list) and words == plain[pos]
        assert all(w in words for w in plain[pos][:50]) and "qxzv" not in words
    for a, b in zip(stock.pipe(TEXTS * 2), fast.pipe(TEXTS * 2)):  # twice: the second time from memory
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in a] == [
            (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in b]
        assert a.to_bytes() == b.to_bytes()


def test_patterns_added_later_are_read_too_and_unsupported_ones_leave_the_ruler_alone():
    def ruler_and_stock():
        made = []
        for _ in range(2):
            nlp = spacy.blank("en")
            made.append((nlp, nlp.add_pipe("attribute_ruler")))
        return made

    (nlp, ruler), (stock_nlp, stock) = ruler_and_stock()
    for r in (ruler, stock):
        r.add([[{"LOWER": "acme"}]], {"TAG": "NNP"})
    assert use_lookup_ruler(ruler)
    assert [t.tag_ for t in nlp("Acme acme x")] == ["NNP", "NNP", ""]
    for r in (ruler, stock):
        r.add([[{"LOWER": "x"}, {"LOWER": {"REGEX": "^y+$"}}]], {"TAG": "XX", "LEMMA": "why"}, index=-1)
        r.add([[{"TAG": "NNP"}]], {"TAG": "NN"})  # tests the tags as they were before the ruler ran
        r.add([[{"LOWER": {"IN": ["acme", "x"]}, "IS_SPACE": False}]], {"POS": "PROPN"})
    text = "acme x yy y  x x yyy"
    got, want = nlp(text), stock_nlp(text)
    assert [(t.tag_, t.pos_, t.lemma_) for t in got] == [(t.tag_, t.pos_, t.lemma_) for t in want]
    assert [t.tag_ for t in got][:3] == ["NNP", "", "XX"]
    (_, other), _ = ruler_and_stock()
    other.add([[{"LOWER": "a", "OP": "+"}]], {"TAG": "DT"})
    assert not use_lookup_ruler(other) and type(other) is AttributeRuler


def test_the_build_reads_by_lookup_and_the_benchmarks_bare_spacy_does_not():
    from graph.building.nlp import load_pipeline

    assert type(load_pipeline().get_pipe("attribute_ruler")) is LookupAttributeRuler
    assert isinstance(load_pipeline().get_pipe("lemmatizer"), LookupLemmatizer)
    stock = load_pipeline(lookups=False)
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert not isinstance(stock.get_pipe("lemmatizer"), LookupLemmatizer)


def test_a_lemmatizer_that_may_read_more_than_the_token_is_left_alone():
    nlp = spacy.blank("en")
    lookup = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not use_lookup_lemmatizer(lookup)
    rule = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
    assert not use_lookup_lemmatizer(rule)
