package org.swarmchat.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** No message is lost while nodes join and leave and swarms split and dissolve under a stream of stores. */
class ChurnTest {

    @Test
    void fiveHundredMessagesSurviveChurnOnThirtyNodes() throws Exception {
        int checked = new ChurnScenario(30, 50, 500, 11).run();
        assertThat(checked).isGreaterThanOrEqualTo(500 * 5);
    }

    /** The full size; run with {@code -Dswarmchat.slow=true} (it takes minutes on two busy cores). */
    @Test
    @Tag("slow")
    @EnabledIfSystemProperty(named = "swarmchat.slow", matches = "true")
    void fiveThousandMessagesForThreeHundredAccountsSurviveChurn() throws Exception {
        int checked = new ChurnScenario(100, 300, 5000, 12).run();
        assertThat(checked).isGreaterThanOrEqualTo(5000 * 5);
    }
}
