package dev.charcoal.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Works around a Monocle bug for drag-and-drop tests: Monocle's mouse input remembers the view of
 * the last plain mouse drag ({@code MouseInput.dragView}) until a drag-and-drop gesture ends, so
 * the first drag-and-drop after a plain drag in another test's scene sends a drag-leave to that old
 * view, which fails inside glass ({@code dropTargetAssistant is null}) and breaks the gesture. This
 * forgets that view. It does nothing on other platforms (a real display under Xvfb).
 */
public final class MonocleDrags {
  private MonocleDrags() {}

  /** Clears Monocle's remembered drag view; call before a drag-and-drop in a test. */
  public static void forgetStaleDrag() {
    if (!"Monocle".equals(System.getProperty("glass.platform"))) {
      return;
    }
    try {
      Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
      Method getInstance = mouseInput.getDeclaredMethod("getInstance");
      getInstance.setAccessible(true);
      Field dragView = mouseInput.getDeclaredField("dragView");
      dragView.setAccessible(true);
      dragView.set(getInstance.invoke(null), null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Monocle's MouseInput changed: " + e, e);
    }
  }
}
