#!/usr/bin/python3
"""Makes the StatsD golden file expected.jsonl from corpus.json with the real etsy statsd.

For every case of corpus.json this starts etsy statsd (npm `statsd@0.9.0`, the last release on
npm; 0.10.x has the same code) with its graphite backend pointed at a fake carbon in this script,
waits for the first (idle) flush, then for each of the case's flushes sends its packets (UDP, or
one TCP connection each) right after the previous flush arrived, and records the lines of the next
flush. Each flush is one TCP connection to the fake carbon, so one connection is one flush.

Setup (outside the repository; node_modules is not committed):
    npm install --prefix /tmp/statsd-oracle statsd@0.9.0 --omit=optional
Run from the repository root:
    /usr/bin/python3 src/test/resources/statsd/golden/make_golden.py [--statsd DIR] [--only CASE]
    /usr/bin/python3 src/test/resources/statsd/golden/make_golden.py --try 'a:1|c' ['b:2|ms' ...]

Only the standard library is used. The test (StatsdGoldenTest) needs neither node nor python.
"""

import argparse
import base64
import json
import os
import queue
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_STATSD = "/tmp/statsd-oracle/node_modules/statsd"
FLUSH_TIMEOUT = 15.0


def free_port(kind):
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeCarbon:
    """Accepts connections; each one, read to EOF, is one flush."""

    def __init__(self):
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.flushes = queue.Queue()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            chunks = []
            with conn:
                while True:
                    data = conn.recv(65536)
                    if not data:
                        break
                    chunks.append(data)
            text = b"".join(chunks).decode("utf-8", "replace")
            self.flushes.put([line for line in text.split("\n") if line])

    def next_flush(self):
        return self.flushes.get(timeout=FLUSH_TIMEOUT)

    def close(self):
        self.server.close()


def packet_bytes(packet):
    if isinstance(packet, str):
        return packet.encode("utf-8")
    if "hex" in packet:
        return bytes.fromhex(packet["hex"])
    return base64.b64decode(packet["base64"])


class Statsd:
    def __init__(self, statsd_dir, case_config, carbon_port):
        self.udp_port = free_port(socket.SOCK_DGRAM)
        self.tcp_port = free_port(socket.SOCK_STREAM)
        config = {
            "graphiteHost": "127.0.0.1",
            "graphitePort": carbon_port,
            "mgmt_address": "127.0.0.1",
            "mgmt_port": free_port(socket.SOCK_STREAM),
            "flushInterval": 1000,
            "backends": ["./backends/graphite"],
            "automaticConfigReload": False,
            "servers": [
                {"server": "./servers/udp", "address": "127.0.0.1", "port": self.udp_port},
                {"server": "./servers/tcp", "address": "127.0.0.1", "port": self.tcp_port},
            ],
        }
        config.update(case_config)
        self.config_file = tempfile.NamedTemporaryFile("w", suffix=".js", delete=False)
        # JSON is a valid JavaScript object literal, which is what statsd evaluates.
        json.dump(config, self.config_file)
        self.config_file.close()
        self.process = subprocess.Popen(
            ["node", os.path.join(statsd_dir, "stats.js"), self.config_file.name],
            cwd=statsd_dir,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.output = []
        up = threading.Event()

        def read():
            for line in self.process.stdout:
                self.output.append(line)
                if "server is up" in line:
                    up.set()

        threading.Thread(target=read, daemon=True).start()
        if not up.wait(10):
            self.stop()
            raise RuntimeError("statsd did not start:\n" + "".join(self.output))

    def send_udp(self, data):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.sendto(data, ("127.0.0.1", self.udp_port))

    def send_tcp(self, data):
        with socket.create_connection(("127.0.0.1", self.tcp_port)) as s:
            s.sendall(data)
        # Give statsd's event loop the close before the next write or flush.
        time.sleep(0.05)

    def stop(self):
        self.process.kill()
        self.process.wait()
        os.unlink(self.config_file.name)


def run_case(statsd_dir, case):
    carbon = FakeCarbon()
    statsd = Statsd(statsd_dir, case.get("config", {}), carbon.port)

    def next_flush():
        try:
            return carbon.next_flush()
        except queue.Empty:
            raise RuntimeError(
                f"{case.get('name')}: no flush; statsd said:\n" + "".join(statsd.output)
            ) from None

    try:
        next_flush()  # the idle flush after start-up
        flushes = []
        for packets in case["flushes"]:
            for packet in packets:
                data = packet_bytes(packet)
                if case.get("transport", "udp") == "tcp":
                    statsd.send_tcp(data)
                else:
                    statsd.send_udp(data)
            flushes.append(next_flush())
        return flushes
    finally:
        statsd.stop()
        carbon.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--statsd", default=DEFAULT_STATSD, help="the statsd package directory")
    parser.add_argument("--only", help="run one case and print it, write nothing")
    parser.add_argument("--try", dest="packets", nargs="+", help="send these packets, print")
    args = parser.parse_args()

    if args.packets:
        case = {"flushes": [[p.encode().decode("unicode_escape") for p in args.packets]]}
        for line in run_case(args.statsd, case)[0]:
            print(line)
        return

    with open(os.path.join(HERE, "corpus.json"), encoding="utf-8") as f:
        corpus = json.load(f)
    names = [case["name"] for case in corpus["cases"]]
    if len(names) != len(set(names)):
        sys.exit("duplicate case names in corpus.json")
    out = []
    for case in corpus["cases"]:
        if args.only and case["name"] != args.only:
            continue
        flushes = run_case(args.statsd, case)
        print(f"{case['name']}: {[len(f) for f in flushes]} lines", file=sys.stderr)
        for index, lines in enumerate(flushes):
            out.append({"case": case["name"], "flush": index + 1, "lines": lines})
    if args.only:
        for record in out:
            print(json.dumps(record, indent=1))
        return
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as f:
        for record in out:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
