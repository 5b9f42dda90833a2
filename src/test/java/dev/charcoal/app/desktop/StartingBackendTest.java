package dev.charcoal.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.Event;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.backend.BackendStatus;
import dev.charcoal.ui.backend.DisconnectedBackend;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.backend.Settings;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The window's backend while the services start: calls wait for them, then go to them. */
class StartingBackendTest {
  private static final long WAIT_SECONDS = 60;

  @Test
  void forwardsEveryMethodOfBackendDefaultsIncluded() {
    for (Method method : Backend.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      assertThat(declares(method))
          .as("StartingBackend forwards %s (a default would answer for the services)", method)
          .isTrue();
    }
  }

  private static boolean declares(Method method) {
    try {
      StartingBackend.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void aCallMadeBeforeTheStartEndsIsAnsweredByTheStartedBackend() throws Exception {
    CompletableFuture<Backend> started = new CompletableFuture<>();
    StartingBackend backend = new StartingBackend(started);
    CompletableFuture<List<String>> metrics =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return backend.metrics("servers.*", name -> true, 10);
              } catch (BackendException e) {
                throw new IllegalStateException(e);
              }
            });
    CompletableFuture<BackendStatus> status = CompletableFuture.supplyAsync(backend::status);
    assertThat(metrics).as("waits for the start").isNotDone();

    FakeBackend services = new FakeBackend("servers.web1", "servers.web2");
    BackendStatus running =
        new BackendStatus(Map.of("http", "127.0.0.1:8080"), 5, 0, "ok", List.of());
    services.setStatus(running);
    started.complete(services);

    assertThat(metrics.get(WAIT_SECONDS, TimeUnit.SECONDS))
        .containsExactly("servers.web1", "servers.web2");
    assertThat(status.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(running);
  }

  @Test
  void forwardsWritesAndSettingsOnceStarted() throws Exception {
    FakeBackend services = new FakeBackend();
    StartingBackend backend = new StartingBackend(CompletableFuture.completedFuture(services));

    backend.addEvent(new Event(0, 100, "deploy", List.of("web"), ""));
    backend.saveSettings(Settings.defaults());

    assertThat(services.storedEvents()).extracting(Event::what).containsExactly("deploy");
    assertThat(services.savedSettings()).containsExactly(Settings.defaults());
  }

  @Test
  void aFailedStartIsSaidByEveryCall() {
    StartingBackend backend =
        new StartingBackend(
            CompletableFuture.completedFuture(
                new DisconnectedBackend("cannot start the store: data dir is not writable")));

    assertThat(backend.status().errors())
        .containsExactly("cannot start the store: data dir is not writable");
    assertThatThrownBy(() -> backend.evaluate(List.of("a.b"), 0, 60, 100))
        .isInstanceOf(BackendException.class)
        .hasMessageContaining("data dir is not writable");
    assertThat(backend.functions()).isEmpty();
  }

  @Test
  void aStartThatThrewIsReportedAsSuch() {
    StartingBackend backend =
        new StartingBackend(CompletableFuture.failedFuture(new IllegalStateException("boom")));

    assertThatThrownBy(() -> backend.children(""))
        .isInstanceOf(BackendException.class)
        .hasMessage("Charcoal did not start: boom");
    assertThat(backend.status().errors()).containsExactly("Charcoal did not start: boom");
  }
}
