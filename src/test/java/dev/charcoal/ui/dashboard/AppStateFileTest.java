package dev.charcoal.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.ui.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppStateFileTest {
  @TempDir Path data;

  @Test
  void aFirstRunHasNothingToReopen() throws IOException {
    assertThat(new AppStateFile(data).read()).isEqualTo(AppState.INITIAL);
  }

  @Test
  void theStateReadsBackAsWritten() throws IOException {
    AppState state = AppState.INITIAL.used("a").used("b").withTheme(Theme.DARK);
    AppStateFile file = new AppStateFile(data);

    file.write(state);

    assertThat(file.read()).isEqualTo(state);
    assertThat(file.read().last()).isEqualTo("b");
    assertThat(file.read().recent()).containsExactly("b", "a");
  }

  @Test
  void aDamagedFileIsReportedWithItsName() throws IOException {
    Files.writeString(data.resolve(AppStateFile.NAME), "{\"last\": ");

    assertThatThrownBy(() -> new AppStateFile(data).read())
        .isInstanceOf(IOException.class)
        .hasMessageContaining(AppStateFile.NAME)
        .hasMessageContaining("damaged");
  }

  @Test
  void usingADashboardPutsItFirstAndTheListStaysShort() {
    AppState state = AppState.INITIAL;
    for (int i = 0; i < 12; i++) {
      state = state.used("d" + i);
    }
    state = state.used("d5");

    assertThat(state.recent()).hasSize(AppState.MAX_RECENT).startsWith("d5", "d11", "d10");
    assertThat(state.recent()).containsOnlyOnce("d5");
    assertThat(state.forget("d5").recent()).doesNotContain("d5");
    assertThat(state.forget("d5").last()).isEmpty();
    assertThat(new AppState("x", List.of("x"), Theme.LIGHT).forget("y").last()).isEqualTo("x");
  }
}
