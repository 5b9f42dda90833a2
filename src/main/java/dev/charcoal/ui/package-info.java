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
 *   <li>{@code dnd}, {@code theme}, {@code demo}: drag-and-drop format, looks, synthetic data.
 * </ul>
 *
 * The UI never touches files or whisper: everything comes through the backend, called on the
 * background executor only.
 */
package dev.charcoal.ui;
