package dev.charcoal.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user where to save an export. The app uses the system's file chooser ({@link
 * #fileChooser}); tests answer with a path of their own.
 */
@FunctionalInterface
public interface SaveLocation {
  /** The file to write, or empty when the user cancels. FX thread. */
  Optional<Path> choose(Window owner, ExportFormat format, String suggestedName);

  /** The system's save dialog, opening where the previous export went (home the first time). */
  static SaveLocation fileChooser() {
    File[] lastDirectory = {null};
    return (owner, format, suggestedName) -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Export " + format.description());
      chooser.setInitialFileName(suggestedName);
      chooser
          .getExtensionFilters()
          .add(
              new FileChooser.ExtensionFilter(
                  format.description(), List.of("*." + format.extension())));
      if (lastDirectory[0] != null && lastDirectory[0].isDirectory()) {
        chooser.setInitialDirectory(lastDirectory[0]);
      }
      File file = chooser.showSaveDialog(owner);
      if (file == null) {
        return Optional.empty();
      }
      lastDirectory[0] = file.getParentFile();
      return Optional.of(file.toPath());
    };
  }
}
