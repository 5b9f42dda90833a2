package dev.charcoal.api.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes query strings and {@code application/x-www-form-urlencoded} bodies as Django 3.2 does
 * (Python's {@code parse_qsl} with blank values kept): fields split on {@code &} only (so tagged
 * names keep their {@code ;}), {@code +} is a space, a name without {@code =} has the value {@code
 * ""}, bad percent escapes stay as written and bad UTF-8 becomes U+FFFD.
 */
public final class FormData {
  /** Django's {@code DATA_UPLOAD_MAX_NUMBER_FIELDS}: more fields than this is a bad request. */
  public static final int MAX_FIELDS = 1000;

  private FormData() {}

  /**
   * Parses raw bytes (a query string or a form body): UTF-8, or Latin-1 when they are not UTF-8, as
   * Django falls back.
   *
   * @throws BadRequestException more than {@link #MAX_FIELDS} fields
   */
  public static Params parse(byte[] raw) throws BadRequestException {
    return parse(decodeText(raw));
  }

  /** Parses text already decoded. */
  public static Params parse(String text) throws BadRequestException {
    Params.Builder params = Params.builder();
    if (text.isEmpty()) {
      return params.build();
    }
    int fields = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '&') {
        fields++;
      }
    }
    if (fields > MAX_FIELDS) {
      throw new BadRequestException(
          "The number of GET/POST parameters exceeded " + MAX_FIELDS + " fields");
    }
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('&', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        String field = text.substring(start, end);
        int eq = field.indexOf('=');
        String name = eq < 0 ? field : field.substring(0, eq);
        String value = eq < 0 ? "" : field.substring(eq + 1);
        params.add(unquote(name, true), unquote(value, true));
      }
      start = end + 1;
    }
    return params.build();
  }

  /** The bytes as UTF-8 text, or Latin-1 when they are not valid UTF-8. */
  static String decodeText(byte[] raw) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(raw, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Python's {@code unquote} (after {@code +} → space when {@code plus}): {@code %XX} escapes
   * become bytes, decoded as UTF-8 with replacement; a {@code %} not followed by two hex digits is
   * kept.
   */
  public static String unquote(String text, boolean plus) {
    if (text.indexOf('%') < 0) {
      return plus ? text.replace('+', ' ') : text;
    }
    StringBuilder out = new StringBuilder(text.length());
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < n && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
        pending.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 2;
      } else if (c < 0x80) {
        pending.write(plus && c == '+' ? ' ' : c);
      } else {
        flush(pending, out);
        out.append(c);
      }
    }
    flush(pending, out);
    return out.toString();
  }

  private static void flush(ByteArrayOutputStream pending, StringBuilder out) {
    if (pending.size() > 0) {
      out.append(new String(pending.toByteArray(), StandardCharsets.UTF_8));
      pending.reset();
    }
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
