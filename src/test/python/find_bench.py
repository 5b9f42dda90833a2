#!/usr/bin/python3
"""graphite-web's side of Charcoal's find benchmark (MetricFindBenchmark / FindCpuTime).

Run with Debian's graphite-web 1.1.8:  /usr/bin/python3 src/test/python/find_bench.py
It lays out the same 100,000 metrics as empty whisper files (host0..999/{cpu,disk,mem,net}/m0..24.wsp)
in a temporary directory, then times graphite-web's StandardFinder.find_nodes for each query
(page-cached directories), best of five, wall time and CPU time of this process.
"""
import os
import shutil
import sys
import tempfile
import time
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

QUERIES = ["host999.net.m24", "host1.*", "host12*.cpu.*", "*.cpu.m5", "**.m24", "*.*.m1?", "*.*.*"]


def main():
    root = tempfile.mkdtemp(prefix="charcoal-find-bench-")
    try:
        for h in range(1000):
            for group in ("cpu", "disk", "mem", "net"):
                d = os.path.join(root, "host%d" % h, group)
                os.makedirs(d)
                for m in range(25):
                    open(os.path.join(d, "m%d.wsp" % m), "wb").close()
        finder = StandardFinder([root])
        for query in QUERIES:
            found = 0
            best_wall = best_cpu = float("inf")
            for _ in range(5):
                w, c = time.perf_counter(), time.process_time()
                found = len(list(finder.find_nodes(FindQuery(query, None, None))))
                best_wall = min(best_wall, time.perf_counter() - w)
                best_cpu = min(best_cpu, time.process_time() - c)
            print("%-18s %7d found  %10.1f ms wall  %10.1f ms CPU" % (
                query, found, best_wall * 1e3, best_cpu * 1e3))
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
