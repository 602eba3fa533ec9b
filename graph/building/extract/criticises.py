"""criticises: X disapproves of, blames, accuses, challenges or warns against Y.

The general rules:
- ``verb``: a verb of criticism with an object ("X accused Y of ...", "Y was condemned by X");
- ``noun``: a noun of criticism ("in a rebuke to Y, X said", "X's attack on Y", "criticism of Y
  from X"); ``received``: a criticism its target receives ("Y faced criticism from X", "Y came under
  fire from X");
- ``quoted-evaluation`` / ``reported-evaluation``: negative evaluation in what X says, quoted or
  reported, of the entity it is predicated of: the subject of a negative verb or adjective ("Y
  failed ...", "Y is irresponsible"), the owner or subject of a negative noun ("Y's failure", "Y
  was a terrible choice"), what a word of concern is about ("concerned about Y", "concerns over
  Y's deal"), the subject of a negated verb of support ("Y does not care", "Y is not doing
  enough") or of a negated virtue ("Y was not wise"), or the holder of a quality of conduct said
  to be wanting ("Y lacks the courage to act", "Y's lack of honesty");
- ``reported-verb``: a verb of warning or accusation reporting a clause about Y ("X warned that
  Y would ...").
The words come from general lists (``data/``); the target is found by the grammar of the clause,
never by nearness alone. The critic is never the target, and a negated evaluation ("Y is not
to blame") makes no edge, nor one in what a claim says ("dismissed claims that Y lied"). The critic
of a verb may be the speaker of "X said ... and accused Y" or the author of a document ("a report
by X criticised Y"); see ``reported``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp import Paragraph, indefinite
from .context import RelationContext, agent_objects, lemma_of, negated, not_yet, tokens, verbs
from .lexicon import HOME_NATIONS, PRONOUNS_FIRST, REPORTING_VERBS, is_nation, mapping, words
from .mentions import PERSON_NOUNS
from .quotes import FoundQuote, is_reporting
from .registry import relation_rule
from .reported import document_authors, reporter_of_coordinated, unbound_subject

#: Verbs and nouns of criticism: WordNet's (criticize, accuse, blame, condemn ... with their
#: hyponyms) and the news words it lacks ("slam", "a swipe at").
CRITICISE_VERBS = words("wn_criticise_verbs") | words("criticise_verbs")
CRITICISE_NOUNS = words("wn_criticise_nouns") | words("criticise_nouns")
#: Nouns of a sanction received ("Y's punishment"): their possessor was sanctioned, did nothing.
RECEIVED_SANCTIONS = words("received_sanction_nouns")
#: Verbs of formal blame ("X fined Y", "Y was sued by X"): lemmas and the forms the lemmatiser misreads.
SANCTION_VERBS = words("sanction_verbs")
#: Nouns of a move in a game (WordNet's maneuver.n.03: "forehand", "backhand", "volley"): "kept attacking
#: Y's backhand" is play in a contest, not an attack on Y.
PLAY_NOUNS = words("wn_play_nouns")
#: Nouns of an attack aimed at someone ("a swipe at Y", "insults at Y"): the news list of criticise_nouns.txt.
_AIMED_NOUNS = words("criticise_nouns") | {"attack", "attacks", "criticism", "dig", "digs", "jibes", "swipes"}
#: Single words of negative evaluation of conduct (lemmas and forms): the sentiment lexicons'
#: words WordNet ties to a quality or misconduct, without states and moods, and nouns of misconduct.
#: With them, the WordNet antonyms of the adjectives of good conduct ("foolish", "disrespectful", "unreliable").
NEGATIVE_WORDS = (words("wn_negative_evaluation") - words("not_evaluation")) | words("negative_evaluation") | words("wn_conduct_vices")
#: Nouns for a person of bad character ("liar", "coward", "idiot"): WordNet's kinds of person judged by
#: character, scored negative by the sentiment lexicons. Said of someone ("Y is a liar", "X called Y a
#: coward") they blame them; they are read only as such a predicate, never through a possessive ("Y's attacker").
BAD_CHARACTER = words("wn_bad_character_nouns")
#: Verbs of misconduct counted only as verbs ("Y abused its position"; data/misconduct_verbs.txt).
MISCONDUCT_VERBS = words("misconduct_verbs")
#: Nouns that call a thing a failure only as its predicate ("Y's plans are a disaster", not "the tsunami disaster").
FAILURE_PREDICATES = words("failure_predicate_nouns")
#: Stock idioms of negative evaluation ("lip service", "turn a blind eye"), as lemma sequences.
NEGATIVE_IDIOMS = tuple(sorted((tuple(i.split()) for i in words("negative_idioms")), key=lambda t: (-len(t), t)))
#: The idioms by their first word, in the order above (a token is tried only against the idioms it can open).
_IDIOMS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(idiom for idiom in NEGATIVE_IDIOMS if idiom[0] == first) for first in {idiom[0] for idiom in NEGATIVE_IDIOMS}
}
#: Words of concern and disapproval: "concerned about Y" is a warning against Y.
CONCERN_WORDS = words("disapproval_words")
#: Nouns of wellbeing: "concerned about their health" is worry for them, not blame.
WELLBEING_NOUNS = words("wellbeing_nouns")
#: Phrasal verbs of criticising as lemma sequences ending in the target's preposition ("hit out at").
PHRASAL = tuple(sorted((tuple(p.split()) for p in words("criticise_phrasal")), key=lambda t: (-len(t), t)))
#: Verbs that say what something is ("called Y's plan reckless", "described Y as a disgrace").
DESCRIBE_VERBS = words("describe_verbs")
#: Nouns of fault placed on someone ("the blame lies with Y").
FAULT_NOUNS = words("fault_nouns")
#: Adjectives of integrity and good conduct whose negation blames ("Y has not been honest", "Y was not wise"):
#: the hand-made list and the sentiment lexicons' positive adjectives WordNet ties to an attribute of conduct.
VIRTUES = words("virtue_words") | words("wn_positive_conduct")
#: Verbs of care, effort and support: negated ("does not care", "is not doing enough") they blame their subject.
SUPPORT_VERBS = words("support_verbs")
#: Verbs of breaking a commitment and the commitments they break ("Y broke its promise").
BREACH_VERBS = words("breach_verbs")
COMMITMENT_NOUNS = words("commitment_nouns")
#: Adjectives of shame: "Y should be ashamed" blames Y.
SHAME_WORDS = words("shame_words")
#: Words of a body divided against itself: "the government is split" blames the government.
DISUNITY_WORDS = words("disunity_words")

#: Adjectives whose excess is praise or a state, no fault ("too good for us", "too ill to travel").
EXCESS_EXEMPT = words("excess_exempt")
#: Verbs of making amends or giving up a post ("apologise", "resign", "step down"): demanded of Y, they blame Y.
AMENDS_VERBS = words("amends_verbs")
#: Nouns of a standing held in a contest ("the dominance of Y"): challenging it is rivalry, no criticism.
CONTEST_NOUNS = words("contest_nouns")

#: Verbs of criticism that lay a fault "on" someone ("X blamed the closures on Y").
#: Nouns of trust placed in someone, and of trust wanting or gone ("a lack of trust in Y", "Y has
#: lost the confidence of voters"): said of Y, they judge Y unworthy of it.
TRUST_NOUNS = words("trust_nouns")
TRUST_LOSS_NOUNS = words("trust_loss_nouns")
#: Nouns of a quality conduct should show: the hand-made list ("leadership", "credibility") and the
#: sentiment lexicons' nouns of conduct WordNet files under a virtue ("courage", "honesty", "loyalty").
QUALITY_NOUNS = words("conduct_quality_nouns") | words("wn_virtue_nouns")
#: Verbs whose subject shows a want of a quality by its object ("Y has shown a lack of leadership").
_SHOW_VERBS = frozenset({"show", "display", "demonstrate"})
#: Words of withheld trust: "voters distrust Y", "deep mistrust of Y".
_DISTRUST = frozenset({"distrust", "mistrust"})

_BLAME_ON_VERBS = frozenset({"blame"})
_BLAMED_ON = frozenset({"on", "upon"})

#: Nouns of a manner of acting: "the reckless way Y operates" judges Y.
_MANNER_NOUNS = frozenset({"way", "manner", "fashion"})

_PARTIES = ("Person", "Organization", "Product")
_MODALS = frozenset({"will", "would", "could", "should", "shall", "can", "may", "might", "must", "'ll", "’ll"})
#: Modals that leave an action open ("X could sue Y", "X may fine Y"); "will" and reported "would" announce it.
_HEDGE_MODALS = _MODALS - {"will", "would", "shall", "'ll", "’ll"}
_COPULAS = {"be", "become", "remain", "seem", "look", "sound", "appear"}
_CONCERN_PREPS = {"about", "over", "with", "regarding", "at", "around", "by"}


def _is_negated(tok: Token) -> bool:
    """"not", "never", "no" on the word or on the copula or auxiliary it hangs on."""
    nodes = [tok]
    if tok.dep_ in ("acomp", "attr", "oprd", "xcomp", "amod") or tok.pos_ in ("ADJ", "NOUN"):
        nodes.append(tok.head)
    if tok.dep_ == "amod" and tok.head.dep_ in ("attr", "acomp") and tok.head.head.i != tok.head.i:
        nodes.append(tok.head.head)  # "Y was not an irrelevant party": the copula of the noun it describes
    for node in nodes:
        # ("huge waste, not on the frontline but on bureaucracy": a "not" after a noun contrasts what follows it)
        if any((c.dep_ == "neg" or c.lower_ in ("not", "n't", "n’t", "never")) and not (node.pos_ == "NOUN" and c.i > node.i)
               for c in node.children):
            return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _excess(t: Token) -> bool:
    """An adjective or adverb made a fault by "too" before it: "Y's forecasts were too optimistic",
    "Y is acting (far) too late", "way too optimistic"; not praise or a state ("too good", "too ill":
    excess_exempt.txt), not negated ("not too bad"), and not a degree fixed by a result or a measure
    ("too strong for Y", "too early to say", "too important to the city for it to close")."""
    if t.pos_ not in ("ADJ", "ADV") or t.lower_ in EXCESS_EXEMPT or lemma_of(t) in EXCESS_EXEMPT:
        return False
    too = [c for c in t.children if c.dep_ == "advmod" and c.lower_ == "too" and c.i < t.i]
    if not too or _is_negated(t) or t.doc[too[0].i - 1].lower_ in ("not", "n't", "n’t", "never"):
        return False
    for h in (t, t.head):
        for c in h.children:
            if c.i > t.i and (c.dep_ == "prep" and c.lower_ in ("for", "to") or
                              c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                return False
    return True


def _named_phrases(phrases: list[Token]) -> list[Token]:
    """The phrases that name their entity or its thing in words, not by a pronoun ("he", "his
    forecast"): the weaker cues (excess, amends owed) read no pronoun, which in a quotation too often
    points at the last speaker rather than at whom the speaker means."""
    return [p for p in phrases if p.pos_ != "PRON" and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in p.children)]


def _amends_owed(v: Token) -> bool:
    """A verb of making amends or giving up a post that someone "should" or "must" do: "Y should
    apologise", "Y must resign", "Y ought to step down" (not "should not apologise", not "if")."""
    if not _amends(v) or negated(v):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in v.children) or \
        (v.dep_ == "xcomp" and v.head.lower_ == "ought")


def _amends(v: Token) -> bool:
    """Whether ``v`` is a verb of amends_verbs.txt: "apologise", "resign", "step down", "say sorry"
    (not "resign oneself to")."""
    if v.pos_ != "VERB":
        return False
    lem = lemma_of(v)
    if lem in AMENDS_VERBS:
        # not "resign oneself to", "quit smoking": a habit given up
        return not any(c.dep_ == "dobj" and (c.lower_.endswith(("self", "selves")) or c.tag_ == "VBG" or c.lower_.endswith("ing"))
                       for c in v.children)
    return any(f"{lem} {c.lower_}" in AMENDS_VERBS for c in v.children if c.dep_ in ("prt", "dobj", "acomp", "advmod") and c.i > v.i)


def _does_nothing(verb: Token) -> bool:
    """"Y has done nothing to help", "Y did nothing": a verb of support with "nothing" as object."""
    return any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in verb.children)


def _support_meant(verb: Token) -> bool:
    """A negated verb of support that blames: not in a condition ("if Y does not act, ..."), not
    advice ("Y should not apologise"), and "do" only as effort ("not doing enough / more / anything")."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "need") for c in verb.children):
        return False  # "Y should not apologise": advice not to, no fault found
    if lemma_of(verb) == "do":
        return any(c.lower_ in ("enough", "more", "anything", "nothing") for c in verb.children)
    return True


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, through "to"-infinitives and coordination ("Y failed to act and
    ignored ..."), never up into the clause that reports it."""
    node = verb
    for _ in range(4):
        subs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        if subs:
            if subs[0].dep_ == "csubj":  # "that Y controlling Z could ...": the subject clause's own subject
                inner = [c for c in subs[0].children if c.dep_ in ("nsubj", "nsubjpass")]
                return inner[0] if inner else None
            return subs[0] if subs[0].dep_ != "expl" else None
        if node.dep_ == "conj" and _finite(node) and _infinitive(node.head):
            # "Y has had the chance to tackle it and has failed": a finite verb is coordinated with
            # the clause above the infinitive, whatever the parser says
            up = node.head
            for _ in range(3):
                up = up.head
                if up.pos_ in ("VERB", "AUX") and not _infinitive(up):
                    break
            node = up
            continue
        if node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
            continue
        if _adjunct_gerund(node):
            # "By failing to act, Y has ...", "in failing to act, Y ...": the subject of the clause the
            # gerund modifies does it (subject control; not "praised Z for failing", whose object does)
            node = node.head.head
            continue
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return node.head
        break
    return None


#: Prepositions of a gerund adjunct whose missing subject is the subject of the clause it modifies:
#: "by/in failing to act, Y ..." (the means of what Y did; "for" and "of" take the object's act: "blamed Z
#: for failing", "accused Z of failing".)
_ADJUNCT_PREPS = frozenset({"by", "in", "through"})


def _adjunct_gerund(node: Token) -> bool:
    """A gerund in an adverbial "by/in ..." phrase on a verb with a subject of its own
    ("By failing to act, Y has ..."): its doer is that verb's subject."""
    if node.tag_ != "VBG" or node.dep_ != "pcomp" or node.head.dep_ != "prep" or node.head.lower_ not in _ADJUNCT_PREPS:
        return False
    gov = node.head.head
    return gov.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: "has failed", "failed", "will fail"."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _infinitive(verb: Token) -> bool:
    """A "to"-infinitive: "the chance to tackle"."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _noun_holders(noun: Token) -> list[Token]:
    """Whose a noun of evaluation is: "Y's failure", "the failure of Y", "Y is a disgrace",
    "Y, a disgraceful company"."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    out += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for g in c.children if g.dep_ == "pobj"]
    if noun.dep_ in ("attr", "oprd") and lemma_of(noun.head) in _COPULAS:
        s = _clause_subject(noun.head)
        out += [s] if s is not None and s.lower_ != "it" else []  # "It is a disgrace that ...": a situation
    if not out and noun.dep_ == "appos":
        out.append(noun.head)
    answerable = _answerable_for(noun)
    if not out and answerable is not None:
        s = _clause_subject(answerable.head)  # "Y had been responsible for huge waste"
        out += [s] if s is not None and s.lower_ != "it" else []
    if not out:
        # "the mistake that Y made", "the blunder Y committed": the doer in a relative clause of doing
        out += [s for c in noun.children if c.dep_ == "relcl" and lemma_of(c) in _DOING_VERBS and not negated(c)
                for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"]
    if not out and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and not _as_clause(noun.head):
        s = _clause_subject(noun.head)  # "Y had shown a casual disregard for ...", "Y made a blunder"
        out += [s] if s is not None else []
    return out


#: Verbs of doing whose object is the act a noun of evaluation names ("the mistake Y made").
_DOING_VERBS = frozenset({"make", "commit", "perpetrate"})


#: Adjectives of being answerable for something: "Y is responsible for the waste" lays it on Y.
_ANSWERABLE = frozenset({"responsible", "accountable", "culpable"})


def _answerable_for(noun: Token) -> Token | None:
    """The adjective of a predicate "responsible for <noun>" (also for a noun coordinated with the
    first: "responsible for waste and overspending"), not negated; else None."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    adj = noun.head.head
    if adj.lower_ not in _ANSWERABLE or adj.dep_ not in ("acomp", "attr") or lemma_of(adj.head) not in _COPULAS or _is_negated(adj):
        return None
    return adj


def _as_clause(verb: Token) -> bool:
    """"as X has said": a clause of agreement names a source the speaker agrees with, not whom they blame."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _evaluated(tok: Token) -> list[Token]:
    """The phrases a word of negative evaluation is said of, by the grammar of its clause."""
    if tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.i < tok.head.i and _perfect_have(tok) is None:
        # "a return to a failed Tory past", "Y's botched reforms": a participle used as an adjective
        # before its noun is said of the noun, as an adjective is (not "had failed pensioners", a
        # perfect tense the parser reads as a modifier)
        return _noun_holders(tok.head) or [tok.head]
    if tok.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "auxpass" for c in tok.children):  # "were misled by Y": the agent is blamed
            return agent_objects(tok)
        have = _perfect_have(tok)
        if have is not None:  # "Y had "completely failed" pensioners", read by the parser as "had [failed pensioners]"
            s = _clause_subject(have) or (_clause_subject(have.head) if have.dep_ == "aux" else None)
            return [s] if s is not None and s.lower_ != "it" else []
        s = _clause_subject(tok)
        if s is not None and s.lower_ == "it" and tok.dep_ == "xcomp" and lemma_of(tok.head) in _COPULAS:
            return []  # "it was not fair to blame the public": the "it" put before an infinitive is no one
        return [s] if s is not None else []
    if tok.pos_ == "ADJ" and tok.dep_ == "conj":
        # "the authentic and shocking voice of Y", "dangerous, ill thought-out and irresponsible":
        # an adjective coordinated with another is said of what the first one is said of
        # (on a noun only when the noun is the predicate: not "legitimate and illegitimate users of Y")
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.pos_ != "ADJ" or first.i == tok.i or (first.dep_ == "amod" and first.head.dep_ not in ("attr", "oprd")):
            return []
        return _evaluated(first)
    if tok.pos_ == "ADJ":
        fronted = _fronted_copula(tok)
        if fronted is not None:  # "how juvenile the minister was": whatever the parser made of it
            s = _clause_subject(fronted)
            return [s] if s is not None and s.lower_ != "it" else []
        if tok.dep_ == "amod":
            if tok.head.lemma_.lower() in _MANNER_NOUNS:
                # "the reckless way in which Y operates", "the shoddy manner Y treated them": the doer
                doers = [_clause_subject(c) for c in tok.head.children if c.dep_ in ("relcl", "acl")]
                if any(d is not None for d in doers):
                    return [d for d in doers if d is not None and d.lower_ not in ("which", "that", "who")]
            return _noun_holders(tok.head) or ([tok.head] if tok.head.pos_ == "PROPN" else [])
        if lemma_of(tok.head) == "get" and tok.dep_ in ("ccomp", "oprd", "xcomp", "acomp", "advmod") and \
                any(c.dep_ in ("nsubj", "dobj") for h in (tok, tok.head) for c in h.children if c.i != tok.i):
            s = _clause_subject(tok.head)  # "Y has got it (all) wrong": what Y got wrong, not a state Y got into
            return [s] if s is not None and s.lower_ != "it" else []
        if tok.dep_ in ("acomp", "attr", "oprd") or lemma_of(tok.head) in _COPULAS:
            s = _clause_subject(tok.head)
            if s is not None and s.lower_ == "it":
                return _extraposed_doer(tok)  # "It is unacceptable": a situation, unless a doer is named
            return [s] if s is not None else []
        return []
    if tok.pos_ == "NOUN":
        return _noun_holders(tok)
    if tok.pos_ == "ADV" and tok.head.pos_ in ("VERB", "AUX"):
        s = _clause_subject(tok.head)
        return [s] if s is not None else []
    return []


def _perfect_have(tok: Token) -> Token | None:
    """The "have" of a perfect tense the parser read as a participle modifying the object ("Y had
    failed pensioners" as "had [failed pensioners]"): a participle tagged as a modifier right after a
    form of "have" (past quotation marks and adverbs); else None."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD"):
        return None
    k = tok.i - 1
    while k >= tok.sent.start and (tok.doc[k].is_quote or tok.doc[k].is_punct or tok.doc[k].pos_ == "ADV"):
        k -= 1
    if k < tok.sent.start or lemma_of(tok.doc[k]) != "have":
        return None
    return tok.doc[k]


def _extraposed_doer(adj: Token) -> list[Token]:
    """Who did what "it" stands for before a predicate adjective: "it was wrong of Y to ...", "it is
    ridiculous that Y closed the library" (the active subject of the "that"-clause: not "that Y was
    hurt", which befell Y); nothing for "it is unacceptable" alone."""
    of = [g for c in adj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if of:
        return of
    for c in (*adj.children, *adj.head.children):
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            subs = [x for x in c.children if x.dep_ == "nsubj"]
            return subs[:1] if subs and subs[0].lower_ not in ("it", "this", "that", "there") else []
    return []


def _fronted_copula(adj: Token) -> Token | None:
    """The copula of an adjective fronted by "how" ("to show how juvenile the minister and his
    deputy were"), which the parser reads as the subject's modifier or the adverb's: the copula
    the adjective hangs under, when it has no predicate of its own."""
    if not any(t.lower_ == "how" for t in adj.doc[max(adj.sent.start, adj.i - 2) : adj.i]):
        return None
    node = adj
    for _ in range(3):
        node = node.head
        if lemma_of(node) in _COPULAS and node.i > adj.i:
            if any(c.dep_ in ("acomp", "attr", "oprd", "dobj") for c in node.children):
                return None
            return node
        if node.head.i == node.i:
            break
    return None


def _concern_objects(tok: Token) -> list[Token]:
    """What a word of concern is about: "about/over/with Y", "concerned that Y could ...",
    "raised concerns over Y's plan" (the owner of the plan)."""
    out: list[Token] = []
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "acomp") else [])
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in _CONCERN_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() not in WELLBEING_NOUNS:  # worry for Y's health is no blame
                        out.append(g)
                        out += [p for p in g.children if p.dep_ == "poss"]
            elif c.dep_ == "ccomp" and h is tok:
                s = _clause_subject(c)
                if s is not None:
                    out.append(s)
    return out


def _idiom_heads(tokens: list[Token]) -> list[tuple[Token, Span]]:
    """The head word of each stock idiom of negative evaluation in ``tokens``, with the words to show
    as its cue (from the verb it hangs on to its last word: "paying, in my opinion, lip service")."""
    lemmas = [lemma_of(t) for t in tokens]
    lowers = [t.lower_ for t in tokens]
    out, i = [], 0
    while i < len(tokens):
        can_open = _IDIOMS_BY_FIRST.get(lemmas[i], ())
        if lowers[i] != lemmas[i] and lowers[i] in _IDIOMS_BY_FIRST:
            can_open = sorted({*can_open, *_IDIOMS_BY_FIRST[lowers[i]]}, key=NEGATIVE_IDIOMS.index)
        hit = next((idiom for idiom in can_open
                    if tuple(lemmas[i : i + len(idiom)]) == idiom or tuple(lowers[i : i + len(idiom)]) == idiom), None)
        if hit is None:
            i += 1
            continue
        span = tokens[i : i + len(hit)]
        ids = {t.i for t in span}
        heads = [t for t in span if t.head.i not in ids or t.head.i == t.i]
        # a noun idiom that is a verb's object ("paying lip service") blames the verb's subject: the
        # verb right before it, across a parenthesis ("paying, in my opinion, lip service"), else
        # the verb the parse hangs it on
        verb = None
        if span[0].pos_ in ("NOUN", "PROPN", "ADJ"):
            left = [t for t in span[0].doc[max(span[0].sent.start, span[0].i - 6) : span[0].i]]
            verbs = [t for t in left if t.pos_ == "VERB"]
            verb = verbs[-1] if verbs else None
        if verb is None:
            verb = next((t.head for t in heads if t.head.pos_ in ("VERB", "AUX") and t.head.i not in ids and t.dep_ in ("dobj", "attr")), None)
        if verb is None:  # a predicate of place or state: "Y is out of touch", "Y remains in disarray"
            verb = next((t.head for t in heads if t.head.i not in ids and lemma_of(t.head) in _COPULAS
                         and t.dep_ in ("prep", "acomp", "advmod", "attr")), None)
        head = verb if verb is not None else heads[0]
        out.append((head, span[0].doc[min(head.i, span[0].i) : max(head.i, span[-1].i) + 1]))
        i += len(hit)
    # a verb idiom whose particle is put after the object ("Y has let the whole club down")
    found = {h.i for h, _ in out}
    for k, t in enumerate(tokens):
        if t.i in found or t.pos_ not in ("VERB", "AUX"):
            continue
        for idiom in _IDIOMS_BY_FIRST.get(lemmas[k], ()):
            # (the parser may hang the particle on the object, read as a small clause: "let [the club down]")
            prt = next((c for c in t.subtree if c.lower_ == idiom[1] and c.pos_ in ("ADP", "ADV", "PART") and t.i + 1 < c.i <= t.i + 6
                        and not any(v.pos_ in ("VERB", "AUX") for v in t.doc[t.i + 1 : c.i])), None) if len(idiom) == 2 else None
            if prt is not None:
                out.append((t, t.doc[t.i : prt.i + 1]))
                break
    return out


def _divided_state(t: Token) -> bool:
    """A word of division used as the state of its subject: "Y is split", "Y remains divided"
    (a passive or predicate with no agent, no parts and no object: not "split into two", "divided
    between", "X split the shares")."""
    if t.pos_ == "VERB":
        if t.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in t.children):
            return False
        node = t
    elif t.pos_ == "ADJ" and t.dep_ == "acomp" and lemma_of(t.head) in _COPULAS:
        node = t
    else:
        return False
    return not _is_negated(node) and not any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("into", "between", "among", "across", "by", "from"))
        for c in node.children)


def _bad_character(t: Token) -> bool:
    """A noun for a person of bad character, not negated ("Y is a liar", not "Y is no liar")."""
    return t.pos_ == "NOUN" and (t.lower_ in BAD_CHARACTER or lemma_of(t) in BAD_CHARACTER) and not _is_negated(t)


def _predicated_of(noun: Token) -> list[Token]:
    """Whom a noun is said of as the predicate of a copula: "Y is a liar", "Y has become a laughing
    stock" (the subject; not "it" before a clause); nothing in any other use ("Y's attacker")."""
    if noun.dep_ in ("attr", "oprd") and lemma_of(noun.head) in _COPULAS:
        s = _clause_subject(noun.head)
        return [s] if s is not None and s.lower_ != "it" else []
    return []


def _idiom_targets(head: Token) -> list[Token]:
    """Whom an idiom blames: the subject of its verb ("Y let down its customers"), the agent of a
    passive one, never the one it happened to ("customers felt let down by Y", "were let down by Y")."""
    if head.pos_ not in ("VERB", "AUX"):
        return _evaluated(head)
    if any(c.dep_ == "auxpass" for c in head.children) or \
            (head.tag_ == "VBN" and not any(c.dep_ == "aux" and lemma_of(c) == "have" for c in head.children)):
        # ("taken for granted by Y": the parser may hang the agent on the idiom's last word)
        return agent_objects(head) or [a for c in head.children if c.dep_ in ("advcl", "xcomp") for a in agent_objects(c)]
    s = _clause_subject(head)
    return [s] if s is not None else []


def _aimed_at(noun: Token) -> list[Token]:
    """Whom an act named by a noun is aimed at: "insults at Y", "a broadside against Y", also when
    the parser hangs the preposition on the verb ("shouted insults at Y")."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "against")
            for g in c.children if g.dep_ == "pobj"]


def _preps(tok: Token, names: tuple[str, ...]) -> list[Token]:
    """The objects of ``tok``'s prepositions named, and of prepositions joined to one of its
    ("a lack of trust in Y as prime minister and in his government")."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        for p in (c, *[d for d in c.subtree if d.dep_ == "conj" and d.pos_ == "ADP" and d.head.pos_ == "ADP"]):
            if p.lower_ in names:
                out += [g for g in p.children if g.dep_ == "pobj"]
    return out


def _no_quality(t: Token) -> bool:
    """"no discipline", "no confidence": a noun of trust or of a quality whose "no" is what is said."""
    return (lemma_of(t) in QUALITY_NOUNS or lemma_of(t) in TRUST_NOUNS) and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)


def _trust_lost(t: Token) -> list[Token] | None:
    """The phrases whose trust, or quality of conduct, a word says is wanting or lost, or None when
    ``t`` says no such thing: "a lack of trust in Y", "a loss of confidence in Y", "a lack of
    leadership from Y", "distrust of Y", "voters distrust Y", "Y has lost the trust of voters",
    "Z has lost faith in Y", "there is no discipline in Y", "Y has shown no leadership", "Y has
    lost all credibility", "Y lacks the courage to act", "Y's lack of honesty", "Y has shown a lack of
    leadership". "Investors have lost confidence" names no one trusted, "Z has no
    confidence" no one distrusted (trust is placed in another; a quality is the holder's own)."""
    lem = lemma_of(t)
    if t.pos_ == "NOUN" and lem in TRUST_LOSS_NOUNS:
        wanted = [g for g in _preps(t, ("of",)) if lemma_of(g) in TRUST_NOUNS or lemma_of(g) in QUALITY_NOUNS]
        if not wanted:
            return None
        # "in Y" on either noun; "of Y" only on the noun of want ("a lack of trust of Y": on "trust" it
        # names those who trust, "the trust of the people")
        out = [g for g in _preps(t, ("in", "of", "at", "from")) if g not in wanted] + \
            [g for w in wanted for g in _preps(w, ("in", "at", "from") if lemma_of(w) in QUALITY_NOUNS else ("in",))]
        if any(lemma_of(w) in QUALITY_NOUNS for w in wanted):
            # a quality is its holder's own: "Y's lack of courage", "Y has shown a lack of leadership"
            # (not "the public's lack of trust": trust is placed in another)
            out += [c for c in t.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS_FIRST]
            if t.dep_ == "dobj" and lemma_of(t.head) in _SHOW_VERBS and not negated(t.head):
                s = _clause_subject(t.head)
                out += [s] if s is not None and s.lower_ not in PRONOUNS_FIRST else []
        return out
    if t.pos_ == "VERB" and lem == "lack":
        # "Y lacks the courage to act", "Y lacks judgement": the quality Y's conduct should show is wanting
        if not any(c.dep_ == "dobj" and lemma_of(c) in QUALITY_NOUNS for c in t.children):
            return None
        s = _clause_subject(t)
        return [s] if s is not None and s.lower_ not in PRONOUNS_FIRST else []
    if t.pos_ == "NOUN" and lem in _DISTRUST:
        return _preps(t, ("in", "of", "towards", "toward"))
    if t.pos_ == "VERB" and lem in _DISTRUST:
        return [c for c in t.children if c.dep_ == "dobj"]
    if t.pos_ == "VERB" and lem == "lose":
        lost = [c for c in t.children if c.dep_ == "dobj" and (lemma_of(c) in TRUST_NOUNS or lemma_of(c) in QUALITY_NOUNS)]
        if not lost:
            return None
        placed = [g for w in lost for g in _preps(w, ("in",))]
        if placed:
            return placed  # "Z has lost faith in Y"
        if any(lemma_of(w) in QUALITY_NOUNS or any(c.dep_ == "poss" for c in w.children) or _preps(w, ("of",)) for w in lost):
            s = _clause_subject(t)  # "Y lost the trust of the people", "Y has lost the public's confidence", "Y lost credibility"
            return [s] if s is not None else []
        return None
    if t.pos_ == "NOUN" and (lem in QUALITY_NOUNS or lem in TRUST_NOUNS) and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        placed = _preps(t, ("in", "at", "from") if lem in QUALITY_NOUNS else ("in",))
        if t.dep_ == "attr" and any(c.dep_ == "expl" for c in t.head.children):
            # "there is no discipline in Y" (the parser may hang "in Y" on the verb)
            return placed or _preps(t.head, ("in", "at"))
        if t.dep_ == "dobj" and lemma_of(t.head) in ("have", "show", "display") and not negated(t.head):
            if placed:
                return placed  # "voters have no confidence in Y"
            if lem in QUALITY_NOUNS:
                s = _clause_subject(t.head)  # "Y has shown no leadership", "Y has no credibility"
                return [s] if s is not None else []
        return None
    return None

#: Verbs of trusting someone: negated ("you cannot trust Y", "I don't think you can rely on Y's
#: judgement", "Y cannot be trusted") they judge Y unworthy of trust.
_TRUST_VERBS = {"trust": None, "rely": "on"}
#: Verbs of opinion whose negation a speaker means of the clause under them ("I don't think you can ...").
_RAISING_VERBS = frozenset({"think", "believe", "suppose", "expect"})


def _distrusted(t: Token) -> list[Token] | None:
    """The phrases a negated verb of trust names, or None: "you can't trust Y", "Y cannot be
    trusted", "I don't think you can rely on Y's judgement"; not "if you don't trust Y"."""
    if t.pos_ != "VERB" or lemma_of(t) not in _TRUST_VERBS:
        return None
    if not (negated(t) or t.dep_ == "ccomp" and lemma_of(t.head) in _RAISING_VERBS and negated(t.head)):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
        return None
    if any(c.dep_ == "auxpass" for c in t.children):
        return [c for c in t.children if c.dep_ == "nsubjpass"]
    prep = _TRUST_VERBS[lemma_of(t)]
    return [c for c in t.children if c.dep_ == "dobj"] if prep is None else _preps(t, (prep,))


#: Verbs after "should have" that say what Y was owed or missed, not what Y failed to do ("we
#: should have had a penalty", "we should have won"), nor the outcome of a contest ("Y should have scored").
_OWED_VERBS = frozenset({"be", "have", "get", "win", "lose", "draw", "score", "receive", "earn", "gain", "deserve", "happen", "like",
                         "love", "want", "enjoy"})


def _reproached(t: Token) -> Token | None:
    """"Y should have acted sooner", "Y ought to have known", "Y should never have signed": what
    Y should have done and did not, or did and should not have, is blamed on Y (its subject); not
    passive ("Y should have been told": done to Y), not a condition or a question."""
    if t.pos_ != "VERB" or t.tag_ != "VBN" or lemma_of(t) in _OWED_VERBS:
        return None
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ in ("should", "ought") for c in aux) or not any(lemma_of(c) == "have" and c.dep_ == "aux" for c in aux):
        return None
    if any(c.dep_ == "auxpass" for c in aux) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
        return None
    if any(c.dep_ == "aux" and c.i < t.i and c.is_sent_start for c in aux) or t.sent[-1].text == "?" and \
            any(c.lower_ in ("should", "ought") and c.i < min((s.i for s in t.children if s.dep_ == "nsubj"), default=c.i + 1) for c in aux):
        return None  # "Should Y have acted?": a question
    return _clause_subject(t)


def _cues(tokens: list[Token]) -> list[tuple[Token, list[Token], Token | Span]]:
    """(cue word, the phrases it evaluates, the words its evidence shows as the cue) for every
    negative evaluation in ``tokens``: the cue word itself, or an idiom's words."""
    out = []
    for t in tokens:
        low, lem = t.lower_, lemma_of(t)
        if (low in CONCERN_WORDS or lem in CONCERN_WORDS) and t.pos_ in ("NOUN", "ADJ", "VERB") and not _is_negated(t):
            out.append((t, _concern_objects(t), t))
        elif _bad_character(t):
            out.append((t, _predicated_of(t), t))  # "Y is a liar", "Y was a coward to leave"
        elif t.pos_ == "NOUN" and (low in FAILURE_PREDICATES or lem in FAILURE_PREDICATES) and not _is_negated(t):
            out.append((t, _predicated_of(t), t))  # "Y's plans are a disaster", "the scheme is a farce"
        elif lem == "lie" and any(c.lower_ in ("down", "low") for c in t.children):
            continue  # "take this lying down", "lie low": a posture, no untruth
        elif _in_negative(t) and t.pos_ in ("VERB", "ADJ", "NOUN", "ADV") and not _is_negated(t):
            if t.pos_ == "NOUN" and _aimed_at(t):
                continue  # "shouted insults at Y": an act aimed at Y (the noun rule), not the subject's fault
            out.append((t, _evaluated(t), t))
        elif (distrusted := _distrusted(t)) is not None:
            out.append((t, distrusted, t))  # "you can't trust Y", "Y cannot be trusted"
        elif (reproached := _reproached(t)) is not None:
            out.append((t, _named_phrases([reproached]), t))  # "Y should have acted sooner"
        elif (lost := _trust_lost(t)) is not None:
            # ("no lack of trust", "has not lost the trust"; the "no" of "no discipline in Y" is the want itself)
            if not (_is_negated(t) and not _no_quality(t)) and not negated(t):
                out.append((t, lost, t))  # "a lack of trust in Y", "Y has lost the trust of the people"
        elif _excess(t):
            if t.pos_ == "ADJ" and t.dep_ == "advmod" and t.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.head.children):
                # "Y had held rates too high", "Y set the bar too low": the parser hangs the result on
                # the verb as a manner; like "kept rates too high" it is the subject's doing
                s = _clause_subject(t.head)
                out.append((t, _named_phrases([s] if s is not None else []), t))
                continue
            out.append((t, _named_phrases(_evaluated(t)), t))  # "Y's forecasts were too optimistic", "Y is acting too late"
        elif _amends_owed(t):
            s = _clause_subject(t)  # "Y should apologise", "Y must resign"
            out.append((t, _named_phrases([s] if s is not None else []), t))
        elif lem in SUPPORT_VERBS and t.pos_ in ("VERB", "AUX") and (_is_negated(t) or _does_nothing(t)) and _support_meant(t):
            s = _clause_subject(t)
            out.append((t, [s] if s is not None else [], t))
        elif low in VIRTUES and t.pos_ == "ADJ" and t.dep_ in ("acomp", "attr") and _is_negated(t):
            s = _clause_subject(t.head)  # "Y has not been honest"
            if s is not None and s.lower_ == "it" and any(c.dep_ in ("xcomp", "ccomp") for c in (*t.children, *t.head.children)):
                s = None  # "it was not fair to blame the public": the "it" put before a clause is no one
            out.append((t, [s] if s is not None else [], t))
        elif lem == "blame" and t.dep_ == "xcomp" and lemma_of(t.head) == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                and not _is_negated(t):
            s = _clause_subject(t.head)  # "Y is to blame for the losses" (not "Y was not to blame")
            out.append((t, [s] if s is not None else [], t))
        elif lem == "add" and t.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children) and _is_negated(t) \
                and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            out.append((t, _evaluated(t), t))  # "Y's sums don't add up": Y's figures are not to be believed
        elif lem in BREACH_VERBS and t.pos_ == "VERB" and not _is_negated(t) and \
                any(c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in COMMITMENT_NOUNS for c in t.children):
            out.append((t, _evaluated(t), t))  # "Y broke its promise", "the pledge was broken by Y"
        elif lem in BREACH_VERBS and t.dep_ == "amod" and t.i < t.head.i and lemma_of(t.head) in COMMITMENT_NOUNS and not _is_negated(t):
            out.append((t, _noun_holders(t.head), t))  # "Y's broken promises", "Y had broken promises" (read as "have" + noun)
        elif (low in DISUNITY_WORDS or lem in DISUNITY_WORDS) and _divided_state(t):
            s = _clause_subject(t) if t.pos_ == "VERB" else _clause_subject(t.head)
            out.append((t, [s] if s is not None else [], t))  # "the government is clearly split at the top"
        elif low in SHAME_WORDS and t.dep_ == "acomp" and any(c.lower_ in ("should", "ought") for c in t.head.children) \
                and not _is_negated(t):
            s = _clause_subject(t.head)  # "Y should be ashamed", not "Y was embarrassed" (a feeling)
            out.append((t, [s] if s is not None else [], t))
        elif lem in FAULT_NOUNS and t.pos_ == "NOUN" and t.dep_ == "nsubj" and lemma_of(t.head) in ("be", "lie", "rest") and not _is_negated(t.head):
            # "the blame lies with Y", "the problem is with Y"
            out.append((t, [g for c in t.head.children if c.dep_ == "prep" and c.lower_ in ("with", "on") for g in c.children if g.dep_ == "pobj"], t))
    for head, idiom in _idiom_heads(tokens):
        if not _is_negated(head):
            out.append((head, _idiom_targets(head), idiom))
    return out


_PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}


def _plural_antecedent(ctx: RelationContext, para: Paragraph, pron: Token) -> list[int]:
    """What "they" means: the last list of names (or plural name) before it in its sentence,
    else the companies named last before it; nothing when the sentence before is about
    plural things ("the story is costs. They are ...") or the name is whom a speaker told
    ("She told the BBC she was concerned about their ...")."""
    for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
        if t.dep_ in ("dobj", "dative") and lemma_of(t.head) in REPORTING_VERBS:
            continue
        if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("conj", "appos", "compound", "poss"):
            refs = ctx.phrase_refs(para, t)
            if len(refs) >= 2 or (refs and (t.tag_ in ("NNS", "NNPS") or ctx.table.items[refs[0]].plural)):
                return refs
    if _plural_things_before(ctx, para, pron):
        return []
    j = ctx._last_org(para.offset + pron.idx, para, pron, company=True)
    return [ctx.table.resolved(j)] if j is not None else []


def _plural_things_before(ctx: RelationContext, para: Paragraph, pron: Token) -> bool:
    """Whether the sentence before a sentence-initial "they" has a plural common noun as its
    subject or complement (what "they" most likely continues)."""
    sent = pron.sent
    if pron.i - sent.start > 1 or sent.start == 0:
        return False
    prev = para.doc[sent.start - 1].sent
    for t in prev:
        if t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass", "attr") and ctx.table.at(para.index, t.i) is None:
            return True
    return False


#: Plural nouns for bodies that take up a list of them named just before ("the firms", "the two companies").
_BODY_PLURALS = words("wn_organization_nouns") | {"firm", "company", "operator"}


def _listed_bodies(ctx: RelationContext, para: Paragraph, noun: Token) -> list[int]:
    """The bodies "the firms" / "both companies" takes up: the last list of two or more named
    organisations in its paragraph before it, within its sentence and the one before; nothing
    for a singular noun, one with an owner or a modifier of its own, or when no such list is there."""
    if noun.tag_ != "NNS" or lemma_of(noun) not in _BODY_PLURALS:
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("the", "both") for c in noun.children) or any(
            c.dep_ in ("poss", "compound", "amod", "prep", "relcl", "acl") for c in noun.children):
        return []
    spans = [(para, s) for s in reversed([s for s in para.doc.sents if s.start <= noun.i])]
    before = next((p for p in ctx.paras if p.index == para.index - 1), None)
    if before is not None:  # (the sentence before may end the paragraph before)
        spans += [(before, s) for s in reversed(list(before.doc.sents))]
    for p, s in spans[:2]:
        for t in reversed(list(s)):
            if (p is para and t.i >= noun.i) or t.dep_ in ("conj", "compound"):
                continue
            refs = [r for r in ctx.phrase_refs(p, t) if ctx.table.items[r].type == "Organization"]
            if len(refs) >= 2 and any(c.dep_ == "conj" for c in t.children):
                return refs
    return []


def _targets(ctx: RelationContext, para: Paragraph, phrases: list[Token], critics: set[int], members: bool = True) -> list[int]:
    """Whom the phrases an evaluation is said of name (or whose thing they are), never a critic; with
    ``members``, "ministers" and "this government" in a quotation stand for the government."""
    out: list[int] = []
    plural_critic = any(ctx.table.items[c].kind == "group" or ctx.table.items[c].plural for c in critics)
    for p in phrases:
        if p.lower_ in _PLURAL_PRONOUNS and plural_critic and ctx.quote_at(para, p) is None:
            continue  # "activists said they would ignore the ban": "they" are the critics
        refs = ctx.phrase_refs(para, p)
        if not refs and p.lower_ in _PLURAL_PRONOUNS:
            refs = _plural_antecedent(ctx, para, p)
        if not refs:  # "Y's plan is reckless", "the plan of Y is a disgrace", "the fees charged by Y are unfair"
            refs = _owners(ctx, para, p)
        if not refs:  # "X wrote to Y and Z ... X alleged the firms were abusing ...": the bodies just listed
            refs = _listed_bodies(ctx, para, p)
        if not refs and members:  # "ministers had been complacent": the government they sit in
            refs = _ministers_government(ctx, p) or _this_government(ctx, para, p)
        for r in refs:
            m = ctx.table.items[r]
            if r in critics or r in out or m.type not in _PARTIES or m.kind not in ("name", "group"):
                continue
            out.append(r)
    return out


def _own_concern(ctx: RelationContext, para: Paragraph, cue: Token, speakers: set[int]) -> bool:
    """A word of concern is the critic's own unless the clause gives it to someone else: "I'm
    sure Y might be more worried about it than me" reports Y's worry, not a warning by the
    speaker against Y."""
    low, lem = cue.lower_, lemma_of(cue)
    if low not in CONCERN_WORDS and lem not in CONCERN_WORDS:
        return True
    if cue.pos_ == "ADJ":
        who = _clause_subject(cue.head) if cue.dep_ in ("acomp", "attr", "oprd") else None
    elif cue.pos_ == "VERB":
        who = _clause_subject(cue)
    elif cue.pos_ == "NOUN" and any(c.dep_ == "poss" for c in cue.children):
        # "the chairman's deep concerns regarding Y": someone else's worry, even when the speaker shares it
        who = next(c for c in cue.children if c.dep_ == "poss")
        if who.lower_ in PRONOUNS_FIRST:
            return True
        j = ctx.table.at(para.index, who.i)
        if j is not None and ctx.table.items[j].kind == "description":
            return False  # ("the chairman's concerns", said by X: a description names another office holder)
        r = ctx.ref(para, who)
        return r is not None and r in speakers
    else:
        return True
    if who is None or who.lower_ in PRONOUNS_FIRST:
        return True
    r = ctx.ref(para, who)
    if r is None:
        # "he said most people living there were more concerned with ...": people a common noun
        # names feel it, not the speaker
        return not (who.pos_ == "NOUN" and who.tag_ in ("NNS", "NNPS"))
    return r in speakers or ctx.table.items[r].type not in ("Person", "Organization")


def _evaluate_region(ctx: RelationContext, para: Paragraph, sent: Span, region: list[Token], critics: list[int], rule: str,
                     conf: float) -> None:
    speakers = {c for c in critics if c is not None}
    if not speakers:
        return
    for cue, phrases, shown in _cues(region):
        if not _own_concern(ctx, para, cue, speakers) or _hearsay(cue):
            continue  # ("to settle charges that it rigged bids": what the charges say, not what the speaker does)
        if rule.startswith("criticises:reported") and cue.dep_ == "amod" and cue.head.pos_ == "PROPN" and _fronted_copula(cue) is None:
            continue  # "he said replacing the controversial CSA ...": an epithet on a name is the reporter's
        for tgt in _targets(ctx, para, phrases, speakers):
            for s in sorted(speakers):
                ctx.add(s, "criticises", tgt, ctx.evidence(para, sent, rule, conf, shown))


def _clause_people(ctx: RelationContext, para: Paragraph, v: Token) -> list[int]:
    """The people a verb's clause names or describes outside its subject ("accused the Tory leader",
    "while saying he admired Mr Blair's leadership, he criticised"): binding theory's names and
    descriptions, which the clause's pronoun subject cannot refer to; not pronouns ("his")."""
    subject = {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    out: list[int] = []
    for t in v.subtree:
        j = ctx.table.at(para.index, t.i) if t.i not in subject else None
        if j is None or ctx.table.items[j].kind not in ("name", "description"):
            continue
        r = ctx.table.resolved(j)
        if r is not None and ctx.table.items[r].type == "Person" and r not in out:
            out.append(r)
    return out


@relation_rule("criticises", "verb")
def criticising_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"X criticised Y", "X accused Y of ...", "X warns Y"; "Y was condemned by X"; formal blame:
    "X fined Y", "X is suing Y", "Y was prosecuted by X" (not "X could sue Y")."""
    for v in verbs(para):
        if negated(v):
            continue
        lemma = lemma_of(v)
        sanction = lemma in SANCTION_VERBS or v.lower_ in SANCTION_VERBS
        if lemma not in CRITICISE_VERBS and not sanction:
            continue
        if sanction:
            if any(c.dep_ == "aux" and c.lower_ in _HEDGE_MODALS for c in v.children) or v.dep_ == "amod":
                continue  # "X could sue Y", "the fined firm": a threat or a label, no accusation made
                # ("X will sue Y", "X said it would sue Y": an action announced, a challenge made)
            lemma = v.lower_ if lemma not in SANCTION_VERBS else lemma
        doer_of = _own_act_for(v) if v.dep_ == "pcomp" else None
        if v.dep_ == "pcomp" and v.head.lower_ in ("of", "for") and doer_of is None:
            continue  # "accused Z of attacking Y", "stripped of attacking talent": the subject found above is not the critic
        if not_yet(v):
            continue  # "called on X to denounce Y", "wants to criticise Y": a criticism asked for or intended
        if _hearsay(v):
            continue  # "investigated claims that X was blaming Y": what the claims say, not a fact
        if lemma == "challenge" and any(c.dep_ in ("xcomp", "advcl", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                        for c in v.children):
            continue  # "X challenged Y to publish the figures": a dare, a call on Y (callsOn), no criticism
        if lemma == "challenge" and any(c.dep_ == "prep" and c.lower_ == "for" for h in (v, *(o for o in v.children if o.dep_ == "dobj"))
                                        for c in h.children):
            continue  # "X challenged Y for the leadership", "the party challenging Labour for power": a contest for a post
        if lemma == "challenge" and any(c.dep_ == "dobj" and (c.lower_ in CONTEST_NOUNS or lemma_of(c) in CONTEST_NOUNS) for c in v.children):
            continue  # "X hopes to challenge the dominance of Y": rivalry for a standing, no criticism
        if lemma == "challenge" and _contest(v):
            continue  # "the Liberal Democrats challenge Labour in its heartlands": a rival in a contest
        if lemma == "protest" and any(c.dep_ == "dobj" and lemma_of(c) == "innocence" for c in v.children):
            continue  # "X protested his innocence": an assertion (WordNet's protest.v.02), no objection
        if lemma in _WARN_VERBS and _warned_hearer(v):
            continue  # "X warned ministers that ...", "X is warning a committee of MSPs that ...": a hearer, not a target
        if any(c.dep_ == "auxpass" for c in v.children):
            critics = ctx.agents(para, v)
            targets = [r for c in v.children if c.dep_ == "nsubjpass" for r in _criticised(ctx, para, c)]
            if not any(c.dep_ == "nsubjpass" for c in v.children):
                # "Y is furious after being fined by X", "after being criticised by X, Y resigned"
                s = _governing_subject(v)
                targets += ctx.phrase_refs(para, s) if s is not None else []
        else:
            # ("X said ... and accused Y of", "a report by X criticised Y")
            critics = reporter_of_coordinated(ctx, para, v) or ctx.subjects(para, v) or document_authors(ctx, para, v) \
                or _among_those(ctx, para, v)
            if doer_of is not None:  # "X apologised for criticising Y": the one who apologised
                critics = ctx.subjects(para, doer_of)
            # ("fined Y £2m": the parser may read the one fined as an indirect object)
            targets = [r for c in v.children if c.dep_ == "dobj" or (sanction and c.dep_ == "dative")
                       for c in [_antecedent(v, c)] for r in _criticised(ctx, para, c)]
            blamed_on = [g for c in v.children if c.dep_ == "prep" and c.lower_ in _BLAMED_ON and lemma in _BLAME_ON_VERBS
                         for g in c.children if g.dep_ == "pobj"]
            if blamed_on:  # "X blamed the closures on Y": the fault is Y's, not the closures'
                targets = [r for g in blamed_on for r in ctx.phrase_refs(para, g) or _owners(ctx, para, g)]
            if any(c.dep_ == "dobj" and c.lower_ == "each" or c.lower_ == "another" for c in v.children) or \
                    any(c.dep_ == "dobj" and c.lower_ == "other" and any(d.lower_ in ("each", "one") for d in c.children) for c in v.children):
                targets = critics  # "X and Y accuse each other": every one of them criticises the others
        states = {r for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "GPE" for r in ctx.phrase_refs(para, c)}
        # "accused US officials of ...": the officials of a country stand for its state
        officials = {r for c in v.children if c.dep_ in ("dobj", "nsubjpass") and not ctx.phrase_refs(para, c)
                     for r in [ctx.state_of(para, c)] if r is not None}
        states |= officials
        targets += [r for r in officials if r not in targets]
        if not targets:
            # "X attacked UK policy on immigration", "X condemned China's record": a country's conduct is its state's
            owned = {r for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.dep_ != "dative" for r in _state_owners(ctx, para, c)}
            states |= owned
            targets += sorted(owned)
        if not any(c.dep_ == "auxpass" for c in v.children):
            # ("He warned his supporters": "his" may be "he"; only the verb's own object cannot be, nor any
            # person the clause names or describes: "He accused the Tory leader of ...", "While saying he
            # admired Mr Blair's leadership, he criticised Y": a pronoun subject is never a name or
            # description in its own clause)
            critics = unbound_subject(ctx, para, v, critics, [r for c in v.children if c.dep_ == "dobj" for r in _named_refs(ctx, para, c)]
                                      + _clause_people(ctx, para, v))
        for obj in targets:
            for subj in critics:
                # a country named as a noun ("criticised the US") stands for its state; an adjective ("German") does not
                ctx.add(subj, "criticises", obj, ctx.evidence(para, v.sent, f"criticises:verb:{lemma}", 0.8, v), state=obj in states)


#: Verbs of rejecting -> what each turns away: what another puts forward, a criticism (data/reject_verbs.txt).
_REJECTS = {verb: set(what.split("|")) for verb, what in mapping("reject_verbs").items()}
#: Verbs of rejecting what another puts forward ("X rejected Y's call", "X rebuffed Y's demands").
_REJECTING_VERBS = frozenset(verb for verb, what in _REJECTS.items() if "proposal" in what)
#: Nouns of what a party puts forward: its call, claim, proposal, demand (data/rejected_nouns.txt).
REJECTED_NOUNS = words("rejected_nouns")
#: Words that make a proposal a bid for a firm ("a takeover proposal"): rejecting a bid is no criticism.
_BID_WORDS = words("acquisition_nouns") | {"merger", "bid", "offer"}


@relation_rule("criticises", "rejected")
def rejected_proposals(ctx: RelationContext, para: Paragraph) -> None:
    """"X rejected Y's call for ...", "X dismissed Y's claims", "a proposal by Y was rejected by X":
    the one who rejects what Y puts forward disapproves of it and so of Y. What Y says or proposes
    is named by its owner (possessive, "of"/"by"/"from" phrase); a bid for a firm ("rejected a
    takeover proposal") is a business answer, and "Y rejected criticism from X" is X's (``received``)."""
    for v in verbs(para):
        if lemma_of(v) not in _REJECTING_VERBS or negated(v) or not_yet(v) or _hearsay(v):
            continue
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children):
            continue  # "X would reject Y's plan": a stance foretold, not taken
        passive = any(c.dep_ == "auxpass" for c in v.children)
        things = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        things += [d for t in things for d in t.conjuncts if d.dep_ == "conj"]
        targets: list[int] = []
        for t in things:
            if lemma_of(t) not in REJECTED_NOUNS and t.lower_ not in REJECTED_NOUNS:
                continue
            if any(c.lower_ in _BID_WORDS or lemma_of(c) in _BID_WORDS for c in t.children if c.dep_ in ("compound", "amod")):
                continue
            heads = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
            owners = [r for g in heads for r in ctx.phrase_refs(para, g) if ctx.table.items[r].type in _PARTIES]
            targets += [r for r in owners + _owners(ctx, para, t, back=False) if r not in targets]
        if not targets:
            continue
        critics = ctx.agents(para, v) if passive else (ctx.subjects(para, v) or reporter_of_coordinated(ctx, para, v) or [])
        for obj in targets:
            for subj in critics:
                if subj != obj:
                    ctx.add(subj, "criticises", obj, ctx.evidence(para, v.sent, "criticises:rejected", 0.7, v))


#: Verbs and nouns of asking someone to act: "X urged Y to apologise", "X joined the calls for Y to resign".
_CALL_VERBS = words("calls_on_verbs")
_CALL_NOUNS = words("call_nouns")


@relation_rule("criticises", "demanded-amends")
def demanded_amends(ctx: RelationContext, para: Paragraph) -> None:
    """"X urged Y to apologise", "X called on Y to resign", "X called for Y to step down", "X joined
    the calls for Y to quit", "Y was urged to resign by X": amends or a resignation demanded of Y blame
    Y (the call itself is callsOn's). Not negated ("X did not call on Y to resign")."""
    for v in verbs(para):
        if v.dep_ not in ("xcomp", "advcl", "ccomp", "acl") or not _amends(v) or negated(v) \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            continue
        gov = v.head
        own = [c for c in v.children if c.dep_ == "nsubj"]  # "called for Y to resign"
        if gov.pos_ == "VERB" and lemma_of(gov) in _CALL_VERBS and not negated(gov):
            if any(c.dep_ == "auxpass" for c in gov.children):
                critics = ctx.agents(para, gov)
                phrases = [c for c in gov.children if c.dep_ == "nsubjpass"]
            else:
                critics = ctx.subjects(para, gov)
                phrases = [c for c in gov.children if c.dep_ == "dobj"] + \
                    [g for c in gov.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
            phrases += own
        elif gov.pos_ == "NOUN" and lemma_of(gov) in _CALL_NOUNS and own and gov.dep_ == "dobj" and gov.head.pos_ == "VERB" \
                and not negated(gov.head):
            critics, phrases = ctx.subjects(para, gov.head), own  # "X joined the calls for Y to resign"
        else:
            continue
        for tgt in _targets(ctx, para, phrases, set(critics), members=False):
            for subj in critics:
                ctx.add(subj, "criticises", tgt, ctx.evidence(para, v.sent, "criticises:demanded-amends", 0.65, v))


#: Nouns of an inquiry into someone's conduct (data/inquiry_nouns.txt).
INQUIRY_NOUNS = words("inquiry_nouns")
#: Verbs that demand what their object names ("X demanded an inquiry", "X wants a probe").
_DEMAND_VERBS = frozenset({"demand", "want", "seek", "request", "urge", "need"})
#: Modals of what ought to happen: "there should be an inquiry".
_OUGHT_MODALS = frozenset({"should", "must", "ought"})


def _demanded_by(ctx: RelationContext, para: Paragraph, noun: Token) -> list[int] | None:
    """Who demands the thing ``noun`` names: the subject of "X demanded an inquiry", "X called for an
    inquiry"; for "there should be an inquiry", the speaker of the quotation or the reporter of the
    clause it is in; None when nobody demands it (an inquiry under way, launched, or negated)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" and lemma_of(head.head) in _CALL_VERBS:
        verb = head.head  # "X called for an inquiry", "X pressed for a probe"
    elif noun.dep_ == "dobj" and head.pos_ == "VERB" and lemma_of(head) in _DEMAND_VERBS | _CALL_VERBS:
        verb = head
    elif noun.dep_ in ("attr", "nsubj") and lemma_of(head) == "be" and any(c.dep_ == "expl" for c in head.children) \
            and any(c.dep_ == "aux" and c.lower_ in _OUGHT_MODALS for c in head.children):
        if negated(head) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return None
        q = ctx.quote_at(para, noun)
        if q is not None:
            return [q.speaker] if q.speaker is not None else None
        rep = head
        for _ in range(3):
            if rep.dep_ != "ccomp" or rep.head.i == rep.i:
                break
            rep = rep.head
        if rep is head or lemma_of(rep) not in REPORTING_VERBS or negated(rep):
            return None
        return ctx.subjects(para, rep)
    else:
        return None
    if negated(verb) or not_yet(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return ctx.subjects(para, verb)


@relation_rule("criticises", "demanded-inquiry")
def demanded_inquiry(ctx: RelationContext, para: Paragraph) -> None:
    """"X called for an inquiry into Y's conduct", "there should be a full investigation into whether Y
    has done this" (said by X): an inquiry demanded into Y, or into what Y did, accuses Y."""
    for n in tokens(para):
        if n.pos_ != "NOUN" or lemma_of(n) not in INQUIRY_NOUNS or _is_negated(n):
            continue
        into = [c for c in n.children if c.dep_ == "prep" and c.lower_ == "into"]
        if not into:
            continue
        critics = _demanded_by(ctx, para, n)
        if not critics:
            continue
        phrases = [g for c in into for g in c.children if g.dep_ == "pobj"]
        # "into whether Y has done this", "into how Y ran the fund": the subject of the clause
        phrases += [s for c in into for g in c.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")
                    for s in [_clause_subject(g)] if s is not None]
        for tgt in _targets(ctx, para, phrases, set(critics), members=False):
            for subj in critics:
                ctx.add(subj, "criticises", tgt, ctx.evidence(para, n.sent, "criticises:demanded-inquiry", 0.6, n))


def _own_act_for(v: Token) -> Token | None:
    """"X apologised for criticising Y", "X has issued an apology for criticising Y", "X was fined for
    attacking Y": a gerund after "for" on a verb (or its object noun) with no other object is the act
    of that verb's subject, and that verb is returned; None for "praised Z for attacking Y" or "accused
    Z of ..." (Z's act, or a claim)."""
    if v.head.lower_ != "for":
        return None
    gov = v.head.head
    if gov.pos_ == "NOUN" and gov.dep_ == "dobj":
        if lemma_of(gov) in CRITICISE_NOUNS or gov.lower_ in CRITICISE_NOUNS:
            return None  # ("X made the accusation for ...")
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX") or lemma_of(gov) in CRITICISE_VERBS or lemma_of(gov) in _REWARD_VERBS:
        return None
    if any(c.dep_ in ("dobj", "dative") and c.i < v.i and c.pos_ in ("PROPN", "PRON") for c in gov.children):
        return None
    return gov


#: Verbs of praising or thanking someone for an act: "praised Z for attacking Y" is Z's act.
_REWARD_VERBS = frozenset({"praise", "thank", "commend", "congratulate", "applaud", "hail", "salute", "credit", "reward"})


def _criticised(ctx: RelationContext, para: Paragraph, obj: Token) -> list[int]:
    """Whom the object of a verb of criticism names, or whose thing it is ("Y's plans"); a move in a
    game is no one's conduct ("kept attacking Y's backhand": play against Y, no criticism)."""
    if obj.lower_ in PLAY_NOUNS or lemma_of(obj) in PLAY_NOUNS:
        return []
    return ctx.phrase_refs(para, obj) or _owners(ctx, para, obj) or _ministers_government(ctx, obj) or _this_government(ctx, para, obj)


def _this_government(ctx: RelationContext, para: Paragraph, tok: Token) -> list[int]:
    """"this government" in what someone says: the government in office, the one national
    government the article names ("I think this government has lost its way"); so is "his / her
    / their / our government" and a bare "government" ("there is no discipline in government")
    when the article names no other."""
    if tok.lower_ != "government" or ctx.quote_at(para, tok) is None:
        return []
    mods = [c for c in tok.children if c.dep_ not in ("punct", "cc", "conj")]
    if not all(c.dep_ == "det" and c.lower_ == "this" or c.dep_ == "poss" and c.lower_ in _GOVERNMENT_POSSESSORS for c in mods):
        return []  # not "the Scottish government", "a coalition government", "Y's government"
    return _article_government(ctx)


#: Pronouns that own a government in speech ("his government", "our government").
_GOVERNMENT_POSSESSORS = frozenset({"his", "her", "their", "our", "your"})


def _article_government(ctx: RelationContext) -> list[int]:
    """The national government the article names ("the government"), when it names one only: one
    key, however many mentions carry it ("the government ... the government" may be two mentions
    that no pronoun or description joins before the entities are made)."""
    govs: dict[str, int] = {}
    for j, m in enumerate(ctx.table.items):
        r = ctx.table.resolved(j)
        if r is not None and m.type == "Organization" and m.kind == "name" and (m.key == "government" or m.key.endswith(" government")):
            govs.setdefault(ctx.table.items[r].key, r)
    return list(govs.values()) if len(govs) == 1 else []


def _ministers_government(ctx: RelationContext, tok: Token) -> list[int]:
    """"ministers" with nothing to say whose ("accused ministers of ...", "ministers had been
    complacent"): the members of the national government stand for it (GUIDELINES: office holders
    of a national government work for it), when the article names one government only (its "the
    government"); not "EU ministers", "Tory ministers", "former ministers", "the ministers of Y"."""
    if tok.lower_ != "ministers" or any(c.dep_ != "det" or c.lower_ != "the" for c in tok.children if c.dep_ not in ("punct", "cc", "conj")):
        return []
    return _article_government(ctx)


#: Nouns of what a state decides and does as a state ("UK policy", "Japan's decision"); not a national
#: side's play ("Italy's defending", "France's tactics"), which is a team's.
_STATE_ACTS = frozenset({"policy", "decision", "handling", "stance", "law", "legislation", "treatment", "crackdown"})


def _state_owners(ctx: RelationContext, para: Paragraph, thing: Token) -> list[int]:
    """The country whose act of state a common noun names: "UK policy", "China's handling of the
    crisis", "the decision of Japan" (a country's name as its owner: its state; not "UK voters")."""
    if thing.pos_ != "NOUN" or ctx.table.at(para.index, thing.i) is not None or thing.lemma_.lower() not in _STATE_ACTS:
        return []
    heads = [g for g in thing.children if g.dep_ in ("poss", "compound") and g.pos_ == "PROPN" and g.ent_type_ == "GPE"]
    heads += [g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    out: list[int] = []
    for g in heads:
        j = ctx.table.at(para.index, g.i)
        m = ctx.table.items[j] if j is not None else None
        if m is not None and m.type == "Place" and m.kind == "name" and is_nation(m.key) and m.key not in HOME_NATIONS:
            r = ctx.table.resolved(j)
            if r is not None and r not in out:
                out.append(r)
    return out


def _among_those(ctx: RelationContext, para: Paragraph, v: Token) -> list[int]:
    """Who "those who criticised Y" are when the clause names them: "Among those who have
    criticised Y are X and Z", "Those who attacked Y included X" (the copula's subject or
    complement, the object of "include")."""
    if v.dep_ != "relcl" or v.head.lower_ not in ("those", "people") or \
            not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in v.children):
        return []
    those = v.head
    verb = those.head.head if those.dep_ == "pobj" and those.head.lower_ == "among" else those.head
    if verb.pos_ not in ("AUX", "VERB") or negated(verb):
        return []
    if lemma_of(verb) == "be":
        names = [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != those.i]
    elif lemma_of(verb) == "include" and those.dep_ == "nsubj":
        names = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return []
    return [r for c in names for r in ctx.phrase_refs(para, c) if ctx.table.items[r].type in ("Person", "Organization")]


def _after_conjunction(clause: Token) -> bool:
    """A clause right after "and", "but" or "or": coordinated, not reported."""
    first = clause.left_edge.i
    return first > clause.sent.start and clause.doc[first - 1].pos_ == "CCONJ"


def _governing_subject(v: Token) -> Token | None:
    """The subject of the clause a subjectless passive participle hangs on by a preposition or as
    an adverbial clause ("Y is furious after being fined by X"): whom it happened to."""
    if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ not in ("of", "for", "by"):
        gov = v.head.head
        if gov.dep_ == "acomp" and gov.head.pos_ in ("VERB", "AUX"):
            gov = gov.head  # "Y was angry at being accused by X"
        return _clause_subject(gov) if gov.pos_ in ("VERB", "AUX") else None
    if v.dep_ == "advcl" and v.head.pos_ in ("VERB", "AUX"):
        return _clause_subject(v.head)
    return None


def _antecedent(v: Token, obj: Token) -> Token:
    """What a relative pronoun as a verb's object stands for: "its fee rules, which X has blamed
    for ..." (the rules), "Y's fees, which X condemned"; any other object is itself."""
    if obj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
        return v.head
    return obj


#: Prepositions of the matter someone is challenged on ("challenged Y over its figures").
_MATTER_PREPS = frozenset({"over", "on", "about", "with", "after", "regarding"})


def _contest(v: Token) -> bool:
    """"X challenges Y" with a name as its object and no matter it takes exception to (no "over/on/about"
    phrase, no clause): the sense of issuing a challenge to a rival (WordNet's challenge.v.02), a
    contest for votes, seats or a title. "X challenged Y over the figures" and "X challenged Y's claim"
    take exception to something."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if not objs or any(o.pos_ != "PROPN" for o in objs):
        return False
    return not any((c.dep_ == "prep" and c.lower_ in _MATTER_PREPS) or c.dep_ in ("ccomp", "advcl") for c in v.children)


def _about_something_else(clause: Token, obj: Token) -> bool:
    """Whether a clause reported to ``obj`` is about something other than it: its subject is a particular
    thing, an act or another name ("that the roof could collapse", "that falsifying the books would be ...",
    "that Z could lose"), neither a pronoun, a thing owned by one ("that its strikes would ...", "that Y's plan would ...") nor
    a bare noun of what Y may do ("warned the union that strikes would put patients at risk")."""
    if any(c.dep_ == "csubj" for c in clause.children):
        return True  # an act as the subject ("that falsifying the books would be ...")
    subj = _clause_subject(clause)
    if subj is None or subj.i == obj.i or subj.pos_ == "PRON":
        return False
    if subj.pos_ == "PROPN":
        return subj.lower_ != obj.lower_  # "warned Y that Z could lose": news of another for the hearer
    if not any(c.dep_ == "det" for c in subj.children):
        return False
    # (a place's name on the thing says where, not whose: "that the Iraq war could be illegal")
    return not any(c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON") and c.ent_type_ not in _PLACE_ENTS for c in subj.children)


#: Entity labels of places and times: a name of one on a thing ("the Iraq war") says where or when, not whose.
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "EVENT"})


#: Verbs of warning whose object may be the one warned, not the one warned against.
_WARN_VERBS = frozenset({"warn", "caution", "alert", "forewarn"})


def _warned_hearer(v: Token) -> bool:
    """Whether the object of a verb of warning is only its hearer: an "of/about" phrase says what
    the warning is about ("warned the council of a flood"), or the object is an indefinite
    audience ("is warning a committee of MSPs that ..."). "X warned Y that its strikes would ..."
    and "X warned Y over its conduct" keep Y as the one warned against."""
    if any(c.dep_ == "prep" and c.lower_ in ("of", "about", "against") for c in v.children):
        return True  # ("warned his supporters against complacency": what they are warned against follows "against")
    for o in v.children:
        if o.dep_ != "dobj":
            continue
        if indefinite(o):
            return True
        if any(_about_something_else(c, o) for c in v.children if c.dep_ == "ccomp"):
            return True  # "X warned Y that the roof could collapse": Y hears of a danger, not of its own doing
        for c in o.children:
            if c.dep_ == "prep" and (c.lower_ == "about" or (c.lower_ == "of" and o.pos_ in ("PROPN", "PRON"))):
                return True  # "warned the council of a flood" (the parser hangs "of" on the name; "a committee of MSPs" is membership)
    return False


def _owners(ctx: RelationContext, para: Paragraph, thing: Token, back: bool = True, named_only: bool = False) -> list[int]:
    """Whose a criticised thing is: "Y's plans", "the handling of the spill by Y", "the decision
    of Y" (a common noun that names no entity itself); with ``back``, "the plans" that names no
    owner is the plans named last before it (``_earlier_owners``)."""
    nominal = thing.pos_ == "NOUN" or (thing.dep_ in ("dobj", "nsubjpass") and thing.tag_ in ("NNS", "VBZ"))  # ("Tory promises" tagged VBZ)
    # "attacked Y's \"unfair\" and complex taxes": the parser may make the quoted adjective the object
    nominal = nominal or (thing.dep_ == "dobj" and thing.pos_ == "ADJ" and any(g.dep_ == "poss" for g in thing.children))
    if not nominal or ctx.table.at(para.index, thing.i) is not None:
        return []
    if lemma_of(thing) in RECEIVED_SANCTIONS and not any(c.dep_ == "prep" and c.lower_ in ("on", "of", "against") for c in thing.children):
        return []  # "Y's punishment", "his ban": the one sanctioned, no doer (not "Y's ban on Z")
    heads = [g for g in thing.children if g.dep_ == "poss"]
    # "Y's \"unfair\" taxes": the parser may hang the owner on the quoted adjective
    heads += [g for a in thing.children if a.dep_ == "amod" and a.i < thing.i for g in a.children if g.dep_ == "poss"]
    # "Y's buildings programme": the parser may hang the owner on the first noun of a compound
    heads += [g for a in thing.children if a.dep_ == "compound" and a.pos_ == "NOUN" and a.i < thing.i for g in a.children if g.dep_ == "poss"]
    # "the Tory plans", "extravagant Labour promises": a name that modifies the thing is its owner
    # (not when the thing is people: "Labour members" are not Labour)
    # (not a bid: "the Harbour Exchange bid", "the Acme takeover" name the firm bid for, not the bidder)
    if thing.lemma_.lower() not in PERSON_NOUNS and thing.lower_ not in PERSON_NOUNS and lemma_of(thing) not in _BID_WORDS:
        heads += [g for g in thing.children if g.dep_ == "compound" and g.pos_ == "PROPN" and _named(ctx, para, g)]
    # ("the takeover of Y", "the bid for Y": the firm taken over, not the bidder)
    heads += [g for c in thing.children if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "of" and lemma_of(thing) not in _BID_WORDS)
              for g in c.children if g.dep_ == "pobj"]
    # "explanations from Y were unacceptable", "the response from Y": what comes from Y is Y's
    heads += [g for c in thing.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    # "the fees charged by Y", "the plan drawn up by Y": the agent of a participle on the thing
    heads += [g for a in thing.children if a.dep_ == "acl" and a.tag_ == "VBN" for c in a.children if c.dep_ == "agent"
              for g in c.children if g.dep_ == "pobj"]
    if named_only:
        heads = [g for g in heads if _named(ctx, para, g)]  # ("the firm's", "its": a reading, not a name)
    out: list[int] = []
    for g in heads:
        for r in ctx.phrase_refs(para, g):
            if ctx.table.items[r].type in _PARTIES and r not in out:
                out.append(r)
    if not heads and back:
        return _earlier_owners(ctx, para, thing)
    return out


#: Determiners of a thing already named: "the plans", "these proposals" (not "that", which the
#: parser also reads as a relative pronoun or a conjunction).
_ANAPHORIC_DETS = frozenset({"the", "this", "these", "those"})


def _earlier_owners(ctx: RelationContext, para: Paragraph, thing: Token) -> list[int]:
    """Whose "the plans" is when the phrase names no owner: the owner of the nearest earlier
    mention of the same noun, in its sentence or the two before ("the government's plans ...
    those who criticised the plans"). A definite noun repeated takes up the last thing it named;
    a repetition that names no owner either is followed back the same way ("... objected to the
    plans ... criticised the plans"), anything else ends the search: the thing is nobody's."""
    if not any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in thing.children):
        return []
    if thing.lemma_.lower() in PERSON_NOUNS or thing.lower_ in PERSON_NOUNS:
        return []  # ("the players", "the ministers": people are named, not owned)
    lemma = thing.lemma_.lower()
    by_index = {p.index: p for p in ctx.paras}
    here, at = para, thing
    for _ in range(4):
        t = _same_noun_before(here, at, {lemma}, by_index.get(here.index - 1))
        if t is None and _kin(lemma) and _definite_unowned(at):
            # ("Y unveiled plans ... X called the scheme unworkable": the thing of the same kind named just before)
            t = _same_noun_before(here, at, _kin(lemma), by_index.get(here.index - 1))
        if t is None:
            if not _definite_unowned(at):
                return []
            return _topic_owners(ctx, here, at, {lemma}) or (_topic_owners(ctx, here, at, _kin(lemma)) if _kin(lemma) else [])
        here, at = t
        lemma = at.lemma_.lower()
        found = _owners(ctx, here, at, back=False) or _put_forward_by(ctx, here, at)
        if found or not _definite_unowned(at):
            return found
    return []


def _topic_owners(ctx: RelationContext, para: Paragraph, thing: Token, lemmas: set[str] | frozenset[str]) -> list[int]:
    """Whose "the plans" is when no nearby mention says: the owner of the same noun in the headline
    or the lead paragraph, which name the article's topic ("Acme unveils pension plans" ... "critics
    called the plans unworkable"). Only the headline and the lead: a noun further back may be
    another thing of the same kind."""
    head_lo, head_hi = ctx.article.headline_span
    headline = (ctx.article.headline or "").strip()

    def in_headline(p: Paragraph) -> bool:
        return head_lo <= p.offset < head_hi or (bool(headline) and p.doc.text.strip() == headline)

    topic = [p for p in ctx.paras if len(p.doc) and in_headline(p)]
    topic += [p for p in ctx.paras if len(p.doc) and not in_headline(p)][:1]
    out: list[int] = []
    for p in topic:
        if p.index > para.index:
            continue
        for t in tokens(p):
            if p is para and t.i >= thing.i:
                break
            if t.pos_ == "NOUN" and t.lemma_.lower() in lemmas:
                # only names: a description or pronoun this far back is read with too little context
                found = _owners(ctx, p, t, back=False, named_only=True) or _put_forward_by(ctx, p, t, named_only=True)
                out += [r for r in found if r not in out]
        if out:
            return out
    return out


#: Verbs whose subject puts forward what their object names ("X unveiled plans", "X published posters").
PUT_FORWARD_VERBS = words("put_forward_verbs")


def _put_forward_by(ctx: RelationContext, para: Paragraph, thing: Token, named_only: bool = False) -> list[int]:
    """Who put forward a thing named with no owner: the subject of a verb of putting forward whose
    object it is ("Labour published posters"), the agent of one whose passive subject it is ("plans
    were unveiled by X"); nobody when the verb is negated or not done ("X plans to publish ...")."""
    v = thing.head
    if lemma_of(v) not in PUT_FORWARD_VERBS or v.pos_ not in ("VERB", "AUX") or negated(v) or not_yet(v):
        return []
    if thing.dep_ == "dobj":
        refs = ctx.subjects(para, v)
        doers = [c for c in v.children if c.dep_ == "nsubj"]
    elif thing.dep_ == "nsubjpass":
        refs = ctx.agents(para, v)
        doers = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    else:
        return []
    if named_only and not all(_named(ctx, para, d) for d in doers):
        return []
    return [r for r in refs if ctx.table.items[r].type in ("Person", "Organization")]


#: Nouns of things put forward or published, with their kind: a plan or policy, a study or its results
#: (data/thing_kinds.txt).
_THING_KINDS = mapping("thing_kinds")


_KIN = {kind: frozenset(w for w, k in _THING_KINDS.items() if k == kind) for kind in set(_THING_KINDS.values()) if kind}


def _kin(lemma: str) -> frozenset[str]:
    """The nouns of the same kind of thing as ``lemma`` ("the scheme" takes up "plans", "the research"
    a "report"), none when it is of no listed kind."""
    return _KIN.get(_THING_KINDS.get(lemma), frozenset())


#: How many sentences before its own a repeated noun looks for what it takes up.
_ANAPHORA_SENTENCES = 2


def _same_noun_before(para: Paragraph, tok: Token, lemmas: set[str] | frozenset[str], before: Paragraph | None) -> tuple[Paragraph, Token] | None:
    """The nearest noun with one of ``lemmas`` before ``tok``: in its sentence or the two before it, which may
    end the paragraph before."""
    sents = [s for s in para.doc.sents if s.start <= tok.i]
    spans = [(para, s) for s in reversed(sents)]
    if before is not None:
        spans += [(before, s) for s in reversed(list(before.doc.sents))]
    for p, s in spans[: _ANAPHORA_SENTENCES + 1]:
        for k in range(min(s.end, tok.i if p is para else s.end) - 1, s.start - 1, -1):
            t = p.tokens[k]
            if t.pos_ == "NOUN" and t.lemma_.lower() in lemmas:
                return p, t
    return None


def _definite_unowned(t: Token) -> bool:
    """"the plans" with no owner named: a repetition that takes up an earlier mention."""
    return any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETS for c in t.children) and not any(
        c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in t.children)


def _named_refs(ctx: RelationContext, para: Paragraph, tok: Token) -> list[int]:
    """What a phrase names when it is a name ("Mr Brown"), not a description ("the chancellor"),
    whose reading is less sure."""
    return ctx.phrase_refs(para, tok) if _named(ctx, para, tok) else []


def _named(ctx: RelationContext, para: Paragraph, tok: Token) -> bool:
    j = ctx.table.at(para.index, tok.i)
    return j is not None and ctx.table.items[j].kind == "name"


@relation_rule("criticises", "phrasal-verb")
def phrasal_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"X hit out at Y", "X rounded on Y", "X took aim at Y's plans", "X railed against Y"."""
    doc = para.view
    for v in verbs(para):
        lemma = lemma_of(v)
        for phrase in PHRASAL:
            if phrase[0] != lemma:
                continue
            k, matched = v.i + 1, True
            for w in phrase[1:]:
                while k < len(doc) and k - v.i < 6 and doc[k].lower_ in ("a", "the") and w not in ("a", "the"):
                    k += 1
                if k >= len(doc) or (doc[k].lower_ != w and lemma_of(doc[k]) != w):
                    matched = False
                    break
                k += 1
            if not matched or negated(v):
                continue
            prep = doc[k - 1]
            critics = reporter_of_coordinated(ctx, para, v) or ctx.subjects(para, v) or document_authors(ctx, para, v) \
                or _among_those(ctx, para, v)
            targets = [r for g in prep.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g) or _owners(ctx, para, g)]
            states = {r for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE" for r in ctx.phrase_refs(para, g)}
            critics = unbound_subject(ctx, para, v, critics, [r for g in prep.children if g.dep_ == "pobj" for r in _named_refs(ctx, para, g)])
            for obj in targets:
                for subj in critics:
                    ctx.add(subj, "criticises", obj, ctx.evidence(para, v.sent, "criticises:phrasal-verb", 0.8, v), state=obj in states)
            break


@relation_rule("criticises", "described-as")
def described_as(ctx: RelationContext, para: Paragraph) -> None:
    """"X called Y's plan reckless", "X described Y as a disgrace", "X branded Y a liar": a verb of
    describing with a word of negative evaluation said of its object; passive, "Y's remarks were
    described as reckless by X", "Y was branded a coward by X": said of its subject, by its agent."""
    for v in verbs(para):
        if lemma_of(v) not in DESCRIBE_VERBS or negated(v):
            continue
        passive = any(c.dep_ == "auxpass" for c in v.children)
        objs = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        comps = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") + (("attr",) if passive else ())]
        if not objs and not passive:
            # "branded Y's plans absurd", "called Y reckless": the parser may read the object and its
            # predicate as a clause of their own, the object as the predicate's subject
            objs = [g for c in comps if c.pos_ in ("ADJ", "NOUN") for g in c.children
                    if g.dep_ in ("nsubj", "npadvmod") and g.i < c.i and g.pos_ in ("PROPN", "NOUN")]
        if not objs:
            continue
        # "branded Y a disgrace", "branded Y a liar and a coward": the parser may make the predicate
        # noun a second object or an adverbial noun after the first object
        comps += [c for c in v.children if c.dep_ in ("dobj", "npadvmod") and c.pos_ == "NOUN" and c.i > objs[0].i]
        objs = objs[:1]
        comps += [c for o in [v, *objs] for p in o.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children
                  if c.dep_ in ("pobj", "pcomp", "amod", "acomp")]
        # "considered some of Y's concerns as ...": a quantity of things stands for the things
        objs = [g for o in objs for g in ([x for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
                                           if x.dep_ == "pobj"] if o.pos_ == "PRON" else []) or [o]]
        comps += [c for o in objs for c in o.children if c.dep_ in ("amod", "oprd", "acomp") and c.i > o.i]  # "called the plan reckless"
        # "branded Y "arrogant and wrong" for claiming ...": the parser may hang the adjectives right
        # after the object on a later verb; they are still its predicate
        comps += [a for o in objs for first in [_adjective_after(o)] if first is not None
                  for a in [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "ADJ")]]
        # "branded Y's plans a disgrace": the parser may hang the predicate noun on the object
        comps += [c for o in objs for c in o.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i > o.i]
        # "branded the way Y operated as scandalous": a manner is judged with its doer, and the parser
        # may hang "as ..." on the relative clause
        manners = [rc for o in objs if o.lemma_.lower() in _MANNER_NOUNS for rc in o.children if rc.dep_ in ("relcl", "acl")]
        comps += [c for rc in manners for p in rc.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children
                  if c.dep_ in ("pobj", "pcomp", "amod", "acomp")]
        if not any(_negative_word(c) or _bad_character(c) or any(_negative_word(m) for m in c.children if m.dep_ in ("amod", "advmod"))
                   for c in comps) and not _dismissed_as(v, comps):
            continue
        if passive:
            # the agent; the parser may hang "by X" inside the "as" phrase ("as "irresponsible" by X")
            critics = ctx.agents(para, v) + [r for c in comps for p in c.subtree if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                                             for g in p.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
        else:
            critics = ctx.subjects(para, v)
        targets = [r for o in objs for r in ctx.phrase_refs(para, o) or _owners(ctx, para, o)]
        doers = [d for rc in manners for d in [_clause_subject(rc)] if d is not None and d.lower_ not in ("which", "that", "who")]
        targets += [r for d in doers for r in ctx.phrase_refs(para, d) or _owners(ctx, para, d) if r not in targets]
        for obj in targets:
            for subj in critics:
                if subj != obj:
                    ctx.add(subj, "criticises", obj, ctx.evidence(para, v.sent, "criticises:described-as", 0.75, v))


def _adjective_after(obj: Token) -> Token | None:
    """The adjective right after an object phrase, past quotation marks ("branded Y "arrogant""), else None."""
    doc = obj.doc
    k = obj.right_edge.i + 1
    while k < len(doc) and doc[k].is_quote:
        k += 1
    return doc[k] if k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].sent == obj.sent else None


def _dismissed_as(v: Token, comps: list[Token]) -> bool:
    """"X dismissed Y's plan as "vote now, pay later"", "X dismissed Y as a fading force": to dismiss
    as something is to judge unworthy, whatever the words after "as" (not "dismissed Y as manager":
    a post, the firing sense); only with a subject of its own, not an infinitive ("it is impossible
    to dismiss Y as ...")."""
    if lemma_of(v) != "dismiss" or _infinitive(v) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return False  # ("impossible to dismiss the feud as hearsay": no one named does it)
    return any(c.dep_ in ("pobj", "pcomp", "amod", "acomp") and c.head.lower_ == "as"
               and lemma_of(c) not in PERSON_NOUNS and c.lower_ not in PERSON_NOUNS for c in comps)


def _negative_word(t: Token) -> bool:
    return _in_negative(t) and not _is_negated(t)


def _in_negative(t: Token) -> bool:
    """A word of negative evaluation, or an adverb made from one ("inappropriately", "recklessly");
    a verb of misconduct only as a verb ("were abusing their position", not "child abuse")."""
    low = t.lower_
    if low in NEGATIVE_WORDS or lemma_of(t) in NEGATIVE_WORDS:
        return True
    if t.pos_ == "VERB" and lemma_of(t) in MISCONDUCT_VERBS:
        return True
    if t.pos_ == "ADV" and low.endswith("ly") and len(low) > 5:
        stem = low[:-2]
        return stem in NEGATIVE_WORDS or (stem.endswith("i") and stem[:-1] + "y" in NEGATIVE_WORDS) or stem + "e" in NEGATIVE_WORDS
    return False


def _in_charge(n: Token) -> bool:
    """"charge" in the idioms of command: "in charge of Y", "took/assumed charge of Y"."""
    if lemma_of(n) != "charge":
        return False
    return (n.dep_ == "pobj" and n.head.lower_ == "in") or (n.dep_ == "dobj" and lemma_of(n.head) in ("take", "assume"))


def _possessor(ctx: RelationContext, para: Paragraph, tok: Token) -> list[int]:
    return [r for g in tok.children if g.dep_ == "poss" for r in [ctx.ref(para, g)] if r is not None]


#: Nouns of proceedings that are a legal challenge only when a word says so ("legal action against Y",
#: "court proceedings against Y", "a legal case against Y"; not "action against poverty").
_PROCEEDING_NOUNS = frozenset({"action", "proceedings", "case", "challenge"})
_LEGAL_WORDS = frozenset({"legal", "court", "judicial"})


def _legal_action(n: Token) -> bool:
    return lemma_of(n) in _PROCEEDING_NOUNS and any(c.dep_ in ("amod", "compound") and c.lower_ in _LEGAL_WORDS for c in n.children)


@relation_rule("criticises", "noun")
def criticism_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"in a direct challenge to Y, X said", "X's attack on Y", "criticism of Y from X", "his
    comments were a rebuke to Y"."""
    for n in tokens(para):
        if n.pos_ != "NOUN" or (n.lower_ not in CRITICISE_NOUNS and lemma_of(n) not in CRITICISE_NOUNS and not _legal_action(n)):
            continue
        if _is_negated(n):
            continue  # "it is not the fault of Y", "no criticism of Y": a denial, not a criticism
        if _legal_action(n) and any(c.dep_ == "aux" and c.lower_ in _HEDGE_MODALS for c in n.head.children):
            continue  # "X could take legal action against Y": an option, no challenge made
        if _in_charge(n):
            continue  # "X is in charge of Y", "X took charge of Y": command, no accusation
        preps = [c for c in n.children if c.dep_ == "prep"]
        # "at" takes a target only after nouns of aimed attack ("a swipe at Y"); "the dispute at the WTO" is a place
        aimed = n.lower_ in _AIMED_NOUNS or lemma_of(n) in _AIMED_NOUNS
        # "to" names the body a complaint or appeal is made to ("Y's complaint to Uefa"), the target of
        # a rebuke or challenge ("a rebuke to Y")
        to = "to" if lemma_of(n) not in _ADDRESSED_NOUNS else None
        targets = [g for c in preps if c.lower_ in (to, "against", "of", "on", "over") or (c.lower_ == "at" and aimed)
                   for g in c.children if g.dep_ == "pobj"]
        if not targets:
            targets = _aimed_at(n)  # "shouted insults at Y"
        if not targets:
            # "a complaint filed against Y by X": the parser hangs "against Y" on the participle
            targets = [g for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN" for c in a.children
                       if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
        if not targets:
            continue
        critics = _possessor(ctx, para, n)  # "X's attack on Y"
        critics += [r for c in preps if c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
        # "a complaint filed against Y by X", "a lawsuit brought by X": the agent of the participle on the noun
        critics += [r for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN" for c in a.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
        if not critics and not any(c.dep_ == "poss" for c in n.children):
            # (not "we warned them about their attacks on Y": whoever "their" is, the attack is theirs)
            clause = n.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ in ("VERB", "AUX") and _received_by(n) is None:
                # (not "Y faces a charge of fraud brought by X": Y receives it, see received_criticism)
                critics = ctx.subjects(para, clause)
                if not critics:  # "His comments were a sharp rebuke to Y": the owner of the comments
                    critics = [r for sb in clause.children if sb.dep_ == "nsubj" for r in _possessor(ctx, para, sb)]
        for t in targets:
            for obj in ctx.phrase_refs(para, t) or _owners(ctx, para, t):  # ("an attack on Y's record": on Y)
                for subj in critics:
                    ctx.add(subj, "criticises", obj, ctx.evidence(para, n.sent, "criticises:noun", 0.75, n))


#: Nouns of a grievance taken to an authority: "a complaint / an appeal / a protest to Y" is made to Y, not about Y.
_ADDRESSED_NOUNS = frozenset({"complaint", "appeal", "petition", "protest"})


#: Verbs of making a stance known ("X expressed concern over Y", "X voiced doubts about Y").
EXPRESS_VERBS = words("express_verbs")


#: Verbs of making an accusation: "X made / levelled / repeated the accusation that Y ...".
_MAKE_VERBS = frozenset({"make", "level", "repeat", "renew", "voice", "raise"})


@relation_rule("criticises", "noun-content")
def accusation_content(ctx: RelationContext, para: Paragraph) -> None:
    """A noun of criticism whose "that"-clause says what the target did: "X's allegation that Y
    cheated", "the accusation from X that Y lied", "X made the complaint that Y's staff ...": X
    criticises the clause's subject (or its owner). The critic is only the noun's owner, its "from"
    or "by", or the subject of a verb of making it: "Z investigated the allegation that Y ..." or
    "Y denied the claim that ..." gives no critic."""
    for n in tokens(para):
        if n.pos_ != "NOUN" or (n.lower_ not in CRITICISE_NOUNS and lemma_of(n) not in CRITICISE_NOUNS) or _is_negated(n):
            continue
        clauses = [c for c in n.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if not clauses or any(negated(c) for c in clauses):
            continue
        critics = _possessor(ctx, para, n)
        critics += [r for c in n.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                    for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
        if not critics and n.dep_ == "dobj" and lemma_of(n.head) in _MAKE_VERBS | EXPRESS_VERBS and not negated(n.head):
            critics = ctx.subjects(para, n.head)
        if not critics:
            continue
        phrases = [s for c in clauses for s in [_clause_subject(c)] if s is not None]
        for tgt in _targets(ctx, para, phrases, set(critics)):
            for subj in critics:
                ctx.add(subj, "criticises", tgt, ctx.evidence(para, n.sent, "criticises:noun-content", 0.65, n))


#: Nouns of doubt: a stance against Y only when someone expresses it ("voiced doubts over Y"); "I
#: doubt Y will win" is no criticism, so they are not words of concern everywhere.
_DOUBT_NOUNS = frozenset({"doubt", "doubts", "scepticism", "skepticism"})


@relation_rule("criticises", "expressed-concern")
def expressed_concern(ctx: RelationContext, para: Paragraph) -> None:
    """In the narrator's voice: "X expressed concern over Y", "X voiced doubts about Y's plan": X
    warns against Y (what the concern is about, after its preposition). In a quotation the
    speaker's words are read by ``speech``."""
    for n in tokens(para):
        if n.pos_ != "NOUN" or n.dep_ != "dobj" or lemma_of(n.head) not in EXPRESS_VERBS:
            continue
        if not (n.lower_ in _DOUBT_NOUNS or n.lower_ in CONCERN_WORDS or lemma_of(n) in CONCERN_WORDS):
            continue
        v = n.head
        if negated(v) or _is_negated(n) or ctx.quote_at(para, n) is not None:
            continue
        critics = ctx.subjects(para, v)
        if not critics:
            continue
        # what the concern is about, after a preposition ("over Y", "about Y's plan"); a clause
        # ("concern that the auditors had qualified the accounts") is often about a state of affairs
        phrases = [p for p in _concern_objects(n) if p.dep_ in ("pobj", "poss")]
        for tgt in _targets(ctx, para, phrases, set(critics)):
            for subj in critics:
                ctx.add(subj, "criticises", tgt, ctx.evidence(para, n.sent, "criticises:expressed-concern", 0.6, n))


#: Verbs whose subject receives what their object names ("Y faced criticism from X").
RECEIVE_VERBS = words("receive_verbs")
#: Verbs of turning a criticism away: "Y rejected criticism from X" (Y is the one criticised).
_REJECT_VERBS = frozenset(verb for verb, what in _REJECTS.items() if "criticism" in what)
#: Verbs of answering: "responding to criticism from X, Y said" (Y is the one criticised).
_ANSWER_VERBS = frozenset({"respond", "reply", "react", "answer"})


def _received_by(n: Token) -> Token | None:
    """The verb whose subject receives a criticism named by ``n``: "Y faced criticism", "Y came
    under fire", "Y drew fire", "responding to criticism, Y said"; else None. "fire" counts only in
    the idioms of criticism ("drew fire", "under fire")."""
    fire = n.lower_ == "fire"
    if n.dep_ == "dobj" and lemma_of(n.head) in RECEIVE_VERBS:
        return n.head if not fire or lemma_of(n.head) in ("draw", "attract") else None
    if n.dep_ == "dobj" and lemma_of(n.head) in _REJECT_VERBS and not fire:
        return n.head  # "Y rejected criticism from X", "Y denied accusations by X": Y was criticised
    if n.dep_ == "pobj" and n.head.lower_ == "under" and lemma_of(n.head.head) in ("come", "be", "remain"):
        return n.head.head
    if n.dep_ == "pobj" and n.head.lower_ == "for" and lemma_of(n.head.head) == "come" and not fire \
            and any(c.dep_ == "prt" and c.lower_ == "in" for c in n.head.head.children):
        return n.head.head  # "Y came in for criticism from X"
    if n.dep_ == "pobj" and n.head.lower_ == "to" and lemma_of(n.head.head) in _ANSWER_VERBS and not fire:
        return n.head.head
    return None


def _makers(ctx: RelationContext, para: Paragraph, n: Token, v: Token) -> list:
    """Who made the criticism or claim ``n`` that verb ``v`` receives, rejects or answers: "from X" or
    "by X", hung on the noun or, in the parser's reading, on the verb, then the noun's owner
    ("responding to X's criticism, Y said", "Y rejected X's accusations")."""
    makers = [r for h in (n, v) for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
              for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
    return makers + [r for r in _possessor(ctx, para, n) if r not in makers]


@relation_rule("criticises", "received")
def received_criticism(ctx: RelationContext, para: Paragraph) -> None:
    """"Y faced criticism from X", "Y came under fire from X", "the plan drew fire from X" (the
    owner of the plan), "responding to criticism from X, Y said", "Y rejected accusations by X",
    "responding to X's criticisms, Y said": the subject receives what the critic after "from" or
    "by", or the criticism's owner, says."""
    for n in tokens(para):
        if n.pos_ != "NOUN" or not (n.lower_ == "fire" or n.lower_ in CRITICISE_NOUNS or lemma_of(n) in CRITICISE_NOUNS):
            continue
        if n.dep_ == "nsubj" and lemma_of(n.head) == "come" and not negated(n.head) and n.lower_ != "fire":
            # "Criticism of Y has come from X": the noun names its target, the verb its source
            critics = [r for c in n.head.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
            targets = [r for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "against")
                       for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g) or _owners(ctx, para, g)]
            for obj in targets:
                for subj in critics:
                    if obj != subj:
                        ctx.add(subj, "criticises", obj, ctx.evidence(para, n.sent, "criticises:received", 0.7, n))
            continue
        v = _received_by(n)
        if v is None or negated(v):
            continue
        critics = _makers(ctx, para, n, v)
        if not critics:
            continue
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        targets = [r for c in subs for r in ctx.phrase_refs(para, c) or _owners(ctx, para, c)] if subs else ctx.subjects(para, v)
        for obj in targets:
            for subj in critics:
                if obj not in critics:
                    ctx.add(subj, "criticises", obj, ctx.evidence(para, n.sent, "criticises:received", 0.7, n))


#: Nouns of a claim whose content a clause gives ("claims from X that Y lied").
_CLAIM_NOUNS = frozenset({"claim", "suggestion", "assertion", "charge", "accusation", "allegation"})


@relation_rule("criticises", "rejected-claim")
def rejected_claims(ctx: RelationContext, para: Paragraph) -> None:
    """"Y shrugged off claims from X that he led a grubby government", "Y denied claims by X that it
    had misled investors": a claim about Y that Y rejects is an accusation X made of Y. The claim
    names its maker ("from"/"by", a possessive) and its clause is about Y (its subject is Y or a
    pronoun for Y); not "Y denied claims by X that the economy was slowing"."""
    for n in tokens(para):
        if n.pos_ != "NOUN" or lemma_of(n) not in _CLAIM_NOUNS or n.dep_ != "dobj":
            continue
        v = n.head
        if lemma_of(v) not in _REJECT_VERBS or negated(v):
            continue
        critics = _makers(ctx, para, n, v)
        if not critics:
            continue
        rejecters = ctx.subjects(para, v)
        # (the parser may read the "that" of the content as a relative pronoun: "claims ... that she led")
        clauses = [c for c in n.children if c.pos_ in ("VERB", "AUX") and (c.dep_ in ("acl", "ccomp") or (
            c.dep_ == "relcl" and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)))]
        # ("shrugged off claims from X that he led ...": or hang it on the verb, after the noun)
        clauses += [c for c in v.children if c.dep_ == "ccomp" and c.i > n.i and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
        clauses += [c for p in n.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
                    for c in g.children if c.dep_ in ("acl", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)]
        subjects = [sb for c in clauses for sb in c.children if sb.dep_ in ("nsubj", "nsubjpass")]
        about = [r for sb in subjects for r in ctx.phrase_refs(para, sb)]
        # "Y shrugged off claims from X that he led ...": a pronoun there is Y, whom the claim is
        # about, even where it reads as X, the nearer name (no one rejects a claim against its maker)
        pronoun_for_rejecter = any(sb.lower_ in ("he", "she", "it", "they") and set(ctx.phrase_refs(para, sb)) <= set(critics)
                                   for sb in subjects)
        for obj in rejecters:
            if (obj not in about and not pronoun_for_rejecter) or obj in critics:
                continue
            for subj in critics:
                ctx.add(subj, "criticises", obj, ctx.evidence(para, n.sent, "criticises:rejected-claim", 0.7, n))


def _partial(ctx: RelationContext, para: Paragraph, sent: Span, q: FoundQuote) -> bool:
    """A partial quotation inside the narrator's sentence ("X said Y had shown “a casual
    disregard ...”"): read like reported speech."""
    s0 = para.offset + sent.start_char
    if q.start <= s0 + 1:
        return False
    before = para.text[: q.start - para.offset - 1].rstrip()
    return (q.text[:1].islower() and not before.endswith((":", ","))
            and any(is_reporting(t) for t in sent if para.offset + t.idx < q.start))


_DEICTIC_SUBJECTS = frozenset({"it", "this", "that"})


def _deictic_subject(cue: Token) -> bool:
    """Whether a word of evaluation is the predicate of "it", "this" or "that" ("It was reckless",
    "This is a disgrace", "It was dangerous, ill thought-out and irresponsible")."""
    node = cue
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "amod" and node.head.dep_ == "attr":
        node = node.head  # "It was a reckless thing to do"
    if node.dep_ not in ("acomp", "attr") or lemma_of(node.head) not in _COPULAS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _DEICTIC_SUBJECTS for c in node.head.children)


def _evaluate_said_of(ctx: RelationContext, para: Paragraph, sent: Span, q: FoundQuote, inside: list[Token]) -> None:
    """"'It was dangerous and irresponsible,' said X of Y's plan": a quotation that evaluates "it"
    or "this", said "of" or "about" Y, evaluates Y (or Y's plan) in the speaker's words."""
    if q.speaker is None:
        return
    about, things = [], []
    for t in sent:
        if q.start <= para.offset + t.idx < q.end or t.dep_ != "prep" or t.lower_ not in ("of", "about"):
            continue
        v = t.head
        if v.pos_ == "VERB" and lemma_of(v) in REPORTING_VERBS and not negated(v):
            about += [g for g in t.children if g.dep_ == "pobj"]
        elif v.dep_ == "nsubj" and v.head.pos_ == "VERB" and lemma_of(v.head) in REPORTING_VERBS and v.head.i < v.i and not negated(v.head):
            # "said Jane Roe of Y's plan": the parser hangs "of" on the name after the verb; only a
            # thing's owner counts ("said Jane Roe of the Westbrook Trust" is where she works)
            things += [g for g in t.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    if not about and not things:
        return
    for cue, phrases, shown in _cues(inside):
        if _targets(ctx, para, phrases, {q.speaker}) or not _deictic_subject(cue) or not _own_concern(ctx, para, cue, {q.speaker}):
            continue  # (what the clause itself names is read by _evaluate_region)
        targets = _targets(ctx, para, about, {q.speaker})
        targets += [r for g in things for r in _owners(ctx, para, g) if r != q.speaker and r not in targets]
        for tgt in targets:
            ctx.add(q.speaker, "criticises", tgt, ctx.evidence(para, sent, "criticises:quoted-evaluation", 0.6, shown))


def _reported_region(v: Token, sent: Span) -> list[Token]:
    """The words a reporting verb reports: its clausal complements, or the words before it in
    "Y could become a safe haven, warns X"."""
    region = [g for c in v.children if c.dep_ in ("ccomp", "dobj", "xcomp", "oprd", "advcl") for g in c.subtree]
    if not region and any(c.dep_ == "nsubj" and c.i > v.i for c in v.children) and v.dep_ in ("conj", "parataxis", "ROOT"):
        region = [g for g in sent if g.i < v.i and not g.is_punct]
    return region


#: Verbs of conceding: what they report the speaker grants ("X admitted Y had been slow").
_CONCEDE_VERBS = frozenset({"acknowledge", "admit", "concede", "grant", "recognise", "recognize", "accept", "confess"})


@relation_rule("criticises", "speech")
def negative_speech(ctx: RelationContext, para: Paragraph) -> None:
    """A speaker who evaluates an entity negatively, in a quotation or in reported speech, criticises it."""
    doc = para.view
    for sent in doc.sents:
        s0, s1 = para.offset + sent.start_char, para.offset + sent.end_char
        q = next((x for x in ctx.quotes if x.para == para.index and x.start < s1 and x.end > s0), None)
        toks = para.tokens[sent.start : sent.end]
        if q is not None and not _partial(ctx, para, sent, q):
            inside = [t for t in toks if q.start <= para.offset + t.idx < q.end]
            _evaluate_region(ctx, para, sent, inside, [q.speaker], "criticises:quoted-evaluation", 0.6)
            _evaluate_said_of(ctx, para, sent, q, inside)
            continue
        for v in toks:
            if v.pos_ not in ("VERB", "AUX") or negated(v) or ctx.quote_at(para, v) is not None:
                continue
            lemma = lemma_of(v)
            if lemma not in REPORTING_VERBS and lemma not in CRITICISE_VERBS:
                continue
            region = _reported_region(v, sent)
            if not region:
                continue
            critics = ctx.subjects(para, v)
            if lemma not in _CONCEDE_VERBS:
                # ("he acknowledged that the public had lost faith in Y": a fault granted, most often
                # of the speaker's own side, is no criticism the speaker makes)
                _evaluate_region(ctx, para, sent, region, critics, f"criticises:reported-evaluation:{lemma}", 0.55)
            if lemma in CRITICISE_VERBS:
                # "X warned that Y would ...", "Y could ..., X warned": the subject of the reported
                # clause is warned against
                # (not a clause after "and": "X blasts a return past Y and Z is forced to ...", a
                # coordination the parser hung on the verb)
                clauses = [c for c in v.children if c.dep_ == "ccomp" and not _after_conjunction(c)]
                # the clause before the verb only when it is what the verb reports ("Y could ..., warns X"),
                # not an adverbial clause ("as Y began to press, Z blasted over"): a shot, no warning
                if not clauses and region and region[0].i < v.i and any(c.dep_ == "nsubj" and c.i > v.i for c in v.children):
                    clauses = [t for t in region if t.dep_ == "ROOT" or t.head.i == v.i and t.pos_ in ("VERB", "AUX")][:1]
                phrases = [s for c in clauses for s in [_clause_subject(c)] if s is not None]
                if lemma in _WARN_VERBS and any(c.dep_ in ("dobj", "dative") for c in v.children):
                    # "X warned Y the party could not win": news for its hearer, no warning against the party
                    # (but "X warned ministers that they should ...": the hearer taken up by a pronoun)
                    phrases = [p for p in phrases if p.pos_ == "PRON"]
                # ("Ministers would not rule out ..., X warned": what the government may do, told by one of it)
                for tgt in _targets(ctx, para, phrases, set(critics), members=False):
                    for s in critics:
                        ctx.add(s, "criticises", tgt, ctx.evidence(para, sent, f"criticises:reported-verb:{lemma}", 0.65, v))


#: Words of a stance against someone, with the preposition that names them: "X is critical of Y",
#: "X, a fierce critic of Y", "X is opposed to Y's plan", "X was furious with Y".
STANCE_WORDS = words("stance_words")
_STANCE_PREPS = frozenset({"of", "to", "toward", "towards", "with", "at", "about", "over", "by"})


def _content_of_noun(t: Token) -> bool:
    """Whether ``t`` is inside a clause that gives the content of a noun ("reports that ...",
    "the claim that ...", "suggestions that ..."): said to be so, not asserted."""
    node = t
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("acl", "ccomp") and node.head.pos_ == "NOUN":
            return True
        node = node.head
    return False


#: Nouns of what someone says or writes: the content of "X's statement that Y failed" is X's.
_STATEMENT_NOUNS = words("document_nouns") | words("speech_nouns")
#: Nouns that present their "that"-clause as shown ("the fact that", "evidence that"): its content is the speaker's.
_FACT_NOUNS = frozenset({"fact", "evidence", "proof", "sign", "indication"})
#: Verbs of telling someone something ("X told the committee that ..."): the object is the hearer.
_TELL_VERBS = words("tell_verbs")


def _hearsay(t: Token) -> bool:
    """Whether ``t`` is inside the "that"-clause of a noun that is no statement of the speaker's
    ("agreed to settle charges that it rigged bids", "dismissed claims that Y lied"): reported, not
    asserted; the content of a statement or report ("a statement saying Y failed") is its maker's."""
    node = t
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("acl", "ccomp") and node.head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
            if lemma_of(node.head) in _FACT_NOUNS and not any(c.lower_ in ("no", "little", "any") for c in node.head.children):
                return False  # "there is growing evidence that Y failed": what the speaker holds shown (not "no evidence")
            if node.head.dep_ in ("dobj", "dative") and lemma_of(node.head.head) in _TELL_VERBS:
                return False  # "X told BBC Radio's Today programme that Y failed": what X told its hearer, hung on the hearer
            return node.head.lemma_.lower() not in _STATEMENT_NOUNS and node.head.lower_ not in _STATEMENT_NOUNS
        node = node.head
    return False


@relation_rule("criticises", "stance")
def stances(ctx: RelationContext, para: Paragraph) -> None:
    """A stance against Y said of X, in any voice: "X has been highly critical of Y", "X, a
    long-time critic of Y, said", "X is opposed to Y's plans", "X was furious with Y", "I am
    disappointed by Y" (the speaker); never negated ("not critical of Y")."""
    for t in tokens(para):
        if t.pos_ not in ("ADJ", "NOUN", "VERB") or t.lower_ not in STANCE_WORDS and lemma_of(t) not in STANCE_WORDS or _is_negated(t):
            continue
        if _content_of_noun(t):
            continue  # "angry at reports that he has been critical of Y": what the reports say, not asserted
        holders: list[Token] = []
        if t.dep_ in ("acomp", "attr", "oprd") and lemma_of(t.head) in _COPULAS | {"feel", "grow"}:
            s = _clause_subject(t.head)
            holders = [s] if s is not None else []
        elif t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
            holders = [c for c in t.children if c.dep_ == "nsubjpass"]  # "X is opposed to Y", "X was disappointed by Y"
        elif t.dep_ == "appos":
            holders = [t.head]  # "X, a critic of Y,"
        elif t.dep_ in ("amod",) and t.head.dep_ == "appos":
            holders = [t.head.head]  # "X, an outspoken opponent of Y" read through the noun
        elif t.dep_ == "compound" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN" and t.head.i > t.i:
            holders = [t.head]  # "Y critic Jane Roe": the title of a name
        if not holders:
            continue
        targets = [g for c in t.children if (c.dep_ == "prep" and c.lower_ in _STANCE_PREPS) or c.dep_ == "agent"
                   for g in c.children if g.dep_ == "pobj"]
        if t.pos_ == "NOUN" and not any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.text.islower() for c in t.children):
            # "X, Y's fiercest critic", "Y critic X": the one opposed named before the noun (not a
            # trade named by its field: "the Y's film critic")
            targets += [c for c in t.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i)]
        if not targets:
            continue
        critics = [r for h in holders for r in ctx.phrase_refs(para, h) if ctx.table.items[r].type in ("Person", "Organization")]
        for tgt in targets:
            for obj in ctx.phrase_refs(para, tgt) or _owners(ctx, para, tgt):
                for subj in critics:
                    ctx.add(subj, "criticises", obj, ctx.evidence(para, t.sent, "criticises:stance", 0.7, t))
