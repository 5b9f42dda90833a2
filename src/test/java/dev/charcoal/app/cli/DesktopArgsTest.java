package dev.charcoal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's arguments skip building the tools' commands; everything else still has them. */
class DesktopArgsTest {
  @TempDir Path tmp;

  @Test
  void onlyTheDesktopsOwnArgumentsSkipTheTools() {
    assertThat(Cli.opensTheDesktop(new String[] {})).isTrue();
    assertThat(Cli.opensTheDesktop(new String[] {"--data", "/d"})).isTrue();
    assertThat(Cli.opensTheDesktop(new String[] {"--data=/d"})).isTrue();
    assertThat(Cli.opensTheDesktop(new String[] {"--help"})).isFalse();
    assertThat(Cli.opensTheDesktop(new String[] {"serve"})).isFalse();
    assertThat(Cli.opensTheDesktop(new String[] {"--data", "/d", "serve"})).isFalse();
    assertThat(Cli.opensTheDesktop(new String[] {"--selftest"})).isFalse();
  }

  @Test
  void opensTheDesktopWithTheDataOptionInEitherSpelling() {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    CliRun run = CliRun.cli();

    assertThat(run.run("--data", a).exitCode()).isEqualTo(Cli.OK);
    assertThat(run.run("--data=" + b).exitCode()).isEqualTo(Cli.OK);

    assertThat(run.desktopStarts()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
  }
}
