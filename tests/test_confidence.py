"""kg:confidence is the measured precision of the rule that made the edge or quotation."""

from graph.building.extract.confidence import confidence_of
from graph.model import rule_family
from graph.text.wordlists import word_map


def test_rule_family_drops_the_cue_word():
    assert rule_family("criticises:verb:accuse") == "criticises:verb"
    assert rule_family("quote:attributed") == "quote:attributed"


def test_confidence_is_the_smoothed_measured_precision():
    table = word_map("graph.building.extract", "rule_precision")
    assert table, "graph/building/extract/data/rule_precision.txt is empty: run python bench/calibrate.py"
    for family, counts in table.items():
        right, wrong = (int(x) for x in counts.split("\t"))
        assert confidence_of(family + ":somecue") == round((right + 1) / (right + wrong + 2), 3)


def test_unmeasured_rule_takes_its_relations_pooled_figure():
    table = word_map("graph.building.extract", "rule_precision")
    crit = [tuple(int(x) for x in v.split("\t")) for k, v in table.items() if k.startswith("criticises:")]
    right, wrong = sum(r for r, _ in crit), sum(w for _, w in crit)
    assert confidence_of("criticises:no-such-rule") == round((right + 1) / (right + wrong + 2), 3)
    assert confidence_of("nosuchrelation:rule") == 0.5


def test_exported_edges_carry_their_rules_confidence(read):
    ex = read("Row\n\nThe Law Society urged the Ministry of Justice to publish the review.")
    (edge,) = [r for r in ex.relations if r.predicate == "callsOn"]
    assert edge.evidence.confidence == confidence_of(edge.evidence.rule)
