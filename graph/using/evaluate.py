"""Evaluation stage: gold JSON + RDF store -> Report (entity, relation, quotation and figure P/R/F1, GUIDELINES "Scoring").

The graph is read back from RDF, so the score is the score of what was exported. Classes and
predicates are recognised by local name (Person, label, altLabel, sameAs, criticises, ...), so
the scorer does not depend on the exact namespaces of the export.

Figures are scored when the gold has a ``figures`` list (in the gold file, or given apart as
``seeds.figures.json`` is): a graph figure matches a gold one of the same article whose value
is the same up to rounding (a percentage written as a fraction, 0.9 for 90%, matches too); each
gold figure takes at most one graph figure and the other way round. When several pairings are
possible, the one that pairs the most figures wins, then the one whose texts, measure words,
units and speakers agree best (the gold has no offsets). Another occurrence of a matched figure
(same article and value, and its measure and sentence hold a third of the gold measure's words: a
headline repeated in the body) is one figure, not scored. Who states a matched figure is right
when it is the gold ``stated_by`` or one of ``alt_stated_by`` (entity ids, or "doc:<id>" for the
article itself).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..errors import FormatError, InputError
from ..model import ENTITY_TYPES, RELATIONS, rule_family
from .stats import distinct_triples, local_name
from ..unionfind import UnionFind

__all__ = ["Score", "Report", "load_gold", "load_figures", "restrict_gold", "evaluate", "normalise_name", "normalise_text",
           "values_match", "QUOTE_WINDOW", "VALUE_TOLERANCE"]

#: A gold quotation's opening words may start this many characters into the predicted text.
QUOTE_WINDOW = 40

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
})
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
#: Relative difference under which a graph value and a gold value are the same number written with
#: other rounding (33.333 and 33.333333; 1.49 billion and 1,490,000,000).
VALUE_TOLERANCE = 0.005
_SPEAKER_PREDICATES = ("spokenByCharacter", "spokenBy", "speaker")
_FILE_PREDICATES = ("sourceFile", "name")


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split())


def normalise_name(name: str) -> str:
    """The form names are compared in: "The Facebook’s" -> "facebook", "@BBCNews" -> "bbcnews"."""
    text = _clean(name)
    previous = None
    while text != previous:
        previous = text
        text = _EDGE_PUNCT.sub("", text).strip()
        text = re.sub(r"^the\s+", "", text)
        text = re.sub(r"(?:'s|')$", "", text)
    return text


def normalise_text(text: str) -> str:
    """The form quotation texts are compared in (quotes, dashes, ellipsis and spacing unified)."""
    return _clean(text)


def _norm_starts(text: str) -> str:
    return re.sub(r"^[\W_]+", "", normalise_text(text))


# ---------------------------------------------------------------- scores


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


@dataclass(frozen=True)
class Score:
    """Counts and the precision, recall and F1 they give (None when undefined)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict:
        r = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"precision": r(self.precision), "recall": r(self.recall), "f1": r(self.f1),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _acc(pair: tuple[int, int] | None) -> str:
    if pair is None or not pair[1]:
        return "n/a"
    return f"{pair[0]}/{pair[1]} = {pair[0] / pair[1]:.3f}"


_ERROR_TITLES = {
    "entity_false_positives": "Entity false positives",
    "entity_misses": "Missed entities",
    "entity_splits": "Split entities (one gold entity, several nodes not linked by owl:sameAs)",
    "entity_type_mismatches": "Entity type mismatches (not scored)",
    "relation_false_positives": "Relation false positives",
    "relation_misses": "Missed relations",
    "role_mismatches": "worksFor role mismatches",
    "quotation_false_positives": "Quotation false positives",
    "quotation_misses": "Missed quotations",
    "wrong_speakers": "Quotations with the wrong speaker",
    "figure_false_positives": "Figure false positives",
    "figure_misses": "Missed figures",
    "wrong_stated_by": "Figures stated by the wrong speaker",
    "figure_repeats": "Repeated figures (another occurrence of a matched figure; not scored)",
    "unknown_articles": "Articles not in the gold documents",
}


@dataclass(frozen=True)
class Report:
    """The scores of one graph against one gold file, and the errors behind them."""

    entities: Score
    relations: Score
    relations_by_type: dict[str, Score]
    quotations: Score
    quotations_with_speaker: Score
    speaker_accuracy: tuple[int, int]
    type_accuracy: tuple[int, int]
    role_accuracy: tuple[int, int] | None
    errors: dict[str, list[str]] = field(default_factory=dict)
    #: rule family ("criticises:verb", "quote:attributed") -> (right, wrong) over the edges and
    #: quotations it found: the measured precision behind kg:confidence (graph/building/extract/confidence.py)
    rule_outcomes: dict[str, tuple[int, int]] = field(default_factory=dict)
    # None when the gold has no figures list
    figures: Score | None = None
    figures_with_stated_by: Score | None = None
    stated_by_accuracy: tuple[int, int] | None = None
    #: "misses" / "false_positives" -> cause -> relation -> count: why relations were missed or wrong,
    #: in aggregate (an end not found as an entity, the edge found reversed, ...); see _relation_causes
    relation_causes: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, Score]]:
        """(metric, score) in display order."""
        rows = [("entities", self.entities), ("relations (micro)", self.relations)]
        rows += [(f"  {p}", s) for p, s in self.relations_by_type.items()]
        rows += [("quotations", self.quotations), ("quotations + speaker", self.quotations_with_speaker)]
        if self.figures is not None:
            rows += [("figures", self.figures), ("figures + stated by", self.figures_with_stated_by)]
        return rows

    def accuracies(self) -> list[tuple[str, str]]:
        out = [
            ("speaker accuracy (matched quotations)", _acc(self.speaker_accuracy)),
            ("worksFor role accuracy (matched relations)", _acc(self.role_accuracy)),
            ("entity type accuracy (matched nodes, not scored)", _acc(self.type_accuracy)),
        ]
        if self.figures is not None:
            out.append(("stated-by accuracy (matched figures)", _acc(self.stated_by_accuracy)))
        for kind, title in (("misses", "missed relations by cause"), ("false_positives", "wrong relations by cause")):
            causes = self.relation_causes.get(kind)
            if causes:
                out.append((title, ", ".join(f"{c} {sum(n.values())}" for c, n in causes.items())))
        return out

    def error_sections(self) -> list[tuple[str, list[str]]]:
        """(title, items) for every non-empty error list, in display order."""
        return [(_ERROR_TITLES.get(k, k), items) for k, items in self.errors.items() if items]

    def to_markdown(self, errors: bool = False) -> str:
        lines = ["| metric | precision | recall | F1 | TP | FP | FN |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for name, s in self.rows():
            label = name.strip() if not name.startswith(" ") else f"· {name.strip()}"
            lines.append(f"| {label} | {_fmt(s.precision)} | {_fmt(s.recall)} | {_fmt(s.f1)} | {s.tp} | {s.fp} | {s.fn} |")
        lines.append("")
        lines += [f"- {name}: {value}" for name, value in self.accuracies()]
        if errors:
            for title, items in self.error_sections():
                lines += ["", f"**{title}** ({len(items)})", ""]
                lines += [f"- {item}" for item in items]
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict:
        pair = lambda p: None if p is None else {"correct": p[0], "total": p[1],  # noqa: E731
                                                 "accuracy": round(p[0] / p[1], 4) if p[1] else None}
        return {
            "entities": self.entities.to_dict(),
            "relations": self.relations.to_dict(),
            "relations_by_type": {p: s.to_dict() for p, s in self.relations_by_type.items()},
            "quotations": self.quotations.to_dict(),
            "quotations_with_speaker": self.quotations_with_speaker.to_dict(),
            "speaker_accuracy": pair(self.speaker_accuracy),
            "role_accuracy": pair(self.role_accuracy),
            "type_accuracy": pair(self.type_accuracy),
            "figures": None if self.figures is None else self.figures.to_dict(),
            "figures_with_stated_by": None if self.figures_with_stated_by is None else self.figures_with_stated_by.to_dict(),
            "stated_by_accuracy": pair(self.stated_by_accuracy),
            "errors": {k: list(v) for k, v in self.errors.items()},
            "rule_outcomes": {k: {"right": r, "wrong": w} for k, (r, w) in sorted(self.rule_outcomes.items())},
            "relation_causes": {k: {c: dict(n) for c, n in v.items()} for k, v in self.relation_causes.items()},
        }


# ---------------------------------------------------------------- gold


def _read_json(path: Path, what: str, give: str):
    """The JSON of an answer key; a missing, unreadable or malformed file is one clear error naming it."""
    if not path.is_file():
        raise InputError(f"{what} not found: {path} (give {give})")
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {what} {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise FormatError(f"{what} {path} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc


def load_gold(path: Path | str) -> dict:
    """Read and check a gold file (entities with id and names; relations and quotes optional)."""
    path = Path(path)
    gold = _read_json(path, "gold file", "a *.gold.json file")
    _check_gold(gold, str(path))
    return gold


def load_figures(path: Path | str) -> list[dict]:
    """Read a figures answer key kept apart from the gold file (``{"figures": [...]}``, as seeds.figures.json)."""
    path = Path(path)
    data = _read_json(path, "figures file", "a JSON file with a 'figures' list")
    if not isinstance(data, dict) or not isinstance(data.get("figures"), list):
        raise FormatError(f"{path}: expected a JSON object with a 'figures' list (see eval/seeds.figures.json)")
    _check_figures(data["figures"], str(path))
    return data["figures"]


def _check_figures(figures, where: str) -> None:
    if not isinstance(figures, list):
        raise FormatError(f"{where}: 'figures' must be a list")
    for i, f in enumerate(figures):
        if not isinstance(f, dict) or "doc" not in f or "value" not in f:
            raise FormatError(f"{where}: figure #{i} needs 'doc' and 'value'")
        if isinstance(f["value"], bool) or not isinstance(f["value"], (int, float)):
            raise FormatError(f"{where}: figure #{i} has value {f['value']!r}: expected a number")
        alt = f.get("alt_stated_by", [])
        if alt is not None and not isinstance(alt, list):
            raise FormatError(f"{where}: figure #{i}: 'alt_stated_by' must be a list of ids")


def _check_gold(gold, where: str = "gold") -> None:
    if not isinstance(gold, dict) or not isinstance(gold.get("entities"), list):
        raise FormatError(f"{where}: expected a JSON object with an 'entities' list (see eval/seeds.gold.json)")
    for i, ent in enumerate(gold["entities"]):
        if not isinstance(ent, dict) or "id" not in ent or not isinstance(ent.get("names"), list):
            raise FormatError(f"{where}: entity #{i} needs an 'id' and a 'names' list")
    for i, rel in enumerate(gold.get("relations", [])):
        if not isinstance(rel, dict) or not {"s", "p", "o"} <= rel.keys():
            raise FormatError(f"{where}: relation #{i} needs 's', 'p' and 'o'")
        if rel["p"] not in RELATIONS:
            raise FormatError(f"{where}: relation #{i} has unknown p {rel['p']!r}: valid are {', '.join(RELATIONS)}")
    for i, q in enumerate(gold.get("quotes", [])):
        if not isinstance(q, dict) or not {"doc", "speaker", "starts"} <= q.keys():
            raise FormatError(f"{where}: quote #{i} needs 'doc', 'speaker' and 'starts'")
    if "figures" in gold:
        _check_figures(gold["figures"], where)


def restrict_gold(gold: dict, doc_ids, texts) -> dict:
    """The part of a gold file about some of its documents (to score half a corpus).

    Relations, quotations and figures are kept by their documents; entities when a kept item
    names them or one of their names occurs, word-bounded, in ``texts`` (the documents' texts).
    """
    keep = set(doc_ids)
    out = dict(gold)
    out["documents"] = {k: v for k, v in (gold.get("documents") or {}).items() if k in keep}
    out["relations"] = [r for r in gold.get("relations", []) if set(r.get("docs", ())) & keep]
    out["quotes"] = [q for q in gold.get("quotes", []) if q.get("doc") in keep]
    if "figures" in gold:
        out["figures"] = [f for f in gold["figures"] if f.get("doc") in keep]
    used = {x for r in out["relations"] for x in (r["s"], r["o"])} | {q["speaker"] for q in out["quotes"]}
    used |= {f.get("stated_by") for f in out.get("figures", [])} | {f.get("source") for f in out.get("figures", [])}
    text = "\n".join(texts)

    def named(ent: dict) -> bool:
        return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text) for n in ent["names"] if n)

    out["entities"] = [e for e in gold["entities"] if e["id"] in used or named(e)]
    return out


def _required(item: dict) -> bool:
    return item.get("required", True) is not False


# ---------------------------------------------------------------- reading the graph


def _key(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


@dataclass
class _Graph:
    """The store as plain dicts keyed by local names."""

    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    literals: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    links: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))

    @classmethod
    def read(cls, store: ox.Store) -> "_Graph":
        g = cls()
        for s, p, o in sorted(distinct_triples(store), key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
            if isinstance(s, ox.Triple):
                continue
            name = local_name(p.value)
            if isinstance(o, ox.Literal):
                g.literals[_key(s)][name].append(o.value)
            elif isinstance(o, (ox.NamedNode, ox.BlankNode)):
                if name == "type" and isinstance(o, ox.NamedNode):
                    g.types[_key(s)].add(local_name(o.value))
                g.links[_key(s)][name].append(_key(o))
        return g

    def first(self, node: str, *names: str) -> str | None:
        for name in names:
            values = self.literals.get(node, {}).get(name)
            if values:
                return values[0]
        return None

    def label(self, node: str) -> str:
        return self.first(node, "label", "name", "headline") or local_name(node)


# ---------------------------------------------------------------- scoring


def _union_find(nodes: list[str], pairs: list[tuple[str, str]]) -> dict[str, str]:
    sets = UnionFind(nodes)
    for a, b in pairs:
        if a in sets and b in sets:
            sets.union(a, b)
    return {n: sets.find(n) for n in nodes}


def values_match(gold_value: float, value: float, gold_unit: str | None = None, unit: str | None = None) -> bool:
    """Is a graph value the gold one, up to rounding? A share written as a fraction (0.9) matches its
    percentage (90); a gold amount in pence ("currency:GBX") matches the same amount in pounds."""
    def close(a: float, b: float) -> bool:
        return abs(a - b) <= max(VALUE_TOLERANCE * max(abs(a), abs(b)), 1e-9)

    if close(gold_value, value):
        return True
    # "nine in ten" kept as 0.9 on one side and 90 (per cent) on the other
    shares = {(gold_unit or "").split(":")[0], (unit or "").split(":")[0]} & {"percent", "ratio"}
    if shares and 0 < min(abs(gold_value), abs(value)) <= 1 and (close(gold_value * 100, value) or close(gold_value, value * 100)):
        return True
    return bool(gold_unit) and gold_unit.lower().endswith("gbx") and close(gold_value / 100, value)


_MEASURE_STOP = frozenset("the a an of in on for to by and or from with at as its their his her that which who was were is "
                          "are be been has have had it this these those than per".split())


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", normalise_text(text)) if len(w) > 1 and w not in _MEASURE_STOP}


def _number(value: float) -> str:
    return f"{value:,.3f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class _PredFigure:
    node: str
    doc: str | None
    text: str
    value: float
    unit: str
    words: set[str]  # measure and sentence words, to tell two gold figures of the same value apart
    stated_by: str | None  # graph node


def _pair_weight(gf: dict, pf: _PredFigure, stated_ok: bool) -> float:
    """How well a possible pair fits beyond its value, for choosing between pairings of equal size."""
    gt, pt = normalise_text(str(gf.get("text") or "")), normalise_text(pf.text)
    same_text = bool(gt) and bool(pt) and (gt in pt or pt in gt)
    gw = _words(str(gf.get("measure") or ""))
    overlap = len(gw & pf.words) / len(gw) if gw else 0.0
    unit_ok = str(gf.get("unit") or "").split(":")[0] == pf.unit
    return 8.0 * same_text + 4.0 * overlap + 2.0 * unit_ok + 1.0 * stated_ok


def _match_figures(gold_figs: list[dict], preds: list[_PredFigure], stated_ok) -> dict[int, int]:
    """gold index -> pred index: a largest one-to-one pairing of equal values per article, the best-fitting among them."""
    g = nx.Graph()
    for j, gf in enumerate(gold_figs):
        for k, pf in enumerate(preds):
            if pf.doc == gf["doc"] and values_match(float(gf["value"]), pf.value, gf.get("unit"), pf.unit):
                g.add_edge(("g", j), ("p", k), weight=1.0 + _pair_weight(gf, pf, stated_ok(gf, pf)) / 100.0)
    pairs = nx.max_weight_matching(g, maxcardinality=True)
    out = {}
    for a, b in pairs:
        (_, j), (_, k) = (a, b) if a[0] == "g" else (b, a)
        out[j] = k
    return out


def _score_figures(gold: dict, g: _Graph, doc_of: dict[str, str], gold_id_of: dict[str, str], show, gold_name,
                   errors: dict[str, list[str]]) -> tuple[Score, Score, tuple[int, int]]:
    gold_figs = list(gold.get("figures") or [])
    preds = []
    for node in sorted(n for n, t in g.types.items() if "Figure" in t):
        value = g.first(node, "value")
        try:
            number = float(value) if value is not None else None
        except ValueError:
            number = None
        if number is None:
            continue
        article = next((a for a in g.links[node].get("isPartOf", []) if a in doc_of), None)
        stated = next(iter(g.links[node].get("statedBy", [])), None)
        words = _words(" ".join(g.literals[node].get("measure", [])))
        for ev in g.links[node].get("evidence", []):
            words |= _words(" ".join(g.literals.get(ev, {}).get("sentence", [])))
        preds.append(_PredFigure(node, doc_of.get(article) if article else None, g.first(node, "text") or "",
                                 number, g.first(node, "unit") or "", words, stated))

    def stated_ok(gf: dict, pf: _PredFigure) -> bool:
        want = {gf.get("stated_by"), *(gf.get("alt_stated_by") or [])} - {None}
        return pf.stated_by is not None and gold_id_of.get(pf.stated_by) in want

    def describe(pf: _PredFigure) -> str:
        who = show(pf.stated_by) if pf.stated_by else "no speaker"
        measure = g.first(pf.node, "measure") or "no measure"
        return f"doc {pf.doc or '?'}: “{pf.text}” = {_number(pf.value)} {pf.unit} ({measure}) stated by {who}"

    match = _match_figures(gold_figs, preds, stated_ok)
    matched_pred = {k: j for j, k in match.items()}
    required = [j for j, gf in enumerate(gold_figs) if _required(gf)]
    tp = ok = 0
    for j in required:
        gf = gold_figs[j]
        if j not in match:
            errors["figure_misses"].append(
                f"doc {gf['doc']}: “{gf.get('text', '')}” = {_number(float(gf['value']))} {gf.get('unit', '')} "
                f"({gf.get('measure', '')}) stated by {gold_name(str(gf.get('stated_by')))}")
            continue
        tp += 1
        pf = preds[match[j]]
        if stated_ok(gf, pf):
            ok += 1
        else:
            want = " or ".join(gold_name(str(x)) for x in [gf.get("stated_by"), *(gf.get("alt_stated_by") or [])])
            got = show(pf.stated_by) if pf.stated_by else "no speaker"
            errors["wrong_stated_by"].append(f"doc {gf['doc']}: “{gf.get('text', '')}” gold {want}, graph {got}")
    def repeats(pf: _PredFigure) -> bool:
        """Another occurrence of a matched gold figure: same article and value, and its words (measure and
        sentence) hold at least a third of that figure's measure words."""
        for j in match:
            gf = gold_figs[j]
            if gf["doc"] == pf.doc and values_match(float(gf["value"]), pf.value, gf.get("unit"), pf.unit):
                gw = _words(str(gf.get("measure") or ""))
                if gw and len(gw & pf.words) >= len(gw) / 3:
                    return True
        return False

    # The same figure repeated in one article (headline and body) is one figure with several
    # occurrences (GUIDELINES "Figures"): they are neither rewarded nor punished, and listed apart.
    counted = 0
    for k, pf in enumerate(preds):
        if k in matched_pred:
            counted += _required(gold_figs[matched_pred[k]])
        elif repeats(pf):
            errors["figure_repeats"].append(describe(pf))
        else:
            counted += 1
            errors["figure_false_positives"].append(describe(pf))
    return Score(tp, counted - tp, len(required) - tp), Score(ok, counted - ok, len(required) - ok), (ok, tp)


_MISS_CAUSES = ("end not found", "reversed", "other relation", "wrong end", "no edge")
_WRONG_CAUSES = ("end not in key", "reversed", "other relation", "pair not in key")


def _relation_causes(gold_rels: list[dict], missed: list[dict], predicted: set[tuple[str, str, str]],
                     wrong: list[tuple[str, str, str]], found: set[str]) -> dict[str, dict[str, dict[str, int]]]:
    """Why relations were missed or wrong, counted by cause and relation (no single item named).

    A miss: an end the graph has no node for ("end not found"); the edge found the other way round
    ("reversed"); the pair joined by another relation either way ("other relation"); a wrong edge of the relation
    from the subject or to the object, as if the rule had picked the wrong other end ("wrong end");
    else "no edge".
    A wrong edge: an end no gold entity matches ("end not in key"); the key has it the other way
    round or with another relation (required or not); else "pair not in key"."""
    misses: dict[str, Counter] = {c: Counter() for c in _MISS_CAUSES}
    for r in missed:
        subjects, objects, p = {r["s"], *r.get("alt_s", [])}, {r["o"], *r.get("alt_o", [])}, r["p"]
        if not subjects & found or not objects & found:
            cause = "end not found"
        elif any((o, p, s) in predicted for s in subjects for o in objects):
            cause = "reversed"
        elif any({k[0], k[2]} & subjects and {k[0], k[2]} & objects for k in predicted):
            cause = "other relation"
        elif any(k[1] == p and (k[0] in subjects or k[2] in objects) for k in wrong):
            cause = "wrong end"
        else:
            cause = "no edge"
        misses[cause][p] += 1
    pairs = defaultdict(set)
    for r in gold_rels:
        for s in {r["s"], *r.get("alt_s", [])}:
            for o in {r["o"], *r.get("alt_o", [])}:
                pairs[(s, o)].add(r["p"])
    wrongs: dict[str, Counter] = {c: Counter() for c in _WRONG_CAUSES}
    for s, p, o in wrong:
        if s.startswith("?") or o.startswith("?"):
            cause = "end not in key"
        elif p in pairs.get((o, s), ()):
            cause = "reversed"
        elif pairs.get((s, o)) or pairs.get((o, s)):
            cause = "other relation"
        else:
            cause = "pair not in key"
        wrongs[cause][p] += 1
    return {"misses": {c: dict(n) for c, n in misses.items() if n},
            "false_positives": {c: dict(n) for c, n in wrongs.items() if n}}


def evaluate(gold: dict, store: ox.Store) -> Report:
    """Score the graph in `store` against `gold` (see GUIDELINES.md "Scoring" and the module docstring)."""
    _check_gold(gold)
    g = _Graph.read(store)
    errors: dict[str, list[str]] = {k: [] for k in _ERROR_TITLES}

    # ---- entities
    gold_ents = gold["entities"]
    gold_names = [{normalise_name(n) for n in e["names"]} - {""} for e in gold_ents]
    index_of = {e["id"]: i for i, e in enumerate(gold_ents)}
    name_index: dict[str, list[int]] = defaultdict(list)
    for i, names in enumerate(gold_names):
        for n in sorted(names):
            name_index[n].append(i)
    forbidden = {normalise_name(n) for n in gold.get("forbidden_names", [])} - {""}

    def gold_name(gid: str) -> str:
        if gid.startswith("doc:"):
            return gid
        i = index_of.get(gid)
        return gold_ents[i]["names"][0] if i is not None and gold_ents[i]["names"] else gid

    entity_nodes = sorted(n for n, t in g.types.items() if t & set(ENTITY_TYPES))
    assigned: dict[str, int] = {}
    fp_nodes = 0
    for node in entity_nodes:
        label = g.label(node)
        names = {normalise_name(x) for x in g.literals[node].get("label", []) + g.literals[node].get("altLabel", [])}
        names.discard("")
        overlap = Counter(i for n in names for i in name_index.get(n, ()))
        if overlap:
            norm_label = normalise_name(label)
            assigned[node] = min(overlap, key=lambda i: (norm_label not in gold_names[i], -overlap[i], i))
        elif "group" in g.literals[node].get("labelRule", []):
            continue  # a generic group the gold does not list: neither rewarded nor punished (GUIDELINES)
        else:
            fp_nodes += 1
            flag = " [furniture]" if names & forbidden else ""
            errors["entity_false_positives"].append(f"{label} ({'/'.join(sorted(g.types[node] & set(ENTITY_TYPES)))}){flag}")

    same_as = [(a, b) for a in entity_nodes for b in g.links[a].get("sameAs", [])]
    cluster = _union_find(entity_nodes, same_as)
    nodes_of: dict[int, list[str]] = defaultdict(list)
    for node, i in assigned.items():
        nodes_of[i].append(node)
    required_ents = [i for i, e in enumerate(gold_ents) if _required(e)]
    ent_tp = extra = 0
    type_ok = type_total = 0
    for i in required_ents:
        ent = gold_ents[i]
        nodes = sorted(nodes_of.get(i, []))
        if not nodes:
            errors["entity_misses"].append(f"{ent['names'][0] if ent['names'] else ent['id']} ({ent.get('type', '?')}) [{ent['id']}]")
            continue
        ent_tp += 1
        clusters = len({cluster[n] for n in nodes})
        over = clusters - 1
        if "max_nodes" in ent:
            over = max(over, len(nodes) - int(ent["max_nodes"]))
        if over > 0:
            extra += over
            errors["entity_splits"].append(
                f"{ent['id']}: {len(nodes)} nodes in {clusters} sameAs group(s): " + "; ".join(g.label(n) for n in nodes)
            )
        for n in nodes:
            type_total += 1
            if ent.get("type") in g.types[n]:
                type_ok += 1
            else:
                got = "/".join(sorted(g.types[n] & set(ENTITY_TYPES)))
                errors["entity_type_mismatches"].append(f"{g.label(n)}: {got}, gold {ent.get('type')} [{ent['id']}]")
    entities = Score(ent_tp, fp_nodes + extra, len(required_ents) - ent_tp)

    # ---- articles -> gold document keys
    documents = gold.get("documents", {}) or {}
    by_file = {Path(d["file"]).name: k for k, d in documents.items() if d.get("file")}
    by_headline = {normalise_text(d["headline"]): k for k, d in documents.items() if d.get("headline")}
    doc_of: dict[str, str] = {}
    for node in sorted(n for n, t in g.types.items() if "Article" in t):
        key = None
        for pred in _FILE_PREDICATES:
            for value in g.literals[node].get(pred, []):
                key = key or by_file.get(Path(value.replace("\\", "/")).name)
        for value in g.literals[node].get("headline", []):
            key = key or by_headline.get(normalise_text(value))
        if key is None:
            if documents:
                errors["unknown_articles"].append(f"{g.label(node)} <{node}>")
        else:
            doc_of[node] = key

    gold_id_of: dict[str, str] = {n: gold_ents[i]["id"] for n, i in assigned.items()}
    gold_id_of.update({n: f"doc:{k}" for n, k in doc_of.items()})

    def show(node: str) -> str:
        gid = gold_id_of.get(node)
        return f"{g.label(node)} [{gid or 'unmatched'}]"

    # ---- relations
    gold_rels = gold.get("relations", [])
    predicted: dict[tuple[str, str, str], tuple[str, str]] = {}
    for s in sorted(g.links):
        for p in RELATIONS:
            for o in g.links[s].get(p, []):
                key = (gold_id_of.get(s, "?" + s), p, gold_id_of.get(o, "?" + o))
                predicted.setdefault(key, (s, o))
    matched_rel: set[int] = set()
    rel_fp: Counter = Counter()
    verdict: dict[tuple[str, str, str], bool] = {}  # True right, False wrong; optional ones are left out
    for (gs, p, go), (s, o) in sorted(predicted.items()):
        hits = [
            j for j, r in enumerate(gold_rels)
            if r["p"] == p and gs in {r["s"], *r.get("alt_s", [])} and go in {r["o"], *r.get("alt_o", [])}
        ]
        req = [j for j in hits if _required(gold_rels[j])]
        if req:
            matched_rel.update(req)
            verdict[(gs, p, go)] = True
        elif not hits:
            rel_fp[p] += 1
            verdict[(gs, p, go)] = False
            errors["relation_false_positives"].append(f"{show(s)} {p} {show(o)}")
    outcomes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for st, links in sorted(g.links.items()):
        if not {"subject", "predicate", "object"} <= links.keys():
            continue
        key = (gold_id_of.get(links["subject"][0], "?" + links["subject"][0]), local_name(links["predicate"][0]),
               gold_id_of.get(links["object"][0], "?" + links["object"][0]))
        if key not in verdict:
            continue
        for family in sorted({rule_family(r) for ev in links.get("evidence", []) for r in g.literals.get(ev, {}).get("rule", [])}):
            outcomes[family][0 if verdict[key] else 1] += 1
    by_type: dict[str, Score] = {}
    for p in RELATIONS:
        req = [j for j, r in enumerate(gold_rels) if r["p"] == p and _required(r)]
        tp = sum(1 for j in req if j in matched_rel)
        if req or rel_fp[p]:
            by_type[p] = Score(tp, rel_fp[p], len(req) - tp)
    for j, r in enumerate(gold_rels):
        if _required(r) and j not in matched_rel:
            docs = f"; docs {','.join(r['docs'])}" if r.get("docs") else ""
            errors["relation_misses"].append(f"{gold_name(r['s'])} {r['p']} {gold_name(r['o'])} [{r['s']} {r['p']} {r['o']}{docs}]")
    relations = sum(by_type.values(), Score(0, 0, 0))
    found = {gold_ents[i]["id"] for i in nodes_of} | {f"doc:{k}" for k in doc_of.values()}
    causes = _relation_causes(gold_rels, [gold_rels[j] for j in range(len(gold_rels))
                                          if _required(gold_rels[j]) and j not in matched_rel],
                              set(predicted), [k for k, ok in verdict.items() if not ok], found)

    # ---- worksFor roles, read from reified statements (or records one step away from them)
    statement_roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    any_role = False
    for st, links in g.links.items():
        if not {"subject", "predicate", "object"} <= links.keys():
            continue
        if local_name(links["predicate"][0]) != "worksFor":
            continue
        roles = list(g.literals.get(st, {}).get("role", []))
        for name, targets in links.items():
            if name not in ("subject", "predicate", "object", "type"):
                for t in targets:
                    roles += g.literals.get(t, {}).get("role", [])
        if roles:
            any_role = True
            pair = (gold_id_of.get(links["subject"][0], ""), gold_id_of.get(links["object"][0], ""))
            statement_roles[pair].update(roles)
    role_accuracy = None
    if any_role:
        ok = total = 0
        for j in sorted(matched_rel):
            r = gold_rels[j]
            if r["p"] != "worksFor" or not r.get("role"):
                continue
            total += 1
            want = normalise_name(r["role"])
            got = set()
            for s_id in {r["s"], *r.get("alt_s", [])}:
                for o_id in {r["o"], *r.get("alt_o", [])}:
                    got |= statement_roles.get((s_id, o_id), set())
            norm_got = {normalise_name(x) for x in got}
            if any(x and (x == want or want in x or x in want) for x in norm_got):
                ok += 1
            else:
                errors["role_mismatches"].append(
                    f"{gold_name(r['s'])} worksFor {gold_name(r['o'])}: gold {r['role']!r}, graph {sorted(got) or 'none'}"
                )
        role_accuracy = (ok, total)

    # ---- quotations
    gold_quotes = gold.get("quotes", [])
    preds = []
    for node in sorted(n for n, t in g.types.items() if "Quotation" in t):
        text = g.first(node, "text") or ""
        speaker = next((g.links[node][p][0] for p in _SPEAKER_PREDICATES if g.links[node].get(p)), None)
        article = next((a for a in g.links[node].get("isPartOf", []) if a in doc_of), None)
        preds.append((node, doc_of.get(article) if article else None, normalise_text(text), speaker, text))
    used: dict[str, int] = {}
    q_match: dict[int, tuple] = {}
    for j, gq in enumerate(gold_quotes):
        starts = _norm_starts(gq["starts"])
        best = None
        for pq in preds:
            if pq[1] != gq["doc"] or pq[0] in used or not starts:
                continue
            at = pq[2].find(starts)
            if 0 <= at <= QUOTE_WINDOW and (best is None or at < best[0]):
                best = (at, pq)
        if best:
            used[best[1][0]] = j
            q_match[j] = best[1]
    required_q = [j for j, q in enumerate(gold_quotes) if _required(q)]
    q_tp = sum(1 for j in required_q if j in q_match)
    counted = [pq for pq in preds if pq[0] not in used or _required(gold_quotes[used[pq[0]]])]
    speaker_ok = 0
    for j in required_q:
        gq = gold_quotes[j]
        if j not in q_match:
            errors["quotation_misses"].append(f"doc {gq['doc']}: “{gq['starts']} ...” by {gold_name(gq['speaker'])}")
            continue
        pq = q_match[j]
        if pq[3] is not None and gold_id_of.get(pq[3]) == gq["speaker"]:
            speaker_ok += 1
        else:
            got = show(pq[3]) if pq[3] else "no speaker"
            errors["wrong_speakers"].append(f"doc {gq['doc']}: “{gq['starts']} ...” gold {gold_name(gq['speaker'])}, graph {got}")
    for pq in counted:
        if pq[0] not in used:
            snippet = pq[4] if len(pq[4]) <= 70 else pq[4][:70] + " ..."
            who = show(pq[3]) if pq[3] else "no speaker"
            errors["quotation_false_positives"].append(f"doc {pq[1] or '?'}: “{snippet}” by {who}")
    right_speaker = {q_match[j][0] for j in required_q if j in q_match and q_match[j][3] is not None
                     and gold_id_of.get(q_match[j][3]) == gold_quotes[j]["speaker"]}
    for pq in counted:
        for family in sorted({rule_family(r) for ev in g.links[pq[0]].get("evidence", []) for r in g.literals.get(ev, {}).get("rule", [])}):
            outcomes[family][0 if pq[0] in right_speaker else 1] += 1
    quotations = Score(q_tp, len(counted) - q_tp, len(required_q) - q_tp)
    with_speaker = Score(speaker_ok, len(counted) - speaker_ok, len(required_q) - speaker_ok)

    # ---- figures
    figures = figures_stated = stated_accuracy = None
    if "figures" in gold:
        figures, figures_stated, stated_accuracy = _score_figures(gold, g, doc_of, gold_id_of, show, gold_name, errors)

    return Report(
        entities=entities,
        relations=relations,
        relations_by_type=by_type,
        quotations=quotations,
        quotations_with_speaker=with_speaker,
        speaker_accuracy=(speaker_ok, q_tp),
        type_accuracy=(type_ok, type_total),
        role_accuracy=role_accuracy,
        errors=errors,
        rule_outcomes={k: (v[0], v[1]) for k, v in sorted(outcomes.items())},
        figures=figures,
        figures_with_stated_by=figures_stated,
        stated_by_accuracy=stated_accuracy,
        relation_causes=causes,
    )
