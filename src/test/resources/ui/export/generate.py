#!/usr/bin/python3
"""Golden output of graphite-web's render JSON and CSV encoders for the desktop app's export.

Run with Debian's python3 and its graphite-web package (apt-get install graphite-web):
    /usr/bin/python3 generate.py > render-export.jsonl

Each line holds the input series (values: null for None, "inf"/"-inf" for infinities, "ints" the
indexes of values that are Python ints), the zone for CSV times, and what graphite-web's
renderViewJson (no maxDataPoints) and renderViewCsv answer for them.
"""
import json
import os
import sys
import warnings

warnings.simplefilter("ignore")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "graphite.settings")
import django  # noqa: E402

django.setup()
import pytz  # noqa: E402
from graphite.render.datalib import TimeSeries  # noqa: E402
from graphite.render.views import renderViewCsv, renderViewJson  # noqa: E402

INF = float("inf")


def case(name, zone, series):
    made = []
    for s in series:
        values = []
        for i, v in enumerate(s["values"]):
            if v is None:
                values.append(None)
            elif v in ("inf", "-inf"):
                values.append(float(v))
            elif i in s.get("ints", []):
                values.append(int(v))
            else:
                values.append(float(v))
        made.append(TimeSeries(s["name"], s["start"], s["end"], s["step"], values))
    out = {
        "case": name,
        "zone": zone,
        "series": series,
        "json": renderViewJson({}, made).content.decode("utf-8"),
        "csv": renderViewCsv({"tzinfo": pytz.timezone(zone)}, made).content.decode("utf-8"),
    }
    print(json.dumps(out, ensure_ascii=False))


def s(name, start, step, values, end=None, ints=()):
    return {
        "name": name,
        "start": start,
        "end": start + step * len(values) if end is None else end,
        "step": step,
        "values": values,
        "ints": list(ints),
    }


case("one series with a gap", "UTC", [s("a.b", 1700000000, 60, [1.0, None, 3.5])])
case("no series", "UTC", [])
case("only empty series", "UTC", [s("a", 1700000000, 60, []), s("b", 1700000000, 60, [])])
case(
    "floats as Python prints them",
    "UTC",
    [s("f", 1700000000, 10, [0.1, 1e16, 1.5e-05, -0.0, 123456789.123, 1 / 3, 2.5e-4, 1e22, -7.25])],
)
case("python ints", "UTC", [s("countSeries(a.*)", 1700000000, 10, [3, 0, 12.0], ints=[0, 1])])
case("infinities", "UTC", [s("inf", 1700000000, 10, ["inf", 1.0, "-inf", None])])
case(
    "names that need escaping",
    "UTC",
    [
        s('alias(a,"x, y")', 1700000000, 60, [1.0]),
        s('say "hi"', 1700000000, 60, [2.0]),
        s("caf\u00e9.\u6e29\u5ea6", 1700000000, 60, [3.0]),
        s("tab\there", 1700000000, 60, [4.0]),
        s("back\\slash", 1700000000, 60, [5.0]),
    ],
)
case("graphite-web's text replacement in names", "UTC", [s("NaN, Infinity, x", 1700000000, 60, [1.0])])
case("tagged series", "UTC", [s("cpu.user;dc=eu;host=web1", 1700000000, 60, [1.0, 2.0])])
case(
    "end shorter than the values",
    "UTC",
    [s("short", 1700000000, 60, [1.0, 2.0, 3.0, 4.0], end=1700000120)],
)
case(
    "two series and a zone with daylight saving",
    "Europe/Berlin",
    [
        s("dst.a", 1711846800, 1800, [1.0, 2.0, None, 4.0, 5.0]),
        s("dst.b", 1711846800, 3600, [10.0, 20.0]),
    ],
)
case("a zone west of UTC", "America/New_York", [s("ny", 1700000000, 3600, [1.0, 2.0, 3.0])])
sys.stdout.flush()
