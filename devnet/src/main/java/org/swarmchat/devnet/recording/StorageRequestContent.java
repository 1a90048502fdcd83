package org.swarmchat.devnet.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a storage RPC body a privacy test looks for: every {@code pubkey} and {@code data} member, found
 * anywhere in the JSON so that batches, sequences and conditionals are covered without knowing their layouts.
 * A body that is not JSON yields only its text.
 */
record StorageRequestContent(String text, Set<String> pubkeys, List<String> data) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static StorageRequestContent of(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Set<String> pubkeys = new LinkedHashSet<>();
        List<String> data = new ArrayList<>();
        try {
            collect(MAPPER.readTree(body), pubkeys, data);
        } catch (IOException e) {
            // not JSON: the node could read only the text, which is kept
        }
        return new StorageRequestContent(text, pubkeys, data);
    }

    private static void collect(JsonNode node, Set<String> pubkeys, List<String> data) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                JsonNode value = member.getValue();
                if (value.isTextual() && member.getKey().equals("pubkey")) {
                    pubkeys.add(value.asText());
                } else if (value.isTextual() && member.getKey().equals("data")) {
                    data.add(value.asText());
                } else {
                    collect(value, pubkeys, data);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, pubkeys, data));
        }
    }
}
