"""Layout stage: the nodes and edges of the page's starting picture -> seeded positions with labels apart.

The network page draws its starting picture from these positions with physics off, so a page of any
size is drawn at once and looks the same on every load. The picture is made readable here:

- connected nodes are placed by a seeded force layout (networkx ``spring_layout``);
- isolated nodes (no edge in the picture) are gathered in a grid below, sorted by type and label;
- node boxes (the shape and the label under it) are pushed apart until no two overlap;
- a node lying on an edge it is not part of is pushed off it, where the other constraints allow.

Positions are rounded to whole canvas pixels: the same input gives the same numbers in any process.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import networkx as nx
import numpy as np

__all__ = ["Box", "layout", "LAYOUT_SEED"]

LAYOUT_SEED = 7
#: Free space kept around every node's box, in canvas pixels.
PAD = 8.0
#: How far a node keeps from an edge it is not on (beyond its own half-width), in canvas pixels.
EDGE_CLEARANCE = 10.0
ROUNDS = 300
#: The share of the rounds that also keeps nodes off edges; the rest only separate boxes.
EDGE_SHARE = 0.6


class Box(NamedTuple):
    """A node's extent around its centre, in canvas pixels: ``left``/``right`` half-widths, ``up``/``down``."""

    half_width: float
    up: float
    down: float
    kind: str = ""  # isolated nodes are grouped by it (the entity type)
    label: str = ""


def _component(g: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Force-directed positions of one connected component, centred on (0, 0)."""
    nodes = sorted(g)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-90.0, 0.0), nodes[1]: (90.0, 0.0)}
    raw = nx.spring_layout(g, seed=seed, iterations=150, k=1.6 / math.sqrt(len(nodes)))
    scale = 75.0 * math.sqrt(len(nodes))
    return {n: (float(raw[n][0]) * scale, float(raw[n][1]) * scale) for n in nodes}


def _spread(g: nx.Graph, boxes: dict[str, Box], seed: int) -> dict[str, tuple[float, float]]:
    """Each connected component laid out on its own, then the components packed in rows, largest first."""
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    laid = []
    for nodes in parts:
        # a fresh graph in sorted order: a subgraph view walks its nodes in the order of a set, which
        # changes from process to process (string hashing), and so would the force layout
        part = nx.Graph()
        part.add_nodes_from(nodes)
        part.add_edges_from(sorted(tuple(sorted(e)) for e in g.subgraph(nodes).edges()))
        pos = _component(part, seed)
        left = min(pos[n][0] - boxes[n].half_width for n in nodes)
        right = max(pos[n][0] + boxes[n].half_width for n in nodes)
        top = min(pos[n][1] - boxes[n].up for n in nodes)
        bottom = max(pos[n][1] + boxes[n].down for n in nodes)
        laid.append((pos, left, top, right - left, bottom - top))
    if not laid:
        return {}
    area = sum(w * h for _, _, _, w, h in laid)
    row_width = max(laid[0][3], math.sqrt(area) * 1.2)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, left, top, w, h in laid:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + 3 * PAD, 0.0
        for n, (px, py) in pos.items():
            out[n] = (px - left + x, py - top + y)
        x += w + 3 * PAD
        row_height = max(row_height, h)
    return out


def _separate(ids: list[str], pos: np.ndarray, boxes: list[Box], edges: list[tuple[int, int]]) -> np.ndarray:
    """Push overlapping boxes apart, and nodes off edges that are not theirs, for up to ROUNDS rounds."""
    n = len(ids)
    if n < 2:
        return pos
    hw = np.array([b.half_width for b in boxes]) + PAD / 2
    up = np.array([b.up for b in boxes]) + PAD / 2
    down = np.array([b.down for b in boxes]) + PAD / 2
    # every pair (i < j) once, in row order; what does not move is worked out once
    pi, pj = np.triu_indices(n, 1)
    reach_x = hw[pi] + hw[pj]
    reach_down, reach_up = up[pi] + down[pj], down[pi] + up[pj]  # i below j: i's top against j's bottom
    parity = np.where((pi + pj) % 2 == 0, 1.0, -1.0)
    a_idx = np.array([a for a, _ in edges], dtype=int)
    b_idx = np.array([b for _, b in edges], dtype=int)
    need = np.minimum(hw, up + down) + EDGE_CLEARANCE
    not_ends = ~((np.arange(n)[:, None] == a_idx[None, :]) | (np.arange(n)[:, None] == b_idx[None, :]))
    for rounds in range(ROUNDS):
        moved = False
        # box overlaps: each pair moves apart along the axis where they overlap least
        dx = pos[pi, 0] - pos[pj, 0]
        dy = pos[pi, 1] - pos[pj, 1]
        ox = reach_x - np.abs(dx)
        oy = np.where(dy >= 0, reach_down, reach_up) - np.abs(dy)
        over = (ox > 0) & (oy > 0)
        shift = np.zeros_like(pos)
        if over.any():
            moved = True
            i, j = pi[over], pj[over]
            ox, oy, dx, dy, par = ox[over], oy[over], dx[over], dy[over], parity[over]
            alongx = ox <= oy
            amount = np.where(alongx, ox, oy) / 2 + 0.5
            sx = np.where(dx == 0, par, np.sign(dx))
            sy = np.where(dy == 0, par, np.sign(dy))
            mx = np.where(alongx, sx * amount, 0.0)
            my = np.where(alongx, 0.0, sy * amount)
            np.add.at(shift, i, np.stack([mx, my], axis=1))
            np.add.at(shift, j, -np.stack([mx, my], axis=1))
        # nodes lying on edges they are not part of: pushed away from the line, perpendicular to it;
        # the last rounds leave edges alone, so that boxes always end apart where the two disagree
        if len(edges) and rounds < ROUNDS * EDGE_SHARE:
            pa, pb = pos[a_idx], pos[b_idx]
            seg = pb - pa
            length2 = np.maximum((seg ** 2).sum(axis=1), 1e-9)
            # only a node within ``need`` of an edge's bounding box can be that close to the edge (one
            # pixel more, against rounding): the others are not looked at further
            lo, hi = np.minimum(pa, pb), np.maximum(pa, pb)
            x, y, reach = pos[:, 0, None], pos[:, 1, None], need[:, None] + 1.0
            near = ((x > lo[None, :, 0] - reach) & (x < hi[None, :, 0] + reach)
                    & (y > lo[None, :, 1] - reach) & (y < hi[None, :, 1] + reach) & not_ends)
            ni, ei = np.nonzero(near)
            if len(ni):
                rel = pos[ni] - pa[ei]
                t = np.clip((rel * seg[ei]).sum(axis=1) / length2[ei], 0.0, 1.0)
                nearest = pa[ei] + t[:, None] * seg[ei]
                off = pos[ni] - nearest
                dist = np.sqrt((off ** 2).sum(axis=1))
                hit = (dist < need[ni]) & (t > 0.02) & (t < 0.98)
                if hit.any():
                    moved = True
                    ni, ei, off, dist = ni[hit], ei[hit], off[hit], dist[hit]
                    normal = np.stack([-seg[ei, 1], seg[ei, 0]], axis=1) / np.sqrt(length2[ei])[:, None]
                    side = np.sign((off * normal).sum(axis=1))
                    side = np.where(side == 0, 1.0, side)
                    push = (need[ni] - dist + 1.0)[:, None] * normal * side[:, None]
                    np.add.at(shift, ni, push * 0.5)
        if not moved:
            break
        pos = pos + shift
    return pos


def _grid(ids: list[str], boxes: dict[str, Box], left: float, top: float, width: float) -> dict[str, tuple[float, float]]:
    """Isolated nodes in rows under the connected ones, grouped by kind, then by label."""
    order = sorted(ids, key=lambda n: (boxes[n].kind, boxes[n].label.lower(), n))
    cell_w = max(2 * boxes[n].half_width for n in order) + PAD
    cell_h = max(boxes[n].up + boxes[n].down for n in order) + PAD
    columns = max(1, min(len(order), int(max(width, cell_w) // cell_w), math.ceil(math.sqrt(len(order) * 3))))
    out = {}
    for k, n in enumerate(order):
        row, col = divmod(k, columns)
        out[n] = (left + cell_w * (col + 0.5), top + cell_h * row + boxes[n].up + PAD / 2)
    return out


def layout(boxes: dict[str, Box], edges: list[tuple[str, str]], seed: int = LAYOUT_SEED) -> dict[str, tuple[int, int]]:
    """Positions (x, y) for every node in ``boxes``; ``edges`` are the lines drawn between them."""
    nodes = sorted(boxes)
    lines = sorted({(a, b) for a, b in edges if a in boxes and b in boxes and a != b})
    g = nx.Graph()
    g.add_nodes_from(sorted({n for e in lines for n in e}))
    g.add_edges_from(lines)
    connected = sorted(g)
    placed = _spread(g, boxes, seed)
    out: dict[str, tuple[float, float]] = {}
    if connected:
        index = {n: i for i, n in enumerate(connected)}
        pos = np.array([placed[n] for n in connected], dtype=float)
        pos = _separate(connected, pos, [boxes[n] for n in connected], [(index[a], index[b]) for a, b in lines])
        out.update({n: (float(x), float(y)) for n, (x, y) in zip(connected, pos)})
    isolated = [n for n in nodes if n not in g]
    if isolated:
        if out:
            xs = [out[n][0] - boxes[n].half_width for n in connected] + [out[n][0] + boxes[n].half_width for n in connected]
            bottom = max(out[n][1] + boxes[n].down for n in connected)
            left, width, top = min(xs), max(max(xs) - min(xs), 600.0), bottom + 60.0
        else:
            left, width, top = 0.0, 900.0, 0.0
        out.update(_grid(isolated, boxes, left, top, width))
    return {n: (int(round(x)), int(round(y))) for n, (x, y) in sorted(out.items())}
