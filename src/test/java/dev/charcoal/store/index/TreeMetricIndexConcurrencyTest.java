package dev.charcoal.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.MetricName;
import dev.charcoal.model.glob.GlobPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Finds running while names are added never miss a name whose add had returned before the find
 * began, never report one that was not added, and always come back sorted.
 */
class TreeMetricIndexConcurrencyTest {
  private static final int HOSTS = 40;
  private static final int METRICS = 50;
  private static final GlobPattern ALL = GlobPattern.compile("*.*.*");

  private static String name(int i) {
    return "h" + (i % HOSTS) + ".g" + (i / HOSTS % 5) + ".m" + i;
  }

  @Test
  void findsWhileAddingSeeEveryCompletedAdd() throws Exception {
    TreeMetricIndex index = new TreeMetricIndex(new MemoryTagIndex());
    int total = HOSTS * METRICS;
    AtomicInteger completed = new AtomicInteger();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      int writer = w;
      threads.add(
          new Thread(
              () -> {
                // Two writers add disjoint halves; "completed" counts adds that returned.
                for (int i = writer; i < total; i += 2) {
                  index.add(name(i));
                  completed.incrementAndGet();
                }
              }));
    }
    for (int r = 0; r < 2; r++) {
      threads.add(
          new Thread(
              () -> {
                while (completed.get() < total) {
                  int before = completed.get();
                  List<String> found = index.metrics(ALL);
                  check(found, before, problems);
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }

    assertThat(problems).isEmpty();
    assertThat(index.metrics(ALL)).hasSize(total);
    assertThat(index.size()).isEqualTo(total);
  }

  private static void check(
      List<String> found, int completedBefore, ConcurrentLinkedQueue<String> problems) {
    if (found.size() < completedBefore) {
      problems.add("found " + found.size() + " after " + completedBefore + " adds returned");
    }
    for (int i = 1; i < found.size(); i++) {
      if (MetricName.CODE_POINT_ORDER.compare(found.get(i - 1), found.get(i)) >= 0) {
        problems.add("not sorted: " + found.get(i - 1) + " before " + found.get(i));
      }
    }
    for (String metric : found) {
      if (!metric.matches("h\\d+\\.g\\d\\.m\\d+")) {
        problems.add("never added: " + metric);
      }
    }
  }
}
