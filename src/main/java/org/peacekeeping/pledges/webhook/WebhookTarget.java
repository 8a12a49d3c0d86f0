package org.peacekeeping.pledges.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may be sent, against server-side request forgery: the URL is absolute, without user info or
 * fragment; in production it is {@code https} and every address its host resolves to is public (no loopback,
 * private, link-local, carrier-grade NAT, unique-local, multicast or unspecified address) unless private targets are
 * allowed by configuration ({@code PLEDGES_WEBHOOK_ALLOW_PRIVATE}); in demo mode {@code http} is also allowed, to a
 * loopback host only, and loopback addresses are allowed. Checked when a webhook is registered and again, with a
 * fresh lookup, before every delivery (an address that changed meanwhile is refused then).
 *
 * @param demo         demo mode: http and loopback allowed
 * @param allowPrivate private (and loopback) addresses allowed, with https
 */
public record WebhookTarget(boolean demo, boolean allowPrivate) {

    public static final int MAX_LENGTH = 2000;

    /** How a host name becomes addresses: the system resolver, or a fixed answer in tests. */
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
    }

    /** The URL, parsed, when its form is allowed; otherwise the reason (for a field error or a delivery's answer). */
    public URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new TargetRefused("is required");
        }
        String text = url.strip();
        if (text.length() > MAX_LENGTH) {
            throw new TargetRefused("is at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new TargetRefused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            throw new TargetRefused("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new TargetRefused("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new TargetRefused("must not have a fragment (#...)");
        }
        if (scheme.equals("http")) {
            if (!demo) {
                throw new TargetRefused("must be https");
            }
            if (!loopbackName(uri.getHost())) {
                throw new TargetRefused("may be http only to a loopback host (demo mode); use https");
            }
        } else if (!scheme.equals("https")) {
            throw new TargetRefused("must be https");
        }
        return uri;
    }

    /** Parses the URL and resolves its host: refused when any address is one this mode does not send to. */
    public URI check(String url, Resolver resolver) {
        URI uri = parse(url);
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(hostOf(uri));
        } catch (UnknownHostException e) {
            throw new TargetRefused("has a host that cannot be resolved: " + uri.getHost());
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        for (InetAddress address : addresses) {
            refusal(address, http).ifPresent(reason -> {
                throw new TargetRefused("resolves to " + address.getHostAddress() + ", " + reason);
            });
        }
        return uri;
    }

    private Optional<String> refusal(InetAddress address, boolean http) {
        if (http && !address.isLoopbackAddress()) {
            return Optional.of("not a loopback address (http is for loopback only)");
        }
        if (address.isLoopbackAddress()) {
            return demo || allowPrivate ? Optional.empty() : Optional.of("a loopback address");
        }
        if (restricted(address)) {
            return allowPrivate ? Optional.empty() : Optional.of("a private or reserved address (allow private "
                    + "targets with PLEDGES_WEBHOOK_ALLOW_PRIVATE=true)");
        }
        return Optional.empty();
    }

    /** Private, link-local, carrier-grade NAT, unique-local, multicast, unspecified and IPv4-mapped private ranges. */
    static boolean restricted(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || address.isLoopbackAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // 100.64.0.0/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return restricted(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean loopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Why a target is refused: the text completes "url ...". */
    public static class TargetRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TargetRefused(String reason) {
            super(reason);
        }
    }
}
