package dev.charcoal.ui.chart;

import dev.charcoal.query.eval.TimeSeries;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns evaluated series into {@link PlotData}, off the FX thread: consolidates each to the pane's
 * width, reads graphite's graph options into a {@link SeriesStyle}, assigns the default colours in
 * order to series without one, and computes the lower edge of every stacked area, so that the FX
 * thread only hands finished arrays to the chart.
 *
 * <p>Options honoured (graphite's {@code series.options}): {@code color}, {@code alpha}, {@code
 * lineWidth}, {@code dashed}, {@code stacked}, {@code invisible}, {@code secondYAxis}, {@code
 * drawAsInfinite}. Like graphite, a flag counts when present (unless it is {@code false}).
 */
public final class PlotPreparer {
  /** graphite's default line width. */
  public static final float DEFAULT_LINE_WIDTH = 1.2f;

  /** graphite's {@code dashed()} default dash length. */
  public static final float DEFAULT_DASH = 5f;

  private PlotPreparer() {}

  /**
   * A timeshift overlay's series (see {@link Overlay}).
   *
   * @param series what the overlay target gave
   * @param base the index, in the list of series prepared with it, of the series it shifts; -1 when
   *     none matches (it is then drawn in a colour of its own)
   * @param label what the legend adds to the base series' name, e.g. {@code 1d ago}
   */
  public record Shifted(TimeSeries series, int base, String label) {}

  /**
   * Prepares {@code series} for a chart at most {@code maxPoints} points wide.
   *
   * @param maxPoints usually the pane's width in pixels
   */
  public static PlotData prepare(List<TimeSeries> series, int maxPoints) {
    return prepare(series, List.of(), maxPoints);
  }

  /**
   * Prepares {@code series} and then the timeshift {@code overlays}: each drawn as a dashed line in
   * a lighter shade of its base series' colour, on the base's axis, never stacked, and named in the
   * legend as the base series plus its label ({@code cpu (1d ago)}).
   */
  public static PlotData prepare(List<TimeSeries> series, List<Shifted> overlays, int maxPoints) {
    List<PlotSeries> legend = new ArrayList<>();
    List<PlotSeries> leftStack = new ArrayList<>();
    List<PlotSeries> rightStack = new ArrayList<>();
    List<PlotSeries> leftLines = new ArrayList<>();
    List<PlotSeries> rightLines = new ArrayList<>();
    List<PlotSeries> prepared = new ArrayList<>(series.size());
    Map<String, Integer> seen = new HashMap<>();
    int colorIndex = 0;
    for (TimeSeries s : series) {
      Color color;
      Object explicit = s.options().get("color");
      if (explicit != null && GraphiteColors.parse(String.valueOf(explicit)).isPresent()) {
        color = GraphiteColors.parse(String.valueOf(explicit)).get();
      } else {
        color = GraphiteColors.defaultColor(colorIndex++);
      }
      SeriesStyle style = style(s, color);
      Consolidated c = consolidate(s, maxPoints);
      String key = s.name() + "#" + seen.merge(s.name(), 1, Integer::sum);
      List<PlotSeries> stack = style.secondAxis() ? rightStack : leftStack;
      PlotSeries plotted;
      if (style.kind() == SeriesStyle.Kind.AREA) {
        PlotSeries below = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        plotted = area(key, s.name(), style, c.start(), c.step(), c.values(), below);
        stack.add(plotted);
      } else {
        plotted = line(key, s.name(), style, c.start(), c.step(), c.values());
        (style.secondAxis() ? rightLines : leftLines).add(plotted);
      }
      prepared.add(plotted);
      if (!style.invisible()) {
        legend.add(plotted);
      }
    }
    for (Shifted overlay : overlays) {
      TimeSeries s = overlay.series();
      PlotSeries base =
          overlay.base() >= 0 && overlay.base() < prepared.size()
              ? prepared.get(overlay.base())
              : null;
      SeriesStyle style =
          base == null
              ? new SeriesStyle(
                  GraphiteColors.defaultColor(colorIndex++),
                  DEFAULT_LINE_WIDTH,
                  DEFAULT_DASH,
                  SeriesStyle.Kind.LINE,
                  false,
                  flag(s.options(), "secondYAxis"))
              : new SeriesStyle(
                  lighter(base.style().color()),
                  base.style().lineWidth(),
                  DEFAULT_DASH,
                  SeriesStyle.Kind.LINE,
                  false,
                  base.style().secondAxis());
      String name = base == null ? s.name() : base.name() + " (" + overlay.label() + ")";
      Consolidated c = consolidate(s, maxPoints);
      String key = "overlay:" + name + "#" + seen.merge("overlay:" + name, 1, Integer::sum);
      PlotSeries plotted = line(key, name, style, c.start(), c.step(), c.values());
      (style.secondAxis() ? rightLines : leftLines).add(plotted);
      legend.add(plotted);
    }
    List<PlotSeries> left = new ArrayList<>(leftStack);
    left.addAll(leftLines);
    List<PlotSeries> right = new ArrayList<>(rightStack);
    right.addAll(rightLines);
    return new PlotData(left, right, legend);
  }

  /** A series' values consolidated to the pane's width: start and step in epoch ms. */
  private record Consolidated(long start, long step, double[] values) {}

  private static Consolidated consolidate(TimeSeries s, int maxPoints) {
    int perPoint = Math.max(s.valuesPerPoint(), Consolidation.valuesPerPoint(s.size(), maxPoints));
    double[] values =
        Consolidation.consolidate(s.values(), perPoint, s.consolidationFunc(), s.xFilesFactor());
    return new Consolidated(s.start() * 1000L, s.step() * 1000L * perPoint, values);
  }

  /** {@code color} halfway to white, alpha kept: an overlay's shade of its base series' colour. */
  static Color lighter(Color color) {
    return new Color(
        halfwayToWhite(color.getRed()),
        halfwayToWhite(color.getGreen()),
        halfwayToWhite(color.getBlue()),
        color.getAlpha());
  }

  private static int halfwayToWhite(int channel) {
    return channel + (255 - channel) / 2;
  }

  private static SeriesStyle style(TimeSeries s, Color color) {
    Map<String, Object> options = s.options();
    double alpha = number(options.get("alpha"), Double.NaN);
    if (!Double.isNaN(alpha)) {
      int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
      color = new Color(color.getRed(), color.getGreen(), color.getBlue(), a);
    }
    float width = (float) number(options.get("lineWidth"), DEFAULT_LINE_WIDTH);
    float dash = flag(options, "dashed") ? (float) number(options.get("dashed"), DEFAULT_DASH) : 0f;
    SeriesStyle.Kind kind =
        flag(options, "drawAsInfinite")
            ? SeriesStyle.Kind.INFINITE
            : flag(options, "stacked") ? SeriesStyle.Kind.AREA : SeriesStyle.Kind.LINE;
    return new SeriesStyle(
        color,
        width > 0 ? width : DEFAULT_LINE_WIDTH,
        dash > 0 ? dash : 0f,
        kind,
        flag(options, "invisible"),
        flag(options, "secondYAxis"));
  }

  private static boolean flag(Map<String, Object> options, String name) {
    Object value = options.get(name);
    return value != null && !Boolean.FALSE.equals(value);
  }

  private static double number(Object value, double otherwise) {
    if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    return otherwise;
  }

  private static PlotSeries line(
      String key, String name, SeriesStyle style, long start, long step, double[] values) {
    double min = Double.NaN;
    double max = Double.NaN;
    if (style.kind() == SeriesStyle.Kind.LINE) {
      for (double v : values) {
        if (Double.isFinite(v)) {
          min = Double.isNaN(min) ? v : Math.min(min, v);
          max = Double.isNaN(max) ? v : Math.max(max, v);
        }
      }
    }
    return new PlotSeries(key, name, style, start, step, values, null, min, max);
  }

  /**
   * A stacked area: graphite fills from zero and then clips away what earlier stacked areas filled,
   * so an area shows from the series below it up to its own values, and nothing where it is below.
   */
  private static PlotSeries area(
      String key,
      String name,
      SeriesStyle style,
      long start,
      long step,
      double[] values,
      PlotSeries below) {
    double[] base = new double[values.length];
    double min = 0;
    double max = 0;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      double under = below == null ? 0 : below.valueAt(start + i * step);
      if (Double.isNaN(under)) {
        under = 0;
      }
      base[i] = Double.isNaN(v) ? Double.NaN : Math.min(under, v);
      if (Double.isFinite(v)) {
        min = Math.min(min, Math.min(v, base[i]));
        max = Math.max(max, v);
      }
    }
    return new PlotSeries(key, name, style, start, step, values, base, min, max);
  }
}
