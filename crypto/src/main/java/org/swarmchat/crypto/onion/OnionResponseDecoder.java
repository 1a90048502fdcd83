package org.swarmchat.crypto.onion;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarmchat.crypto.DecryptionException;

/**
 * Client side of an onion response from a storage node (SPEC §4.5). The guard answers HTTP 200 with base64
 * text: the destination's {@code {"status":…,"body":…}} JSON, encrypted with the destination's layer key.
 * Older nodes wrapped that text as {@code {"result":"<base64>"}}; that form is accepted too. Parsing the JSON
 * that comes out is the caller's business. Stateless.
 */
public final class OnionResponseDecoder {
    /** The legacy wrapper, only in its simple form: one member, a base64 string value. */
    private static final Pattern LEGACY_RESULT =
            Pattern.compile("\\{\\s*\"result\"\\s*:\\s*\"([A-Za-z0-9+/=]*)\"\\s*}");

    private OnionResponseDecoder() {
    }

    /**
     * Decrypts the guard's 200 body into the destination's response bytes (UTF-8 JSON).
     *
     * @param responseBody the HTTP body as text; surrounding white space is ignored
     * @param destinationKey {@link OnionRequest#destinationKey()} of the request this answers
     * @throws MalformedOnionException if the body is neither base64 nor the {@code {"result":…}} wrapper
     * @throws DecryptionException if the decoded bytes do not decrypt with the key (too short, tampered, or
     *     encrypted with another key)
     */
    public static byte[] decode(String responseBody, HopKeys destinationKey)
            throws MalformedOnionException, DecryptionException {
        String text = responseBody == null ? "" : responseBody.strip();
        if (text.startsWith("{")) {
            Matcher m = LEGACY_RESULT.matcher(text);
            if (!m.matches()) {
                throw new MalformedOnionException("onion response is JSON without a simple \"result\" string");
            }
            text = m.group(1);
        }
        if (text.isEmpty()) {
            throw new MalformedOnionException("onion response body is empty");
        }
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedOnionException("onion response is not base64: " + e.getMessage(), e);
        }
        return destinationKey.decrypt(ciphertext);
    }

    /**
     * {@link #decode} and UTF-8 decoding in one.
     *
     * @throws MalformedOnionException as {@link #decode}, and if the plaintext is not valid UTF-8
     * @throws DecryptionException as {@link #decode}
     */
    public static String decodeText(String responseBody, HopKeys destinationKey)
            throws MalformedOnionException, DecryptionException {
        return Utf8.decodeStrict(decode(responseBody, destinationKey), 0, "onion response plaintext");
    }
}
