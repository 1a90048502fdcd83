package org.swarmchat.app.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.keys.RecoveryPassword;

/** How waiting messages fold into notifications. */
class PendingMessagesTest {
    private final PendingMessages pending = new PendingMessages();

    @Test
    void oneMessageShowsItsSenderAndItsStart() {
        pending.add(someone(), "Alice", "Lunch\n\n  tomorrow?");
        assertThat(pending.drain()).containsExactly(new Notification("Alice", "Lunch tomorrow?"));
        assertThat(pending.isEmpty()).isTrue();
    }

    @Test
    void fiftyMessagesFromOneSenderAreOneNotificationWithTheLatest() {
        AccountId alice = someone();
        for (int i = 1; i <= 50; i++) {
            pending.add(alice, "Alice", "message " + i);
        }
        assertThat(pending.drain()).containsExactly(new Notification("50 new messages from Alice", "message 50"));
    }

    @Test
    void aFewConversationsGetOneEachAndManyGetOneSummary() {
        pending.add(someone(), "Alice", "a");
        pending.add(someone(), "Bob", "b");
        assertThat(pending.drain()).extracting(Notification::title).containsExactly("Alice", "Bob");

        for (String name : new String[] {"Alice", "Bob", "Carol", "Dave", "Erin"}) {
            pending.add(someone(), name, "hi");
        }
        pending.add(someone(), "Frank", "hi");
        assertThat(pending.drain()).containsExactly(new Notification("6 new messages in 6 conversations",
                "From Alice, Bob, Carol and 3 more"));
    }

    @Test
    void aMessageTheUserIsReadingIsForgotten() {
        AccountId alice = someone();
        pending.add(alice, "Alice", "a");
        pending.remove(alice);
        assertThat(pending.isEmpty()).isTrue();
    }

    @Test
    void aLongTextIsCutAtAHundredCharactersWithoutSplittingAnEmoji() {
        String text = "x".repeat(99) + "😀" + "tail";
        String snippet = PendingMessages.snippet(text);
        assertThat(snippet).isEqualTo("x".repeat(99) + "😀…");
        assertThat(PendingMessages.snippet("short")).isEqualTo("short");
    }

    private static AccountId someone() {
        return AccountId.of(RecoveryPassword.keyPairOf(RecoveryPassword.newSeed(new SecureRandom())));
    }
}
