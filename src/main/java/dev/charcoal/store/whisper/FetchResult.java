package dev.charcoal.store.whisper;

/**
 * What {@code whisper.fetch} returns: the half-open interval {@code [from, until)} at {@code step}
 * seconds, one value per step, {@link Double#NaN} where whisper returns None.
 */
public record FetchResult(long from, long until, long step, double[] values) {}
