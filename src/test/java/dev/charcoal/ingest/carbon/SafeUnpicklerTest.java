package dev.charcoal.ingest.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.razorvine.pickle.Unpickler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SafeUnpicklerTest {
  private static final int PROTO = 0x80;

  private static Object load(byte[] pickle) {
    return new SafeUnpickler(pickle, pickle.length).load();
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof Integer b) {
        out.write(b);
      } else if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
      } else {
        out.writeBytes((byte[]) part);
      }
    }
    return out.toByteArray();
  }

  private static void assertRefused(byte[] pickle, RejectReason reason, String message) {
    assertThatThrownBy(() -> load(pickle))
        .isInstanceOfSatisfying(PickleRejected.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageContaining(message);
  }

  @Test
  @SuppressWarnings("unchecked")
  void readsPlainData() {
    Object top =
        load(
            bytes(
                PROTO,
                2,
                "]q\u0000(X\u0003\u0000\u0000\u0000a.bJ\u0001\u0000\u0000\u0000G?\u00f8\u0000\u0000\u0000\u0000\u0000\u0000\u0086\u0086N\u0088\u0089e."));

    assertThat(top).isInstanceOf(List.class);
    List<Object> list = (List<Object>) top;
    assertThat(list).hasSize(4);
    assertThat((Object[]) list.get(0)).containsExactly("a.b", new Object[] {1, 1.5});
    assertThat(list.subList(1, 4)).containsExactly(null, true, false);
  }

  @Test
  void refusesAGlobalWithoutCallingItsConstructor() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Unpickler.registerConstructor(
        "charcoal_test",
        "Boom",
        args -> {
          calls.incrementAndGet();
          return "boom";
        });

    assertRefused(bytes("ccharcoal_test\nBoom\n)R."), RejectReason.UNSAFE_PICKLE, "GLOBAL");
    assertThat(calls).hasValue(0);
    // The same pickle through razorvine alone does call it.
    assertThat(new Unpickler().loads(bytes("ccharcoal_test\nBoom\n)R."))).isEqualTo("boom");
    assertThat(calls).hasValue(1);
  }

  @Test
  void refusesEveryOpcodeThatBuildsMoreThanPlainData() {
    String[][] refused = {
      {"P", "PERSID"},
      {"Q", "BINPERSID"},
      {"R", "REDUCE"},
      {"b", "BUILD"},
      {"c", "GLOBAL"},
      {"d", "DICT"},
      {"}", "EMPTY_DICT"},
      {"i", "INST"},
      {"o", "OBJ"},
      {"s", "SETITEM"},
      {"u", "SETITEMS"},
      {"\u0081", "NEWOBJ"},
      {"\u0082", "EXT1"},
      {"\u0083", "EXT2"},
      {"\u0084", "EXT4"},
      {"\u008f", "EMPTY_SET"},
      {"\u0090", "ADDITEMS"},
      {"\u0091", "FROZENSET"},
      {"\u0092", "NEWOBJ_EX"},
      {"\u0093", "STACK_GLOBAL"},
      {"\u0096", "BYTEARRAY8"},
      {"\u0097", "NEXT_BUFFER"},
      {"\u0098", "READONLY_BUFFER"},
    };
    for (String[] op : refused) {
      assertRefused(bytes(PROTO, 5, "(", op[0], "."), RejectReason.UNSAFE_PICKLE, op[1]);
    }
  }

  @Test
  void refusesLengthsBeyondTheFrameBeforeAllocating() {
    assertRefused(
        bytes("X\u00ff\u00ff\u00ff\u007fab."),
        RejectReason.MALFORMED_PICKLE,
        "length 2147483647 but 3 bytes left");
    assertRefused(
        bytes("X\u00ff\u00ff\u00ff\u00ffab."), RejectReason.MALFORMED_PICKLE, "length 4294967295");
    assertRefused(
        bytes("T\u00ff\u00ff\u00ff\u00ffab."), RejectReason.MALFORMED_PICKLE, "length 4294967295");
    assertRefused(
        bytes("B\u0000\u0000\u0000\u0040."), RejectReason.MALFORMED_PICKLE, "length 1073741824");
    assertRefused(
        bytes("\u008b\u00ff\u00ff\u00ff\u007f."),
        RejectReason.MALFORMED_PICKLE,
        "length 2147483647");
    assertRefused(
        bytes("\u008e\u0000\u0000\u0000\u0000\u0000\u0001\u0000\u0000."),
        RejectReason.MALFORMED_PICKLE,
        "length 1099511627776");
    assertRefused(
        bytes("\u008d\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff."),
        RejectReason.MALFORMED_PICKLE,
        "length 18446744073709551615");
    assertRefused(bytes("X\u0001\u0000"), RejectReason.MALFORMED_PICKLE, "ends inside a length");
  }

  @Test
  void decodesPython2StringsAsUtf8() {
    assertThat(load(bytes("S'caf\\xc3\\xa9'\n."))).isEqualTo("caf\u00e9");
    assertThat(load(bytes("U\u0005caf\u00c3\u00a9."))).isEqualTo("caf\u00e9");
    assertThat(load(bytes("T\u0005\u0000\u0000\u0000caf\u00c3\u00a9."))).isEqualTo("caf\u00e9");
    assertRefused(bytes("U\u0001\u00ff."), RejectReason.MALFORMED_PICKLE, "not UTF-8");
    assertRefused(
        bytes("X\u0001\u0000\u0000\u0000\u00ff."), RejectReason.MALFORMED_PICKLE, "not UTF-8");
  }

  @Test
  void readsTextNumbersAsPythonDoes() {
    assertThat(load(bytes("F1_0.5\n."))).isEqualTo(10.5);
    assertThat(load(bytes("Finf\n."))).isEqualTo(Double.POSITIVE_INFINITY);
    assertRefused(bytes("F0x10\n."), RejectReason.MALFORMED_PICKLE, "FLOAT");
    assertThat(load(bytes("L12345678901234567890123L\n.")).toString())
        .isEqualTo("12345678901234567890123");
    assertThat(load(bytes("L", "9".repeat(SafeUnpickler.MAX_LONG_DIGITS), "L\n."))).isNotNull();
    assertRefused(
        bytes("L", "9".repeat(SafeUnpickler.MAX_LONG_DIGITS + 1), "L\n."),
        RejectReason.MALFORMED_PICKLE,
        "digits");
  }

  @Test
  void reportsBrokenPicklesAsMalformed() {
    assertRefused(bytes(PROTO, 2, "]"), RejectReason.MALFORMED_PICKLE, "");
    assertRefused(bytes(PROTO, 2, "\u0086."), RejectReason.MALFORMED_PICKLE, "");
    assertRefused(bytes(PROTO, 2, "h\u0005."), RejectReason.MALFORMED_PICKLE, "memo");
    assertRefused(
        bytes(PROTO, 2, "]\u00ff."), RejectReason.MALFORMED_PICKLE, "invalid opcode 0xff");
    assertRefused(bytes(PROTO, 6, "]."), RejectReason.MALFORMED_PICKLE, "protocol");
    assertRefused(bytes(")(K\u0001a."), RejectReason.MALFORMED_PICKLE, "");
    assertRefused(bytes(")(K\u0001e."), RejectReason.MALFORMED_PICKLE, "not a list");
  }

  /** Hang guard, not a benchmark: with razorvine's own APPENDS this pickle takes ~50 s here. */
  @Test
  @Timeout(10)
  void appendsOneAtATimeInLinearTime() {
    int n = (PickleFrameDecoder.MAX_FRAME_LENGTH - 4) / 4;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(']');
    for (int i = 0; i < n; i++) {
      out.writeBytes(new byte[] {'(', 'K', 1, 'e'});
    }
    out.write('.');

    assertThat((List<?>) load(out.toByteArray())).hasSize(n);
  }

  /** Hang guard, not a benchmark: razorvine's own POP_MARK copies the whole stack each time. */
  @Test
  @Timeout(10)
  void popsMarksInLinearTime() {
    int n = PickleFrameDecoder.MAX_FRAME_LENGTH / 4;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('(');
    out.writeBytes("N".repeat(n).getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < n; i++) {
      out.writeBytes(new byte[] {'(', '1'});
    }
    out.writeBytes(new byte[] {'l', '.'});

    assertThat((List<?>) load(out.toByteArray())).hasSize(n);
  }

  @Test
  void buildsDeepAndSelfReferencingStructuresWithoutRecursing() {
    int depth = 200_000;
    byte[] deep = bytes("(".repeat(depth), "l".repeat(depth), ".");
    assertThat(load(deep)).isInstanceOf(List.class);

    Object self = load(bytes("]q\u0000h\u0000a."));
    assertThat((List<?>) self).singleElement().isSameAs(self);
  }
}
