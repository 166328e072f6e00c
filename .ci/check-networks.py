#!/usr/bin/env python3
"""Check that one network exported by stance reads back the same in GraphML, GEXF and the edge-list CSV.

Usage: python3 .ci/check-networks.py [--directed] FILE.graphml FILE.gexf FILE-edges.csv

Reads the GraphML with networkx.read_graphml and the GEXF with networkx.read_gexf, then checks that:
- both graphs are undirected (with --directed: both directed, and each edge runs from the CSV's source to its
  target, as the hearsay network's reporter → reported);
- both have the same nodes (by their `stance_id` attribute, or the node id where there is none), so each
  node count equals the number of distinct nodes across the two files;
- every endpoint in the CSV is one of those nodes;
- both have as many edges as the CSV has rows, and between each pair of nodes the same edge weights as
  the CSV (compared as floats);
- every node in both graphs has a `kind` attribute.

Exits 0 with a one-line summary, 1 listing the mismatches, 2 on a usage error.
"""

import csv
import math
import sys
from collections import Counter, defaultdict

try:
    import networkx as nx
except ImportError:
    print("error: networkx is not installed (pip install networkx)", file=sys.stderr)
    sys.exit(2)

MAX_REPORTED = 20

# Whether the network is directed (--directed): pairs keep their order instead of being sorted.
DIRECTED = False


def pair_of(source, target):
    """The key of an edge: the ordered pair for a directed network, else the sorted pair."""
    return (source, target) if DIRECTED else tuple(sorted((source, target)))


def node_key(graph, node):
    """The stance id of a node: its `stance_id` attribute, or its id."""
    return str(graph.nodes[node].get("stance_id", node))


def weight_lists(graph):
    """For each unordered pair of stance ids, the sorted list of edge weights between them."""
    weights = defaultdict(list)
    for source, target, data in graph.edges(data=True):
        pair = pair_of(node_key(graph, source), node_key(graph, target))
        weights[pair].append(float(data.get("weight", 1.0)))
    return {pair: sorted(values) for pair, values in weights.items()}


def same_weights(left, right):
    """Whether two sorted weight lists are equal as floats (NaN equal to NaN)."""
    if len(left) != len(right):
        return False
    for a, b in zip(left, right):
        if math.isnan(a) and math.isnan(b):
            continue
        if not math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12):
            return False
    return True


def read_edges(path):
    """The CSV's rows as (source, target, weight) with the pair sorted; raises ValueError on a bad file."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = {"source", "target", "weight"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"missing column(s) {', '.join(sorted(missing))}")
        rows = []
        for number, row in enumerate(reader, start=2):
            try:
                weight = float(row["weight"])
            except (TypeError, ValueError):
                raise ValueError(f"line {number}: weight {row['weight']!r} is not a number") from None
            rows.append((pair_of(row["source"], row["target"]), weight))
        return rows


def main(argv):
    global DIRECTED
    if len(argv) == 5 and argv[1] == "--directed":
        DIRECTED = True
        argv = argv[:1] + argv[2:]
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    graphml_path, gexf_path, csv_path = argv[1:]
    graphs = {}
    for name, path, reader in (("GraphML", graphml_path, nx.read_graphml), ("GEXF", gexf_path, nx.read_gexf)):
        try:
            graphs[name] = reader(path)
        except Exception as error:  # networkx raises many kinds; any of them means the file does not open.
            print(f"error: networkx cannot read {name} {path}: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    try:
        csv_rows = read_edges(csv_path)
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as error:
        print(f"error: cannot read edge list {csv_path}: {error}", file=sys.stderr)
        return 1

    problems = []
    node_sets = {}
    for name, graph in graphs.items():
        if graph.is_directed() != DIRECTED:
            wanted = "directed" if DIRECTED else "undirected"
            problems.append(f"{name}: the graph is {'directed' if graph.is_directed() else 'undirected'}; "
                            f"this network is {wanted}")
        keys = [node_key(graph, node) for node in graph.nodes]
        duplicates = [key for key, count in Counter(keys).items() if count > 1]
        if duplicates:
            problems.append(f"{name}: stance ids used by more than one node: {duplicates[:5]}")
        node_sets[name] = set(keys)
        without_kind = [node_key(graph, node) for node, data in graph.nodes(data=True) if "kind" not in data]
        if without_kind:
            problems.append(f"{name}: {len(without_kind)} node(s) without a 'kind' attribute, e.g. {without_kind[:5]}")

    distinct = node_sets["GraphML"] | node_sets["GEXF"]
    for name, graph in graphs.items():
        if graph.number_of_nodes() != len(distinct):
            problems.append(
                f"{name}: {graph.number_of_nodes()} node(s), but the two files hold {len(distinct)} distinct node(s)")
    if node_sets["GraphML"] != node_sets["GEXF"]:
        only_graphml = sorted(node_sets["GraphML"] - node_sets["GEXF"])[:5]
        only_gexf = sorted(node_sets["GEXF"] - node_sets["GraphML"])[:5]
        problems.append(f"the node sets differ: only in GraphML {only_graphml}, only in GEXF {only_gexf}")
    endpoints = {end for pair, _ in csv_rows for end in pair}
    unknown = sorted(endpoints - distinct)
    if unknown:
        problems.append(f"CSV: {len(unknown)} endpoint(s) that are not nodes, e.g. {unknown[:5]}")

    expected = defaultdict(list)
    for pair, weight in csv_rows:
        expected[pair].append(weight)
    expected = {pair: sorted(values) for pair, values in expected.items()}
    for name, graph in graphs.items():
        if graph.number_of_edges() != len(csv_rows):
            problems.append(f"{name}: {graph.number_of_edges()} edge(s), but the CSV has {len(csv_rows)} row(s)")
        actual = weight_lists(graph)
        for pair in sorted(set(expected) | set(actual)):
            want, got = expected.get(pair, []), actual.get(pair, [])
            if not same_weights(want, got):
                problems.append(f"{name}: edge {pair[0]} -- {pair[1]}: weight(s) {got}, the CSV says {want}")

    if problems:
        print(f"error: {len(problems)} mismatch(es) between {graphml_path}, {gexf_path} and {csv_path}:",
              file=sys.stderr)
        for problem in problems[:MAX_REPORTED]:
            print(f"  {problem}", file=sys.stderr)
        if len(problems) > MAX_REPORTED:
            print(f"  … and {len(problems) - MAX_REPORTED} more", file=sys.stderr)
        return 1
    multigraph = " (parallel edges)" if any(graph.is_multigraph() for graph in graphs.values()) else ""
    nodes = f"{len(distinct)} node{'' if len(distinct) == 1 else 's'}"
    edges = f"{len(csv_rows)} edge{'' if len(csv_rows) == 1 else 's'}"
    print(f"networks ok: {nodes}, {edges}{multigraph}; "
          f"GraphML, GEXF and CSV agree (networkx {nx.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
