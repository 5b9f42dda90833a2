package dev.charcoal.api.json;

/**
 * JSON text written as it is, such as a function parameter's default that the registry keeps as
 * JSON literal text ({@code "\"average\""}, {@code 1e9999}).
 */
public record RawJson(String text) {}
