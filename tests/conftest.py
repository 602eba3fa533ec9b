"""Shared fixtures: a small hand-made graph (with hostile text) that needs no NLP model."""

from __future__ import annotations

import pytest

from graph.building.build import build_graph
from graph.model import Alias, Article, Entity, Evidence, Extraction, Mention, Quotation, Relation, Resolution

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> "quoted" \\ back\u202eslash'


def _sample():
    text_a = (
        "Acme warns Jane Doe\n\n"
        "Jane Doe, the director of Acme Corp, said the Widget app is owned by Acme Corp. "
        "Jane Doe criticised Globex. Jane Doe said: \u201cWe will not stand for this kind of thing any longer.\u201d"
    )
    text_b = f"{HOSTILE} headline\n\nAccording to Globex, {HOSTILE} urged Acme Corp to act now on this, it said."
    a = Article(id="a1", source="a1.txt", headline="Acme warns Jane Doe", text=text_a, body=text_a, headline_span=(0, 19))
    b = Article(id="b2", source="b2.txt", headline=f"{HOSTILE} headline", text=text_b, body=text_b)

    def m(art, text, start, typ, key):
        return Mention(article=art.id, start=start, end=start + len(text), text=text, type=typ, key=key)

    s1 = text_a.index("Jane Doe, the")
    ma = [
        m(a, "Jane Doe", s1, "Person", "jane doe"),
        m(a, "Acme Corp", text_a.index("Acme Corp"), "Organization", "acme corp"),
        m(a, "Widget", text_a.index("Widget"), "Product", "widget"),
        m(a, "Globex", text_a.index("Globex"), "Organization", "globex"),
    ]
    sent = text_a[s1 : text_a.index("Jane Doe criticised")].strip()
    ev = Evidence(article="a1", start=s1, end=s1 + len(sent), sentence=sent, rule="test", confidence=0.9)
    q_text = "We will not stand for this kind of thing any longer."
    q_start = text_a.index(q_text)
    ex_a = Extraction(
        article=a,
        mentions=tuple(ma),
        relations=(
            Relation(subject=0, predicate="worksFor", object=1, evidence=ev, role="director"),
            Relation(subject=1, predicate="owns", object=2, evidence=ev),
            Relation(subject=0, predicate="criticises", object=3, evidence=ev),
        ),
        quotations=(Quotation(article="a1", start=q_start, end=q_start + len(q_text), text=q_text, speaker=0, verb="say", evidence=ev),),
    )
    mb = [
        m(b, "Globex", text_b.index("Globex"), "Organization", "globex"),
        m(b, HOSTILE, text_b.index(HOSTILE, 20), "Person", "hostile"),
        m(b, "Acme Corp", text_b.index("Acme Corp"), "Organization", "acme corp"),
    ]
    sb = text_b.index("According")
    evb = Evidence(article="b2", start=sb, end=len(text_b), sentence=text_b[sb:], rule="test")
    ex_b = Extraction(
        article=b,
        mentions=tuple(mb),
        relations=(
            Relation(subject=None, predicate="cites", object=0, evidence=evb),
            Relation(subject=1, predicate="callsOn", object=2, evidence=evb),
        ),
    )
    ents = (
        Entity(id="entity/person/jane-doe", type="Person", label="Jane Doe", label_rule="only-name",
               aliases=(Alias("Jane Doe", "a1", ma[0].start, ma[0].end, "same-name"),)),
        Entity(id="entity/organization/acme-corp", type="Organization", label="Acme Corp", label_rule="only-name",
               aliases=(Alias("Acme Corp", "a1", ma[1].start, ma[1].end, "same-name"), Alias("Acme Corp", "b2", mb[2].start, mb[2].end, "same-name"))),
        Entity(id="entity/product/widget", type="Product", label="Widget", label_rule="only-name", aliases=(Alias("Widget", "a1", ma[2].start, ma[2].end, "same-name"),)),
        Entity(id="entity/organization/globex", type="Organization", label="Globex", label_rule="only-name",
               aliases=(Alias("Globex", "a1", ma[3].start, ma[3].end, "same-name"), Alias("Globex", "b2", mb[0].start, mb[0].end, "same-name"))),
        Entity(id="entity/person/hostile", type="Person", label=HOSTILE, label_rule="only-name", aliases=(Alias(HOSTILE, "b2", mb[1].start, mb[1].end, "same-name"),)),
    )
    entity_of = {("a1", 0): ents[0].id, ("a1", 1): ents[1].id, ("a1", 2): ents[2].id, ("a1", 3): ents[3].id,
                 ("b2", 0): ents[3].id, ("b2", 1): ents[4].id, ("b2", 2): ents[1].id}
    return [ex_a, ex_b], Resolution(entities=ents, entity_of=entity_of)


@pytest.fixture
def sample_parts():
    """(extractions, resolution) of two tiny articles, one of them hostile."""
    return _sample()


@pytest.fixture
def small_graph():
    """A small MultiDiGraph in the build contract, with `<script>` and friends in labels and headlines."""
    extractions, resolution = _sample()
    return build_graph(extractions, resolution)


def _sample_figures():
    """(extractions, resolution, groups): the sample plus an article whose figures conflict, hostile text in a measure."""
    from graph.building.claims import group_figures
    from graph.model import Figure

    exs, res = _sample()
    s1 = f"Acme Corp said 85 per cent of the 40 million {HOSTILE} orders came from Widget in 2020."
    s2 = "Globex said 82 per cent of the 40 million orders came from Widget in 2020."
    text = f"Order figures\n\n{s1}\n\n{s2}"
    art = Article(id="c3", source="c3.txt", headline="Order figures", text=text, body=text, date="2021-03-01")
    o1, o2 = text.index(s1), text.index(s2)
    names = [("Acme Corp", o1, "entity/organization/acme-corp"), ("Widget", text.index("Widget", o1), "entity/product/widget"),
             ("Globex", o2, "entity/organization/globex"), ("Widget", text.index("Widget", o2), "entity/product/widget")]
    mentions = tuple(Mention(article="c3", start=st, end=st + len(t), text=t, type="Product" if t == "Widget" else "Organization",
                             key=t.lower()) for t, st, _ in names)
    entity_of = dict(res.entity_of)
    entity_of.update({("c3", i): ent for i, (_, _, ent) in enumerate(names)})

    def fig(sentence, offset, surface, value, unit, share_of=None, stated=None, **kw):
        start = offset + sentence.index(surface)
        ev = Evidence(article="c3", start=offset, end=offset + len(sentence), sentence=sentence, rule="figure:test",
                      confidence=0.8, cue_start=start, cue_end=start + len(surface))
        terms = ("order",) + (("hostile",) if HOSTILE in sentence else ())
        return Figure(article="c3", start=start, end=start + len(surface), text=surface, value=value, unit=unit, evidence=ev,
                      measure=f"{HOSTILE} orders" if HOSTILE in sentence else "orders", measure_terms=terms + ("widget",),
                      head="order", period="2020", period_text="in 2020", stated_by=stated, source=stated,
                      share_of=share_of, **kw)

    figures = (
        fig(s1, o1, "85 per cent", 85.0, "percent", share_of=1, stated=0, subjects=(1,)),
        fig(s1, o1, "40 million", 40e6, "count"),
        fig(s2, o2, "82 per cent", 82.0, "percent", share_of=3, stated=2, subjects=(3,)),
        fig(s2, o2, "40 million", 40e6, "count"),
    )
    exs = exs + [Extraction(article=art, mentions=mentions, figures=figures)]
    res = Resolution(entities=res.entities, entity_of=entity_of)
    return exs, res, group_figures(exs, res)


@pytest.fixture(scope="session")
def figures_graph():
    """The sample graph plus figures: two shares of one total that conflict, and two totals that agree."""
    exs, res, groups = _sample_figures()
    return build_graph(exs, res, groups)


#: Articles over half a year, one undated: (id, date, [(sentence, subject, predicate, object)], [(quotation, speaker)]).
DATED_ARTICLES = (
    ("jan", "2021-01-10", [("Ann Lee criticised Bee Corp.", "Ann Lee", "criticises", "Bee Corp")],
     [("We expect far better from them this year.", "Ann Lee")]),
    ("mar", "2021-03-05", [("Cal Ray criticised Bee Corp.", "Cal Ray", "criticises", "Bee Corp"),
                           ("Ann Lee works for Dee Ltd.", "Ann Lee", "worksFor", "Dee Ltd")], []),
    ("jun", "2021-06-20", [("Ann Lee criticised Bee Corp again.", "Ann Lee", "criticises", "Bee Corp")],
     [("The promises made in January were never kept.", "Ann Lee")]),
    ("und", None, [("Dee Ltd owns Bee Corp.", "Dee Ltd", "owns", "Bee Corp"),
                   ("Eve Fox criticised Dee Ltd.", "Eve Fox", "criticises", "Dee Ltd")],
     [("Nobody told us anything about the plan.", "Ann Lee")]),
)
DATED_TYPES = {"Ann Lee": "Person", "Bee Corp": "Organization", "Cal Ray": "Person", "Dee Ltd": "Organization",
               "Eve Fox": "Person"}


def _dated():
    """(extractions, resolution) of DATED_ARTICLES: relations and quotations whose articles have dates, or none."""
    exs, entity_of, aliases = [], {}, {}
    for aid, date, facts, quotes in DATED_ARTICLES:
        headline = f"News of {aid}"
        parts = [headline, ""] + [f[0] for f in facts] + [f"Ann Lee said: \u201c{q}\u201d" for q, _ in quotes]
        text = "\n".join(parts[:2]) + "\n" + " ".join(parts[2:])
        art = Article(id=aid, source=f"{aid}.txt", headline=headline, text=text, body=text, date=date,
                      headline_span=(0, len(headline)))
        mentions, index = [], {}

        def mention(name, at):
            start = text.index(name, at)
            mentions.append(Mention(article=aid, start=start, end=start + len(name), text=name, type=DATED_TYPES[name],
                                    key=name.lower()))
            entity_of[(aid, len(mentions) - 1)] = f"entity/{DATED_TYPES[name].lower()}/{name.lower().replace(' ', '-')}"
            aliases.setdefault(name, []).append(Alias(name, aid, start, start + len(name)))
            return len(mentions) - 1

        relations, quotations = [], []
        for sentence, subj, pred, obj in facts:
            at = text.index(sentence)
            ev = Evidence(article=aid, start=at, end=at + len(sentence), sentence=sentence, rule="test", confidence=0.9,
                          cue_start=at + len(subj) + 1, cue_end=at + sentence.index(obj) - 1)
            relations.append(Relation(subject=mention(subj, at), predicate=pred, object=mention(obj, at), evidence=ev))
        for q, who in quotes:
            line = f"{who} said: \u201c{q}\u201d"
            at = text.index(line)
            start = at + line.index(q)
            ev = Evidence(article=aid, start=at, end=at + len(line), sentence=line, rule="test", cue_start=at + len(who) + 1,
                          cue_end=at + len(who) + 5)
            quotations.append(Quotation(article=aid, start=start, end=start + len(q), text=q, speaker=mention(who, at),
                                        verb="say", evidence=ev))
        exs.append(Extraction(article=art, mentions=tuple(mentions), relations=tuple(relations), quotations=tuple(quotations)))
    entities = tuple(Entity(id=f"entity/{DATED_TYPES[n].lower()}/{n.lower().replace(' ', '-')}", type=DATED_TYPES[n], label=n,
                            aliases=tuple(aliases[n])) for n in sorted(aliases))
    return exs, Resolution(entities=entities, entity_of=entity_of)


@pytest.fixture(scope="session")
def dated_graph():
    """A small graph in the build contract whose articles span January to June 2021, one of them undated."""
    return build_graph(*_dated())


ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
SEEDS_GOLD = ROOT / "tests" / "data" / "seeds.gold.json"


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The real pipeline (spaCy model and all) run once over seeds/ into a temporary folder."""
    from graph.pipeline import build

    out = tmp_path_factory.mktemp("seeds") / "exports"
    summary = build([ROOT / "seeds"], out)
    return out, summary


@pytest.fixture(scope="session")
def rebased_build(tmp_path_factory):
    """The real `kg build seeds --base http://127.0.0.1:PORT/` (PORT free now): IRIs a `kg serve --port PORT`
    of it can answer for. Returns (folder, base, port)."""
    import subprocess
    import sys

    from live import free_port

    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("rebased") / "exports"
    subprocess.run([sys.executable, "-m", "graph", "build", str(ROOT / "seeds"), "--out", str(out), "--base", base],
                   check=True, capture_output=True, cwd=ROOT, timeout=600)
    return out, base, port


@pytest.fixture(scope="session")
def nlp():
    from graph.building.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def read(nlp):
    """Extract one made-up article given as text: returns (Extraction, label-of-mention helper)."""
    from graph.building.extract import extract_article
    from graph.model import Article

    def _read(text: str, byline: str | None = None, article_id: str = "t1"):
        art = Article(id=article_id, source=f"{article_id}.txt", headline=text.split("\n", 1)[0], text=text, body=text, byline=byline)
        return extract_article(art, nlp)

    return _read


def named(ex, index):
    """The name a mention (or the mention it refers back to) gives."""
    seen = set()
    while ex.mentions[index].antecedent is not None and index not in seen:
        seen.add(index)
        index = ex.mentions[index].antecedent
    return ex.mentions[index].text


# ---------------------------------------------------------------- hostile text (property tests)

#: Pieces of text that have broken serialisers, parsers and HTML pages somewhere.
NASTY = (
    "<script>window.__pwned = 1; alert(1)</script>", '<img src=x onerror="window.__pwned = 2; alert(2)">',
    "</script><script>alert(3)</script>", "<!--", "]]>", "<![CDATA[", "&amp;", "&#x3c;", "javascript:alert(4)",
    '"', "'", '"""', "'''", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "`",
    "\\", "\\n", "\\u0041", "\\\"", "\n", "\r\n", "\r", "\t", ">", "<", "{{7*7}}", "${x}", "%s", "%00",
    "\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff",
    "\x00", "\x07", "\x0b", "\x1b[2J", "\x7f", "\x85", "\ud800", "\U0001F600", "e\u0301",
    "@prefix x: <y> .", "_:b0", "<http://example.com/>", "^^xsd:string", "@en", "# not a comment",
)


def hostile_text():
    """A hypothesis strategy: strings made of nasty pieces, random text and 10,000-character tokens."""
    from hypothesis import strategies as st

    piece = st.one_of(
        st.sampled_from(NASTY),
        st.text(max_size=12),
        st.builds(lambda c, n: c * n, st.sampled_from(["A", "\u00e9", "<", "\\", '"', "\U0001F600"]),
                  st.integers(min_value=9_000, max_value=10_000)),
    )
    return st.lists(piece, min_size=1, max_size=5).map("".join)


def hostile_graph(t: list[str]):
    """A small graph in the build contract whose every free-text field is one of the strings ``t`` (9 of them).

    Hand-made model objects through graph.building.build.build_graph: entity label and aliases, headline,
    source file, URL, byline, quotation text, reporting verb, evidence sentence and role.
    """
    assert len(t) >= 9
    text = "Some article text that the offsets below point into, more or less. " * 3
    art = Article(id="a1", source=t[3], headline=t[2], text=text, body=text, url=t[4], byline=t[5])
    ev = Evidence(article="a1", start=5, end=40, sentence=t[6], rule="test-rule", confidence=0.5,
                  cue_start=10, cue_end=20)
    mentions = (
        Mention(article="a1", start=0, end=4, text=t[0], type="Person", key="p"),
        Mention(article="a1", start=10, end=14, text=t[1], type="Organization", key="o"),
    )
    ex = Extraction(
        article=art,
        mentions=mentions,
        relations=(Relation(subject=0, predicate="worksFor", object=1, evidence=ev, role=t[8]),
                   Relation(subject=None, predicate="cites", object=1, evidence=ev)),
        quotations=(Quotation(article="a1", start=50, end=90, text=t[7], speaker=0, verb=t[8], evidence=ev),),
    )
    entities = (
        Entity(id="entity/person/p", type="Person", label=t[0], label_rule="most-frequent",
               aliases=(Alias(t[0], "a1", 0, 4, "same-name"), Alias(t[1], "a1", 20, 24, "surname-in-article"))),
        Entity(id="entity/organization/o", type="Organization", label=t[1], label_rule="only-name",
               aliases=(Alias(t[1], "a1", 10, 14, "same-name"),)),
    )
    resolution = Resolution(entities=entities, entity_of={("a1", 0): "entity/person/p", ("a1", 1): "entity/organization/o"})
    return build_graph([ex], resolution)

# ---------------------------------------------------------------- the slow tests

#: Browser, server, subprocess, fault-injection, process-pool and property tests: `pytest -m "not slow"`
#: runs the rest in well under a minute; CI (`make test`) runs everything.
SLOW_MODULES = {
    "test_browser", "test_faults", "test_store_faults", "test_bad_input", "test_parallel", "test_hostile",
    "test_server", "test_store", "test_pool", "test_interop", "test_load", "test_clients", "test_readers_writers",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.module is not None and item.module.__name__.rsplit(".", 1)[-1] in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
