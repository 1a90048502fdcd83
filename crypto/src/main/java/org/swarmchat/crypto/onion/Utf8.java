package org.swarmchat.crypto.onion;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: invalid bytes are an error, not a replacement character. */
final class Utf8 {
    private Utf8() {
    }

    static String decodeStrict(byte[] bytes, int offset, String what) throws MalformedOnionException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedOnionException(what + " is not valid UTF-8", e);
        }
    }
}
