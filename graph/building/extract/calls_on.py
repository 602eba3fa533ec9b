"""callsOn: X urges, asks or demands that Y act ("X urged Y to ...", "X called on Y to ...").

A call names who is to act (the addressee) and what they are to do (an infinitive or a
"that" clause), or names the act by a noun ("demanded an apology from Y", "called for an
investigation by Y", "called for Y's resignation", "put pressure on Y to sell"). A question ("X
asked whether Y knew", "X asked Y about ...") is not a call, nor is a negated or hedged one, nor
"called for Y to be sacked" (done to Y, not by Y). Who calls: the subject, the speaker of "X said
... and urged Y", the author of a document ("a report by X urged Y"; see ``reported``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import Paragraph
from .context import RelationContext, agent_objects, lemma_of, negated, tokens, verbs
from .lexicon import REPORTING_VERBS, UNIT_NOUNS, words
from .registry import relation_rule
from .reported import document_authors, reporter_of_coordinated, unbound_subject
from .wordlists import load

#: Verbs of urging, asking and demanding: the hand-made news list and WordNet's (ask.v.02, urge.v.01 ...).
CALLS_ON_VERBS = words("calls_on_verbs") | frozenset(w for w in load("call_on_verbs") if " " not in w)
#: Verbs that call on someone only with an infinitive ("told Y to stop", "invited Y to join").
DIRECTIVE_VERBS = words("directive_verbs")
#: Nouns of a call ("X's call for Y to resign") and the verbs whose subject makes one ("renewed its call").
CALL_NOUNS = words("call_nouns")
CALL_MAKING_VERBS = words("call_making_verbs")
#: Nouns of an act its possessor is to do: "X called for Y's resignation" (Y is to resign).
CALL_ACT_NOUNS = words("call_act_nouns")
#: Verbs of states: "Y must be ...", "Y should see ..." call on no one.
STATE_VERBS = words("obligation_state_verbs")
#: Parts of a body that stand for it: "members of the committee", "the club's board".
_UNIT_NOUNS = UNIT_NOUNS | {"member", "members"}
#: Verbs that take the addressee after a preposition: "call on Y to", "appeal to Y to".
_PREP_CALLS = {"call": ("on", "upon", "for"), "appeal": ("to",), "plead": ("with",)}
_QUESTION_WORDS = {"if", "whether", "what", "who", "whom", "which", "how", "why", "when", "where"}


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _action(clause: Token) -> bool:
    """An infinitive or a "that"-clause of what to do, not an indirect question."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in _QUESTION_WORDS or any(c.dep_ == "mark" and c.lower_ in _QUESTION_WORDS for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return True
    return clause.dep_ == "ccomp" and clause.tag_ in ("VB", "VBP") or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _addressees(ctx: RelationContext, para: Paragraph, tok: Token) -> list[int]:
    """The bodies or people a noun phrase names; "members of the committee" stands for the committee."""
    refs = ctx.phrase_refs(para, tok)
    if not refs and ctx.state_of(para, tok) is not None:
        return [ctx.state_of(para, tok)]  # "urged US officials to act": the officials stand for their state
    if not refs and tok.lemma_.lower() in _UNIT_NOUNS:
        refs = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
                for r in ctx.phrase_refs(para, g)]
    if not refs and tok.pos_ == "NOUN" and tok.lemma_.lower() in _MEMBER_NOUNS:
        # "urged Nato members to act", "called on EU countries to": the members of a body stand for it
        refs = [r for c in tok.children if c.dep_ == "compound" and c.i < tok.i for r in [ctx.ref(para, c)]
                if r is not None and ctx.table.items[r].kind == "name" and ctx.table.items[r].type == "Organization"]
    return refs


#: Nouns of the members of a body of states or people: "Nato members", "EU countries", "G8 nations".
_MEMBER_NOUNS = frozenset({"member", "country", "nation", "state"})


def _call_objects(v: Token) -> list[Token]:
    """The addressees of a verb of calling, only when the call says what they are to do."""
    lemma = lemma_of(v)
    clauses = [c for c in v.children if c.dep_ in ("xcomp", "ccomp", "advcl") and _action(c)]
    if lemma in _PREP_CALLS:
        preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in _PREP_CALLS[lemma]]
        if any(p.lower_ == "for" for p in preps):
            # "called for Y to be wound up" asks for something done to Y, not by Y
            clauses = [c for c in clauses if not any(a.dep_ == "auxpass" for a in c.children)]
        objs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        # "called on Y to act": the infinitive hangs on the verb, the addressee or the preposition
        acts = clauses + [c for o in objs for c in o.children if c.dep_ in ("acl", "relcl", "xcomp") and _action(c)]
        acts += [c for p in preps for c in p.children if c.dep_ in ("xcomp", "ccomp", "pcomp") and _action(c)]
        if not objs and any(p.lower_ == "for" for p in preps):
            # "called for Y to make a statement": the parser makes Y the subject of the infinitive
            objs = [g for c in clauses for g in c.children if g.dep_ == "nsubj" and v.i < g.i < c.i]
            acts = acts or clauses
        if not objs and lemma == "call":
            # "called for Y to cut prices", the parser reading "for" as the infinitive clause's own
            # mark: Y is the one to act (not "called for Y to be sacked": Y is acted on)
            marked = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                      and not any(a.dep_ == "auxpass" for a in c.children)]
            objs = [g for c in marked for g in c.children if g.dep_ == "nsubj" and v.i < g.i < c.i]
            acts = acts or marked
        if not acts and lemma == "call":
            # "called for an investigation by Y", "called for urgent action by Y": the act is named
            # by the noun, and Y is to do it
            return [g for p in preps if p.lower_ == "for" for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"
                    for b in n.children if b.dep_ == "prep" and b.lower_ == "by" for g in b.children if g.dep_ == "pobj"] + _asked_of(v)
        return objs if acts else []
    objs = [c for c in v.children if c.dep_ == "dobj"]
    # "asked the Department to publish", "asked for Y to provide": the parser may make the
    # addressee the subject of the clause
    objs += [g for c in clauses for g in c.children if g.dep_ == "nsubj" and v.i < g.i < c.i and not objs]
    # "asked for Y to provide ...": the addressee after "for", with its infinitive
    for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"):
        for g in p.children:
            own = [c for c in g.children if c.dep_ in ("acl", "relcl", "xcomp") and _action(c)]
            if g.dep_ == "pobj" and (own or clauses) and not [c for c in v.children if c.dep_ == "dobj"]:
                objs.append(g)
                clauses += own
    if not clauses and lemma not in DIRECTIVE_VERBS:
        return _asked_of(v)
    return objs if clauses else []


def _asked_of(v: Token) -> list[Token]:
    """Who is to give or do what a call names by a noun: "demanded an apology from Y", "called
    for answers from Y" (the one after "from"), "demanded an investigation by Y" (after "by"),
    "called for Y's resignation" (the possessor of an act of theirs)."""
    things = [c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    things += [g for p in v.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    out: list[Token] = []
    for n in things:
        # ("demanding an investigation by Y": Y is to do the act the noun names)
        out += [g for p in n.children if p.dep_ == "prep" and p.lower_ in ("from", "by") for g in p.children if g.dep_ == "pobj"]
        # ("demanded an apology from Y": the parser may hang "from Y" on the verb, after the thing)
        out += [g for p in v.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > n.i for g in p.children if g.dep_ == "pobj"]
        if n.lemma_.lower() in CALL_ACT_NOUNS or n.lower_ in CALL_ACT_NOUNS:
            out += [c for c in n.children if c.dep_ == "poss"]
    return out


@relation_rule("callsOn", "verb")
def urging_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """A verb of urging, asking or demanding with an addressee and what they are to do."""
    for v in verbs(para):
        if negated(v):
            continue
        lemma = lemma_of(v)
        directive = lemma in DIRECTIVE_VERBS
        if lemma not in CALLS_ON_VERBS and not directive:
            continue
        if directive and not any(c.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive(c) for c in v.children):
            continue  # "told Y that ...", "warned Y": no call without an infinitive of what to do
        if lemma == "want" and not any(c.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive(c) and lemma_of(c) not in STATE_VERBS
                                       and not any(a.dep_ == "auxpass" for a in c.children) for c in v.children):
            continue  # "X wants police to be able to see ...": a state wished for, not an act asked of them
        if v.dep_ in ("xcomp", "ccomp", "advcl") and lemma_of(v.head) in CALLS_ON_VERBS:
            continue  # "urged the council to compel firms to ...": what the council is to do, not a call by the subject
        inside = ctx.quote_at(para, v)
        agents = agent_objects(v)
        if not agents and any(c.dep_ == "auxpass" for c in v.children):
            # "Y has been urged to cut prices by X": the parser may hang the agent on the infinitive
            # (an active one: in "urged to be judged by X" X is the infinitive's own agent)
            agents = [g for c in v.children if c.dep_ == "xcomp" and _infinitive(c) and not any(a.dep_ == "auxpass" for a in c.children)
                      for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" for g in p.children
                      if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
        if agents and any(c.dep_ == "auxpass" for c in v.children):
            # "Y was urged by X to act": the agent calls on the subject, when the call says what to do
            if any(c.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive(c) and _action(c) for c in v.children):
                callers = [r for g in agents if ctx.quote_at(para, g) is inside for r in ctx.phrase_refs(para, g)]
                for o in (c for c in v.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"):
                    for obj in _addressees(ctx, para, o):
                        for subj in callers:
                            ctx.add(subj, "callsOn", obj, ctx.evidence(para, v.sent, f"callsOn:verb:{lemma}", 0.8, v))
            continue
        callers = _callers(ctx, para, v)
        written_to = _written_to(v)
        addressed = _call_objects(v)
        if written_to is not None and not addressed and lemma not in DIRECTIVE_VERBS and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" for c in v.children):
            addressed = [written_to]  # "X wrote to Y demanding an explanation": Y is to give it
        for o in addressed:
            if ctx.quote_at(para, o) is not inside:
                continue  # the verb outside, the "addressee" inside a quotation: not a call
            if written_to is not None and o.pos_ == "PRON":
                o = written_to  # "X wrote to Y urging it to act": "it" is the one written to
            elif directive and o.pos_ == "PRON":
                continue  # "telling them to speak English": whom a pronoun tells is a guess
            for obj in _addressees(ctx, para, o):
                if _for_thing(v, o, ctx, obj):
                    continue
                named = ctx.table.at(para.index, o.i) is not None and ctx.table.items[ctx.table.at(para.index, o.i)].kind == "name"
                for subj in unbound_subject(ctx, para, v, callers, [obj] if named else []):
                    state = o.ent_type_ == "GPE" or ctx.state_of(para, o) is not None
                    ctx.add(subj, "callsOn", obj, ctx.evidence(para, v.sent, f"callsOn:verb:{lemma}", 0.8, v), state=state)


#: Verbs of sending word to someone: "X wrote to Y urging it to act".
_WRITE_VERBS = frozenset({"write", "appeal", "turn"})


def _callers(ctx: RelationContext, para: Paragraph, v: Token) -> list[int]:
    """Who makes a call: the verb's subject; the speaker when the verb is coordinated with a
    reporting verb ("X said ... and urged Y to act"); the author of a document that makes it
    ("a report by X urged Y to", "the report called on Y to"); the writer of "wrote to Y urging it"."""
    coordinated = reporter_of_coordinated(ctx, para, v)
    if coordinated is not None:
        return coordinated
    if _written_to(v) is not None:
        return ctx.subjects(para, _writing_verb(v))
    pron = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ in _CATAPHORIC]
    fronted = ctx.fronted_subjects(para, pron[0]) if pron else []
    if fronted:
        # "Explaining why it had asked Y to act, X said ...": a pronoun in a phrase put before the
        # main clause means the main clause's subject, which comes after it
        return fronted
    return ctx.subjects(para, v) or document_authors(ctx, para, v)


#: Pronouns that may point forward to the subject of the main clause after them.
_CATAPHORIC = frozenset({"it", "he", "she", "they"})


def _writing_verb(v: Token) -> Token:
    """The verb of writing a participle of calling goes with: "wrote" in "X wrote to Y urging it to
    act" (the parser hangs "urging" on Y or on "wrote")."""
    return v.head if v.dep_ == "advcl" else v.head.head.head


def _written_to(v: Token) -> Token | None:
    """The one written to when a participle of calling goes with a verb of writing to them: "X wrote
    to Y urging it to act", "X has written to Y demanding an explanation", "X appealed to Y, asking
    them to help"."""
    if v.tag_ != "VBG":
        return None
    if v.dep_ == "acl" and v.head.dep_ == "pobj" and v.head.head.lower_ == "to":
        verb, to = v.head.head.head, v.head.head
    elif v.dep_ == "advcl" and v.head.pos_ == "VERB":
        verb = v.head
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i < v.i), None)
        if to is None:
            return None
    else:
        return None
    if verb.pos_ != "VERB" or lemma_of(verb) not in _WRITE_VERBS:
        return None
    return next((g for g in to.children if g.dep_ == "pobj"), None)


def _for_thing(v: Token, o: Token, ctx: RelationContext, obj: int) -> bool:
    """"called for imaginative campaigns to boost interest": after "call for" a generic group
    may be what is called for, not who is to act."""
    return lemma_of(v) == "call" and o.dep_ == "pobj" and o.head.lower_ == "for" and ctx.table.items[obj].kind == "group"


def _infinitive_next(g: Token) -> bool:
    """"a demand for Y to recognise Z" where the parser hangs "to recognise" on the main verb: an
    active infinitive right after the addressee's phrase is what the addressee is to do."""
    k = g.right_edge.i + 1
    if k + 1 >= len(g.doc) or g.doc[k].lower_ != "to" or g.doc[k].dep_ != "aux":
        return False
    verb = g.doc[k].head
    return verb.i == k + 1 and verb.tag_ == "VB" and not any(c.dep_ == "auxpass" for c in verb.children)


def _called_on(ctx: RelationContext, para: Paragraph, n: Token) -> list[Token]:
    """Who a noun of calling calls on, with what they are to do: "call for Y to resign", "an
    appeal to Y to help", "calls on Y to act", "a demand that Y pay"."""
    out: list[Token] = []
    preps = [c for c in n.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "to", "upon")]
    # "made a plea to Y to stop", "renewed its call for Y to scrap ...": the parser may hang the
    # preposition and the infinitive on the verb that makes the call
    verb_acts = []
    if n.dep_ == "dobj":
        preps += [c for c in n.head.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "to", "upon") and c.i == n.right_edge.i + 1]
        verb_acts = [c for c in n.head.children if c.dep_ in ("advcl", "xcomp") and _infinitive(c) and c.i > n.i]
    for p in preps:
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            acts = [c for c in (*g.children, *p.children, *n.children) if c.dep_ in ("acl", "relcl", "xcomp", "advcl") and _infinitive(c)]
            if acts or any(a.i > g.i for a in verb_acts) or _infinitive_next(g):
                out.append(g)
    for c in n.children:  # "the demand that Y pay", "a call for Y to ...", parsed as a clause with Y its subject
        if c.dep_ in ("acl", "ccomp", "relcl", "advcl") and (_infinitive(c) or any(m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children)):
            out += [s for s in c.children if s.dep_ in ("nsubj",) and s.lower_ not in ("that", "which", "who")]
            # "demands that Y's plans be put on hold": what is to be done to a thing of Y's is for Y to
            # do (a passive clause, its subject possessed by a name, not by a pronoun)
            if any(a.dep_ == "auxpass" for a in c.children):
                out += [p for s in c.children if s.dep_ == "nsubjpass" for p in s.children
                        if p.dep_ == "poss" and p.pos_ in ("NOUN", "PROPN")]
    return out


@relation_rule("callsOn", "noun")
def calling_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"X's call for Y to resign", "a plea from X to Y to help", "X renewed its demand that Y pay",
    "X backed calls for Y to act": a noun of calling with who is called on and what they are to do;
    the caller is its possessor, its "from"/"by" phrase, or the subject of a verb of making it."""
    for n in tokens(para):
        if n.lower_ not in CALL_NOUNS or n.pos_ != "NOUN" or negated(n.head):
            continue
        targets = _called_on(ctx, para, n)
        froms = [g for h in (n, n.head) for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                 for g in c.children if g.dep_ == "pobj" and (h is n or g.i > n.i)]
        if not targets and froms:
            targets = _meeting_call(n, froms)
        if not targets:
            continue
        callers = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
        callers += [r for g in froms for r in ctx.phrase_refs(para, g)]
        if not callers:
            # "an EU demand for Y to act", "a Westmoor Council call for Y to": a body named before the noun makes it
            callers = [r for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < n.i
                       for r in ctx.phrase_refs(para, c) if ctx.table.items[r].type in ("Person", "Organization")]
        if n.dep_ == "dobj" and lemma_of(n.head) in CALL_MAKING_VERBS and not negated(n.head):
            # who makes, backs or joins the call calls too ("X backed Tory demands that ...": X and the Tories)
            callers += [r for r in ctx.subjects(para, n.head) if r not in callers]
        inside = ctx.quote_at(para, n)
        for t in targets:
            if ctx.quote_at(para, t) is not inside:
                continue
            for obj in _addressees(ctx, para, t):
                for subj in callers:
                    state = t.ent_type_ == "GPE" or ctx.state_of(para, t) is not None
                    ctx.add(subj, "callsOn", obj, ctx.evidence(para, n.sent, "callsOn:noun", 0.7, n), state=state)


#: Verbs whose subject meets a call named by their object: "Y faces calls from X to resign".
_MEET_VERBS = words("receive_verbs")


def _meeting_call(n: Token, froms: list[Token]) -> list[Token]:
    """Who meets a call from someone, with what they are to do: "Y faces calls from X to resign",
    "Y is under pressure from X to sell" (the subject of "face", of "be/come under"); else nothing."""
    if n.dep_ == "dobj" and lemma_of(n.head) in _MEET_VERBS:
        verb = n.head
    elif n.dep_ == "pobj" and n.head.lower_ == "under" and lemma_of(n.head.head) in ("be", "come", "remain"):
        verb = n.head.head
    else:
        return []
    if negated(verb):
        return []
    # what they are to do: an infinitive on the noun, its "from" phrase or the verb, after the noun
    acts = [c for h in (n, verb, *froms, *(g.head for g in froms)) for c in h.children
            if c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.i > n.i and _infinitive(c) and not any(a.dep_ == "auxpass" for a in c.children)]
    if not acts:
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


#: Modal words of obligation: "Y must act", "Y should step in".
_OBLIGATION_MODALS = frozenset({"must", "should", "ought"})


def _obliged(v: Token, reported: bool = False) -> Token | None:
    """The verb of an obligation ("Y must act", "Y should resign", "Y needs to act", "Y has to
    act"): the verb of the act, or None."""
    if v.pos_ not in ("VERB", "AUX"):
        return None
    if _time_for(v):
        act = v
    elif any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in v.children):
        act = v
    elif lemma_of(v) in ("need", "have") and (v.tag_ not in ("VBN", "VBD") or (reported and _backshifted(v))) \
            and not any(c.dep_ == "aux" for c in v.children) and not any(c.lower_ == "yet" for c in v.children):
        # ("Y would have to share ...", "Y will need to ...": a consequence foretold, not a call; "Y had
        # to publish ...": what Y was made to do; "Y has yet to reply": what Y has not done)
        # (the parser may call the infinitive right after "needed" an adverbial clause: "Y needed to explain")
        act = next((c for c in v.children if _infinitive(c) and (c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ == "to" and v.doc[v.i + 1].head.i == c.i))), None)
        if act is None:
            return None
    else:
        return None
    if lemma_of(act) in STATE_VERBS or any(c.dep_ == "auxpass" for c in act.children) or negated(act) or negated(v):
        return None
    return act


def _backshifted(v: Token) -> bool:
    """"X said Y needed to act", "X argued Y had to explain": a past tense that only follows the
    past reporting verb it is reported by (sequence of tenses), so X said "Y needs to act"; in
    narration "Y had to publish ..." is what Y was made to do."""
    head = v.head
    return (v.tag_ == "VBD" and v.dep_ == "ccomp" and head.i != v.i and head.tag_ == "VBD" and head.pos_ == "VERB"
            and lemma_of(head) in REPORTING_VERBS)


def _time_for(v: Token) -> bool:
    """"It is time for Y to act", "it is high time Y acted": the act a speaker says is due."""
    time = None
    if v.dep_ == "relcl" and (any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children)
                              or any(c.lower_ in ("high", "about") for c in v.head.children)):
        time = v.head  # ("the first time Y had apologised" is no call)
    if v.dep_ == "ccomp" and v.head.pos_ == "AUX":
        time = next((c for c in v.head.children if c.dep_ == "attr" and c.lower_ == "time"), None)
    if time is None or time.lower_ != "time" or time.dep_ != "attr":
        return False
    cop = time.head
    return lemma_of(cop) == "be" and not negated(cop) and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cop.children)


def _obligations(ctx: RelationContext, para: Paragraph, region: list[Token], callers: list[int], rule: str, conf: float,
                 reported: bool = False) -> None:
    speakers = set(callers)
    for v in region:
        act = _obliged(v, reported)  # (a quotation keeps its tenses: only reported speech backshifts)
        if act is None:
            continue
        for sb in (c for c in v.children if c.dep_ == "nsubj"):
            if sb.pos_ == "PRON":
                continue  # "we must", "you should", "they should": the speaker, the hearer or a guess
            for obj in ctx.phrase_refs(para, sb):
                if obj in speakers or ctx.table.items[obj].type not in ("Person", "Organization"):
                    continue
                if any(ctx.table.items[obj].key == ctx.table.items[s].key for s in speakers):
                    continue
                for s in sorted(speakers):
                    ctx.add(s, "callsOn", obj, ctx.evidence(para, v.sent, rule, conf, v))


@relation_rule("callsOn", "obligation")
def obligations(ctx: RelationContext, para: Paragraph) -> None:
    """What a speaker says someone must or should do: "“The council must act now,” said X", "X
    said the government should scrap the tax", "Y needs to apologise, X added" (X calls on Y);
    not "Y must be ...", "Y should see ...", nor a negated or passive one, nor the speaker."""
    doc = para.view
    for sent in doc.sents:
        s0, s1 = para.offset + sent.start_char, para.offset + sent.end_char
        quoted = [q for q in ctx.quotes if q.para == para.index and q.start < s1 and q.end > s0 and q.speaker is not None]
        toks = para.tokens[sent.start : sent.end]
        for q in quoted:
            inside = [t for t in toks if q.start <= para.offset + t.idx < q.end]
            _obligations(ctx, para, inside, [q.speaker], "callsOn:quoted-obligation", 0.6)
        for v in toks:
            if v.pos_ != "VERB" or lemma_of(v) not in REPORTING_VERBS or negated(v) or ctx.quote_at(para, v) is not None:
                continue
            region = [g for c in v.children if c.dep_ == "ccomp" for g in c.subtree if ctx.quote_at(para, g) is None]
            if region:
                _obligations(ctx, para, region, ctx.subjects(para, v), "callsOn:reported-obligation", 0.55, reported=True)
