/**
 * graphite-web's glob semantics for metric paths ({@code * ? [..] [!..] {a,b} **}), node by node:
 * shared by the metric index in {@code store} and the query language.
 */
package dev.charcoal.model.glob;
