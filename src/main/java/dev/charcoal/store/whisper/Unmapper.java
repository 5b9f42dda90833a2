package dev.charcoal.store.whisper;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.nio.MappedByteBuffer;

/**
 * Releases a file mapping at once instead of whenever the garbage collector gets to it. Java 17 has
 * no public unmap; {@code sun.misc.Unsafe.invokeCleaner} (module jdk.unsupported) is the supported
 * escape hatch that Lucene also used. Without it, mappings are left to the GC.
 */
final class Unmapper {
  private static final MethodHandle INVOKE_CLEANER = findInvokeCleaner();

  private Unmapper() {}

  static void unmap(MappedByteBuffer buffer) {
    if (INVOKE_CLEANER == null) {
      return;
    }
    try {
      INVOKE_CLEANER.invokeExact((java.nio.ByteBuffer) buffer);
    } catch (Throwable e) {
      // A mapping that cannot be released early is released by the GC.
    }
  }

  private static MethodHandle findInvokeCleaner() {
    try {
      Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
      Field field = unsafeClass.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      return MethodHandles.lookup()
          .findVirtual(
              unsafeClass,
              "invokeCleaner",
              MethodType.methodType(void.class, java.nio.ByteBuffer.class))
          .bindTo(field.get(null));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
