package org.peacekeeping.pledges.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mail server the application sends to in the container tests: GreenMail's SMTP server in the test JVM, on
 * 127.0.0.1 at {@code it.smtp.port} (the port PLEDGES_MAIL_PORT names in pom.xml), accepting mail for anyone. Test
 * classes without this extension run with nothing on that port: the absent mail server. A test can also put a
 * refusing one there ({@link #refuse()}: every connection is greeted with 554) or none ({@link #stop()}), and bring
 * GreenMail back ({@link #start()}). Register it before Arquillian's extension.
 */
public final class TestMail implements BeforeAllCallback {

    private static final Logger LOG = Logger.getLogger(TestMail.class.getName());

    private static GreenMail greenMail;
    private static Refuser refuser;
    private static boolean hooked;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (TestMail.class) {
            if (!hooked) {
                hooked = true;
                Runtime.getRuntime().addShutdownHook(new Thread(TestMail::stop));
            }
            if (greenMail == null) {
                start();
            }
        }
    }

    static int port() {
        return Integer.getInteger("it.smtp.port", 13325);
    }

    /** GreenMail on the port (whatever was there before is stopped). */
    static synchronized void start() {
        stop();
        greenMail = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        LOG.info("GreenMail SMTP on 127.0.0.1:" + port());
    }

    /** GreenMail on the port, unless it is already there. */
    static synchronized void ensureRunning() {
        if (greenMail == null) {
            start();
        }
    }

    /** A server that answers every connection with 554 (no service) and hangs up. */
    static synchronized void refuse() throws IOException {
        stop();
        refuser = new Refuser(port());
    }

    /** Nothing on the port any more. */
    static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
        if (refuser != null) {
            refuser.close();
            refuser = null;
        }
    }

    /** Every mail GreenMail received since it started. */
    static synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The mails received that match, waiting up to {@code timeout} for at least {@code count} of them. */
    static List<MimeMessage> await(Predicate<MimeMessage> matching, int count, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        List<MimeMessage> found;
        do {
            found = received().stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(end));
        return found;
    }

    /** Mail to this address. */
    static Predicate<MimeMessage> to(String address) {
        return message -> {
            try {
                return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                        .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        };
    }

    /** A mail about this pledge reference (its subject names it). */
    static Predicate<MimeMessage> about(String reference) {
        return message -> {
            try {
                return message.getSubject() != null && message.getSubject().contains(reference);
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        };
    }

    /** Greets with 554 and closes, like a server that does not take mail from us. */
    private static final class Refuser implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        Refuser(int port) throws IOException {
            socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(this::serve, "smtp-refuser");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept(); OutputStream out = client.getOutputStream()) {
                    out.write("554 5.3.2 test server refuses all mail\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // closed: the loop ends
                }
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
                thread.join(Duration.ofSeconds(2).toMillis());
            } catch (IOException | InterruptedException e) {
                LOG.fine("closing the refuser: " + e);
            }
        }
    }
}
