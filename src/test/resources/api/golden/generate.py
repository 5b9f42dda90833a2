#!/usr/bin/python3
"""Golden fixtures for dev.charcoal.api, written by graphite-web 1.1.8's own view code.

How to run (from the repository root, with Debian's graphite-web 1.1.8 installed:
`apt-get install -y graphite-web`, which brings Django 3.2, python3-whisper and django-tagging):

    /usr/bin/python3 src/test/resources/api/golden/generate.py

Use /usr/bin/python3 (Debian): the script imports graphite from /usr/lib/python3/dist-packages and
refuses any other copy. Django runs on an in-memory SQLite database; no wall clock is read (the
events views' `now` is pinned) and random cases come from random.Random(SEED), so two runs give
identical files.

Outputs (JSON lines, read by the Java tests):
  render.jsonl  one object per case: series (the TimeSeries given to the view: name, tags as
                graphite-web parsed them as [tag, value] pairs in its order, start, end, step, values with ints as JSON ints, floats
                as JSON floats, None as null and infinities as the strings "inf"/"-inf",
                consolidationFunc, valuesPerPoint, xFilesFactor, pathExpression), format, options
                (maxDataPoints, noNullPoints, pretty, jsonp, tz), then contentType and body (text),
                or bodyBase64 for pickle. Made by renderViewJson/Csv/Raw/Pickle. A case where the
                view raised (graphite-web's server error) has "error" instead.
  metrics.jsonl one object per request to find_view, expand_view and index_json over the whisper
                files named in METRICS (made in a temporary directory; each leaf's intervals pinned
                to INTERVAL): request (path, params as [name, value] pairs, accept header), then
                status, contentType, pragma and body.
  events.jsonl  one object per request of a scenario run through the events views in order (posts
                then queries): request (method, path, params, body), status, contentType, body.
  functions.jsonl one object per graphite-web render function: name, group, module, function (its
                Python signature line) and params (the JSON text of each Param.toJSON, infinity
                written 1e9999 as /functions does), for checking the /functions shape Charcoal
                derives from its own metadata.
"""

import base64
import inspect
import json
import math
import os
import random
import shutil
import sys
import tempfile
import warnings
from datetime import datetime

warnings.simplefilter("ignore")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "graphite.settings")

import graphite  # noqa: E402

if not graphite.__file__.startswith("/usr/lib/python3/dist-packages/graphite/"):
    sys.exit("run with /usr/bin/python3 and Debian's graphite-web 1.1.8, not %s" % graphite.__file__)

import graphite.settings as gs  # noqa: E402

WHISPER_ROOT = tempfile.mkdtemp(prefix="charcoal-api-golden-")
LOG_DIR = tempfile.mkdtemp(prefix="charcoal-api-golden-log-")
gs.DATABASES["default"]["NAME"] = ":memory:"
gs.STANDARD_DIRS = [WHISPER_ROOT]
gs.WHISPER_DIR = WHISPER_ROOT
gs.USE_WORKER_POOL = False
gs.LOG_DIR = LOG_DIR
gs.LOG_RENDERING_PERFORMANCE = False
gs.LOG_CACHE_PERFORMANCE = False

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import RequestFactory  # noqa: E402

call_command("migrate", verbosity=0, run_syncdb=True)

import pytz  # noqa: E402
import whisper  # noqa: E402
from graphite.events import views as event_views  # noqa: E402
from graphite.functions import SeriesFunctions  # noqa: E402
from graphite.intervals import Interval, IntervalSet  # noqa: E402
from graphite.metrics import views as metric_views  # noqa: E402
from graphite.readers.whisper import WhisperReader  # noqa: E402
from graphite.render import views as render_views  # noqa: E402
from graphite.render.datalib import TimeSeries  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261121
FACTORY = RequestFactory()


def write_jsonl(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def response_row(resp):
    row = {"status": resp.status_code, "contentType": resp["Content-Type"]}
    if resp.has_header("Pragma"):
        row["pragma"] = resp["Pragma"]
    return row


# ---------------------------------------------------------------------------------------------
# Render formats


def jvalue(v):
    if v is None or isinstance(v, int):
        return v
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def pvalue(v):
    if v == "inf":
        return float("inf")
    if v == "-inf":
        return float("-inf")
    return v


def make_series(spec):
    s = TimeSeries(spec["name"], spec["start"], spec["end"], spec["step"],
                   [pvalue(v) for v in spec["values"]],
                   consolidate=spec.get("consolidationFunc", "average"),
                   xFilesFactor=spec.get("xFilesFactor", 0.0),
                   pathExpression=spec.get("pathExpression"))
    if spec.get("valuesPerPoint", 1) != 1:
        s.consolidate(spec["valuesPerPoint"])
    return s


def describe_series(s):
    return {"name": s.name, "tags": [[k, v] for k, v in s.tags.items()], "start": s.start, "end": s.end, "step": s.step,
            "values": [jvalue(v) for v in list.__iter__(s)], "consolidationFunc": s.consolidationFunc,
            "valuesPerPoint": s.valuesPerPoint, "xFilesFactor": s.xFilesFactor,
            "pathExpression": s.pathExpression}


def render_row(case, fmt, specs, options):
    data = [make_series(spec) for spec in specs]
    described = [describe_series(s) for s in data]
    request_options = {}
    if "maxDataPoints" in options:
        request_options["maxDataPoints"] = options["maxDataPoints"]
    if options.get("noNullPoints"):
        request_options["noNullPoints"] = True
    request_options["pretty"] = bool(options.get("pretty"))
    if "jsonp" in options:
        request_options["jsonp"] = options["jsonp"]
    request_options["tzinfo"] = pytz.timezone(options.get("tz", "UTC"))
    view = {"json": render_views.renderViewJson, "csv": render_views.renderViewCsv,
            "raw": render_views.renderViewRaw, "pickle": render_views.renderViewPickle}[fmt]
    row = {"case": case, "format": fmt, "options": options, "series": described}
    try:
        resp = view(request_options, data)
    except Exception as e:  # graphite-web answers these with a server error
        row["error"] = "%s: %s" % (type(e).__name__, e)
        return row
    row.update(response_row(resp))
    if fmt == "pickle":
        row["bodyBase64"] = base64.b64encode(resp.content).decode("ascii")
    else:
        row["body"] = resp.content.decode("utf-8")
    return row


def spec(name, start, step, values, end=None, **extra):
    s = {"name": name, "start": start, "step": step, "values": values,
         "end": end if end is not None else start + step * len(values)}
    s.update(extra)
    return s


def fixed_render_cases():
    one_to_twenty = list(range(1, 21))
    floats = [float(v) for v in one_to_twenty]
    cases = []
    add = cases.append
    add(("floats and gaps", [spec("a.b.c", 1000, 10, [1.0, None, 2.5, 0.1 + 0.2, -0.0, None])], {}))
    add(("ints", [spec("transformNull(a,0)", 1000, 10, [0, 1, None, 2.0, 123456789])], {}))
    add(("specials", [spec("x", 0, 60, ["inf", "-inf", 1e16, 1.5e-05, 1e-4, 1234567890123456.0,
                                        5e-324, 1.7976931348623157e308, 0.1, 100.0])], {}))
    add(("two series", [spec("a.b", 100, 10, [1.0, 2.0, 3.0]), spec("a.c", 100, 20, [4.0, None])], {}))
    add(("names replaced", [spec("foo NaN, bar", 0, 1, [1.0]),
                            spec("x;Infinity,=NaN,", 0, 1, [2.0])], {}))
    add(("escapes", [spec('q"uo\\te\ttab\u00e9\u2603\U0001F600\x7f\x01', 0, 1, [1.0])], {}))
    add(("tagged", [spec("disk.used;rack=a1;datacenter=dc1", 0, 60, [1.0, None])], {}))
    add(("function name tags", [spec("sumSeries(a.b;x=y)", 0, 60, [1.0])], {}))
    add(("all empty", [spec("a", 100, 10, []), spec("b", 100, 10, [])], {}))
    add(("one empty", [spec("a", 100, 10, []), spec("b", 100, 10, [1.0])], {}))
    add(("no series", [], {}))
    add(("end before values", [spec("short", 100, 10, [1.0, 2.0, 3.0, 4.0], end=120)], {}))
    add(("end past values", [spec("long", 100, 10, [1.0, 2.0], end=200)], {}))
    add(("preset values per point", [spec("vpp", 100, 10, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
                                          valuesPerPoint=3, consolidationFunc="sum")], {}))
    for fn in ["sum", "average", "avg", "avg_zero", "min", "max", "first", "last"]:
        add(("mdp 10 " + fn, [spec("s", 1, 1, floats, consolidationFunc=fn)], {"maxDataPoints": 10}))
        add(("mdp 3 ints " + fn, [spec("s", 7, 5, [3, None, 1, 2.0, None, 5, 4, 4.0, None, 2, 1],
                                        consolidationFunc=fn)], {"maxDataPoints": 3}))
    for mdp in [1, 2, 5, 7, 19, 20, 21, 100]:
        add(("mdp %d" % mdp, [spec("s", 1, 1, one_to_twenty)], {"maxDataPoints": mdp}))
    add(("mdp nudge", [spec("n", 1003, 10, floats)], {"maxDataPoints": 6}))
    add(("mdp negative start", [spec("n", -95, 10, floats)], {"maxDataPoints": 6}))
    add(("mdp mixed steps", [spec("a", 0, 10, floats), spec("b", 0, 60, floats[:4])],
                            {"maxDataPoints": 5}))
    add(("mdp xff", [spec("x", 0, 10, [1.0, None, None, 4.0, None, 6.0, 7.0, None],
                          xFilesFactor=0.5)], {"maxDataPoints": 3}))
    add(("mdp 1 with empty", [spec("a", 0, 10, [1.0, 2.0]), spec("b", 0, 10, [3.0])],
         {"maxDataPoints": 1}))
    add(("no null points", [spec("a", 0, 10, [None, 1.0, None]), spec("b", 0, 10, [None, None]),
                            spec("c", 0, 10, [2.0])], {"noNullPoints": True}))
    add(("no null points first dropped", [spec("a", 0, 10, [None]), spec("b", 0, 10, [1.0])],
         {"noNullPoints": True}))
    add(("no null points all dropped", [spec("a", 0, 10, [None])], {"noNullPoints": True}))
    add(("pretty", [spec("a.b", 0, 10, [1.0, None, "inf"]), spec("e", 0, 10, [None]),
                    spec("t;k=v", 0, 10, [])], {"pretty": True}))
    add(("pretty empty", [spec("a", 0, 10, [])], {"pretty": True}))
    add(("jsonp", [spec("a", 0, 10, [1.0])], {"jsonp": "cb"}))
    add(("csv zone", [spec("x,y", 1616893200, 1800, [1.0, None, 2, "inf", "-inf", 0.5, 3.0]),
                      spec('q"t', 1616893200, 3600, [1.0])], {"tz": "Europe/Berlin"}))
    add(("csv line breaks", [spec("a\nb", 0, 60, [1.0]), spec("c\rd", 0, 60, [2.0])], {}))
    return cases


def random_values(rng, n):
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.15:
            out.append(None)
        elif r < 0.3:
            out.append(rng.randint(-1000, 1000))
        elif r < 0.33:
            out.append(rng.choice(["inf", "-inf"]))
        elif r < 0.6:
            out.append(round(rng.uniform(-100, 100), rng.randint(0, 6)))
        else:
            out.append(rng.uniform(-1, 1) * 10 ** rng.randint(-8, 20))
    return out


def random_render_cases(rng, count):
    """Series as a render fetches them: each covers the request's range at its own step."""
    cases = []
    for i in range(count):
        start_time = rng.randint(-500, 100000)
        end_time = start_time + rng.randint(1, 90) * rng.choice([10, 60])
        series = []
        for k in range(rng.randint(1, 4)):
            step = rng.choice([1, 10, 60, 300]) if end_time - start_time < 2000 else rng.choice([10, 60])
            start = start_time - start_time % step + step
            end = end_time - end_time % step + step
            n = max(0, (end - start) // step)
            series.append(spec("r%d.s%d" % (i, k), start, step, random_values(rng, n), end=end,
                               consolidationFunc=rng.choice(["sum", "average", "avg_zero", "min",
                                                              "max", "first", "last"]),
                               xFilesFactor=rng.choice([0.0, 0.0, 0.3, 0.5, 1.0])))
        options = {}
        if rng.random() < 0.7:
            options["maxDataPoints"] = rng.randint(1, 40)
        if rng.random() < 0.3:
            options["noNullPoints"] = True
        if rng.random() < 0.2:
            options["pretty"] = True
        cases.append(("random %d" % i, series, options))
    return cases


def render_rows():
    rows = []
    rng = random.Random(SEED)
    for case, specs, options in fixed_render_cases() + random_render_cases(rng, 150):
        formats = ["json", "csv", "raw", "pickle"]
        if any(isinstance(v, str) for s in specs for v in s["values"]) or "jsonp" in options:
            formats = ["json", "csv", "raw"]
        for fmt in formats:
            if fmt != "json" and ("maxDataPoints" in options or "noNullPoints" in options
                                  or "pretty" in options or "jsonp" in options):
                continue
            rows.append(render_row(case, fmt, specs, options))
    return rows


# ---------------------------------------------------------------------------------------------
# Metrics


METRICS = ["carbon.agents.host1.cpuUsage", "carbon.agents.host1.memUsage",
           "carbon.agents.host2.cpuUsage", "servers.web1.cpu.user", "servers.web1.cpu.system",
           "servers.web2.cpu.user", "servers.db1.disk.sda", "servers.db1.disk.sdb",
           "stats.a+b.count", "stats.p%41th.count", "top", "x.\u00e9t\u00e9.value"]
INTERVAL = (1700000000.25, 1700086400.5)


def metrics_rows():
    for metric in METRICS:
        path = os.path.join(WHISPER_ROOT, *metric.split(".")) + ".wsp"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        whisper.create(path, [(60, 10)])
    WhisperReader.get_intervals = lambda self: IntervalSet([Interval(*INTERVAL)])
    requests = [
        ("/metrics/find", [("query", "*")], None),
        ("/metrics/find", [("query", "servers.*")], None),
        ("/metrics/find", [("query", "servers.*"), ("wildcards", "1")], None),
        ("/metrics/find", [("query", "servers.web1.cpu.*"), ("wildcards", "1")], None),
        ("/metrics/find", [("query", "servers.*.cpu.user")], None),
        ("/metrics/find", [("query", "servers.*.cpu.*"), ("leavesOnly", "1")], None),
        ("/metrics/find", [("query", "stats.*")], None),
        ("/metrics/find", [("query", "stats.*.count")], None),
        ("/metrics/find", [("query", "x.*")], None),
        ("/metrics/find", [("query", "x.*")], "*/*"),
        ("/metrics/find", [("query", "x.*"), ("format", "completer")], None),
        ("/metrics/find", [("query", "nothing.*")], None),
        ("/metrics/find", [("query", "carbon.agents.*"), ("format", "completer")], None),
        ("/metrics/find", [("query", "carbon.agents.h"), ("format", "completer"),
                           ("wildcards", "1")], None),
        ("/metrics/find", [("query", "servers..cpu"), ("format", "completer")], None),
        ("/metrics/find", [("query", "servers.web1,web2"), ("format", "completer"),
                           ("automatic_variants", "1")], None),
        ("/metrics/find", [("query", "servers.*.*"), ("format", "json")], None),
        ("/metrics/find", [("query", "*"), ("format", "json")], None),
        ("/metrics/find", [("query", "servers.*.*.*"), ("format", "nodelist"),
                           ("position", "2")], None),
        ("/metrics/find", [("query", "servers.*.*.*"), ("format", "nodelist")], None),
        ("/metrics/find", [("query", "servers.*"), ("pretty", "1")], None),
        ("/metrics/find", [("query", "servers.*"), ("jsonp", "cb")], None),
        ("/metrics/find", [("query", "servers.*"), ("jsonp", "")], None),
        ("/metrics/find", [("query", "servers.{web1,db1}.*")], None),
        ("/metrics/find", [("query", "servers.web[12]")], None),
        ("/metrics/find", [("query", "servers.*"), ("from", "-1d"), ("until", "now")], None),
        ("/metrics/find", [("query", "servers.*"), ("from", "-1")], None),
        ("/metrics", [("query", "top")], None),
        ("/metrics/find", [("query", "servers.*"), ("format", "svg")], None),
        ("/metrics/expand", [("query", "servers.*.cpu.*")], None),
        ("/metrics/expand", [("query", "servers.*.cpu.*"), ("query", "servers.*")], None),
        ("/metrics/expand", [("query", "servers.*"), ("query", "carbon.*.*"),
                             ("groupByExpr", "1")], None),
        ("/metrics/expand", [("query", "servers.*.*"), ("leavesOnly", "1")], None),
        ("/metrics/expand", [("query", "servers.*"), ("leavesOnly", "1")], None),
        ("/metrics/expand", [("query", "x.*.*"), ("jsonp", "f")], None),
        ("/metrics/index.json", [], None),
        ("/metrics/index.json", [("jsonp", "cb")], None),
        ("/metrics/index.json", [], "text/html"),
    ]
    rows = []
    for path, params, accept in requests:
        extra = {"HTTP_ACCEPT": accept} if accept else {}
        request = FACTORY.get(path, params, **extra)
        request.user = AnonymousUser()
        view = {"/metrics/find": metric_views.find_view, "/metrics": metric_views.find_view,
                "/metrics/expand": metric_views.expand_view,
                "/metrics/index.json": metric_views.index_json}[path]
        resp = view(request)
        row = {"request": {"path": path, "params": params, "accept": accept}}
        row.update(response_row(resp))
        row["body"] = resp.content.decode("utf-8")
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------
# Events


NOW = datetime(2024, 3, 1, 12, 0, 0, tzinfo=pytz.utc)


def events_rows():
    event_views.now = lambda: NOW
    posts = [
        {"what": "deploy", "tags": ["web", "prod"], "when": 1000, "data": "v1"},
        {"what": "deploy 2", "tags": "web staging", "when": 2000},
        {"what": "restart", "tags": ["db", "prod", "prod"], "when": 1500, "data": "d"},
        {"what": "quoted", "tags": "\"a b\", c", "when": 3000},
        {"what": "commas", "tags": "x,y z", "when": 3500},
        {"what": "untagged", "when": 4000},
        {"what": "fraction", "tags": ["f"], "when": 4500.75},
        {"what": "now", "tags": ["n"]},
        {"what": "unicode \u00e9\u2603", "tags": ["\u00fcml"], "when": 5000, "data": "\U0001F600"},
        {"what": "bad tags", "tags": 5, "when": 1},
        {"what": "bad tags", "tags": {"a": 1}, "when": 1},
    ]
    queries = [
        [],
        [("from", "0"), ("until", "2500")],
        [("tags", "prod")],
        [("tags", "web prod")],
        [("tags", "web prod"), ("set", "union")],
        [("tags", "web prod"), ("set", "intersection")],
        [("tags", "web unknown")],
        [("tags", "web unknown"), ("set", "intersection")],
        [("tags", "web unknown"), ("set", "union")],
        [("tags", "unknown")],
        [("tags", "prod prod"), ("set", "intersection")],
        [("tags", "prod  web")],
        [("tags", "")],
        [("tags", "a b")],
        [("tags", "c")],
        [("tags", "x")],
        [("tags", "y z")],
        [("tags", "x,y")],
        [("tags", "f"), ("from", "4500"), ("until", "4500")],
        [("tags", "f"), ("from", "4500"), ("until", "4501")],
        [("tags", "web"), ("set", "bogus")],
        [("tags", "web"), ("jsonp", "cb")],
        [("from", "2000"), ("until", "1000")],
    ]
    rows = []
    for body in posts:
        text = json.dumps(body)
        request = FACTORY.post("/events/", data=text, content_type="application/json")
        resp = event_views.view_events(request)
        row = {"request": {"method": "POST", "path": "/events/", "body": text}}
        row.update(response_row(resp))
        row["body"] = resp.content.decode("utf-8")
        rows.append(row)
    for params in queries:
        request = FACTORY.get("/events/get_data", params)
        resp = event_views.get_data(request)
        row = {"request": {"method": "GET", "path": "/events/get_data", "params": params}}
        row.update(response_row(resp))
        row["body"] = resp.content.decode("utf-8")
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------------
# Functions


def function_info(name, func):
    """graphite-web's functionInfo: its inspect.getargspec/formatargspec are gone from Python 3.11
    (Debian's graphite-web fails there), so the same signature line comes from inspect.signature."""
    signature = inspect.signature(func)
    params = list(signature.parameters.values())[1:]  # without requestContext
    return {"name": name, "function": name + str(signature.replace(parameters=params)),
            "module": inspect.getmodule(func).__name__, "group": getattr(func, "group", "Ungrouped"),
            "params": getattr(func, "params", None)}


def functions_rows():
    rows = []
    for name, func in sorted(SeriesFunctions().items()):
        info = function_info(name, func)
        params = [p.toJSON() for p in (info["params"] or [])]
        rows.append({"name": name, "group": info["group"], "function": info["function"],
                     "module": info["module"],
                     "params": json.dumps(params).replace("Infinity", "1e9999")})
    return rows


def main():
    try:
        write_jsonl("render.jsonl", render_rows())
        write_jsonl("metrics.jsonl", metrics_rows())
        write_jsonl("events.jsonl", events_rows())
        write_jsonl("functions.jsonl", functions_rows())
    finally:
        shutil.rmtree(WHISPER_ROOT, ignore_errors=True)
        shutil.rmtree(LOG_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()
