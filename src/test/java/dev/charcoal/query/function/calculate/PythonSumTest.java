package dev.charcoal.query.function.calculate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** {@link PythonSum} keeps Python's exact int sums until a float comes. */
class PythonSumTest {
  @Test
  void staysExactBeyondWhatADoubleHolds() {
    PythonSum sum = new PythonSum();
    long big = (1L << 53) + 1; // not a double

    sum.addInt(big);
    sum.addSquare(3_037_000_499.0, true);
    sum.subtract(1, true);

    BigInteger expected =
        BigInteger.valueOf(big)
            .add(BigInteger.valueOf(3_037_000_499L).pow(2))
            .subtract(BigInteger.ONE);
    assertThat(sum.exact()).isTrue();
    assertThat(sum.exactValue()).isEqualTo(expected);
  }

  @Test
  void theFirstFloatTurnsItIntoAFloatForGood() {
    PythonSum sum = new PythonSum();

    sum.add(3, true);
    sum.add(0.5, false);
    sum.add(2, true);

    assertThat(sum.exact()).isFalse();
    assertThat(sum.value()).isEqualTo(5.5);
  }
}
