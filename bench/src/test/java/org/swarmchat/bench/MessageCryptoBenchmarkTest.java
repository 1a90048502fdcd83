package org.swarmchat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.message.OpenedMessage;

/** Each benchmark does the work it claims: what one side seals, the other opens, and both agree on the sender. */
class MessageCryptoBenchmarkTest {

    @Test
    void everyBenchmarkMethodRunsAndTheTwoLibrariesInteroperate() throws Exception {
        MessageCryptoBenchmark bench = new MessageCryptoBenchmark();
        bench.setUp();

        byte[] ours = bench.sealSignBouncyCastle();
        byte[] theirs = bench.sealSignLibsodium();
        byte[] senderX = bench.openVerifyLibsodium();

        assertThat(ours).hasSameSizeAs(theirs);
        assertThat(bench.openVerifyBouncyCastle()).isNotNull();
        assertThat(senderX).hasSize(32);
        OpenedMessage opened = (OpenedMessage) bench.fullOpenBouncyCastle();
        assertThat(opened.text()).isEqualTo(MessageCryptoBenchmark.TEXT_100);
        assertThat(bench.fullSealBouncyCastle()).isNotBlank();
    }
}
