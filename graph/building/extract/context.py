"""The shared state of the relation rules: references (names, pronouns, descriptions, "we"),
noun-phrase and subject lookup over the dependency parse, evidence, and the type-checked add.

Every relation module (``calls_on``, ``cites``, ``criticises``, ``owns``, ``partners_with``,
``reports_to``, ``works_for``) reads the article through a ``RelationContext``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span, Token

from ...model import Article, Evidence, Relation
from ..nlp import Paragraph, indefinite
from ...text.names import name_key
from .lexicon import ORG_DESCRIPTIONS, PRODUCT_DESCRIPTIONS, PRONOUNS_FIRST, PRONOUNS_PERSON, ROLE_HEADS, UNIT_NOUNS, words
from .mentions import PERSON_NOUNS, MentionTable, WorkMention
from .quotes import FoundQuote, speaker_of_subject

__all__ = ["RelationContext", "OWNED_NOUNS", "NOT_YET_VERBS", "negated", "not_yet", "lemma_of", "has_number", "author_of", "tokens", "verbs"]

#: Nouns for what a company owns ("Meta's platforms"): never the owner themselves.
OWNED_NOUNS = words("owned_nouns")
#: Things said or written in public ("a speech criticising Y", "a letter urging Y to act"): their maker does it.
STATEMENT_NOUNS = words("document_nouns") | words("speech_nouns")
_NUM_ENTS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
#: Pronouns that may stand for a body ("it", "its", "they", ...), resolved once per article.
_BODY_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})


@dataclass
class RelationContext:
    """What every relation rule reads (the article, its paragraphs, mentions and quotations)
    and the one place where edges are added (with the type checks of the contract)."""

    article: Article
    paras: list[Paragraph]
    table: MentionTable
    quotes: list[FoundQuote]
    author: int | None
    out: list[Relation]
    last_recipient: int | None = None
    #: What each "it", "its", "they", "them", "their" that no mention covers refers to (a
    #: pronoun mention pointing at the body), read once in text order (see ``body_pronouns``).
    #: None: read them when the context is made.
    pronouns: dict[tuple[int, int], WorkMention] | None = None
    #: The person each subject that describes one stands for, as the quotation reader read the
    #: passage ("the 28-year-old", "the Acme striker": ``quotes.read_quotations``).
    described: dict[tuple[int, int], int | None] | None = None

    def __post_init__(self) -> None:
        if self.pronouns is None:
            self.pronouns = self._read_body_pronouns()

    @cached_property
    def _tokens_by_para(self) -> dict[int, list[Token]]:
        """Each paragraph's token list by its number (made once, not on every pronoun)."""
        return {p.index: p.tokens for p in self.paras}

    # -- references -------------------------------------------------------

    def quote_at(self, para: Paragraph, tok: Token) -> FoundQuote | None:
        pos = para.offset + tok.idx
        for q in self.quotes:
            if q.para == para.index and q.start <= pos < q.end:
                return q
        return None

    def ref(self, para: Paragraph, tok: Token) -> int | None:
        """The mention a token refers to (resolved), or None."""
        low = tok.lower_
        if low in PRONOUNS_FIRST and not (len(tok.text) > 1 and tok.text.isupper()):  # "US" is no "us"
            q = self.quote_at(para, tok)
            if q is not None:
                return q.speaker
            return self.author
        j = self.table.at(para.index, tok.i)
        if self.described and (para.index, tok.i) in self.described and self.quote_at(para, tok) is None:
            # "the 28-year-old accused ...": the person the passage describes so, or nobody where the
            # passage rules the mention table's guess out; the table's own reading of a post ("the
            # chancellor"), by who holds it, stands
            r = self.table.resolved(j) if j is not None else None
            words = self.table.items[j].key.split() if j is not None else []
            if not (words and words[-1] in ROLE_HEADS) or r is None or self.table.items[r].kind != "name":
                return self.described[(para.index, tok.i)]
        if j is not None:
            m = self.table.items[j]
            if m.key in ("spokesman", "spokeswoman", "spokesperson") and m.role_org is not None:
                return self.table.resolved(m.role_org)
            r = self.table.resolved(j)
            if r is not None and m.kind == "pronoun" and low in PRONOUNS_PERSON:
                r = self._not_the_speaker(para, tok, r)
            if r is not None and self.table.items[r].kind in ("name", "group"):
                return r
            return None
        if low in ("it", "its", "they", "them", "their", "which", "who", "that"):
            if low in ("which", "who", "that") and tok.head.dep_ in ("relcl",):
                # the noun right before the relative pronoun is its antecedent (parsers often attach it higher)
                k = tok.i - 1
                while k >= 0 and tok.doc[k].is_punct:
                    k -= 1
                if k >= 0 and tok.doc[k].pos_ in ("NOUN", "PROPN"):
                    r = self.ref(para, tok.doc[k])
                    if r is None and tok.doc[k].dep_ == "appos":
                        r = self.ref(para, tok.doc[k].head)  # "Vega, a Democrat who chairs ..."
                    if r is not None and not (low == "who" and self.table.items[r].type == "Place"):
                        return r
                r = self.ref(para, tok.head.head)
                prev = tok.doc[k] if k >= 0 else None
                if low == "who" and prev is not None and prev.pos_ in ("NOUN", "PROPN") and (r is None or self.table.items[r].type == "Place"):
                    # (not after "those who", "anyone who": people in general)
                    # "X, an expert in drugs, who runs Y", "X, a Democrat from Ohio who sits on Y": "who" is a person
                    r = self._person_before(para, tok)
                return r
            if low in ("which", "who", "that"):
                return None
            p = self.pronouns.get((para.index, tok.i))
            return p.antecedent if p is not None else None
        if tok.lemma_.lower() in ("spokesman", "spokeswoman", "spokesperson"):
            return speaker_of_subject(self.table, para, tok)
        return None

    def _read_body_pronouns(self) -> dict[tuple[int, int], WorkMention]:
        """Resolve every "it", "its", "they", "them", "their" of the article once, in text order:
        each one resolved joins the candidates of those after it (a pronoun subject continues the
        body the passage is about), so what a rule reads does not depend on which rules asked
        before it, or in what order."""
        found: dict[tuple[int, int], WorkMention] = {}
        chain: list[WorkMention] = []
        for para in self.paras:
            things: set[int] = set()  # sentences (by start) whose "it" is a thing
            for tok in para.tokens:
                low = tok.lower_
                if low not in _BODY_PRONOUNS or self.table.at(para.index, tok.i) is not None:
                    continue
                if low in ("it", "its") and (tok.sent.start in things or self._is_a_thing(para, tok)):
                    # "It is a small invention, but X made it first and now owns it": what the
                    # copula says "it" is, a thing, the same sentence's "it" goes on being
                    things.add(tok.sent.start)
                    continue
                if low in ("they", "them", "their") and (self.quote_at(para, tok) is not None or self._people_before(para, tok)):
                    continue
                if low in ("it", "its") and self._thing_before(para, tok):
                    continue
                if low == "it" and self._demonstrative_before(para, tok):
                    continue
                if low == "its" and self._place_subject(para, tok):
                    continue
                best = self._last_org(para.offset + tok.idx, para, tok, chain=chain)
                if best is None:
                    continue
                pos = para.offset + tok.idx
                m = WorkMention(start=pos, end=pos + len(tok), text=tok.text, type="Organization", key=low, kind="pronoun",
                                rule="pronoun-org", para=para.index, tok=(tok.i, tok.i + 1), antecedent=best)
                found[(para.index, tok.i)] = m
                chain.append(m)
        return found

    def _is_a_thing(self, para: Paragraph, tok: Token) -> bool:
        """"It is a small invention", "it was a mistake": a subject "it" that the copula says is a
        thing (a common noun with "a"/"an" that is no mention of a body or person, as "a big
        company" would be)."""
        if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            return False
        attr = next((c for c in tok.head.children if c.dep_ == "attr" and c.i > tok.i), None)
        return (attr is not None and attr.pos_ == "NOUN" and attr.ent_type_ == "" and self.table.at(para.index, attr.i) is None
                and indefinite(attr))

    def _people_before(self, para: Paragraph, tok: Token) -> bool:
        """"X and Y could be banned ... Their coach ...", "The sprinters denied it. They ...": a
        plural "they" whose sentence, or the sentence before, has for subject people or plural
        things (two names joined, a plural noun naming no body) continues them, not a body."""
        sent = tok.sent
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subj is None and sent.start > 0:
            prev = tok.doc[sent.start - 1].sent
            subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON":
            return False
        j = self.table.at(para.index, subj.i)
        m = self.table.items[self.table.resolved(j)] if j is not None else None
        if any(c.dep_ == "conj" for c in subj.children):
            return m is not None and m.type == "Person"
        return subj.tag_ in ("NNS", "NNPS") and (m is None or m.type == "Person")

    def _description_at(self, para: Paragraph, tok: Token) -> bool:
        j = self.table.at(para.index, tok.i)
        return j is not None and self.table.items[j].kind in ("description", "group")

    def _holder_after(self, para: Paragraph, tok: Token) -> int | None:
        """The person a title names when the title runs on before the name ("Labour's deputy
        minister for women Jane Roe accused ..."): lower-case words and "for"/"of" between."""
        doc = tok.doc
        k = tok.i + 1
        while k < len(doc) and k - tok.i <= 4 and (doc[k].lower_ in ("for", "of", "and") or (doc[k].text.islower() and doc[k].pos_ in ("NOUN", "ADJ"))):
            k += 1
        if k == tok.i + 1 or k >= len(doc):
            return None
        j = self.table.at(para.index, k)
        if j is None or self.table.items[j].kind != "name" or self.table.items[j].type != "Person" or self.table.items[j].tok[0] != k:
            return None
        return self.table.resolved(j)

    def _person_before(self, para: Paragraph, tok: Token) -> int | None:
        """The last person named before a relative "who" in its sentence (its antecedent when the
        noun right before it names no one)."""
        sent_start = tok.sent.start
        for k in range(tok.i - 1, sent_start - 1, -1):
            j = self.table.at(para.index, k)
            if j is not None and self.table.items[j].type == "Person":
                r = self.table.resolved(j)
                if r is not None and self.table.items[r].kind == "name":
                    return r
        return None

    def _not_the_speaker(self, para: Paragraph, tok: Token, r: int) -> int | None:
        """Inside a quotation "he" and "she" are never the speaker (who says "I"): the person
        meant is the last other person named before the quotation."""
        q = self.quote_at(para, tok)
        if q is None or q.speaker is None or self.table.items[r].key != self.table.items[q.speaker].key:
            return r
        speaker_key = self.table.items[q.speaker].key
        best = None
        for i, m in enumerate(self.table.items):
            if m.start >= q.start or m.type != "Person" or m.para < para.index - 3:
                continue
            k = self.table.resolved(i)
            if k is None or self.table.items[k].kind != "name" or self.table.items[k].key == speaker_key or self.table.items[k].plural:
                continue
            if best is None or m.start > best[0]:
                best = (m.start, k)
        return best[1] if best else None

    def _thing_before(self, para: Paragraph, tok: Token) -> bool:
        """"The probe found ... It also concluded ...": a sentence-initial "it" continues the
        subject of the sentence before; when that subject is a thing (a common noun naming no
        entity), "it" is that thing, not the last body named."""
        sent = tok.sent
        if tok.i - sent.start > 1:
            return False
        doc = tok.doc
        if sent.start > 0:
            prev, index = doc[sent.start - 1].sent, para.index
        else:
            before = [p for p in self.paras if p.index < para.index]
            if not before or not len(before[-1].doc):
                return False
            prev, index = list(before[-1].doc.sents)[-1], before[-1].index
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN":
            return False
        j = self.table.at(index, subj.i)
        # a thing, or a body described but never named ("The committee said ... It blamed ...")
        return j is None or (self.table.items[j].kind == "description" and self.table.resolved(j) == j)

    def _place_subject(self, para: Paragraph, tok: Token) -> bool:
        """"Kazakhstan has been dominated by its president": "its" in a clause whose subject, named
        before it, is a place means that place (no organisation)."""
        node = tok
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                for c in node.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i:
                        j = self.table.at(para.index, c.i)
                        return j is not None and self.table.items[j].type == "Place"
                return False
        return False

    def _demonstrative_before(self, para: Paragraph, tok: Token) -> bool:
        """"If we don't address this problem now, it will get worse": a subject "it" after a thing
        named with "this" or "that" earlier in its sentence is that thing."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        doc = tok.doc
        start = tok.sent.start if tok.i - 40 < 0 else max(tok.sent.start, tok.i - 40)
        for t in doc[start : tok.i]:
            if t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in t.children) and self.table.at(para.index, t.i) is None:
                return True
        return False

    def _last_org(self, pos: int, para: Paragraph, tok: Token, company: bool = False,
                  chain: list[WorkMention] | None = None) -> int | None:
        """The organisation a pronoun most likely means: the last one named before it, and for a
        pronoun subject ("It has called on ...") the last organisation that was itself a subject.
        "they" may also mean a group of companies ("tech companies"); "it" may not. ``chain``:
        the pronouns before it already resolved (all of them, unless given)."""
        plural = tok.lower_ in ("they", "them", "their", "themselves")
        docs = self._tokens_by_para
        if chain is None:
            chain = [m for m in self.pronouns.values() if m.start < pos]
        cands: list[tuple[int, int, bool]] = []  # (start, resolved index, was a subject)
        for i, m in [*enumerate(self.table.items), *((None, m) for m in chain)]:
            if m.start >= pos or m.type != "Organization" or m.para < para.index - 3:
                continue
            r = self.table.resolved(i) if i is not None else m.antecedent
            if r is None:
                continue
            rm = self.table.items[r]
            if rm.kind == "group":
                if not (plural and company and rm.key.endswith(" industry")):  # "they" may mean an industry's companies
                    continue
            elif rm.kind != "name" or rm.plural or (company and rm.category != "company"):
                continue
            head = docs[m.para][m.tok[1] - 1] if m.para in docs else None
            if head is not None and head.dep_ in ("compound", "nmod") and head.head.tag_ in ("NNS", "NNPS") and head.head.i >= m.tok[1]:
                continue  # "FTSE 100 companies", "Northwind engineers": a modifier of other things
            if head is not None and _spoken_to(head):
                continue  # "She told BBC News she was concerned about their ...": the outlet is no antecedent
            is_subj = head is not None and head.dep_ in ("nsubj", "nsubjpass")
            cands.append((m.start, r, is_subj))
        if not cands:
            return None
        cands.sort()
        best = cands[-1][1]
        # a subject pronoun, or "its" opening the subject ("Its chief executive said ..."), continues
        # the body the text is about, the last one that was itself a subject ("X agreed to buy Y from
        # Z. Its chief executive ..." is X's)
        np_head = tok.head
        while np_head.dep_ in ("compound", "appos") and np_head.head.i != np_head.i:
            np_head = np_head.head  # ("Its chief executive Jane Roe said": the title modifies the name)
        subject_poss = tok.dep_ == "poss" and np_head.dep_ in ("nsubj", "nsubjpass") and tok.i == tok.sent.start
        if (tok.dep_ in ("nsubj", "nsubjpass") or subject_poss) and not company:
            subj = [c for c in cands if c[2]]
            if subj:
                best = subj[-1][1]
        return best

    def phrase_refs(self, para: Paragraph, tok: Token, depth: int = 0) -> list[int]:
        """Mentions named by a noun phrase: the head, its conjuncts and appositions, and
        examples introduced by "including", "like", "such as"."""
        out: list[int] = []
        r = self._named_kind(para, tok) if _kind_of_body(tok) else None
        r = self.ref(para, tok) if r is None else r
        if r is None:
            left = [c for c in tok.children if c.dep_ in ("compound", "poss") and c.i < tok.i]
            if tok.lower_ in UNIT_NOUNS:
                left += [g for c in left for g in c.subtree if g.dep_ == "poss" and g.i != c.i]
            for c in left if tok.lower_ not in OWNED_NOUNS else []:
                r2 = self.ref(para, c)
                if r2 is None or self.table.items[r2].type == "Place":
                    continue
                # "Harbury's recruitment department": a unit stands for its organisation
                if tok.pos_ == "PROPN" or (c.dep_ in ("poss", "compound") and tok.lower_ in UNIT_NOUNS):  # "UKIP officials"
                    out.append(r2)
            # "the payments company Lumio", "the Portuguese club CD Vilamar": the name follows
            nxt = tok.i + 1
            if nxt < len(tok.doc):
                j = self.table.at(para.index, nxt)
                if j is not None and self.table.items[j].kind == "name" and self.table.items[j].tok[0] == nxt:
                    r = self.table.resolved(j)
            if r is None and tok.lower_ in ROLE_HEADS:
                r = self._holder_after(para, tok)
            if r is None and tok.lower_ in UNIT_NOUNS and not left:
                # "the staff at Y", "officials of Y": people of a body stand for it
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("at", "of", "from"):
                        for g in c.children:
                            r2 = self.ref(para, g) if g.dep_ == "pobj" else None
                            if r2 is not None and self.table.items[r2].type == "Organization":
                                r = r2
            if r is None:
                for c in tok.children:
                    if c.dep_ in ("appos", "compound") and c.i > tok.i:
                        j = self.table.at(para.index, c.i)
                        if j is not None and self.table.items[j].kind == "name":
                            r = self.table.resolved(j)
                            break
        if r is not None:
            out.append(r)
        if depth > 3:
            return out
        for c in tok.children:
            if c.dep_ == "appos" and self._description_at(para, c):
                continue  # "X, the biggest publisher": a description in apposition is X itself
            if c.dep_ == "appos" and r is not None and self.table.items[r].type == "Person" and any(
                    d.dep_ == "det" and d.lower_ == "the" for d in c.children):
                continue  # "X, the top Republican on the committee": the person described, not a party
            if c.dep_ in ("conj", "appos"):
                out.extend(self.phrase_refs(para, c, depth + 1))
            elif c.dep_ == "prep" and c.lower_ in ("including", "like", "such", "as"):
                for g in c.subtree:
                    if g.dep_ == "pobj":
                        out.extend(self.phrase_refs(para, g, depth + 1))
                        break
            elif c.dep_ == "prep" and _along_with(c):
                # "X, along with Y, said", "X, together with Y, ...": Y is one of them too
                withs = [w for w in c.children if w.lower_ == "with"] if c.lower_ == "along" else [c]
                for g in (g for w in withs for g in w.children if g.dep_ == "pobj"):
                    out.extend(self.phrase_refs(para, g, depth + 1))
            elif c.dep_ == "amod" and c.lower_ == "including":
                out.extend(self.phrase_refs(para, c, depth + 1))
        seen, uniq = set(), []
        for x in out:
            if x is not None and x not in seen:
                seen.add(x)
                uniq.append(x)
        return uniq

    def state_of(self, para: Paragraph, tok: Token) -> int | None:
        """The country whose officials a phrase names ("US officials", "Kenya's authorities",
        "officials of Kenya"): they stand for its state (GUIDELINES: a country's name may stand
        for its government as the object)."""
        if tok.lemma_.lower() not in _STATE_PEOPLE:
            return None
        cands = [c for c in tok.children if c.dep_ in ("compound", "poss") and c.i < tok.i]
        cands += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for c in cands:
            j = self.table.at(para.index, c.i)
            if j is not None and self.table.items[j].type == "Place" and self.table.items[j].kind == "name":
                return self.table.resolved(j)
        return None

    def _named_kind(self, para: Paragraph, tok: Token) -> int | None:
        """"The Reuters news agency", "the Westbrook engineering group": a noun saying what kind of
        body a name before it is stands for that body (whatever body a description "the agency"
        would otherwise mean)."""
        for c in tok.children:
            if c.dep_ == "compound" and c.i < tok.i:
                j = self.table.at(para.index, c.i)
                if j is None or self.table.items[j].kind != "name":
                    continue
                typ = self.table.items[j].type
                # "the Facebook app" is no Facebook: a product kind takes a product's name (a brand, either)
                if typ == "Product" or (typ == "Organization" and (tok.lower_ not in PRODUCT_DESCRIPTIONS)):
                    return self.table.resolved(j)
        return None

    def fronted_subjects(self, para: Paragraph, tok: Token) -> list[int]:
        """"In delivering its report to Y, X said ...", "In its report, X said ...": in a phrase put
        before the main clause, "its" and the missing subject are the main clause's subject (which
        comes after)."""
        node = tok
        for _ in range(8):
            head = node.head
            if head.i == node.i:
                return []
            if head.dep_ == "ROOT" and head.pos_ in ("VERB", "AUX") and node.dep_ in ("prep", "advcl", "npadvmod"):
                subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subs and node.i < subs[0].i and all(t.i < subs[0].i for t in node.subtree):
                    return self.phrase_refs(para, subs[0])
                return []
            node = head
        return []

    def agents(self, para: Paragraph, verb: Token) -> list[int]:
        """What the agent of a passive verb or participle names ("owned by X", "Y was founded by X")."""
        return [r for g in agent_objects(verb) for r in self.phrase_refs(para, g)]

    def subjects(self, para: Paragraph, verb: Token) -> list[int]:
        """Who does what the verb says: its subject, or the noun a relative clause or participle hangs on."""
        node, via_conj = verb, False
        # a purpose infinitive ("X used his time at a hearing that was meant for Z to grill Y"): the
        # parser may hang it inside a relative clause on a thing, which can do nothing
        purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        for _ in range(5):
            subs = [c for c in node.children if c.dep_ in ("nsubj", "csubj") or (via_conj and c.dep_ == "nsubjpass")]
            if subs:  # ("X was suspended and has since lodged ...": the first verb's passive subject acts in the second)
                if (subs[0].lower_ in ("which", "who", "that") and node.dep_ == "relcl" and node.head.dep_ == "appos"
                        and self._description_at(para, node.head)):
                    return self.phrase_refs(para, node.head.head)  # "X and Y, the firms which own Z"
                if (subs[0].lower_ == "who" and node.dep_ == "relcl" and node.head.tag_ == "NNS" and subs[0].i == node.head.i + 1
                        and node.head.dep_ != "appos" and self.table.at(para.index, node.head.i) is None):
                    # "it would appeal to consumers who had bought Y": a "who" right after a plain plural
                    # noun stands for it, which names no one (not the last person named). ("X, an expert
                    # in new drugs, who runs Y": after a comma the parser may hang it on the wrong noun;
                    # "which" is left alone for the same reason)
                    return []
                if subs[0].lower_ == "who" and node.dep_ == "relcl" and node.head.pos_ == "NOUN" \
                        and node.head.lemma_.lower() in PERSON_NOUNS and node.head.dep_ != "appos":
                    # "X reacted to some supporters, who criticised Y": "who" is the people the clause
                    # hangs on (here nobody named), never a name read earlier (a clause the parser hangs
                    # on a thing, "... new drugs, who runs Y", is misplaced: left to the reference)
                    return self.phrase_refs(para, node.head)
                refs = self.phrase_refs(para, subs[0])
                # "X, the largest union, and Y urged ...": the parser may give the verb each subject apart
                for extra in subs[1:]:
                    if extra.dep_ == "nsubj" and any(c.dep_ == "cc" for c in subs[0].children):
                        refs += [r for r in self.phrase_refs(para, extra) if r not in refs]
                # "X, along with Y, called on ...": the parser may hang "along with Y" on the verb
                for c in node.children:
                    if c.dep_ == "prep" and subs[0].i < c.i < node.i and _along_with(c):
                        withs = [w for w in c.children if w.lower_ == "with"] if c.lower_ == "along" else [c]
                        refs += [r for w in withs for g in w.children if g.dep_ == "pobj" for r in self.phrase_refs(para, g) if r not in refs]
                return refs
            via_conj = node.dep_ == "conj"
            root = node.sent.root
            if (node.dep_ == "acl" and node.tag_ in ("VBD", "VBN") and root.pos_ in ("NOUN", "PROPN") and root.i < node.i
                    and node.i > 0 and node.doc[node.i - 1].text == "," and node.head.i != root.i):
                # "X, which teamed up with Y to back a ban, called on Z ...": the parser, lost in the
                # relative clause, hangs the main verb on its last noun and leaves the sentence verbless;
                # the subject is the sentence's head noun
                return self.phrase_refs(para, root)
            if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
                refs = self.phrase_refs(para, node.head)
                if not refs and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in STATEMENT_NOUNS:
                    refs = self._makers(para, node.head)  # "X opened with a speech attacking Y": X attacks Y
                if not refs and purpose and node.dep_ == "relcl" and verb.head.i != node.i:
                    # (not "a hearing that was held to question Y": the hearing's own purpose)
                    refs = self._main_agent(para, node.head)
                return refs
            if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "acomp", "ccomp") and node.head.i != node.i:
                node = node.head
                continue
            break
        return []

    def _main_agent(self, para: Paragraph, noun: Token) -> list[int]:
        """The subject of the clause a noun sits in as an object or a preposition's object."""
        node = noun
        for _ in range(4):
            if node.dep_ not in ("pobj", "prep", "dobj") or node.head.i == node.i:
                return []
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                subs = [c for c in node.children if c.dep_ == "nsubj"]
                return self.phrase_refs(para, subs[0]) if subs else []
        return []

    def _makers(self, para: Paragraph, noun: Token) -> list[int]:
        """Who made a statement named by ``noun``: its possessor ("X's speech"), the one after
        "by"/"from" ("a letter from X"), else the subject of the clause it sits in ("X issued a
        statement ...", "X opened proceedings with a speech ...")."""
        refs = [r for c in noun.children if c.dep_ == "poss" for r in self.phrase_refs(para, c)]
        refs += [r for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for g in c.children if g.dep_ == "pobj" for r in self.phrase_refs(para, g)]
        if refs or any(c.dep_ == "poss" for c in noun.children):
            return refs
        node = noun
        for _ in range(4):
            if node.dep_ not in ("dobj", "pobj", "prep", "conj", "attr") or node.head.i == node.i:
                return []
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return [r for r in self.subjects(para, node) if self.table.items[r].type in ("Person", "Organization")]
        return []

    # -- output -----------------------------------------------------------

    def evidence(self, para: Paragraph, sent: Span, rule: str, conf: float, cue: Token | Span | None = None) -> Evidence:
        """Where ``rule`` read a fact: the sentence, and its cue (a word, or the words of an idiom)."""
        first, last = (cue[0], cue[-1]) if isinstance(cue, Span) else (cue, cue)
        return Evidence(
            article=self.article.id,
            start=para.offset + sent.start_char,
            end=para.offset + sent.end_char,
            sentence=sent.text,
            rule=rule,
            confidence=conf,
            cue_start=para.offset + first.idx if cue is not None else None,
            cue_end=para.offset + last.idx + len(last) if cue is not None else None,
        )

    def add(self, subj: int | None, pred: str, obj: int | None, ev: Evidence, role: str | None = None, article_subject: bool = False,
            state: bool = False) -> None:
        """Add an edge if its types fit the relation. ``state``: a country named as the object of a
        verb of criticising or calling on, or as the body of a government post, stands for its
        government ("X criticised the US", "X pressed the US to act", "US President X";
        GUIDELINES, conventions), and so does one that states a figure the article cites
        ("Indonesia said ...")."""
        if obj is None or (subj is None and not article_subject):
            return
        if subj is not None and subj == obj:
            return
        if any(x is not None and self.table.items[x].kind == "unnamed" for x in (subj, obj)):
            return  # someone the article does not name ("one broker said") speaks, but is no party to an edge
        o = self.table.items[obj]
        if subj is not None:
            s = self.table.items[subj]
            if s.kind == "name" and o.kind == "name" and s.key == o.key and s.type == o.type:
                return  # two mentions of one entity: nothing relates to itself
            place_ok = state and o.type == "Place" and o.kind == "name" and pred in ("criticises", "callsOn", "worksFor")
            if not types_ok(pred, s.type, o.type) and not (place_ok and types_ok(pred, s.type, "Organization")):
                return
        elif not types_ok(pred, "Article", o.type) and not (state and pred == "cites" and o.type == "Place" and o.kind == "name"):
            return  # ("Indonesia said it expected ...": a country stating a figure is its government's voice)
        self.out.append(Relation(subject=subj, predicate=pred, object=obj, evidence=ev, role=role))


DOMAINS = {
    "criticises": ({"Person", "Organization"}, {"Person", "Organization", "Product"}),
    "reportsTo": ({"Person", "Organization", "Product"}, {"Organization"}),
    "cites": ({"Person", "Organization", "Article"}, {"Person", "Organization", "Product"}),
    "worksFor": ({"Person"}, {"Organization"}),
    "owns": ({"Organization", "Person"}, {"Organization", "Product"}),  # "X owns the club": owners may be people
    "callsOn": ({"Person", "Organization"}, {"Person", "Organization"}),
    "partnersWith": ({"Organization", "Person"}, {"Organization"}),
}


#: People who act for a state: "US officials", "Kenya's authorities" stand for the state.
_STATE_PEOPLE = frozenset({"official", "authority", "diplomat", "minister", "leader", "negotiator"})
#: Heads that say what kind of body a name before them is ("the Reuters news agency"), but not
#: those that name another body the name only qualifies ("the Labour government", "the Tory party
#: conference board").
_NOT_KIND = frozenset({"government", "administration", "legislature", "parliament", "senate", "council", "board", "owner",
                       "owners", "buyer", "bidder", "campaign", "court", "committee", "panel", "office", "ministry", "department"})


#: Heads that say what kind of product or brand a name before them is ("the Kestrel brand", "the Strydo app").
_PRODUCT_KINDS = PRODUCT_DESCRIPTIONS | {"brand", "label", "marque", "chain"}


def _kind_of_body(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and ((tok.lower_ in ORG_DESCRIPTIONS and tok.lower_ not in _NOT_KIND) or tok.lower_ in _PRODUCT_KINDS)


def _along_with(prep: Token) -> bool:
    """"along with Y", "together with Y": Y joins the phrase it follows."""
    return prep.lower_ == "along" or (prep.lower_ == "with" and any(a.lower_ == "together" for a in prep.children))


def types_ok(pred: str, s: str, o: str) -> bool:
    dom, rng = DOMAINS[pred]
    return s in dom and o in rng


def agent_objects(tok: Token) -> list[Token]:
    """The objects of "by" as a passive verb's agent ("owned by X": X)."""
    return [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def negated(tok: Token) -> bool:
    """Negated or hedged: "did not criticise", "may urge", "if X asks Y", "whether X owns Y".

    Every relation module asks this of every verb: the answer is kept per token in the Doc."""
    data = tok.doc.user_data
    cache = data.get("kg_negated")
    if cache is None:
        cache = data["kg_negated"] = {}
    hit = cache.get(tok.i)
    if hit is None:
        hit = cache[tok.i] = _negated(tok)
    return hit


def _negated(tok: Token) -> bool:
    for node in (tok, tok.head if tok.dep_ in ("xcomp", "aux") else tok):
        if any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "n’t", "never") for c in node.children):
            return True
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in tok.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in tok.children):
        return True
    return False


#: Verbs whose infinitive complement is not (yet) done by anyone: asking ("urged X to report to
#: Y", "asked for X to provide it to Y"), intending ("wants to criticise Y") and ceasing ("stop blaming Y").
NOT_YET_VERBS = words("calls_on_verbs") | words("intention_verbs")


def not_yet(v: Token) -> bool:
    """A verb in an infinitive or gerund clause under a verb of asking, intending or ceasing
    ("called on X to denounce Y", "asked for X to provide the data to Y", "hopes to work with Y",
    "stop blaming Y"): asked for, intended or given up, not done."""
    if v.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and not (v.tag_ == "VBG" and v.dep_ == "xcomp"):
        return False  # ("stop blaming Y", "refuses working with Y": a gerund complement)
    return lemma_of(v.head) in NOT_YET_VERBS


def _spoken_to(tok: Token) -> bool:
    """Whom a speaker told something: "told BBC News", "said to the BBC", "speaking to Radio 4"."""
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell":
        return True
    return (tok.dep_ == "pobj" and tok.head.lower_ == "to"
            and tok.head.head.lemma_.lower() in ("say", "speak", "talk", "tell", "explain", "admit", "write"))


def tokens(para: Paragraph) -> list[Token]:
    """The paragraph's tokens as one list, made once (iterating a Doc makes new Token objects
    each time, and seven relation modules walk every paragraph)."""
    return para.tokens


def verbs(para: Paragraph) -> list[Token]:
    """The paragraph's verbs and auxiliaries, made once."""
    cached = para.doc.user_data.get("kg_verbs")
    if cached is None:
        cached = para.doc.user_data["kg_verbs"] = [t for t in tokens(para) if t.pos_ in ("VERB", "AUX")]
    return cached


def lemma_of(t: Token) -> str:
    return t.lemma_.lower()


def has_number(tokens) -> bool:
    for t in tokens:
        if t.ent_type_ in _NUM_ENTS or (t.like_num and not re.fullmatch(r"(19|20)\d\d", t.text)):
            return True
    return False


def author_of(article: Article, table: MentionTable) -> int | None:
    if not article.byline:
        return None
    key = name_key(article.byline.split(",")[0], person=True)
    for i, m in enumerate(table.items):
        if m.kind == "name" and m.type == "Person" and m.key == key:
            return i
    return None
