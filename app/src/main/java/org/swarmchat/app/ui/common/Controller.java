package org.swarmchat.app.ui.common;

import javafx.scene.Parent;

/**
 * The entry point of a screen: talks to services, fills its Model, and owns its View. The parent activates it when
 * its view is shown and deactivates it when the view goes; every subscription made in {@link #onActivate()} is
 * released in {@link #onDeactivate()}.
 */
public interface Controller {
    /** The root node of the screen's view. */
    Parent root();

    /** Called on the JavaFX thread when the view is shown. */
    void onActivate();

    /** Called on the JavaFX thread when the view goes away. */
    void onDeactivate();
}
