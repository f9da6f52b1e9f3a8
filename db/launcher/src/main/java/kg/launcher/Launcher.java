package kg.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1:&lt;port&gt;, authentication on.
 *
 * <p>Usage: {@code java -cp 'target/classes:target/lib/*' kg.launcher.Launcher <port> <dataDir>}.
 * On first start a random password for {@code neo4j} is set (no change required) and stored in
 * {@code <dataDir>/credentials.json} (mode 0600); it is never printed. SIGTERM shuts down cleanly.
 * Page cache: env {@code KG_NEO4J_PAGECACHE} (default 256m); server-side default transaction timeout:
 * {@code KG_NEO4J_TX_TIMEOUT} (default 300s, 0s = none). Heap: the JVM's -Xmx.
 */
public final class Launcher {
  private static final String CREDENTIALS = "credentials.json";
  private static final String PID_FILE = "neo4j.pid";

  private Launcher() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: Launcher <port> <dataDir>");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path dataDir = Path.of(args[1]).toAbsolutePath().normalize();
    String pageCache = envOr("KG_NEO4J_PAGECACHE", "256m");
    String txTimeout = envOr("KG_NEO4J_TX_TIMEOUT", "300s");

    DatabaseManagementService service = null;
    try {
      Files.createDirectories(dataDir);
      log("starting Neo4j on 127.0.0.1:" + port + " with data in " + dataDir);
      long t0 = System.nanoTime();
      DatabaseManagementServiceBuilder builder =
          new DatabaseManagementServiceBuilder(dataDir)
              .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache))
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
              .setConfig(GraphDatabaseSettings.transaction_timeout, parseDuration(txTimeout))
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
      String confFile = System.getenv("KG_NEO4J_CONF");
      if (confFile != null && !confFile.isBlank()) {
        // Any other Neo4j setting (neo4j.conf syntax), applied over the ones above.
        builder.loadPropertiesFromFile(Path.of(confFile.trim()));
        log("settings from " + confFile.trim());
      }
      service = builder.build();
      final DatabaseManagementService running = service;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    log("shutting down");
                    try {
                      running.shutdown();
                    } catch (RuntimeException e) {
                      e.printStackTrace();
                    }
                    removePidFile(dataDir);
                    log("stopped");
                  },
                  "kg-shutdown"));

      ensurePassword(service, dataDir);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      log("ready bolt://127.0.0.1:" + port + " in " + ms + " ms");
      new CountDownLatch(1).await();
    } catch (Throwable e) {
      log("failed to start: " + e);
      e.printStackTrace(System.out);
      Throwable cause = e.getCause();
      while (cause != null) {
        log("caused by: " + cause);
        cause = cause.getCause();
      }
      if (service != null) {
        try {
          service.shutdown();
        } catch (RuntimeException ignored) {
          // already failing
        }
      }
      removePidFile(dataDir);
      System.exit(1);
    }
  }

  /** First start: a random password for `neo4j`, set on the system database, saved 0600. */
  private static void ensurePassword(DatabaseManagementService service, Path dataDir)
      throws IOException {
    Path credentials = dataDir.resolve(CREDENTIALS);
    if (Files.exists(credentials)) {
      return;
    }
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

    Path tmp = dataDir.resolve(CREDENTIALS + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    String json = "{\n  \"user\": \"neo4j\",\n  \"password\": \"" + password + "\"\n}\n";
    Files.writeString(tmp, json, StandardCharsets.UTF_8);

    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    try {
      Files.move(tmp, credentials, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, credentials, StandardCopyOption.REPLACE_EXISTING);
    }
    log("password for user neo4j set; stored in " + credentials);
  }

  private static void removePidFile(Path dataDir) {
    Path pid = dataDir.resolve(PID_FILE);
    try {
      String content = Files.readString(pid).trim();
      if (content.equals(Long.toString(ProcessHandle.current().pid()))) {
        Files.deleteIfExists(pid);
      }
    } catch (IOException | RuntimeException ignored) {
      // no pid file, or someone else's
    }
  }

  private static Duration parseDuration(String s) {
    return SettingValueParsers.DURATION.parse(s);
  }

  private static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private static void log(String message) {
    System.out.println("kg-launcher: " + message);
    System.out.flush();
  }
}
