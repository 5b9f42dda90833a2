#!/usr/bin/python3
"""The Python side of Charcoal's whisper benchmark (WhisperBenchmark.java does the same work).

Run with Debian's python3-whisper:  /usr/bin/python3 src/test/python/whisper_bench.py
Workloads, all on page-cached files in a temporary directory:
  update_many: 10 consecutive points per call into one of 2,000 files 60s:1d,5m:30d,1h:3y
               (whisper.update_many(path, ...): open, write, propagate, close)
  update_open: the same through already open files (whisper.file_update_many)
  fetch_day:   whisper.fetch of one day from one of 100 files 10s:1d,1m:7d (8,640 points)
  fetch_open:  the same through already open files (whisper.file_fetch)
  read_1000:   whisper.fetch of the whole 10s:1d archive of 1,000 files, reported in MB/s of
               archive bytes, beside a plain sequential read of the same files
"""
import os, sys, tempfile, time
import whisper

NOW = 1_700_000_000

def timeit(label, fn, calls):
    fn(calls // 10)  # warm up
    t0 = time.perf_counter()
    fn(calls)
    dt = time.perf_counter() - t0
    print("%-12s %10.2f us/call  (%d calls)" % (label, dt / calls * 1e6, calls))
    return dt / calls

def main():
    d = tempfile.mkdtemp(prefix="whisper-bench-py")
    um = [os.path.join(d, "u%d.wsp" % i) for i in range(2000)]
    for p in um:
        whisper.create(p, [(60, 1440), (300, 8640), (3600, 26280)])
    state = {"now": NOW}
    def update_many(n):
        for i in range(n):
            now = state["now"]
            pts = [(now - 60 * k, float(k)) for k in range(10)]
            whisper.update_many(um[i % len(um)], pts, now=now)
            if i % len(um) == len(um) - 1:
                state["now"] += 600
    timeit("update_many", update_many, 20000)
    handles = [open(p, "r+b", 0) for p in um]  # whisper opens files unbuffered too
    def update_many_open(n):
        for i in range(n):
            now = state["now"]
            pts = [(now - 60 * k, float(k)) for k in range(10)]
            pts.sort(key=lambda p: p[0], reverse=True)  # as update_many does before file_update_many
            whisper.file_update_many(handles[i % len(um)], pts, now=now)
            if i % len(um) == len(um) - 1:
                state["now"] += 600
    timeit("update_open", update_many_open, 20000)

    day = [os.path.join(d, "f%d.wsp" % i) for i in range(1000)]
    for p in day:
        whisper.create(p, [(10, 8640), (60, 10080)])
        whisper.update_many(p, [(NOW - 10 * k, float(k)) for k in range(8640)], now=NOW)
    def fetch_day(n):
        for i in range(n):
            whisper.fetch(day[i % 100], NOW - 86400, NOW, now=NOW)
    timeit("fetch_day", fetch_day, 5000)
    fhs = [open(p, "rb") for p in day[:100]]
    def fetch_day_open(n):
        for i in range(n):
            whisper.file_fetch(fhs[i % 100], NOW - 86400, NOW, now=NOW)
    timeit("fetch_open", fetch_day_open, 5000)

    archive_bytes = 8640 * 12
    def read_all(n):
        for _ in range(n):
            for p in day:
                whisper.fetch(p, NOW - 86400 + 10, NOW, now=NOW)
    offset = whisper.info(day[0])["archives"][0]["offset"]
    def plain_read(n):
        for _ in range(n):
            for p in day:
                with open(p, "rb") as f:
                    f.seek(offset)
                    f.read(archive_bytes)
    per = timeit("read_1000", read_all, 3)
    print("read_1000    %10.1f MB/s of archive bytes" % (1000 * archive_bytes / per / 1e6))
    per = timeit("plain_read", plain_read, 3)
    print("plain_read   %10.1f MB/s of the same bytes" % (1000 * archive_bytes / per / 1e6))

if __name__ == "__main__":
    main()
