package org.swarmchat.devnet;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.swarmchat.crypto.HexCodec;

/**
 * Loads the protocol test vectors from {@code ../shared/protocol/vectors}. Where that folder is absent the
 * calling test is skipped with that reason, so every other test still runs.
 */
public final class Vectors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Vectors() {
    }

    /** The shared protocol folder, from the build's {@code swarmchat.shared.dir} or beside the checkout. */
    public static Path protocolDir() {
        String configured = System.getProperty("swarmchat.shared.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        return shared.resolve("protocol");
    }

    /** Reads {@code vectors/NAME}, or skips the test when the shared folder is not there. */
    public static JsonNode load(String name) {
        Path file = protocolDir().resolve("vectors").resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared protocol vectors not found at " + file);
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a hex string member. */
    public static byte[] hex(JsonNode node) {
        return HexCodec.decode(node.asText(), "vector");
    }
}
