package dev.charcoal.ingest.carbon;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few pieces of Python's {@code str} that carbon's line protocol relies on: which characters
 * {@code split()} and {@code strip()} treat as whitespace, where {@code splitlines()} breaks, and a
 * strict UTF-8 decode. The ASCII members of both sets are also what the byte-level fast paths test.
 */
final class PythonText {
  private PythonText() {}

  /** {@code str.isspace()} for one character (Python 3.11, Unicode 14). */
  static boolean isWhitespace(int c) {
    if (c < 0x80) {
      return isAsciiWhitespace(c);
    }
    return c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }

  /** Whitespace for {@code split()} among ASCII: tab to carriage return, 0x1c to 0x1f, space. */
  static boolean isAsciiWhitespace(int c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  }

  /** Where {@code str.splitlines()} breaks among ASCII ({@code \r\n} counts as one break). */
  static boolean isAsciiLineBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e);
  }

  /** The line breaks of {@code str.splitlines()} beyond ASCII. */
  static boolean isNonAsciiLineBreak(int c) {
    return c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** {@code text.split()}: the runs between whitespace, none if it is all whitespace. */
  static List<String> split(String text) {
    List<String> fields = new ArrayList<>(3);
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        fields.add(text.substring(start, i));
      }
    }
    return fields;
  }

  /** Whether the bytes {@code [from, to)} are all ASCII. */
  static boolean isAscii(byte[] b, int from, int to) {
    int seen = 0;
    for (int i = from; i < to; i++) {
      seen |= b[i];
    }
    return seen >= 0;
  }

  /**
   * {@code bytes.decode('utf-8')}: the text, or null for invalid UTF-8 (which Python refuses with
   * UnicodeDecodeError, where Java's {@code new String} would silently substitute U+FFFD).
   */
  static String decodeUtf8(byte[] b, int from, int to) {
    if (isAscii(b, from, to)) { // nothing to check, and no decoder to make
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(b, from, to - from));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
