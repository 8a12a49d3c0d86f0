package org.peacekeeping.pledges.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: {@code X-Pledges-Signature: sha256=<hex HMAC-SHA256 of the body with the
 * webhook's secret>}, over the exact bytes sent.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Pledges-Signature";

    private WebhookSignature() {
    }

    /** The header's value for this body. */
    public static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
