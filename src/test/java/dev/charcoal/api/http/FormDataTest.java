package dev.charcoal.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Query strings and form bodies decoded as Django 3.2 on Python 3.11 decodes them. */
class FormDataTest {
  @Test
  void keepsRepeatedAndBlankFieldsInOrder() throws Exception {
    Params params = FormData.parse("target=a.b&target=&noNullPoints&x=1&x=2");
    assertThat(params.getList("target")).containsExactly("a.b", "");
    assertThat(params.get("noNullPoints")).isEmpty();
    assertThat(params.get("x")).isEqualTo("2");
    assertThat(params.has("y")).isFalse();
  }

  @Test
  void splitsOnAmpersandOnlySoTaggedNamesKeepTheirSemicolons() throws Exception {
    Params params = FormData.parse("path=disk.used;rack=a1;dc=dc1&&x=y=z");
    assertThat(params.get("path")).isEqualTo("disk.used;rack=a1;dc=dc1");
    assertThat(params.get("x")).isEqualTo("y=z");
  }

  @Test
  void decodesPlusAndPercentEscapesLikeUnquotePlus() throws Exception {
    Params params = FormData.parse("a=1+2%2B3&b=%C3%A9t%C3%A9&c=%zz%4&d=%FF&e%5B%5D=v");
    assertThat(params.get("a")).isEqualTo("1 2+3");
    assertThat(params.get("b")).isEqualTo("\u00e9t\u00e9");
    assertThat(params.get("c")).isEqualTo("%zz%4");
    assertThat(params.get("d")).isEqualTo("\uFFFD");
    assertThat(params.get("e[]")).isEqualTo("v");
  }

  @Test
  void readsRawUtf8AndFallsBackToLatin1() throws Exception {
    assertThat(FormData.parse("q=\u00e9".getBytes(StandardCharsets.UTF_8)).get("q"))
        .isEqualTo("\u00e9");
    assertThat(FormData.parse(new byte[] {'q', '=', (byte) 0xE9}).get("q")).isEqualTo("\u00e9");
  }

  @Test
  void refusesMoreFieldsThanDjango() {
    String many = "a=1&".repeat(FormData.MAX_FIELDS);
    assertThatThrownBy(() -> FormData.parse(many))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("1000");
  }

  @Test
  void mergesPostAfterGetAsQueryDictUpdate() throws Exception {
    Params get = FormData.parse("target=a&format=csv");
    Params post = FormData.parse("target=b&format=json");
    Params merged = get.merge(post);
    assertThat(merged.getList("target")).isEqualTo(List.of("a", "b"));
    assertThat(merged.get("format")).isEqualTo("json");
  }

  @Property(tries = 500)
  void neverFailsOnAnyTextBelowTheFieldLimit(@ForAll String text) throws Exception {
    String input = text.replace("&", "");
    assertThat(FormData.parse(input).asMap()).isNotNull();
  }
}
