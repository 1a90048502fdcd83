package org.swarmchat.crypto.message;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.swarmchat.crypto.message.proto.Envelope;
import org.swarmchat.crypto.message.proto.WebSocketMessage;

/**
 * The two outer protobuf layers of a stored 1:1 message (SPEC §5.4): the {@code Envelope} around the
 * ciphertext and the {@code WebSocketMessage} request frame around the envelope.
 *
 * <p>Writing is done field by field rather than through the generated builders because the derived wire
 * vector ({@code wire_1to1_example.json}) puts the fields in the order libsession sets them (envelope: type,
 * sourceDevice, timestamp, content, proSig; request: verb, path, id, body), while generated code always
 * writes in field-number order. Both orders parse to the same message in every protobuf implementation;
 * this one makes our bytes equal the vector's. Reading uses the generated parsers.
 */
final class WireFormat {
    /** Envelope.Type.SESSION_MESSAGE. */
    static final int SESSION_MESSAGE = Envelope.Type.SESSION_MESSAGE.getNumber();
    /** WebSocketMessage.Type.REQUEST. */
    static final int REQUEST = WebSocketMessage.Type.REQUEST.getNumber();
    static final int PRO_SIG_LENGTH = 64;

    /** What a receiver needs from the envelope. */
    record Unwrapped(long timestampMillis, byte[] ciphertext) {
    }

    private WireFormat() {
    }

    /** {@code Envelope{type=6, sourceDevice=1, timestamp, content, [proSig]}}. */
    static byte[] envelope(long timestampMillis, byte[] content, Optional<byte[]> proSig) {
        int size = CodedOutputStream.computeEnumSize(1, SESSION_MESSAGE)
                + CodedOutputStream.computeUInt32Size(7, 1)
                + CodedOutputStream.computeUInt64Size(5, timestampMillis)
                + CodedOutputStream.computeByteArraySize(8, content)
                + proSig.map(sig -> CodedOutputStream.computeByteArraySize(11, sig)).orElse(0);
        byte[] out = new byte[size];
        CodedOutputStream writer = CodedOutputStream.newInstance(out);
        try {
            writer.writeEnum(1, SESSION_MESSAGE);
            writer.writeUInt32(7, 1);
            writer.writeUInt64(5, timestampMillis);
            writer.writeByteArray(8, content);
            if (proSig.isPresent()) {
                writer.writeByteArray(11, proSig.get());
            }
            writer.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException("sized protobuf buffer overflowed", e);
        }
        return out;
    }

    /** {@code WebSocketMessage{type=REQUEST, request{verb="", path="", id=0, body}}}. */
    static byte[] webSocketRequest(byte[] body) {
        int requestSize = CodedOutputStream.computeStringSize(1, "")
                + CodedOutputStream.computeStringSize(2, "")
                + CodedOutputStream.computeUInt64Size(4, 0)
                + CodedOutputStream.computeByteArraySize(3, body);
        int size = CodedOutputStream.computeEnumSize(1, REQUEST)
                + CodedOutputStream.computeTagSize(2)
                + CodedOutputStream.computeUInt32SizeNoTag(requestSize)
                + requestSize;
        byte[] out = new byte[size];
        CodedOutputStream writer = CodedOutputStream.newInstance(out);
        try {
            writer.writeEnum(1, REQUEST);
            writer.writeTag(2, com.google.protobuf.WireFormat.WIRETYPE_LENGTH_DELIMITED);
            writer.writeUInt32NoTag(requestSize);
            writer.writeString(1, "");
            writer.writeString(2, "");
            writer.writeUInt64(4, 0);
            writer.writeByteArray(3, body);
            writer.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException("sized protobuf buffer overflowed", e);
        }
        return out;
    }

    /**
     * Reads the envelope out of a stored message, as libsession's {@code decode_envelope} does: the
     * request body must be present, the envelope must parse (its type and timestamp are required) and have
     * content, and a {@code proSig}, when present, must be 64 bytes. The envelope type is not checked.
     *
     * @throws MalformedMessageException naming the first missing or garbled part
     */
    static Unwrapped unwrap(byte[] webSocketMessage) throws MalformedMessageException {
        WebSocketMessage frame;
        Envelope envelope;
        try {
            frame = WebSocketMessage.parseFrom(webSocketMessage);
            if (!frame.hasRequest() || !frame.getRequest().hasBody()) {
                throw new MalformedMessageException("websocket message has no request body");
            }
            envelope = Envelope.parseFrom(frame.getRequest().getBody());
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedMessageException("not a websocket-wrapped Session envelope: " + e.getMessage(), e);
        }
        if (!envelope.hasContent()) {
            throw new MalformedMessageException("envelope has no content");
        }
        if (envelope.hasProSig() && envelope.getProSig().size() != PRO_SIG_LENGTH) {
            throw new MalformedMessageException("envelope proSig is " + envelope.getProSig().size() + " bytes, not 64");
        }
        if (envelope.getTimestamp() <= 0) {
            throw new MalformedMessageException("envelope timestamp is out of range");
        }
        ByteString content = envelope.getContent();
        return new Unwrapped(envelope.getTimestamp(), content.toByteArray());
    }
}
