package dev.charcoal.events;

import dev.charcoal.model.Event;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The events of graphite-web's events API in an SQLite file ({@code DATA/events.db}), with
 * graphite-web's tag semantics (django-tagging): the tag text of an event is kept as given and
 * printed split on whitespace, and its parsed tags go to a tag table that queries use through an
 * index. Tag rows are never deleted, as django-tagging never deletes them: whether a name was ever
 * a tag changes what {@link SetMode#LEGACY_ALL} finds.
 *
 * <p>Thread-safe (one connection, one caller at a time). Every failure of the database (not an
 * SQLite file, locked by another process beyond {@link #BUSY_TIMEOUT_MILLIS}, disk full) is an
 * {@link EventStoreException} naming the file; the caller reports it and keeps running.
 */
public final class EventStore implements AutoCloseable {
  /** The file's name in the data dir. */
  public static final String FILE_NAME = "events.db";

  /** graphite-web's {@code Event.what} is a CharField of this length. */
  public static final int MAX_WHAT_LENGTH = 255;

  /** How long a statement waits for another process's lock before it fails. */
  static final int BUSY_TIMEOUT_MILLIS = 5_000;

  /** Times are kept in microseconds, as Django's DateTimeField keeps them. */
  private static final long MICROS_PER_SECOND = 1_000_000;

  private static final String[] SCHEMA = {
    "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        + " when_us INTEGER NOT NULL, what TEXT NOT NULL, data TEXT NOT NULL, tags TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS events_when ON events (when_us)",
    "CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS event_tags (tag_id INTEGER NOT NULL, event_id INTEGER NOT NULL,"
        + " PRIMARY KEY (tag_id, event_id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS event_tags_event ON event_tags (event_id)",
  };

  private final Path file;
  private Connection connection;

  private EventStore(Path file) {
    this.file = file;
  }

  /**
   * Opens (creating if missing) the events database at {@code file}.
   *
   * @throws EventStoreException the file is not an SQLite database, or cannot be opened or created
   */
  public static EventStore open(Path file) {
    EventStore store = new EventStore(file);
    store.connection();
    return store;
  }

  /**
   * A store that opens {@code file} at its first use, and again at the next use after a failure:
   * for a server that must run while the file is unusable (each call then throws {@link
   * EventStoreException}) and recover once it is repaired.
   */
  public static EventStore lazy(Path file) {
    return new EventStore(file);
  }

  /** The open connection, opening it first if needed. */
  private Connection connection() {
    if (connection == null) {
      connection = connect(file);
    }
    return connection;
  }

  private static Connection connect(Path file) {
    Connection connection = null;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        // A write-ahead journal: an event costs one append, not a rewrite and two fsyncs.
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = NORMAL");
        for (String sql : SCHEMA) {
          statement.execute(sql);
        }
      }
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw failure(file, "cannot open", e);
    }
  }

  /**
   * Adds an event as graphite-web's {@code POST /events/} does.
   *
   * @param tags the tag text: graphite-web joins a JSON array with spaces and keeps a string as is
   * @param when the event's time (kept to the microsecond)
   * @return the new event's id
   * @throws IllegalArgumentException {@code what} longer than {@link #MAX_WHAT_LENGTH}
   */
  public synchronized long add(String what, String tags, Instant when, String data) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(tags, "tags");
    Objects.requireNonNull(data, "data");
    if (what.length() > MAX_WHAT_LENGTH) {
      throw new IllegalArgumentException(
          "\"what\" is longer than " + MAX_WHAT_LENGTH + " characters");
    }
    try {
      connection().setAutoCommit(false);
      try {
        long id = insertEvent(what, tags, micros(when), data);
        for (String tag : EventTags.parse(tags)) {
          linkTag(id, tagId(tag));
        }
        connection().commit();
        return id;
      } catch (SQLException | RuntimeException e) {
        connection().rollback();
        throw e;
      } finally {
        connection().setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(file, "cannot add an event to", e);
    }
  }

  private long insertEvent(String what, String tags, long whenMicros, String data)
      throws SQLException {
    try (PreparedStatement insert =
        connection()
            .prepareStatement(
                "INSERT INTO events (when_us, what, data, tags) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, whenMicros);
      insert.setString(2, what);
      insert.setString(3, data);
      insert.setString(4, tags);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private long tagId(String name) throws SQLException {
    try (PreparedStatement insert =
        connection().prepareStatement("INSERT OR IGNORE INTO tags (name) VALUES (?)")) {
      insert.setString(1, name);
      insert.executeUpdate();
    }
    try (PreparedStatement select =
        connection().prepareStatement("SELECT id FROM tags WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void linkTag(long eventId, long tagId) throws SQLException {
    try (PreparedStatement insert =
        connection()
            .prepareStatement(
                "INSERT OR IGNORE INTO event_tags (tag_id, event_id) VALUES (?, ?)")) {
      insert.setLong(1, tagId);
      insert.setLong(2, eventId);
      insert.executeUpdate();
    }
  }

  /**
   * The events from {@code from} to {@code until} (both included) sorted by time, as graphite-web's
   * {@code Event.find_events} and {@code get_data} find them.
   *
   * @param tags the tags asked for, as graphite-web splits its {@code tags} parameter on single
   *     spaces (duplicates and empty strings count); null for every event
   */
  public synchronized List<Event> find(
      Instant from, Instant until, List<String> tags, SetMode mode) {
    try {
      if (tags == null) {
        return select("", List.of(), from, until);
      }
      List<Long> known = knownTags(new LinkedHashSet<>(tags));
      if (known.isEmpty()) {
        return List.of();
      }
      StringJoiner marks = new StringJoiner(",");
      known.forEach(id -> marks.add("?"));
      String having = mode == SetMode.UNION ? "" : " HAVING COUNT(*) = " + known.size();
      String filter =
          " AND id IN (SELECT event_id FROM event_tags WHERE tag_id IN ("
              + marks
              + ") GROUP BY event_id"
              + having
              + ")";
      List<Event> found = select(filter, known, from, until);
      return mode == SetMode.INTERSECTION ? carryingEvery(found, tags) : found;
    } catch (SQLException e) {
      throw failure(file, "cannot read", e);
    }
  }

  /**
   * graphite-web's post-filter for {@code set=intersection}: the printed tags must hold as many of
   * the distinct names asked for as names were asked for (so a repeated name finds nothing).
   */
  private static List<Event> carryingEvery(List<Event> events, List<String> tags) {
    Set<String> wanted = new HashSet<>(tags);
    List<Event> kept = new ArrayList<>();
    for (Event event : events) {
      Set<String> common = new HashSet<>(event.tags());
      common.retainAll(wanted);
      if (common.size() == tags.size()) {
        kept.add(event);
      }
    }
    return kept;
  }

  private List<Long> knownTags(Set<String> names) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select =
        connection().prepareStatement("SELECT id FROM tags WHERE name = ?")) {
      for (String name : names) {
        select.setString(1, name);
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
      }
    }
    return ids;
  }

  private List<Event> select(String filter, List<Long> tagIds, Instant from, Instant until)
      throws SQLException {
    String sql =
        "SELECT id, when_us, what, tags, data FROM events WHERE when_us >= ? AND when_us <= ?"
            + filter
            + " ORDER BY when_us, id";
    try (PreparedStatement select = connection().prepareStatement(sql)) {
      select.setLong(1, micros(from));
      select.setLong(2, micros(until));
      for (int i = 0; i < tagIds.size(); i++) {
        select.setLong(3 + i, tagIds.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        List<Event> events = new ArrayList<>();
        while (rows.next()) {
          events.add(event(rows));
        }
        return events;
      }
    }
  }

  /** The event with this id, if any. */
  public synchronized Optional<Event> get(long id) {
    try (PreparedStatement select =
        connection()
            .prepareStatement("SELECT id, when_us, what, tags, data FROM events WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(event(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure(file, "cannot read", e);
    }
  }

  /** Deletes an event; false when there was none with this id. Its tags stay known. */
  public synchronized boolean delete(long id) {
    try {
      connection().setAutoCommit(false);
      try (PreparedStatement links =
              connection().prepareStatement("DELETE FROM event_tags WHERE event_id = ?");
          PreparedStatement event =
              connection().prepareStatement("DELETE FROM events WHERE id = ?")) {
        links.setLong(1, id);
        links.executeUpdate();
        event.setLong(1, id);
        boolean deleted = event.executeUpdate() > 0;
        connection().commit();
        return deleted;
      } catch (SQLException e) {
        connection().rollback();
        throw e;
      } finally {
        connection().setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(file, "cannot delete from", e);
    }
  }

  private static Event event(ResultSet row) throws SQLException {
    return new Event(
        row.getLong(1),
        Math.floorDiv(row.getLong(2), MICROS_PER_SECOND),
        row.getString(3),
        EventTags.split(row.getString(4)),
        row.getString(5));
  }

  /** Whole microseconds, rounded down as Django truncates to its microsecond field. */
  private static long micros(Instant time) {
    return Math.addExact(
        Math.multiplyExact(time.getEpochSecond(), MICROS_PER_SECOND), time.getNano() / 1_000);
  }

  private static EventStoreException failure(Path file, String doing, SQLException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // The driver's messages start with "[SQLITE_NOTADB] ..." and may span lines.
    reason = reason.replaceAll("\\s*\\R\\s*", " ").strip();
    return new EventStoreException(file + ": " + doing + " the events database: " + reason, e);
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Already failing; the first error is the one reported.
      }
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(connection);
    connection = null;
  }
}
