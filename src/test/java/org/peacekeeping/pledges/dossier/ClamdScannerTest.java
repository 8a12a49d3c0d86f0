package org.peacekeeping.pledges.dossier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The INSTREAM exchange against a stand-in that speaks clamd's side of it (the real clamd is in the container test,
 * it.DossierIT): framing, verdicts, and the scanner away or silent.
 */
class ClamdScannerTest {

    @Test
    void sendsTheFileInLengthPrefixedChunksAndReadsTheVerdict() throws Exception {
        byte[] file = new byte[ClamdScanner.CHUNK * 2 + 17];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i;
        }
        AtomicReference<byte[]> received = new AtomicReference<>();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread clamd = serve(server, "stream: OK", received);
            ClamdScanner.Verdict verdict = scanner(server.getLocalPort(), 5).scan(file);
            clamd.join(5000);
            assertTrue(verdict.clean());
        }
        assertArrayEquals(file, received.get());
    }

    @Test
    void namesTheSignatureFound() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            serve(server, "stream: Eicar-Test-Signature FOUND", new AtomicReference<>());
            ClamdScanner.Verdict verdict = scanner(server.getLocalPort(), 5).scan(new byte[] {1, 2, 3});
            assertEquals(new ClamdScanner.Verdict(false, "Eicar-Test-Signature"), verdict);
        }
    }

    @Test
    void aScannerAwayOrSilentOrInErrorIsUnavailable() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        int away = port;
        assertThrows(ScannerUnavailableException.class, () -> scanner(away, 5).scan(new byte[10]));
        try (ServerSocket silent = new ServerSocket(0)) {
            long start = System.nanoTime();
            assertThrows(ScannerUnavailableException.class,
                    () -> scanner(silent.getLocalPort(), 1).scan(new byte[10]));
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the read timeout holds");
        }
        try (ServerSocket server = new ServerSocket(0)) {
            serve(server, "INSTREAM size limit exceeded. ERROR", new AtomicReference<>());
            assertThrows(ScannerUnavailableException.class,
                    () -> scanner(server.getLocalPort(), 5).scan(new byte[10]));
        }
    }

    @Test
    void addressesAreHostAndPort() {
        assertEquals(3310, ClamdScanner.parseAddress("127.0.0.1:3310").getPort());
        assertEquals("::1", ClamdScanner.parseAddress("[::1]:3310").getHostString());
        assertThrows(IllegalArgumentException.class, () -> ClamdScanner.parseAddress("clamd"));
        assertThrows(IllegalArgumentException.class, () -> ClamdScanner.parseAddress("clamd:99999"));
    }

    private static ClamdScanner scanner(int port, int readSeconds) {
        return new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(2), Duration.ofSeconds(readSeconds));
    }

    /** Accepts one connection, checks the command, collects the chunks and answers {@code reply}. */
    private static Thread serve(ServerSocket server, String reply, AtomicReference<byte[]> received) {
        Thread thread = new Thread(() -> {
            try (Socket socket = server.accept()) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] command = in.readNBytes(10);
                assertEquals("zINSTREAM\0", new String(command, StandardCharsets.US_ASCII));
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                for (int length = in.readInt(); length > 0; length = in.readInt()) {
                    assertTrue(length <= ClamdScanner.CHUNK);
                    file.write(in.readNBytes(length));
                }
                received.set(file.toByteArray());
                socket.getOutputStream().write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        return thread;
    }
}
