#!/usr/bin/python3
"""Regenerates the golden files next to this script from the real carbon receivers (Debian's
graphite-carbon 1.1.7 on Python 3.11): `apt-get install graphite-carbon && /usr/bin/python3
make_carbon_golden.py`. Each output line is one JSON object; bytes are base64, doubles are the
16 hex digits of their IEEE bits (so inf, -0.0 and NaN survive JSON).

  python-float.jsonl  what float() makes of a string: {"s", "bits"} or {"s", "error"}
  plaintext.jsonl     a TCP stream or UDP datagram fed to carbon's MetricLineReceiver or
                      MetricDatagramReceiver: the points carbon received and whether carbon closed
                      the connection ("closed") or raised out of the protocol ("raised")
  pickle.jsonl        a pickle frame fed to carbon's MetricPickleReceiver, same fields, plus
                      "hostile" for frames Charcoal refuses by design (code-running or non-data
                      opcodes) and "py" for which Python wrote it
"""
import base64
import copyreg
import io
import json
import os
import pickle
import random
import struct
import sys

sys.path.insert(0, "/usr/lib/python3/dist-packages")

from carbon import events, protocols  # noqa: E402
from carbon.util import get_unpickler  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = 1700000000.75  # carbon's time.time() for "-1 means now"; Charcoal's clock reads the same


def bits(x):
    return struct.pack(">d", float(x)).hex()


def b64(data):
    return base64.b64encode(data).decode("ascii")


# ---------------------------------------------------------------------------------------------
# float()

FLOAT_CASES = [
    "0", "1", "-1", "+1", "1.", ".5", "-.5", "+.5e1", "1e3", "1E3", "1e+3", "1e-3", "1_000",
    "1__000", "_1", "1_", "1_.5", "1._5", "1.5_", "1e1_0", "1e_10", "1_0e1_0", "0_0", "00",
    "007", "0x10", "0b1", "0o7", "1j", "inf", "-inf", "+inf", "Infinity", "-Infinity", "INF",
    "iNfInItY", "infinity", "infinit", "infinityy", "nan", "-nan", "+NaN", "NAN", "nan(1)", "in",
    "", " ", "-", "+", ".", "e", "e1", "1e", "1e+", "1e-", "--1", "+-1", "1.2.3", "1e2e3", "1 2",
    " 1", "1 ", "\t1\n", "1\x00", "\u00a01\u2003", "\u0661\u0662", "\u0661.\u0665e\u0662",
    "\uff11", "1\u0662", "\u00b2", "\u2460", "1,5", "1d", "1f", "1L", "0.0", "-0.0", "-0",
    "1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
    "1e309", "-1e309", "2e-308", "2.2250738585072011e-308", "2.2250738585072014e-308",
    "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "5e-324", "1e-400",
    "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000001",
    "1e23", "8.589973e9", "0.1", "0.30000000000000004", "123456789012345678901234567890",
    "0.000000000000000000000000000000000000000001", "1" + "0" * 400, "1" + "0" * 400 + "e-400",
    "0." + "0" * 350 + "1e350", "1700000000", "1700000000.999", "-1", "-1.5", "-1.999999",
    "-2", "-0.5", "1.5e9", "1_700_000_000", "3.14159265358979323846264338327950288",
    "4.35679845e-10", "179769313486231580793728971405303415079934132710037826936173778980444968"
    "292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908"
    "902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719"
    "074168444365510704342711559699508093042880177904174497791",
]


def float_cases(rng):
    cases = list(FLOAT_CASES)
    alphabet = "0123456789._eE+-"
    for _ in range(400):
        cases.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))))
    words = ["inf", "nan", "infinity", "1", "_", "e", "."]
    for _ in range(100):
        cases.append("".join(rng.choice(words) for _ in range(rng.randint(1, 3))))
    for _ in range(400):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
        point = rng.randint(0, len(digits))
        exp = rng.choice(["", "e%d" % rng.randint(-330, 330), "E+%d" % rng.randint(0, 30)])
        cases.append(digits[:point] + "." + digits[point:] + exp)
    for _ in range(200):
        x = struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0]
        cases.append(repr(x))
        cases.append("%.25e" % x if x == x else "nan")
    return cases


def write_float(out, rng):
    for s in float_cases(rng):
        try:
            out.write(json.dumps({"s": s, "bits": bits(float(s))}) + "\n")
        except ValueError as e:
            out.write(json.dumps({"s": s, "error": str(e)}) + "\n")


# ---------------------------------------------------------------------------------------------
# carbon's receivers with a fake transport

class Transport:
    disconnecting = False
    closed = False

    def loseConnection(self):
        self.disconnecting = True
        self.closed = True

    def getPeer(self):
        return None


received = []
events.metricReceived = lambda metric, datapoint: received.append((metric, datapoint))
protocols.time.time = lambda: NOW


def run(feed, proto):
    """Feeds carbon's protocol; returns its points and how the connection ended."""
    proto.transport = Transport()
    proto.peerName = "golden"
    received.clear()
    raised = None
    try:
        feed(proto)
    except Exception as e:  # Twisted closes the connection when a protocol raises
        raised = "%s: %s" % (type(e).__name__, e)
    points = []
    for metric, (ts, value) in received:
        if isinstance(metric, bytes):
            metric = metric.decode("utf-8", "backslashreplace")
        points.append([metric, bits(ts), bits(value)])
    result = {"points": points, "closed": proto.transport.closed}
    if raised:
        result["raised"] = raised
    return result


LONG = b"x" * 16373  # "x… 1 2" is then 16379 bytes, "x… 1 2\r" one more, under 16384

TCP_STREAMS = [
    b"a.b.c 1 1700000000\n",
    b"a.b.c 1.5 1700000000.9\n",
    b"  a.b.c \t 1 \t 1700000000 \r\n",
    b"a.b.c 1 1700000000\r\n",
    b"a 1 2\x0b\n", b"a\x0b1\x0c2\n", b"a\x1c1\x1d2\x1e\n", b"a\x1f1 2\n",
    b"a.b.c 1\n", b"a.b.c\n", b"a.b.c 1 2 3\n", b"\n", b"   \n", b"\r\n",
    b"a nan 1700000000\n", b"a NaN 1700000000\n", b"a -nan 1700000000\n",
    b"a inf 1700000000\n", b"a -Infinity 1700000000\n", b"a 1e3 1700000000\n",
    b"a +1 1700000000\n", b"a 1_000 1_700_000_000\n", b"a 1__0 1700000000\n",
    b"a 1 -1\n", b"a 1 -1.5\n", b"a 1 -1.999\n", b"a 1 -2\n", b"a 1 -0.5\n", b"a 1 0\n",
    b"a 1 -0.0\n", b"a 1 1e3\n", b"a 1 1e300\n", b"a 1 inf\n", b"a 1 -inf\n", b"a 1 nan\n",
    b"a 1 1700000000.999999\n", b"a 1 -1700000000.9\n", b"a 1 17e8\n",
    b"a one 1700000000\n", b"a 1 now\n", b"a 0x10 1\n", b"a 1,5 1\n", b"a 1 1700000000L\n",
    b"a 1 2\nb 3 4\nc 5 6\n", b"a 1 2\nbad line\nc 5 6\n", b"a 1 2\nb 3", b"a 1 2\nb 3 4",
    b"a.b;tag=v;a=1 1 2\n", b"a.b;bad 1 2\n", b'a{t="v",b="w"} 1 2\n', b"~a.b 1 2\n",
    "caf\u00e9.latt\u00e9 1 2\n".encode(), "a\u00a0b 1 2\n".encode(),
    "a\u2003\u0661 \u0662\n".encode(), "a \u0661.5 1700000000\n".encode(),
    "a\u0085 1 2\n".encode(), "a 1 2\u3000\n".encode(), "\u2028a 1 2\n".encode(),
    b"\xff 1 2\nb 3 4\n", b"a\xc3 1 2\n", b"a 1 2\n\xe2\x82 1 2\nc 5 6\n",
    b"\x00 1 2\n", b"a\x00b 1 2\n", b"a/../b 1 2\n", b"a 1 2\x00\n",
    LONG + b" 1 2\n" + b"b 3 4\n",
    LONG + b" 1 2\r\n" + b"b 3 4\n",
    b"x" * 16384 + b"\nb 3 4\n",
    b"x" * 16385 + b"\nb 3 4\n",
    b"a 1 2\n" + b"x" * 16385,
    b"a 1 2\n" + b"x" * 16384,
]

UDP_DATAGRAMS = [
    b"a 1 2", b"a 1 2\n", b"a 1 2\nb 3 4", b"a 1 2\r\nb 3 4\r\n", b"a 1 2\rb 3 4",
    b"a 1 2\x0bb 3 4", b"a 1 2\x0cb 3 4", b"a 1 2\x1cb 3 4\x1dc 5 6\x1ed 7 8",
    b"a 1 2\x1fb 3 4", "a 1 2\u0085b 3 4".encode(), "a 1 2\u2028b 3 4\u2029c 5 6".encode(),
    b"a 1 2\n\nb 3 4", b"\n", b"", b"a 1\nb 3 4", b"a 1 2\n\xff 3 4\nc 5 6",
    b"a nan 2\nb 1 -1\nc 1 -1.5", b"x" * 20000 + b" 1 2\nb 3 4",
]


def feed_stream(data):
    return lambda p: p.dataReceived(data)


def write_plaintext(out):
    for data in TCP_STREAMS:
        result = run(feed_stream(data), protocols.MetricLineReceiver())
        out.write(json.dumps({"transport": "tcp", "data": b64(data), **result}) + "\n")
    for data in UDP_DATAGRAMS:
        def feed(p, data=data):
            p.datagramReceived(data, ("127.0.0.1", 1))
        result = run(feed, protocols.MetricDatagramReceiver())
        out.write(json.dumps({"transport": "udp", "data": b64(data), **result}) + "\n")


# ---------------------------------------------------------------------------------------------
# pickles, as Python 3 writes them and as Python 2 wrote them

class Py2Str(bytes):
    """A Python 2 str: pickled as STRING / BINSTRING / SHORT_BINSTRING."""


class Py2Int(int):
    """A Python 2 int that does not fit 32 bits: INT text even in binary protocols."""


def py2_repr(data):
    quote = b'"' if b"'" in data and b'"' not in data else b"'"
    out = bytearray(quote)
    for c in data:
        if c == ord("\\") or c == quote[0]:
            out += b"\\" + bytes([c])
        elif c == 9:
            out += b"\\t"
        elif c == 10:
            out += b"\\n"
        elif c == 13:
            out += b"\\r"
        elif c < 32 or c >= 127:
            out += b"\\x%02x" % c
        else:
            out.append(c)
    return bytes(out + quote)


class Py2Pickler(pickle._Pickler):
    dispatch = pickle._Pickler.dispatch.copy()

    def save_py2_str(self, obj):
        data = bytes(obj)
        if not self.bin:
            self.write(pickle.STRING + py2_repr(data) + b"\n")
        elif len(data) < 256:
            self.write(pickle.SHORT_BINSTRING + bytes([len(data)]) + data)
        else:
            self.write(pickle.BINSTRING + struct.pack("<i", len(data)) + data)
        self.memoize(obj)

    def save_py2_int(self, obj):
        self.write(pickle.INT + repr(int(obj)).encode() + b"\n")

    dispatch[Py2Str] = save_py2_str
    dispatch[Py2Int] = save_py2_int


def py2_dumps(obj, protocol):
    buf = io.BytesIO()
    Py2Pickler(buf, protocol).dump(obj)
    return buf.getvalue()


class Evil:
    def __reduce__(self):
        return (os.system, ("touch /tmp/charcoal-pwned",))


class Plain:
    def __init__(self):
        self.x = 1


class NewArgs:
    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})


class Persistent(pickle.Pickler):
    def persistent_id(self, obj):
        return "pid" if obj == "persist-me" else None


def persistent_dumps(obj, protocol):
    buf = io.BytesIO()
    Persistent(buf, protocol).dump(obj)
    return buf.getvalue()


def with_extension(obj, protocol):
    copyreg.add_extension(__name__, "Plain", 240)
    try:
        return pickle.dumps(obj, protocol)
    finally:
        copyreg.remove_extension(__name__, "Plain", 240)


POINTS = [("a.b.c", (1700000000, 1.5)), ("a.b.d", (1700000001.9, -2)),
          ("cpu;host=web01;dc=ams", (1700000002, 3)), ("big", (1700000003, 2**70)),
          ("neg", (-1, 4.25)), ("caf\u00e9", (1700000004, float("inf"))),
          ("nan", (1700000005, float("nan"))), ("ms", (1700000006123, 7))]
PY2_POINTS = [(Py2Str(b"a.b.c"), (1700000000, 1.5)), (Py2Str("caf\u00e9".encode()), (1, 2.0)),
              (Py2Str(b"q'uote\\d\"x\t"), (3, 4.0)), (Py2Str(b"ms"), (Py2Int(1700000006123), 5)),
              ("unicode-in-py2", (6, 7.0)), (Py2Str(b"x" * 300), (8, 9.0))]


def pickle_cases():
    """(label, payload, hostile, py) for each frame."""
    cases = []
    for p in range(6):
        cases.append(("py3 points protocol %d" % p, pickle.dumps(POINTS, p), False, "3"))
        cases.append(("py3 tuple of points protocol %d" % p, pickle.dumps(tuple(POINTS), p),
                      False, "3"))
        cases.append(("py3 list elements protocol %d" % p,
                      pickle.dumps([["a", [1, 2.0]], ("b", [3, 4.0])], p), False, "3"))
        cases.append(("py3 empty list protocol %d" % p, pickle.dumps([], p), False, "3"))
    for p in range(3):
        cases.append(("py2 points protocol %d" % p, py2_dumps(PY2_POINTS, p), False, "2"))
        cases.append(("py2 invalid utf-8 protocol %d" % p,
                      py2_dumps([(Py2Str(b"\xff"), (1, 2.0)), ("ok", (3, 4.0))], p), False, "2"))
    for p in (3, 4, 5):
        cases.append(("py3 bytes name protocol %d" % p,
                      pickle.dumps([(b"a.b", (1, 2.0)), ("c", (3, 4.0))], p), False, "3"))
    odd = [("ok", (1, 2.0)), ("str-numbers", ("1700000000", " 2.5 ")), ("two-char", "12"),
           ("bool", (True, False)), ("none", (None, 1)), ("none-value", (1, None)),
           ("short", (1,)), ("long", (1, 2, 3)), (1, 2), ("only-name",), "xy", 5, None,
           ("", (1, 2.0)), ("bad;tag", (1, 2.0)), ("a b", (1, 2.0)), ("underscore", ("1_0", "2_5")),
           ("bad-number", ("x", 1)), ("-1.5", (-1.5, 1)),
           ("big-ts", (10**30, 1)), ("ok-after", (2, 3.0))]
    for p in (0, 2, 4):
        cases.append(("odd elements protocol %d" % p, pickle.dumps(odd, p), False, "3"))
    cases.append(("bytes numbers protocol 3",
                  pickle.dumps([("bytes", (b"12", b" 3.5 ")), ("two-bytes", b"12"),
                                ("bad-bytes", (b"\xd9\xa1", 1))], 3), False, "3"))
    cases.append(("bytes numbers protocol 2 need a global",
                  pickle.dumps([("ok", (1, 2.0)), ("bytes", (b"12", 3))], 2), True, "3"))
    for label, point in (("int name", (7, (1, 2.0))), ("huge int value", ("h", (1, 10**400))),
                         ("infinite timestamp", ("i", (float("inf"), 1)))):
        cases.append((label, pickle.dumps([("ok", (1, 2.0)), point, ("after", (3, 4.0))], 2),
                      False, "3"))
    cases.append(("top level string", pickle.dumps("ab", 2), False, "3"))
    cases.append(("top level int", pickle.dumps(5, 2), False, "3"))
    cases.append(("top level None", pickle.dumps(None, 2), False, "3"))
    good = pickle.dumps(POINTS[:2], 2)
    for cut in (0, 1, 2, 5, len(good) // 2, len(good) - 1):
        cases.append(("truncated at %d" % cut, good[:cut], False, "3"))
    cases.append(("trailing garbage", good + b"garbage", False, "3"))
    cases.append(("invalid opcode", b"\x80\x02]\xff.", False, "-"))
    cases.append(("unsupported protocol", b"\x80\x06]." , False, "-"))
    cases.append(("stack underflow", b"\x80\x02\x86.", False, "-"))
    cases.append(("mark left on stack", b"(].", False, "-"))
    cases.append(("memo get missing", b"\x80\x02h\x05.", False, "-"))
    cases.append(("binunicode claims 2 GiB", b"\x80\x02]X\xff\xff\xff\x7fab.", False, "-"))
    cases.append(("binunicode claims 4 GiB", b"\x80\x02]X\xff\xff\xff\xffab.", False, "-"))
    cases.append(("binstring negative length", b"\x80\x02T\xff\xff\xff\xffab.", False, "-"))
    cases.append(("binbytes8 claims 1 TiB", b"\x80\x04\x8e\x00\x00\x00\x00\x00\x01\x00\x00ab.",
                  False, "-"))
    cases.append(("long4 claims 2 GiB", b"\x80\x02\x8b\xff\xff\xff\x7fab.", False, "-"))
    cases.append(("binunicode invalid utf-8", b"\x80\x02]X\x01\x00\x00\x00\xffa.", False, "-"))
    cases.append(("long text over 4300 digits", b"L" + b"9" * 5000 + b"L\n.", False, "-"))
    cases.append(("string not quoted", b"S'abc\n.", False, "-"))
    # Frames Charcoal refuses and answers by closing the connection.
    for p in range(6):
        cases.append(("os.system via reduce protocol %d" % p,
                      pickle.dumps([("a", (1, 2.0)), Evil()], p), True, "3"))
        cases.append(("object with state protocol %d" % p, pickle.dumps([Plain()], p), True, "3"))
        cases.append(("dict element protocol %d" % p,
                      pickle.dumps([("a", (1, 2.0)), {"b": 1}], p), True, "3"))
        cases.append(("set element protocol %d" % p, pickle.dumps([{1, 2}], p), True, "3"))
        cases.append(("persistent id protocol %d" % p,
                      persistent_dumps([("persist-me", (1, 2.0))], p), True, "3"))
    cases.append(("py2 os.system global", b"(lp0\n(S'a'\ncos\nsystem\n(S'id'\ntRI1\nttp1\na.",
                  True, "2"))
    cases.append(("py2 inst", b"(lp0\n(i__main__\nPlain\n(dp1\nba.", True, "2"))
    cases.append(("py2 obj", b"(lp0\n(c__main__\nPlain\noa.", True, "2"))
    cases.append(("newobj_ex", pickle.dumps([NewArgs()], 4), True, "3"))
    cases.append(("extension code", with_extension([Plain()], 2), True, "3"))
    cases.append(("frozenset", pickle.dumps([frozenset([1])], 4), True, "3"))
    cases.append(("bytearray protocol 5", pickle.dumps([bytearray(b"a")], 5), True, "3"))
    cases.append(("out-of-band buffer", oob_pickle(), True, "3"))
    return cases


def oob_pickle():
    buffers = []
    data = pickle.dumps([pickle.PickleBuffer(b"abc")], 5, buffer_callback=buffers.append)
    return data


def write_pickle(out):
    for label, payload, hostile, py in pickle_cases():
        frame = struct.pack("!L", len(payload)) + payload

        def feed(p, frame=frame):
            p.unpickler = get_unpickler(insecure=False)
            p.dataReceived(frame)
        result = run(feed, protocols.MetricPickleReceiver())
        line = {"label": label, "py": py, "hostile": hostile, "frame": b64(frame), **result}
        out.write(json.dumps(line) + "\n")
    # A frame one byte over carbon's 1 MiB limit, declared but not sent.
    result = run(feed_stream(struct.pack("!L", 2**20 + 1)), protocols.MetricPickleReceiver())
    out.write(json.dumps({"label": "frame over 1 MiB", "py": "-", "hostile": True,
                          "frame": b64(struct.pack("!L", 2**20 + 1)), **result}) + "\n")


def main():
    with open(os.path.join(HERE, "python-float.jsonl"), "w") as out:
        write_float(out, random.Random(2003))
    with open(os.path.join(HERE, "plaintext.jsonl"), "w") as out:
        write_plaintext(out)
    with open(os.path.join(HERE, "pickle.jsonl"), "w") as out:
        write_pickle(out)


if __name__ == "__main__":
    main()
