package org.swarmchat.crypto.message;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.message.proto.Content;
import org.swarmchat.crypto.message.proto.DataMessage;
import org.swarmchat.crypto.message.proto.LokiProfile;

/** The {@code Content} protobuf of a text message (SPEC §5.5), both ways. */
final class ContentCodec {

    /** The fields a receiver reads from a text {@code Content}. */
    record TextContent(String text, Optional<String> displayName, Optional<String> syncTarget,
                       Optional<Long> sigTimestamp) {
    }

    private ContentCodec() {
    }

    /**
     * Encodes {@code dataMessage{body, [timestamp], [profile.displayName], [syncTarget]}, sigTimestamp}.
     *
     * @param legacyTimestamp also fill {@code DataMessage.timestamp} (7), which older clients read
     * @param syncTarget the original recipient, for the copy a sender keeps in its own swarm
     */
    static byte[] encode(OutgoingText message, boolean legacyTimestamp, Optional<AccountId> syncTarget) {
        DataMessage.Builder data = DataMessage.newBuilder().setBody(message.text());
        if (legacyTimestamp) {
            data.setTimestamp(message.sentAtMillis());
        }
        message.displayName().ifPresent(name -> data.setProfile(LokiProfile.newBuilder().setDisplayName(name)));
        syncTarget.ifPresent(target -> data.setSyncTarget(target.hex()));
        return Content.newBuilder()
                .setDataMessage(data)
                .setSigTimestamp(message.sentAtMillis())
                .build()
                .toByteArray();
    }

    /**
     * Decodes a text {@code Content}.
     *
     * @throws NotATextMessageException when it parses but has no {@code dataMessage.body}
     * @throws MalformedMessageException when it does not parse
     */
    static TextContent decode(byte[] content) throws MalformedMessageException {
        Content parsed;
        try {
            parsed = Content.parseFrom(content);
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedMessageException("content is not a valid Content protobuf", e);
        }
        if (!parsed.hasDataMessage() || !parsed.getDataMessage().hasBody()) {
            throw new NotATextMessageException("not a text message (no dataMessage.body)");
        }
        DataMessage data = parsed.getDataMessage();
        Optional<String> displayName = data.hasProfile() && !data.getProfile().getDisplayName().isEmpty()
                ? Optional.of(data.getProfile().getDisplayName())
                : Optional.empty();
        Optional<String> syncTarget = data.getSyncTarget().isEmpty()
                ? Optional.empty()
                : Optional.of(data.getSyncTarget());
        // Old clients leave sigTimestamp unset; zero means the same to desktop.
        Optional<Long> sigTimestamp = parsed.getSigTimestamp() != 0
                ? Optional.of(parsed.getSigTimestamp())
                : Optional.empty();
        return new TextContent(data.getBody(), displayName, syncTarget, sigTimestamp);
    }
}
