"""cites: a figure, finding or report attributed to a source ("according to X", "X estimated ...",
"a report by X", "figures from X"); a figure someone states, quoted or reported, makes the
article cite that person or body (GUIDELINES, "Conventions the answer keys follow")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..nlp import Paragraph, definite
from .context import RelationContext, agent_objects, lemma_of, negated, tokens
from .figures import find_numbers
from .lexicon import CONTENT_VERBS, FIGURE_VERBS, REPORTING_VERBS, SOURCE_NOUNS, TOPIC_PREPS, words
from .registry import relation_rule

#: Verbs by which a body presents a finding, with or without a number ("X found that ...").
FINDING_VERBS = words("finding_verbs")
#: Verbs of stating a fact: a figure in the statement is the speaker's.
STATING_VERBS = words("stating_verbs")
#: Verbs of making a finding public: with a report, results or data as object, the subject is a source.
_PUBLISH_VERBS = frozenset({"release", "publish", "issue", "unveil"})
#: Verbs of making or publishing a work: their agent is its source ("a survey compiled by X").
_MAKING_VERBS = frozenset({"compile", "publish", "release", "issue", "produce", "conduct", "carry", "prepare", "write",
                           "draw", "commission", "collect", "gather", "collate", "run", "calculate"})
#: Source nouns that are only someone's words ("the statement said"): no report, no finding.
_SPEECH_SOURCES = frozenset({"statement"})
#: Prepositions that join a published source to its author ("a report by X", "figures from X").
_SOURCE_PREPS = ("by", "from", "in", "at")


def _is_source_noun(tok: Token) -> bool:
    return tok.lower_ in SOURCE_NOUNS or tok.lemma_.lower() in SOURCE_NOUNS


def _author(ctx: RelationContext, para: Paragraph, tok: Token) -> list[int]:
    """Who wrote a work: "Brown's Britain, by Jane Roe, says ..." -> Jane Roe."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    refs = [r for r in ctx.phrase_refs(para, g) if ctx.table.items[r].type in ("Person", "Organization")]
                    if refs:
                        return refs
    return []


def _on_topic(g: Token, noun: Token) -> bool:
    """Whether ``g`` sits in what a source noun is about, not in who made it: "a study of Y's
    staff", "a survey into the practices of Y", "a report on Y": the preposition nearest ``g`` is
    one of a topic ("a report by Y", "accounts filed with Y", "a study for Y" are Y's)."""
    node = g
    while node.i != noun.i and node.head.i != node.i:
        if node.dep_ == "prep":  # the nearest preposition decides: "a survey of 280 firms by Y" is Y's
            return node.lower_ in TOPIC_PREPS
        node = node.head
    return False


def _seen_by(g: Token, noun: Token) -> bool:
    """Whether ``g`` is who a participle on a source noun says did something other than make it:
    "papers seen by X", "documents obtained by X" (X saw them; "a survey compiled by X" is X's)."""
    node, below = g, None
    while node.i != noun.i and node.head.i != node.i:
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.i == noun.i:
            # (only the agent: "accounts filed with X" are X's records)
            return below is not None and below.dep_ == "agent" and lemma_of(node) not in _MAKING_VERBS
        node, below = node.head, node
    return False


def _named_in_apposition(ctx: RelationContext, para: Paragraph, tok: Token) -> list[int]:
    """The name a description is given beside it ("the French statistics agency, INSEE, expects"):
    the name says which body the description means, whatever the description was resolved to."""
    j = ctx.table.at(para.index, tok.i)
    if j is None or ctx.table.items[j].kind != "description":
        return []
    return [r for c in tok.children if c.dep_ == "appos" for r in ctx.phrase_refs(para, c)
            if ctx.table.items[r].kind == "name" and ctx.table.items[r].type in ("Organization", "Person")]


def _source_refs(ctx: RelationContext, para: Paragraph, tok: Token) -> list[int]:
    """The bodies a source phrase names: the phrase itself, or "a report by X", "analysts at X",
    "accounts filed with X"."""
    if _is_source_noun(tok):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj":
                        refs = [r for r in ctx.phrase_refs(para, g) if ctx.table.items[r].type in ("Organization", "Person", "Product")]
                        if refs:
                            return refs
    refs = ctx.phrase_refs(para, tok)
    named = _named_in_apposition(ctx, para, tok)
    if named:
        return named
    if refs:
        return refs
    if _is_source_noun(tok):
        for g in tok.subtree:
            if g.i == tok.i or _on_topic(g, tok) or _seen_by(g, tok):
                continue
            r = ctx.ref(para, g)
            if r is not None and ctx.table.items[r].type in ("Organization", "Person", "Product"):
                return [r]
    return []


def _reported(verb: Token) -> Token | None:
    """The verb that reports the clause ``verb`` sits in ("X said Y had shown ..."), if any."""
    node = verb
    for _ in range(6):
        if node.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and (lemma_of(node) in STATING_VERBS or lemma_of(node) in REPORTING_VERBS):
            return node
    return None


def _reporting_aside(clause: Token) -> bool:
    """A reporting clause after a comma that the parser hung on the verb it reports as its
    complement ("Police found the pair in a warehouse, the hearing was told"): it says who told,
    it is not what was found."""
    words = [g for g in clause.subtree if not g.is_punct]
    before = clause.doc[words[0].i - 1] if words and words[0].i > 0 else None
    return (clause.i > clause.head.i and before is not None and before.text in (",", "-", "–", "—")
            and (lemma_of(clause) in REPORTING_VERBS or lemma_of(clause) in STATING_VERBS))


_MODALS = frozenset({"will", "would", "could", "should", "shall", "can", "may", "might", "must", "'ll", "’ll"})


def _not_stated_yet(verb: Token) -> bool:
    """A statement still to come: a modal ("will report", "could say") or an infinitive ("is
    expected to announce", "is due to report")."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return True
    return verb.dep_ in ("xcomp", "ccomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: Number words with a scale ("five million", "two billion") are figures, not manners of speech.
_SCALED = re.compile(r"\b(thousand|million|billion|trillion)\b", re.I)


@lru_cache(maxsize=4096)
def _stated_figure(text: str) -> tuple[tuple[int, int], ...]:
    """The figures of a text written with digits or signs ("£103m", "70%", "1.2 million") or hedged
    ("at least six"); number words alone ("a hundred years", "half of every lesson") are mostly
    manners of speech."""
    return tuple((s, e) for s, e, n in find_numbers(text)
                 if n.qualifier or any(ch.isdigit() or ch in "%£$€" for ch in text[s:e]) or _SCALED.search(text[s:e]))


def _statement(verb: Token) -> set[int]:
    """The tokens of what a verb states: its subtree, without the relative clauses that describe
    the things it names ("it wants a deal with the creditors, who now own 99.3% of Y": the
    figure is the narrator's), without the verbs joined to it ("X admitted one count and faces up
    to four years": the narrator says what X faces), and, for a verb whose object is no report
    (CONTENT_VERBS), only its clauses ("X added that sales rose 5%"; "Daiwa added 5.3%" states
    nothing)."""
    content = lemma_of(verb) in CONTENT_VERBS
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            if any(x.dep_ == "cc" and verb.i < x.i < c.i for x in [*verb.children, *c.children]):
                continue
            # no "and" joins them: the parser cut the reported clause ("X said the number of dead
            # or missing have reached 440": "reached" hung on "said"), it is still what X said
        elif not content and c.dep_ not in ("ccomp", "parataxis", "nsubj", "nsubjpass") and not (c.dep_ == "prep" and c.lower_ in ("of", "about")):
            continue  # ("warned of losses of $3m": what the warning is about)
        for g in c.subtree:
            if any(a.dep_ in ("relcl", "acl") and verb.is_ancestor(a) for a in [g, *g.ancestors]):
                continue
            out.add(g.i)
    return out


def _figure_outside(ctx: RelationContext, para: Paragraph, sent: Span, skip: set[int], verb: Token | None = None) -> bool:
    """Whether the sentence states a figure outside the tokens ``skip`` (and inside what ``verb``
    states, if given) and outside quotations."""
    within: set[int] | None = None
    for s, e in _stated_figure(sent.text):
        span = sent.doc.char_span(sent.start_char + s, sent.start_char + e, alignment_mode="expand")
        if span is None or any(t.i in skip for t in span):
            continue
        if verb is not None:
            within = _statement(verb) if within is None else within
            if not all(t.i in within for t in span):
                continue
        if ctx.quote_at(para, span[0]) is not None:
            continue
        if any(ctx.table.at(para.index, t.i) is not None and ctx.table.items[ctx.table.at(para.index, t.i)].kind == "name" for t in span):
            continue  # a number inside a name ("Covid-19", "Android 14")
        return True
    return False


def _agents_of(ctx: RelationContext, para: Paragraph, verb: Token) -> list[int]:
    """The bodies or people a passive verb's "by" phrase names ("compiled by X")."""
    return [r for g in agent_objects(verb) for r in ctx.phrase_refs(para, g)]


def _figure_before(ctx: RelationContext, para: Paragraph, sent: Span) -> bool:
    """Whether a sentence of the paragraph before ``sent`` states a figure (outside quotations)."""
    return any(_figure_outside(ctx, para, s, set()) for s in para.doc.sents if s.end <= sent.start)


def _misread_subjects(ctx: RelationContext, para: Paragraph, tok: Token) -> set[int]:
    """What an introductory phrase seems to hold but does not: the parser takes the main clause's
    subject for an apposition ("According to figures from X, the Y Consortium lost 4%": "the Y
    Consortium" hung on X as its apposition, "lost" left with no subject)."""
    out: set[int] = set()
    for g in tok.subtree:
        nxt = g.doc[g.right_edge.i + 1] if g.right_edge.i + 1 < len(g.doc) else None
        if (g.dep_ == "appos" and nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children)):
            out |= set(ctx.phrase_refs(para, g))
    return out


@relation_rule("cites", "according-to")
def according_to(ctx: RelationContext, para: Paragraph) -> None:
    """"according to X", "according to a report in X": the quotation's speaker, else the article, cites X."""
    doc = para.view
    for t in tokens(para):
        # "according to X", "according to a report in X"
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            objs = [g for g in doc[t.i + 1].children if g.dep_ == "pobj"] or [g for g in t.children if g.dep_ == "pobj"]
            if not objs:
                objs = [g for g in doc[t.i + 1].subtree if g.dep_ == "pobj"][:1]
            q = ctx.quote_at(para, t)
            citer = q.speaker if q is not None else None
            for o in objs:
                misread = _misread_subjects(ctx, para, o)
                refs = [r for r in _source_refs(ctx, para, o) if r not in misread]
                if not refs and _is_source_noun(o):
                    # "according to a report earlier this week from X": the parser may hang the
                    # source's "from X" / "by X" on "according", past the words between
                    refs = [r for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children
                            if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)
                            if ctx.table.items[r].type in ("Organization", "Person") and r not in misread]
                if not refs:
                    # "according to a round-up of gadgets compiled by X", "according to figures
                    # published by X": the agent of a participle on what is cited made it
                    # (not "according to papers seen by X", "documents obtained by X": who saw them)
                    # ("a round-up of gizmos compiled by X": the parser hangs the participle on the
                    # nearest noun, inside the "of" phrase; not "a survey of firms run by X")
                    made = [c for c in o.children if c.dep_ == "acl"]
                    made += [c for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
                             for c in g.children if c.dep_ == "acl" and lemma_of(c) != "run"]
                    refs = [r for c in made if c.tag_ == "VBN" and lemma_of(c) in _MAKING_VERBS
                            for r in ctx.agents(para, c)
                            if ctx.table.items[r].type in ("Organization", "Person") and r not in misread]
                who = ctx.ref(para, o)
                if who is not None and ctx.table.items[who].type == "Person":
                    # "according to Jane Roe, chief of technology giant Y": the body in apposition to the
                    # person (however the parser hangs the title) is where she works, not a second source
                    employer = {r for c in o.children if c.dep_ == "appos" for r in ctx.phrase_refs(para, c)
                                if ctx.table.items[r].type == "Organization"}
                    refs = [r for r in refs if r not in employer]
                for s in refs:
                    ctx.add(citer, "cites", s, ctx.evidence(para, t.sent, "cites:according-to", 0.9, t), article_subject=q is None)


@relation_rule("cites", "figure")
def source_of_figure(ctx: RelationContext, para: Paragraph) -> None:
    """In the narrator's voice: "X said/estimated <figure>", "a report by X concluded ...", "X found
    that ...", "Brown's Britain, by X, says ...": the article cites X."""
    for t in tokens(para):
        if t.pos_ not in ("VERB", "AUX") or ctx.quote_at(para, t) or negated(t):
            continue
        lemma = lemma_of(t)
        if lemma not in FIGURE_VERBS and lemma not in STATING_VERBS and lemma not in FINDING_VERBS and lemma not in _PUBLISH_VERBS:
            continue
        if _not_stated_yet(t):
            continue  # "X will report profits of £9bn", "X is expected to say": nobody has stated it
        if lemma in _PUBLISH_VERBS and lemma not in FIGURE_VERBS | STATING_VERBS | FINDING_VERBS \
                and not any(c.dep_ in ("dobj", "nsubjpass") and _is_source_noun(c) for c in t.children):
            continue  # "police issued 400 fines", "released 20 prisoners": things given out, not a finding made public
        subs = sorted((c for c in t.children if c.dep_ == "nsubj"), key=lambda c: t.i - c.i if c.i < t.i else 99)
        if not subs and t.dep_ in ("conj", "advcl") and (t.dep_ == "conj" or t.tag_ == "VBG"):
            # "X tracks six million blogs and says ...", "X condemned the move, saying ...": the head's subject
            subs = [c for c in t.head.children if c.dep_ == "nsubj"]
        passive = any(c.dep_ == "auxpass" for c in t.children) or (t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children))
        if not subs and passive and lemma in STATING_VERBS | FIGURE_VERBS and t.dep_ != "acl":
            # ("images reported by tech firms": a participle on a noun says who reported things, not who stated the figure)
            # "as already announced by the Office for National Statistics": the agent states it
            agents = agent_objects(t)
            if agents and _figure_outside(ctx, para, t.sent, {x.i for x in agents[0].subtree}):
                for r in _source_refs(ctx, para, agents[0]):
                    if ctx.table.items[r].type in ("Organization", "Person"):
                        ctx.add(None, "cites", r, ctx.evidence(para, t.sent, f"cites:figure:{lemma}", 0.75, t), article_subject=True)
            continue
        if not subs:
            continue
        subj, sent = subs[0], t.sent  # the subject nearest the verb ("In its report - A Title - the PTC said")
        authors = _author(ctx, para, subj)
        # a statement speaks for its author as the author's words do: a source of what it says only
        # with a figure ("a Holcim statement said ...": no report, no finding)
        published = (_is_source_noun(subj) and subj.lemma_.lower() not in _SPEECH_SOURCES) or bool(authors)
        outer = _reported(t)
        if outer is not None and not published and not set(ctx.subjects(para, t)) & set(ctx.subjects(para, outer)):
            continue  # "the regulator said the firm had shown ...": the firm is not the source ("research by X showed" is)
        # "X said in a report that ...": a statement published as a report is a finding
        in_report = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and _is_source_noun(g) and g.lower_ != "statement"
                                                                      for g in c.children) for c in t.children)
        refs = authors or _source_refs(ctx, para, subj)
        if not refs:
            continue
        if lemma in ("find", "discover", "uncover", "show", "establish") and any(c.dep_ == "dobj" and ctx.ref(para, c) is not None
                                                                                 for c in t.children):
            continue  # "he found Dan Lane", "showed Jane Roe the door": finding or showing someone is no finding
        # a finding without a number is a clause: "found that ...", "concluded ...", "reported that ..."
        # ("reported the theft to police" is no finding: reportsTo reads it)
        # or a discovery: "uncovered concerns", "established a link" ("found a buyer" is none)
        finding = lemma in FINDING_VERBS and any((c.dep_ == "ccomp" and not _reporting_aside(c))
                                                 or (c.dep_ == "dobj" and lemma not in ("find", "show", "estimate", "calculate", "report"))
                                                 for c in t.children)
        # "X released the results of its probe", "X published its report": a body's published finding
        finding = finding or (lemma in _PUBLISH_VERBS and any(c.dep_ == "dobj" and _is_source_noun(c) for c in t.children))
        finding = finding or (in_report and (any(c.dep_ == "ccomp" for c in t.children) or any(
            a.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
            for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children for a in g.children)))
        figure = _figure_outside(ctx, para, sent, {x.i for x in subj.subtree}, t)
        pronoun = subj.pos_ == "PRON"
        if pronoun and outer is not None:
            refs = [r for r in ctx.subjects(para, outer) if r in refs] or refs
        if pronoun:
            # a pronoun never means a body its own clause names ("They say they met the government's
            # demands": "they" are not the government; binding, principle C)
            items = ctx.table.items
            named = {(items[r].type, items[r].key) for g in t.subtree if g.i not in {x.i for x in subj.subtree}
                     and (j := ctx.table.at(para.index, g.i)) is not None and items[j].kind != "pronoun"
                     and (r := ctx.table.resolved(j)) is not None}
            refs = [r for r in refs if (items[r].type, items[r].key) not in named]
        for s in refs:
            typ = ctx.table.items[s].type
            if pronoun and outer is None and not figure:
                continue  # "It also concluded ...": "it" may be the report itself, not a body
            # a published work or a body's finding is a source by itself; anyone stating a figure is one too
            if not (figure or (published and (lemma in FIGURE_VERBS or lemma in FINDING_VERBS)) or (finding and typ == "Organization")):
                continue
            # a country that states a figure speaks for its government (GUIDELINES, conventions)
            ctx.add(None, "cites", s, ctx.evidence(para, sent, f"cites:figure:{lemma}", 0.75, t), article_subject=True,
                    state=figure and not pronoun and typ == "Place" and lemma in STATING_VERBS | FIGURE_VERBS)


@relation_rule("cites", "quoted-figure")
def quoted_figure(ctx: RelationContext, para: Paragraph) -> None:
    """A figure inside a quotation: the article cites its speaker."""
    doc = para.view
    for q in ctx.quotes:
        if q.para != para.index or q.speaker is None:
            continue
        speaker = ctx.table.resolved(q.speaker)
        if speaker is None or ctx.table.items[speaker].kind not in ("name", "group"):
            continue
        for s, e in _stated_figure(q.text):
            span = doc.char_span(q.start - para.offset + s, q.start - para.offset + e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            if any(ctx.table.at(para.index, x.i) is not None and ctx.table.items[ctx.table.at(para.index, x.i)].kind == "name" for x in span):
                continue
            ctx.add(None, "cites", speaker, ctx.evidence(para, span[0].sent, "cites:quoted-figure", 0.7, span[0]), article_subject=True)
            break


@relation_rule("cites", "source-noun")
def source_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"figures from X", "data from X", "a study in X", "a survey by X" beside a figure the
    narrator states: the article cites X."""
    for n in tokens(para):
        if not _is_source_noun(n) or n.pos_ not in ("NOUN", "PROPN") or ctx.quote_at(para, n) is not None:
            continue
        if n.dep_ == "nsubj":
            continue  # the subject of a verb: source_of_figure reads it with its verb
        refs: list[int] = []
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS:
                refs += [r for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
            elif c.dep_ == "poss" and c.i < n.i:
                # "In its report, X said ...": a fronted "its" is the main clause's subject
                refs += (ctx.fronted_subjects(para, n) if c.pos_ == "PRON" else []) or ctx.phrase_refs(para, c)
            elif c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in _MAKING_VERBS:
                refs += _agents_of(ctx, para, c)  # "a report compiled by X", "figures prepared by X"
        made_by = n.dep_ == "nsubjpass" and lemma_of(n.head) in _MAKING_VERBS
        if made_by:
            refs += _agents_of(ctx, para, n.head)  # "The figures were prepared by X"
        misread = _misread_subjects(ctx, para, n)
        refs = [r for r in refs if r not in misread]
        # the figure is beside the source, or, for "the figures were prepared by X", the figures the
        # paragraph gave before; "In a report by X, graft was said to be ..." fronts the source of the
        # finding its main clause states, as "according to" does
        fronted = (n.head.dep_ == "prep" and n.head.lower_ == "in" and n.head.i < n.i and n.head.head.dep_ == "ROOT"
                   and n.head.head.i > n.i)
        before = made_by and definite(n) and _figure_before(ctx, para, n.sent)
        if not refs or not (fronted or before or _figure_outside(ctx, para, n.sent, {x.i for x in n.subtree})):
            continue
        for s in refs:
            if ctx.table.items[s].type in ("Organization", "Person"):
                ctx.add(None, "cites", s, ctx.evidence(para, n.sent, "cites:source-noun", 0.75, n), article_subject=True)
