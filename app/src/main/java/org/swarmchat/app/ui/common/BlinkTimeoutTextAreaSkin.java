package org.swarmchat.app.ui.common;

import java.time.Duration;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.shape.Line;

/**
 * A {@link TextArea} skin whose caret stops blinking after {@link #BLINK_TIMEOUT} without input and then stays on,
 * as GTK's {@code gtk-cursor-blink-timeout} does, so that an idle window lets the app sleep.
 *
 * <p>Why: JavaFX blinks the caret with an endless {@code Timeline}, and any running animation keeps the pulse timer
 * at 60 pulses a second, though the caret changes twice a second. With a chat open and its input focused, that was
 * most of the idle app's CPU. JavaFX can stop the blink only by hiding its caret, so once input has stopped this
 * skin stops the blink and draws a steady caret of its own in the same place (a line as tall as the text's caret,
 * in the text colour). Any input, focus change, scroll or resize hands the caret back to JavaFX, which blinks it
 * again for another timeout.
 *
 * <p>It also never blinks an unfocused area: JavaFX's skin restarts the blink when the caret moves, focused or not
 * (e.g. when the app clears the input after a click on a Send button), and that blink would run until the next
 * focus change, unseen.
 *
 * <p>The style sheet ({@code swarmchat.css}) gives every text area this skin ({@code -fx-skin}).
 */
public final class BlinkTimeoutTextAreaSkin extends TextAreaSkin {
    /** How long the caret blinks after the last input (GTK's default). */
    public static final Duration BLINK_TIMEOUT = Duration.ofSeconds(10);

    private final Duration timeout;
    private final Line steadyCaret = new Line();
    /** When the caret last had input or was handed back to JavaFX, from {@link System#nanoTime()}. */
    private long lastInput;
    /** Whether JavaFX's blink is meant to run: the area is focused and the caret has not settled. */
    private boolean blinking;
    /** Whether the blink has timed out: the steady caret is shown, unless JavaFX would show no caret either. */
    private boolean settled;
    /** Whether a timeout check is scheduled; at most one is, however often input comes. */
    private boolean checkPending;

    /** The skin for {@code area}. */
    public BlinkTimeoutTextAreaSkin(TextArea area) {
        this(area, BLINK_TIMEOUT);
    }

    /** The skin for {@code area}, whose caret blinks for {@code timeout} after input (tests use a short one). */
    BlinkTimeoutTextAreaSkin(TextArea area, Duration timeout) {
        super(area);
        this.timeout = timeout;
        steadyCaret.getStyleClass().add("steady-caret");
        steadyCaret.setManaged(false);
        steadyCaret.setMouseTransparent(true);
        steadyCaret.setVisible(false);
        steadyCaret.strokeProperty().bind(textFillProperty());
        getChildren().add(steadyCaret);
        // Things that move the text under a settled caret without moving the caret: JavaFX's caret follows them.
        registerChangeListener(area.textProperty(), o -> wake());
        registerChangeListener(area.scrollTopProperty(), o -> wake());
        registerChangeListener(area.scrollLeftProperty(), o -> wake());
        registerChangeListener(area.widthProperty(), o -> wake());
        registerChangeListener(area.heightProperty(), o -> wake());
        registerChangeListener(area.fontProperty(), o -> wake());
        // The super constructor starts the blink of an area that is already focused, before this skin's fields exist.
        setCaretAnimating(area.isFocused());
    }

    /**
     * Called by the text area's behavior on focus changes, clicks and caret moves: that is input, so the blink starts
     * again (if the area is focused) and the timeout with it.
     */
    @Override
    public void setCaretAnimating(boolean value) {
        TextArea area = getSkinnable();
        boolean blink = value && area != null && area.isFocused();
        super.setCaretAnimating(blink);
        if (steadyCaret == null) {
            return; // called by the super constructor; this constructor calls again
        }
        steadyCaret.setVisible(false);
        settled = false;
        blinking = blink;
        if (blink) {
            lastInput = System.nanoTime();
            scheduleCheck(timeout);
        }
    }

    /** Whether JavaFX's blink animation runs now (and with it the pulse timer, at 60 a second). */
    boolean animatesCaret() {
        return blinking;
    }

    @Override
    public void dispose() {
        // JavaFX's dispose leaves a running blink running, until the skin is garbage collected.
        super.setCaretAnimating(false);
        blinking = false;
        getChildren().remove(steadyCaret);
        super.dispose();
    }

    /** Hands a settled caret back to JavaFX; does nothing while it blinks (the timeout is for input, not this). */
    private void wake() {
        if (settled) {
            setCaretAnimating(true);
        }
    }

    private void scheduleCheck(Duration delay) {
        if (!checkPending) {
            checkPending = true;
            FxTimer.after(delay, this::check);
        }
    }

    private void check() {
        checkPending = false;
        if (!blinking || getSkinnable() == null) {
            return;
        }
        Duration idle = Duration.ofNanos(System.nanoTime() - lastInput);
        if (idle.compareTo(timeout) < 0) {
            scheduleCheck(timeout.minus(idle));
        } else {
            settle();
        }
    }

    /** Stops JavaFX's blink (which hides its caret) and shows the steady caret where JavaFX's was. */
    private void settle() {
        TextArea area = getSkinnable();
        super.setCaretAnimating(false);
        blinking = false;
        settled = true;
        Bounds caret = getCaretBounds();
        // JavaFX shows no caret over a selection, nor in an area that cannot be edited; nor one scrolled out of view.
        boolean shown = area.getCaretPosition() == area.getAnchor() && area.isEditable() && !area.isDisabled()
                && caret != null && !caret.isEmpty() && viewport().map(v -> v.contains(caret)).orElse(true);
        if (shown) {
            // JavaFX's caret is a path of stroke width 1 with square caps: its bounds reach half a pixel past it.
            double x = caret.getCenterX();
            steadyCaret.setStartX(x);
            steadyCaret.setEndX(x);
            steadyCaret.setStartY(caret.getMinY() + 0.5);
            steadyCaret.setEndY(caret.getMaxY() - 0.5);
            steadyCaret.toFront();
        }
        steadyCaret.setVisible(shown);
    }

    /** The visible part of the text, in the area's coordinates. */
    private Optional<Bounds> viewport() {
        Node viewport = getSkinnable().lookup(".viewport");
        return Optional.ofNullable(viewport)
                .map(v -> getSkinnable().sceneToLocal(v.localToScene(v.getLayoutBounds())));
    }
}
