package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyNamesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '→',
      quoteCharacter = '"',
      value = {
        "fo/o → fo-o",
        "b ar → b_ar",
        "foo+bar → foobar",
        "\"tab\tname\" → tab_name",
        "\"run \t\r of\" → run_of",
        "ünï → n",
        "dot..name. → dot..name.",
        "\"del é run\" → del__run",
        "nbsp\u00a0key → nbsp_key",
        "Keep-_.=;x=y → Keep-_.=;x=y",
        "\"\" → \"\"",
      })
  void sanitisesAsEtsyDoes(String key, String expected) {
    assertThat(KeyNames.sanitize(key)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} → {2}")
  @CsvSource(
      delimiter = '→',
      quoteCharacter = '"',
      value = {
        "k → env:prod,host:a → k;env=prod;host=a",
        "k → tag1:val;1 → k;tag1=val_1",
        "k → a:b:c,k;x;y:z → k;a=b:c;k_x;y=z",
        "k → t1,t2 → k;t1;t2",
        "k → a,,b → k;a;;b",
      })
  void joinsDogStatsdTagsAsEtsyDoes(String key, String tags, String expected) {
    assertThat(KeyNames.withTags(key, tags)).isEqualTo(expected);
  }

  @Property
  void sanitisedKeysAreCleanAndStayTheSame(@ForAll String key) {
    String clean = KeyNames.sanitize(key);
    for (char c : clean.toCharArray()) {
      assertThat(KeyNames.isAllowed(c)).as("'%s' in %s", c, clean).isTrue();
    }
    assertThat(KeyNames.sanitize(clean)).isEqualTo(clean);
  }
}
