package dev.charcoal.ingest.statsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ByteSetTest {
  private static boolean add(ByteSet set, byte... member) {
    return set.add(member, 0, member.length);
  }

  @Test
  void countsDistinctStringsAsEtsysSetDoes() {
    ByteSet set = new ByteSet();
    assertThat(add(set, "a".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(add(set, "a".getBytes(StandardCharsets.UTF_8))).isFalse();
    add(set, "1".getBytes(StandardCharsets.UTF_8));
    add(set, "1.0".getBytes(StandardCharsets.UTF_8));
    add(set, "ü".getBytes(StandardCharsets.UTF_8));
    assertThat(add(set, "ü".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(set.size()).isEqualTo(4);
  }

  @Test
  void invalidUtf8IsTheReplacementCharacterItDecodesTo() {
    ByteSet set = new ByteSet();
    add(set, (byte) 0xff);
    assertThat(add(set, (byte) 0xfe)).isFalse();
    assertThat(add(set, (byte) 0xef, (byte) 0xbf, (byte) 0xbd)).as("U+FFFD itself").isFalse();
    assertThat(set.size()).isEqualTo(1);
  }

  @Property
  void sizeIsTheNumberOfDistinctDecodedStrings(
      @ForAll @Size(max = 300) List<@Size(max = 6) byte[]> members) {
    ByteSet set = new ByteSet();
    Set<String> strings = new HashSet<>();
    for (byte[] member : members) {
      boolean added = set.add(member, 0, member.length);
      assertThat(added).isEqualTo(strings.add(new String(member, StandardCharsets.UTF_8)));
    }
    assertThat(set.size()).isEqualTo(strings.size());
  }
}
