#!/usr/bin/python3
"""Golden fixtures for dev.charcoal.query.parse and dev.charcoal.query.time, written by graphite-web.

How to run (from the repository root, with Debian's graphite-web 1.1.8 installed:
`apt-get install -y graphite-web`, which brings python3-pyparsing 3.0.9, python3-tz, Django):

    /usr/bin/python3 src/test/resources/query/golden/generate.py

Use /usr/bin/python3 (Debian), not a pyenv python: the script imports graphite from
/usr/lib/python3/dist-packages/graphite/ and refuses any other copy. No wall clock is read and the
fuzz corpora come from random.Random(SEED), so two runs give identical files.

Inputs (hand-written corpora, edited by people):
  targets.txt   one render target per line. A line starting with `json:` is a JSON object
                {"target": T, "template": {name: value}} (the template dict plays the request's
                `template[name]=value` parameters) or a JSON string (for targets with tabs or
                newlines). Lines starting with `## ` are comments; empty lines are skipped.
  attime.txt    one at-time string per line (same `json:` and `## ` conventions).
  globs.txt     lines `PATTERN<TAB>NAME NAME ...`: one node pattern and candidate node names.

Outputs (JSON lines, read by the Java tests):
  targets.jsonl, targets-fuzz.jsonl: one object per target:
    target, template (only when given),
    complete: true when grammar.parseString(target, parseAll=True) succeeds, i.e. graphite-web
              reads the whole target. graphite-web itself calls parseString without parseAll and
              silently ignores what follows the longest parsable prefix; Charcoal rejects that, so
              for complete=false the Java parser must throw.
    tree:     (complete only) the parse tree, pipes desugared (`a|f(1)` is f(a, 1), as the
              evaluator does), in this shape:
                {"path": P} {"call": NAME, "raw": RAW, "args": [...], "kwargs": [[K, V], ...]}
                {"template": BODY, "args": [...], "kwargs": [[K, V], ...]}
                {"int": TEXT} {"float": TEXT} {"sci": TEXT} {"string": TEXT-WITH-QUOTES}
                {"bool": "true"|"false"} {"none": "none"} {"inf": "inf"}
              (literal texts lower-cased by pyparsing where it does so).
    eval:     (complete only) what graphite-web's evaluator hands to functions and finders:
              evaluateTokens runs for real, with fetchData and SeriesFunction replaced by
              recorders, so templates are expanded and scalars converted exactly as in a render:
                {"fetch": PATH_EXPRESSION} {"call": NAME, "args": [...], "kwargs": [[K, V], ...]}
                {"int": str(v)} {"float": repr(v)} {"string": S} {"bool": B} {"none": true}
    evalError: (instead of eval) the exception graphite-web raised while evaluating.
    error:    graphite-web's parse error (no prefix parses at all).
  attime.jsonl, attime-fuzz.jsonl: one object per (string, tz, now):
    s, tz, now (epoch seconds), then epoch (graphite.util.epoch of
    parseATTime(s, pytz.timezone(tz), now)) or error (exception class and message).
    Lines with "nowParam": true parse s the way /render parses its `now` parameter
    (parseATTime(s, tz) with no reference time); the corpus only uses absolute strings there.
  globs.jsonl: one object per pattern: pattern, expanded (sorted expand_braces(pattern)),
    matches: the candidate names that graphite's match_entries (expand_braces + fnmatch)
    keeps, in candidate order, and names (all candidates).
"""

import calendar
import json
import os
import random
import sys
import warnings
from datetime import datetime

warnings.simplefilter("ignore")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "graphite.settings")

import graphite  # noqa: E402

if not graphite.__file__.startswith("/usr/lib/python3/dist-packages/graphite/"):
    sys.exit("run with /usr/bin/python3 and Debian's graphite-web 1.1.8, not %s" % graphite.__file__)

import pyparsing  # noqa: E402
import pytz  # noqa: E402
from graphite.finders import expand_braces, match_entries  # noqa: E402
from graphite.render import evaluator  # noqa: E402
from graphite.render.attime import parseATTime  # noqa: E402
from graphite.render.grammar_unsafe import grammar  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20240605
FUZZ_TARGETS = 2000
FUZZ_ATTIMES = 1500

# Reference times: 2015-01-01 11:00 UTC (graphite's parseTimeReference tests), 2015-03-08 12:00
# America/Los_Angeles (its DST tests, the day clocks sprang forward), 2016-02-29 00:00 UTC (leap
# day), 2017-10-13 11:00 America/Los_Angeles, 2024-10-27 01:30 UTC (Europe's autumn overlap),
# 2023-12-31 23:30 UTC (year end), 2013-02-28 00:00 UTC.
NOWS = [1420110000, 1425841200, 1456704000, 1507917600, 1729992600, 1704065400, 1362009600]
ZONES = ["UTC", "America/Los_Angeles", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata",
         "Europe/Dublin", "Pacific/Chatham", "America/Sao_Paulo"]


def read_corpus(name):
    items = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line or line.startswith("## "):
                continue
            if line.startswith("json:"):
                items.append(json.loads(line[5:]))
            else:
                items.append(line)
    return items


def write_jsonl(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


# ---------------------------------------------------------------------------------------------
# Targets


def tree(t):
    """The pyparsing result of one expression/arg as the JSON shape described above."""
    if t.template:
        tp = t.template
        return {"template": tree(tp), "args": [tree(a) for a in tp.args],
                "kwargs": [[k.argname, tree(k.args[0])] for k in tp.kwargs]}
    if t.expression:
        node = tree(t.expression)
        for piped in t.expression.pipedCalls:
            call = tree(piped)
            call["args"].insert(0, node)
            node = call
        return node
    if t.pathExpression:
        return {"path": t.pathExpression}
    if t.call:
        return {"call": t.call.funcname, "raw": t.call.raw,
                "args": [tree(a) for a in t.call.args],
                "kwargs": [[k.argname, tree(k.args[0])] for k in t.call.kwargs]}
    if t.number:
        n = t.number
        if n.integer:
            return {"int": n.integer}
        if n.float:
            return {"float": n.float}
        return {"sci": n.scientific[0]}
    if t.string:
        return {"string": t.string}
    if t.boolean:
        return {"bool": t.boolean[0]}
    if t.none:
        return {"none": t.none[0]}
    if t.infinity:
        return {"inf": t.infinity[0]}
    raise AssertionError("unknown token %r" % t)


def value(v):
    if isinstance(v, dict):
        return v
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, str):
        return {"string": v}
    if v is None:
        return {"none": True}
    raise AssertionError("unexpected value %r" % (v,))


def recording_function(name):
    def call(_ctx, *args, **kwargs):
        return {"call": name, "args": [value(a) for a in args],
                "kwargs": [[k, value(v)] for k, v in kwargs.items()]}
    return call


evaluator.fetchData = lambda _ctx, path: {"fetch": path}
evaluator.SeriesFunction = recording_function


def describe(e):
    return "%s: %s" % (type(e).__name__, e)


def target_row(item):
    if isinstance(item, dict):
        target, template = item["target"], item.get("template")
    else:
        target, template = item, None
    row = {"target": target}
    if template is not None:
        row["template"] = template
    try:
        tokens = grammar.parseString(target)
    except pyparsing.ParseBaseException as e:
        row["complete"] = False
        row["error"] = describe(e)
        return row
    except RecursionError as e:
        row["complete"] = False
        row["error"] = describe(e)
        return row
    try:
        grammar.parseString(target, parseAll=True)
        row["complete"] = True
    except pyparsing.ParseBaseException:
        row["complete"] = False
        return row
    row["tree"] = tree(tokens)
    try:
        ctx = {"template": template or {}}
        row["eval"] = value(evaluator.evaluateTokens(ctx, tokens))
    except Exception as e:  # the evaluator's own errors (template syntax, float('1.2.3'), ...)
        row["evalError"] = describe(e)
    return row


NAMES = ["a", "b", "foo", "servers", "cpu", "x1", "_x", "Z9", "sum", "template", "true", "none",
         "inf", "seriesByTag", "1", "2h", "$1", "$x", "$name", "${x}", "-1", "1e3", "1.5"]
PATH_BITS = ["*", "?", "[ab]", "[!a]", "{a,b}", "{x}", "-", ":", "#", "@", "%", "=", "^", "$",
             "~", ";", "!", "&", "+", "/", "<", ">", "`", "\\(", "\\)", "\\,", "\\.", "\\{",
             "\\}", "\\'", '\\"', "\\\\", "\\|", "\\=", "tag=v", ";name=x"]
NOISE = list("(){},.'\"\\|= \t\n$-_1aZ;[]*?") + ["  ", "((", "))", ",,", "=="]


def fuzz_path(rnd):
    nodes = []
    for _ in range(rnd.randint(1, 4)):
        parts = [rnd.choice(NAMES + PATH_BITS) for _ in range(rnd.randint(1, 3))]
        nodes.append("".join(parts))
    return ".".join(nodes)


def fuzz_literal(rnd):
    kind = rnd.randint(0, 7)
    if kind == 0:
        return str(rnd.randint(-1000, 100000))
    if kind == 1:
        return "%d.%d" % (rnd.randint(-99, 99), rnd.randint(0, 999))
    if kind == 2:
        return "%se%d" % (rnd.choice(["1", "-2", "1.5", "0.25"]), rnd.randint(-12, 12))
    if kind == 3:
        return rnd.choice(["true", "False", "TRUE", "none", "None", "inf", "INF", "-inf"])
    quote = rnd.choice(["'", '"'])
    body = "".join(rnd.choice(NAMES + ["=", " ", ",", ")", "\\" + quote, "\\x4f", quote * 2, "|"])
                   for _ in range(rnd.randint(0, 3)))
    return quote + body + quote


def fuzz_expr(rnd, depth):
    kind = rnd.randint(0, 9)
    if depth > 3 or kind < 4:
        expr = fuzz_path(rnd)
    elif kind < 8:
        name = rnd.choice(["sumSeries", "alias", "f", "seriesByTag", "movingAverage", "template",
                           "_g1", "scale"])
        args = [fuzz_arg(rnd, depth + 1) for _ in range(rnd.randint(0, 3))]
        kwargs = ["%s%s=%s" % (rnd.choice(["k", "alignToFrom", "n_2"]), rnd.choice(["", " "]),
                               fuzz_arg(rnd, depth + 1)) for _ in range(rnd.randint(0, 2))]
        sep = rnd.choice([",", ", ", " , "])
        expr = "%s%s(%s)" % (name, rnd.choice(["", "", " "]), sep.join(args + kwargs))
    else:
        lits = [fuzz_literal(rnd) for _ in range(rnd.randint(0, 2))]
        kw = ["%s=%s" % (n, fuzz_literal(rnd)) for n in rnd.sample(["x", "name", "n"], rnd.randint(0, 1))]
        body = fuzz_expr(rnd, depth + 1) if rnd.random() < 0.5 else "a.$1.$x.$name"
        expr = "template(%s)" % ",".join([body] + (lits if rnd.random() < 0.6 else kw))
    while rnd.random() < 0.2:
        expr += rnd.choice(["|", " | ", "|  "]) + "f%d(%s)" % (rnd.randint(0, 9), fuzz_arg(rnd, depth + 1))
    return expr


def fuzz_arg(rnd, depth):
    return fuzz_literal(rnd) if rnd.random() < 0.4 else fuzz_expr(rnd, depth)


def mutate(rnd, text):
    chars = list(text)
    for _ in range(rnd.randint(1, 3)):
        op = rnd.randint(0, 2)
        pos = rnd.randint(0, len(chars))
        if op == 0 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif op == 1:
            chars.insert(pos, rnd.choice(NOISE))
        elif chars:
            chars[min(pos, len(chars) - 1)] = rnd.choice(NOISE)
    return "".join(chars)


def fuzz_targets():
    rnd = random.Random(SEED)
    items = []
    for i in range(FUZZ_TARGETS):
        target = fuzz_expr(rnd, 0)
        if i % 3 == 2:
            target = mutate(rnd, target)
        if rnd.random() < 0.15:
            template = {rnd.choice(["x", "1", "name", "2"]): rnd.choice(["v", "w*", "12", "1.5", "a.b", "$x"])}
            items.append({"target": target, "template": template})
        else:
            items.append(target)
    return items


# ---------------------------------------------------------------------------------------------
# At-time strings


def attime_row(s, tz, now, now_param=False):
    row = {"s": s, "tz": tz, "now": now}
    zone = pytz.timezone(tz)
    try:
        if now_param:
            row["nowParam"] = True
            dt = parseATTime(s, zone)
        else:
            dt = parseATTime(s, zone, datetime.fromtimestamp(now, zone))
        row["epoch"] = calendar.timegm(dt.astimezone(pytz.utc).timetuple())
    except Exception as e:
        row["error"] = describe(e)
    return row


ATTIME_BITS = ["now", "today", "yesterday", "tomorrow", "noon", "midnight", "teatime", "monday",
               "fri", "sun", "january", "feb", "dec", "am", "pm", ":", "/", "+", "-", "_", " ",
               ",", "s", "sec", "min", "minutes", "h", "d", "days", "w", "mon", "months", "y", "m",
               "x", "1", "2", "12", "30", "59", "99", "2024", "1970", "20240229", "00", "8"]


def fuzz_attimes():
    rnd = random.Random(SEED + 1)
    out = []
    for _ in range(FUZZ_ATTIMES):
        s = "".join(rnd.choice(ATTIME_BITS) for _ in range(rnd.randint(1, 5)))
        out.append(attime_row(s, rnd.choice(ZONES), rnd.choice(NOWS)))
    return out


def attime_rows():
    rows = []
    for s in read_corpus("attime.txt"):
        for tz in ZONES:
            for now in NOWS:
                rows.append(attime_row(s, tz, now))
    # The `now` request parameter: graphite parses it without a reference time.
    for s in ["11:0020171013", "1507917600", "20150308", "02:30_20150308", "noon_20241027"]:
        for tz in ZONES:
            rows.append(attime_row(s, tz, 0, now_param=True))
    return rows


# ---------------------------------------------------------------------------------------------
# Globs


def glob_row(pattern, names):
    kept = set(match_entries(names, pattern))
    return {"pattern": pattern, "expanded": sorted(expand_braces(pattern)), "names": names,
            "matches": [n for n in names if n in kept]}


GLOB_CHARS = list("ab*?[]!-^{},\\.") + ["a-c", "[!", "[]", "{a,b}", "**"]
NAME_CHARS = list("abc-]![^\\{},*?")


def fuzz_globs():
    rnd = random.Random(SEED + 2)
    rows = []
    for _ in range(600):
        pattern = "".join(rnd.choice(GLOB_CHARS) for _ in range(rnd.randint(1, 6)))
        names = sorted({"".join(rnd.choice(NAME_CHARS) for _ in range(rnd.randint(0, 4)))
                        for _ in range(12)})
        rows.append(glob_row(pattern, names))
    return rows


def glob_rows():
    rows = []
    with open(os.path.join(OUT, "globs.txt"), encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line or line.startswith("## "):
                continue
            pattern, names = line.split("\t", 1)
            rows.append(glob_row(pattern, names.split(" ")))
    return rows + fuzz_globs()


def main():
    write_jsonl("targets.jsonl", [target_row(t) for t in read_corpus("targets.txt")])
    write_jsonl("targets-fuzz.jsonl", [target_row(t) for t in fuzz_targets()])
    write_jsonl("attime.jsonl", attime_rows())
    write_jsonl("attime-fuzz.jsonl", fuzz_attimes())
    write_jsonl("globs.jsonl", glob_rows())


if __name__ == "__main__":
    main()
