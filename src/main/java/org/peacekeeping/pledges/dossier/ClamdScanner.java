package org.peacekeeping.pledges.dossier;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * ClamAV's daemon over TCP, {@code INSTREAM} command (clamd(8)): {@code zINSTREAM\0}, then the file in chunks, each
 * preceded by its length as four bytes in network order, then a zero-length chunk; clamd answers
 * {@code stream: OK}, {@code stream: <signature> FOUND} or {@code ... ERROR}, ended by a NUL. One connection per
 * file, with a connect and a read timeout: a scanner away or stuck is {@link ScannerUnavailableException}. Plain Java.
 */
public final class ClamdScanner {

    /** Chunks sent to clamd (well under its default StreamMaxLength). */
    static final int CHUNK = 64 * 1024;
    /** The longest answer read (a signature name is short). */
    private static final int MAX_REPLY = 4096;

    /** What clamd said of one file. {@code signature} is null for a clean file. */
    public record Verdict(boolean clean, String signature) {

        static Verdict ofReply(String reply) {
            String text = reply.strip();
            if (text.endsWith(" FOUND")) {
                String found = text.substring(0, text.length() - " FOUND".length());
                int colon = found.indexOf(':');
                return new Verdict(false, (colon >= 0 ? found.substring(colon + 1) : found).strip());
            }
            if (text.endsWith(": OK") || text.equals("OK")) {
                return new Verdict(true, null);
            }
            return null;
        }
    }

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    public ClamdScanner(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** A {@code host:port} address (an IPv6 host in brackets), or an IllegalArgumentException saying why not. */
    public static InetSocketAddress parseAddress(String address) {
        String text = address == null ? "" : address.strip();
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("must be host:port, such as 127.0.0.1:3310, not '" + text + "'");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535 || host.isBlank()) {
            throw new IllegalArgumentException("must be host:port with a port from 1 to 65535, not '" + text + "'");
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    public String describe() {
        return host + ":" + port;
    }

    /**
     * Scans this content.
     *
     * @throws ScannerUnavailableException when clamd cannot be reached, times out, or answers with an error
     */
    public Verdict scan(byte[] content) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            String reply = read(socket.getInputStream());
            Verdict verdict = Verdict.ofReply(reply);
            if (verdict == null) {
                throw new ScannerUnavailableException("The virus scanner answered '" + reply.strip() + "'", null);
            }
            return verdict;
        } catch (SocketTimeoutException e) {
            throw new ScannerUnavailableException("The virus scanner at " + describe() + " did not answer in time",
                    e);
        } catch (IOException e) {
            throw new ScannerUnavailableException("The virus scanner at " + describe() + " cannot be reached: " + e,
                    e);
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != 0 && reply.size() < MAX_REPLY; b = in.read()) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.UTF_8);
    }
}
