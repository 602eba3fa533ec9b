"""The project's build beside two floors, scored by the project's own scorer. A script that prints numbers, not a test.

    .venv/bin/python bench/dev_scores.py                      # every corpus, one Markdown table each
    .venv/bin/python bench/dev_scores.py --corpus dev --json dev.json
    .venv/bin/python bench/dev_scores.py --corpus all --json bench/results/dev-scores-$(git rev-parse --short HEAD).json

Three systems read the same articles (graph.building.ingest), with the same spaCy model and paragraphs
(graph.building.nlp.parse), and are judged the same way: each becomes the project's graph (graph.building.build),
is exported as N-Quads (graph.using.export), loaded (graph.using.query.load_store) and scored against the gold
file (graph.using.evaluate.evaluate):

- project: graph.building.extract + graph.pipeline.assemble, as `kg build` does;
- spaCy NER floor: the model's ``doc.ents``, one node per distinct name text (type by majority of
  PERSON -> Person, ORG/FAC -> Organization, GPE/LOC -> Place, PRODUCT -> Product, LAW ->
  Legislation, EVENT -> Event; other labels dropped), no relations, no quotations;
- textacy floor: the NER floor's nodes plus textacy's ``direct_quotations`` run on each paragraph
  (textacy gives up on a paragraph whose quotation marks are unbalanced); the speaker span becomes a
  node named by its text (a pronoun stays a pronoun and matches nothing).

Corpora: seeds, heldout (tests/data/heldout), dev (tests/data/dev), the two halves of dev in
tests/data/dev/halves.json (develop, check) and the blind sets (bench/blind, bench/blind2, bench/blind3, bench/blind4, bench/blind5, bench/blind6, bench/blind7, bench/blind8, bench/blind9, and bench/check2, the held-back twin of bench/dev2: their error lists are left
out of --json (blind2's too, though it was unblinded on 2026-12-07), so that writing the file does not unblind them; see bench/blind/README.md). A half is built from its own files only and scored
against graph.using.evaluate.restrict_gold: the relations, quotations and figures of its documents and
the entities they name or whose names occur (word-bounded, case-sensitive) in its texts.

textacy is an optional extra: .venv/bin/pip install -e '.[peers]'
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: E402

from graph.building.build import build_graph, slugify  # noqa: E402
from graph.using.evaluate import Report, evaluate, load_gold, restrict_gold  # noqa: E402
from graph.using.export import export_graph  # noqa: E402
from graph.building.ingest import read_articles  # noqa: E402
from graph.model import Alias, Article, Entity, Evidence, Extraction, Mention, Quotation, Resolution  # noqa: E402
from graph.building.nlp import MODEL, load_pipeline, parse  # noqa: E402
from graph.building.parallel import extract_articles  # noqa: E402
from graph.pipeline import assemble  # noqa: E402
from graph.using.load import load_store  # noqa: E402

DATA = ROOT / "tests" / "data"
CORPORA = ("seeds", "heldout", "dev", "develop", "check", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "check2", "dev2")
#: Corpora whose error lists are never written: reading them would end their use as unseen text.
BLIND = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "check2")
SYSTEMS = ("project", "spaCy NER floor", "textacy floor")

#: spaCy NER labels -> the graph's entity types; other labels are dropped.
NER_TYPES = {
    "PERSON": "Person", "ORG": "Organization", "FAC": "Organization", "GPE": "Place", "LOC": "Place",
    "PRODUCT": "Product", "LAW": "Legislation", "EVENT": "Event",
}
_TYPE_ORDER = ("Person", "Organization", "Place", "Product", "Legislation", "Event")
_MARKS = "\"'“”‘’«»„‟‚‛`´"

console = Console(stderr=True)


# ---------------------------------------------------------------- corpora and gold


def _texts(files: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8-sig", errors="replace") for p in files]


def corpus(name: str) -> tuple[list[Path], dict]:
    """The article files and the gold of one corpus (a half's gold filtered to its documents)."""
    if name == "seeds":
        return sorted((ROOT / "seeds").glob("*.txt")), load_gold(DATA / "seeds.gold.json")
    if name == "heldout":
        return sorted((DATA / "heldout").glob("*.txt")), load_gold(DATA / "heldout" / "heldout.gold.json")
    if name in BLIND or name == "dev2":
        return sorted((HERE / name).glob("*.txt")), load_gold(HERE / name / f"{name}.gold.json")
    gold = load_gold(DATA / "dev" / "dev.gold.json")
    files = sorted((DATA / "dev").glob("*.txt"))
    if name == "dev":
        return files, gold
    halves = json.loads((DATA / "dev" / "halves.json").read_text(encoding="utf-8"))
    if name not in halves:
        raise SystemExit(f"unknown corpus {name!r}: choose from {', '.join(CORPORA)} or all")
    docs = set(halves[name])
    wanted = {gold["documents"][d]["file"] for d in docs}
    files = [p for p in files if p.name in wanted]
    return files, restrict_gold(gold, sorted(docs), _texts(files))


# ---------------------------------------------------------------- the floors


def _name_mention(article: str, start: int, end: int, text: str, etype: str, rule: str) -> Mention:
    return Mention(article=article, start=start, end=end, text=text, type=etype, key=text, rule=rule)


def ner_mentions(article: Article, paragraphs) -> list[Mention]:
    """The model's entities, typed by NER_TYPES (offsets into the article text)."""
    out = []
    for p in paragraphs:
        for ent in p.doc.ents:
            etype = NER_TYPES.get(ent.label_)
            if etype and ent.text.strip():
                out.append(_name_mention(article.id, p.offset + ent.start_char, p.offset + ent.end_char, ent.text, etype, "spacy-ner"))
    return out


def textacy_quotations(article: Article, paragraphs, mentions: list[Mention]) -> tuple[list[Mention], list[Quotation], int]:
    """textacy's direct quotations, paragraph by paragraph: (speaker mentions, quotations, paragraphs textacy gave up on)."""
    from textacy.extract.triples import direct_quotations

    by_span = {(m.start, m.end): m for m in mentions}
    speakers: list[Mention] = []
    quotes: list[Quotation] = []
    refused = 0
    for p in paragraphs:
        try:
            triples = list(direct_quotations(p.doc))
        except ValueError:  # an odd number of quotation marks: textacy bails out of the whole text
            refused += 1
            continue
        for q in triples:
            content = q.content
            s_start = p.offset + q.speaker[0].idx
            s_end = p.offset + q.speaker[-1].idx + len(q.speaker[-1].text)
            s_text = article.text[s_start:s_end]
            overlap = [m for (a, b), m in by_span.items() if a < s_end and s_start < b]
            etype = overlap[0].type if overlap else "Person"
            speakers.append(_name_mention(article.id, s_start, s_end, s_text, etype, "textacy-speaker"))
            start, end = p.offset + content.start_char, p.offset + content.end_char
            while start < end and article.text[start] in _MARKS + " ":
                start += 1
            while end > start and article.text[end - 1] in _MARKS + " ,":
                end -= 1
            sent_start = p.offset + content[0].sent.start_char
            sent_end = p.offset + content[-1].sent.end_char
            evidence = Evidence(article=article.id, start=sent_start, end=sent_end, sentence=article.text[sent_start:sent_end],
                                rule="textacy-direct-quotations", cue_start=start, cue_end=end)
            quotes.append(Quotation(article=article.id, start=start, end=end, text=article.text[start:end],
                                    speaker=-1, verb=q.cue[0].lemma_ if q.cue else None, evidence=evidence))
    return speakers, quotes, refused


def floor_extraction(article: Article, mentions: list[Mention], speakers=(), quotes=()) -> Extraction:
    """An Extraction of floor mentions; each quotation's speaker is the speaker mention made for it."""
    all_mentions = list(mentions) + list(speakers)
    fixed = []
    for i, q in enumerate(quotes):
        fixed.append(Quotation(article=q.article, start=q.start, end=q.end, text=q.text,
                               speaker=len(mentions) + i, verb=q.verb, evidence=q.evidence))
    return Extraction(article=article, mentions=tuple(all_mentions), quotations=tuple(fixed))


def resolve_by_text(extractions: list[Extraction]) -> Resolution:
    """One node per distinct name text (exact text, across articles); its type by majority vote."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for ex in extractions:
        for m in ex.mentions:
            votes[m.text][m.type] += 1
    ids = {}
    entities = []
    used: set[str] = set()
    for text in sorted(votes):
        etype = min(votes[text], key=lambda t: (-votes[text][t], _TYPE_ORDER.index(t)))
        base = f"entity/{etype.lower()}/{slugify(text)}"
        eid, n = base, 2
        while eid in used:
            eid, n = f"{base}-{n}", n + 1
        used.add(eid)
        ids[text] = (eid, etype)
    aliases: dict[str, set] = defaultdict(set)
    entity_of = {}
    for ex in extractions:
        for i, m in enumerate(ex.mentions):
            eid = ids[m.text][0]
            entity_of[(ex.article.id, i)] = eid
            aliases[eid].add(Alias(text=m.text, article=ex.article.id, start=m.start, end=m.end))
    for text, (eid, etype) in sorted(ids.items()):
        entities.append(Entity(id=eid, type=etype, label=text,
                               aliases=tuple(sorted(aliases[eid], key=lambda a: (a.article, a.start, a.text))),
                               merges=((text, "same-text"),)))
    return Resolution(entities=tuple(entities), entity_of=entity_of)


# ---------------------------------------------------------------- scoring


def score(g, gold: dict) -> Report:
    """Export the graph as N-Quads, load it back and score it: the score of what would be exported."""
    with tempfile.TemporaryDirectory(prefix="dev-scores-") as tmp:
        export_graph(g, Path(tmp) / "out", formats=["nq"])
        return evaluate(gold, load_store(Path(tmp) / "out"))


def _f(x) -> str:
    return "–" if x is None else f"{x:.2f}"


def figure_rows(report: dict) -> list[tuple[str, str]]:
    """Rows for whatever figure scores the Report has (another branch adds them); none if it has none."""
    rows = []
    for key, value in report.items():
        if not key.startswith("figure") or not isinstance(value, dict):
            continue
        if "precision" in value:
            rows.append((f"{key.replace('_', ' ')} P / R", f"{_f(value['precision'])} / {_f(value['recall'])}"))
        elif "accuracy" in value:
            rows.append((key.replace("_", " "), f"{value.get('correct')}/{value.get('total')} = {_f(value['accuracy'])}"))
    return rows


def rows(report: dict) -> list[tuple[str, str]]:
    e, r, q, qs, sa = (report[k] for k in ("entities", "relations", "quotations", "quotations_with_speaker", "speaker_accuracy"))
    splits = len(report["errors"].get("entity_splits", []))
    out = [
        ("entities R / P (split)", f"{_f(e['recall'])} / {_f(e['precision'])} ({splits})"),
        ("relations P / R / F1", f"{_f(r['precision'])} / {_f(r['recall'])} / {_f(r['f1'])}"),
        ("quotations found (R / P)", f"{_f(q['recall'])} / {_f(q['precision'])}"),
        ("quotations with right speaker (of gold)", _f(qs["recall"])),
        ("speaker accuracy (matched)", f"{sa['correct']}/{sa['total']} = {_f(sa['accuracy'])}" if sa and sa["total"] else "n/a"),
    ]
    return out + figure_rows(report)


def table(name: str, results: dict[str, dict], articles: int) -> str:
    systems = [s for s in SYSTEMS if s in results]
    per = {s: rows(results[s]) for s in systems}
    labels = [label for label, _ in per[systems[0]]]
    for s in systems[1:]:
        labels += [label for label, _ in per[s] if label not in labels]
    lines = [f"### {name} ({articles} articles)", "", "| measure | " + " | ".join(systems) + " |",
             "| --- |" + " ---: |" * len(systems)]
    for label in labels:
        cells = [dict(per[s]).get(label, "–") for s in systems]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- main


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="all", choices=(*CORPORA, "all"), help="which corpus to build and score (default all)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every report (errors included, but for the blind sets) to FILE")
    args = parser.parse_args(argv)
    try:
        import textacy  # noqa: F401
    except ImportError:
        print("textacy is missing (the quotation floor): run  .venv/bin/pip install -e '.[peers]'", file=sys.stderr)
        return 2
    names = CORPORA if args.corpus == "all" else (args.corpus,)
    plans = {name: corpus(name) for name in names}
    files = sorted({p for f, _ in plans.values() for p in f})
    nlp = load_pipeline()

    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console)
    with progress:
        task = progress.add_task("reading", total=len(files))
        articles, skipped = read_articles(files)
        if skipped:
            console.print(f"skipped: {skipped}")
        progress.update(task, completed=len(files), description="reading")

        task = progress.add_task("project: extracting", total=len(articles))
        results = extract_articles(articles, progress=lambda done, total, desc: progress.update(task, completed=done))
        progress.update(task, completed=len(articles))
        project = {r.article.source: r for r in results if isinstance(r, Extraction)}

        task = progress.add_task("floors: parsing", total=len(articles))
        ner, textacy_ex, refused, quoted = {}, {}, {}, {}
        for a in articles:
            paragraphs = parse(nlp, a.body)
            quoted[a.source] = sum(1 for p in paragraphs if any(t.is_quote for t in p.doc))
            mentions = ner_mentions(a, paragraphs)
            ner[a.source] = floor_extraction(a, mentions)
            speakers, quotes, refused[a.source] = textacy_quotations(a, paragraphs, mentions)
            textacy_ex[a.source] = floor_extraction(a, mentions, speakers, quotes)
            progress.advance(task)

        out: dict = {"command": "python bench/dev_scores.py " + " ".join(argv if argv is not None else sys.argv[1:]),
                     "commit": _commit(), "model": MODEL, "corpora": {}}
        task = progress.add_task("scoring", total=len(plans) * len(SYSTEMS))
        for name, (paths, gold) in plans.items():
            sources = [p.name for p in paths]
            reports = {}
            progress.update(task, description=f"scoring {name}: project")
            reports["project"] = score(assemble([project[s] for s in sources if s in project]), gold).to_dict()
            progress.advance(task)
            for system, table_of in (("spaCy NER floor", ner), ("textacy floor", textacy_ex)):
                progress.update(task, description=f"scoring {name}: {system}")
                chosen = sorted((table_of[s] for s in sources), key=lambda ex: ex.article.id)
                reports[system] = score(build_graph(chosen, resolve_by_text(chosen), ()), gold).to_dict()
                progress.advance(task)
            if name in BLIND or name == "dev2":
                for report in reports.values():  # the split count stays, the names go (as bench/blind.py does)
                    report.pop("rule_outcomes", None)
                    report["errors"] = {"entity_splits": ["(names left out: blind)"] * len(report["errors"].get("entity_splits", []))}
            out["corpora"][name] = {
                "articles": len(sources),
                "textacy_paragraphs_refused": sum(refused[s] for s in sources),
                "paragraphs_with_quotation_marks": sum(quoted[s] for s in sources),
                "reports": reports,
            }
    for name, data in out["corpora"].items():
        print(table(name, data["reports"], data["articles"]))
        print(f"textacy gave up on {data['textacy_paragraphs_refused']} of the {data['paragraphs_with_quotation_marks']} "
              "paragraphs with quotation marks (unbalanced marks).\n")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        console.print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
