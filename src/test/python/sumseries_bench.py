#!/usr/bin/python3
"""graphite-web's side of Charcoal's sumSeries goal (SeriesFetchBenchmark.sumSeriesThousandFilesOneDay).

Run with Debian's graphite-web 1.1.8 and python3-whisper:
    /usr/bin/python3 src/test/python/sumseries_bench.py
It writes the same fixture (1,000 whisper files bench/s<i>/value.wsp, 10s:1d, one day of points)
in a temporary directory, points graphite-web's standard finder at it, and times
evaluateTarget("sumSeries(bench.*.value)") over that day, warm (page-cached files), best of five.
"""
import os
import shutil
import sys
import tempfile
import time
import warnings
from datetime import datetime

warnings.simplefilter("ignore")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "graphite.settings")

import graphite  # noqa: E402

if not graphite.__file__.startswith("/usr/lib/python3/dist-packages/graphite/"):
    sys.exit("run with /usr/bin/python3 and Debian's graphite-web 1.1.8, not %s" % graphite.__file__)

import django  # noqa: E402

django.setup()

import pytz  # noqa: E402
import whisper  # noqa: E402
from django.conf import settings  # noqa: E402

NOW = 1_700_000_000
DAY = 86_400
FILES = 1000


def main():
    root = tempfile.mkdtemp(prefix="charcoal-sum-bench-")
    try:
        points = [(NOW - DAY + 10 * i, float(i % 100)) for i in range(8640)]
        for f in range(FILES):
            d = os.path.join(root, "bench", "s%d" % f)
            os.makedirs(d)
            path = os.path.join(d, "value.wsp")
            whisper.create(path, [(10, 8640)])
            whisper.update_many(path, points, now=NOW)
        settings.STANDARD_DIRS = [root]
        settings.WHISPER_DIR = root
        settings.CARBONLINK_HOSTS = []
        from graphite.storage import Store  # noqa: E402
        from graphite.finders.standard import StandardFinder  # noqa: E402
        import graphite.storage  # noqa: E402
        graphite.storage.STORE = Store(finders=[StandardFinder([root])], tagdb=None)
        import graphite.render.datalib as datalib  # noqa: E402
        datalib.STORE = graphite.storage.STORE
        from graphite.render.evaluator import evaluateTarget  # noqa: E402
        time.time = lambda: float(NOW)  # whisper.fetch reads the clock to choose its archive
        tz = pytz.utc
        context = {"startTime": datetime.fromtimestamp(NOW - DAY, tz),
                   "endTime": datetime.fromtimestamp(NOW, tz),
                   "now": datetime.fromtimestamp(NOW, tz), "localOnly": True, "template": {},
                   "tzinfo": tz, "xFilesFactor": 0, "data": []}
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            result = evaluateTarget(dict(context), "sumSeries(bench.*.value)")
            best = min(best, time.perf_counter() - start)
        print("sumSeries(bench.*.value): %d series of %d points, best of 5: %.0f ms" % (
            len(result), len(result[0]), best * 1e3))
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
