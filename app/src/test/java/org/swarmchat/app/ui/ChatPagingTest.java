package org.swarmchat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarmchat.app.ui.UiTests.fx;
import static org.swarmchat.app.ui.UiTests.waitFor;
import static org.swarmchat.app.ui.UiTests.waitUntil;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.store.IncomingMessage;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.keys.RecoveryPassword;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A conversation of 100,000 messages: the chat loads pages as the user scrolls, never the whole history. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChatPagingTest {
    private static final int MESSAGES = 100_000;
    private static final int BATCH = 10_000;

    @RegisterExtension
    static final UiDevnet ui = UiDevnet.ofNodes(10);

    private AppContext context;
    private AccountId peer;

    @Start
    void start(Stage stage) {
        String profile = "p" + System.nanoTime();
        ui.createAccount(profile, "Dana");
        peer = AccountId.of(RecoveryPassword.keyPairOf(RecoveryPassword.newSeed(new SecureRandom())));
        long start = Clock.systemUTC().millis() - Duration.ofDays(50).toMillis();
        try (Profile p = Profile.open(ui.folder(profile), profile, Optional.empty(),
                Clock.systemUTC())) {
            for (int from = 0; from < MESSAGES; from += BATCH) {
                int first = from;
                p.store().writeAndWait(tables -> {
                    for (int i = first; i < first + BATCH; i++) {
                        long sentAt = start + i * 43_000L; // 100,000 messages over 50 days: day separators
                        tables.messages().insertIncoming(new IncomingMessage(peer, hash(i), "message " + i, sentAt,
                                sentAt, sentAt + Duration.ofDays(14).toMillis()));
                    }
                    return null;
                });
            }
        }
        context = ui.context(profile);
        UiTests.show(context, stage);
    }

    @Test
    void showsTheNewestPageAndLoadsOlderPagesOnScroll(FxRobot robot) {
        waitFor(context, AppState.READY);
        robot.interact(() -> robot.lookup("#newConversationField").queryAs(TextInputControl.class)
                .setText(peer.hex()));
        robot.clickOn("#startConversationButton");

        ListView<?> list = fx(() -> robot.lookup("#messageList").queryListView());
        waitUntil(() -> bodies(robot).contains("message " + (MESSAGES - 1)));
        int firstPage = fx(() -> list.getItems().size());
        assertThat(firstPage).as("the newest page and its day separators").isBetween(100, 110);
        assertThat(fx(() -> robot.lookup(".bubble").queryAll().size()))
                .as("only the visible rows have cells").isLessThan(60);

        for (int page = 1; page <= 3; page++) {
            int before = fx(() -> list.getItems().size());
            robot.interact(() -> list.scrollTo(0));
            waitUntil(() -> list.getItems().size() > before);
            robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        }
        int loaded = fx(() -> list.getItems().size());
        assertThat(loaded).as("three more pages of 200, never the whole history").isBetween(700, 760);
        // The next page arrives on top, and the row that was on top stays there, to the pixel, instead of the list
        // jumping to the page's first row. (If that row was the day separator and the page ends on its day, the
        // separator goes, and the message under it takes its place.)
        List<?> oldTop = fx(() -> List.copyOf(list.getItems().subList(0, 2)));
        robot.interact(() -> list.scrollTo(0));
        waitUntil(() -> list.getItems().size() > loaded);
        Object expected = fx(() -> list.getItems().stream().anyMatch(row -> row == oldTop.get(0))
                ? oldTop.get(0) : oldTop.get(1));
        for (int check = 0; check < 2; check++) {
            Top top = fx(() -> top(list));
            assertThat(top.row()).as("the row on top after the page landed").isSameAs(expected);
            assertThat(top.y()).as("its place: at the list's top edge").isEqualTo(0.0);
            assertThat(bodies(robot)).contains("message " + (MESSAGES - 700));
            WaitForAsyncUtils.waitForFxEvents(); // and it stays there in the pulses that follow
        }

        // A wheel that keeps turning up (a scroll every pulse, also while a page loads) keeps loading pages: the
        // list must not stay pinned to the top once a page lands.
        int before = fx(() -> list.getItems().size());
        AnimationTimer wheel = new AnimationTimer() {
            @Override
            public void handle(long now) {
                ((VirtualFlow<?>) list.lookup(".virtual-flow")).scrollPixels(-40);
            }
        };
        robot.interact(wheel::start);
        try {
            waitUntil(() -> list.getItems().size() >= before + 2 * 200);
        } finally {
            robot.interact(wheel::stop);
        }
    }

    /** The row of the first cell in view, and its place relative to the list's top edge. */
    private static Top top(ListView<?> list) {
        IndexedCell<?> cell = ((VirtualFlow<?>) list.lookup(".virtual-flow")).getFirstVisibleCell();
        return new Top(cell.getItem(), cell.getLayoutY());
    }

    private record Top(Object row, double y) {
    }

    private static List<String> bodies(FxRobot robot) {
        return fx(() -> robot.lookup(".bubble .body").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).toList());
    }

    private static String hash(int i) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) (i >>> 24);
        bytes[1] = (byte) (i >>> 16);
        bytes[2] = (byte) (i >>> 8);
        bytes[3] = (byte) i;
        return HexFormat.of().formatHex(bytes);
    }
}
