"""Development-time script: WordNet 3.0 + sentiment lexicons -> the word lists graph/building/extract/data/wn_*.txt.

The lists are general English (WordNet synsets and their hyponyms, sentiment scores), filtered by
rules written in each file's header; nothing in them comes from an article. A build of the package
reads only the text files this script writes, so neither NLTK nor WordNet is needed at run time.

Needs, once per machine:
    apt-get install -y wordnet-base wordnet-sense-index      # WordNet 3.0 in /usr/share/wordnet
    .venv/bin/pip install -e '.[tools]'                       # nltk, vaderSentiment, afinn

Run:
    .venv/bin/python tools/build_wordlists.py                 # rewrite every list
    .venv/bin/python tools/build_wordlists.py --check         # exit 1 if a file would change
    .venv/bin/python tools/build_wordlists.py --show NAME     # print one list's kept and dropped words

NLTK's reader only opens folders under an NLTK data path and expects a ``lexnames`` file that
Debian does not ship, so the database is copied into a private temporary NLTK data folder with
that file written from WordNet's standard order of lexicographer files.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "graph" / "building" / "extract" / "data"
WORDNET_DIR = Path("/usr/share/wordnet")
COMMAND = "python tools/build_wordlists.py"
#: Generated files are named wn_<list>.txt: the hand-made lists of the extraction rules share the folder.
PREFIX = "wn_"

#: WordNet's lexicographer files in their standard order (lexnames(5WN)); NLTK needs this file.
LEXNAMES = (
    ["adj.all", "adj.pert", "adv.all"]
    + [f"noun.{n}" for n in (
        "Tops act animal artifact attribute body cognition communication event feeling food group "
        "location motive object person phenomenon plant possession process quantity relation shape "
        "state substance time").split()]
    + [f"verb.{n}" for n in (
        "body change cognition communication competition consumption contact creation emotion "
        "motion perception possession social stative weather").split()]
    + ["adj.ppl"]
)
#: Usage domains (WordNet ";u" pointers) whose senses are left out of every list: insults and slang.
OFFENSIVE_USAGE = {"disparagement.n.01", "ethnic_slur.n.01", "obscenity.n.02", "slang.n.02", "vulgarism.n.01"}

#: Person nouns AFINN scores at or below this are profanity, not role descriptions.
INSULT_AFINN = -4

#: A selected sense that is not a lemma's first must hold this share of the lemma's SemCor-tagged uses.
MIN_SHARE = 0.10
_CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}


# ---------------------------------------------------------------- reading WordNet


@lru_cache(maxsize=1)
def wordnet():
    """NLTK's WordNet reader over Debian's database (copied into a private NLTK data folder)."""
    try:
        import nltk
        from nltk.corpus.reader.wordnet import WordNetCorpusReader
    except ImportError:
        sys.exit("nltk is missing: run  .venv/bin/pip install -e '.[tools]'")
    if not (WORDNET_DIR / "data.noun").is_file() or not (WORDNET_DIR / "cntlist.rev").is_file():
        sys.exit(f"WordNet 3.0 is not in {WORDNET_DIR}: run  apt-get install -y wordnet-base wordnet-sense-index")
    data = Path(tempfile.mkdtemp(prefix="wordlists-nltk-"))
    atexit.register(shutil.rmtree, data, ignore_errors=True)
    corpus = data / "corpora" / "wordnet"
    corpus.mkdir(parents=True)
    for f in sorted(WORDNET_DIR.iterdir()):
        if f.is_file():
            shutil.copyfile(f, corpus / f.name)  # a copy, not a link: NLTK refuses paths that resolve outside its data folders
    (corpus / "lexnames").write_text(
        "".join(f"{i:02d}\t{name}\t{_CATEGORY[name.split('.')[0]]}\n" for i, name in enumerate(LEXNAMES)), encoding="ascii"
    )
    nltk.data.path.insert(0, str(data))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "multilingual functions are not available": not needed
        return WordNetCorpusReader(str(corpus), None)


def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def entry(lemma_name: str) -> str:
    """WordNet lemma name -> list entry ("Attorney_General" -> "attorney general")."""
    return " ".join(lemma_name.replace("_", " ").lower().split())


def _tagged(synset, lemma_name: str) -> int:
    """How often this sense of this lemma was tagged in SemCor (WordNet's cntlist)."""
    return sum(lm.count() for lm in synset.lemmas() if lm.name().lower() == lemma_name.lower())


def versions() -> str:
    parts = []
    for dist in ("nltk", "wordfreq", "vaderSentiment", "afinn"):
        try:
            parts.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            pass
    return ", ".join(parts)


@lru_cache(maxsize=1)
def afinn() -> dict[str, float]:
    """AFINN-165 word scores (-5 .. +5), from the afinn package's data file."""
    try:
        import afinn as pkg
    except ImportError:
        sys.exit("afinn is missing: run  .venv/bin/pip install -e '.[tools]'")
    path = Path(pkg.__file__).parent / "data" / "AFINN-en-165.txt"
    scores = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            word, score = line.rsplit("\t", 1)
            scores[word.strip().lower()] = float(score)
    return scores


@lru_cache(maxsize=1)
def vader() -> dict[str, float]:
    """VADER's mean word valences (-4 .. +4), from vaderSentiment's lexicon file."""
    try:
        import vaderSentiment as pkg
    except ImportError:
        sys.exit("vaderSentiment is missing: run  .venv/bin/pip install -e '.[tools]'")
    path = Path(pkg.__file__).parent / "vader_lexicon.txt"
    scores = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                scores[parts[0].strip().lower()] = float(parts[1])
            except ValueError:
                continue
    return scores


# ---------------------------------------------------------------- lists from synsets


@dataclass(frozen=True)
class Seed:
    """A synset named as ``lemma.pos.NN`` (the lemma's NN-th sense), with or without its hyponyms."""

    sense: str
    hyponyms: bool = True
    only_named: bool = False  # keep only the lemma the sense is named by ("acquire" of acquire.v.01 = get.v.01)
    depth: int | None = None  # how many levels of hyponyms (None: all)

    @property
    def lemma(self) -> str:
        return self.sense.rsplit(".", 2)[0]

    def synset(self):
        return wordnet().synset(self.sense)


@dataclass(frozen=True)
class SynsetList:
    """A list made of the lemmas of some synsets (and their hyponyms), filtered."""

    name: str
    purpose: str
    pos: str  # "n" or "v"
    seeds: tuple[Seed, ...]
    exclude: tuple[tuple[str, str], ...] = ()  # (sense, why): sub-trees left out
    lexnames: tuple[str, ...] = ()  # if given, only synsets of these lexicographer files
    max_rank: int = 2  # a selected synset must be among the lemma's first max_rank senses
    min_share: float = MIN_SHARE  # ... and, if not the first, hold this share of the lemma's tagged uses
    min_zipf: float = 2.0  # wordfreq Zipf frequency (3 = once per million words)
    attested: bool = True  # a selected sense that is not the first must be tagged in SemCor (min_share above)
    keep_capitalised: bool = False  # proper-noun lemmas (Attorney_General) are kept, lower-cased
    single_words: bool = False  # only one-word entries (head nouns of descriptions)
    no_insults: bool = False  # drop words the sentiment lexicons score as strongly negative
    no_person_sense: bool = False  # drop words with a noun.person sense among their first max_rank senses
    derived_from: tuple[str, ...] = ()  # other lists whose synsets' derivationally related forms join
    notes: tuple[str, ...] = field(default_factory=tuple)

    def _excluded(self) -> set:
        out = set()
        for sense, _why in self.exclude:
            s = wordnet().synset(sense)
            out |= {s, *s.closure(lambda x: x.hyponyms())}
        return out

    def _allowed(self, synset, excluded: set) -> bool:
        return synset not in excluded and (not self.lexnames or synset.lexname() in self.lexnames)

    def selected(self) -> dict:
        """Selected synset -> the seed it was reached from."""
        excluded = self._excluded()
        chosen: dict = {}
        for seed in self.seeds:
            s = seed.synset()
            found = [s, *s.closure(lambda x: x.hyponyms(), depth=seed.depth or -1)] if seed.hyponyms else [s]
            for x in found:
                if self._allowed(x, excluded):
                    chosen.setdefault(x, seed)
        return chosen

    def candidates(self) -> dict[str, dict]:
        """Lemma name -> {selected synset of that lemma: where it came from}."""
        out: dict[str, dict] = {}
        for s, seed in self.selected().items():
            for lemma in s.lemmas():
                if seed.only_named and lemma.name().lower() != seed.lemma.lower():
                    continue
                out.setdefault(lemma.name(), {}).setdefault(s, seed.sense)
        excluded = self._excluded()
        for other in self.derived_from:
            source = LISTS[other]
            words = set(source.judge()[0])
            for s in source.selected():
                for lemma in s.lemmas():
                    if entry(lemma.name()) not in words:
                        continue  # derive only from words the other list kept
                    for d in lemma.derivationally_related_forms():
                        t = d.synset()
                        if t.pos() == self.pos and self._allowed(t, excluded):
                            # only the derived word itself ("accuse" -> "accusation"), not its synonyms
                            out.setdefault(d.name(), {}).setdefault(t, f"derived from {other}: {lemma.name()}")
        return out

    def judge(self) -> tuple[dict[str, str], list[tuple[str, str]]]:
        """({kept entry: where it came from}, [(dropped entry, reason)])."""
        kept, dropped = {}, {}
        for lemma, found in sorted(self.candidates().items()):
            word = entry(lemma)
            if not self.keep_capitalised and lemma[:1].isupper():
                dropped.setdefault(word, "a proper name")
                continue
            if self.single_words and (" " in word or "-" in word):
                dropped.setdefault(word, "more than one word")
                continue
            senses = wordnet().synsets(lemma, self.pos)
            ranks = [i + 1 for i, s in enumerate(senses) if s in found]
            first = ranks[0] if ranks else None
            if first is None or first > self.max_rank:
                dropped.setdefault(word, f"first selected sense is #{first or '?'} of {len(senses)}")
                continue
            if first > 1:
                share = sum(_tagged(x, lemma) for x in senses if x in found)
                total = sum(_tagged(x, lemma) for x in senses)
                if self.attested and (not share or share < self.min_share * total):
                    dropped.setdefault(word, f"selected senses tagged {share} of {total} times in SemCor")
                    continue
            marked = {d.name() for d in senses[first - 1].usage_domains()} & OFFENSIVE_USAGE
            if marked:
                dropped.setdefault(word, f"WordNet marks the sense {', '.join(sorted(marked))}")
                continue
            if zipf(word) < self.min_zipf:
                dropped.setdefault(word, f"Zipf {zipf(word):.2f} < {self.min_zipf}")
                continue
            if self.no_person_sense and any(x.lexname() == "noun.person" for x in senses[: self.max_rank]):
                dropped.setdefault(word, "also a person (a noun.person sense among its first senses)")
                continue
            if self.no_insults and afinn().get(word, 0) <= INSULT_AFINN:
                dropped.setdefault(word, "an insult (sentiment lexicons)")
                continue
            kept[word] = found[senses[first - 1]]
        return dict(sorted(kept.items())), sorted((w, r) for w, r in dropped.items() if w not in kept)

    def header(self) -> list[str]:
        wn = wordnet()
        seeds = []
        for seed in self.seeds:
            s = seed.synset()
            canon = "" if s.name() == seed.sense else f" (= {s.name()})"
            scope = (" + hyponyms" if seed.depth is None else f" + hyponyms {seed.depth} level(s) down") if seed.hyponyms else " only"
            if seed.only_named:
                scope += f", the lemma '{entry(seed.lemma)}' only"
            seeds.append(f"{seed.sense}{canon}{scope}: {s.definition()}")
        lines = [self.purpose, "", "Source: WordNet 3.0 synsets (named lemma.pos.NN, the lemma's NN-th sense):"]
        lines += [f"  {x}" for x in seeds]
        if self.derived_from:
            lines.append(f"  + nouns derivationally related to the synsets of: {', '.join(self.derived_from)}")
        if self.exclude:
            lines.append("Left out (with their hyponyms):")
            lines += [f"  {sense} (= {wn.synset(sense).name()}): {why}" for sense, why in self.exclude]
        if self.lexnames:
            lines.append(f"Only synsets in the lexicographer files: {', '.join(self.lexnames)}.")
        lines += [
            "Filters, per lemma:",
            f"  - sense rank: one of the lemma's first {self.max_rank} {'noun' if self.pos == 'n' else 'verb'} senses is a selected synset",
            "    (WordNet lists a lemma's senses by how often they were tagged in the SemCor corpus, so",
            "    this keeps words whose common meaning is the one wanted, not a rare one); when that is",
        ]
        if self.attested:
            lines += [
                f"    not the first sense, the selected senses must hold at least {self.min_share:.0%} of the lemma's",
                "    tagged uses (and at least one): a listed but rarely attested sense does not count;",
            ]
        else:
            lines.append("    not the first sense, it need not be attested in SemCor (see the note below);")
        lines += [
            f"  - frequency: wordfreq Zipf frequency >= {self.min_zipf} (drops archaic and rare words);",
        ]
        lines.append(f"  - senses WordNet marks as {', '.join(sorted(x.split('.')[0] for x in OFFENSIVE_USAGE))} left out;")
        lines.append("  - proper-noun lemmas kept, lower-cased." if self.keep_capitalised
                     else "  - capitalised lemmas (proper names, nationalities) left out.")
        if self.single_words:
            lines.append("  - one-word entries only, no hyphenated compounds (the head noun of a description: 'the firm').")
        if self.no_insults:
            lines.append(f"  - profanity left out: words that AFINN-165 scores <= {INSULT_AFINN}.")
        if self.no_person_sense:
            lines.append(f"  - words with a noun.person sense among their first {self.max_rank} senses left out (a person may")
            lines.append("    bear the description: 'publisher', 'dealer', 'executive').")
        lines += list(self.notes)
        return lines


# ---------------------------------------------------------------- the lists

_CRITICISM_SEEDS = (
    Seed("criticize.v.01"), Seed("accuse.v.01"), Seed("accuse.v.02"), Seed("blame.v.01"), Seed("blame.v.02"),
    Seed("condemn.v.01"), Seed("denounce.v.01"), Seed("attack.v.02"), Seed("warn.v.01", hyponyms=False),
    Seed("warn.v.02"), Seed("challenge.v.01"), Seed("question.v.01"), Seed("rebuke.v.01"), Seed("reprimand.v.01"),
    Seed("deplore.v.01"), Seed("disapprove.v.01"), Seed("object.v.01"), Seed("protest.v.01"), Seed("complain.v.01", hyponyms=False),
    Seed("deride.v.01"), Seed("disparage.v.01"), Seed("mock.v.01", hyponyms=False),
)

LISTS: dict[str, SynsetList] = {}


def _register(spec: SynsetList) -> None:
    LISTS[spec.name] = spec


_register(SynsetList(
    name="criticise_verbs",
    purpose=(
        "Verb lemmas of saying that someone did wrong: criticising, accusing, blaming, condemning, attacking in\n"
        "words, rebuking, warning, challenging, objecting, complaining. Cue verbs for the criticises relation\n"
        "(subject = critic, object = target). warn.v.01 (notify of danger) is kept alone, without hyponyms\n"
        "(alert, threaten ... warn of danger without blaming anyone)."
    ),
    pos="v",
    seeds=_CRITICISM_SEEDS,
    exclude=(
        ("mind.v.01", "being offended is a feeling, not a speech act"),
        ("charge.v.06", "filing a formal charge: a legal step (charge, file, lodge)"),
        ("indict.v.01", "a prosecutor's formal accusation: a legal step"),
        ("appeal.v.04", "appealing a decision: a legal step"),
        ("deplore.v.02", "regretting (lament, bemoan): the speaker's feeling, no target"),
    ),
    max_rank=2,
    min_zipf=1.5,
    notes=(
        "Known gaps: news verbs of attack whose criticism sense is rare in WordNet (blast is sense #8,",
        "slam and hit out have none) are not here; wn_negative_evaluation.txt and the nouns cover part of them.",
    ),
))

_register(SynsetList(
    name="criticise_nouns",
    purpose=(
        "Nouns of criticism, accusation, blame, condemnation, rebuke, complaint, objection, warning and\n"
        "attack in words ('criticism from X', 'X's attack on Y'). Cue nouns for the criticises relation."
    ),
    pos="n",
    seeds=(
        Seed("criticism.n.01"), Seed("accusation.n.01"), Seed("accusation.n.02"), Seed("rebuke.n.01"),
        Seed("condemnation.n.01"), Seed("complaint.n.03", hyponyms=False), Seed("attack.n.03"), Seed("blame.n.01"),
        Seed("blame.n.02"), Seed("objection.n.01"), Seed("objection.n.02", hyponyms=False),
        Seed("warning.n.02", hyponyms=False),
        Seed("allegation.n.01"), Seed("allegation.n.02"), Seed("disapproval.n.02"), Seed("denunciation.n.01"),
        Seed("challenge.n.01"),
    ),
    derived_from=("criticise_verbs",),
    lexnames=("noun.communication", "noun.act"),
    max_rank=3,
    min_zipf=2.0,
))

_register(SynsetList(
    name="call_on_verbs",
    purpose=(
        "Verb lemmas of asking, urging, demanding, requesting, pleading, appealing, imploring and pressing someone\n"
        "to act. Cue verbs for the callsOn relation (subject asks, object is asked). Most seeds are taken without\n"
        "hyponyms: those of ask.v.02 and request.v.01 are kinds of asking that are not calls to act (invite, order,\n"
        "sue, forbid ...)."
    ),
    pos="v",
    seeds=(
        Seed("ask.v.02", hyponyms=False), Seed("urge.v.01", hyponyms=False), Seed("urge.v.02", hyponyms=False, only_named=True),
        Seed("demand.v.01", hyponyms=False), Seed("demand.v.03", hyponyms=False), Seed("request.v.01", hyponyms=False),
        Seed("request.v.02", hyponyms=False), Seed("plead.v.01"), Seed("appeal.v.02", hyponyms=False),
        Seed("implore.v.01"), Seed("call_on.v.01", hyponyms=False), Seed("petition.v.01", hyponyms=False),
        Seed("lobby.v.01", hyponyms=False), Seed("pressure.v.01", hyponyms=False, only_named=True),
    ),
    max_rank=2,
    min_zipf=2.0,
))

_register(SynsetList(
    name="own_verbs",
    purpose=(
        "Verb lemmas of owning, acquiring, buying, taking over and controlling. Cue verbs for the owns relation\n"
        "(subject owns or operates the object)."
    ),
    pos="v",
    seeds=(
        Seed("own.v.01", hyponyms=False), Seed("buy.v.01", hyponyms=False), Seed("take_over.v.05"),
        Seed("acquire.v.01", hyponyms=False, only_named=True), Seed("control.v.01", hyponyms=False),
        Seed("operate.v.01", hyponyms=False), Seed("merge.v.01", hyponyms=False, only_named=True),
        Seed("sell.v.01", hyponyms=False), Seed("divest.v.03", hyponyms=False),
    ),
    max_rank=2,
    min_zipf=2.0,
    notes=(
        "sell and divest are here too: the seller owned the thing sold (the relation's rules decide which way).",
        "have (in own.v.01) goes through the sense filter only if its ownership sense is common: see below.",
    ),
))

_register(SynsetList(
    name="partner_verbs",
    purpose="Verb lemmas of working together, cooperating, partnering and allying. Cue verbs for partnersWith.",
    pos="v",
    seeds=(
        Seed("collaborate.v.01", hyponyms=False), Seed("partner.v.02"), Seed("ally.v.01"), Seed("team.v.01"),
        Seed("unite.v.01", hyponyms=False),
    ),
    max_rank=2,
    min_zipf=2.0,
))

_register(SynsetList(
    name="partner_nouns",
    purpose=(
        "Nouns of partnership, collaboration, cooperation, alliance and joint venture ('in partnership with X',\n"
        "'a joint venture between X and Y'). Cue nouns for partnersWith."
    ),
    pos="n",
    seeds=(
        Seed("partnership.n.01", hyponyms=False), Seed("partnership.n.02"), Seed("partnership.n.03", hyponyms=False),
        Seed("collaboration.n.01"), Seed("cooperation.n.01", hyponyms=False), Seed("alliance.n.01", hyponyms=False), Seed("alliance.n.02", hyponyms=False, only_named=True),
        Seed("alliance.n.03", hyponyms=False),
        Seed("alliance.n.04", hyponyms=False), Seed("joint_venture.n.01"), Seed("coalition.n.01", hyponyms=False),
        Seed("consortium.n.01", hyponyms=False), Seed("teamwork.n.01", hyponyms=False),
    ),
    max_rank=3,
    min_zipf=2.0,
))

_register(SynsetList(
    name="report_verbs",
    purpose=(
        "Verb lemmas of reporting, referring, notifying, informing, alerting and submitting something to a body\n"
        "('reported the breach to the regulator', 'referred the case to police'). Cue verbs for reportsTo."
    ),
    pos="v",
    seeds=(
        Seed("report.v.04"), Seed("refer.v.04", hyponyms=False), Seed("notify.v.01"), Seed("inform.v.01", hyponyms=False),
        Seed("alert.v.01", hyponyms=False, only_named=True), Seed("submit.v.01", hyponyms=False),
        Seed("submit.v.04", hyponyms=False), Seed("disclose.v.01", hyponyms=False, only_named=True),
        Seed("pass_on.v.01", hyponyms=False), Seed("forward.v.01", hyponyms=False), Seed("file.v.01", hyponyms=False),
    ),
    max_rank=6,
    min_share=0.0,
    min_zipf=2.0,
    notes=(
        "No sense-share filter here (report's 'to the authorities' sense is its 4th): these verbs count only",
        "with a 'to <organisation>' complement, and that complement is what picks the sense.",
    ),
))

_register(SynsetList(
    name="reporting_verbs",
    purpose=(
        "Verb lemmas that introduce speech or a claim ('X said', 'X told', 'X warned', 'X argued'): reporting\n"
        "verbs for attributing quotations and statements to a speaker."
    ),
    pos="v",
    seeds=(
        Seed("say.v.01", depth=1), Seed("say.v.02"), Seed("tell.v.02", hyponyms=False), Seed("assert.v.01"),
        Seed("assert.v.02"), Seed("claim.v.01"), Seed("announce.v.01", hyponyms=False), Seed("explain.v.01", hyponyms=False),
        Seed("add.v.02"), Seed("note.v.01", depth=1), Seed("insist.v.01"), Seed("argue.v.01"), Seed("admit.v.01", depth=1),
        Seed("deny.v.01"), Seed("confirm.v.01", hyponyms=False), Seed("answer.v.01"), Seed("comment.v.01", depth=1),
        Seed("suggest.v.01"), Seed("stress.v.01", hyponyms=False), Seed("report.v.01", hyponyms=False),
        Seed("reiterate.v.01", hyponyms=False), Seed("write.v.02", hyponyms=False, only_named=True), Seed("warn.v.01", hyponyms=False), Seed("urge.v.01", hyponyms=False),
        Seed("ask.v.01", hyponyms=False), Seed("predict.v.01", hyponyms=False), Seed("estimate.v.01", hyponyms=False),
        Seed("reveal.v.02", hyponyms=False), Seed("promise.v.01", hyponyms=False),
    ),
    lexnames=("verb.communication", "verb.cognition"),
    max_rank=2,
    min_zipf=3.0,
    notes=(
        "The Zipf floor is higher than in the cue lists (3.0: about once per million words): this list",
        "decides which clause is a speech report, so rare and literary speech verbs are left out.",
    ),
))

_register(SynsetList(
    name="office_titles",
    purpose=(
        "Job and office titles (minister, chief executive, attorney general, spokesperson, judge ...). Used to\n"
        "split a title from the name it precedes ('Home Secretary Jane Roe') and to keep the role string on\n"
        "worksFor edges. Proper-noun lemmas are kept lower-cased: 'attorney general', 'home secretary'."
    ),
    pos="n",
    seeds=(
        Seed("leader.n.01"), Seed("head.n.04"), Seed("executive.n.01"), Seed("executive.n.03"), Seed("official.n.01"),
        Seed("officeholder.n.01"), Seed("spokesperson.n.01"), Seed("director.n.01"), Seed("director.n.02"),
        Seed("minister.n.02"), Seed("secretary.n.01"), Seed("secretary.n.02", hyponyms=False), Seed("chairman.n.01"),
        Seed("judge.n.01"), Seed("lawyer.n.01"), Seed("attorney_general.n.01"), Seed("manager.n.01"),
        Seed("administrator.n.01"), Seed("officer.n.02"), Seed("legislator.n.01"), Seed("diplomat.n.01"),
        Seed("founder.n.02"), Seed("trustee.n.01"), Seed("treasurer.n.01"), Seed("editor.n.01"), Seed("chief.n.01"),
        Seed("commissioner.n.01"), Seed("mayor.n.01"), Seed("governor.n.01"), Seed("prosecutor.n.01"),
        Seed("detective.n.01"), Seed("police_officer.n.01"), Seed("coach.n.01"), Seed("manager.n.02"),
        Seed("analyst.n.01", hyponyms=False), Seed("correspondent.n.01"), Seed("economist.n.01", hyponyms=False),
        Seed("chief_executive_officer.n.01"), Seed("head_of_state.n.01"),
    ),
    exclude=(
        ("hero.n.01", "admired people, not an office"), ("model.n.06", "exemplars, not an office"),
        ("cheerleader.n.02", "an enthusiast, not an office"), ("misleader.n.01", "a description of conduct"),
        ("demigod.n.01", "admired people"), ("galvanizer.n.02", "a description of conduct"),
        ("bellwether.n.01", "a description of conduct"), ("torchbearer.n.01", "a description of conduct"),
        ("instigator.n.02", "a description of conduct"), ("pied_piper.n.01", "a description of conduct"),
        ("guide.n.02", "a guide, not an office"), ("father.n.05", "a founder figure, not an office"),
        ("politician.n.01", "party members and schemers (democrat, leftist ...), not an office"),
    ),
    lexnames=("noun.person",),
    max_rank=2,
    min_zipf=2.5,
    keep_capitalised=True,
    notes=(
        "'chief executive' is WordNet's Chief_Executive (the US president) lower-cased; news uses it for",
        "company heads too, which is the use this list serves.",
    ),
))

_register(SynsetList(
    name="organization_nouns",
    purpose=(
        "Common nouns that name kinds of organisation (company, firm, agency, charity, union, council, club ...).\n"
        "Used to type descriptions that refer back to an organisation ('the firm', 'the agency'), and a name\n"
        "right after one as an organisation's ('brokerage Northwind')."
    ),
    pos="n",
    seeds=(
        Seed("organization.n.01", hyponyms=False), Seed("company.n.01"), Seed("institution.n.01"), Seed("agency.n.01"),
        Seed("government_department.n.01"), Seed("team.n.01"), Seed("club.n.02"), Seed("union.n.01"),
        Seed("charity.n.01"), Seed("charity.n.05"), Seed("business.n.01"), Seed("firm.n.01"),
        Seed("government.n.01"), Seed("administration.n.02"), Seed("party.n.01"), Seed("court.n.01"),
        Seed("committee.n.01"), Seed("council.n.01"), Seed("association.n.01"), Seed("force.n.04"),
        Seed("police.n.01"), Seed("regulatory_agency.n.01"), Seed("depository_financial_institution.n.01"), Seed("school.n.01"),
        Seed("university.n.01"), Seed("hospital.n.01", hyponyms=False), Seed("newspaper.n.02"),
        Seed("nongovernmental_organization.n.01"), Seed("enterprise.n.02"), Seed("federation.n.01"),
        Seed("alliance.n.03"), Seed("administrative_unit.n.01"), Seed("professional_organization.n.01"),
    ),
    exclude=(
        ("work_force.n.01", "the workers of a body, not a body (workforce, manpower, men)"),
        ("military_personnel.n.01", "soldiers, not a body (troops, friendlies)"),
        ("staff.n.01", "the people who assist someone, not a body"),
    ),
    lexnames=("noun.group",),
    max_rank=2,
    min_zipf=3.0,
    single_words=True,
    no_person_sense=True,
    notes=(
        "Bodies that WordNet files under people (watchdog, regulator) or places are not here.",
    ),
))

_register(SynsetList(
    name="person_nouns",
    purpose=(
        "Common nouns for a person in a role that news uses to refer back to someone ('the minister', 'the\n"
        "billionaire', 'the engineer', 'the striker'). Used to type descriptions that refer back to a person."
    ),
    pos="n",
    seeds=(Seed("person.n.01"),),
    lexnames=("noun.person",),
    max_rank=1,
    min_zipf=3.5,
    single_words=True,
    no_insults=True,
    notes=(
        "Only a lemma's first (most frequent) sense counts, and the Zipf floor is high (3.5): person.n.01 has",
        "thousands of hyponyms, and 'the X' must mostly mean a person for the description to be typed Person.",
    ),
))


_register(SynsetList(
    name="member_nouns",
    purpose=(
        "Common nouns for a person who plays, performs or works in a team, band or body ('the Acme striker',\n"
        "'the Acme guitarist', 'the Acme star'). Used to read a body named before such a noun as the one the\n"
        "person works for; people who only deal with a body (customer, fan, voter, shareholder) are not here."
    ),
    pos="n",
    seeds=(
        Seed("worker.n.01"), Seed("employee.n.01"), Seed("athlete.n.01"), Seed("player.n.01"),
        Seed("musician.n.01"), Seed("performer.n.01"), Seed("expert.n.01"), Seed("professional.n.01"),
        Seed("captain.n.02"), Seed("coach.n.01"),
    ),
    exclude=(
        ("consumer.n.01", "deals with a body, does not work in it"),
        ("volunteer.n.02", "a soldier who enlisted, not a member of the body named"),
    ),
    lexnames=("noun.person",),
    max_rank=2,
    min_zipf=3.0,
    single_words=True,
    no_insults=True,
    notes=(
        "A lemma counts when one of its first two noun senses is under a seed: 'star' by its sense 'ace'",
        "(someone dazzlingly skilled, under expert.n.01).",
    ),
))


_register(SynsetList(
    name="play_nouns",
    purpose=(
        "Nouns of a move in a game: a stroke or play ('forehand', 'backhand', 'serve', 'volley', 'lob'). A verb\n"
        "of attack whose object is such a move of someone's ('kept attacking Y's backhand') is play in a\n"
        "contest, no criticism of Y."
    ),
    pos="n",
    seeds=(Seed("maneuver.n.03"),),
    exclude=(("drive.n.06", "'Y's driving' names a driver's conduct on the road or track, which is criticised"),),
    lexnames=("noun.act",),
    max_rank=2,
    min_zipf=2.0,
    single_words=True,
    notes=(
        "Only a lemma's first two noun senses count: 'approach', 'cut', 'service' and 'drive' name plans and",
        "acts of business first, and attacking someone's approach or cuts is criticism.",
    ),
))


# ---------------------------------------------------------------- negative evaluation


#: Sentiment thresholds: a word is a candidate when AFINN-165 scores it <= -2 (scale -5..5) or VADER's
#: mean valence is <= -1.5 (scale -4..4): clearly negative, not merely unpleasant.
AFINN_MAX = -2
VADER_MAX = -1.5
#: Verbs count only if their first sense falls under one of these synsets: verbs of misconduct and failure.
MISCONDUCT_VERBS = (
    "fail.v.01", "fail.v.02", "neglect.v.01", "neglect.v.02", "ignore.v.01", "ignore.v.02", "deceive.v.01",
    "mislead.v.01", "cheat.v.01", "cheat.v.03", "betray.v.01", "transgress.v.01", "violate.v.01",
    "exploit.v.01", "lie.v.03", "endanger.v.01", "sabotage.v.01", "mismanage.v.01", "botch.v.01", "waste.v.01",
    "exaggerate.v.01", "distort.v.02", "discriminate.v.02", "abandon.v.01", "bully.v.01", "harass.v.01",
    "overcharge.v.01", "manipulate.v.05", "cover_up.v.01", "flout.v.01", "shirk.v.01",
)
#: Lexicographer files of nouns that name a feeling or a state of the world (illness, death,
#: danger): an adjective tied to one of these describes a speaker's mood or the news topic.
FEELING = {"noun.feeling", "verb.emotion"}
#: An adjective evaluates when WordNet ties it to an attribute under one of these.
EVALUATIVE_ATTRIBUTES = ("quality.n.01", "trait.n.01")
EVALUATION_MIN_ZIPF = 3.0


def _dominant_pos(word: str) -> str | None:
    """The part of speech most of a word's SemCor-tagged WordNet senses have (by sense count if untagged)."""
    weight: dict[str, float] = {}
    for s in wordnet().synsets(word):
        pos = "a" if s.pos() in "as" else s.pos()
        weight[pos] = weight.get(pos, 0) + 0.01 + _tagged(s, word)
    return max(sorted(weight), key=weight.get) if weight else None


def _feeling_ties(synset) -> set[str]:
    """Lexicographer files of the attributes and derived words of an adjective sense's own lemmas."""
    out = {a.lexname() for a in synset.attributes()}
    for lemma in synset.lemmas():
        out |= {d.synset().lexname() for d in lemma.derivationally_related_forms()}
    return out & FEELING


def _judges_quality(synset) -> bool:
    """Does WordNet tie this adjective sense to a quality or a trait of character? Its attribute nouns
    (its own, or its cluster head's for a satellite) and its derived noun.attribute nouns are looked
    up, and one of them must fall under quality.n.01 or trait.n.01 ('unfair' -> fairness, 'reckless'
    -> recklessness), not under a state or property ('dead' -> animation, 'weak' -> strength)."""
    wn = wordnet()
    wanted = {wn.synset(name) for name in EVALUATIVE_ATTRIBUTES}
    heads = [synset, *(synset.similar_tos() if synset.pos() == "s" else [])]
    nouns = {a for h in heads for a in h.attributes()}
    for lemma in synset.lemmas():
        nouns |= {d.synset() for d in lemma.derivationally_related_forms() if d.synset().lexname() == "noun.attribute"}
    return any(wanted & set(n.closure(lambda x: x.hypernyms())) for n in nouns)


class EvaluationList:
    name = "negative_evaluation"

    def judge(self) -> tuple[dict[str, str], list[tuple[str, str]]]:
        wn = wordnet()
        scores = {}
        for word, score in afinn().items():
            if score <= AFINN_MAX:
                scores.setdefault(word, f"afinn {score:g}")
        for word, score in vader().items():
            if score <= VADER_MAX:
                scores.setdefault(word, f"vader {score:g}")
        misconduct = set()
        for name in MISCONDUCT_VERBS:
            s = wn.synset(name)
            misconduct |= {s, *s.closure(lambda x: x.hyponyms())}
        kept: dict[str, str] = {}
        dropped: dict[str, str] = {}
        for raw, why in sorted(scores.items()):
            if not raw.replace("-", "").isalpha():
                continue
            for pos in ("a", "v"):
                lemma = wn.morphy(raw, pos)
                if lemma is None:
                    continue
                word = entry(lemma)
                if word in kept:
                    break
                dominant = _dominant_pos(lemma)
                if dominant != pos:
                    dropped.setdefault(word, f"mostly a {dict(n='noun', v='verb', a='adjective', r='adverb').get(dominant, dominant)}")
                    continue
                first = wn.synsets(lemma, pos)[0]
                if pos == "v":
                    if first not in misconduct:
                        dropped.setdefault(word, f"verb whose first sense {first.name()} is not misconduct or failure")
                        continue
                else:
                    verb = wn.morphy(lemma, "v") if lemma.endswith(("ed", "ing")) else None
                    if first.lexname() == "adj.pert":
                        dropped.setdefault(word, "relational adjective (of a topic)")
                        continue
                    if verb and verb != lemma and wn.synsets(verb, "v"):
                        vfirst = wn.synsets(verb, "v")[0]
                        causes_feeling = vfirst.lexname() == "verb.emotion" and lemma.endswith("ing")
                        if vfirst not in misconduct and not causes_feeling:
                            dropped.setdefault(word, f"participle of {verb} ({vfirst.lexname()}), not misconduct nor causing a feeling")
                            continue
                    elif _feeling_ties(first):
                        dropped.setdefault(word, "a feeling (the speaker's mood)")
                        continue
                    elif not _judges_quality(first):
                        dropped.setdefault(word, "not tied to a quality or trait (a state of the world, the topic)")
                        continue
                if zipf(word) < EVALUATION_MIN_ZIPF:
                    dropped.setdefault(word, f"Zipf {zipf(word):.2f} < {EVALUATION_MIN_ZIPF}")
                    continue
                kept[word] = f"{why}; {first.name()}"
                break
        return dict(sorted(kept.items())), sorted((w, r) for w, r in dropped.items() if w not in kept)

    def header(self) -> list[str]:
        return [
            "Evaluative words that say the target did wrong or is bad (irresponsible, reckless, shameful,",
            "unacceptable, fail, mislead, neglect ...). A hint for criticism: such a word said by one actor about",
            "another, next to a reporting verb; never an edge by itself.",
            "",
            "Source: the sentiment lexicons AFINN-165 (afinn package) and VADER (vaderSentiment package),",
            "intersected with WordNet 3.0 adjectives and verbs:",
            f"  - candidates: words AFINN scores <= {AFINN_MAX} (of -5..5) or VADER <= {VADER_MAX} (of -4..4),",
            "    reduced to their WordNet lemma (morphy: 'criticised' -> 'criticise');",
            "  - part of speech: the lemma must be mostly an adjective or a verb in WordNet (most SemCor-tagged",
            "    senses; by sense count when untagged). Nouns go: 'abuse', 'crime', 'murder', 'war' are mostly",
            "    nouns of the news topic, and news about bad things is not criticism;",
            "  - verbs: the first sense must fall under a WordNet verb of misconduct or failure (with hyponyms):",
            "    " + ", ".join(MISCONDUCT_VERBS[:8]) + ",",
            "    " + ", ".join(MISCONDUCT_VERBS[8:16]) + ",",
            "    " + ", ".join(MISCONDUCT_VERBS[16:24]) + ",",
            "    " + ", ".join(MISCONDUCT_VERBS[24:]) + ";",
            "  - adjectives, judged by their first sense and its cluster head: dropped when relational (adj.pert:",
            "    'criminal' = of crime); participles ('-ed', '-ing' forms of a verb) are judged by their verb: kept",
            "    if it is a misconduct verb ('misleading', 'neglected') or, for '-ing' forms, a verb of emotion, as",
            "    the thing judged causes the feeling ('appalling', 'disgusting'); '-ed' forms of emotion verbs",
            "    ('annoyed', 'worried') are the speaker's mood and other participles ('injured', 'murdered') the",
            "    topic; other adjectives are dropped when their attribute or derived word is a feeling",
            "    (noun.feeling, verb.emotion: 'sad', 'afraid'), and kept only when WordNet ties them to an",
            f"    attribute under {' or '.join(EVALUATIVE_ATTRIBUTES)} (their own or their cluster head's attribute, or a",
            "    derived noun.attribute noun: 'unfair' -> fairness, 'reckless' -> recklessness), which leaves out",
            "    states of the world ('dead' -> animation, 'sick', 'toxic': the news topic);",
            f"  - frequency: wordfreq Zipf frequency >= {EVALUATION_MIN_ZIPF}.",
        ]


LISTS["negative_evaluation"] = EvaluationList()


#: Attributes of conduct a person or body should show: an adjective whose attribute noun falls under
#: one of these says how someone acts ("honest" -> honesty < morality, "wise" -> wisdom, "careful" ->
#: attentiveness), not how a thing is ("easy", "safe", "popular", "profitable": ease, safeness, popularity).
CONDUCT_ATTRIBUTES = ("morality.n.01", "trustworthiness.n.01", "demeanor.n.01", "attentiveness.n.03", "wisdom.n.02",
                      "ability.n.01", "fidelity.n.02", "resoluteness.n.01", "appropriateness.n.02")
#: Kept out by hand, with the reason: their negation clears or describes, it does not blame.
CONDUCT_EXCLUDED = {
    "responsible": "'Y is not responsible for the attack' clears Y",
    "carefree": "its attribute is irresponsibility: not a virtue",
    "divine": "of a god, not of conduct",
    "devotional": "of worship, not of conduct",
    "gentle": "mostly of degree ('a gentle slope', 'gentle growth')",
    "rightful": "of a title or claim ('the rightful owner'), not of conduct",
    "solid": "mostly of things and results ('solid growth', 'a solid performance')",
}
POSITIVE_AFINN_MIN = 2
POSITIVE_VADER_MIN = 1.5


def _conduct_attribute(synset) -> str | None:
    """The conduct attribute (one of CONDUCT_ATTRIBUTES) an adjective sense is tied to, or None: its own or
    its cluster head's attribute nouns and its derived noun.attribute nouns, with their hypernyms."""
    wn = wordnet()
    wanted = {wn.synset(name) for name in CONDUCT_ATTRIBUTES}
    heads = [synset, *(synset.similar_tos() if synset.pos() == "s" else [])]
    nouns = {a for h in heads for a in h.attributes()}
    for lemma in synset.lemmas():
        nouns |= {d.synset() for d in lemma.derivationally_related_forms() if d.synset().lexname() == "noun.attribute"}
    for n in sorted(nouns, key=lambda x: x.name()):
        hit = wanted & {n, *n.closure(lambda x: x.hypernyms())}
        if hit:
            return min(h.name() for h in hit)
    return None


class ConductVirtueList:
    """Adjectives of good conduct ("honest", "wise", "careful", "competent"): the sentiment lexicons' positive
    adjectives WordNet ties to an attribute of conduct. Negated and said of someone they blame them."""

    name = "positive_conduct"

    def judge(self) -> tuple[dict[str, str], list[tuple[str, str]]]:
        wn = wordnet()
        scores = {}
        for word, score in afinn().items():
            if score >= POSITIVE_AFINN_MIN:
                scores.setdefault(word, f"afinn {score:g}")
        for word, score in vader().items():
            if score >= POSITIVE_VADER_MIN:
                scores.setdefault(word, f"vader {score:g}")
        kept: dict[str, str] = {}
        dropped: dict[str, str] = {}
        for raw, why in sorted(scores.items()):
            if not raw.replace("-", "").isalpha():
                continue
            lemma = wn.morphy(raw, "a")
            if lemma is None:
                continue
            word = entry(lemma)
            if word in kept:
                continue
            if word in CONDUCT_EXCLUDED:
                dropped[word] = CONDUCT_EXCLUDED[word]
                continue
            if _dominant_pos(lemma) != "a":
                dropped[word] = "not mostly an adjective"
                continue
            first = wn.synsets(lemma, "a")[0]
            if first.lexname() == "adj.pert":
                dropped[word] = "relational adjective (of a topic)"
                continue
            verb = wn.morphy(lemma, "v") if lemma.endswith(("ed", "ing")) else None
            if verb and verb != lemma:
                dropped[word] = f"participle of {verb}"
                continue
            if _feeling_ties(first):
                dropped[word] = "a feeling (the speaker's mood)"
                continue
            attribute = _conduct_attribute(first)
            if attribute is None:
                dropped[word] = "not tied to an attribute of conduct (how a thing is, not how someone acts)"
                continue
            if zipf(word) < EVALUATION_MIN_ZIPF:
                dropped[word] = f"Zipf {zipf(word):.2f} < {EVALUATION_MIN_ZIPF}"
                continue
            kept[word] = f"{why}; {first.name()} under {attribute}"
        return dict(sorted(kept.items())), sorted((w, r) for w, r in dropped.items() if w not in kept)

    def header(self) -> list[str]:
        return [
            "Adjectives of good conduct (honest, fair, wise, careful, competent, loyal, polite ...). Negated and said",
            "of someone in what a speaker says ('Y has not been wise', 'Y was not careful') they blame Y (criticises);",
            "never read unnegated, and never of a thing ('it is not easy').",
            "",
            "Source: the sentiment lexicons AFINN-165 (afinn package) and VADER (vaderSentiment package), intersected",
            "with WordNet 3.0 adjectives:",
            f"  - candidates: words AFINN scores >= {POSITIVE_AFINN_MIN} (of -5..5) or VADER >= {POSITIVE_VADER_MIN} (of -4..4),",
            "    reduced to their WordNet adjective lemma;",
            "  - the lemma must be mostly an adjective, not relational (adj.pert), not a participle, not tied to a feeling;",
            "  - its first sense (or its cluster head) must be tied, by attribute or derived noun.attribute noun, to",
            "    an attribute under one of " + ", ".join(CONDUCT_ATTRIBUTES[:5]) + ",",
            "    " + ", ".join(CONDUCT_ATTRIBUTES[5:]) + " (how someone acts; 'easy', 'safe', 'popular'",
            "    and 'profitable' say how a thing is and go);",
            "  - left out by hand:",
            *(f"    {w}: {r};" for w, r in sorted(CONDUCT_EXCLUDED.items())),
            f"  - frequency: wordfreq Zipf frequency >= {EVALUATION_MIN_ZIPF}.",
        ]


LISTS["positive_conduct"] = ConductVirtueList()


VICE_MIN_ZIPF = 2.5


class ConductViceList:
    """Adjectives of bad conduct that WordNet gives as the antonyms of the good-conduct adjectives
    ("foolish" of "wise", "disrespectful" of "respectful", "unreliable" of "reliable")."""

    name = "conduct_vices"

    def judge(self) -> tuple[dict[str, str], list[tuple[str, str]]]:
        wn = wordnet()
        virtues, _ = LISTS["positive_conduct"].judge()
        kept: dict[str, str] = {}
        dropped: dict[str, str] = {}
        for virtue, why in virtues.items():
            sense = wn.synset(why.split("; ")[1].split(" ")[0])
            for lemma in sense.lemmas():
                for antonym in lemma.antonyms():
                    for al in antonym.synset().lemmas():
                        word = entry(al.name())
                        if word in kept or word in dropped:
                            continue
                        if " " in word or "-" in word:
                            dropped[word] = "more than one word"
                        elif zipf(word) < VICE_MIN_ZIPF:
                            dropped[word] = f"Zipf {zipf(word):.2f} < {VICE_MIN_ZIPF}"
                        else:
                            kept[word] = f"antonym of {virtue} ({antonym.synset().name()})"
        return dict(sorted(kept.items())), sorted(dropped.items())

    def header(self) -> list[str]:
        return [
            "Adjectives of bad conduct (foolish, disrespectful, unreliable, dishonest, unfair ...): the WordNet antonyms",
            "of the good-conduct adjectives of wn_positive_conduct.txt. Said of someone in what a speaker says ('Y was",
            "foolish', 'Y's conduct was disrespectful') they blame Y (criticises), as the negated virtue does.",
            "",
            "Source: WordNet 3.0: for each adjective of wn_positive_conduct.txt, the lemmas of the direct antonyms of the",
            "lemmas of its first sense (the one its list kept), one word each, wordfreq Zipf frequency",
            f">= {VICE_MIN_ZIPF}. Many are in wn_negative_evaluation.txt already; the rules read the two together.",
        ]


LISTS["conduct_vices"] = ConductViceList()


#: Nouns of a quality under these name what someone's conduct should show ("courage", "honesty", "loyalty").
VIRTUE_NOUN_HEADS = CONDUCT_ATTRIBUTES + ("courage.n.01",)
#: Kept out by hand, with the reason: their want is a state or names someone else's lot, not a fault.
VIRTUE_NOUNS_EXCLUDED = {
    "ability": "'Y lacks the ability to pay': a means wanting, not a fault",
    "capability": "'Y lacks the capability': a means wanting (military, technical), not a fault",
    "faith": "a noun of trust placed in another (trust_nouns.txt reads it so)",
    "justice": "'a lack of justice for the victims' names no one who should show it",
}
VIRTUE_NOUN_MIN = 1.0  # VADER-scaled positive score (AFINN scores are scaled by 4/5)


class VirtueNounList:
    """Nouns of a quality of conduct ("courage", "honesty", "loyalty", "prudence"): the sentiment lexicons'
    positive nouns, or nouns derived from wn_positive_conduct.txt's adjectives, under an attribute of conduct."""

    name = "virtue_nouns"

    def judge(self) -> tuple[dict[str, str], list[tuple[str, str]]]:
        wn = wordnet()
        virtues, _ = LISTS["positive_conduct"].judge()
        heads: dict = {}
        for name in VIRTUE_NOUN_HEADS:
            s = wn.synset(name)
            for x in [s, *s.closure(lambda y: y.hyponyms())]:
                heads.setdefault(x, name)
        kept: dict[str, str] = {}
        dropped: dict[str, str] = {}
        for synset in sorted(heads, key=lambda s: s.name()):
            for lemma in synset.lemmas():
                word = entry(lemma.name())
                if word in kept or word in dropped:
                    continue
                if " " in word or "-" in word:
                    dropped[word] = "more than one word"
                    continue
                if word in VIRTUE_NOUNS_EXCLUDED:
                    dropped[word] = VIRTUE_NOUNS_EXCLUDED[word]
                    continue
                first = wn.synsets(lemma.name(), "n")[0]
                if first not in heads:
                    dropped[word] = f"first noun sense {first.name()} is not under {', '.join(VIRTUE_NOUN_HEADS)}"
                    continue
                if zipf(word) < EVALUATION_MIN_ZIPF:
                    dropped[word] = f"Zipf {zipf(word):.2f} < {EVALUATION_MIN_ZIPF}"
                    continue
                own = next((lm for lm in first.lemmas() if lm.name().lower() == lemma.name().lower()), lemma)
                derived = sorted({entry(d.name()) for d in own.derivationally_related_forms()} & set(virtues))
                score = max(afinn().get(word, 0) * 4 / 5, vader().get(word, 0))
                if score >= VIRTUE_NOUN_MIN:
                    kept[word] = f"scored {score:.1f}; {first.name()} under {heads[first]}"
                elif derived:
                    kept[word] = f"of {', '.join(derived)}; {first.name()} under {heads[first]}"
                else:
                    dropped[word] = "neither scored positive nor derived from an adjective of wn_positive_conduct.txt"
        return dict(sorted(kept.items())), sorted(dropped.items())

    def header(self) -> list[str]:
        return [
            "Nouns of a quality someone's conduct should show (courage, honesty, loyalty, prudence, competence ...). Said",
            "to be wanting in Y ('Y lacks the courage to act', 'Y's lack of honesty', 'Y has shown a lack of resolve') they",
            "judge Y (criticises); read with the hand-made conduct_quality_nouns.txt.",
            "",
            "Source: WordNet 3.0 x the sentiment lexicons AFINN-165 and VADER:",
            "  - candidates: one-word lemmas of the noun synsets under " + ", ".join(VIRTUE_NOUN_HEADS[:5]) + ",",
            "    " + ", ".join(VIRTUE_NOUN_HEADS[5:]) + " (with hyponyms), whose first noun sense is one of them;",
            f"  - kept when the lexicons score the noun positive (VADER >= {VIRTUE_NOUN_MIN}, or AFINN scaled by 4/5) or WordNet",
            "    derives it from an adjective of wn_positive_conduct.txt ('competence' <- 'competent');",
            "  - left out by hand:",
            *(f"    {w}: {r};" for w, r in sorted(VIRTUE_NOUNS_EXCLUDED.items())),
            f"  - frequency: wordfreq Zipf frequency >= {EVALUATION_MIN_ZIPF}.",
        ]


LISTS["virtue_nouns"] = VirtueNounList()


#: Kinds of person WordNet files as judged by their character or conduct: deceivers (liar, cheat),
#: unwelcome and unpleasant people (villain, snob, troublemaker), fools (idiot, moron), the
#: incompetent, cowards and bigots (racist, sexist). Wrongdoers by crime (criminal.n.01, attacker.n.01:
#: thief, murderer) are not here: news names them as the topic, not to judge anyone.
CHARACTER_HEADS = ("deceiver.n.01", "unwelcome_person.n.01", "simpleton.n.01", "incompetent.n.01", "coward.n.01", "bigot.n.01")
CHARACTER_MIN_ZIPF = 2.5


class CharacterList:
    """Nouns for a person of bad character ("liar", "coward", "idiot"): WordNet noun.person x the sentiment lexicons."""

    name = "bad_character_nouns"

    def judge(self) -> tuple[dict[str, str], list[tuple[str, str]]]:
        wn = wordnet()
        heads: dict = {}
        for name in CHARACTER_HEADS:
            s = wn.synset(name)
            for x in [s, *s.closure(lambda y: y.hyponyms())]:
                heads.setdefault(x, name)
        scores = {**{w: f"vader {v:g}" for w, v in vader().items() if v <= VADER_MAX},
                  **{w: f"afinn {v:g}" for w, v in afinn().items() if v <= AFINN_MAX}}
        kept: dict[str, str] = {}
        dropped: dict[str, str] = {}
        for synset in sorted(heads, key=lambda s: s.name()):
            for lemma in synset.lemmas():
                word = entry(lemma.name())
                if word in kept or word in dropped:
                    continue
                if lemma.name()[:1].isupper() or " " in word or "-" in word:
                    dropped[word] = "a proper name or more than one word"
                    continue
                first = wn.synsets(lemma.name(), "n")[0]
                if first not in heads:
                    dropped[word] = f"first noun sense {first.name()} ({first.lexname()}) is not a kind of person judged"
                    continue
                if {d.name() for d in first.usage_domains()} & OFFENSIVE_USAGE:
                    dropped[word] = "WordNet marks the sense as a slur, obscenity or slang"
                    continue
                own = next((lm for lm in first.lemmas() if lm.name().lower() == lemma.name().lower()), lemma)
                forms = [word] + sorted({entry(d.name()) for d in own.derivationally_related_forms()})
                scored = next((f for f in forms if f in scores), None)
                if scored is None:
                    dropped[word] = "neither it nor a word derived from it is scored negative by AFINN or VADER"
                    continue
                if afinn().get(word, 0) <= INSULT_AFINN:
                    dropped[word] = "profanity (AFINN <= -4)"
                    continue
                if zipf(word) < CHARACTER_MIN_ZIPF:
                    dropped[word] = f"Zipf {zipf(word):.2f} < {CHARACTER_MIN_ZIPF}"
                    continue
                kept[word] = f"{scores[scored]} ({scored}); {first.name()} under {heads[first]}"
        return dict(sorted(kept.items())), sorted(dropped.items())

    def header(self) -> list[str]:
        return [
            "Nouns for a person of bad character (liar, coward, idiot, villain, racist ...). Said of someone",
            "('Y is a liar', 'X called Y a coward') they blame them: cue nouns for criticises, only as a predicate",
            "of the one blamed (never 'Y's attacker', 'a liar of Y').",
            "",
            "Source: WordNet 3.0 noun.person synsets x the sentiment lexicons AFINN-165 and VADER:",
            "  - candidates: the lemmas of these synsets and their hyponyms, kinds of person judged by character",
            "    or conduct: " + ", ".join(CHARACTER_HEADS) + ";",
            "    wrongdoers by crime (criminal.n.01, attacker.n.01: thief, murderer) are not under them: the topic",
            "    of crime news, not a judgement;",
            "  - sense: the lemma's first (most frequent) noun sense must be one of them ('junior', 'stranger',",
            "    'runner' go: their common sense is another);",
            f"  - sentiment: the lemma, or a word WordNet derives from it ('coward' -> 'cowardly', 'liar' -> 'lie'),",
            f"    scores AFINN <= {AFINN_MAX} or VADER <= {VADER_MAX} ('rogue', 'sneak', 'intruder' go);",
            f"  - profanity (AFINN <= {INSULT_AFINN}) and senses WordNet marks as slurs, obscenity or slang left out;",
            f"  - one-word lemmas, wordfreq Zipf frequency >= {CHARACTER_MIN_ZIPF}.",
        ]


LISTS["bad_character_nouns"] = CharacterList()


#: Places whose adjectives name a people or a place ("Welsh" <- Wales, "Texan" <- Texas).
NATION_HEADS = ("country.n.02", "state.n.01", "region.n.03", "city.n.01", "island.n.01", "continent.n.01", "nation.n.02")


def _nation_pertainyms():
    """(adjective, pertainym lemma) for each WordNet adjective written as one capitalised word whose
    pertainym is a noun under one of NATION_HEADS (by hypernym or instance), in WordNet's order."""
    wn = wordnet()
    heads = {wn.synset(n) for n in NATION_HEADS}
    up = lambda y: y.hypernyms() + y.instance_hypernyms()
    for synset in wn.all_synsets("a"):
        for lemma in synset.lemmas():
            name = lemma.name()
            if not name[:1].isupper() or "_" in name:
                continue
            for pt in lemma.pertainyms():
                place = pt.synset()
                if place in heads or heads & set(place.closure(up)):
                    yield name.lower(), pt


class NationAdjectiveList:
    """Adjectives of a nation or place ("Welsh", "Danish", "Texan"): WordNet pertainyms of geographic nouns."""

    name = "nation_adjectives"

    def judge(self) -> tuple[dict[str, str], list[tuple[str, str]]]:
        kept: dict[str, str] = {}
        for adjective, pertainym in _nation_pertainyms():
            kept.setdefault(adjective, f"pertains to {pertainym.synset().name()}")
        return dict(sorted(kept.items())), []

    def header(self) -> list[str]:
        return [
            "Adjectives of a nation, people or place ('Welsh', 'Danish', 'Texan'). Written as one word before a",
            "common noun ('an impressive Welsh side') they describe the noun and name no entity of their own.",
            "",
            "Source: WordNet 3.0 adjective lemmas written with a capital whose pertainym is a noun under one of",
            "    " + ", ".join(NATION_HEADS) + " (by hypernym or instance).",
        ]


LISTS["nation_adjectives"] = NationAdjectiveList()


class NationAdjectivePlaceList:
    """Each adjective of nation_adjectives with the places it pertains to ("italian" -> "italy"): a
    map, read where an adjective must name a country the article names elsewhere."""

    name = "nation_adjective_places"

    def judge(self) -> tuple[dict[str, str], list[tuple[str, str]]]:
        places: dict[str, set[str]] = {}
        for adjective, pertainym in _nation_pertainyms():
            places.setdefault(adjective, set()).add(pertainym.name().replace("_", " ").lower())
        return {f"{a}\t{'|'.join(sorted(ps))}": "" for a, ps in sorted(places.items())}, []

    def header(self) -> list[str]:
        return [
            "Adjectives of a nation, people or place (as wn_nation_adjectives.txt), each with the places it",
            "pertains to ('italian' -> 'italy'; several joined by '|'): 'Italian finance minister X' names",
            "Italy's government only where the article names Italy (works_for).",
            "",
            "Source: WordNet 3.0 adjective lemmas written with a capital and the pertainym nouns under one of",
            "    " + ", ".join(NATION_HEADS) + " (by hypernym or instance) they point to.",
            "Format of each line: adjective<TAB>place[|place...].",
        ]


LISTS["nation_adjective_places"] = NationAdjectivePlaceList()


_register(SynsetList(
    name="race_nouns",
    purpose=(
        "Nouns of races, their heats and finals, the runners in them and the titles won: a distance written\n"
        "like a million before them names the race ('the 60m hurdles', '800m runners', 'his 200m titles'),\n"
        "it counts nothing. Read by the figures rules to tell metres from millions."
    ),
    pos="n",
    seeds=(Seed("race.n.02"), Seed("final.n.01"), Seed("runner.n.06"), Seed("championship.n.01", hyponyms=False)),
    exclude=(
        ("mile.n.08", "a mile is first a unit of length: '2m miles' are millions of miles"),
    ),
    max_rank=8,
    attested=False,
    single_words=True,
    notes=(
        "Any of a lemma's first eight senses counts and SemCor shares are not asked for: the list is read only",
        "after a number written with 'm' and no currency, where the race senses ('heats', 'runners', 'titles')",
        "are the ones meant.",
    ),
))


# ---------------------------------------------------------------- writing


def render(name: str) -> str:
    spec = LISTS[name]
    kept, _dropped = spec.judge()
    header = [f"{PREFIX}{name}.txt", ""] + spec.header() + [
        "",
        f"Regenerate: {COMMAND} (needs Debian's wordnet-base and wordnet-sense-index, and pip install -e '.[tools]').",
        f"Made with: {versions()}.",
        f"Format: one entry a line, lower case, sorted, unique; multi-word entries with single spaces. {len(kept)} entries.",
    ]
    lines = [f"# {h}".rstrip() for text in header for h in text.split("\n")]
    return "\n".join(lines + sorted(kept)) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file would change")
    parser.add_argument("--show", metavar="NAME", help="print one list's kept and dropped words and stop")
    args = parser.parse_args(argv)
    if args.show:
        if args.show not in LISTS:
            parser.error(f"unknown list {args.show!r}: choose from {', '.join(LISTS)}")
        kept, dropped = LISTS[args.show].judge()
        print(f"kept ({len(kept)}):")
        for word, origin in kept.items():
            print(f"  {word}  <- {origin}")
        print(f"dropped ({len(dropped)}):")
        for word, why in dropped:
            print(f"  {word}: {why}")
        return 0
    stale = []
    for name in LISTS:
        text = render(name)
        path = OUT / f"{PREFIX}{name}.txt"
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if old != text:
            stale.append(path.name)
            if not args.check:
                path.write_text(text, encoding="utf-8")
        print(f"{PREFIX}{name}.txt: {text.count(chr(10)) - sum(1 for x in text.splitlines() if x.startswith('#'))} entries"
              f"{' (changed)' if old != text else ''}", file=sys.stderr)
    if args.check and stale:
        print(f"out of date: {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
