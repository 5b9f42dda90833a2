#!/usr/bin/python3
"""Golden data for "files written through charcoal serve read identically with python3-whisper".

Run with Debian's python3 (python3-whisper 1.1.x):  /usr/bin/python3 generate.py

Writes lines.txt: carbon plaintext lines (out of order, duplicates, points older than the
finest archive, tagged names with unsorted tags), and expected.json: for every metric, the file
carbon-cache 1.1.7 + whisper would leave behind at NOW, created with Charcoal's default
storage rules, described by whisper.info and whisper.fetch over several ranges (reads, not
bytes: the ring's base slot depends on how points were batched into update_many calls). Carbon's cache
keeps the last value per timestamp and hands update_many the de-duplicated points, as here; the
timestamps are chosen so that the result does not depend on that batching (see the loop).
"""
import hashlib
import json
import os
import random
import tempfile

import whisper

NOW = 1_700_000_000
DEFAULT = [(10, 2160), (60, 10080), (600, 262800)]
# metric -> (archives, xFilesFactor, aggregationMethod): Charcoal's default rules
METRICS = {
    "golden.gauge": (DEFAULT, 0.5, "average"),
    "golden.hits.count": (DEFAULT, 0.0, "sum"),
    "golden.latency.upper_90": (DEFAULT, 0.1, "max"),
    "golden.latency.lower": (DEFAULT, 0.1, "min"),
    "carbon.agents.golden-a.metricsReceived": ([(60, 129600)], 0.5, "average"),
    "golden.tagged;dc=west;host=a": (DEFAULT, 0.5, "average"),
}
RANGES = [(NOW - 600, NOW), (NOW - 3 * 3600, NOW), (NOW - 8 * 3600, NOW - 6 * 3600),
          (NOW - 3 * 86400, NOW), (NOW - 30 * 86400, NOW)]

rng = random.Random(20261121)
lines = []
points = {m: {} for m in METRICS}
for metric in METRICS:
    sent_name = metric
    if ";" in metric:  # send the tags unsorted: the server must normalise them
        name, *tags = metric.split(";")
        sent_name = ";".join([name] + list(reversed(tags)))
    for _ in range(1500):
        age = rng.choice([rng.randrange(0, 3600), rng.randrange(0, 9 * 3600), rng.randrange(0, 40 * 86400)])
        if abs(age - 6 * 3600) < 600 or abs(age - 7 * 86400) < 600:
            continue  # a slot straddling an archive boundary gets direct and propagated writes
        ts = NOW - age
        # Different timestamps in one slot of the archive they land in would make the result
        # depend on how the server happens to batch its writes (whisper keeps the older of two
        # in one update_many, the later write otherwise), so each slot gets one timestamp;
        # exact duplicates stay (the cache keeps the last value received, either way).
        slot = 60 if (metric.startswith("carbon.") or age >= 6 * 3600) else 10
        slot = 600 if age >= 7 * 86400 else slot
        ts -= ts % slot
        value = round(rng.uniform(-50, 1000), rng.choice([0, 2, 6]))
        lines.append((sent_name, value, ts))
        points[metric][ts] = value  # carbon's cache: the last value for a timestamp wins
rng.shuffle(lines)
# the shuffle changes which duplicate is last: replay in line order
points = {m: {} for m in METRICS}
canonical = {}
for metric in METRICS:
    if ";" in metric:
        name, *tags = metric.split(";")
        canonical[";".join([name] + list(reversed(tags)))] = metric
    else:
        canonical[metric] = metric
for name, value, ts in lines:
    points[canonical[name]][ts] = value

with open("lines.txt", "w") as f:
    for name, value, ts in lines:
        f.write("%s %r %d\n" % (name, value, ts))

expected = {"now": NOW, "metrics": {}}
with tempfile.TemporaryDirectory() as tmp:
    for metric, (archives, xff, method) in METRICS.items():
        path = os.path.join(tmp, hashlib.sha256(metric.encode()).hexdigest() + ".wsp")
        whisper.create(path, archives, xFilesFactor=xff, aggregationMethod=method)
        whisper.update_many(path, sorted(points[metric].items()), now=NOW)
        info = whisper.info(path)
        fetches = []
        for start, end in RANGES:
            r = whisper.fetch(path, start, end, now=NOW)
            if r is None:
                fetches.append({"from": start, "until": end, "result": None})
                continue
            (f, u, step), values = r
            fetches.append({"from": start, "until": end, "result": {
                "start": f, "end": u, "step": step,
                "values": [None if v is None else v for v in values]}})
        expected["metrics"][metric] = {
            "aggregationMethod": info["aggregationMethod"],
            "xFilesFactor": info["xFilesFactor"],
            "archives": [[a["secondsPerPoint"], a["points"]] for a in info["archives"]],
            "fetches": fetches,
        }

with open("expected.json", "w") as f:
    json.dump(expected, f, sort_keys=True)
    f.write("\n")
print("wrote lines.txt (%d lines) and expected.json" % len(lines))
