"""ReadToken (graph.building.nlp): the paragraph's tokens hold what spaCy's Tokens give."""

from spacy.tokens import Token

from graph.building.nlp import _HELD, load_pipeline, read_tokens


def test_read_tokens_match_spacy_tokens():
    nlp = load_pipeline()
    doc = nlp("Marla Quenby, who chairs Tovrel Holdings (TH), said 3,000 jobs would go. \"We won't stop,\" she added.")
    toks = read_tokens(doc)
    assert len(toks) == len(doc)
    for t, b in zip(toks, doc):
        assert isinstance(t, Token) and t == b and hash(t) == hash(b)
        for name in _HELD:
            assert getattr(t, name) == getattr(b, name), name
        assert t.head.i == b.head.i and (t.head is not t)
        assert [c.i for c in t.children] == [c.i for c in b.children]
        assert (t.sent.start, t.sent.end) == (b.sent.start, b.sent.end)


def test_released_paragraphs_are_freed_without_the_collector():
    # tokens and their heads point at each other, and the rules cache tokens in doc.user_data: release()
    # unlinks them, so the Doc goes as soon as the last reference does, not at a full collection
    import gc
    import weakref

    from graph.building.nlp import parse, release

    paras = parse(load_pipeline(), "Marla Quenby, who chairs Tovrel Holdings, said 3,000 jobs would go.\nShe left.")
    for p in paras:
        p.doc.user_data["kg_test"] = [t for t in p.tokens if t.pos_ == "VERB"]
    refs = [weakref.ref(p.doc) for p in paras]
    gc.collect()
    gc.disable()
    try:
        release(paras)
        del paras, p
        assert all(ref() is None for ref in refs)
    finally:
        gc.enable()


def test_paragraph_view_reads_the_tokens_as_the_doc_would():
    from spacy.tokens import Span

    from graph.building.nlp import parse, release

    para = parse(load_pipeline(), "Marla Quenby, who chairs Tovrel Holdings, said 3,000 jobs would go.")[0]
    view, doc = para.view, para.doc
    assert len(view) == len(doc) and view.text == doc.text and view.user_data is doc.user_data
    assert [view[i] for i in range(len(doc))] == list(doc) == list(view)
    assert all(view[i] is para.tokens[i] for i in range(-len(doc), len(doc)))  # the paragraph's ReadTokens
    assert isinstance(view[1:3], Span) and view[1:3] == doc[1:3]  # slices are the Doc's spans
    release([para])
    assert para.view is not view and para.view[0] is para.tokens[0]  # made anew, as the tokens are
