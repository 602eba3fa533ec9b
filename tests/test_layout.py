"""The page's starting picture (graph/using/layout.py): the same positions in any process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

_SCRIPT = """
import json
from graph.using.layout import Box, layout
names = [f"entity/person/p{i:02d}" for i in range(24)] + ["entity/place/alone"]
edges = ([(names[i], names[i // 2]) for i in range(1, 10)] + [(names[i], names[i - 3]) for i in range(13, 20)]
         + [(names[i], names[i + 1]) for i in range(10, 13)] + [(names[i], names[i + 1]) for i in range(20, 23)])
boxes = {n: Box(40.0, 10.0, 24.0, "Person", n) for n in names}
print(json.dumps(sorted(layout(boxes, edges).items())))
"""


def test_the_layout_is_the_same_whatever_the_string_hashing_of_the_process():
    # three components, each under half the picture: a subgraph view of one walks its nodes in set order
    runs = []
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, check=True)
        runs.append(json.loads(done.stdout))
    assert len(runs[0]) == 25
    assert runs[0] == runs[1] == runs[2]
