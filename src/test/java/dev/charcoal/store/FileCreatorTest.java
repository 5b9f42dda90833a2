package dev.charcoal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.store.rules.Aggregation;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCreatorTest {
  static final List<Retention> ARCHIVES = List.of(new Retention(10, 360), new Retention(60, 1440));
  static final Aggregation MAX = new Aggregation(0.1f, AggregationMethod.MAX);

  @TempDir Path root;
  final FileCreator creator = new FileCreator();

  @AfterEach
  void close() {
    creator.close();
  }

  private FileCreator.Request request(String metric, String file) {
    return new FileCreator.Request(metric, root.resolve(file), ARCHIVES, MAX);
  }

  @Test
  void createsTheFileAndItsDirectoriesByTheRequest() throws Exception {
    creator.request(request("a.b.c", "a/b/c.wsp"));

    FileCreator.Made made = (FileCreator.Made) creator.next(true);

    assertThat(made.created()).isTrue();
    assertThat(made.request().metric()).isEqualTo("a.b.c");
    made.file().close();
    WhisperHeader header = Whisper.info(root.resolve("a/b/c.wsp"));
    assertThat(header.aggregationMethod()).isEqualTo(AggregationMethod.MAX);
    assertThat(header.xFilesFactor()).isEqualTo(0.1f);
    assertThat(header.archives()).hasSize(2);
    assertThat(creator.outstanding()).isZero();
    assertThat(creator.next(true)).isNull();
  }

  @Test
  void opensAFileThatSomeoneElseCreatedMeanwhile() throws Exception {
    Whisper.create(root.resolve("m.wsp"), List.of(new Retention(1, 60)));
    creator.request(request("m", "m.wsp"));

    FileCreator.Made made = (FileCreator.Made) creator.next(true);

    assertThat(made.created()).isFalse();
    assertThat(made.file().header().archives()).hasSize(1); // theirs, not the request's
    made.file().close();
  }

  @Test
  void reportsAFailureAsAnOutcome() throws Exception {
    Files.writeString(root.resolve("blocked"), "a file where a directory should be");
    creator.request(request("blocked.m", "blocked/m.wsp"));
    creator.request(request("free", "free.wsp"));

    FileCreator.Outcome first = creator.next(true);
    FileCreator.Outcome second = creator.next(true);

    assertThat(first).isInstanceOf(FileCreator.Failed.class);
    assertThat(((FileCreator.Failed) first).error().getMessage()).contains("blocked");
    assertThat(second).isInstanceOf(FileCreator.Made.class);
    ((FileCreator.Made) second).file().close();
  }

  @Test
  void answersWithoutWaitingWhenNothingIsReady() {
    assertThat(creator.next(false)).isNull();
    assertThat(creator.next(true)).isNull();
  }

  @Test
  void skipsTheOutcomeOfACreateCancelledBeforeItWasCollected() throws Exception {
    Path file = root.resolve("d/m.wsp");
    creator.request(request("m", "d/m.wsp"));
    creator.cancel("m");

    // runs after the create asked before it, so it finds the file to delete
    assertThat(creator.inOrder(() -> Files.deleteIfExists(file))).isTrue();
    assertThat(creator.next(true)).isNull();
    assertThat(creator.outstanding()).isZero();
    assertThat(file).doesNotExist();

    creator.request(request("m", "d/m.wsp")); // asked again after the delete: made and handed out
    FileCreator.Made made = (FileCreator.Made) creator.next(true);
    assertThat(made.created()).isTrue();
    made.file().close();
    assertThat(file).exists();
  }

  @Test
  void cancellingAMetricLeavesTheOthersOutcomes() throws Exception {
    creator.request(request("a", "a.wsp"));
    creator.request(request("b", "b.wsp"));
    creator.cancel("a");
    creator.cancel("never.asked");

    FileCreator.Made made = (FileCreator.Made) creator.next(true);
    assertThat(made.request().metric()).isEqualTo("b");
    made.file().close();
    assertThat(creator.next(true)).isNull();
  }
}
