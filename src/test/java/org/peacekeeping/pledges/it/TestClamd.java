package org.peacekeeping.pledges.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The virus scanner the container tests upload through: Debian's {@code /usr/sbin/clamd}, started once per test JVM
 * in the foreground on 127.0.0.1 at {@code it.clamd.port} (the port PLEDGES_CLAMD_ADDRESS names in pom.xml), with a
 * generated clamd.conf and a copy of {@code src/test/clamav} (the EICAR test signature) as its database; stopped when
 * the JVM's tests end. Register it before Arquillian's extension.
 * <p>
 * Without clamd on the machine: with CI=true the tests fail (CI installs clamav-daemon); otherwise a stand-in that
 * answers every scan {@code stream: OK} takes the port, so that tests which only attach documents still run, and
 * {@link #real()} is false (DossierIT then skips with a warning).
 */
public final class TestClamd implements BeforeAllCallback {

    private static final Logger LOG = Logger.getLogger(TestClamd.class.getName());
    static final Path CLAMD = Path.of(System.getProperty("it.clamd.binary", "/usr/sbin/clamd"));

    private static Process clamd;
    private static StandIn standIn;
    private static boolean started;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (TestClamd.class) {
            if (!started) {
                started = true;
                Runtime.getRuntime().addShutdownHook(new Thread(TestClamd::stop));
                start();
            }
        }
    }

    static int port() {
        return Integer.getInteger("it.clamd.port", 13310);
    }

    /** Whether the real clamd scans (false: the stand-in answers OK). */
    static synchronized boolean real() {
        return clamd != null && clamd.isAlive();
    }

    /** Starts clamd (or, where there is none and CI is not set, the stand-in) and waits until it answers. */
    static synchronized void start() throws IOException, InterruptedException {
        if (!Files.isExecutable(CLAMD)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(CLAMD + " is missing: CI installs Debian's clamav-daemon (.ci/run)");
            }
            LOG.warning(CLAMD + " is missing: install clamav-daemon for the scanner tests; a stand-in answering "
                    + "OK to every scan is on port " + port());
            standIn = new StandIn(port());
            return;
        }
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "clamd-it-" + port());
        Path database = dir.resolve("database");
        Files.createDirectories(database);
        try (var files = Files.list(Path.of("src/test/clamav"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md")).toList()) {
                Files.copy(file, database.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path conf = dir.resolve("clamd.conf");
        Files.write(conf, List.of("Foreground yes", "TCPSocket " + port(), "TCPAddr 127.0.0.1",
                "DatabaseDirectory " + database.toAbsolutePath(), "TemporaryDirectory " + dir.toAbsolutePath(),
                "LogFile " + dir.resolve("clamd.log").toAbsolutePath(), "StreamMaxLength 30M",
                "SelfCheck 3600"));
        clamd = new ProcessBuilder(CLAMD.toString(), "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("clamd.out").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!clamd.isAlive()) {
                throw new IllegalStateException("clamd ended at start (exit " + clamd.exitValue() + "): see "
                        + dir.resolve("clamd.out") + " and clamd.log");
            }
            if (answersPing()) {
                LOG.info("clamd answers on 127.0.0.1:" + port());
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("clamd did not answer on 127.0.0.1:" + port() + " within 60 s");
    }

    /** Stops clamd (or the stand-in) and waits until the port no longer answers. */
    static synchronized void stop() {
        if (clamd != null) {
            clamd.destroy();
            try {
                if (!clamd.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    clamd.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            clamd = null;
        }
        if (standIn != null) {
            standIn.close();
            standIn = null;
        }
    }

    private static boolean answersPing() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readNBytes(5), StandardCharsets.US_ASCII).equals("PONG\0");
        } catch (IOException e) {
            return false;
        }
    }

    /** Answers every INSTREAM with OK (and PING with PONG): for machines without clamd, outside CI. */
    private static final class StandIn implements AutoCloseable {
        private final ServerSocket server;

        StandIn(int port) throws IOException {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread thread = new Thread(this::serve, "clamd stand-in");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    DataInputStream in = new DataInputStream(socket.getInputStream());
                    ByteArrayOutputStream command = new ByteArrayOutputStream();
                    for (int b = in.read(); b > 0; b = in.read()) {
                        command.write(b);
                    }
                    OutputStream out = socket.getOutputStream();
                    if (command.toString(StandardCharsets.US_ASCII).equals("zPING")) {
                        out.write("PONG\0".getBytes(StandardCharsets.US_ASCII));
                        continue;
                    }
                    for (int length = in.readInt(); length > 0; length = in.readInt()) {
                        in.skipNBytes(length);
                    }
                    out.write("stream: OK\0".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // next connection
                }
            }
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
