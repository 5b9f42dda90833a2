package dev.charcoal.store.whisper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings printed by CPython 3.11's {@code '%10.35g' % v} and {@code '%g' % v}. */
class PrintfGTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.0|'         0'|0",
        "-0.0|'        -0'|-0",
        "1.0|'         1'|1",
        "-1.5|'      -1.5'|-1.5",
        "0.1|0.1000000000000000055511151231257827|0.1",
        "1e-05|1.0000000000000000818030539140313095e-05|1e-05",
        "123456789.123|123456789.1229999959468841552734375|1.23457e+08",
        "1e+35|99999999999999996863366107917975552|1e+35",
        "1e+34|9999999999999999455752309870428160|1e+34",
        "3.14159e-300|3.1415900000000002708339815786099882e-300|3.14159e-300",
        "Infinity|'       inf'|inf",
        "NaN|'       nan'|nan",
        "2.5e-05|2.50000000000000011980434005964824e-05|2.5e-05",
        "0.0001|0.0001000000000000000047921736023859296|0.0001",
        "0.3333333333333333|0.33333333333333331482961625624739099|0.333333",
      })
  void formatsLikeCPrintf(String value, String wide, String short6) {
    double v = Double.parseDouble(value);
    assertThat(PrintfG.format(v, 10, 35)).isEqualTo(wide);
    assertThat(PrintfG.format(v, 6)).isEqualTo(short6);
  }
}
