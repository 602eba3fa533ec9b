"""partnersWith: X and Y work together ("X works with Y", "in partnership with Y")."""

from __future__ import annotations

from ..nlp import Paragraph
from .context import RelationContext, lemma_of, negated, not_yet, tokens, verbs
from .lexicon import words
from .registry import relation_rule

#: Verbs of working together: the hand-made list and WordNet's (its one-word entries; the phrasal
#: ones, "team up", "join forces", are read as their verb with its particle or object).
PARTNER_VERBS = words("partner_verbs") | frozenset(w for w in words("wn_partner_verbs") if " " not in w)
#: WordNet's phrasal verbs of working together made of a verb and its object ("join forces"), as
#: verb -> object words: "X joined forces with Y" hangs "with Y" on the object, and "X and Y joined
#: forces" says working together with no partner named, as "X and Y collaborated" does.
PHRASAL_OBJECTS: dict[str, frozenset[str]] = {}
for _w in words("wn_partner_verbs"):
    _verb, _, _rest = _w.partition(" ")
    if _rest and _rest not in ("up", "together", "in", "on", "out"):  # ("team up": a particle, read as such below)
        PHRASAL_OBJECTS[_verb] = PHRASAL_OBJECTS.get(_verb, frozenset()) | {_rest}
#: Nouns of working together: the hand-made list and WordNet's (partnership, alliance, coalition,
#: consortium, joint venture ...).
PARTNER_NOUNS = words("partner_nouns") | words("wn_partner_nouns")
#: Verbs of ending an arrangement ("ended its partnership with Y", "stopped working with Y").
END_VERBS = words("end_verbs")


@relation_rule("partnersWith", "verb")
def working_together(ctx: RelationContext, para: Paragraph) -> None:
    """"X works with Y", "X, working in partnership with Y", "X teamed up with Y"."""
    for v in verbs(para):
        if negated(v) or not_yet(v) or _ended(v):
            continue
        lemma = lemma_of(v)
        # partnersWith: "X works with Y", "X, working in partnership with Y"
        if lemma in PARTNER_VERBS:
            partners = []
            preps = [c for c in v.children if c.dep_ == "prep"]
            # "X joined forces with Y": the parser may hang "with Y" on the object of the phrase
            preps += [c for o in _phrasal_objects(v, lemma) for c in o.children if c.dep_ == "prep"]
            preps += [cc for c in preps for cc in c.children if cc.dep_ == "conj" and cc.pos_ == "ADP"]
            for c in preps:
                if c.lower_ in ("with", "alongside"):
                    partners.extend(g for g in c.children if g.dep_ == "pobj")
                if c.dep_ == "prep" and c.lower_ == "in":
                    for g in c.children:
                        if g.dep_ == "pobj" and g.lower_ in PARTNER_NOUNS:
                            # ("in partnership with Y and with Z" when the second "with" hangs on the first:
                            # the noun rule below reads it, as "partnership" is a partner noun)
                            withs = [p2 for p2 in g.children if p2.dep_ == "prep" and p2.lower_ == "with"]
                            partners.extend(h for p2 in withs for h in p2.children if h.dep_ == "pobj")
            if lemma == "team" and not any(c.lower_ == "up" for c in v.children):
                partners = partners if partners else []
            if not partners:
                pair = _the_two(ctx, para, v)
                if len(pair) == 2:  # "the two bodies are working closely on the case"
                    _pairs(ctx, para, pair[:1], pair[1:], ctx.evidence(para, v.sent, f"partnersWith:verb:{lemma}", 0.7, v))
                elif _together(v, lemma) and not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in v.children):
                    # "X and Y agreed to work together", "X and Y have teamed up": the subjects with each
                    # other (not "the last time X and Y would work together")
                    subjects = ctx.subjects(para, v)
                    named = [r for r in subjects if ctx.table.items[r].kind == "name"]
                    if len(named) >= 2:
                        subjects = named  # ("electronics giants X and Y joined forces": the giants are X and Y)
                    ev = ctx.evidence(para, v.sent, f"partnersWith:verb:{lemma}", 0.7, v)
                    for i, a in enumerate(subjects):
                        _pairs(ctx, para, [a], subjects[i + 1:], ev)
                continue
            objs = [obj for p in partners for obj in ctx.phrase_refs(para, p)]
            _pairs(ctx, para, ctx.subjects(para, v), objs, ctx.evidence(para, v.sent, f"partnersWith:verb:{lemma}", 0.75, v))


#: Verbs that say working together with no partner named when their subject is plural ("X and Y
#: collaborated"); "work" and "join" need "together" ("X and Y work in London" is no partnership).
_RECIPROCAL_VERBS = PARTNER_VERBS - {"work", "join"}


def _together(v, lemma: str) -> bool:
    """"X and Y work together", "X and Y will collaborate", "X and Y teamed up": a verb of working
    together that needs no "with Y" to say so."""
    if any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in v.children):
        return True
    if lemma == "team":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children)
    if _phrasal_objects(v, lemma):
        return True  # "X and Y joined forces"
    return lemma in _RECIPROCAL_VERBS


def _phrasal_objects(v, lemma: str) -> list:
    """The object that makes ``v`` one of WordNet's phrasal verbs of working together ("forces" of
    "joined forces"), or none."""
    objects = PHRASAL_OBJECTS.get(lemma)
    return [c for c in v.children if c.dep_ == "dobj" and c.lower_ in objects] if objects else []


#: Nouns of an agreement between parties: a partnership only when two parties sign or strike it.
AGREEMENT_NOUNS = words("agreement_nouns")
#: Verbs of making an agreement ("sign", "strike", "agree", "commit to").
AGREE_VERBS = words("agree_verbs")


def _verb_above(tok):
    """The nearest verb above ``tok`` in the parse, at most four steps up (None if there is none)."""
    node = tok.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return None


_MODALS = frozenset({"will", "would", "could", "should", "shall", "can", "may", "might", "must", "'ll", "’ll"})


def _has_deal(n, v) -> bool:
    """"X has a deal with Y", "X had an agreement with Y": a deal held, not one wished for ("hopes
    to have a deal", "could have a deal")."""
    if v is None or lemma_of(v) != "have" or n.dep_ != "dobj" or n.head.i != v.i:
        return False
    if any(c.dep_ == "aux" and (c.lower_ in _MODALS or c.lower_ == "to") for c in v.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children)


#: Words that say an agreement has not been made ("a proposed deal between X and Y").
UNREALISED = words("unrealised_deal_words")
_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should"})


def _unmade(v) -> bool:
    """A clause that says its agreement is not made or did not last: "a deal ... would create",
    "the deal collapsed", "hopes to agree a deal"."""
    return v is not None and (lemma_of(v) in UNREALISED or v.lower_ in UNREALISED or not_yet(v)
                              or any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL | {"to"} for c in v.children))


def _made_between(n, v) -> bool:
    """"a co-operation deal between X and Y", "under an agreement between X and Y": an agreement
    that names both its parties is theirs, when it stands as a fact (not "a proposed deal", "a
    deal between X and Y would create ...", "talks on a deal between X and Y")."""
    if not any(c.dep_ == "prep" and c.lower_ == "between" for c in n.children):
        return False
    if any(c.lower_ in UNREALISED or c.lemma_.lower() in UNREALISED for c in n.children):
        return False
    if n.dep_ == "pobj" and n.head.head.pos_ not in ("VERB", "AUX"):
        return False  # ("talks on a deal between X and Y": a deal talked about)
    return not _unmade(v)


#: Nouns of buying a body: "X's takeover deal with Y" is a purchase, not a partnership.
_PURCHASE_WORDS = words("acquisition_nouns") | {"merger", "sale"}


def _holders_deal(n, v) -> bool:
    """"X's deal with Y", "its agreement with Y": an agreement its holder has with another party,
    when it stands as a fact (not "X's proposed deal with Y", "X's takeover deal with Y", "talks on
    X's deal with Y")."""
    if not any(c.dep_ == "poss" for c in n.children) or not any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children):
        return False
    if any(c.lower_ in UNREALISED or c.lemma_.lower() in UNREALISED or c.lower_ in _PURCHASE_WORDS for c in n.children):
        return False
    if n.dep_ == "pobj" and n.head.head.pos_ not in ("VERB", "AUX"):
        return False
    return not _unmade(v)


def _the_two(ctx: RelationContext, para: Paragraph, v) -> list[int]:
    """The two bodies a subject "the two forces" or "both companies" means when they work together
    ("closely", "together"): the last two bodies named before it, in its sentence or the one before
    (none if the subject says nothing of two)."""
    if lemma_of(v) == "work" and not any(c.dep_ == "advmod" and c.lower_ in ("together", "closely", "jointly") for c in v.children):
        return []  # ("the two banks are working on a settlement": each for itself)
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or not any(c.lower_ in ("two", "both") for c in subj.children):
        return []
    doc = para.view
    first = doc[subj.sent.start - 1].sent.start if subj.sent.start > 0 else subj.sent.start
    out: list[int] = []
    for k in range(subj.i - 1, first - 1, -1):
        j = ctx.table.at(para.index, k)
        if j is None or ctx.table.items[j].kind != "name" or ctx.table.items[j].type != "Organization":
            continue
        r = ctx.table.resolved(j)
        if r is not None and r not in out and ctx.table.items[j].tok[1] - 1 == k:
            out.append(r)
        if len(out) == 2:
            break
    return out[::-1]


def _deal_to_come(v) -> bool:
    """A verb of making an agreement that says it is still to be made: under a modal ("would sign
    a deal") or an infinitive under anything but another verb of agreeing ("for X to conclude a
    deal", "hopes to sign a deal"; "X agreed to sign a deal with Y" is agreed)."""
    if v is None or lemma_of(v) not in AGREE_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in v.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and lemma_of(v.head) not in AGREE_VERBS


def _ended(v) -> bool:
    """"X stopped working with Y", "X pulled out of the deal": a verb of ending above the verb."""
    return v.dep_ in ("xcomp", "pcomp") and lemma_of(v.head) in END_VERBS


def _pairs(ctx: RelationContext, para: Paragraph, subjects: list[int], partners: list[int], ev) -> None:
    # bodies partner bodies: a person who signs a deal with a body joins or serves it ("X signed
    # a three-year deal with Y" of a player, a director, a star)
    items = ctx.table.items
    for s in subjects:
        for o in partners:
            if items[s].acronym_of == o or items[o].acronym_of == s:
                continue  # "the Harbour Association of Music Dealers (HAMD)" is one body
            if s != o and items[s].type == "Organization" and items[o].type == "Organization":
                ctx.add(s, "partnersWith", o, ev)


@relation_rule("partnersWith", "noun")
def partnership_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"X and Y committed to a partnership with Z", "a collaboration between X and Y", "X and Y
    signed a deal", "X signed an agreement with Y", "X has a deal with Y", "X's joint venture with Y"."""
    for n in tokens(para):
        if n.pos_ not in ("NOUN", "PROPN"):
            continue
        low = n.lower_
        partner_noun = low in PARTNER_NOUNS or n.lemma_.lower() in PARTNER_NOUNS
        # "a joint venture between X and Y" is a partnership whoever made it
        partner_noun = partner_noun or (n.lemma_.lower() == "venture" and any(c.lower_ == "joint" for c in n.children))
        agreement = low in AGREEMENT_NOUNS or n.lemma_.lower() in AGREEMENT_NOUNS
        if not (partner_noun or agreement) or n.pos_ not in ("NOUN", "PROPN"):
            continue
        v = _verb_above(n)
        if v is not None and (negated(v) or _ended(v) or lemma_of(v) in END_VERBS):
            continue
        if n.dep_ == "pobj" and n.head.head.pos_ == "NOUN" and n.head.head.lemma_.lower() in END_VERBS | UNREALISED:
            continue  # "negotiated an end to its alliance with Y", "the collapse of the deal"
        if agreement and not partner_noun and (v is None or lemma_of(v) not in AGREE_VERBS) and not _has_deal(n, v) \
                and not _made_between(n, v) and not _holders_deal(n, v):
            continue  # "a deal" is a partnership only when the parties make it or have it
        if agreement and not partner_noun and _deal_to_come(v):
            continue  # "clearing the way for it to conclude a deal with Y", "hopes to sign a deal with Y"
        rule = "partnersWith:noun" if partner_noun else "partnersWith:agreement"
        ev = ctx.evidence(para, n.sent, rule, 0.75, n)
        # "between X and Y": every pair, in the order the text gives them
        between = [r for c in n.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"
                   for r in ctx.phrase_refs(para, g)]
        if len(between) >= 2:
            for i, a in enumerate(between):
                _pairs(ctx, para, [a], between[i + 1:], ev)
            continue
        members = _members(ctx, para, n) if partner_noun else []
        if len(members) >= 2:
            for i, a in enumerate(members):
                _pairs(ctx, para, [a], members[i + 1:], ev)
            continue
        withs = [c for c in n.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")]
        withs += [c2 for c in withs for c2 in c.children if c2.dep_ == "conj" and c2.lower_ == "with"]  # "with Y and with Z"
        partners = [r for c in withs for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
        if not partners and v is not None and n.dep_ == "dobj" and n.head.i == v.i and lemma_of(v) in AGREE_VERBS:
            # "X signed a deal with Y": the parser hangs "with Y" on the verb
            partners = [r for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
                        for r in ctx.phrase_refs(para, g)]
        subjects = ctx.subjects(para, v) if v is not None and n.dep_ != "nsubj" else []
        holders = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
        if holders and (partner_noun or _holders_deal(n, v)):
            subjects = holders  # "X's partnership with Y", "its joint venture with Y": the holder is the party
        if partners:
            _pairs(ctx, para, subjects, partners, ev)
        elif len(subjects) >= 2 and v is not None and lemma_of(v) in AGREE_VERBS:
            # "X and Y signed a partnership": the conjoined subjects partner each other
            for i, a in enumerate(subjects):
                _pairs(ctx, para, [a], subjects[i + 1:], ev)
        elif v is not None and lemma_of(v) in AGREE_VERBS and n.dep_ == "dobj" and n.head.i == v.i and not _unmade(v):
            pair = _the_two(ctx, para, v)  # "The two firms signed a memorandum of understanding"
            _pairs(ctx, para, pair[:1], pair[1:], ev)


def _members(ctx: RelationContext, para: Paragraph, n) -> list[int]:
    """The members a noun of working together names: "an alliance of X, Y and Z", "a consortium
    including X and Y" (they work together); none for one not made ("a proposed alliance of ...")."""
    if any(c.lower_ in UNREALISED or c.lemma_.lower() in UNREALISED for c in n.children):
        return []
    return [r for c in n.children if c.dep_ in ("prep", "acl") and c.lower_ in ("of", "including")
            for g in c.children if g.dep_ in ("pobj", "dobj") for r in ctx.phrase_refs(para, g)]


@relation_rule("partnersWith", "partner-title")
def partner_titles(ctx: RelationContext, para: Paragraph) -> None:
    """"partner" before a name, as a title: "X's partner Y", "its partners, Y and Z", "X agreed a
    deal with partner Y" (the subject of the clause)."""
    doc = para.view
    for n in tokens(para):
        if n.lemma_.lower() != "partner" or n.pos_ != "NOUN":
            continue
        named = [r for c in n.children if c.dep_ == "appos" for r in ctx.phrase_refs(para, c)]
        j = ctx.table.at(para.index, n.i + 1) if n.i + 1 < len(doc) else None
        if j is not None and ctx.table.items[j].kind == "name" and ctx.table.items[j].tok[0] == n.i + 1:
            named.append(ctx.table.resolved(j))
        if not named and n.dep_ == "compound":  # "partner Y" read as a compound of the name
            named = [r for r in [ctx.ref(para, n.head)] if r is not None]
        named = [r for r in named if r is not None and ctx.table.items[r].type == "Organization"]
        if not named:
            continue
        holders = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
        head = n.head if n.dep_ == "compound" else n
        if not holders and head.dep_ == "pobj" and head.head.lower_ == "with":
            v = _verb_above(head.head)  # "X agreed a package with partner Y"
            if v is None or negated(v):
                continue
            holders = ctx.subjects(para, v)
        ev = ctx.evidence(para, n.sent, "partnersWith:partner-title", 0.75, n)
        _pairs(ctx, para, [h for h in holders if h not in named], named, ev)


@relation_rule("partnersWith", "partners-are")
def partners_are(ctx: RelationContext, para: Paragraph) -> None:
    """"X and Y are partners", "X is a partner of Y", "X became Y's partner": "partner" said of
    the subject, with the other party its possessive, after "of"/"to"/"with", or the subject's
    conjunct."""
    for n in tokens(para):
        if n.lemma_.lower() != "partner" or n.pos_ != "NOUN" or n.dep_ != "attr":
            continue
        v = n.head
        if v.pos_ not in ("AUX", "VERB") or negated(v) or not_yet(v) or any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in v.children):
            continue
        subjects = ctx.subjects(para, v)
        others = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
        others += [r for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "with") for g in c.children if g.dep_ == "pobj"
                   for r in ctx.phrase_refs(para, g)]
        ev = ctx.evidence(para, n.sent, "partnersWith:partners-are", 0.75, n)
        if others:
            _pairs(ctx, para, subjects, [o for o in others if o not in subjects], ev)
        elif n.tag_ == "NNS":
            for i, a in enumerate(subjects):
                _pairs(ctx, para, [a], subjects[i + 1:], ev)


#: Verbs of making an agreement that name its parties after "between" ("a deal signed between X and
#: Y", "the accord reached between X and Y"); not "announce" or "launch", which say nothing of parties.
_MADE_BETWEEN_VERBS = frozenset({"sign", "conclude", "reach", "strike", "seal", "agree", "forge"}) & AGREE_VERBS


@relation_rule("partnersWith", "made-between")
def agreed_between(ctx: RelationContext, para: Paragraph) -> None:
    """"a deal similar to that concluded between X and Y", "the agreement was signed between X and
    Y": an agreement made between two bodies makes them partners (when made: not "would be signed",
    "is yet to be reached")."""
    for v in verbs(para):
        if lemma_of(v) not in _MADE_BETWEEN_VERBS or v.tag_ not in ("VBN", "VBD") or negated(v) or _unmade(v):
            continue
        between = [r for c in v.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"
                   for r in ctx.phrase_refs(para, g)]
        if len(between) < 2:
            continue
        ev = ctx.evidence(para, v.sent, "partnersWith:made-between", 0.7, v)
        for i, a in enumerate(between):
            _pairs(ctx, para, [a], between[i + 1:], ev)


#: Adverbs that say two or more parties did one thing as one ("published jointly by X and Y").
_JOINT_ADVERBS = frozenset({"jointly"})


@relation_rule("partnersWith", "jointly")
def done_jointly(ctx: RelationContext, para: Paragraph) -> None:
    """"the leaflet, published jointly by X and Y", "X and Y jointly run Z", "X and Y agreed to
    develop it together": bodies that do one thing jointly work together (when done or agreed: not
    "could jointly bid", "did not jointly ...")."""
    for v in verbs(para):
        joint = any(c.dep_ == "advmod" and c.lower_ in _JOINT_ADVERBS for c in v.children)
        # "X and Y agreed to develop an engine together": "together" under a verb of agreeing (not
        # "X and Y together account for 60% of the market", which only adds them up)
        agreed = (v.dep_ == "xcomp" and lemma_of(v.head) == "agree" and not negated(v.head) and not not_yet(v.head)
                  and any(c.dep_ == "advmod" and c.lower_ == "together" for c in v.children))
        if not (joint or agreed):
            continue
        if negated(v) or not_yet(v) or _ended(v) or any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in v.children):
            continue
        if lemma_of(v) in PARTNER_VERBS:
            continue  # ("X and Y worked jointly": the verb rule reads it)
        passive = any(c.dep_ == "auxpass" for c in v.children) or (v.tag_ == "VBN" and v.dep_ in ("acl", "relcl", "advcl"))
        doers = ctx.agents(para, v) if passive else ctx.subjects(para, v)
        ev = ctx.evidence(para, v.sent, "partnersWith:jointly", 0.7, v)
        for i, a in enumerate(doers):
            _pairs(ctx, para, [a], doers[i + 1:], ev)
