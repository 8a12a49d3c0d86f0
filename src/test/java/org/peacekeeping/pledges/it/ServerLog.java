package org.peacekeeping.pledges.it;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * What the server under test logs while this is open: Arquillian's Payara Micro container copies the server's
 * console, line by line, to this JVM's {@code System.out} (its {@code outputToConsole}, on by default), so the
 * lines pass through a tee here on their way to the usual output.
 */
final class ServerLog implements AutoCloseable {

    private final PrintStream original = System.out;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    ServerLog() {
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (seen) {
                    seen.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (seen) {
                    seen.write(bytes, offset, length);
                }
                original.write(bytes, offset, length);
            }
        };
        System.setOut(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    /** Everything logged so far. */
    String text() {
        synchronized (seen) {
            return seen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits up to ten seconds for a line containing this text (the console is copied asynchronously). */
    boolean awaits(String text) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            if (text().contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public void close() {
        System.out.flush();
        System.setOut(original);
    }
}
