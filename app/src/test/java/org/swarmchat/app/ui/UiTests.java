package org.swarmchat.app.ui;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.core.MessengerSettings;
import org.swarmchat.app.core.SendSettings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shared helpers of the UI tests: the app's messenger settings, showing its window, and waits that read the scene on
 * the FX thread. The devnet, data folder and app contexts of a test class are {@link UiDevnet}'s.
 */
final class UiTests {
    /** Short send pauses and a fast poll, so a test sees failures and replies quickly. */
    static final MessengerSettings SETTINGS = new MessengerSettings(
            new SendSettings(2, Duration.ofMillis(200), SendSettings.MESSAGE_TTL, 8), Duration.ofMillis(500));
    static final Duration TIMEOUT = Duration.ofSeconds(45);

    private UiTests() {
    }

    /** Shows the window of {@code context} on {@code stage} and starts the app. */
    static AppWindow show(AppContext context, Stage stage) {
        AppWindow window = new AppWindow(context);
        window.show(stage);
        // TestFX hands every test class the same stage, which keeps the size an earlier class gave it (a 400 x 300
        // test scene left the settings page's lower buttons outside the window): size it to the app's scene.
        stage.sizeToScene();
        context.start();
        return window;
    }

    /** Runs {@code query} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition} (run on the FX thread) holds. */
    static void waitUntil(Callable<Boolean> condition) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> fx(condition));
    }

    /** Waits until the app reaches {@code state}. */
    static void waitFor(AppContext context, AppState state) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> context.state().get() == state);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the labeled node {@code query} finds, or "" if there is none. */
    static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQuery().filter(Labeled.class::isInstance)
                .map(n -> ((Labeled) n).getText()).orElse(""));
    }

    /** Whether a node that matches {@code query} is shown: it and every ancestor visible. */
    static boolean visible(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAll().stream().anyMatch(UiTests::shown));
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
