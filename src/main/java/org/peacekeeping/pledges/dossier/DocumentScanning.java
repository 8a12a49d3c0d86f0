package org.peacekeeping.pledges.dossier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Whether and where uploaded documents are scanned: {@code PLEDGES_CLAMD_ADDRESS} (host:port of clamd's TCPSocket),
 * {@code PLEDGES_DOCUMENT_SCANNING} ({@code on}, the default, or {@code off}), {@code PLEDGES_CLAMD_TIMEOUT_SECONDS}
 * (read timeout, default 60). Start-up ({@code platform.StartupConfiguration}) has already refused production
 * without an address unless scanning is off; demo mode without one stores files marked {@link ScanResult#NOT_SCANNED}.
 */
@ApplicationScoped
public class DocumentScanning {

    public static final String ADDRESS = "pledges.clamd.address";
    public static final String SWITCH = "pledges.document.scanning";
    public static final String TIMEOUT = "pledges.clamd.timeout-seconds";
    private static final Logger LOG = Logger.getLogger(DocumentScanning.class.getName());

    @Inject
    private Config config;

    private ClamdScanner scanner;

    @PostConstruct
    void configure() {
        boolean off = value(SWITCH).map(v -> v.toLowerCase(Locale.ROOT).equals("off")).orElse(false);
        Optional<String> address = value(ADDRESS);
        if (off || address.isEmpty()) {
            LOG.warning(() -> "Uploaded documents are stored without a virus scan ("
                    + (off ? "PLEDGES_DOCUMENT_SCANNING=off" : "no PLEDGES_CLAMD_ADDRESS") + "); each is listed as "
                    + "not scanned");
            return;
        }
        InetSocketAddress parsed = ClamdScanner.parseAddress(address.get());
        int timeout = value(TIMEOUT).map(Integer::parseInt).orElse(60);
        scanner = new ClamdScanner(parsed.getHostString(), parsed.getPort(), Duration.ofSeconds(5),
                Duration.ofSeconds(timeout));
        LOG.info(() -> "Uploaded documents are scanned by clamd at " + scanner.describe());
    }

    /** Whether files are scanned at all (an address is set and scanning is not off). */
    public boolean active() {
        return scanner != null;
    }

    /**
     * Scans this file.
     *
     * @return {@link ScanResult#CLEAN}, or {@link ScanResult#NOT_SCANNED} when scanning is not active
     * @throws DocumentRefusedException    (422) when clamd found something, naming it
     * @throws ScannerUnavailableException when clamd cannot be reached or does not answer in time
     */
    public ScanResult scan(byte[] content) {
        if (scanner == null) {
            return ScanResult.NOT_SCANNED;
        }
        ClamdScanner.Verdict verdict = scanner.scan(content);
        if (!verdict.clean()) {
            LOG.warning(() -> "Refused an uploaded document: clamd found " + verdict.signature());
            throw DocumentRefusedException.infected(verdict.signature());
        }
        return ScanResult.CLEAN;
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
