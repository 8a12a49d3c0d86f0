package org.peacekeeping.pledges.savedlist;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a digest mail's unfollow link: HMAC-SHA256 with the server's link key over the purpose, the saved
 * list's id and its owner's account id, in base64url without padding (43 characters). A link signed for one list,
 * one account or another purpose is worthless for any other; without the key nobody can make one. Plain Java.
 */
public final class UnfollowSignature {

    /** What the signature is for: the same key may one day sign other links, which then mean nothing here. */
    static final String PURPOSE = "saved-list-unfollow";
    /** The shortest key taken: 256 bits, HMAC-SHA256's own size. */
    public static final int KEY_BYTES = 32;
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What a link's parameters are worth. */
    public enum Verdict {
        /** Signed by this server for this list and account. */
        VALID,
        /** Not even in the form of a link (missing, non-numeric, cut or padded): 400. */
        MALFORMED,
        /** Well formed, but not signed for this list and account with this key: 403. */
        FORGED
    }

    /** A link's saved list and account, when they are numbers at all. */
    public record Target(long savedListId, long accountId) {
    }

    private final SecretKeySpec key;

    public UnfollowSignature(byte[] key) {
        if (key == null || key.length < KEY_BYTES) {
            throw new IllegalArgumentException("A link key has at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public String sign(long savedListId, long accountId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((PURPOSE + "\n" + savedListId + "\n" + accountId)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The list and account a link names, if its parameters are in the form of one. */
    public static Optional<Target> target(String savedListId, String accountId) {
        if (savedListId == null || accountId == null || !ID.matcher(savedListId).matches()
                || !ID.matcher(accountId).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Target(Long.parseLong(savedListId), Long.parseLong(accountId)));
    }

    /** Checks a link's parameters, in constant time for the signature. */
    public Verdict check(String savedListId, String accountId, String signature) {
        Optional<Target> target = target(savedListId, accountId);
        if (target.isEmpty() || signature == null || !SIGNATURE.matcher(signature).matches()) {
            return Verdict.MALFORMED;
        }
        byte[] expected = sign(target.get().savedListId(), target.get().accountId())
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII)) ? Verdict.VALID
                : Verdict.FORGED;
    }
}
