package org.peacekeeping.pledges.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.peacekeeping.pledges.platform.AesKey;

/**
 * How webhook secrets are kept: they sign every body, so they must come back as they were (a hash would not do).
 * With a key ({@code PLEDGES_WEBHOOK_KEY}: 16, 24 or 32 bytes in base64) each is sealed with AES-GCM and stored as
 * {@code v1:<base64 of nonce and ciphertext>}; without one, as {@code plain:<secret>}, so that a database dump alone
 * then reveals them (the operations guide says to set the key in production). Sealed secrets stay readable as long as
 * the key is the same; a plain one is still read after a key is set, and sealed when the webhook's secret changes.
 */
public final class SecretBox {

    private static final String SEALED = "v1:";
    private static final String PLAIN = "plain:";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretBox(SecretKeySpec key) {
        this.key = key;
    }

    /** A box with the configured key (base64), or one that stores secrets as they are when none is configured. */
    public static SecretBox of(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return new SecretBox(null);
        }
        return new SecretBox(new SecretKeySpec(AesKey.decode("PLEDGES_WEBHOOK_KEY", base64Key), "AES"));
    }

    public boolean sealing() {
        return key != null;
    }

    public String seal(String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(SEALED)) {
            throw new IllegalStateException("A webhook secret in an unknown form");
        }
        if (key == null) {
            throw new IllegalStateException("The webhook secret is sealed, and PLEDGES_WEBHOOK_KEY is not set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE));
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The webhook secret cannot be opened: PLEDGES_WEBHOOK_KEY changed?");
        }
    }
}
