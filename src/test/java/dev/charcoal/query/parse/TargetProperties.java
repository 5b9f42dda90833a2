package dev.charcoal.query.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Printing and re-parsing keeps a tree; garbage only ever gives a TargetParseException. */
class TargetProperties {
  private static final String[] NAMES = {
    "a",
    "web1",
    "cpu",
    "sum",
    "template",
    "true",
    "none",
    "inf",
    "$1",
    "$x",
    "1",
    "-1",
    "2h",
    "1e3",
    "1.5"
  };
  private static final String[] PATH_BITS = {
    "*", "?", "[ab]", "[!a]", "{a,b}", "-", ":", "#", "@", "%", "=", "^", "~", ";", "!", "\\(",
    "\\)", "\\,", "\\.", "\\{", "\\}", "\\'", "\\\"", "\\\\", "\\|", "\\="
  };
  private static final String[] FUNCTIONS = {
    "sumSeries", "alias", "f", "seriesByTag", "template", "g_2"
  };
  private static final String[] LITERALS = {
    "1",
    "-20",
    "0.5",
    "1E5",
    "-2.5e-3",
    "true",
    "False",
    "None",
    "inf",
    "'x'",
    "\"y z\"",
    "'a\\'b'",
    "\"it's\"",
    "'say \"hi\"'",
    "''",
    "'a''b'"
  };

  @Property(tries = 2000)
  void printedTreesParseBackToTheSameTree(@ForAll("targets") String target) {
    Expression tree;
    try {
      tree = TargetParser.parse(target);
    } catch (TargetParseException e) {
      Assume.that(false);
      return;
    }
    String printed = TargetPrinter.print(tree);
    Expression reparsed = TargetParser.parse(printed);
    assertThat(Trees.withoutSpans(reparsed)).as(printed).isEqualTo(Trees.withoutSpans(tree));
    assertThat(TargetPrinter.print(reparsed)).isEqualTo(printed);
  }

  @Property(tries = 3000)
  void garbageOnlyEverGivesAParseError(@ForAll("garbage") String target) {
    try {
      TargetParser.parse(target);
    } catch (TargetParseException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      assertThat(e.position()).isBetween(0, TargetParser.source(target).length());
    }
  }

  @Property(tries = 1000)
  void mutatedTargetsOnlyEverGiveAParseError(@ForAll("mutated") String target) {
    garbageOnlyEverGivesAParseError(target);
  }

  @Provide
  Arbitrary<String> targets() {
    return Arbitraries.randomValue(random -> expression(random, 0));
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.strings()
        .withChars("(){},.'\"\\|= \t\n$-_1aZ;[]*?eE!")
        .withCharRange('\u0000', '\u00ff')
        .ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> mutated() {
    return Arbitraries.randomValue(
        random -> {
          StringBuilder text = new StringBuilder(expression(random, 0));
          for (int i = 0; i < 1 + random.nextInt(3) && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            String noise = "(){},.'\"\\|= $";
            if (random.nextBoolean()) {
              text.deleteCharAt(at);
            } else {
              text.insert(at, noise.charAt(random.nextInt(noise.length())));
            }
          }
          return text.toString();
        });
  }

  private static String expression(Random random, int depth) {
    String expression;
    int kind = random.nextInt(10);
    if (depth > 3 || kind < 4) {
      expression = path(random);
    } else if (kind < 8) {
      StringBuilder call = new StringBuilder(pick(random, FUNCTIONS)).append('(');
      int args = random.nextInt(4);
      for (int i = 0; i < args; i++) {
        call.append(i > 0 ? (random.nextBoolean() ? ", " : ",") : "")
            .append(arg(random, depth + 1));
      }
      if (args > 0 && random.nextInt(3) == 0) {
        call.append(", k=").append(arg(random, depth + 1));
      }
      expression = call.append(')').toString();
    } else {
      expression =
          "template("
              + (random.nextBoolean() ? path(random) : expression(random, depth + 1))
              + (random.nextBoolean()
                  ? ", " + pick(random, LITERALS)
                  : ", x=" + pick(random, LITERALS))
              + ")";
    }
    while (random.nextInt(5) == 0) {
      expression += (random.nextBoolean() ? "|" : " | ") + "f(" + arg(random, depth + 1) + ")";
    }
    return expression;
  }

  private static String arg(Random random, int depth) {
    return random.nextInt(3) == 0 ? pick(random, LITERALS) : expression(random, depth);
  }

  private static String path(Random random) {
    StringBuilder path = new StringBuilder();
    int nodes = 1 + random.nextInt(3);
    for (int n = 0; n < nodes; n++) {
      if (n > 0) {
        path.append('.');
      }
      int parts = 1 + random.nextInt(3);
      for (int p = 0; p < parts; p++) {
        path.append(random.nextBoolean() ? pick(random, NAMES) : pick(random, PATH_BITS));
      }
    }
    return path.toString();
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
