#!/usr/bin/python3
"""Golden fixture for dev.charcoal.store.index.TreeMetricIndex, written by graphite-web's finder.

How to run (from the repository root, with Debian's graphite-web 1.1.8 installed):

    /usr/bin/python3 src/test/resources/store/index/golden/generate_finder.py

It lays NAMES out as empty whisper files in a temporary directory (a.b.c -> a/b/c.wsp), runs
graphite-web's StandardFinder.find_nodes for every pattern, merges the nodes by path as
STORE._list_nodes does (one branch and one leaf per path at most), and writes finder.jsonl:

  line 1: {"names": [...]}                       the metrics of the tree
  then:   {"pattern": P, "nodes": [[path, is_leaf], ...]}   sorted by (path, is_leaf)
     or   {"pattern": P, "error": "ExceptionClass: message"}

Patterns: the hand-written PATTERNS, then FUZZ random ones from random.Random(SEED), so two runs
give identical files. No wall clock is read.
"""

import json
import os
import random
import shutil
import sys
import tempfile
import warnings

warnings.simplefilter("ignore")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "graphite.settings")

import graphite  # noqa: E402

if not graphite.__file__.startswith("/usr/lib/python3/dist-packages/graphite/"):
    sys.exit("run with /usr/bin/python3 and Debian's graphite-web 1.1.8, not %s" % graphite.__file__)

import django  # noqa: E402

django.setup()

from graphite.finders.standard import StandardFinder  # noqa: E402
from graphite.finders.utils import FindQuery  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261121
FUZZ = 600

NAMES = [
    "servers.web1.cpu.user",
    "servers.web1.cpu.system",
    "servers.web1.mem",
    "servers.web2.cpu.user",
    "servers.web10.cpu.user",
    "servers.db1.cpu.user",
    "servers.db1.disk.sda.reads",
    "servers.db1",  # both a metric and a branch
    "servers-old.web1.cpu",  # '-' sorts before '.'
    "a.b",
    "a.b.c",
    "a.b.c.d",
    "a.bc",
    "a.b-c",
    "a.b*c.d",  # a node with a literal '*'
    "a.bxc.d",
    "a.bxc.e",
    "a.b[1].x",
    "a.b?.y",
    "a.{x}.z",
    "unicode.\u00fc.\u20ac",
    "unicode.\U0001F600",
    "unicode.\uff5e",
    "deep.l1.l2.l3.l4.l5.leaf",
    "stats.counters.app.hits.count",
    "stats.counters.app.hits.rate",
    "stats.counters.app.misses.count",
    "stats.timers.app.latency.mean",
    "stats.timers.app.latency.upper_90",
    "x",
]

PATTERNS = [
    "*",
    "servers",
    "servers.*",
    "servers.*.*",
    "servers.*.cpu.*",
    "servers.web*.cpu.user",
    "servers.web?.cpu.user",
    "servers.web[12].cpu.*",
    "servers.web[!1].cpu.*",
    "servers.web[0-9].*",
    "servers.{web1,db1}.*",
    "servers.{web*,db1}.cpu.{user,system}",
    "servers.{web{1,2},db1}.cpu.user",
    "servers.db1",
    "servers.db1.*",
    "servers.nope.*",
    "servers*",
    "servers*.*",
    "**",
    "**.user",
    "servers.**",
    "servers.**.user",
    "servers.**.cpu.*",
    "**.cpu.**",
    "**.**.user",
    "a.**",
    "stats.**.count",
    "stats.*.app.*.*",
    "a.b\\*c.d",
    "a.b\\*c",
    "a.b\\*c.*",
    "a.b\\?.y",
    "a.b\\[1\\].x",
    "a.\\{x\\}.z",
    "a.b*",
    "a.b?",
    "a.b[*]c.d",
    "a.b[-]c",
    "unicode.*",
    "unicode.?",
    "unicode.\u00fc.*",
    "deep.*.*.*.*.*.leaf",
    "deep.**.leaf",
    "x",
    "x.*",
    "",
    "*.",
    "servers..web1",
    "{servers,a}.b*",
    "[sa]*.*",
    "[]*",
    "[!]*",
    "[z-a]*",
    "a.[b-",
]

NODES = ["a", "b", "bc", "b-c", "servers", "servers-old", "web1", "web2", "db1", "cpu", "user",
         "stats", "x", "c", "d"]
PATTERN_NODES = NODES + ["*", "?", "*1", "web*", "b*", "[ab]*", "[!a]*", "{a,b}", "{web*,db1}",
                         "**", "{**,x}", "?b", "*-*", "[a-c]", "s*s"]


def merged(finder, pattern):
    by_path = {}
    for node in finder.find_nodes(FindQuery(pattern, None, None)):
        by_path.setdefault(node.path, set()).add(bool(node.is_leaf))
    return sorted([p, leaf] for p, kinds in by_path.items() for leaf in kinds)


def main():
    rnd = random.Random(SEED)
    patterns = list(PATTERNS)
    for _ in range(FUZZ):
        n = rnd.randint(1, 5)
        patterns.append(".".join(rnd.choice(PATTERN_NODES) for _ in range(n)))
    root = tempfile.mkdtemp(prefix="charcoal-finder-")
    try:
        for name in NAMES:
            path = os.path.join(root, *name.split(".")) + ".wsp"
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "wb").close()
        finder = StandardFinder([root])
        with open(os.path.join(OUT, "finder.jsonl"), "w", encoding="utf-8") as out:
            out.write(json.dumps({"names": NAMES}, ensure_ascii=False) + "\n")
            for pattern in patterns:
                line = {"pattern": pattern}
                try:
                    line["nodes"] = merged(finder, pattern)
                except Exception as e:  # noqa: BLE001 - the error is the expected output
                    line["error"] = "%s: %s" % (type(e).__name__, e)
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
