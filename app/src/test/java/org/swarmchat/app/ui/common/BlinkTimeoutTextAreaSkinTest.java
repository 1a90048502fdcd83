package org.swarmchat.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A focused text area blinks its caret (and JavaFX draws 60 frames a second) only for a while after input; then the
 * caret stays on, drawn by the skin, and JavaFX's blink animation stops.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BlinkTimeoutTextAreaSkinTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final AtomicInteger pulses = new AtomicInteger();
    private TextArea area;
    private Button button;

    @Start
    void start(Stage stage) {
        area = new TextArea("hello");
        area.setSkin(new BlinkTimeoutTextAreaSkin(area, TIMEOUT));
        button = new Button("Send");
        Scene scene = new Scene(new VBox(8, area, button), 400, 300);
        scene.addPostLayoutPulseListener(pulses::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void blinksAfterInputThenKeepsASteadyCaretWithoutDrawing(FxRobot robot) {
        robot.interact(() -> {
            area.requestFocus();
            area.end();
        });
        assertThat(pulsesPerSecond()).as("pulses a second while the caret blinks").isGreaterThan(20);

        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> steadyCaret().isVisible()));
        assertQuiet("the blink animation once the caret has settled");
        Bounds caret = fx(() -> ((BlinkTimeoutTextAreaSkin) area.getSkin()).getCaretBounds());
        Line line = steadyCaret();
        assertThat(line.getStartX()).as("the steady caret stands where JavaFX's was").isEqualTo(caret.getCenterX());
        assertThat(line.getEndY() - line.getStartY()).isEqualTo(caret.getHeight() - 1);

        robot.write("!");
        assertThat(fx(() -> steadyCaret().isVisible())).as("input hands the caret back to JavaFX").isFalse();
        assertThat(pulsesPerSecond()).as("pulses a second after input").isGreaterThan(20);
    }

    @Test
    void neverBlinksWhenNotFocused(FxRobot robot) {
        // JavaFX's own skin restarts the blink when the caret moves, focused or not.
        robot.interact(() -> {
            button.requestFocus();
            area.setText("sent");
            area.end();
        });
        assertQuiet("the blink animation with the area unfocused");
        assertThat(fx(() -> steadyCaret().isVisible())).isFalse();
    }

    /**
     * Asserts that the skin runs no blink animation. Counting pulses cannot show it here: the pulse timer is shared
     * by every window and scene of the test JVM, and one left animating by an earlier test class kept it at 62 a
     * second in a CI run. That the settled app draws no pulse at all is shown by the idle benchmark with JavaFX's
     * pulse logger (docs/PERFORMANCE.md).
     */
    private void assertQuiet(String what) {
        assertThat(fx(() -> ((BlinkTimeoutTextAreaSkin) area.getSkin()).animatesCaret())).as(what).isFalse();
    }

    /** Counts the scene's pulses over a second, after the events already queued have run. */
    private int pulsesPerSecond() {
        WaitForAsyncUtils.waitForFxEvents();
        int before = pulses.get();
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        return pulses.get() - before;
    }

    private Line steadyCaret() {
        return fx(() -> (Line) area.lookup(".steady-caret"));
    }

    private static <T> T fx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
