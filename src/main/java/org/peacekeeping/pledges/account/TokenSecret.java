package org.peacekeeping.pledges.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal access token: {@code ppt_} followed by 43 base64url characters (32 random bytes, 256
 * bits). It is shown once, when created; the database keeps only its SHA-256 digest (a slow password hash is not
 * needed for a secret nobody can guess) and its first characters, the prefix, to tell tokens apart on a list.
 * {@link #toString()} never shows it, so that it cannot end up in a log by accident.
 */
public final class TokenSecret {

    /** What every token starts with: secret scanners and people can tell what it is. */
    public static final String MARK = "ppt_";
    /** The characters of a token shown on lists: the mark and 8 random characters. */
    public static final int PREFIX_LENGTH = MARK.length() + 8;
    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("ppt_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private TokenSecret(String value) {
        this.value = value;
    }

    /** A new secret from the system's strong random source. */
    public static TokenSecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new TokenSecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The secret sent by a client, if it has the form of one (anything else cannot be a token). */
    public static Optional<TokenSecret> parse(String sent) {
        if (sent == null) {
            return Optional.empty();
        }
        String candidate = sent.strip();
        return FORMAT.matcher(candidate).matches() ? Optional.of(new TokenSecret(candidate)) : Optional.empty();
    }

    /**
     * The token of an {@code Authorization} header value {@code Bearer <token>} (the scheme in any case), if it has
     * the form of one.
     */
    public static Optional<TokenSecret> fromAuthorization(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return parse(header.substring(7));
    }

    /** The lower-case hex SHA-256 digest of the secret: what the database stores and looks up. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first characters, safe to show and to store. */
    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    /** The secret itself: for the one answer that shows it to its owner, and nothing else. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenSecret secret
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                secret.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
