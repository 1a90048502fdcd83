package org.swarmchat.app.ui.notify;

import java.util.Objects;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.swarmchat.app.ui.common.UIThread;

/**
 * Notifications inside the window, for desktops without a notification service: each one a toast in the top right
 * corner that fades out after a few seconds (a click dismisses it at once). At most {@link #MAX_SHOWN} are on screen;
 * a new one pushes out the oldest.
 */
public final class InAppNotifier implements Notifier {
    /** How many toasts are shown at once. */
    public static final int MAX_SHOWN = 3;
    private static final Duration SHOWN_FOR = Duration.seconds(5);
    private static final Duration FADE = Duration.millis(600);

    private final VBox layer = new VBox(8);

    /** A notifier whose toasts appear in {@link #node()}. */
    public InAppNotifier() {
        layer.setId("toasts");
        layer.setAlignment(Pos.TOP_RIGHT);
        layer.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // Clicks between and around the toasts reach the window below.
        layer.setPickOnBounds(false);
        layer.getStylesheets().add(Objects.requireNonNull(InAppNotifier.class.getResource("toast.css"),
                "toast.css").toExternalForm());
    }

    /** The layer that holds the toasts: put it above the window's content, aligned to the top right. */
    public Parent node() {
        return layer;
    }

    @Override
    public void show(Notification notification) {
        UIThread.run(() -> add(notification));
    }

    private void add(Notification notification) {
        Label title = new Label(notification.title());
        title.getStyleClass().add("toast-title");
        Label body = new Label(notification.body());
        body.getStyleClass().add("toast-body");
        body.setWrapText(true);
        VBox toast = new VBox(2, title, body);
        toast.getStyleClass().add("toast");
        toast.setMaxWidth(340);
        toast.setOnMouseClicked(e -> layer.getChildren().remove(toast));
        if (layer.getChildren().size() >= MAX_SHOWN) {
            layer.getChildren().removeFirst();
        }
        layer.getChildren().add(toast);

        FadeTransition fade = new FadeTransition(FADE, toast);
        fade.setToValue(0);
        SequentialTransition life = new SequentialTransition(new PauseTransition(SHOWN_FOR), fade);
        life.setOnFinished(e -> layer.getChildren().remove(toast));
        life.play();
    }
}
