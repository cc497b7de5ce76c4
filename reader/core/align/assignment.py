"""Choosing the set of sentence pairs with the most total evidence, not the greediest picks.

Greedy best-match lets a near-duplicate sentence take the partner of the sentence that really
corresponds. Candidate pairs form a sparse bipartite graph; each connected component is solved
exactly (Hungarian method) when small, which real articles almost always give, and by best-first
picks with swap repair when very large.
"""

from __future__ import annotations

from collections import defaultdict

Edge = tuple[int, int, float]
EXACT_LIMIT = 90


def _components(edges: list[Edge]) -> list[list[Edge]]:
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(node: tuple[int, int]) -> tuple[int, int]:
        root = node
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    for i, j, _ in edges:
        ra, rb = find((0, i)), find((1, j))
        if ra != rb:
            parent[ra] = rb
    groups: dict[tuple[int, int], list[Edge]] = defaultdict(list)
    for edge in edges:
        groups[find((0, edge[0]))].append(edge)
    return list(groups.values())


def _hungarian(rows: list[int], cols: list[int], weight: dict[tuple[int, int], float]) -> list[Edge]:
    """Maximum-weight matching of one small component (missing edges weigh nothing)."""
    n = max(len(rows), len(cols))
    inf = float("inf")
    cost = [[0.0] * (n + 1) for _ in range(n + 1)]
    for r, row in enumerate(rows, 1):
        line = cost[r]
        for c, col in enumerate(cols, 1):
            line[c] = -weight.get((row, col), 0.0)
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            costs = cost[i0]
            ui0 = u[i0]
            for j in range(1, n + 1):
                if not used[j]:
                    cur = costs[j] - ui0 - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    out: list[Edge] = []
    for c in range(1, n + 1):
        r = p[c]
        if r <= len(rows) and c <= len(cols):
            key = (rows[r - 1], cols[c - 1])
            if key in weight:
                out.append((key[0], key[1], weight[key]))
    return out


def _best_first(edges: list[Edge]) -> list[Edge]:
    """Pick edges by weight, then repair: swap partners when two pairs gain by it."""
    chosen: dict[int, Edge] = {}
    taken: dict[int, Edge] = {}
    for edge in sorted(edges, key=lambda e: (-e[2], e[0], e[1])):
        if edge[0] not in chosen and edge[1] not in taken:
            chosen[edge[0]] = edge
            taken[edge[1]] = edge
    weight = {(i, j): w for i, j, w in edges}
    by_row: dict[int, list[Edge]] = defaultdict(list)
    for edge in edges:
        by_row[edge[0]].append(edge)
    for i, current in list(chosen.items()):
        if chosen.get(i) is not current:
            continue
        for _, j, w in by_row[i]:
            other = taken.get(j)
            if other is None or other[0] == i:
                continue
            k = other[0]
            alt = weight.get((k, current[1]), 0.0)
            if w + alt > current[2] + other[2] + 1e-9:
                del chosen[k]
                chosen[i] = (i, j, w)
                taken[j] = chosen[i]
                if alt > 0:
                    chosen[k] = (k, current[1], alt)
                    taken[current[1]] = chosen[k]
                else:
                    del taken[current[1]]
                break
    return list(chosen.values())


def max_weight_matching(edges: list[Edge]) -> list[Edge]:
    """A one-to-one set of edges of (near) maximum total weight, deterministic."""
    out: list[Edge] = []
    for component in _components(edges):
        rows = sorted({e[0] for e in component})
        cols = sorted({e[1] for e in component})
        if len(component) == 1:
            out.extend(component)
        elif max(len(rows), len(cols)) <= EXACT_LIMIT:
            weight = {(i, j): w for i, j, w in component}
            out.extend(_hungarian(rows, cols, weight))
        else:
            out.extend(_best_first(component))
    return sorted(out)
