#!/usr/bin/python3
"""Regenerates the golden files next to this script from the real carbon (Debian's
graphite-carbon package, Python 3.11): `apt-get install graphite-carbon && /usr/bin/python3
make_golden.py`. Each output line is one JSON object."""
import json
import os
import re
import sys
import warnings

warnings.simplefilter("ignore")  # FutureWarning for "[[" and "&&" in classes; they still compile

from carbon.conf import settings

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(HERE, "..", "..", "..", "..", "..", "main", "resources", "dev", "charcoal",
                     "store", "rules")
settings["CONF_DIR"] = os.path.normpath(RULES)

from carbon import storage  # noqa: E402  (needs CONF_DIR)
from carbon.util import TaggedSeries  # noqa: E402

PATTERNS = [
    r"^carbon\.", r".*", r"", r"\.count$", r"^stats(_counts)?\.", r"\.upper(_\d+)?$",
    r"\.sum(_\d+)?$", r"(?P<host>web\d+)\.(?P=host)", r"(?P<a_b>x)(?P=a_b)", r"(a)\1",
    r"(a)\10", r"(?#comment)cpu", r"cpu\Z", r"cpu$", r"^a.b$", r"\d+", r"\w+\.\w+", r"[]a]+",
    r"[^]a]", r"a{", r"a{,2}b", r"a{2,}", r"a{}", r"{a}", r"x{1", r"a{1,2}?", r"[a[b]+",
    r"[a&&b]", r"[\b]", r"\x41", r"\u00e9", r"\U0001F600", r"\0", r"\101", r"[\101]",
    r"\N{LATIN SMALL LETTER E WITH ACUTE}", r"(?i)CPU", r"(?i:CPU)\.x", r"(?a)\w+$",
    r"(?s)a.b", r"(?m)^b", r"\e", r"\h", r"\Q", r"(?x)a b", r"(?(1)a|b)", r"a(?i)b",
    r"(?<=a)b", r"(?<!a)b", r"(?=a)a", r"(?!a)b", r"(?>a+)b", r"a++b", r"\bcpu\b", r"\s",
    r"[\d.]+", r"[-a]", r"[a-]", r"\.", r"\-", r"\%", r"\ ", r"a|b|", r"[", r"(", r")", r"a**",
    r"\v", r"[\v]", r"\a", r"\Z", r"\A\w", r"a{2,1}", r"\8", r"(a)\2", r"[\8]", r"[\1]",
    r"é+", r"\é", r"a\}", r"a}", r"a]", r"(?u)\w", r"(?L)a", r"(?P<1a>x)", r"(?P=nope)",
    r"x{3}", r"x{0}", r"[\w-]", r"[.]", r"[^\W\d_]+", r"(?i)é", r"Straße", r"(?i)STRASSE",
]
SUBJECTS = [
    "carbon.agents.a.cpu", "stats.timers.t.upper_90", "stats_counts.x", "a.b.count",
    "web01.web01", "web01.web02", "xx", "aa", "a0", "cpu", "cpu\n", "a\nb", "b", "axb", "ab", "AB",
    "]", "]]a", "{", "a{", "a{1", "x{1", "b", "aab", "bb", "[", "&", "\b", "A", "é", "😀", "\0",
    "CPU.x", "cpu.x", "Éé", "a b", "ab ", "a.b.sum", "a.b.sum_90", "z.min", " ", "%", "-", "}",
    "xxx", "", "ÉCOLE", "café", "\v", "\x07", "abc_def", "Straße", "STRASSE", "a}", "a]",
]


def regex_cases(out):
    for p in PATTERNS:
        try:
            rx = re.compile(p)
        except (re.error, OverflowError) as e:
            out.write(json.dumps({"pattern": p, "error": str(e)}) + "\n")
            continue
        matches = [s for s in SUBJECTS if rx.search(s)]
        out.write(json.dumps({"pattern": p, "matches": matches}) + "\n")
    out.write(json.dumps({"subjects": SUBJECTS}) + "\n")


NAMES = [
    "a.b.c", "~a.b", "a.b;z=1;a=2", "a;a-b=1;a=2", "~~x;t=v", 'x{a="1",b="2\\"q"}',
    "a;b", 'a{b="c":,d="e"}', "a;name=zz;b=c", 'a{b="c"}{', "a;b=~c", "a;b=", "a;=b", ";a=b",
    "~~~;a=b", "a;b!=c", "a;b^=c", "a;b=c=d", "a;b=c;b=d", 'a{b="c",b="d"}', 'a{b="c\\\\"}',
    'a{b="c"', 'a{b=c"}', 'a{="c"}', '{b="c"}', "cpu;host=web.01;dc=ams", "a;é=ü;b=😀",
    "a;\U0001F600=1;\uffff=2", "a.b;c=d/e", "a;b=c d", 'a{b="c"}x', "a{b}", "a b;c=d",
    'a{b="c",d="e"', 'a{b="c"},', 'a{b="c",}', 'a{b="",c="d"}', 'a{b="\\\\\\""}',
]


FUZZ_TOKENS = [
    "a", "b", ".", "\\.", "^", "$", "*", "+", "?", "{", "}", "{2}", "{1,2}", "{,2}", "{2,}", "[",
    "]", "[^", "(", ")", "(?:", "(?P<n>", "(?P=n)", "\\1", "\\2", "\\10", "\\d", "\\w", "\\s",
    "\\b", "\\B", "\\Z", "\\A", "|", "-", "&", "&&", "\\x41", "\\0", "\\07", "\\101", "(?i)",
    "(?=", "(?!", "(?<=", "é", "_", "0", "1", "\\\\", "\\[", "\\]", "\\{", "#", " ", "\\-",
    "[a-c]", "[^a]", "[\\b]", "[\\d.]", "[]", "[]a]", "[a-]", "[\\w-]", "(?#c)", "(?i:", "(?a)",
    "(?s)", "\\N{LATIN SMALL LETTER A}", "\\U00000041", "\\u00e9", "(?P<m>", "(?P=m)", "a{",
    "{a", "(?>", "a*+", "??",
]
FUZZ_SUBJECTS = [
    "", "a", "b", "ab", "ba", "aa", "a.b", "a b", "A", "Ab", "a1", "1", "a\n", "é", "É", "_", "{",
    "}", "[", "]", "&", "-", "#", "\\", "aab", "a.", "{2}", "a{2}", "AB.b", "\0", "ab\nb", "a{,2}",
]


def regex_fuzz(out):
    """Seeded random patterns: compile error or the subjects re.search finds, as a bit string."""
    import random
    rnd = random.Random(7)
    out.write(json.dumps({"subjects": FUZZ_SUBJECTS}) + "\n")
    for _ in range(2000):
        p = "".join(rnd.choice(FUZZ_TOKENS) for _ in range(rnd.randint(1, 6)))
        try:
            rx = re.compile(p)
        except (re.error, OverflowError) as e:
            out.write(json.dumps({"p": p, "e": str(e)}) + "\n")
            continue
        bits = "".join("1" if rx.search(s) else "0" for s in FUZZ_SUBJECTS)
        out.write(json.dumps({"p": p, "m": bits}) + "\n")


def tagged_cases(out):
    for n in NAMES:
        try:
            s = TaggedSeries.parse(n)
        except Exception as e:  # carbon logs and keeps the raw name
            out.write(json.dumps({"name": n, "error": str(e)}) + "\n")
            continue
        path = s.path
        rec = {"name": n, "normalized": path, "tags": s.tags}
        rec["file"] = TaggedSeries.encode(path, "/", hash_only=True) + ".wsp"
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def rules_cases(out):
    metrics = ["carbon.agents.a.cpu", "stats.timers.t.upper_90", "stats_counts.hits",
               "stats.timers.t.count", "stats.timers.t.sum_90", "stats.timers.t.lower",
               "stats.gauges.g", "servers.web01.cpu.max", "app.latency.min", "x.sum",
               "foo.count.bar", "statsx.y", "carbon", "a.upper_x"]
    schemas = storage.loadStorageSchemas()
    aggregations = storage.loadAggregationSchemas()
    for m in metrics:
        schema = next(s for s in schemas if s.matches(m))
        agg = next(s for s in aggregations if s.matches(m))
        out.write(json.dumps({"metric": m, "schema": schema.name,
                              "archives": [a.getTuple() for a in schema.archives],
                              "aggregation": agg.name, "xff": agg.archives[0],
                              "method": agg.archives[1]}) + "\n")


for name, fn in [("python-regex.jsonl", regex_cases), ("python-regex-fuzz.jsonl", regex_fuzz),
                 ("tagged-names.jsonl", tagged_cases),
                 ("default-rules.jsonl", rules_cases)]:
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        fn(f)
print("ok", file=sys.stderr)
