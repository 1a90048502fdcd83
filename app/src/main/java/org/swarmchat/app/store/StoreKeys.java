package org.swarmchat.app.store;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/** The per-purpose subkeys of the database key, by HKDF-SHA256 with a label each. */
final class StoreKeys {
    static final String FIELD_LABEL = "swarmchat/store/v1/field-sealing";
    static final String INDEX_LABEL = "swarmchat/store/v1/blind-index";

    private StoreKeys() {
    }

    static byte[] derive(byte[] databaseKey, String label) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(databaseKey, null, label.getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[32];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }
}
