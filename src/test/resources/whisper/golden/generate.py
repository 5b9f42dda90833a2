#!/usr/bin/python3
"""Whisper golden fixtures, written by the reference implementation.

How to run (from the repository root, with Debian's python3-whisper 1.1.4 installed):

    /usr/bin/python3 src/test/resources/whisper/golden/generate.py

Use /usr/bin/python3, not a pyenv/virtualenv python: the script imports the system module
/usr/lib/python3/dist-packages/whisper.py and runs the Debian /usr/bin/whisper-dump and
/usr/bin/whisper-resize scripts. It refuses to run against any other whisper module.

It rewrites, in this directory (old outputs are deleted first):
  * NAME.wsp          one file per scenario, as whisper.py left it after the scenario's ops;
  * NAME.dump.txt     stdout of `/usr/bin/whisper-dump NAME.wsp` for a few scenarios;
  * resize_*.wsp      whisper-resize results (see RESIZES);
  * manifest.json     everything the Java tests (dev.charcoal.store.whisper.golden) replay.

Deterministic: every `now` is fixed (no wall clock; whisper-resize runs with time.time patched to a
fixed value), random values come from random.Random seeded per scenario with SEED, so running it
twice gives byte-identical outputs.

Manifest format (floats are written with repr(), so they round-trip exactly; inf and nan appear as
the non-standard JSON tokens Infinity, -Infinity and NaN, and None as null):
  scenarios[]: name, description, file, sha256, size,
    create: {archives: [[secondsPerPoint, points], ...] in the order given to create, xff,
             aggregationMethod, sparse},
    ops[]:  {"op":"update_many","now":N,"points":[[t,v],...]} or
            {"op":"update","now":N,"timestamp":T,"value":V},
            each with "sha256_after" (the file after python ran it) and, when python raised,
            "error": the exception class ("TimestampNotCovered", "struct.error").
    info:   whisper.info() of the final file (xFilesFactor as read back from float32).
    fetches[]: {from, until, now, archive (seconds or null), expected} run on the final file;
            expected is {from, until, step, values: [v or null, ...]} or null (python returned
            None); a fetch python refused has "error" instead of "expected".
  dumps[]:   {file, dump}: dump is whisper-dump's stdout for file.
  resizes[]: {name, input, args, archives, xff, aggregationMethod, nobackup, now, expected,
              sha256, backup}: whisper-resize <copy of input> args..., run at `now`; expected is the
              resulting file; backup says whether input.bak was left (a copy of the input).
"""

import contextlib
import hashlib
import io
import json
import os
import random
import runpy
import shutil
import subprocess
import sys
import tempfile
import time

import whisper

if whisper.__file__ != "/usr/lib/python3/dist-packages/whisper.py":
    sys.exit("run with /usr/bin/python3 (Debian python3-whisper 1.1.4), not %s" % whisper.__file__)

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20240601
T0 = 1700000000  # a base 'now'; 1700000000 % 60 == 20, % 300 == 200

METHODS = ["average", "sum", "last", "max", "min", "avg_zero", "absmax", "absmin"]
SMALL3 = [(10, 30), (60, 30), (300, 24)]  # 10s:5m, 1m:30m, 5m:2h


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def error_name(e):
    cls = type(e)
    return cls.__name__ if cls.__module__ in ("whisper", "builtins") else "%s.%s" % (
        cls.__module__, cls.__name__)


class Scenario:
    def __init__(self, name, archives, xff, method, sparse=False, description=""):
        self.name = name
        self.file = name + ".wsp"
        self.path = os.path.join(OUT, self.file)
        self.rng = random.Random("%d:%s" % (SEED, name))
        self.create = {"archives": [list(a) for a in archives], "xff": xff,
                       "aggregationMethod": method, "sparse": sparse}
        self.description = description
        self.ops = []
        self.fetch_requests = []
        whisper.create(self.path, [tuple(a) for a in archives], xFilesFactor=xff,
                       aggregationMethod=method, sparse=sparse)
        info = whisper.info(self.path)
        self.archives = [(a["secondsPerPoint"], a["points"]) for a in info["archives"]]
        self.max_retention = info["maxRetention"]
        self.last_now = None

    def update_many(self, now, points):
        points = [[int(t), float(v)] for t, v in points]
        op = {"op": "update_many", "now": now, "points": points}
        self._run(op, lambda: whisper.update_many(self.path, [tuple(p) for p in points], now=now))

    def update(self, now, timestamp, value):
        op = {"op": "update", "now": now, "timestamp": timestamp, "value": float(value)}
        self._run(op, lambda: whisper.update(self.path, float(value), timestamp, now=now))

    def _run(self, op, call):
        try:
            call()
        except Exception as e:  # recorded: the Java engine must refuse it too
            op["error"] = error_name(e)
        op["sha256_after"] = sha256(self.path)
        self.ops.append(op)
        self.last_now = op["now"]

    def fetch(self, frm, until, now, archive=None):
        self.fetch_requests.append((frm, until, now, archive))

    def standard_fetches(self, now=None):
        """Aligned/unaligned bounds, empty ranges, retention and future edges, every archive."""
        n = self.last_now if now is None else now
        step0, _ = self.archives[0]
        oldest = n - self.max_retention
        f = self.fetch
        f(n - 120 - n % step0, n - n % step0, n)        # aligned bounds
        f(n - 293, n - 7, n)                            # unaligned bounds
        f(n - 50, n - 50, n)                            # from == until
        f(n, n, n)                                      # from == until == now
        f(n, n + 50, n)                                 # from == now: not "in the future"
        f(n + 1, n + 100, n)                            # wholly in the future -> None
        f(n - 100, n + 500, n)                          # partially in the future
        f(oldest - 1000, oldest - 1, n)                 # wholly beyond retention -> None
        f(oldest - 1000, oldest, n)                     # until == oldest: not None
        f(oldest - 500, n - 100, n)                     # partially beyond retention
        for spp, points in self.archives:
            r = spp * points
            f(n - r, n, n)                              # diff == retention: this archive
            f(n - r - 1, n - r // 2, n)                 # one second older: the next archive
            f(n - min(r, 600), n, n, spp)               # forced archive
            f(oldest, n, n, spp)                        # forced, from beyond its retention
        f(n - 400, n - 100, n - 1000)                   # an earlier now
        f(n - 400, n + 3600, n + 3600)                  # a later now
        f(n - 10, n - 20, n)                            # from > until: InvalidTimeInterval
        f(n - 100, n, n, 7)                             # no such archive: ValueError

    def finish(self):
        fetches = []
        for frm, until, now, archive in self.fetch_requests:
            case = {"from": frm, "until": until, "now": now, "archive": archive}
            try:
                r = whisper.fetch(self.path, frm, until, now=now, archiveToSelect=archive)
            except Exception as e:
                case["error"] = error_name(e)
            else:
                if r is None:
                    case["expected"] = None
                else:
                    (a, b, step), values = r
                    case["expected"] = {"from": a, "until": b, "step": step, "values": values}
            fetches.append(case)
        info = whisper.info(self.path)
        return {
            "name": self.name,
            "description": self.description,
            "file": self.file,
            "sha256": sha256(self.path),
            "size": os.path.getsize(self.path),
            "create": self.create,
            "info": {
                "aggregationMethod": info["aggregationMethod"],
                "maxRetention": info["maxRetention"],
                "xFilesFactor": info["xFilesFactor"],
                "archives": [[a["offset"], a["secondsPerPoint"], a["points"], a["retention"],
                              a["size"]] for a in info["archives"]],
            },
            "ops": self.ops,
            "fetches": fetches,
        }


def feed(s, start, end, step, batch_every, keep=0.8, value=None):
    """A carbon-like feed: every batch_every seconds, the points of the last batch_every seconds
    (aligned to step, some missing), written with update_many at that now."""
    value = value or (lambda: round(s.rng.uniform(-100, 100), 2))
    now = start
    while now <= end:
        pts = [(t, value()) for t in range(now - batch_every + 1, now + 1)
               if t % step == 0 and s.rng.random() < keep]
        if pts:
            s.update_many(now, pts)
        now += batch_every


def batch(s, points):
    """update_many at a now 5 s after the batch's newest point."""
    s.update_many(max(t for t, _ in points) + 5, points)


SCENARIOS = []


def scenario(fn):
    SCENARIOS.append(fn)
    return fn


for _method in METHODS:
    def _agg(method=_method):
        s = Scenario("agg_" + method, SMALL3, 0.5, method,
                     description="3 archives (10s:5m,1m:30m,5m:2h), xff 0.5, %s: a 2.5 h feed of "
                                 "10 s points with ~20%% missing; archive 0 laps ~30 times" % method)

        def value():
            r = s.rng.random()
            if r < 0.3:  # small integers of both signs: ties in abs() for absmax/absmin
                return float(s.rng.choice([-3, -2, -1, 0, 1, 2, 3]))
            return round(s.rng.uniform(-1000, 1000), 3)
        feed(s, T0, T0 + 9000, 10, 120, keep=0.8, value=value)
        s.standard_fetches()
        return s
    scenario(_agg)


@scenario
def one_archive_wrap():
    s = Scenario("one_archive_wrap", [(60, 10)], 0.5, "average",
                 description="1 archive 60s:10m; base set by a single point, then writes before "
                             "the base (negative distance, floor modulo), runs crossing the ring "
                             "end, and many laps")
    n = T0 + 40  # T0+40 is aligned to 60
    s.update_many(n, [(n, 1.0)])                                  # base = n
    s.update_many(n, [(n - 60 * k, float(k)) for k in range(1, 10)])  # all before the base
    s.update_many(n + 300, [(n + 60 * k, 10.0 + k) for k in range(1, 6)])
    for lap in range(1, 12):  # laps; each batch is a run that crosses the ring end somewhere
        now = n + 600 * lap + 60 * (lap % 7)
        s.update_many(now, [(now - 60 * k - s.rng.randrange(60), s.rng.uniform(-1, 1))
                            for k in range(s.rng.randrange(3, 10))])
    s.update(now, now - 60 * 9, -42.5)                            # oldest slot via update
    s.standard_fetches()
    return s


@scenario
def two_archives_xff0():
    s = Scenario("two_archives_xff0", [(10, 12), (120, 10)], 0.0, "average",
                 description="2 archives, xff 0: a single known point in a window propagates")
    n = T0 + 80  # aligned to 120? 1700000080 % 120 == 40
    s.update_many(n, [(n - 5, 3.5)])
    s.update_many(n + 130, [(n + 125, -7.25)])
    s.update_many(n + 400, [(n + 400 - 10 * k, float(k)) for k in range(0, 12, 3)])
    s.update(n + 405, n + 395, 99.0)
    s.standard_fetches()
    return s


@scenario
def xff_0_1():
    s = Scenario("xff_0_1", [(10, 40), (100, 10), (1000, 5)], 0.1, "sum",
                 description="xff 0.1 (float32 0.10000000149): 1 of 10 known does NOT propagate, "
                             "2 of 10 does; propagation stops at the first archive that does not")
    base = 1700001000  # aligned to 1000
    n = base + 390
    s.update_many(n, [(base + 5, 1.0)])                            # window [base, +100): 1 of 10
    s.update_many(n, [(base + 105, 2.0), (base + 195, 3.0)])       # window [+100, +200): 2 of 10
    s.update_many(n, [(base + 215, 4.0)])                          # [+200,+300): 1 of 10
    s.update(n, base + 250, 5.0)                                   # ...now 2 of 10
    s.update(n, base + 305, 6.0)                                   # update(): 1 of 10
    s.standard_fetches()
    return s


@scenario
def xff_0_5():
    s = Scenario("xff_0_5", [(10, 20), (40, 20)], 0.5, "average",
                 description="xff 0.5, window of 4: 1 of 4 does not propagate, 2 of 4 does")
    base = T0  # aligned to 40
    n = base + 190
    s.update_many(n, [(base + 10, 1.0)])
    s.update_many(n, [(base + 40, 2.0), (base + 70, 3.0)])
    s.update_many(n, [(base + 80, 4.0), (base + 90, 5.0), (base + 100, 6.0)])
    s.update_many(n, [(base + 150, 7.0)])
    s.standard_fetches()
    return s


@scenario
def xff_1():
    s = Scenario("xff_1", [(10, 20), (50, 20)], 1.0, "min",
                 description="xff 1, window of 5: 4 of 5 does not propagate, 5 of 5 does")
    base = T0  # aligned to 50
    n = base + 190
    s.update_many(n, [(base + 10 * k, 10.0 - k) for k in range(4)])        # 4 of 5
    s.update_many(n, [(base + 50 + 10 * k, 20.0 + k) for k in range(5)])   # 5 of 5
    s.update_many(n, [(base + 100 + 10 * k, 30.0 - k) for k in range(4)])
    s.update(n, base + 140, -1.5)                                          # completes it
    s.standard_fetches()
    return s


@scenario
def four_archives():
    s = Scenario("four_archives", [(60, 60), (1, 60), (600, 24), (10, 60)], 0.5, "max",
                 description="4 archives given unsorted to create (1s:1m,10s:10m,1m:1h,10m:4h), "
                             "max; 40 min of 1 s points, then points straight into coarser "
                             "archives and too old ones")
    n = T0 + 40 * 60
    feed(s, T0, n, 1, 30, keep=0.7, value=lambda: round(s.rng.gauss(0, 50), 1))
    s.update_many(n, [(n - 100, 1000.0), (n - 700, 2000.0), (n - 701, 2500.0),
                      (n - 5000, 3000.0), (n - 14400, 4000.0), (n - 14401, 5000.0)])
    s.standard_fetches()
    return s


@scenario
def duplicates_and_intervals():
    s = Scenario("duplicates_and_intervals", [(10, 30), (60, 30)], 0.5, "last",
                 description="duplicate timestamps in one batch (the first supplied wins), "
                             "several raw timestamps in one interval (the latest wins)")
    n = T0 + 100
    t = T0 + 50
    s.update_many(n, [(t, 1.0), (t, 2.0), (t, 3.0)])
    s.update_many(n, [(t + 17, 4.0), (t + 11, 5.0), (t + 19, 6.0), (t + 13, 7.0)])
    s.update_many(n, [(t + 20, 8.0), (t + 29, 9.0), (t + 20, 10.0), (t + 29, 11.0)])
    s.update_many(n, [(t - 10, 12.0)])
    s.update_many(n, [(t - 10, 13.0)])  # a later batch overwrites
    s.update_many(n, [(t - 40, 14.0), (t - 31, 15.0), (t - 40, 16.0), (t - 33, 17.0)])
    s.standard_fetches()
    return s


@scenario
def future_points():
    s = Scenario("future_points", [(10, 30), (60, 30)], 0.5, "average",
                 description="update_many accepts future points (update refuses them); fetch "
                             "shows them only once now reaches them; one far enough ahead to "
                             "overwrite a current slot")
    n = T0
    s.update_many(n, [(n - 20, 1.0), (n - 10, 2.0), (n, 3.0), (n + 5, 4.0), (n + 25, 5.0),
                      (n + 200, 6.0)])
    s.update(n, n + 1, 7.0)              # TimestampNotCovered
    s.update_many(n, [(n + 310, 8.0)])   # one lap ahead of n+10: same slot as n+10
    s.standard_fetches()
    for later in (n + 10, n + 30, n + 200, n + 320):
        s.fetch(n - 60, n + 400, later)
        s.fetch(n - 60, n + 400, later, 60)
    return s


@scenario
def too_old_and_coarse():
    s = Scenario("too_old_and_coarse", SMALL3, 0.5, "average",
                 description="points older than archive 0 go straight into the first archive "
                             "that covers them (newest raw timestamp wins a bucket), too old ones "
                             "are dropped silently; age == retention still fits")
    n = T0 + 7
    s.update_many(n, [(n - 1, 1.0), (n - 300, 2.0), (n - 301, 3.0), (n - 355, 4.0),
                      (n - 340, 5.0), (n - 1800, 6.0), (n - 1801, 7.0), (n - 2400, 8.0),
                      (n - 2450, 9.0), (n - 7200, 10.0), (n - 7201, 11.0), (n - 99999, 12.0)])
    s.update_many(n + 60, [(n - 5000 - 10 * k, float(k)) for k in range(10)])
    s.update_many(n + 60, [(n - 99999, 13.0)])    # nothing fits: a no-op
    s.update_many(n + 120, [(n + 100 - 30 * k, 100.0 + k) for k in range(20)])
    s.standard_fetches()
    return s


@scenario
def unsorted_input():
    s = Scenario("unsorted_input", SMALL3, 0.5, "sum",
                 description="update_many batches in random order, spanning all archives")
    n = T0 + 3
    for lap in range(6):
        now = n + 400 * lap
        pts = [(now - s.rng.randrange(0, 3000), round(s.rng.uniform(-5, 5), 1))
               for _ in range(40)]
        s.rng.shuffle(pts)
        s.update_many(now, pts)
    s.standard_fetches()
    return s


@scenario
def gaps():
    s = Scenario("gaps", SMALL3, 0.5, "average",
                 description="bursts separated by gaps longer than archive 0 and 1, leaving "
                             "stale slots from earlier laps in the rings")
    now = T0
    for burst in range(5):
        feed(s, now, now + 120, 10, 20, keep=0.9)
        now += 120 + (400, 2000, 90, 3000, 700)[burst]
    s.standard_fetches(now - 50)
    return s


@scenario
def special_values_sum():
    inf = float("inf")
    s = Scenario("special_values_sum", [(10, 30), (60, 30)], 0.0, "sum",
                 description="sum of negative zero, huge, subnormal, inf and -inf values "
                             "(inf + -inf = nan, overflow to inf)")
    n = T0 + 40  # aligned to 60
    batch(s, [(n, -0.0), (n + 10, -0.0)])
    batch(s, [(n + 60, 1.7976931348623157e308), (n + 70, 1e308)])
    batch(s, [(n + 120, 5e-324), (n + 130, 2.2250738585072014e-308),
                            (n + 140, -5e-324)])
    batch(s, [(n + 180, inf), (n + 190, -inf)])
    batch(s, [(n + 240, -inf), (n + 250, 1.0)])
    batch(s, [(n + 300, 0.1), (n + 310, 0.2), (n + 320, 0.3)])
    batch(s, [(n + 360, 1e16), (n + 370, 1.0), (n + 380, -1e16)])
    s.update(n + 595, n + 590, -1e-300)
    s.standard_fetches()
    return s


@scenario
def special_values_max():
    inf, nan = float("inf"), float("nan")
    s = Scenario("special_values_max", [(10, 30), (60, 30)], 0.0, "max",
                 description="max over nan (python's max keeps the first unless a later one is "
                             "greater), -0.0 vs 0.0, inf")
    n = T0 + 40
    batch(s, [(n, nan), (n + 10, 1.0)])
    batch(s, [(n + 60, 1.0), (n + 70, nan)])
    batch(s, [(n + 120, -0.0), (n + 130, 0.0)])
    batch(s, [(n + 180, 0.0), (n + 190, -0.0)])
    batch(s, [(n + 240, -inf), (n + 250, -1e300)])
    batch(s, [(n + 300, inf), (n + 310, 2.5)])
    s.standard_fetches()
    return s


@scenario
def special_values_absmin():
    inf = float("inf")
    s = Scenario("special_values_absmin", [(10, 30), (60, 30)], 0.0, "absmin",
                 description="absmin keeps the sign and the first of equal magnitudes")
    n = T0 + 40
    batch(s, [(n, 2.0), (n + 10, -2.0), (n + 20, 3.0)])
    batch(s, [(n + 60, -0.0), (n + 70, 0.0)])
    batch(s, [(n + 120, -inf), (n + 130, inf)])
    batch(s, [(n + 180, -5e-324), (n + 190, 1e-300)])
    s.standard_fetches()
    return s


@scenario
def single_updates():
    s = Scenario("single_updates", SMALL3, 0.5, "average",
                 description="single update() calls: into each archive by age, with propagation; "
                             "refused when in the future or at exactly maxRetention age")
    n = T0 + 3
    s.update(n, n, 1.0)                 # diff 0
    s.update(n, n - 5, 2.0)             # same interval: overwrites
    s.update(n, n - 15, 3.0)
    s.update(n, n - 25, 4.0)
    s.update(n, n - 300, 5.0)           # diff == archive 0 retention: still archive 0
    s.update(n, n - 305, 6.0)           # archive 1, propagates into archive 2
    s.update(n, n - 2000, 7.0)          # archive 2
    s.update(n, n + 1, 8.0)             # future: TimestampNotCovered
    s.update(n, n - 7200, 9.0)          # diff == maxRetention: TimestampNotCovered
    s.update(n, n - 7199, 10.0)         # archive 2
    s.update(n, 2 ** 32 + 5, 11.0)      # far future: TimestampNotCovered
    for k in range(1, 40):
        s.update(n + 10 * k, n + 10 * k - (k % 3), float(k))
    s.standard_fetches()
    return s


@scenario
def sparse_create():
    s = Scenario("sparse_create", [(10, 30), (60, 30)], 0.5, "average", sparse=True,
                 description="created sparse (seek to the end and write one zero byte): the same "
                             "bytes as a preallocated file")
    n = T0
    s.update_many(n, [(n - 10 * k, float(k)) for k in range(8)])
    s.standard_fetches()
    return s


@scenario
def struct_error_batch():
    s = Scenario("struct_error_batch", [(10, 30), (60, 30)], 0.5, "average",
                 description="a batch with a timestamp >= 2**32 raises struct.error before any "
                             "write, losing the valid points with it")
    n = T0
    s.update_many(n, [(n - 10 * k, float(k)) for k in range(4)])
    s.update_many(n + 10, [(n + 10, 100.0), (2 ** 32 + 7, 200.0), (n - 500, 300.0)])
    s.update_many(n + 10, [(2 ** 32 + 4, 1.0), (2 ** 32 + 9, 2.0)])  # interval 2**32 + 0
    s.update_many(n + 20, [(n + 20, 400.0)])
    s.standard_fetches()
    return s


@scenario
def raw_timestamp_2_32():
    s = Scenario("raw_timestamp_2_32", [(10, 30), (60, 30)], 0.5, "average",
                 description="only the aligned interval is packed: a raw timestamp 2**32 (> the "
                             "uint32 range) aligns down to 4294967290, which fits, so python "
                             "accepts it as a future point")
    n = T0
    s.update_many(n, [(n - 10 * k, float(k)) for k in range(4)])
    s.update_many(n + 10, [(2 ** 32, 1.0)])
    s.update_many(n + 10, [(2 ** 32 + 3, 2.0), (n + 10, 3.0)])  # same interval again
    s.standard_fetches()
    s.fetch(n - 100, 2 ** 32 - 1, 2 ** 32 - 1)
    return s


@scenario
def propagation_order_sets_base():
    s = Scenario("propagation_order_sets_base", [(10, 30), (60, 30)], 0.5, "average",
                 description="update_many propagates in CPython set order "
                             "(set(lowerIntervals)); into an empty lower archive the first "
                             "interval propagated becomes its base: here 1699999920, not the "
                             "smallest 1699999860")
    n = T0
    s.update_many(n, [(t, float(t % 1000)) for t in range(n - 140, n + 1, 10)])
    s.update_many(n + 600, [(t, float(t % 1000)) for t in range(n + 460, n + 601, 10)])
    s.standard_fetches()
    return s


@scenario
def epoch_edge():
    s = Scenario("epoch_edge", [(10, 30), (60, 30)], 0.5, "average",
                 description="timestamps near the epoch: interval 0 reads as an empty archive "
                             "and never closes a run ('not previousInterval'); a negative "
                             "interval raises struct.error after a finer archive was written")
    s.update_many(100, [(0, 1.0), (30, 2.0)])       # one 'run': 0 then 30 in consecutive slots
    s.update_many(100, [(50, 3.0), (70, 4.0)])
    s.update_many(400, [(350, 5.0), (340, 6.0), (-30, 7.0)])  # archive 0 written, then error
    s.update_many(400, [(-5, 8.0)])                  # archive 1, interval -60: struct.error
    s.standard_fetches()
    return s


DUMPS = ["agg_average", "agg_absmax", "one_archive_wrap", "four_archives", "gaps",
         "special_values_sum", "special_values_max", "sparse_create", "epoch_edge", "xff_0_1"]

# (name, input scenario, whisper-resize args, now)
RESIZES = [
    ("resize_shrink", "agg_average", ["10s:2m", "1m:10m"], T0 + 9000 + 17),
    ("resize_grow", "agg_average", ["10s:10m", "1m:1h", "5m:4h"], T0 + 9000 + 17),
    ("resize_precision", "agg_sum", ["30s:10m", "5m:2h"], T0 + 9000 + 17),
    ("resize_xff_method", "gaps", ["--xFilesFactor", "0.1", "--aggregationMethod", "max",
                                   "10s:5m", "1m:30m", "5m:2h"], None),
    ("resize_one_archive", "four_archives", ["--nobackup", "1m:4h"], None),
    ("resize_later_now", "too_old_and_coarse", ["10s:5m", "1m:30m", "5m:2h"], T0 + 2000),
]


def clean():
    for f in os.listdir(OUT):
        if f.endswith((".wsp", ".dump.txt", ".bak", ".tmp")) or f == "manifest.json":
            os.unlink(os.path.join(OUT, f))


def run_resize(name, src, args, now):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.wsp")
        shutil.copyfile(src, path)
        saved_time, saved_argv = time.time, sys.argv
        time.time = lambda: float(now)
        sys.argv = ["whisper-resize", path] + args
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                runpy.run_path("/usr/bin/whisper-resize", run_name="__main__")
        except SystemExit as e:
            if e.code not in (None, 0):
                raise
        finally:
            time.time, sys.argv = saved_time, saved_argv
        backup = os.path.exists(path + ".bak")
        if backup:
            assert sha256(path + ".bak") == sha256(src)
        assert not os.path.exists(path + ".tmp")
        shutil.copyfile(path, os.path.join(OUT, name + ".wsp"))
        return backup


def option(args, name):
    return args[args.index(name) + 1] if name in args else None


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), allow_nan=True)


def write_manifest(manifest):
    """Pretty at the top, one line per op / fetch case / dump / resize, floats as repr()."""
    lines = ["{", ' "generator": %s,' % compact(manifest["generator"]), ' "scenarios": [']
    for i, sc in enumerate(manifest["scenarios"]):
        lines.append("  {")
        for key in ("name", "description", "file", "sha256", "size", "create", "info"):
            lines.append("   %s: %s," % (compact(key), compact(sc[key])))
        for key in ("ops", "fetches"):
            lines.append('   "%s": [' % key)
            items = sc[key]
            for j, item in enumerate(items):
                lines.append("    %s%s" % (compact(item), "," if j + 1 < len(items) else ""))
            lines.append("   ]%s" % ("," if key == "ops" else ""))
        lines.append("  }%s" % ("," if i + 1 < len(manifest["scenarios"]) else ""))
    lines.append(" ],")
    for key in ("dumps", "resizes"):
        lines.append(' "%s": [' % key)
        items = manifest[key]
        for j, item in enumerate(items):
            lines.append("  %s%s" % (compact(item), "," if j + 1 < len(items) else ""))
        lines.append(" ]%s" % ("," if key == "dumps" else ""))
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # well-formed
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        f.write(text)


def main():
    clean()
    scenarios = []
    by_name = {}
    for make in SCENARIOS:
        s = make()
        by_name[s.name] = s
        scenarios.append(s.finish())

    dumps = []
    for name in DUMPS:
        text = subprocess.run(["/usr/bin/whisper-dump", by_name[name].path], check=True,
                              capture_output=True, text=True).stdout
        with open(os.path.join(OUT, name + ".dump.txt"), "w") as f:
            f.write(text)
        dumps.append({"file": name + ".wsp", "dump": name + ".dump.txt"})

    resizes = []
    for name, source, args, now in RESIZES:
        src = by_name[source]
        now = src.last_now + 13 if now is None else now
        backup = run_resize(name, src.path, args, now)
        retentions = [a for a in args if ":" in a]
        xff = option(args, "--xFilesFactor")
        resizes.append({
            "name": name, "input": src.file, "args": args,
            "archives": [list(whisper.parseRetentionDef(r)) for r in retentions],
            "xff": None if xff is None else float(xff),
            "aggregationMethod": option(args, "--aggregationMethod"),
            "nobackup": "--nobackup" in args, "now": now, "expected": name + ".wsp",
            "sha256": sha256(os.path.join(OUT, name + ".wsp")), "backup": backup,
        })

    write_manifest({
        "generator": {"whisper": "Debian python3-whisper 1.1.4 (%s)" % whisper.__file__,
                      "python": sys.version.split()[0], "seed": SEED},
        "scenarios": scenarios, "dumps": dumps, "resizes": resizes,
    })
    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT))
    print("%d scenarios, %d dumps, %d resizes, %d bytes in %s" % (
        len(scenarios), len(dumps), len(resizes), total, OUT))


if __name__ == "__main__":
    main()
