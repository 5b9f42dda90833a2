package dev.charcoal.ingest.carbon;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleUtils;
import net.razorvine.pickle.Unpickler;

/**
 * razorvine's unpickler restricted to plain data, which is all a carbon pickle holds: lists,
 * tuples, str and bytes, int and float, None and bools. Every opcode is checked before razorvine
 * sees it; one that builds anything else (GLOBAL, STACK_GLOBAL, REDUCE, BUILD, INST, OBJ, NEWOBJ,
 * NEWOBJ_EX, EXT1/2/4, PERSID, BINPERSID, dicts, sets, bytearrays, out-of-band buffers) is refused
 * unexecuted as {@link RejectReason#UNSAFE_PICKLE}. This is stricter than carbon's SafeUnpickler,
 * which under Python 3 refuses every global but still builds dicts and sets.
 *
 * <p>A hostile frame cannot make it allocate beyond a small multiple of the frame's own size: every
 * length read from the pickle is checked against the bytes actually left before razorvine allocates
 * for it, and the opcodes razorvine implements with a {@code trimToSize} per call (quadratic when
 * repeated) or an unbounded-cost parse ({@code LONG}'s decimal digits) are done here instead.
 * Pickles are linear (no jumps), so decoding ends after at most one step per byte.
 *
 * <p>Strings follow Python 3's {@code Unpickler(encoding='utf-8')}, as carbon uses it: a Python 2
 * {@code str} (STRING, BINSTRING, SHORT_BINSTRING) is decoded as UTF-8 and refuses the frame if it
 * is not, and so does invalid UTF-8 in a unicode string. Anything that does not unpickle is {@link
 * RejectReason#MALFORMED_PICKLE}. One instance per frame.
 */
final class SafeUnpickler extends Unpickler {
  /** Python refuses {@code int()} of a longer decimal string (sys.int_max_str_digits). */
  static final int MAX_LONG_DIGITS = 4300;

  private static final int OPCODES = 256;
  private static final boolean[] DATA = new boolean[OPCODES];
  private static final String[] REFUSED = new String[OPCODES];

  static {
    short[] data = {
      Opcodes.MARK,
      Opcodes.STOP,
      Opcodes.POP,
      Opcodes.POP_MARK,
      Opcodes.DUP,
      Opcodes.FLOAT,
      Opcodes.INT,
      Opcodes.BININT,
      Opcodes.BININT1,
      Opcodes.LONG,
      Opcodes.BININT2,
      Opcodes.NONE,
      Opcodes.STRING,
      Opcodes.BINSTRING,
      Opcodes.SHORT_BINSTRING,
      Opcodes.UNICODE,
      Opcodes.BINUNICODE,
      Opcodes.APPEND,
      Opcodes.APPENDS,
      Opcodes.GET,
      Opcodes.BINGET,
      Opcodes.LONG_BINGET,
      Opcodes.LIST,
      Opcodes.EMPTY_LIST,
      Opcodes.PUT,
      Opcodes.BINPUT,
      Opcodes.LONG_BINPUT,
      Opcodes.TUPLE,
      Opcodes.EMPTY_TUPLE,
      Opcodes.BINFLOAT,
      Opcodes.PROTO,
      Opcodes.TUPLE1,
      Opcodes.TUPLE2,
      Opcodes.TUPLE3,
      Opcodes.NEWTRUE,
      Opcodes.NEWFALSE,
      Opcodes.LONG1,
      Opcodes.LONG4,
      Opcodes.BINBYTES,
      Opcodes.SHORT_BINBYTES,
      Opcodes.SHORT_BINUNICODE,
      Opcodes.BINUNICODE8,
      Opcodes.BINBYTES8,
      Opcodes.MEMOIZE,
      Opcodes.FRAME,
    };
    for (short op : data) {
      DATA[op] = true;
    }
    refuse(Opcodes.PERSID, "PERSID");
    refuse(Opcodes.BINPERSID, "BINPERSID");
    refuse(Opcodes.REDUCE, "REDUCE");
    refuse(Opcodes.BUILD, "BUILD");
    refuse(Opcodes.GLOBAL, "GLOBAL");
    refuse(Opcodes.DICT, "DICT");
    refuse(Opcodes.EMPTY_DICT, "EMPTY_DICT");
    refuse(Opcodes.INST, "INST");
    refuse(Opcodes.OBJ, "OBJ");
    refuse(Opcodes.SETITEM, "SETITEM");
    refuse(Opcodes.SETITEMS, "SETITEMS");
    refuse(Opcodes.NEWOBJ, "NEWOBJ");
    refuse(Opcodes.EXT1, "EXT1");
    refuse(Opcodes.EXT2, "EXT2");
    refuse(Opcodes.EXT4, "EXT4");
    refuse(Opcodes.EMPTY_SET, "EMPTY_SET");
    refuse(Opcodes.ADDITEMS, "ADDITEMS");
    refuse(Opcodes.FROZENSET, "FROZENSET");
    refuse(Opcodes.NEWOBJ_EX, "NEWOBJ_EX");
    refuse(Opcodes.STACK_GLOBAL, "STACK_GLOBAL");
    refuse(Opcodes.BYTEARRAY8, "BYTEARRAY8");
    refuse(Opcodes.NEXT_BUFFER, "NEXT_BUFFER");
    refuse(Opcodes.READONLY_BUFFER, "READONLY_BUFFER");
  }

  private final Frame frame;

  /** Reads the pickle in {@code bytes[0, length)}, which must not change until {@link #load}. */
  SafeUnpickler(byte[] bytes, int length) {
    frame = new Frame(bytes, length);
  }

  /**
   * The unpickled object: lists as {@link List}, tuples as {@code Object[]}, str as String, bytes
   * as {@code byte[]}, int as Integer, Long or BigInteger, float as Double, bools and null.
   *
   * @throws PickleRejected if the pickle is unsafe or malformed
   */
  Object load() {
    try {
      return load(frame);
    } catch (PickleRejected e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Truncation, stack underflow, a bad memo key, a list op on a tuple (razorvine throws
      // PickleException or a plain RuntimeException for these): all malformed input.
      String message = e.getMessage();
      throw malformed(message == null ? e.getClass().getSimpleName() : message);
    }
  }

  @Override
  protected Object dispatch(short key) throws IOException {
    if (!DATA[key]) {
      if (REFUSED[key] != null) {
        throw new PickleRejected(
            RejectReason.UNSAFE_PICKLE, "refused opcode " + REFUSED[key] + " (not plain data)");
      }
      throw malformed("invalid opcode 0x" + Integer.toHexString(key));
    }
    switch (key) {
      case Opcodes.BINUNICODE -> pushUtf8(readBytes(frame.lengthField(Integer.BYTES)));
      case Opcodes.SHORT_BINUNICODE -> pushUtf8(readBytes(frame.lengthField(1)));
      case Opcodes.BINUNICODE8 -> pushUtf8(readBytes(frame.lengthField(Long.BYTES)));
      case Opcodes.STRING, Opcodes.SHORT_BINSTRING -> {
        super.dispatch(key);
        pushUtf8(((String) stack.pop()).getBytes(StandardCharsets.ISO_8859_1));
      }
      case Opcodes.BINSTRING -> {
        frame.checkLengthField(Integer.BYTES);
        super.dispatch(key);
        pushUtf8(((String) stack.pop()).getBytes(StandardCharsets.ISO_8859_1));
      }
      case Opcodes.BINBYTES, Opcodes.LONG4 -> {
        frame.checkLengthField(Integer.BYTES);
        super.dispatch(key);
      }
      case Opcodes.BINBYTES8 -> {
        frame.checkLengthField(Long.BYTES);
        super.dispatch(key);
      }
      case Opcodes.LONG -> stack.add(parseLong(PickleUtils.readline(frame)));
      case Opcodes.FLOAT -> stack.add(parseFloat(PickleUtils.readline(frame)));
      case Opcodes.APPENDS -> appends();
      case Opcodes.POP_MARK -> stack.pop_all_since_marker();
      default -> {
        return super.dispatch(key);
      }
    }
    return NO_RETURN_VALUE;
  }

  private static void refuse(short op, String name) {
    REFUSED[op] = name;
  }

  private byte[] readBytes(int length) throws IOException {
    return PickleUtils.readbytes(frame, length);
  }

  private void pushUtf8(byte[] bytes) {
    String text = PythonText.decodeUtf8(bytes, 0, bytes.length);
    if (text == null) {
      throw malformed("string is not UTF-8");
    }
    stack.add(text);
  }

  /**
   * Python's {@code int()} of LONG's argument, {@code 123L} or {@code -5}, with its digit limit.
   */
  private static Number parseLong(String line) {
    String digits = line.endsWith("L") ? line.substring(0, line.length() - 1) : line;
    int start = digits.startsWith("-") || digits.startsWith("+") ? 1 : 0;
    if (digits.length() - start > MAX_LONG_DIGITS) {
      throw malformed("LONG with more than " + MAX_LONG_DIGITS + " digits");
    }
    try {
      return PickleUtils.optimizeBigint(new BigInteger(digits));
    } catch (NumberFormatException e) {
      throw malformed("LONG is not a number");
    }
  }

  /** Python's {@code float()} of FLOAT's argument (razorvine's would be Java's parseDouble). */
  private static double parseFloat(String line) {
    double value = PythonFloat.parseBytes(line.getBytes(StandardCharsets.ISO_8859_1));
    if (PythonFloat.isInvalid(value)) {
      throw malformed("FLOAT is not a number");
    }
    return value;
  }

  /** APPENDS without razorvine's trimToSize, which makes repeated small APPENDS quadratic. */
  @SuppressWarnings("unchecked")
  private void appends() {
    List<Object> items = stack.pop_all_since_marker();
    if (!(stack.peek() instanceof List<?> list)) {
      throw malformed("APPENDS to something that is not a list");
    }
    ((List<Object>) list).addAll(items);
  }

  private static PickleRejected malformed(String message) {
    return new PickleRejected(RejectReason.MALFORMED_PICKLE, message);
  }

  /** The frame as razorvine's input stream, able to check a length field against what is left. */
  private static final class Frame extends ByteArrayInputStream {
    Frame(byte[] bytes, int length) {
      super(bytes, 0, length);
    }

    /** Reads a little-endian length field and checks it against the bytes after it. */
    int lengthField(int width) {
      int length = checkLengthField(width);
      skip(width);
      return length;
    }

    /** Checks the little-endian length field at the read position without consuming it. */
    int checkLengthField(int width) {
      int left = count - pos - width;
      if (left < 0) {
        throw malformed("pickle ends inside a length");
      }
      long length = 0;
      for (int i = width - 1; i >= 0; i--) {
        length = (length << 8) | (buf[pos + i] & 0xff);
      }
      // Unsigned: a "negative" 8-byte length is beyond any frame too.
      if (length < 0 || length > left) {
        throw malformed("length " + Long.toUnsignedString(length) + " but " + left + " bytes left");
      }
      return (int) length;
    }
  }
}
