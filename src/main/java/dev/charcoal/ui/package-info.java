/**
 * The desktop app (JavaFX). One package per part of the window, each with thin views over small
 * models:
 *
 * <ul>
 *   <li>{@code backend}: the one facade ({@link dev.charcoal.ui.backend.Backend}) the app
 *       implements over the store, query and event services;
 *   <li>{@code task}: background work and the way back to the FX thread ({@link
 *       dev.charcoal.ui.FxThread});
 *   <li>{@code time}: the shared time range, its history and the bar above the charts;
 *   <li>{@code tree}: the metric browser and its search;
 *   <li>{@code chart}: a chart pane, its JFreeChart adapter and the preparation of series off the
 *       FX thread;
 *   <li>{@code workspace}: the layout of the panes; {@code main}: the window and the status bar;
 *   <li>{@code tiles}: the Tasseo-style tile walls and the view tabs; {@code export}: a pane to
 *       graphite's JSON or CSV, or PNG; {@code dashboard}: dashboard files, the window's remembered
 *       state; {@code settings}: the settings dialog and its files;
 *   <li>{@code dnd}, {@code theme}, {@code demo}: drag-and-drop format, looks, synthetic data.
 * </ul>
 *
 * The UI never touches whisper: data comes through the backend, called on the background executor
 * only. The only files it writes are its own (exports, dashboards, its state, the settings files
 * for the app's backend), through small classes run on that executor and {@code task.AtomicFiles}.
 */
package dev.charcoal.ui;
