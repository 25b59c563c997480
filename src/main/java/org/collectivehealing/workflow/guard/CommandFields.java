package org.collectivehealing.workflow.guard;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a caller put into an engine command. The engine's commands keep their input in protected fields
 * without getters; the names read here are pinned by tests (CallerCommandGuardTest), so an engine upgrade that
 * renames one fails the build instead of opening a door. A field that cannot be read refuses the call.
 */
public final class CommandFields {

  private CommandFields() {
  }

  public static boolean has(Object target, String name) {
    return declares(target.getClass(), name);
  }

  static boolean declares(Class<?> type, String name) {
    return field(type, name).isPresent();
  }

  public static Object read(Object target, String name) {
    Field field = field(target.getClass(), name).orElseThrow(() -> new RefusedCallException(
        "This call cannot be checked (" + target.getClass().getSimpleName() + " has no '" + name + "'), so it is refused"));
    try {
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new RefusedCallException("This call cannot be checked (" + target.getClass().getSimpleName()
          + "." + name + " is unreadable), so it is refused");
    }
  }

  static void write(Object target, String name, Object value) {
    Field field = field(target.getClass(), name).orElseThrow(() -> new IllegalStateException(
        target.getClass().getName() + " has no field " + name));
    try {
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot write " + target.getClass().getName() + "." + name, e);
    }
  }

  public static String text(Object target, String name) {
    return has(target, name) ? (String) read(target, name) : null;
  }

  /** A map of variables, empty when the field is null. */
  @SuppressWarnings("unchecked")
  static Map<String, ?> variables(Object target, String name) {
    Object value = read(target, name);
    return value == null ? Map.of() : (Map<String, ?>) value;
  }

  @SuppressWarnings("unchecked")
  static Collection<String> names(Object target, String name) {
    Object value = read(target, name);
    return value == null ? List.of() : (Collection<String>) value;
  }

  private static Optional<Field> field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name)) {
          return Optional.of(field);
        }
      }
    }
    return Optional.empty();
  }
}
