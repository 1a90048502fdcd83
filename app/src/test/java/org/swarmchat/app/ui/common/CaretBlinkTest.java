package org.swarmchat.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
 * The app's text skins let JavaFX sleep: a focused text area blinks its caret only for a while after input, then shows
 * a steady caret and stops JavaFX's blink animation; a text field blinks only while it has the focus; an unfocused
 * area or field never blinks.
 *
 * <p>Each test asks the skin whether it runs JavaFX's blink animation ({@code animatesCaret()}), never counts pulses:
 * the pulse timer is shared by every window and scene of the test JVM, and one left animating by an earlier test class
 * kept it at 62 a second in a CI run. That the settled app draws no pulse at all is shown by the idle benchmark with
 * JavaFX's pulse logger (docs/PERFORMANCE.md).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CaretBlinkTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private TextArea area;
    private TextField field;
    private Button button;

    @Start
    void start(Stage stage) {
        area = new TextArea("hello");
        area.setSkin(new BlinkTimeoutTextAreaSkin(area, TIMEOUT));
        field = new TextField("Dana");
        button = new Button("Send");
        Scene scene = new Scene(new VBox(8, area, field, button), 400, 300);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
        button.requestFocus();
    }

    @Test
    void blinksAfterInputThenKeepsASteadyCaretWithoutAnimating(FxRobot robot) {
        robot.interact(() -> {
            area.requestFocus();
            area.end();
        });
        assertThat(areaAnimates()).as("the blink animation while the caret blinks").isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> steadyCaret().isVisible()));
        assertThat(areaAnimates()).as("the blink animation once the caret has settled").isFalse();
        Bounds caret = fx(() -> ((BlinkTimeoutTextAreaSkin) area.getSkin()).getCaretBounds());
        Line line = steadyCaret();
        assertThat(line.getStartX()).as("the steady caret stands where JavaFX's was").isEqualTo(caret.getCenterX());
        assertThat(line.getEndY() - line.getStartY()).isEqualTo(caret.getHeight() - 1);

        robot.write("!");
        assertThat(fx(() -> steadyCaret().isVisible())).as("input hands the caret back to JavaFX").isFalse();
        assertThat(areaAnimates()).as("the blink animation after input").isTrue();
    }

    @Test
    void blinksAFieldOnlyWhileItHasTheFocus(FxRobot robot) {
        robot.interact(() -> {
            field.requestFocus();
            field.end();
        });
        assertThat(fieldAnimates()).as("the blink animation of the focused field").isTrue();

        robot.interact(button::requestFocus);
        assertThat(fieldAnimates()).as("the blink animation once the field has lost the focus").isFalse();
    }

    @Test
    void neverBlinksAnUnfocusedAreaOrField(FxRobot robot) {
        // JavaFX's own skins restart the blink when the caret moves, focused or not.
        robot.interact(() -> {
            area.setText("sent");
            area.end();
            field.setText("Erin");
            field.end();
        });
        assertThat(areaAnimates()).as("the blink animation of the unfocused area").isFalse();
        assertThat(fieldAnimates()).as("the blink animation of the unfocused field").isFalse();
        assertThat(fx(() -> steadyCaret().isVisible())).isFalse();
    }

    @Test
    void theThemeGivesEveryTextAreaAndFieldTheseSkins() {
        TextArea plain = fx(() -> {
            TextArea other = new TextArea();
            ((VBox) area.getParent()).getChildren().add(other);
            other.applyCss();
            return other;
        });
        assertThat(fx(plain::getSkin)).isInstanceOf(BlinkTimeoutTextAreaSkin.class);
        assertThat(fx(field::getSkin)).isInstanceOf(FocusedBlinkTextFieldSkin.class);
    }

    private boolean areaAnimates() {
        return fx(() -> ((BlinkTimeoutTextAreaSkin) area.getSkin()).animatesCaret());
    }

    private boolean fieldAnimates() {
        return fx(() -> ((FocusedBlinkTextFieldSkin) field.getSkin()).animatesCaret());
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
