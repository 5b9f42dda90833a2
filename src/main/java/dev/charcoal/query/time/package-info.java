/**
 * graphite-web 1.1.8's time parameters ({@code render/attime.py}, {@code render/views.py}): {@link
 * dev.charcoal.query.time.AtTime} for {@code from}/{@code until}/{@code now} strings, {@link
 * dev.charcoal.query.time.TimeOffset} for offsets such as {@code 5min} that functions take, and
 * {@link dev.charcoal.query.time.RenderTimes} for a request's defaults, swap and time zone. The
 * reference time is always passed in; nothing here reads a clock.
 */
package dev.charcoal.query.time;
