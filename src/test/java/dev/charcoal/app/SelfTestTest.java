package dev.charcoal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class SelfTestTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int run(SelfTest.FxCheck fx) {
    return new SelfTest(
            InstantSource.system(), fx, new PrintStream(out, true, StandardCharsets.UTF_8))
        .run();
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void passesEveryStepOnAWorkingInstallation() {
    assertThat(run(() -> "ok (fake)")).isZero();
    assertThat(output())
        .contains("selftest: store and listeners: ok, 6 listeners")
        .contains("selftest: carbon → render: ok")
        .contains("selftest: whisper: ok")
        .contains("selftest: javafx: ok (fake)")
        .endsWith("SELFTEST OK\n");
  }

  @Test
  void namesTheStepThatFails() {
    int code =
        run(
            () -> {
              throw new UnsatisfiedLinkError("no libglass");
            });
    assertThat(code).isEqualTo(1);
    assertThat(output()).contains("SELFTEST FAILED: javafx: ").contains("no libglass");
  }
}
