package dev.charcoal.store.rules;

/** Both rules files, parsed: what a new whisper file gets. */
public record StorageRules(StorageSchemas schemas, StorageAggregation aggregation) {}
