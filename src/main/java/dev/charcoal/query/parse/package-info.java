/**
 * graphite-web 1.1.8's render target language: {@link dev.charcoal.query.parse.TargetParser} turns
 * a target string into a sealed {@link dev.charcoal.query.parse.Expression} tree, {@link
 * dev.charcoal.query.parse.Templates} expands {@code template(...)} as graphite-web's evaluator
 * does, {@link dev.charcoal.query.parse.TargetPrinter} writes a tree back as a target, and {@link
 * dev.charcoal.model.glob.GlobPattern} matches path expressions against metric names node by node
 * as graphite-web's finders do.
 *
 * <p>Positions are 0-based offsets into the target string (Java {@code char} indices), the way
 * pyparsing's {@code loc} counts.
 */
package dev.charcoal.query.parse;
