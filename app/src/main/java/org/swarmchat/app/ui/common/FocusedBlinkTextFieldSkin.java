package org.swarmchat.app.ui.common;

import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;

/**
 * A {@link TextField} skin (also for password fields) that blinks the caret only while the field has the focus.
 *
 * <p>Why: JavaFX's skin restarts the blink whenever the caret moves, focused or not, so a field that the app clears
 * or fills while another control has the focus (a button that was just clicked) blinks an unseen caret until it next
 * loses the focus, or until its skin is garbage collected, even after its screen has gone: an endless animation that
 * keeps JavaFX at 60 pulses a second. The style sheet ({@code swarmchat.css}) gives every text field this skin. A
 * focused field still blinks as JavaFX does; {@link BlinkTimeoutTextAreaSkin} also stops that, for text areas.
 */
public final class FocusedBlinkTextFieldSkin extends TextFieldSkin {
    /**
     * Whether JavaFX's blink animation runs now. Not initialized here: the super constructor already sets it through
     * {@link #setCaretAnimating}, and an initializer would run after that.
     */
    private boolean blinking;

    /** The skin for {@code field}. */
    public FocusedBlinkTextFieldSkin(TextField field) {
        super(field);
    }

    /** Called by JavaFX on focus changes, clicks and caret moves; the only place that starts or stops the blink. */
    @Override
    public void setCaretAnimating(boolean value) {
        TextField field = getSkinnable();
        boolean blink = value && field != null && field.isFocused();
        super.setCaretAnimating(blink);
        blinking = blink;
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
        super.dispose();
    }
}
