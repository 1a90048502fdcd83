package org.swarmchat.devnet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;

/** A Session account for tests, with the signed request parameters of SPEC §3.4 built by hand. */
public final class TestAccount {
    private final Ed25519KeyPair keys;
    private final String id;

    /** The account of a 32-byte Ed25519 seed. */
    public TestAccount(byte[] seed) {
        this.keys = Ed25519KeyPair.fromSeed(seed);
        this.id = AccountId.of(keys).hex();
    }

    /** A random account from {@code random}. */
    public static TestAccount random(Random random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return new TestAccount(seed);
    }

    /** The 05 Account ID. */
    public String id() {
        return id;
    }

    /** The Ed25519 key in hex. */
    public String ed25519Hex() {
        return keys.publicKey().hex();
    }

    /** Base64 signature over the text. */
    public String sign(String text) {
        return Base64.getEncoder().encodeToString(keys.sign(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Unsigned store params for namespace 0. */
    public ObjectNode store(byte[] data, long timestamp, long ttl) {
        ObjectNode p = DevnetClient.JSON.createObjectNode();
        p.put("pubkey", id);
        p.put("timestamp", timestamp);
        p.put("ttl", ttl);
        p.put("data", Base64.getEncoder().encodeToString(data));
        return p;
    }

    /** Signed store params for a namespace that needs a signature. */
    public ObjectNode signedStore(int namespace, byte[] data, long timestamp, long ttl) {
        ObjectNode p = store(data, timestamp, ttl);
        p.put("namespace", namespace);
        return auth(p, "store" + ns(namespace) + timestamp);
    }

    /** Signed retrieve params. */
    public ObjectNode retrieve(int namespace, long timestamp) {
        ObjectNode p = DevnetClient.JSON.createObjectNode();
        p.put("pubkey", id);
        p.put("namespace", namespace);
        p.put("timestamp", timestamp);
        return auth(p, "retrieve" + ns(namespace) + timestamp);
    }

    /** Signed delete params. */
    public ObjectNode delete(List<String> hashes) {
        ObjectNode p = DevnetClient.JSON.createObjectNode();
        p.put("pubkey", id);
        hashes.forEach(p.putArray("messages")::add);
        return auth(p, "delete" + String.join("", hashes));
    }

    /** Signed delete_all params; {@code namespace} null means "all". */
    public ObjectNode deleteAll(Integer namespace, long timestamp) {
        ObjectNode p = DevnetClient.JSON.createObjectNode();
        p.put("pubkey", id);
        if (namespace == null) {
            p.put("namespace", "all");
        } else {
            p.put("namespace", namespace);
        }
        p.put("timestamp", timestamp);
        return auth(p, "delete_all" + (namespace == null ? "all" : ns(namespace)) + timestamp);
    }

    /** Adds {@code pubkey_ed25519} and the signature over {@code signed}. */
    public ObjectNode auth(ObjectNode params, String signed) {
        params.put("pubkey_ed25519", ed25519Hex());
        params.put("signature", sign(signed));
        return params;
    }

    /** The namespace as signed strings write it. */
    public static String ns(int namespace) {
        return namespace == 0 ? "" : Integer.toString(namespace);
    }
}
