package dev.charcoal.ui.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Looks at what a node drew: pixels near a colour, and PNGs for a person to look at. */
final class Pixels {
  /** Where snapshots go when {@code -Dcharcoal.ui.snapshots=DIR} is set (off by default). */
  static final String SNAPSHOT_PROPERTY = "charcoal.ui.snapshots";

  private Pixels() {}

  /** A snapshot of {@code node}, taken on the FX thread. */
  static Image snapshot(Node node) {
    try {
      return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many pixels of {@code image} are within {@code tolerance} (per channel) of the colour. */
  static int near(Image image, java.awt.Color color, int tolerance) {
    PixelReader reader = image.getPixelReader();
    int count = 0;
    for (int y = 0; y < (int) image.getHeight(); y++) {
      for (int x = 0; x < (int) image.getWidth(); x++) {
        int argb = reader.getArgb(x, y);
        if (Math.abs(((argb >> 16) & 0xff) - color.getRed()) <= tolerance
            && Math.abs(((argb >> 8) & 0xff) - color.getGreen()) <= tolerance
            && Math.abs((argb & 0xff) - color.getBlue()) <= tolerance) {
          count++;
        }
      }
    }
    return count;
  }

  /** Saves a snapshot of {@code node} as NAME.png when the snapshot property names a folder. */
  static void save(Node node, String name) throws IOException {
    String dir = System.getProperty(SNAPSHOT_PROPERTY);
    if (dir == null) {
      return;
    }
    Files.createDirectories(Path.of(dir));
    ImageIO.write(
        SwingFXUtils.fromFXImage(snapshot(node), null),
        "png",
        Path.of(dir, name + ".png").toFile());
  }
}
