"""owns: X owns or operates Y ("Y, which is owned by X", "the X-owned site", "X's platforms, A and B")."""

from __future__ import annotations

from ..nlp import Paragraph, definite, indefinite
from .context import (
    OWNED_NOUNS,
    agent_objects,
    RelationContext,
    lemma_of,
    negated,
    tokens,
    verbs,
)
from .lexicon import ORG_DESIGNATORS, PART_NOUNS, UNIT_NOUNS, words
from .registry import relation_rule

OWN_VERBS = words("own_verbs")
#: Verbs of acquiring ("buy", "acquire"): the buyer owns only once the deal is done.
ACQUIRE_VERBS = words("acquire_verbs")
#: Nouns of an acquisition ("takeover", "purchase"): "X's takeover of Y".
ACQUISITION_NOUNS = words("acquisition_nouns")
#: Nouns of a share in a body ("stake", "shareholding"): "X bought a 29% stake in Y".
STAKE_NOUNS = words("stake_nouns")
#: Words that say a deal has not happened ("proposed takeover", "planned purchase").
UNREALISED = words("unrealised_deal_words")
#: Nouns of a part written as a title between two names: "Northwind subsidiary Quillmail".
PART_TITLES = words("part_titles")
#: Last words of names of buildings and venues ("... Stadium", "... Shopping Centre"): places, not owned bodies.
VENUES = words("venue_designators")
#: The first person plural: a speaker's "we" may be the body they speak for ("I own Y" is the speaker's own).
_WE = frozenset({"we", "us", "our", "ours"})
_MODALS = frozenset({"will", "would", "could", "should", "shall", "can", "may", "might", "must", "'ll", "’ll"})


def _unrealised(v) -> bool:
    """An acquisition that has not happened: "will buy", "plans to buy", "was going to purchase",
    "agreed to acquire", "a proposed takeover", or negated or hedged."""
    if negated(v):
        return True
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children):
        return True
    if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") and v.head.pos_ in ("VERB", "AUX") and _unrealised(v.head):
        return True  # "wants Y to buy back its shares rather than buy Z": a verb joined to a wish is one too
    if v.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return True
    if v.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ in UNREALISED for c in v.children):
            return True
        head, direct = v.head, True
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            if head.pos_ in ("NOUN", "PROPN"):
                if head.lower_ in UNREALISED or head.lemma_.lower() in UNREALISED:
                    return True  # "X's plans for the takeover of Y"
                direct = False  # ("a deal over X's purchase of Y": what is said of the deal is not said of the purchase)
            head = head.head
        if head.pos_ in ("VERB", "AUX") and (lemma_of(head) in UNREALISED or _unrealised_verb(head) or direct and _unrealised(head)):
            return True  # (and "X is due to complete its takeover of Y": a deal still to be done)
    return False


def _unrealised_verb(v) -> bool:
    return negated(v) or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children)


def _objects_of(ctx: RelationContext, para: Paragraph, tok) -> list[int]:
    return ctx.phrase_refs(para, tok)


def _prep_objects(ctx: RelationContext, para: Paragraph, tok, preps: tuple[str, ...]) -> list[int]:
    return [r for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"
            for r in ctx.phrase_refs(para, g)]


@relation_rule("owns", "verb")
def owning_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"Y, which is owned by X", "X owns Y", "X runs Y"."""
    for v in verbs(para):
        if negated(v):
            continue
        lemma = lemma_of(v)
        if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in v.children):
            # "X took over Y", "Y was taken over by X": an acquisition, when done and of a body named
            # ("it takes over the upkeep of the cables from Y" hands over a task; "takes over Y next
            # year" has not happened; "took over the club" may be a manager's job)
            named = any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" for c in v.children)
            # ("Y, which was taken over by X": the relative pronoun stands for the name it follows)
            named = named or (v.dep_ == "relcl" and v.head.pos_ == "PROPN" and any(c.dep_ == "nsubjpass" for c in v.children))
            if v.tag_ not in ("VBD", "VBN") or not named:
                continue
            lemma = "take over"
        if lemma in _SNAP_VERBS and any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
            lemma = "buy"  # "Y was snapped up by X", "X snapped up Y": bought
        # owns: "Y, which is owned by X", "X owns Y"
        if (lemma in OWN_VERBS or lemma in ACQUIRE_VERBS) and lemma != "run" or (lemma == "run" and any(c.dep_ in ("dobj", "agent") for c in v.children)):
            if _unrealised_verb(v) or _unrealised_verb(v.head) and v.dep_ in ("xcomp", "csubj", "ccomp"):
                continue  # "could own", "can start running"
            if v.tag_ == "VBG" and not any(c.dep_ == "aux" for c in v.children) and not _trailing_participle(v):
                continue  # "Nvidia controlling Arm could ...": a gerund names a possibility
            passive = any(c.dep_ == "auxpass" for c in v.children)
            if passive:
                owners = [r for g in agent_objects(v) for r in _party_refs(ctx, para, g)]
                owned = ctx.subjects(para, v) if v.dep_ != "relcl" else ctx.phrase_refs(para, v.head)
                if v.dep_ == "relcl":
                    owned = ctx.phrase_refs(para, v.head)
                else:
                    owned = [r for c in v.children if c.dep_ == "nsubjpass" and not _unnamed_part(ctx, para, c) for r in _owned_refs(ctx, para, c)]
            elif v.tag_ == "VBN" and v.dep_ == "acl" and any(c.dep_ == "agent" for c in v.children):
                # "Westmoor Mills, owned by Harbour Holdings, ..."
                owners = ctx.agents(para, v)
                owned = ctx.phrase_refs(para, v.head)
                if not owned and v.head.dep_ == "appos":  # "Y, the operating system owned by X"
                    owned = ctx.phrase_refs(para, v.head.head)
                if not owned and v.head.dep_ == "attr" and v.head.pos_ == "NOUN" and lemma_of(v.head.head) == "be":
                    # "Y is majority owned by X": the parser may make the adverbial noun the
                    # copula's complement and hang the participle on it
                    owned = ctx.subjects(para, v.head.head)
            elif (v.tag_ == "VBN" and v.dep_ == "advcl" and any(c.dep_ == "agent" for c in v.children) and v.i > 1
                  and para.doc[v.i - 1].text == "," and para.doc[v.i - 2].pos_ == "PROPN"):
                # "Columbia was part of Y, bought by X last year": the parser may hang the participle
                # on the verb; it describes the name right before its comma
                owners = ctx.agents(para, v)
                owned = [r for r in [ctx.ref(para, para.doc[v.i - 2])] if r is not None]
            elif v.tag_ == "VBN" and v.dep_ == "acomp" and any(c.dep_ == "agent" for c in v.children):
                # "Y, which is majority-owned by X": the parser reads the participle as an adjective
                owners = ctx.agents(para, v)
                owned = ctx.phrase_refs(para, v.head.head) if v.head.dep_ == "relcl" else ctx.subjects(para, v.head)
            elif v.dep_ == "amod" or (v.tag_ == "VBN" and v.dep_ in ("acl",)):
                continue
            else:
                owners = ctx.subjects(para, v)
                owners += [r for r in _joined_antecedents(ctx, para, v) if r not in owners]
                if any(c.dep_ == "nsubj" and _indefinite(c) for c in v.children):
                    owners = []  # "A little-known company has bought Y": a body not yet named, not the last one named
                for c in v.children:
                    if c.dep_ == "nsubj" and c.lower_ in _WE:  # "we already own Y", said by a firm's executive
                        owners = [b for b in (_body_spoken_for(ctx, r) for r in owners) if b is not None]
                owned = [r for c in v.children if c.dep_ == "dobj" and not _unnamed_part(ctx, para, c)
                         for r in _owned_refs(ctx, para, c)]
            if lemma in ACQUIRE_VERBS:
                # "X was going to purchase Y from Z": Z owns Y, and X only once the deal is done
                for seller in _prep_objects(ctx, para, v, ("from",)) + [r for o in v.children if o.dep_ == "dobj" for r in _prep_objects(ctx, para, o, ("from",))]:
                    for p in owned:
                        ctx.add(seller, "owns", p, ctx.evidence(para, v.sent, f"owns:bought-from:{lemma}", 0.75, v))
                if _unrealised(v) or v.tag_ == "VBG":
                    continue  # (and "X is buying Y": a purchase under way is no ownership yet)
            if lemma in ("run", "operate", "control") and not (lemma == "control" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children)):
                # a person who runs a club manages it (worksFor); a body that runs a service owns it
                # ("Y, controlled by the billionaire X": a body controlled by a person is held by them)
                owners = [o for o in owners if ctx.table.items[o].type == "Organization"]
            if not owned and not any(c.dep_ == "nsubj" and c.lower_ == "they" and ctx.table.at(para.index, c.i) is None for c in v.children):
                # "two-thirds of Y was bought by X", "X bought half of Y": a part of a body (a guessed
                # "they" may be people: "they own 28.9% of the club")
                subj_or_obj = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
                owned = [r for c in subj_or_obj for r in _fraction_of(ctx, para, c)]
            owned = [p for p in owned if ctx.table.items[p].kind == "name"]  # "controls two other businesses" names nothing
            for o in owners:
                for p in owned:
                    ctx.add(o, "owns", p, ctx.evidence(para, v.sent, f"owns:verb:{lemma}", 0.85, v))


def _joined_antecedents(ctx: RelationContext, para: Paragraph, v) -> list[int]:
    """"A and B, who own 28.9% of Y": a relative clause set off by a comma after names joined by
    "and" says what all of them do (the relative pronoun alone is resolved to the nearest)."""
    if v.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in v.children):
        return []
    head = v.head
    if head.pos_ != "PROPN" or head.i + 1 >= v.i or not any(t.text == "," for t in para.doc[head.i:v.i]):
        return []
    first = head.head if head.dep_ == "conj" and head.head.pos_ == "PROPN" else head
    joined = [first] + [c for c in first.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if len(joined) < 2:
        return []
    return [r for t in joined for r in [ctx.ref(para, t)] if r is not None and ctx.table.items[r].kind == "name"]


#: Verbs that with "up" say buying something quickly ("X snapped up Y", "Y was snapped up by X").
_SNAP_VERBS = frozenset({"snap"})


def _trailing_participle(v) -> bool:
    """"X is one of the largest producers, owning the Y and Z brands": a participle after the verb
    of a plain statement, set off by a comma, says what its subject does (not "X owning Y could ...")."""
    head = v.head
    return (v.dep_ == "advcl" and v.i > head.i and v.i > 0 and v.doc[v.i - 1].text == ","
            and head.tag_ in ("VBZ", "VBD", "VBP") and not _unrealised_verb(head))


#: Words that put a holding in the past: "its former owner X", "Y, a former unit of X".
_FORMER = frozenset({"former", "ex", "previous", "erstwhile", "one-time", "onetime"})


def _former(n) -> bool:
    """"its former owner", "a former unit of X", "the ex-parent", "once the owner of Y": a holding
    that has ended."""
    if any(c.dep_ in ("amod", "compound", "advmod") and (c.lower_ in _FORMER or c.lower_ == "once" and c.i < n.i) for c in n.children):
        return True
    before = n.left_edge.i - 1  # ("X, once the parent of Y": the parser may hang "once" on X)
    return before >= 0 and n.doc[before].lower_ == "once" and n.doc[before].dep_ != "mark"


def _given_up(n) -> bool:
    """"X has sold its Y label (to Z)", "the state sold X's unit Y to Z": what a possessive names
    as X's was X's before the sale, not now (a sale planned or under way leaves it X's; "X said its
    unit Y was sold" still says whose unit it is)."""
    v = n.head
    return n.dep_ == "dobj" and lemma_of(v) in _SELL_VERBS | _DIVEST_VERBS and not _unrealised(v) and v.tag_ != "VBG"


def _unnamed_part(ctx: RelationContext, para: Paragraph, tok) -> bool:
    """"The unit was acquired by X", "X bought the division": a part of a body named by a common
    noun alone is that part, not the last body named (which a description would be resolved to)."""
    if not (tok.lower_ in PART_NOUNS or tok.lower_ in UNIT_NOUNS) or not tok.text.islower():
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return False  # ("bought the main production unit of Y": a part said whose, which the text may name)
    return not _part_names(ctx, para, tok)  # ("the Kestrel brand", "its unit, Deepwater Labs": named)


def _indefinite(tok) -> bool:
    """A common noun with "a"/"an" ("a little-known Russian company"): it brings in a body the text
    has not named (yet), so it refers back to none named before it."""
    return tok.pos_ == "NOUN" and indefinite(tok)


def _owned_refs(ctx: RelationContext, para: Paragraph, tok) -> list[int]:
    """What a verb's object or passive subject names as owned: a part of a body said whose ("the
    main production unit of Y", "its unit") only by its own name ("its unit, Deepwater Labs"), never by
    what a description would be resolved to; a noun of holdings by the names before it ("owns the
    Kestrel and Brightway brands")."""
    if tok.pos_ == "NOUN" and tok.text.islower() and (tok.lower_ in PART_NOUNS or tok.lower_ in UNIT_NOUNS):
        return [r for r in _part_names(ctx, para, tok) if ctx.table.items[r].kind == "name"]
    if _indefinite(tok) and ctx.table.at(para.index, tok.i) is not None and ctx.table.items[ctx.table.at(para.index, tok.i)].kind == "description":
        return []  # "X bought a rival firm": a body not named
    return ctx.phrase_refs(para, tok) or _named_holdings(ctx, para, tok)


def _named_holdings(ctx: RelationContext, para: Paragraph, tok) -> list[int]:
    """"owns the Kestrel and Brightway brands", "runs its Deepwater unit": the names a noun of
    holdings (brands, labels, units) is given by the names before it."""
    if tok.pos_ != "NOUN" or not (tok.lower_ in OWNED_NOUNS or tok.lower_ in PART_NOUNS or tok.lower_ in UNIT_NOUNS):
        return []
    return [r for r in _part_names(ctx, para, tok) if ctx.table.items[r].kind == "name"]


def _part_names(ctx: RelationContext, para: Paragraph, tok) -> list[int]:
    """The names a part noun's phrase gives the part: "the Kestrel brand", "its Deepwater Life
    insurance arm", "its unit, Deepwater Labs" (the name modifies the noun or stands beside it)."""
    out = []
    todo = [tok]
    while todo:
        t = todo.pop()
        j = ctx.table.at(para.index, t.i)
        if j is not None and ctx.table.items[j].kind == "name":
            out.append(ctx.table.resolved(j))
            todo += [c for c in t.children if c.dep_ == "conj" and c.i < tok.i]  # "the Kestrel and Brightway brands"
        elif t.i == tok.i or t.pos_ == "NOUN":  # ("its Deepwater Life insurance arm": through the noun modifiers)
            todo += [c for c in t.children if c.dep_ in ("compound", "appos", "nmod")]
    return out


#: Words for a part of a whole: "two-thirds of Y", "half of Y", "a majority of Y".
_FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "majority", "part",
                        "all", "rest", "remainder"})  # ("bought all of Y", "bought the rest of Y": the whole, or what was left)


def _fraction_of(ctx: RelationContext, para: Paragraph, tok) -> list[int]:
    """The body a fraction or percentage names a part of ("two-thirds of Y", "20% of Y's shares")."""
    if tok.lower_ not in _FRACTIONS and tok.lower_ not in ("%", "percent", "cent", "pc"):
        return []
    out: list[int] = []
    for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
        if g.lower_ in STAKE_NOUNS or g.lemma_.lower() in STAKE_NOUNS:  # "6.7% of Y's shares", "82% of the shares in Y"
            out += [r for c in g.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
            out += _prep_objects(ctx, para, g, ("in", "of"))
        else:
            out += ctx.phrase_refs(para, g)
    return [r for r in out if ctx.table.items[r].type in ("Organization", "Product")]


def _owner_refs(ctx: RelationContext, para: Paragraph, poss, owned: set[int], host) -> list[int]:
    """The owner a possessive names. "Y, the company's mobile business" and "Y, its unit": a
    description or pronoun inside an apposition to Y never means Y itself, but the organisation
    named before Y."""
    refs = ctx.phrase_refs(para, poss)
    j = ctx.table.at(para.index, poss.i)
    if (not refs or set(refs) <= owned) and (j is None or ctx.table.items[j].kind in ("description", "pronoun")) and host is not None:
        start = para.offset + host.left_edge.idx
        best = None
        for i, m in enumerate(ctx.table.items):
            if m.type == "Organization" and m.kind == "name" and m.start < start and m.para >= para.index - 3:
                r = ctx.table.resolved(i)
                if r is not None and r not in owned and (best is None or m.start > best[0]):
                    best = (m.start, r)
        return [best[1]] if best else []
    return [r for r in refs if r not in owned]


#: Verbs of handing a body over for a price: "X sold Y to Z" (Z owns Y once the sale is done).
_SELL_VERBS = frozenset({"sell", "transfer"})
#: Verbs of giving up a holding: "X offloaded its stake in Y" says X owned it, not that it does.
_DIVEST_VERBS = frozenset({"divest", "offload", "dispose", "dump", "spin"})  # (a stake "cut" or "reduced" is still held)


@relation_rule("owns", "sold-to")
def sold_to(ctx: RelationContext, para: Paragraph) -> None:
    """"X sold Y to Z", "Y was sold to Z (by X)", "X has sold its stake in Y to Z": the buyer owns
    what was sold, when the sale is done (not "plans to sell", "would sell", "is selling")."""
    for v in verbs(para):
        if lemma_of(v) not in _SELL_VERBS or _unrealised(v) or v.tag_ == "VBG" or v.dep_ == "amod":
            continue
        # ("was sold to Z": the parser may call "to" a dative)
        buyers = [r for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
                  for r in _party_refs(ctx, para, g) if ctx.table.items[r].type in ("Organization", "Person")]
        if not buyers:
            continue
        passive = any(c.dep_ == "auxpass" for c in v.children) or (
            # "Y had been seized and sold to Z": a participle joined to a passive verb is passive too
            v.dep_ == "conj" and v.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.head.children)
            and not any(c.dep_ in ("nsubj", "dobj") for c in v.children))
        things = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if passive and v.dep_ in ("relcl", "acl"):
            things.append(v.head)
        if passive and not things and v.dep_ == "conj":
            # "Y filed for bankruptcy and was sold to Z": the first verb's subject is what was sold
            things = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if v.dep_ == "conj" and any(t.lower_ == "it" for t in things):
            # "X founded the Y label and sold it to Z": "it" is what the verb joined to it took
            # (only a name: "founded the label and sold it" names nothing, whatever "it" was resolved to)
            firsts = [c for c in v.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
            if firsts:
                things = [t for t in things if t.lower_ != "it"] + [
                    c for c in firsts if (j := ctx.table.at(para.index, c.i)) is not None and ctx.table.items[j].kind == "name"]
        sold = []
        for t in things:
            if t.lower_ in STAKE_NOUNS or t.lemma_.lower() in STAKE_NOUNS:
                sold += _prep_objects(ctx, para, t, ("in",))  # "sold its stake in Y to Z"
                continue
            if t.pos_ == "NOUN" and (t.lower_ in UNIT_NOUNS or t.lower_ in PART_NOUNS or t.lemma_.lower() in PART_NOUNS):
                # "Y sold its printer division to Z": a part of Y changed hands, not Y; when the part
                # is named ("sold its Deepwater Life insurance arm to Z"), Z owns that name
                sold += _part_names(ctx, para, t)
                continue
            sold += ctx.phrase_refs(para, t) or _fraction_of(ctx, para, t)
        sold = [r for r in sold if ctx.table.items[r].kind == "name" and ctx.table.items[r].type in ("Organization", "Product")]
        for b in buyers:
            for p in sold:
                ctx.add(b, "owns", p, ctx.evidence(para, v.sent, "owns:sold-to", 0.75, v))  # add refuses b == p


def _called(ctx: RelationContext, para: Paragraph, tok) -> list[int]:
    """"a previously unknown firm called Y", "a company named Y": the name a noun is given by a
    participle of naming."""
    return [r for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in ("call", "name")
            for g in c.children if g.dep_ in ("oprd", "attr", "dobj", "xcomp") for r in [ctx.ref(para, g)]
            if r is not None and ctx.table.items[r].kind == "name"]


def _party_refs(ctx: RelationContext, para: Paragraph, tok) -> list[int]:
    """Who a buyer's or owner's noun phrase names: "a firm called Y" names Y, "a little-known firm" no
    one yet (not the body a description would be resolved to), else what the phrase names."""
    called = _called(ctx, para, tok)
    if called or _indefinite(tok):
        return called
    return ctx.phrase_refs(para, tok)


#: Verbs of making goods: "X makes the Y brand", "X, which makes Y brand products".
_MAKE_VERBS = frozenset({"make", "produce", "manufacture"})
#: Nouns of a brand ("the Y brand", "Y-brand products").
_BRAND_WORDS = frozenset({"brand", "brands", "label", "labels", "marque", "marques"})


@relation_rule("owns", "made-brand")
def made_brand(ctx: RelationContext, para: Paragraph) -> None:
    """"X makes the famous Y brand of condom", "X, which makes Y brand products": the maker of a brand
    owns it (a maker of goods, not a seller: a shop sells others' brands)."""
    for v in verbs(para):
        if lemma_of(v) not in _MAKE_VERBS or _unrealised_verb(v) or v.tag_ == "VBG":
            continue
        names: list[int] = []
        for t in (c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            if t.lower_ in _BRAND_WORDS or any(c.dep_ == "compound" and c.lower_ in _BRAND_WORDS for c in t.children):
                names += [r for r in _part_names(ctx, para, t) if ctx.table.items[r].kind == "name"]
        if not names:
            continue
        owners = [o for o in ctx.subjects(para, v) if ctx.table.items[o].type == "Organization"]
        for o in owners:
            for p in names:
                ctx.add(o, "owns", p, ctx.evidence(para, v.sent, "owns:made-brand", 0.75, v))


#: Verbs of making goods in the passive: "the 787, made by X", "the A640 is built by X".
_MADE_BY_VERBS = frozenset({"make", "build", "produce", "manufacture", "develop"})  # (not "design": a design house owns nothing)


@relation_rule("owns", "made-by")
def made_by(ctx: RelationContext, para: Paragraph) -> None:
    """"the 818, made by X", "the 646 is built by X": the maker of a named product owns it."""
    for v in verbs(para):
        if lemma_of(v) not in _MADE_BY_VERBS or v.tag_ != "VBN" or _unrealised_verb(v) or negated(v):
            continue
        if v.dep_ == "acl":
            made = [v.head]
        else:
            made = [c for c in v.children if c.dep_ == "nsubjpass"]
        made += [c for t in made for c in t.children if c.dep_ in ("compound", "nummod", "nmod") and c.i < t.i]  # "the 818 jet, made by X"
        products = [r for t in made for r in ctx.phrase_refs(para, t)
                    if ctx.table.items[r].kind == "name" and ctx.table.items[r].type == "Product"]
        for o in (o for o in ctx.agents(para, v) if ctx.table.items[o].type == "Organization"):
            for p in products:
                ctx.add(o, "owns", p, ctx.evidence(para, v.sent, "owns:made-by", 0.75, v))


#: Verbs of a body changing hands: "Y passed into the hands of X", "Y fell into the hands of X".
_PASS_VERBS = frozenset({"pass", "fall", "come", "go"})


@relation_rule("owns", "into-hands")
def into_hands(ctx: RelationContext, para: Paragraph) -> None:
    """"Y passed into the hands of X", "Y came into the hands of X": X has come to own Y (done, not
    "may pass", "is to fall")."""
    for v in verbs(para):
        if lemma_of(v) not in _PASS_VERBS or _unrealised(v) or v.tag_ == "VBG":
            continue
        hands = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children
                 if g.dep_ == "pobj" and g.lower_ == "hands"]
        if not hands:
            continue
        owners = [r for h in hands for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" for r in _party_refs(ctx, para, g)]
        owned = [r for c in v.children if c.dep_ == "nsubj" for r in ctx.phrase_refs(para, c) if ctx.table.items[r].kind == "name"]
        for o in owners:
            for p in owned:
                ctx.add(o, "owns", p, ctx.evidence(para, v.sent, "owns:into-hands", 0.75, v))


@relation_rule("owns", "possessive-apposition")
def possessed_list(ctx: RelationContext, para: Paragraph) -> None:
    """"X's platforms, A and B"."""
    doc = para.doc
    for n in tokens(para):
        low = n.lower_
        # owns: "Meta's platforms, Facebook and Instagram"
        if (low in OWNED_NOUNS or low in PART_NOUNS or _plural_part(n) or _possessed_kind(ctx, para, n)) and not _former(n) and not _given_up(n):
            poss = [c for c in n.children if c.dep_ == "poss"]
            if not poss and n.dep_ == "appos" and (n.head.lower_ in OWNED_NOUNS or n.head.lower_ in PART_NOUNS):
                poss = [c for c in n.head.children if c.dep_ == "poss"]  # "its joint venture, subsidiary Y"
            listed = n.i + 1 < len(doc) and doc[n.i + 1].text == ","
            if listed:  # "Meta's platforms, Facebook and Instagram"
                owned = [r for c in n.children if c.dep_ in ("appos", "conj") for r in ctx.phrase_refs(para, c)]
                # ("X's phone, the Y camera and Z's W jukebox": an item with a possessor of its own is not X's)
                owned = [r for r in owned if r not in _otherwise_owned(ctx, para, n)]
            else:  # "X, its unit Y, Z and W": the name of the unit, not the list it stands in
                owned = [r for c in n.children if c.dep_ == "appos" for r in [ctx.ref(para, c)] if r is not None]
                if _plural_part(n) or n.tag_ == "NNS":
                    # "X's European units Y and Z": a plural noun names every name joined to the first
                    owned += [r for c in n.children if c.dep_ == "appos" for g in c.children if g.dep_ == "conj"
                              for r in [ctx.ref(para, g)] if r is not None and r not in owned]
            if listed and not owned and poss:
                owned = _loose_apposition(ctx, para, n)
            host = n.head if n.dep_ == "appos" and n.head.pos_ == "PROPN" else None
            if host is not None and not owned:  # "Y, the company's mobile business, ..."
                owned += [r for r in [ctx.ref(para, host)] if r is not None]
            if not owned and poss and any(c.dep_ == "prep" and (c.lower_ in ("including", "like") or _such_as(c)) for c in n.children):
                owned = ctx.phrase_refs(para, n)  # "its brands including A and B", "its labels such as A"
            if not owned and poss and n.i + 1 < len(doc):  # "its subsidiary Y": the name right after
                j = ctx.table.at(para.index, n.i + 1)
                if j is not None and ctx.table.items[j].kind == "name" and ctx.table.items[j].tok[0] == n.i + 1:
                    owned.append(ctx.table.resolved(j))
            owners = [r for c in poss for r in _owner_refs(ctx, para, c, set(owned), host)]
            owners = [o for o in owners if ctx.table.items[o].type == "Organization"]
            owned = [r for r in owned if r is not None and ctx.table.items[r].kind == "name" and r not in owners]
            for o in owners:
                for p in owned:
                    ctx.add(o, "owns", p, ctx.evidence(para, n.sent, "owns:possessive-apposition", 0.8, n))


#: Words before a kind of body that make it another's than the possessor's: "X's rival firm, Y",
#: "X's sister company Y", "X's holding company, Y" (Y owns X), "X's partner firm", "the band's
#: record company", "the singer's management company" (a firm that serves its client).
_RELATIONAL_KINDS = frozenset({"rival", "sister", "partner", "parent", "holding", "controlling", "fellow", "competitor", "competing",
                               "client", "customer", "supplier", "target", "merger", "joint", "associate", "associated",
                               "record", "management", "advertising", "accountancy", "consultancy", "law", "security", "insurance"})
#: Heads of descriptions of a body that owns companies ("the group's flagship company, Y").
_HOLDING_BODIES = frozenset({"group", "company", "firm", "conglomerate", "corporation", "giant"})


def _possessed_kind(ctx: RelationContext, para: Paragraph, n) -> bool:
    """"the group's flagship company, Y", "the company's private equity firm, Y": a singular kind
    of body with a company's possessive is one of its companies (not a rival, sister, partner or
    parent one, nor a firm serving it). The possessor is a company: a name the article knows as one,
    or a description of one ("the group", "the company"); a place ("the world's biggest company"),
    a person or a band owns no company so."""
    if n.lower_ not in _KIND_NOUNS or n.tag_ != "NN":
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _RELATIONAL_KINDS for c in n.children):
        return False
    for c in n.children:
        j = ctx.table.at(para.index, c.i) if c.dep_ == "poss" else None
        if j is None:
            continue
        m = ctx.table.items[j]
        r = ctx.table.resolved(j)
        if r is None or ctx.table.items[r].type != "Organization":
            continue
        if m.kind == "description" and c.lower_ in _HOLDING_BODIES or ctx.table.items[r].category == "company":
            return True
    return False


#: Plural part nouns that name parts of a body ("X's units Y and Z"); "parts", "arms" and "sisters" name other things.
_PLURAL_PARTS = frozenset({"affiliates", "divisions", "imprints", "offshoots", "subsidiaries", "units"})


def _plural_part(n) -> bool:
    return n.lower_ in _PLURAL_PARTS and n.text.islower()


def _loose_apposition(ctx: RelationContext, para: Paragraph, n) -> list[int]:
    """"Nintendo's handheld device, Nintendo DS, says ...": a name set off by commas right after a
    possessed noun of holdings stands in apposition to it, though the parser may hang it elsewhere
    (not when the name opens a clause of its own: "after X's device, Y launched ...")."""
    doc = para.doc
    j = ctx.table.at(para.index, n.i + 2) if n.i + 2 < len(doc) else None
    if j is None or ctx.table.items[j].kind != "name" or ctx.table.items[j].tok[0] != n.i + 2:
        return []
    end = ctx.table.items[j].tok[1]
    if end >= len(doc) or doc[end].text not in (",", ".", ";"):
        return []
    if any(doc[k].dep_ in ("nsubj", "nsubjpass") for k in range(n.i + 2, end)):
        return []
    return [ctx.table.resolved(j)]


def _otherwise_owned(ctx: RelationContext, para: Paragraph, n) -> set[int]:
    """What the items listed after ``n`` that have a possessor of their own name ("Z's W jukebox" in
    "X's phone, the Y camera and Z's W jukebox"): the possessor and the item both."""
    out: set[int] = set()
    todo = [c for c in n.children if c.dep_ in ("appos", "conj")]
    while todo:
        c = todo.pop()
        todo += [g for g in c.children if g.dep_ in ("appos", "conj")]
        if any(g.dep_ == "poss" for g in c.children):
            own, stack = [], [c]  # (the item's own words, not the items listed after it)
            while stack:
                t = stack.pop()
                own.append(t)
                stack += [g for g in t.children if g.dep_ not in ("conj", "appos", "cc")]
            out |= {r for t in own for r in [ctx.ref(para, t)] if r is not None}
    return out


def _such_as(prep) -> bool:
    """"labels such as Y": the parser hangs "such" on the "as" of the examples."""
    return prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)


@relation_rule("owns", "possessive-product")
def possessed_product(ctx: RelationContext, para: Paragraph) -> None:
    """"the company's Strydo app", "its database": an organisation's named product."""
    for n in tokens(para):
        # owns: "the company's Strydo app", "its database": an organisation's named product
        j = ctx.table.at(para.index, n.i)
        if j is not None and ctx.table.items[j].kind == "name" and ctx.table.items[j].type == "Product":
            head = n
            while head.dep_ in ("compound", "amod", "nmod", "nummod") and head.head.i != head.i:
                head = head.head  # ("its new 777 plane": a model's number hangs on the noun)
            named = [head]
            if head.dep_ == "appos" and head.head.i != head.i and ctx.table.items[j].rule.startswith("model-number"):
                named.append(head.head)  # "its smallest airliner, the 717": a model and the noun it renames
            for c in (c for h in named for c in h.children):
                if c.dep_ == "poss":
                    owner = ctx.ref(para, c)
                    if owner is not None and ctx.table.items[owner].type == "Organization":
                        ctx.add(owner, "owns", ctx.table.resolved(j), ctx.evidence(para, n.sent, "owns:possessive-product", 0.75, n))


@relation_rule("owns", "hyphen-owned")
def hyphen_owned(ctx: RelationContext, para: Paragraph) -> None:
    """"the X-owned site"."""
    doc = para.doc
    for n in tokens(para):
        low = n.lower_
        # owns: "the Facebook-owned site"
        if low in ("owner", "parent") and n.i > 1 and doc[n.i - 1].text == "-" and n.i + 1 < len(doc):
            # "DHL-owner Deutsche Post": the name after the compound owns the name before
            owned = ctx.ref(para, doc[n.i - 2])
            j = ctx.table.at(para.index, n.i + 1)
            if owned is not None and j is not None and ctx.table.items[j].kind == "name" and ctx.table.items[j].tok[0] == n.i + 1:
                ctx.add(ctx.table.resolved(j), "owns", owned, ctx.evidence(para, n.sent, "owns:hyphen-owned", 0.85, n))
        if (low.endswith("-owned") or low.endswith("-controlled")) and n.pos_ != "VERB":
            # "Y is 46%-owned by X", "Y, majority-owned by X": the tokenizer may keep the compound whole
            owners = _prep_objects(ctx, para, n, ("by",)) + ctx.agents(para, n)
            if n.dep_ in ("attr", "acomp") and n.head.pos_ in ("AUX", "VERB") and not negated(n.head):
                owned = ctx.subjects(para, n.head)
            else:
                owned = ctx.phrase_refs(para, n.head) if n.head.i != n.i else []
            for o in owners:
                for p in [p for p in owned if ctx.table.items[p].kind == "name"]:
                    ctx.add(o, "owns", p, ctx.evidence(para, n.sent, "owns:hyphen-owned", 0.85, n))
            continue
        if low in ("owned", "controlled") and n.i > 1 and doc[n.i - 1].text == "-":  # "the X-controlled Y" too
            k = ctx.table.at(para.index, n.i - 2)
            if k is None or ctx.table.items[k].kind != "name":
                continue  # "the state-owned Y": a common noun names no owner, whatever it was resolved to
            owner = ctx.ref(para, doc[n.i - 2])
            target = n.head if n.head.i != n.i else None
            while target is not None and target.dep_ in ("amod", "compound") and target.head.i != target.i:
                target = target.head
            if owner is not None and target is not None:
                for p in ctx.phrase_refs(para, target):
                    ctx.add(owner, "owns", p, ctx.evidence(para, n.sent, "owns:hyphen-owned", 0.85, n))


@relation_rule("owns", "owner-prefix", scope="article")
def owner_prefix(ctx: RelationContext) -> None:
    """A product named with its owner ("Facebook Messenger"): the owner owns it."""
    table = ctx.table
    for i, m in enumerate(list(table.items)):
        if m.type == "Product" and m.kind == "name" and m.role_org is not None:
            para = next(p for p in ctx.paras if p.index == m.para)
            tok = para.doc[m.tok[0]]
            ctx.add(table.resolved(m.role_org), "owns", i, ctx.evidence(para, tok.sent, "owns:owner-prefix", 0.8, tok))


#: Stake nouns that say a holding even with only a possessive ("X's stake in Y"); "X's interest in
#: Y" and "X's share of Y" may mean something else.
_HOLDING_NOUNS = frozenset({"stake", "stakes", "shareholding", "shareholdings", "holding", "holdings"})


@relation_rule("owns", "stake")
def stakes(ctx: RelationContext, para: Paragraph) -> None:
    """"X bought a 29% stake in Y", "X holds a controlling stake in Y", "X, which has a stake in Y",
    "X's 70% stake in Y", "Y, in which X has a 30% stake"."""
    for n in tokens(para):
        if n.lower_ not in STAKE_NOUNS:
            continue
        holders = [c for c in n.children if c.dep_ == "poss"]
        if n.dep_ in ("dobj", "nsubjpass") and lemma_of(n.head) in _SELL_VERBS | _DIVEST_VERBS:
            continue  # "X sold its stake in Y (to Z)": no longer X's (sold-to reads the buyer)
        # "X's shares in Y" are held in Y when Y is a body ("Carnival's shares in London" trade there)
        shares = n.lower_ in ("share", "shares") and all(c.dep_ != "nummod" for c in n.children)
        # "X acquired the government's 26% stake in Y": the possessive names the seller, whose stake it
        # was; the buyer, the verb's subject, holds it now (read below)
        bought = n.dep_ == "dobj" and lemma_of(n.head) in ACQUIRE_VERBS and n.head.pos_ == "VERB" and not _unrealised(n.head)
        if holders and not bought and (n.lower_ in _HOLDING_NOUNS or shares) and not any(c.lower_ in UNREALISED for c in n.children):
            # the stake is held whatever the clause says of it ("X's stake in Y should be cut")
            owned = _prep_objects(ctx, para, n, ("in",))
            if shares:
                owned = [p for p in owned if ctx.table.items[p].type == "Organization" and ctx.table.items[p].kind == "name"]
            for o in [r for h in holders for r in ctx.phrase_refs(para, h)]:
                for p in owned:
                    ctx.add(o, "owns", p, ctx.evidence(para, n.sent, "owns:stake", 0.8, n))
            continue
        if n.dep_ not in ("dobj", "attr"):
            continue
        v = n.head
        if v.pos_ not in ("VERB", "AUX") or _unrealised(v) or negated(v):
            continue
        owned = _prep_objects(ctx, para, n, ("in", "of"))
        if not owned and v.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children)
                                                   for c in v.children):
            owned = ctx.phrase_refs(para, v.head)  # "Y, in which X has a 30% stake"
        holders = ctx.subjects(para, v)
        holders += [r for r in _joined_antecedents(ctx, para, v) if r not in holders]  # "A and B, who own a 29% stake in Y"
        for o in holders:
            for p in owned:
                ctx.add(o, "owns", p, ctx.evidence(para, n.sent, "owns:stake", 0.8, n))


#: Words for a percentage ("44%", "6.7 per cent", "30 percent").
_PERCENT_WORDS = frozenset({"%", "percent", "cent", "pc"})
#: Verbs of holding a share of a body ("X owns 44% of Y", "X holds 6.7% of Y's shares").
_HOLD_VERBS = frozenset({"hold", "own", "control", "buy", "acquire", "purchase", "take"})


@relation_rule("owns", "share-of")
def share_of(ctx: RelationContext, para: Paragraph) -> None:
    """"X owns 44% of Y", "X, which holds 6.7 per cent of Y's shares", "X bought 20% of Y": a
    share of a body held or bought (done, not planned) is ownership of part of it."""
    for n in tokens(para):
        if n.lower_ not in _PERCENT_WORDS or n.dep_ != "dobj":
            continue
        v = n.head
        if lemma_of(v) not in _HOLD_VERBS or v.pos_ not in ("VERB", "AUX") or _unrealised(v):
            continue
        if lemma_of(v) not in ("hold", "own", "control") and v.tag_ == "VBG":
            continue  # "X said it was buying 100% of Y": a purchase under way is no ownership yet
        if any(c.dep_ == "nsubj" and c.lower_ == "they" and ctx.table.at(para.index, c.i) is None for c in v.children):
            continue  # "they own 28.9% of the club": owners may be people; the last body named is a guess
        owned = _fraction_of(ctx, para, n)
        for o in ctx.subjects(para, v) + [r for r in _joined_antecedents(ctx, para, v) if r not in ctx.subjects(para, v)]:
            for p in owned:
                ctx.add(o, "owns", p, ctx.evidence(para, n.sent, "owns:share-of", 0.8, n))


#: Nouns of holding a body: "X's ownership of Y", "X's control over its unit Y".
_OWNERSHIP_NOUNS = frozenset({"ownership", "control"})


#: Verbs of coming to hold: "X took control of Y", "X gained ownership of Y".
_GAIN_VERBS = frozenset({"take", "gain", "assume", "acquire", "win", "seize"})


@relation_rule("owns", "ownership-noun")
def ownership_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"the group's ownership of Y", "X's control over its Y unit", "X took control of Y"."""
    for n in tokens(para):
        if n.lower_ not in _OWNERSHIP_NOUNS or n.pos_ != "NOUN" or _unrealised(n):
            continue
        owners = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c) if ctx.table.items[r].type == "Organization"]
        if (not owners and n.dep_ == "dobj" and lemma_of(n.head) in _GAIN_VERBS and not _unrealised(n.head) and n.head.tag_ != "VBG"
                and not any(c.dep_ == "nsubj" and c.lower_ == "they" for c in n.head.children)):  # (a guessed "they" may be people)
            # "X took control of Y", "X gained ownership of Y" (done; not "plans to take control")
            owners = [r for r in ctx.subjects(para, n.head) if ctx.table.items[r].type == "Organization"]
        holders = [n] + ([n.head] if n.dep_ == "dobj" and lemma_of(n.head) in _GAIN_VERBS else [])
        # ("X took control of Y": the parser may hang "of Y" on the verb)
        owned = [r for h in holders for r in _prep_objects(ctx, para, h, ("of", "over")) if ctx.table.items[r].kind == "name"]
        for o in owners:
            for p in owned:
                ctx.add(o, "owns", p, ctx.evidence(para, n.sent, "owns:ownership-noun", 0.75, n))


#: Nouns of taking control of a body, which may name it after "at" ("the takeover at Y").
_TAKEOVER_NOUNS = frozenset({"takeover", "take-over", "buyout"})


@relation_rule("owns", "acquisition-noun")
def acquisition_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"X's takeover of Y", "the purchase of Y by X", "Y's takeover by X", when the deal is done
    (not "a proposed takeover", "would block the takeover")."""
    for n in tokens(para):
        if n.lower_ not in ACQUISITION_NOUNS or _unrealised(n):
            continue
        # ("the purchase of Y's key production unit by X": a part of Y, not Y)
        # ("X's purchase of a 10% stake in Y": a part of Y bought)
        owned = [r for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
                 for r in (_prep_objects(ctx, para, g, ("in",)) if g.lower_ in STAKE_NOUNS else _owned_refs(ctx, para, g))]
        if not owned and n.lower_ in _TAKEOVER_NOUNS:
            # "X's takeover at Y": a takeover happens at the body taken over (a purchase "at auction" does not)
            owned = [r for r in _prep_objects(ctx, para, n, ("at",)) if ctx.table.items[r].kind == "name"]
        if not owned and n.dep_ == "nsubj" and lemma_of(n.head) == "be" and not _unrealised_verb(n.head) and n.head.tag_ in ("VBD", "VBZ"):
            # "X's biggest purchase was Y", "its last acquisition was a third of Y": what the
            # acquisition was is what was bought
            owned = [r for a in n.head.children if a.dep_ == "attr"
                     for r in (_fraction_of(ctx, para, a) or _owned_refs(ctx, para, a)) if ctx.table.items[r].kind == "name"]
        holders = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
        buyers = _prep_objects(ctx, para, n, ("by",))
        if buyers and not owned:
            # "Y's takeover by X": with the buyer after "by", the possessive is what was bought
            owners, owned = buyers, holders
        else:
            owners = holders + buyers
        for o in owners:
            for p in owned:
                ctx.add(o, "owns", p, ctx.evidence(para, n.sent, "owns:acquisition-noun", 0.75, n))


#: Nouns for the body that publishes a newspaper or magazine ("the Evening Gazette's publisher, X").
_PUBLISHER_NOUNS = frozenset({"publisher"})

#: Nouns of holding shares in a body ("X is the largest shareholder in Y", "Y's biggest shareholder, X").
_SHAREHOLDER_NOUNS = frozenset({"shareholder", "shareholders", "stockholder", "stockholders"})


def _surely_body(m) -> bool:
    """A name typed as a body by more than the tagger: a word of the name ("... Group", "... Bank"), a
    title, a list or the same name elsewhere in the article."""
    words_ = m.key.split()
    return m.type_src != "ner" or (bool(words_) and words_[-1] in ORG_DESIGNATORS)


#: Nouns for a kind of body: "Y, a Northwind Group company" names Y's owner before the noun.
_KIND_NOUNS = frozenset({"company", "firm", "business"})


def _another(n) -> bool:
    """A noun with "another" for its determiner ("Y, another Northwind Group company"): indefinite
    as "a" is, and saying the body named before is one of the same owner's too."""
    return any(c.dep_ == "det" and c.lower_ == "another" for c in n.children)


def _part_kind(n) -> bool:
    """"a subsidiary company of X", "the retail arm business of X": a kind of body said to be a part."""
    return n.lower_ in _KIND_NOUNS and any(c.dep_ in ("amod", "compound") and c.lower_ in PART_TITLES for c in n.children)


@relation_rule("owns", "owner-noun")
def owner_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"the owner of Y, X", "X, the owner of Y", "Y's owner X", "Y's parent company, X", "X is the
    largest shareholder in Y", "Y, a subsidiary of X", "Y, part of X"."""
    doc = para.doc
    for n in tokens(para):
        low = n.lower_
        # "Y's parent company, X": a kind of body named as the parent
        parent_body = low in ("company", "group", "firm") and any(c.dep_ == "compound" and c.lower_ == "parent" for c in n.children)
        owner_noun = low in ("owner", "owners", "proprietor", "parent") or low in _SHAREHOLDER_NOUNS or parent_body or low in _PUBLISHER_NOUNS
        part_noun = not owner_noun and ((low in PART_NOUNS and n.text.islower()) or (
            low in _KIND_NOUNS and n.dep_ == "appos" and (indefinite(n) or _another(n)))
            or _part_kind(n))
        if not (owner_noun or part_noun) or _former(n):
            continue  # (_former: "Yukos and its former owner X", "Y, a former unit of X")
        if owner_noun:
            # "the largest shareholder in Y": a shareholder holds a part "in" or "of" a body
            preps = ("of", "in") if low in _SHAREHOLDER_NOUNS else ("of",)
            owned = _prep_objects(ctx, para, n, preps) + [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
            if low in ("owner", "owners", "proprietor") and n.i > 0:
                # "Harbour City owner Jane Roe": the body named right before the title
                k = ctx.table.at(para.index, n.i - 1)
                if k is not None and ctx.table.items[k].kind == "name" and ctx.table.items[k].type == "Organization" \
                        and ctx.table.items[k].tok[1] == n.i and doc[n.i - 1].head.i == n.i:
                    owned.append(ctx.table.resolved(k))
            owners = [r for c in n.children if c.dep_ == "appos" for r in ctx.phrase_refs(para, c)]
            if not owners and definite(n):
                # "The owner of Y, X, said": the parser hangs the owner's name on Y
                for c in n.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for g in c.children:
                            for a in g.children if g.dep_ == "pobj" else ():
                                k = ctx.table.at(para.index, a.i) if a.dep_ == "appos" else None
                                if k is not None and ctx.table.items[k].kind == "name":
                                    owners.append(ctx.table.resolved(k))
            if n.dep_ == "appos":
                owners += ctx.phrase_refs(para, n.head)
            if not owners:
                owners += _dashed_before(ctx, para, n)
            if (not owners and n.dep_ in ("ccomp", "oprd", "xcomp", "dobj") and lemma_of(n.head) == "make"
                    and n.head.dep_ in ("advcl", "conj") and n.head.head.pos_ in ("VERB", "AUX") and not _unrealised(n.head.head)):
                # "X bought 12% of Y, making it Y's largest shareholder", "X holds a 28% stake, making
                # them Y's biggest shareholders": what the clause's subject did made it the owner
                owners += ctx.subjects(para, n.head.head)
            if not owners and n.dep_ == "pobj" and n.head.lower_ == "as" and n.head.head.pos_ == "NOUN":
                # "its position as the owner of Y", "X's role as owner of Y"
                owners += [r for c in n.head.head.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
            if n.dep_ == "attr" and n.head.pos_ in ("AUX", "VERB") and not negated(n.head):
                owners += ctx.subjects(para, n.head)
                v = n.head
                if v.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ in preps and any(g.lower_ == "which" for g in c.children)
                                             for c in v.children):
                    owned += ctx.phrase_refs(para, v.head)  # "Y, in which X is the largest shareholder"
            # "Y's owner X": the name follows the title
            if n.i + 1 < len(doc):
                j = ctx.table.at(para.index, n.i + 1)
                if j is not None and ctx.table.items[j].kind == "name" and ctx.table.items[j].tok[0] == n.i + 1:
                    owners.append(ctx.table.resolved(j))
            rule = "owns:owner-noun"
        else:
            # ("Y, a Northwind Group company": a body of a kind, named by its owner; not "a company of actors")
            owners = _prep_objects(ctx, para, n, ("of",)) if low in PART_NOUNS or _part_kind(n) else []
            # "Y, the Northwind Group subsidiary": the owner's name modifies the part noun
            owners += [r for c in n.children if c.dep_ == "compound" and c.i < n.i and c.pos_ == "PROPN"
                       for r in [ctx.ref(para, c)] if r is not None and ctx.table.items[r].type == "Organization"
                       and ctx.table.items[r].kind == "name" and (low in PART_NOUNS or _surely_body(ctx.table.items[r]))]
            # (before "company", a name the tagger alone calls a body may be a town: "a Tarnford company")
            owned = ctx.phrase_refs(para, n.head) if n.dep_ == "appos" else []
            if n.dep_ == "attr" and n.head.pos_ in ("AUX", "VERB") and not negated(n.head):
                owned = ctx.subjects(para, n.head)
            rule = "owns:part-of"
        owned = [p for p in owned if p not in owners]
        if low in _PUBLISHER_NOUNS:  # a newspaper's or magazine's publisher runs it; a book's or a report's does not own what it is about
            owned = [p for p in owned if ctx.table.items[p].type == "Organization" and ctx.table.items[p].kind == "name"]
            owners = [o for o in owners if ctx.table.items[o].type == "Organization"]
        for o in owners:
            for p in owned:
                ctx.add(o, "owns", p, ctx.evidence(para, n.sent, rule, 0.8, n))


_DASHES = frozenset({"-", "–", "—", "--"})


def _dashed_before(ctx: RelationContext, para: Paragraph, n) -> list[int]:
    """"X - owner of Y - said": a noun set off by dashes after a name stands in apposition to it
    (the parser may read the spaced dash as a hyphen and the name as a compound)."""
    doc = para.doc
    i = n.i
    while i > 0 and doc[i - 1].dep_ == "det" and doc[i - 1].head.i == n.i:
        i -= 1
    if i < 2 or doc[i - 1].text not in _DASHES or not doc[i - 1].whitespace_ or not doc[i - 2].whitespace_:
        return []
    k = ctx.table.at(para.index, i - 2)
    if k is None or ctx.table.items[k].kind != "name" or ctx.table.items[k].tok[1] != i - 1:
        return []
    return [ctx.table.resolved(k)]


@relation_rule("owns", "possessive-name")
def possessed_name(ctx: RelationContext, para: Paragraph) -> None:
    """"Google's research lab DeepMind", "Northwind's Deepwater unit": an organisation's possessive
    on a named organisation or product (people's possessives say nothing of ownership)."""
    doc = para.doc
    for c in tokens(para):
        if c.dep_ != "poss":
            continue
        owner = ctx.ref(para, c) if c.lower_ != "whose" else _whose(ctx, para, c)
        if owner is not None and c.lower_ in _WE:
            owner = _body_spoken_for(ctx, owner)  # "our Kestrel brand", said by a firm's chairman
        if owner is None or ctx.table.items[owner].type != "Organization" or ctx.table.items[owner].kind not in ("name",):
            continue
        head = c.head
        if _former(head) or _given_up(head):
            continue  # "its former subsidiary Y", "X sold its Y label"
        names = []
        j = ctx.table.at(para.index, head.i)
        if j is not None and ctx.table.items[j].kind == "name" and ctx.table.items[j].type == "Organization" and j != ctx.table.at(para.index, c.i):
            names.append(ctx.table.resolved(j))  # "Google's DeepMind"
        elif head.lower_ in OWNED_NOUNS or head.lower_ in UNIT_NOUNS or head.lower_ in PART_NOUNS:
            # "Google's research lab DeepMind": the name in apposition or right after
            nxt = head.i + 1
            k = ctx.table.at(para.index, nxt) if nxt < len(doc) else None
            if k is not None and ctx.table.items[k].kind == "name" and ctx.table.items[k].tok[0] == nxt:
                names.append(ctx.table.resolved(k))
            # "its Alfa Romeo subsidiary", "Microsoft's MSN internet division", "X's Y console": the name before
            for g in head.children:
                if g.dep_ in ("compound", "nmod") and g.i < head.i:  # (the parser may make a name before
                    k = ctx.table.at(para.index, g.i)  # more modifiers a nominal modifier: "its Y private equity unit")
                    if k is not None and ctx.table.items[k].kind == "name" and ctx.table.items[k].type in ("Organization", "Product"):
                        names.append(ctx.table.resolved(k))
                        break
        for p in names:
            if ctx.table.items[p].type in ("Organization", "Product") and p != owner and not _venue(ctx.table.items[p].text):
                ctx.add(owner, "owns", p, ctx.evidence(para, c.sent, "owns:possessive-name", 0.7, c))


def _body_spoken_for(ctx: RelationContext, r: int) -> int | None:
    """What a "we" or "our" stands for in owning: a body as it is, and for a person (the speaker of
    the quotation) the one body a title of theirs names ("Kestrel chief executive Jane Roe": Kestrel),
    else none: an executive's "we own Y" says what the firm owns, not the person."""
    items = ctx.table.items
    if items[r].type != "Person":
        return r
    bodies = {ctx.table.resolved(m.role_org) for i, m in enumerate(items) if m.role_org is not None and ctx.table.resolved(i) == r}
    bodies.discard(None)
    return bodies.pop() if len(bodies) == 1 else None


def _whose(ctx: RelationContext, para: Paragraph, tok):
    """What "whose" stands for: the noun its relative clause hangs on ("The firm, whose Y
    subsidiary runs farms")."""
    node = tok.head
    for _ in range(3):
        if node.dep_ == "relcl":
            return ctx.ref(para, node.head)
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _venue(name: str) -> bool:
    """A name of a building or venue ("Millbrook Stadium", "Kestrel Shopping Centre"): a possessive
    on it says where it stands ("Tarnford's Millbrook Stadium"), not who owns it."""
    words_ = name.lower().split()
    return bool(words_) and (words_[-1] in VENUES or " ".join(words_[-2:]) in VENUES or len(words_) >= 2 and words_[-1] in _STREETS)


#: Last words of street names ("Tesco's Cromwell Road branch" is the branch on that road).
_STREETS = frozenset({"road", "street", "avenue", "lane", "boulevard"})


@relation_rule("owns", "part-title")
def part_titles(ctx: RelationContext, para: Paragraph) -> None:
    """"Northwind subsidiary Quillmail", "the Tarnford unit Bexley Labs": a part noun written as a
    title between two names, the owner's right before it and the part's right after."""
    doc = para.doc
    for n in tokens(para):
        if n.lower_ not in PART_TITLES or not n.text.islower() or n.i == 0 or n.i + 1 >= len(doc):
            continue
        k = ctx.table.at(para.index, n.i - 1)
        j = ctx.table.at(para.index, n.i + 1)
        if k is None or j is None or k == j:
            continue
        owner, part = ctx.table.items[k], ctx.table.items[j]
        if owner.kind != "name" or owner.tok[1] != n.i or part.kind != "name" or part.tok[0] != n.i + 1:
            continue
        if owner.type == "Organization" and part.type in ("Organization", "Product") and not _venue(part.text):
            ctx.add(ctx.table.resolved(k), "owns", ctx.table.resolved(j), ctx.evidence(para, n.sent, "owns:part-title", 0.8, n))


@relation_rule("owns", "holdings-include")
def holdings_include(ctx: RelationContext, para: Paragraph) -> None:
    """"X's brands include A and B", "X, whose marques include A, ...": what a body's brands,
    subsidiaries or businesses include it owns."""
    for v in tokens(para):
        copula = lemma_of(v) == "be" and v.pos_ in ("AUX", "VERB")
        if not (copula or v.pos_ in ("VERB", "AUX") and lemma_of(v) in ("include", "comprise")) or negated(v):
            continue
        for subj in (c for c in v.children if c.dep_ == "nsubj" and (c.lower_ in OWNED_NOUNS or c.lower_ in PART_NOUNS)
                     and (not copula or c.lemma_.lower() in _BRAND_NOUNS)):
            owners: list[int] = []
            # "Northwind brands include A and B": a body's name before the noun says whose they are
            # (the tagger may read a name opening the sentence as an adjective: "Inbev brands include")
            owners += [r for c in subj.children if (c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "amod" and c.text[:1].isupper()) and c.i < subj.i
                       for r in [ctx.ref(para, c)] if r is not None and ctx.table.items[r].kind == "name"]
            for c in subj.children:
                if c.dep_ != "poss":
                    continue
                if c.lower_ == "whose" and v.dep_ == "relcl":
                    owners += ctx.phrase_refs(para, v.head)
                else:
                    owners += ctx.phrase_refs(para, c)
            owners = [o for o in owners if ctx.table.items[o].type == "Organization"]
            if copula:
                # "X's main brands are A and B", "its best-known brand is the A lager": the names given
                owned = [r for o in v.children if o.dep_ == "attr" for t in [o, *(c for c in o.children if c.dep_ == "conj")]
                         for r in ([ctx.ref(para, t)] if t.pos_ == "PROPN" else _part_names(ctx, para, t))
                         if r is not None and ctx.table.items[r].kind == "name" and r not in owners]
            else:
                owned = [r for o in v.children if o.dep_ == "dobj" for r in ctx.phrase_refs(para, o)
                         if ctx.table.items[r].kind == "name" and r not in owners]
            for o in owners:
                for p in owned:
                    ctx.add(o, "owns", p, ctx.evidence(para, v.sent, "owns:holdings-include", 0.8, v))


@relation_rule("owns", "holdings-including")
def holdings_including(ctx: RelationContext, para: Paragraph) -> None:
    """"across Sky channels including Sky News and Sky Travel", "Northwind brands such as A and B":
    a body's name before a plural noun of holdings, with the examples it includes, owns them (the
    possessive form, "its brands including A", is possessive-apposition's)."""
    for n in tokens(para):
        if n.tag_ != "NNS" or n.lower_ not in OWNED_NOUNS or _former(n) or _given_up(n):
            continue
        # (the tagger may read the name as an adjective: "across Tarnmoor channels")
        owners = [r for c in n.children if (c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "amod" and c.text[:1].isupper()) and c.i < n.i
                  for r in [ctx.ref(para, c)] if r is not None and ctx.table.items[r].kind == "name"
                  and ctx.table.items[r].type == "Organization"]
        if not owners:
            continue
        owned = [r for c in n.children if c.dep_ == "prep" and (c.lower_ in ("including", "like") or _such_as(c))
                 for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)
                 if ctx.table.items[r].kind == "name" and ctx.table.items[r].type in ("Organization", "Product") and r not in owners]
        for o in owners:
            for p in owned:
                ctx.add(o, "owns", p, ctx.evidence(para, n.sent, "owns:holdings-including", 0.75, n))


#: Nouns for a body's brands, which a copula names ("X's main brands are A and B"); not its
#: businesses or services, which a copula may describe ("its main business is retail banking").
_BRAND_NOUNS = frozenset({"brand", "label", "marque", "imprint", "subsidiary"})



#: Owner titles written bare before the owner's name ("profits at owner X", "helping parent X").
_BARE_OWNER_TITLES = frozenset({"owner", "parent"})


@relation_rule("owns", "bare-owner-title")
def bare_owner_title(ctx: RelationContext, para: Paragraph) -> None:
    """"Mobile network Y has helped boost profits at owner X", "a slump at carmaker Y has hit
    profits at parent X": an owner title with no article or possessive before a body's name says
    the name owns the one body named before it in the sentence (none when two or more are)."""
    doc = para.doc
    for n in tokens(para):
        if n.lower_ not in _BARE_OWNER_TITLES or not n.text.islower() or n.dep_ != "compound" or n.i + 1 >= len(doc) or n.i == 0:
            continue
        j = ctx.table.at(para.index, n.i + 1)
        if j is None or ctx.table.items[j].kind != "name" or ctx.table.items[j].tok[0] != n.i + 1 or ctx.table.items[j].type != "Organization":
            continue
        if doc[n.i - 1].pos_ not in ("ADP", "VERB"):
            continue  # only right after a preposition or verb ("at owner X", "helping parent X"); not "its former
            # owner X", "Y owner X", "DHL-owner X" (other rules, or a holding that has ended)
        owner = ctx.table.resolved(j)
        named = {ctx.table.resolved(k) for k in (ctx.table.at(para.index, t.i) for t in doc[n.sent.start:n.i])
                 if k is not None and ctx.table.items[k].kind == "name" and ctx.table.items[k].type == "Organization"}
        named.discard(owner)
        named.discard(None)
        if len(named) == 1:
            ctx.add(owner, "owns", named.pop(), ctx.evidence(para, n.sent, "owns:bare-owner-title", 0.7, n))
