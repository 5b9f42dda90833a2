#!/usr/bin/python3
"""Golden outputs of Python 3.11's re for dev.charcoal.model.regex (PythonPatternGoldenTest and
CategoriesTest).

How to run (from the repository root, Debian's Python 3.11):
    /usr/bin/python3 src/test/resources/dev/charcoal/model/regex/make_fuzz.py

Writes, next to this script:
- fuzz.jsonl: first {"subjects": [...]}, then one object per seeded random pattern, {"p": pattern}
  and either {"m": bits} (for each subject, 1 if re.search finds it) or {"e": str(re.error)}.
  Half the patterns come from well-formed pieces (to compare matching), half from any pieces (to
  compare refusals and their messages). The pieces reach what the older goldens do not: Unicode
  classes (m², \\x1c), case folding (K, ſ), verbose mode, scoped flags, multiline ^ at the end.
- categories.json: the code points Python's \\w, \\d and \\s match, and those assigned in its
  Unicode version, as [first, last] ranges.
"""
import json
import os
import random
import re
import signal
import sys
import unicodedata
import warnings

warnings.simplefilter("ignore")  # FutureWarning for "[[" and "&&" in classes; they still compile

HERE = os.path.dirname(os.path.abspath(__file__))
PATTERNS = 1500  # of each kind
WELL_FORMED = [
    "a", "b", "x", ".", "^", "$", "*", "+", "?", "*?", "+?", "{2}", "{1,2}", "{,2}", "{2,}", "{",
    "}", "[a-c]", "[^a]", "[\\w-]", "[\\d.]", "[\\b]", "[\\W]", "[^\\S]", "[\\s\\d]", "[]a]", "[[]",
    "(?:a|b)", "(a)", "(?P<n>a)", "(?P=n)", "(a)\\1", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S",
    "\\b", "\\B", "\\A", "\\Z", "\\.", "\\x41", "\\u00e9", "\\N{LATIN SMALL LETTER A}", "\\0",
    "\\101", "é", "²", "\x1c", "\u00a0", "\u212a", "\u017f", "\u0130", "\U0001F600", "_", " ", "#",
    "\n", "-", "(?i)", "(?m)", "(?s)", "(?x)", "(?a)", "(?i:a)", "(?m:^)", "(?m:$)", "(?s:.)",
    "(?x: a # c\n)", "(?a:\\w)", "(?a:\\b)", "(?-i:a)", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)",
    "(?>a+)", "(?#c)", "|", "a|b", "(?i:k)", "(?i:s)", "(?i:\\w)", "(?i:[a-z])", "(?ai:k)",
]
ANY = WELL_FORMED + [
    "(", ")", "[", "]", "[^", "[]", "[z-a]", "[\\w-z]", "{3,2}", "{}", "\\2", "\\10", "\\01",
    "\\777", "\\x4", "\\U0001F600", "\\N{BOGUS}", "\\N", "\\8", "\\q", "\\é", "&&", "(?u)",
    "(?x:", "(?a:", "(?u:", "(?ia)", "(?au)", "(?L)", "(?t)", "(?-a:", "(?i-i:", "(?#\\))", "(?(1)",
    "(?(n)", "(?(0)", "(?<n>", "(?'", "(?P", "(?z)", "\\g<1>", "\\Q", "\\e", "\\p{L}", "(?P<n>",
    "(?=", "(?<=", "(?<!", "(?>", "(?i:", "(?-i:",
]
SUBJECTS = [
    "", "a", "b", "ab", "ba", "aa", "a.b", "a b", "A", "AB", "a1", "1", "a\n", "\n", "é", "É",
    "e\u0301", "_", "{", "}", "[", "]", "&", "-", "#", "\\", "m²", "\x1c", "\u00a0", "k", "K",
    "\u212a", "s", "S", "\u017f", "i", "I", "\u0130", "\u0131", "\U0001F600", "\t", "\x0b", "ab\nb",
    "a\nb\n", "x{2}", "aab", "a{,2}", "\u2028",
]


class TooSlow(Exception):
    pass


def too_slow(signum, frame):
    raise TooSlow()


def fuzz(out):
    signal.signal(signal.SIGALRM, too_slow)
    rnd = random.Random(20240611)
    out.write(json.dumps({"subjects": SUBJECTS}, ensure_ascii=False) + "\n")
    for pieces in [WELL_FORMED, ANY]:
        written = 0
        while written < PATTERNS:
            p = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 7)))
            signal.alarm(2)
            try:
                try:
                    rx = re.compile(p)
                except Exception as e:  # re.error, OverflowError, ValueError
                    row = {"p": p, "e": str(e)}
                else:
                    row = {"p": p, "m": "".join("1" if rx.search(s) else "0" for s in SUBJECTS)}
            except TooSlow:
                continue  # some zero-width repeats make Python loop
            finally:
                signal.alarm(0)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1


def ranges(member):
    out = []
    for cp in range(sys.maxunicode + 1):
        if member(chr(cp)):
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def categories(out):
    classes = {name: re.compile(p) for name, p in [("w", r"\w"), ("d", r"\d"), ("s", r"\s")]}
    doc = {"unicode": unicodedata.unidata_version,
           "assigned": ranges(lambda c: unicodedata.category(c) != "Cn")}
    for name, rx in classes.items():
        doc[name] = ranges(lambda c: rx.match(c) is not None)
    out.write(json.dumps(doc) + "\n")


for name, fn in [("fuzz.jsonl", fuzz), ("categories.json", categories)]:
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        fn(f)
print("ok", file=sys.stderr)
