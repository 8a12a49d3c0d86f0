package org.peacekeeping.pledges.platform;

import java.util.Base64;

/**
 * A symmetric key given in the configuration as base64 of 16, 24 or 32 bytes (AES-128, -192 or -256), read the same
 * way by start-up's check and by the code that uses it, so that a key start-up accepts is one that works.
 */
public final class AesKey {

    private AesKey() {
    }

    /**
     * The key's bytes.
     *
     * @param variable the environment variable it came from, named in the message
     * @throws IllegalArgumentException saying what is wrong, naming the variable, never repeating the value
     */
    public static byte[] decode(String variable, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " must be base64 of 16, 24 or 32 bytes (such as the output "
                    + "of: openssl rand -base64 32); it is not base64.");
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException(variable + " must be base64 of 16, 24 or 32 bytes (such as the output "
                    + "of: openssl rand -base64 32), not of " + bytes.length + " bytes.");
        }
        return bytes;
    }
}
