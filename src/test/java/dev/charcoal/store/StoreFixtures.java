package dev.charcoal.store;

import dev.charcoal.model.PointBatch;
import dev.charcoal.store.rules.StorageAggregation;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.rules.StorageSchemas;
import java.util.ArrayList;
import java.util.List;

/** Rules, batches and a recording log shared by the store tests. */
final class StoreFixtures {
  /** 10 s for an hour, then 60 s for a day; sums for {@code *.count}, averages otherwise. */
  static StorageRules rules() {
    try {
      return new StorageRules(
          StorageSchemas.parse("schemas", "[all]\npattern = .*\nretentions = 10s:1h,60s:1d\n"),
          StorageAggregation.parse(
              "aggregation",
              "[count]\npattern = \\.count$\nxFilesFactor = 0\naggregationMethod = sum\n"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static PointBatch batch(Object... nameTsValue) {
    PointBatch b = new PointBatch(4);
    for (int i = 0; i < nameTsValue.length; i += 3) {
      b.add(
          (String) nameTsValue[i],
          ((Number) nameTsValue[i + 1]).longValue(),
          ((Number) nameTsValue[i + 2]).doubleValue());
    }
    return b;
  }

  /** A log that remembers what the persister asked of it. */
  static final class RecordingLog implements PointLog {
    final List<String> calls = new ArrayList<>();
    long points;
    private long segment;

    @Override
    public void append(PointBatch batch) {
      points += batch.size();
    }

    @Override
    public long roll() {
      calls.add("roll " + segment);
      return segment++;
    }

    @Override
    public int deleteThrough(long sealed) {
      calls.add("delete " + sealed);
      return 1;
    }

    @Override
    public void close() {
      calls.add("close");
    }
  }

  private StoreFixtures() {}
}
