#!/usr/bin/python3
"""Golden outputs of Python 3's re module for dev.charcoal.model.regex.PythonPattern (search) and
dev.charcoal.query.eval.PythonRegex (sub).

How to run (from the repository root): /usr/bin/python3 src/test/resources/dev/charcoal/model/regex/generate.py

Writes cases.jsonl: one object per case, {pattern, text, replacement} and either
{search: [start, end] or null, sub: re.sub(pattern, replacement, text)} or {error: message} where
Python raises. The cases are the hand-written ones of cases.txt (pattern, replacement and text
separated by tabs; in a text the two characters \\n stand for a newline, \\r for a carriage
return; `## ` starts a comment) followed by random ones from a fixed seed (2500 that Python accepts, 500 it refuses), so two runs
give the same file.
"""

import json
import os
import random
import re
import resource
import signal
import sys

OUT = os.path.dirname(os.path.abspath(__file__))
RANDOM_VALID = 2500
RANDOM_ERRORS = 500

PATTERN_TOKENS = [
    "a", "b", "c", "1", ".", "-", "_", " ", "x", "(", ")", "(?:", "(?P<n>", "(?P=n)", "(?=", "(?!",
    "(?<=a)", "(?<!b)", "|", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}", "{2,}", "{",
    "}", "{a}", "[", "]", "[^", "[]", "[a-c]", "[[]", "[]a]", "[a&&b]", "[-a]", "[a-]", "[\\d]",
    "[\\b]", "^", "$", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\b", "\\B", "\\A", "\\Z", "\\1",
    "\\2", "\\.", "\\(", "\\-", "\\x61", "\\u0062", "\\141", "\\0", "\\n", "\\t", "\\q", "\\", "&",
    "#", "é", "\\é", "(?i)", "(?x)", "(?s)", "(?#c)", "(?a)", "(?i:", "(?-i:", "(?>", "*+",
]
TEXT_CHARS = "abcABC1 2_.-x\n(é"
REPLACEMENT_TOKENS = [
    "-", "x", "\\1", "\\2", "\\g<0>", "\\g<1>", "\\g<n>", "\\n", "\\\\", "$1", "\\&", "\\0",
    "\\12", "\\q", "\\g<", "é",
]


def case(pattern, replacement, text):
    """The row for one case; None when Python cannot answer in 10 s or runs out of memory
    (it loops on some zero-width possessive repeats such as (?<=a)*+)."""
    row = {"pattern": pattern, "replacement": replacement, "text": text}
    signal.alarm(10)
    try:
        regex = re.compile(pattern)
        m = regex.search(text)
        row["search"] = [m.start(), m.end()] if m else None
        row["sub"] = regex.sub(replacement, text)
    except (TooSlow, MemoryError):
        signal.alarm(0)
        return None
    except Exception as e:  # re.error, IndexError (unknown group name)...
        signal.alarm(0)
        row = {"pattern": pattern, "replacement": replacement, "text": text,
               "error": "%s: %s" % (type(e).__name__, e)}
    signal.alarm(0)
    return row


class TooSlow(Exception):
    pass


def too_slow(signum, frame):
    raise TooSlow()


def main():
    import warnings
    warnings.simplefilter("ignore")
    rows = []
    with open(os.path.join(OUT, "cases.txt"), encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line or line.startswith("## "):
                continue
            pattern, replacement, text = line.split("\t")
            rows.append(case(pattern, replacement, text.replace("\\n", "\n").replace("\\r", "\r")))
    signal.signal(signal.SIGALRM, too_slow)
    resource.setrlimit(resource.RLIMIT_AS, (1 << 29, 1 << 29))
    rnd = random.Random(20231114)
    valid = errors = 0
    while valid < RANDOM_VALID or errors < RANDOM_ERRORS:
        pattern = "".join(rnd.choice(PATTERN_TOKENS) for _ in range(rnd.randint(1, 6)))
        replacement = "".join(rnd.choice(REPLACEMENT_TOKENS) for _ in range(rnd.randint(0, 3)))
        text = "".join(rnd.choice(TEXT_CHARS) for _ in range(rnd.randint(0, 12)))
        row = case(pattern, replacement, text)
        if row is None:
            continue
        if "error" in row and errors < RANDOM_ERRORS:
            errors += 1
            rows.append(row)
        elif "error" not in row and valid < RANDOM_VALID:
            valid += 1
            rows.append(row)
    with open(os.path.join(OUT, "cases.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print("%d cases, %d errors" % (len(rows), sum(1 for r in rows if "error" in r)), file=sys.stderr)


main()
