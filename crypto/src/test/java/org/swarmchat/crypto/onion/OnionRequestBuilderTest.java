package org.swarmchat.crypto.onion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.X25519KeyPair;
import org.swarmchat.crypto.X25519PublicKey;

/** Builds onion requests and peels them node by node, as a storage node does, then answers and decodes. */
class OnionRequestBuilderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] RPC = "{\"method\":\"info\",\"params\":{}}".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final OnionRequestBuilder builder = new OnionRequestBuilder(random);
    private final List<TestNode> nodes = IntStream.range(0, 4).mapToObj(i -> new TestNode(random)).toList();

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void threeHopRequestIsPeeledHopByHopAndTheResponseDecodes(EncryptionType type) throws Exception {
        OnionRequest request = builder.build(path(3), destination(), RPC, type);

        Delivery delivery = deliver(request.guardBody());

        assertThat(delivery.visited()).containsExactlyElementsOf(nodes);
        assertThat(delivery.rpcBody()).isEqualTo(RPC);
        assertThat(delivery.destinationKey().type()).isEqualTo(type);

        String reply = "{\"status\":200,\"body\":\"{\\\"t\\\":1700000000000}\"}";
        String wire = OnionLayerPeeler.encryptResponse(delivery.destinationKey(),
                reply.getBytes(StandardCharsets.UTF_8), random);
        assertThat(OnionResponseDecoder.decodeText(wire, request.destinationKey())).isEqualTo(reply);
    }

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void everyLayerHasItsOwnEphemeralKeyAndTheExpectedControlJson(EncryptionType type) throws Exception {
        OnionRequest request = builder.build(path(3), destination(), RPC, type);

        Delivery delivery = deliver(request.guardBody());

        String encType = type == EncryptionType.AES_GCM ? "" : ",\"enc_type\":\"xchacha20\"";
        List<String> controls = delivery.controls();
        assertThat(controls.get(0)).matches("\\{\"ephemeral_key\":\"[0-9a-f]{64}\"" + encType + "}");
        for (int i = 1; i <= 3; i++) {
            assertThat(controls.get(i)).isEqualTo("{\"destination\":\"" + nodes.get(i).ed.publicKey().hex()
                    + "\",\"ephemeral_key\":\"" + delivery.ephemerals().get(i) + "\"" + encType + "}");
        }
        assertThat(controls.get(4)).isEqualTo("{\"headers\":{}}");
        Set<String> distinct = new HashSet<>(delivery.ephemerals());
        assertThat(distinct).hasSize(4);
        assertThat(request.destinationKey().clientEphemeral().hex()).isEqualTo(delivery.ephemerals().get(3));
    }

    @Test
    void aOneNodePathWorks() throws Exception {
        OnionRequest request = builder.build(List.of(hop(0)), new OnionHop(nodes.get(1).ed.publicKey(),
                nodes.get(1).x.publicKey()), RPC, EncryptionType.AES_GCM);

        Delivery delivery = deliver(request.guardBody());

        assertThat(delivery.visited()).containsExactly(nodes.get(0), nodes.get(1));
        assertThat(delivery.rpcBody()).isEqualTo(RPC);
    }

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void aTamperedGuardLayerDoesNotOpen(EncryptionType type) throws Exception {
        byte[] body = builder.build(path(3), destination(), RPC, type).guardBody();
        body[4 + 30] ^= 0x01;

        CombinedPayload outer = CombinedPayload.decode(body);
        X25519PublicKey ephemeral = X25519PublicKey.fromHex(JSON.readTree(outer.json()).get("ephemeral_key").asText());
        assertThatThrownBy(() -> OnionLayerPeeler.decryptLayer(nodes.get(0).x, ephemeral, type, outer.blob()))
                .isInstanceOf(DecryptionException.class);
    }

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void aTamperedInnerLayerFailsAtItsNode(EncryptionType type) throws Exception {
        byte[] body = builder.build(path(3), destination(), RPC, type).guardBody();
        CombinedPayload outer = CombinedPayload.decode(body);
        JsonNode control = JSON.readTree(outer.json());
        PeeledLayer guardLayer = OnionLayerPeeler.decryptLayer(nodes.get(0).x,
                X25519PublicKey.fromHex(control.get("ephemeral_key").asText()), type, outer.blob());
        CombinedPayload forRelay = guardLayer.payload();
        JsonNode relayControl = JSON.readTree(forRelay.json());
        byte[] tampered = forRelay.blob();
        tampered[tampered.length - 1] ^= (byte) 0x80;

        assertThatThrownBy(() -> OnionLayerPeeler.decryptLayer(nodes.get(1).x,
                X25519PublicKey.fromHex(relayControl.get("ephemeral_key").asText()), type, tampered))
                .isInstanceOf(DecryptionException.class);
    }

    @ParameterizedTest
    @EnumSource(EncryptionType.class)
    void aNodeOtherThanTheAddresseeCannotOpenTheLayer(EncryptionType type) throws Exception {
        CombinedPayload outer = CombinedPayload.decode(builder.build(path(3), destination(), RPC, type).guardBody());
        X25519PublicKey ephemeral = X25519PublicKey.fromHex(JSON.readTree(outer.json()).get("ephemeral_key").asText());

        assertThatThrownBy(() -> OnionLayerPeeler.decryptLayer(nodes.get(1).x, ephemeral, type, outer.blob()))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void aResponseEncryptedWithAnotherKeyIsRejected() throws Exception {
        OnionRequest request = builder.build(path(3), destination(), RPC, EncryptionType.AES_GCM);
        OnionRequest other = builder.build(path(3), destination(), RPC, EncryptionType.AES_GCM);
        String wire = OnionLayerPeeler.encryptResponse(other.destinationKey(), new byte[] {'{', '}'}, random);

        assertThatThrownBy(() -> OnionResponseDecoder.decode(wire, request.destinationKey()))
                .isInstanceOf(DecryptionException.class);
    }

    @Test
    void anEmptyPathIsAProgrammingError() {
        assertThatThrownBy(() -> builder.build(List.of(), destination(), RPC, EncryptionType.AES_GCM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSmallOrderNodeKeyIsRejected() {
        OnionHop broken = new OnionHop(nodes.get(1).ed.publicKey(), X25519PublicKey.of(new byte[32]));

        assertThatThrownBy(() -> builder.build(List.of(hop(0), broken), destination(), RPC, EncryptionType.AES_GCM))
                .isInstanceOf(InvalidHopKeyException.class);
        assertThatThrownBy(() -> builder.build(path(2), broken, RPC, EncryptionType.XCHACHA20))
                .isInstanceOf(InvalidHopKeyException.class);
    }

    @Test
    void aSmallOrderEphemeralKeyCannotBeOpenedByTheNode() {
        assertThatThrownBy(() -> OnionLayerPeeler.decryptLayer(nodes.get(0).x, X25519PublicKey.of(new byte[32]),
                EncryptionType.AES_GCM, new byte[64])).isInstanceOf(DecryptionException.class);
    }

    private List<OnionHop> path(int length) {
        return IntStream.range(0, length).mapToObj(this::hop).toList();
    }

    private OnionHop hop(int i) {
        return new OnionHop(nodes.get(i).ed.publicKey(), nodes.get(i).x.publicKey());
    }

    private OnionHop destination() {
        return hop(3);
    }

    /** What a storage node does with an onion body, node after node, until one finds {@code headers}. */
    private Delivery deliver(byte[] guardBody) throws Exception {
        List<TestNode> visited = new ArrayList<>();
        List<String> controls = new ArrayList<>();
        List<String> ephemerals = new ArrayList<>();
        CombinedPayload incoming = CombinedPayload.decode(guardBody);
        JsonNode control = JSON.readTree(incoming.json());
        controls.add(incoming.json());
        TestNode current = nodes.get(0);
        while (true) {
            visited.add(current);
            String ephemeral = control.get("ephemeral_key").asText();
            ephemerals.add(ephemeral);
            EncryptionType type = control.has("enc_type")
                    ? EncryptionType.parse(control.get("enc_type").asText()) : EncryptionType.AES_GCM;
            PeeledLayer layer = OnionLayerPeeler.decryptLayer(current.x, X25519PublicKey.fromHex(ephemeral), type,
                    incoming.blob());
            CombinedPayload inner = layer.payload();
            JsonNode innerControl = JSON.readTree(inner.json());
            controls.add(inner.json());
            if (innerControl.has("headers")) {
                return new Delivery(visited, controls, ephemerals, inner.blob(), layer.replyKey());
            }
            current = byEd25519(innerControl.get("destination").asText());
            incoming = inner;
            control = innerControl;
        }
    }

    private TestNode byEd25519(String hex) {
        return nodes.stream().filter(n -> n.ed.publicKey().hex().equals(hex)).findFirst()
                .orElseThrow(() -> new AssertionError("Next node not found: " + hex));
    }

    private record Delivery(List<TestNode> visited, List<String> controls, List<String> ephemerals,
            byte[] rpcBody, HopKeys destinationKey) {
    }

    private static final class TestNode {
        final Ed25519KeyPair ed;
        final X25519KeyPair x;

        TestNode(SecureRandom random) {
            ed = Ed25519KeyPair.generate(random);
            x = ed.toX25519();
        }
    }
}
