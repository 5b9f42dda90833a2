/**
 * Python 3.11 {@code re} patterns run by {@code java.util.regex}: one translator ({@link
 * dev.charcoal.model.regex.PythonPattern}) shared by carbon's rules files and tag expressions in
 * {@code store} and the render functions in {@code query}.
 */
package dev.charcoal.model.regex;
