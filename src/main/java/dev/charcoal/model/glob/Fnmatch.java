package dev.charcoal.model.glob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code fnmatch.fnmatchcase} (3.11): {@code *}, {@code ?}, {@code [abc]}, {@code [a-z]},
 * {@code [!a]}, case-sensitive, compared by code point. The bracket rules follow {@code
 * fnmatch.translate} exactly: an unclosed {@code [} is literal, a {@code ]} right after {@code [}
 * or {@code [!} is a member, reversed ranges such as {@code [z-a]} are dropped, an empty set never
 * matches. Matching is the usual iterative glob walk, linear in practice and never exponential.
 */
final class Fnmatch {
  private static final int STAR = -1;
  private static final int ANY = -2;
  private static final int NEVER = -3;
  private static final int SET = -4;

  /** One token: a code point, or STAR/ANY/NEVER, or SET with its set. */
  private record Token(int kind, CharSet set) {}

  /** Members as inclusive code point ranges, maybe negated. */
  private record CharSet(boolean negated, List<int[]> ranges) {
    boolean contains(int c) {
      for (int[] range : ranges) {
        if (c >= range[0] && c <= range[1]) {
          return !negated;
        }
      }
      return negated;
    }
  }

  private final List<Token> tokens;

  private Fnmatch(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Fnmatch compile(String pattern) {
    int[] pat = pattern.codePoints().toArray();
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = pat.length;
    while (i < n) {
      int c = pat[i++];
      if (c == '*') {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind != STAR) {
          tokens.add(new Token(STAR, null));
        }
      } else if (c == '?') {
        tokens.add(new Token(ANY, null));
      } else if (c == '[') {
        int j = i;
        if (j < n && pat[j] == '!') {
          j++;
        }
        if (j < n && pat[j] == ']') {
          j++;
        }
        while (j < n && pat[j] != ']') {
          j++;
        }
        if (j >= n) {
          tokens.add(new Token('[', null));
        } else {
          tokens.add(bracket(pat, i, j));
          i = j + 1;
        }
      } else {
        tokens.add(new Token(c, null));
      }
    }
    return new Fnmatch(tokens);
  }

  /** The set between '[' (exclusive, at {@code from}) and ']' (at {@code to}). */
  private static Token bracket(int[] pat, int from, int to) {
    List<Integer> stuff = new ArrayList<>();
    if (indexOf(pat, '-', from, to) < 0) {
      appendEscaped(stuff, slice(pat, from, to), "\\");
    } else {
      // fnmatch.translate: split at the hyphens that make ranges, drop reversed ranges.
      List<List<Integer>> chunks = new ArrayList<>();
      int i = from;
      int k = pat[from] == '!' ? from + 2 : from + 1;
      while (true) {
        k = indexOf(pat, '-', k, to);
        if (k < 0) {
          break;
        }
        chunks.add(slice(pat, i, k));
        i = k + 1;
        k = k + 3;
      }
      List<Integer> last = slice(pat, i, to);
      if (!last.isEmpty()) {
        chunks.add(last);
      } else {
        chunks.get(chunks.size() - 1).add((int) '-');
      }
      for (int c = chunks.size() - 1; c > 0; c--) {
        List<Integer> before = chunks.get(c - 1);
        List<Integer> after = chunks.get(c);
        if (before.isEmpty() || after.isEmpty()) {
          throw new IllegalArgumentException("bad character range in glob"); // Python: IndexError
        }
        if (before.get(before.size() - 1) > after.get(0)) {
          List<Integer> merged = new ArrayList<>(before.subList(0, before.size() - 1));
          merged.addAll(after.subList(1, after.size()));
          chunks.set(c - 1, merged);
          chunks.remove(c);
        }
      }
      for (int c = 0; c < chunks.size(); c++) {
        if (c > 0) {
          stuff.add((int) '-');
        }
        appendEscaped(stuff, chunks.get(c), "\\-");
      }
    }
    if (stuff.isEmpty()) {
      return new Token(NEVER, null);
    }
    if (stuff.size() == 1 && stuff.get(0) == '!') {
      return new Token(ANY, null);
    }
    boolean negated = stuff.get(0) == '!';
    if (negated) {
      stuff.remove(0);
    }
    // A leading '^' or '[' is escaped by translate; both are plain members here anyway.
    return new Token(SET, new CharSet(negated, regexClass(stuff)));
  }

  /** translate escapes backslashes (and hyphens inside chunks), then &, ~ and | everywhere. */
  private static void appendEscaped(List<Integer> out, List<Integer> chars, String escaped) {
    for (int c : chars) {
      if (escaped.indexOf(c) >= 0 || c == '&' || c == '~' || c == '|') {
        out.add((int) '\\');
      }
      out.add(c);
    }
  }

  /** Python's sre reading of a class body: {@code \x} literals and {@code a-z} ranges. */
  private static List<int[]> regexClass(List<Integer> body) {
    List<int[]> ranges = new ArrayList<>();
    int i = 0;
    while (i < body.size()) {
      int low = body.get(i) == '\\' && i + 1 < body.size() ? body.get(++i) : body.get(i);
      i++;
      if (i < body.size() && body.get(i) == '-') {
        if (i + 1 >= body.size()) {
          // "a-" at the end: both literal.
          ranges.add(new int[] {low, low});
          ranges.add(new int[] {'-', '-'});
          break;
        }
        i++;
        int high = body.get(i) == '\\' && i + 1 < body.size() ? body.get(++i) : body.get(i);
        i++;
        if (high < low) {
          throw new IllegalArgumentException("bad character range in glob"); // Python: re.error
        }
        ranges.add(new int[] {low, high});
      } else {
        ranges.add(new int[] {low, low});
      }
    }
    return ranges;
  }

  boolean matches(String name) {
    int[] text = codePoints(name);
    int t = 0;
    int p = 0;
    int starP = -1;
    int starT = -1;
    while (t < text.length) {
      if (p < tokens.size() && tokens.get(p).kind == STAR) {
        starP = p++;
        starT = t;
      } else if (p < tokens.size() && matchesOne(tokens.get(p), text[t])) {
        p++;
        t++;
      } else if (starP >= 0) {
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < tokens.size() && tokens.get(p).kind == STAR) {
      p++;
    }
    return p == tokens.size();
  }

  /** {@code s.codePoints().toArray()} without the stream, which cost most of a match. */
  private static int[] codePoints(String s) {
    int[] out = new int[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      out[n++] = c;
      i += Character.charCount(c);
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static boolean matchesOne(Token token, int c) {
    return switch (token.kind) {
      case ANY -> true;
      case NEVER -> false;
      case SET -> token.set.contains(c);
      default -> token.kind == c;
    };
  }

  private static int indexOf(int[] pat, int c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (pat[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static List<Integer> slice(int[] pat, int from, int to) {
    List<Integer> out = new ArrayList<>(Math.max(0, to - from));
    for (int i = from; i < to; i++) {
      out.add(pat[i]);
    }
    return out;
  }
}
