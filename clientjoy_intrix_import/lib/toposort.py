"""Dependency levels of a task graph (Kahn's algorithm), with the cycles it cannot order."""


def dependency_levels(graph):
    """``graph``: {node: [nodes it depends on]}. Returns (levels, cycles).

    ``levels`` is a list of lists: every node of level n depends only on nodes of levels < n (or on
    nodes outside the graph, which are the caller's business). ``cycles`` lists each cycle found as a
    list of nodes; nodes on a cycle, and nodes that depend on one, are in no level.
    """
    nodes = set(graph)
    deps = {n: {d for d in graph[n] if d in nodes and d != n} for n in nodes}
    self_loops = [[n] for n in sorted(nodes) if n in graph[n]]
    remaining = dict(deps)
    for (n,) in self_loops:
        remaining.pop(n, None)
    blocked = {n for (n,) in self_loops}
    levels = []
    done = set()
    while True:
        level = sorted(n for n, d in remaining.items() if d <= done and not d & blocked)
        if not level:
            break
        levels.append(level)
        done.update(level)
        for n in level:
            remaining.pop(n)
    cycles = list(self_loops)
    # what is left is on a cycle or behind one: report the cycles themselves
    left = set(remaining)
    seen = set()
    for start in sorted(left):
        if start in seen:
            continue
        path, index = [], {}
        node = start
        while node is not None and node not in index and node not in seen:
            index[node] = len(path)
            path.append(node)
            nxt = sorted(d for d in deps[node] if d in left)
            node = nxt[0] if nxt else None
        if node is not None and node in index:
            cycles.append(path[index[node]:])
        seen.update(path)
    return levels, cycles
