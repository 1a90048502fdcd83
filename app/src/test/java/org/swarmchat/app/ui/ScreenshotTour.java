package org.swarmchat.app.ui;

import static org.swarmchat.app.ui.UiTests.fx;
import static org.swarmchat.app.ui.UiTests.text;
import static org.swarmchat.app.ui.UiTests.visible;
import static org.swarmchat.app.ui.UiTests.waitFor;
import static org.swarmchat.app.ui.UiTests.waitUntil;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.store.Conversation;
import org.swarmchat.crypto.AccountId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's screenshots: a tour of every screen of a new user's first minutes, in a real window (the GTK glass
 * platform under Xvfb), against a devnet in this JVM and real profiles in a temporary folder. Each screen is taken
 * with {@link javafx.scene.Scene#snapshot} and written as PNG to {@code -Dscreenshots.dir}.
 *
 * <p>Not part of the test run: it runs only with {@code -Dscreenshots=true} and a display, which
 * {@code docs/screenshots/make} provides (it also switches the tests from Monocle to GTK).
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+",
        disabledReason = "the screenshots need a display (xvfb-run)")
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ScreenshotTour {
    @RegisterExtension
    static final UiDevnet ui = UiDevnet.withEchoContact();

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        context = ui.context("alice");
        UiTests.show(context, stage);
    }

    @Test
    void everyScreen(FxRobot robot) throws Exception {
        waitFor(context, AppState.NEEDS_ACCOUNT);
        waitUntil(() -> visible(robot, "#createAccountButton"));
        shot("1-welcome");
        fire(robot, "#createAccountButton");
        robot.interact(() -> field(robot, "#displayNameField").setText("Alice"));
        shot("2-create-account");
        fire(robot, "#continueButton");
        waitUntil(() -> text(robot, "#recoveryPassword").split(" ").length == 13);
        shot("3-recovery-password");
        fire(robot, "#savedButton");
        waitFor(context, AppState.READY);
        AccountId me = context.profile().identity().accountId();

        // The echo contact answers Alice's first message, Frank a message she starts; both chats are in the list.
        waitUntil(() -> visible(robot, "#echoButton"));
        fire(robot, "#echoButton");
        waitUntil(() -> text(robot, "#chatTitle").equals("Echo"));
        sendInChat(robot, "Hello echo, is anybody out there?");
        waitUntil(() -> labels(robot, ".bubble.in .body").stream().anyMatch(t -> t.contains("anybody out there")));
        AppContext frank = other("frank", "Frank");
        send(robot, frank.messenger().identity().accountId(), "Lunch at the usual place tomorrow?");
        frank.messenger().send(me, "Yes! 12:30, I'll book a table.");
        waitUntil(() -> labels(robot, ".bubble.in .body").contains("Yes! 12:30, I'll book a table."));
        waitUntil(() -> conversations(robot) == 2);
        openEcho(robot);
        waitUntil(() -> labels(robot, ".bubble.out .delivery").stream().allMatch(t -> t.startsWith("Stored")));
        shot("4-chat");

        // Two strangers write first: their messages wait as requests.
        other("bob", "Bob").messenger().send(me, "Hi Alice, it's Bob from the climbing gym. Saturday?");
        other("dana", "Dana").messenger().send(me, "Are you the Alice who wrote the post about swarms?");
        context.messenger().pollNow();
        waitUntil(() -> labels(robot, "#requests .name").size() == 2);
        shot("5-message-requests");

        fire(robot, "#networkButton");
        waitUntil(() -> !text(robot, "#swarmSize").isEmpty() && !text(robot, "#swarmSize").equals("0"));
        waitUntil(() -> !robot.lookup("#paths .hop.guard").queryAll().isEmpty());
        shot("6-network");

        fire(robot, "#settingsButton");
        waitUntil(() -> text(robot, "#accountIdSetting").equals(me.hex()));
        shot("7-settings");

        robot.interact(() -> robot.lookup("#darkThemeToggle").queryAs(ButtonBase.class).fire());
        openEcho(robot);
        shot("8-chat-dark");
    }

    private void openEcho(FxRobot robot) {
        AccountId echo = context.echoContact().orElseThrow();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ListView<Conversation> list = robot.lookup("#conversationList").queryAs(ListView.class);
            list.getItems().stream().filter(c -> c.peer().equals(echo)).findFirst()
                    .ifPresent(c -> list.getSelectionModel().select(c));
        });
        waitUntil(() -> labels(robot, ".bubble.in .body").stream().anyMatch(t -> t.contains("anybody out there")));
    }

    private AppContext other(String profile, String name) {
        ui.createAccount(profile, name);
        AppContext other = ui.context(profile);
        other.start();
        waitFor(other, AppState.READY);
        return other;
    }

    private void send(FxRobot robot, AccountId to, String text) {
        robot.interact(() -> field(robot, "#newConversationField").setText(to.hex()));
        fire(robot, "#startConversationButton");
        waitUntil(() -> visible(robot, "#messageInput"));
        sendInChat(robot, text);
    }

    private static void sendInChat(FxRobot robot, String text) {
        robot.interact(() -> field(robot, "#messageInput").setText(text));
        fire(robot, "#sendButton");
        waitUntil(() -> labels(robot, ".bubble.out .body").contains(text));
    }

    private static int conversations(FxRobot robot) {
        return fx(() -> robot.lookup("#conversationList").queryListView().getItems().size());
    }

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(Button.class).fire());
    }

    private static TextInputControl field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class);
    }

    private static List<String> labels(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAll().stream().filter(Node::isVisible)
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList());
    }

    /** Lets the last change settle (layout, the next pulse, toasts gone), then writes the window's scene as PNG. */
    private void shot(String name) throws IOException, InterruptedException {
        // The tour's own messages raise notifications in the window; they fade in seconds, and the pictures show
        // the screens without them.
        waitUntil(() -> stage.getScene().getRoot().lookupAll(".toast").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> stage.getScene().snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        png.setRGB(0, 0, width, height, argb, 0, width);
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(png, "png", dir.resolve(name + ".png").toFile());
    }
}
