package org.swarmchat.app.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Older rows put on top of a chat leave the row the user was looking at where it was on screen, to the pixel. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChatViewTest {
    private final ChatModel model = new ChatModel();
    private ChatView view;
    private ListView<?> list;

    @Start
    void start(Stage stage) {
        // The view calls its controller only when the user acts (send, retry, scroll to the top).
        view = new ChatView(model, null);
        model.hasOlder.set(false);
        model.items.setAll(days(0, 300));
        stage.setScene(new Scene(view.root(), 400, 600));
        stage.show();
        list = (ListView<?>) view.root().lookup("#messageList");
    }

    @Test
    void keepsAPartlyHiddenTopRowAtItsPlace(FxRobot robot) {
        robot.interact(() -> {
            list.scrollTo(150);
            list.layout();
            flow().scrollPixels(13);
        });
        Object row = fx(() -> top().getItem());
        double y = fx(() -> top().getLayoutY());
        assertThat(y).as("the top row, partly above the edge").isLessThan(0);

        robot.interact(() -> view.keepPosition(() -> model.items.addAll(0, days(1000, 200))));

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> top().getItem())).isSameAs(row);
        assertThat(fx(() -> top().getIndex())).isEqualTo(350);
        assertThat(fx(() -> top().getLayoutY())).isCloseTo(y, within(0.5));
    }

    @Test
    void keepsTheNextRowWhenTheTopRowGoes(FxRobot robot) {
        robot.interact(() -> list.scrollTo(0));
        Object second = fx(() -> model.items.get(1));

        robot.interact(() -> view.keepPosition(() -> {
            model.items.removeFirst();
            model.items.addAll(0, days(1000, 200));
        }));

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> top().getItem())).isSameAs(second);
        assertThat(fx(() -> top().getLayoutY())).isCloseTo(0.0, within(0.5));
    }

    private static List<ChatItem> days(int first, int count) {
        List<ChatItem> rows = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            rows.add(new ChatItem.Day(LocalDate.of(2000, 1, 1).plusDays(i)));
        }
        return rows;
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }

    private IndexedCell<?> top() {
        return flow().getFirstVisibleCell();
    }

    private static <T> T fx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
