#!/usr/bin/python3
"""Golden outputs of graphite-web 1.1.8's render functions, for dev.charcoal.query.function.

How to run (from the repository root, Debian's graphite-web 1.1.8 installed:
`apt-get install -y graphite-web`):

    /usr/bin/python3 src/test/resources/query/functions/generate.py

Use /usr/bin/python3 (Debian), not a pyenv python. No wall clock is read; two runs give identical
files.

How it works: graphite-web's real evaluator (render/evaluator.py evaluateTarget, with its grammar,
argument handling and functions) runs every target of the corpora over a synthetic dataset. Only
its fetch is replaced: fetchData returns, for a path expression, the dataset series whose names
match it (graphite's own match_entries, node by node), sorted by name, over the requested range
with whisper's alignment (first point at from - from % step + step). Functions that re-fetch
(timeShift, movingAverage ...) get data for their own ranges the same way. The Java test
(FunctionGoldenTest) does the same with Charcoal's evaluator over the same dataset.

Dataset (dataset.json, read by the Java test): series specs {name, step, kind, seed, nullEvery} and
optionally valuesPerPoint (the series is fetched already consolidated so many points to one);
the value at time t (t a multiple of step) is computed with integer arithmetic both sides can
reproduce exactly:
    i = t // step;  h = (i * 2654435761 + seed * 40503) % 4294967296
    None when nullEvery > 0 and h % nullEvery == 0, else by kind:
    noise:    (h % 2001 - 1000) / 10.0        positive: (h % 1000) / 10.0 + 1.0
    counter:  float((i * seed) % 100000)      const:    float(seed)
    none:     None everywhere                 zero:     0.0

Corpora: <group>.txt, one target per line; `## ` starts a comment line. A line
`json:{"target": T, "from": F, "until": U, "tz": Z}` evaluates over another range (epoch seconds) or,
with "tz", in another time zone (e.g. "Europe/Berlin", as the request's tz and the server's zone).

Outputs: <group>.jsonl, one object per target: target, from, until, and either
  series: [{name, pathExpression, tags ([[tag, value], ...] in order), start, end, step, values, consolidationFunc,
            valuesPerPoint, xFilesFactor, options}], where values are strings: repr() of a float
            (always has '.', 'e', 'inf' or 'nan'), str() of an int (no '.'), or null for None;
  or error: the exception graphite-web raised (type: message).
metadata.json: graphite-web's functionInfo for every function (what /functions prints).
"""

import json
import os
import sys
import warnings
from datetime import datetime

warnings.simplefilter("ignore")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "graphite.settings")

import collections  # noqa: E402
import inspect  # noqa: E402

import django  # noqa: E402

# graphite-web 1.1.8's functionInfo calls inspect.getargspec, which Python 3.11 removed (Debian's
# /functions view fails the same way); give it the old shape so its metadata can be read.
_ArgSpec = collections.namedtuple("ArgSpec", "args varargs keywords defaults")
inspect.getargspec = lambda f: _ArgSpec(*inspect.getfullargspec(f)[:4])


def _formatargspec(args, varargs=None, varkw=None, defaults=None):
    """Python 3.10's inspect.formatargspec for plain arguments (removed in 3.11)."""
    specs = []
    first_default = len(args) - len(defaults) if defaults else len(args)
    for i, arg in enumerate(args):
        specs.append(arg + ("=" + repr(defaults[i - first_default]) if i >= first_default else ""))
    if varargs is not None:
        specs.append("*" + varargs)
    if varkw is not None:
        specs.append("**" + varkw)
    return "(" + ", ".join(specs) + ")"


inspect.formatargspec = _formatargspec

django.setup()

import graphite  # noqa: E402

if not graphite.__file__.startswith("/usr/lib/python3/dist-packages/graphite/"):
    sys.exit("run with /usr/bin/python3 and Debian's graphite-web 1.1.8, not %s" % graphite.__file__)

import time  # noqa: E402

import pytz  # noqa: E402
from django.conf import settings  # noqa: E402
from graphite.finders import match_entries  # noqa: E402
from graphite.functions import SeriesFunctions, functionInfo  # noqa: E402
from graphite.render import evaluator  # noqa: E402
from graphite.render.datalib import TimeSeries  # noqa: E402
from graphite.util import epoch  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
GROUPS = ["combine", "transform", "calculate", "filter", "alias", "graph", "special"]

# The request every target is evaluated over unless its line says otherwise: 20 minutes ending at
# now = 2023-11-14 22:00:00 UTC (a whole hour, so day/hour alignment shows in summarize & co).
NOW = 1700000000 - 1700000000 % 3600
FROM = NOW - 1200
UNTIL = NOW


def spec(name, step, kind, seed, null_every=0):
    return {"name": name, "step": step, "kind": kind, "seed": seed, "nullEvery": null_every}


DATASET = [
    spec("servers.web1.cpu.user", 60, "noise", 1, 7),
    spec("servers.web1.cpu.system", 60, "noise", 2),
    spec("servers.web2.cpu.user", 60, "noise", 3, 5),
    spec("servers.web2.cpu.system", 60, "noise", 4),
    spec("servers.db1.cpu.user", 60, "positive", 5, 9),
    spec("servers.web1.requests.count", 60, "counter", 977),
    spec("servers.web2.requests.count", 60, "counter", 1013, 6),
    spec("servers.web1.latency.p99", 60, "positive", 6),
    spec("servers.web2.latency.p99", 60, "positive", 7, 4),
    spec("fine.a", 10, "noise", 8),
    spec("fine.b", 10, "positive", 9, 3),
    spec("coarse.a", 300, "positive", 10),
    spec("sparse.a", 60, "noise", 11, 2),
    spec("empty.a", 60, "none", 12),
    spec("const.one", 60, "const", 1),
    spec("const.five", 60, "const", 5),
    spec("zero.a", 60, "zero", 13),
    spec("collectd.test-db1.load.value", 60, "positive", 14),
    spec("collectd.test-db2.load.value", 60, "positive", 15, 8),
    spec("collectd.test-db3.load.value", 60, "noise", 16, 3),
    spec("disk.used;dc=us;host=a", 60, "positive", 17),
    spec("disk.used;dc=eu;host=b", 60, "positive", 18, 5),
    spec("disk.used;dc=us;host=c", 60, "positive", 19),
]

# Series a group's corpus needs beyond the shared ones: each group adds its own here, under a
# top-level node named after the group (e.g. "calculate.daily"), so other groups' globs and
# outputs do not change.
COMBINE_SERIES = []

# transform.consolidated arrives already consolidated 3 points to 1 (as normalize() leaves a series
# that another function then reads): Python iterates it consolidated but indexes it raw.
TRANSFORM_SERIES = [
    dict(spec("transform.consolidated", 60, "noise", 21, 3), valuesPerPoint=3),
]

CALCULATE_SERIES = [
    # Coarse steps, so Holt-Winters' bootstrap (a week, 30 days) and requests of days stay small.
    spec("calculate.hourly", 3600, "positive", 20, 6),
    spec("calculate.daily", 86400, "noise", 21),
]

FILTER_SERIES = [
    spec("filter.host10.x", 60, "const", 10),
    spec("filter.host9.x", 60, "const", 9),
    spec("filter.host1.x", 60, "const", 1),
    spec("filter.Host2.x", 60, "const", 2),
    spec("filter.host2.x", 60, "const", 2),
    spec("filter.host02.x", 60, "const", 2),
    spec("filter.host123456789012.x", 60, "const", 12),
    spec("filter.tie.a", 60, "const", 3),
    spec("filter.tie.b", 60, "const", 3),
    spec("filter.tie.c", 60, "noise", 21, 4),
    spec("filter.big.a", 60, "counter", 99991),
]

SPECIAL_SERIES = []

DATASET = DATASET + COMBINE_SERIES + TRANSFORM_SERIES + CALCULATE_SERIES + FILTER_SERIES + SPECIAL_SERIES


def value(s, t):
    i = t // s["step"]
    h = (i * 2654435761 + s["seed"] * 40503) % 4294967296
    if s["nullEvery"] > 0 and h % s["nullEvery"] == 0:
        return None
    kind = s["kind"]
    if kind == "noise":
        return (h % 2001 - 1000) / 10.0
    if kind == "positive":
        return (h % 1000) / 10.0 + 1.0
    if kind == "counter":
        return float((i * s["seed"]) % 100000)
    if kind == "const":
        return float(s["seed"])
    if kind == "zero":
        return 0.0
    return None


def matches(name, pattern):
    nodes = name.split(".")
    parts = pattern.split(".")
    if ";" in name or ";" in pattern:
        return name == pattern
    if len(nodes) != len(parts):
        return False
    return all(match_entries([n], p) for n, p in zip(nodes, parts))


def fake_fetch(requestContext, pathExpr):
    start = int(epoch(requestContext["startTime"]))
    end = int(epoch(requestContext["endTime"]))
    result = []
    for s in sorted(DATASET, key=lambda s: s["name"]):
        if not matches(s["name"], pathExpr):
            continue
        step = s["step"]
        first = start - start % step + step
        last = end - end % step + step
        values = [value(s, t) for t in range(first, last, step)]
        series = TimeSeries(s["name"], first, last, step, values,
                            xFilesFactor=requestContext.get("xFilesFactor"))
        series.pathExpression = pathExpr
        series.consolidate(s.get("valuesPerPoint", 1))
        result.append(series)
    return result


evaluator.fetchData = fake_fetch
evaluator.prefetchData = lambda requestContext, pathExpressions: None


def text(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, int):
        return str(v)
    return repr(float(v))


def plain(o):
    if isinstance(o, float):
        return {"float": repr(o)}
    if isinstance(o, (list, tuple)):
        return [plain(x) for x in o]
    if isinstance(o, dict):
        return {str(k): plain(v) for k, v in o.items()}
    return o


def dump(series):
    return {
        "name": series.name,
        "pathExpression": str(series.pathExpression),
        "tags": [[k, v] for k, v in series.tags.items()],
        "start": series.start,
        "end": series.end,
        # whole seconds: verticalLine's step is the float 1.0, which its JSON output prints as 1
        "step": int(series.step) if float(series.step).is_integer() else series.step,
        "values": [text(v) for v in list.__iter__(series)],
        "consolidationFunc": series.consolidationFunc,
        "valuesPerPoint": series.valuesPerPoint,
        "xFilesFactor": repr(float(series.xFilesFactor)),
        "options": plain(options(series)),
    }


def options(series):
    """series.options, plus the color graphite-web keeps as an attribute (color(), threshold()...);
    Charcoal keeps it in the options."""
    result = dict(series.options)
    if hasattr(series, "color"):
        result["color"] = series.color
    return result


def evaluate(target, start, end, zone="UTC"):
    tz = pytz.timezone(zone)
    # A server set up in the request's zone: graphite-web also reads settings.TIME_ZONE (timeSlice's
    # dates) and the process's local time (time.mktime in timeShift's alignDST, time(), timeSlice).
    settings.TIME_ZONE = zone
    os.environ["TZ"] = zone
    time.tzset()
    context = {
        "startTime": datetime.fromtimestamp(start, tz),
        "endTime": datetime.fromtimestamp(end, tz),
        "now": datetime.fromtimestamp(NOW, tz),
        "localOnly": True,
        "template": {},
        "tzinfo": tz,
        "xFilesFactor": 0,
        "data": [],
    }
    try:
        return {"series": [dump(s) for s in evaluator.evaluateTarget(context, target)]}
    except Exception as e:  # graphite-web answers these with an error response
        return {"error": "%s: %s" % (type(e).__name__, e)}


def read_corpus(path):
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("## "):
                continue
            if line.startswith("json:"):
                items.append(json.loads(line[5:]))
            else:
                items.append({"target": line})
    return items


def main():
    with open(os.path.join(OUT, "dataset.json"), "w", encoding="utf-8") as f:
        json.dump({"now": NOW, "from": FROM, "until": UNTIL, "series": DATASET}, f, indent=1)
        f.write("\n")
    for group in GROUPS:
        corpus = os.path.join(OUT, group + ".txt")
        if not os.path.exists(corpus):
            continue
        with open(os.path.join(OUT, group + ".jsonl"), "w", encoding="utf-8") as f:
            for item in read_corpus(corpus):
                start = item.get("from", FROM)
                end = item.get("until", UNTIL)
                row = {"target": item["target"], "from": start, "until": end}
                if "tz" in item:
                    row["tz"] = item["tz"]
                row.update(evaluate(item["target"], start, end, item.get("tz", "UTC")))
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    metadata = {name: functionInfo(name, func) for name, func in sorted(SeriesFunctions().items())}
    with open(os.path.join(OUT, "metadata.json"), "w", encoding="utf-8") as f:
        text_json = json.dumps(metadata, indent=1, sort_keys=True, default=lambda o: o.toJSON())
        f.write(text_json.replace("Infinity", "1e9999") + "\n")


main()
