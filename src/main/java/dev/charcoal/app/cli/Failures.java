package dev.charcoal.app.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Turns an exception into the one line a failed command prints: what went wrong, and where. */
public final class Failures {
  private Failures() {}

  /**
   * Describes {@code e}, naming {@code file} unless the message already does (whisper's corrupt
   * file errors name the file and the byte offset themselves).
   */
  public static String describe(Throwable e, Path file) {
    String message = message(e);
    if (file != null && !message.contains(file.toString())) {
      message = file + ": " + message;
    }
    return message.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  private static String message(Throwable e) {
    if (e instanceof FileSystemException fse) {
      String what = fse.getFile() != null ? fse.getFile() : "?";
      if (fse.getOtherFile() != null) {
        what += " -> " + fse.getOtherFile();
      }
      return what + ": " + reason(fse);
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    if (e instanceof RuntimeException && !(e instanceof IllegalArgumentException)) {
      // Most likely a bug of ours: say what kind of failure it was.
      return e.getClass().getSimpleName() + ": " + message;
    }
    return message;
  }

  private static String reason(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
  }
}
