package org.swarmchat.app.ui.common;

import java.util.Objects;
import javafx.scene.Scene;

/** The app's light and dark themes: one style sheet, with the dark colours under the root's {@code dark} class. */
public final class Theme {
    private static final String DARK = "dark";

    private Theme() {
    }

    /** Adds the style sheet to {@code scene}. */
    public static void install(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource("swarmchat.css"),
                "swarmchat.css").toExternalForm());
        scene.getRoot().getStyleClass().add("swarmchat");
    }

    /** Switches {@code scene} to the dark or light colours. */
    public static void setDark(Scene scene, boolean dark) {
        scene.getRoot().getStyleClass().remove(DARK);
        if (dark) {
            scene.getRoot().getStyleClass().add(DARK);
        }
    }

    /** Whether {@code scene} shows the dark colours. */
    public static boolean isDark(Scene scene) {
        return scene.getRoot().getStyleClass().contains(DARK);
    }
}
