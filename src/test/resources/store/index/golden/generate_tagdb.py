#!/usr/bin/python3
"""Golden fixture for dev.charcoal.store.index.MemoryTagIndex, written by graphite-web's tag DB.

How to run (from the repository root, with Debian's graphite-web 1.1.8 installed, which brings
Django 3.2 and SQLite):

    /usr/bin/python3 src/test/resources/store/index/golden/generate_tagdb.py

It tags SERIES into graphite-web's LocalDatabaseTagDB over an in-memory SQLite database (the
default TAGDB, and SQLite is graphite-web's default database), then asks it every question below
and writes tagdb.jsonl:

  line 1: {"series": [...]}  the series as tagged (tag_series canonicalises them)
  then one object per question, with "result" or "error" ("ExceptionClass: message"):
    {"op": "find", "exprs": [...]}                          find_series -> [path, ...]
    {"op": "tags", "filter": F, "limit": L}                 list_tags -> [tag, ...]
    {"op": "values", "tag": T, "filter": F, "limit": L}     get_tag -> null or [[value, count], ...]
    {"op": "autoTags", "exprs": [...], "prefix": P, "limit": L}           auto_complete_tags
    {"op": "autoValues", "exprs": [...], "tag": T, "prefix": P, "limit": L}  auto_complete_values
  F, P and L may be null (not given); the autocomplete default limit is TAGDB_AUTOCOMPLETE_LIMIT.
  Limits are passed as the HTTP views pass them, as strings ("0" then means none at all, where an
  int 0 would mean no limit), and autocompletion goes through graphite.storage.STORE, which sorts
  and cuts the tag DB's answer again, as the views call it.

Expressions: the hand-written FINDS (graphite-web's own test_tags.py cases among them), then FUZZ
random ones from random.Random(SEED): two runs give identical files. No wall clock is read.
"""

import json
import os
import random
import sys
import warnings

warnings.simplefilter("ignore")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "graphite.settings")

import graphite  # noqa: E402

if not graphite.__file__.startswith("/usr/lib/python3/dist-packages/graphite/"):
    sys.exit("run with /usr/bin/python3 and Debian's graphite-web 1.1.8, not %s" % graphite.__file__)

from django.conf import settings  # noqa: E402

settings.DATABASES["default"] = {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from graphite.storage import STORE  # noqa: E402
from graphite.tags.localdatabase import LocalDatabaseTagDB  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261121
FUZZ = 1500

SERIES = [
    # graphite-web's test_tags.py
    "test.a;hello=tiger;blah=blah",
    "test.a;hello=lion;blah=blah",
    "test.b;blah=blah",
    # a small fleet
    "cpu.user;host=web1;dc=ams;env=prod",
    "cpu.user;host=web2;dc=ams;env=prod",
    "cpu.user;host=web10;dc=fra;env=prod",
    "cpu.user;host=db1;dc=fra;env=staging",
    "cpu.system;host=web1;dc=ams;env=prod",
    "cpu.system;host=db1;dc=fra;env=staging",
    "mem.free;host=web1;dc=ams",
    "mem.free;host=db1;dc=fra;role=primary",
    "disk.used;datacenter=dc1;rack=a1;server=web01",
    "disk.used;datacenter=dc1;rack=a2;server=web02",
    "~tilde.name;x=1",
    "requests;path=/api/v1;method=GET;status=200",
    "requests;path=/api/v2;method=POST;status=500",
    "requests;path=/;method=GET;status=404",
    "odd;v=a|b;w=x.y;z=(1)",
    "odd;v=ab;w=xzy;z=1",
    "unicode;city=z\u00fcrich;emoji=\U0001F600",
    "unicode;city=\uff5eend;emoji=plain",
    "openmetrics.style{job=\"api\",instance=\"i-1\"}",
    "net.rx;host=web1;iface=eth0",
    "net.rx;host=web1;iface=eth1",
    "net.rx;host=web2;iface=eth0",
]

FINDS = [
    ["hello=tiger"],
    ["blah=~b.*", "hello=~^tiger", "test=~.*"],
    ["blah!=~$", "hello=~tiger", "test!=~.+"],
    ["hello=~lion", "blah!=~$"],
    ["hello=tiger", "blah!=blah"],
    ["hello=tiger", "blah!=foo"],
    ["hello=tiger", "blah!="],
    ["blah!=", "hello!="],
    ["hello=~lion|tiger", "blah!=foo"],
    ["name=test.b", "hello="],
    ["blah=~foo"],
    ["test"],
    ["test="],
    ["name=cpu.user"],
    ["name=cpu.user", "dc=ams"],
    ["name=~cpu", "env!=prod"],
    ["name=~cpu", "env!=staging", "dc=fra"],
    ["name=~^cpu\\.(user|system)$", "host=~web"],
    ["host=~^web|db"],
    ["host=~web|db"],
    ["host!=~^web|db", "name=~."],
    ["host!=~web|db", "name=~."],
    ["host=~web[0-9]$"],
    ["host=~web\\d{2}"],
    ["env=", "name=~cpu"],
    ["env=", "name=~mem"],
    ["role!=", "name=mem.free"],
    ["role=", "dc!="],
    ["dc!=ams", "name=~."],
    ["dc!=~ams", "name=~."],
    ["dc=~.*", "name=~mem"],
    ["dc=~", "name=~mem"],
    ["dc!=~.*", "name=~."],
    ["path=/api/v1"],
    ["path=~/api"],
    ["path=~^/$"],
    ["status=~^[45]"],
    ["status!=~^[45]", "name=requests"],
    ["v=a|b"],
    ["v=~a|b"],
    ["v=~^a|b"],
    ["w=~x.y"],
    ["w=x.y"],
    ["z=(1)"],
    ["z=~\\(1\\)"],
    ["z=~("],
    ["z!=~[", "name=odd"],
    ["city=~z\u00fc"],
    ["emoji=~."],
    ["emoji=~^.$"],
    ["name=tilde.name"],
    ["name=~tilde"],
    ["job=api"],
    ["name=openmetrics.style", "instance=~i-"],
    ["iface=eth0", "host=web1"],
    ["iface=~eth", "host=web1", "host=web1"],
    ["nope=x"],
    ["nope!=x"],
    ["nope=~x"],
    ["nope!=", "name=~."],
    ["=x"],
    ["a==b"],
    ["a=b;c"],
    ["a!!=b"],
    ["host=~(?i)WEB"],
    ["host=~(?P<h>web)1"],
    ["host=~web\\b"],
    [],
]

TAGS = ["name", "host", "dc", "env", "role", "hello", "blah", "v", "w", "z", "path", "status",
        "iface", "city", "nope", "datacenter", "server"]
VALUES = ["web1", "web2", "db1", "ams", "fra", "prod", "staging", "tiger", "lion", "blah", "cpu.user",
          "mem.free", "a|b", "x.y", "(1)", "/api/v1", "200", "eth0", "", "z\u00fcrich", "primary"]
REGEXES = ["", ".*", ".+", "$", "^$", "web", "^web", "web.*", "web[12]", "^(web|db)", "web|db",
           "^web|db", "a|b", "x.y", "\\(1\\)", "[0-9]+$", "eth", "^/api", ".", "^.$", "z\u00fc",
           "(", "[", "a**", "(?i)WEB", "prod$", "^prod$", "p", "s.*g", "\\d"]
OPS = ["=", "!=", "=~", "!=~"]
FILTERS = [None, "", "h", "^h", "host|dc", "e", "^(n|e)", ".*", "v$", "[", "web", "^web",
           "a", "1"]
PREFIXES = [None, "", "h", "d", "web", "e", "n", "x", "z"]
LIMITS = [None, 0, 1, 2, 3, 100]


def expression(rnd):
    tag = rnd.choice(TAGS)
    op = rnd.choice(OPS)
    spec = rnd.choice(REGEXES if op.endswith("~") else VALUES)
    return tag + op + spec


def param(limit):
    return None if limit is None else str(limit)


def answer(fn):
    try:
        return {"result": fn()}
    except Exception as e:  # noqa: BLE001 - the error is the expected output
        return {"error": "%s: %s" % (type(e).__name__, e)}


def main():
    call_command("migrate", "tags", verbosity=0)
    db = LocalDatabaseTagDB(settings)
    STORE.tagdb = db
    tagged = [db.tag_series(s) for s in SERIES]
    rnd = random.Random(SEED)
    lines = [{"series": tagged}]

    finds = list(FINDS)
    for _ in range(FUZZ):
        finds.append([expression(rnd) for _ in range(rnd.randint(1, 3))])
    for exprs in finds:
        lines.append(dict({"op": "find", "exprs": exprs}, **answer(lambda: db.find_series(exprs))))

    for flt in FILTERS:
        for limit in LIMITS:
            lines.append(dict({"op": "tags", "filter": flt, "limit": limit}, **answer(
                lambda: [t["tag"] for t in db.list_tags(tagFilter=flt, limit=param(limit))])))

    def values(tag, flt, limit):
        got = db.get_tag(tag, valueFilter=flt, limit=param(limit))
        return None if got is None else [[v["value"], v["count"]] for v in got["values"]]

    for tag in TAGS:
        for flt in [None, "w", "^w", "web|db", "a", "[", "1$"]:
            for limit in [None, 0, 1, 2]:
                lines.append(dict({"op": "values", "tag": tag, "filter": flt, "limit": limit},
                                  **answer(lambda: values(tag, flt, limit))))

    auto_exprs = [[], ["name=cpu.user"], ["name=~cpu"], ["host=web1"], ["dc=fra", "env!=prod"],
                  ["hello=~."], ["nope=x"], ["dc="], ["test"]]
    for exprs in auto_exprs:
        for prefix in PREFIXES:
            for limit in LIMITS:
                lines.append(dict({"op": "autoTags", "exprs": exprs, "prefix": prefix,
                                   "limit": limit},
                                  **answer(lambda: STORE.tagdb_auto_complete_tags(
                                      exprs, tagPrefix=prefix, limit=param(limit)))))
        for tag in ["host", "dc", "name", "env", "nope"]:
            for prefix in PREFIXES:
                for limit in [None, 0, 1, 2]:
                    lines.append(dict({"op": "autoValues", "exprs": exprs, "tag": tag,
                                       "prefix": prefix, "limit": limit},
                                      **answer(lambda: STORE.tagdb_auto_complete_values(
                                          exprs, tag, valuePrefix=prefix,
                                          limit=param(limit)))))

    with open(os.path.join(OUT, "tagdb.jsonl"), "w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
