package org.swarmchat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.swarmchat.app.ui.UiTests.fx;
import static org.swarmchat.app.ui.UiTests.text;
import static org.swarmchat.app.ui.UiTests.visible;
import static org.swarmchat.app.ui.UiTests.waitFor;
import static org.swarmchat.app.ui.UiTests.waitUntil;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.config.AppSettingsFile;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.crypto.AccountId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The settings page against a devnet: the Account ID's QR code, the network for the next start (and a restart onto
 * it), and notifications on or off. Each test has a data folder of its own, since the settings file is per folder.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class SettingsTest {
    @RegisterExtension
    static final UiDevnet ui = UiDevnet.withEchoContact();

    private Path data;
    private String profile;
    private AccountId me;
    private DesktopSession session;
    private AppContext first;

    @Start
    void start(Stage stage) {
        data = ui.newDataFolder();
        profile = "p" + System.nanoTime();
        me = ui.createAccount(data, profile, "Ines");
        first = ui.context(data, profile);
        // The window as the desktop app runs it, so that "Restart now" works; a restart reopens the same profile.
        session = new DesktopSession(stage, first, () -> ui.context(data, profile));
        session.show();
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void theQrCodeHoldsTheAccountId(FxRobot robot) throws Exception {
        openSettings(robot);
        waitUntil(() -> robot.lookup("#accountIdQr").queryAs(ImageView.class).getImage() != null);
        Image qr = fx(() -> robot.lookup("#accountIdQr").queryAs(ImageView.class).getImage());

        int width = (int) qr.getWidth();
        int height = (int) qr.getHeight();
        int[] argb = new int[width * height];
        qr.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        LuminanceSource pixels = new RGBLuminanceSource(width, height, argb);
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(pixels))).getText();
        assertThat(decoded).isEqualTo(me.hex()).hasSize(66);
    }

    @Test
    void anInvalidSeedUrlIsExplainedAndNothingIsWritten(FxRobot robot) {
        openSettings(robot);
        select(robot, "#customNetworkChoice");
        robot.interact(() -> field(robot, "#customSeedField").setText("http://127.0.0.1:22023"));
        fire(robot, "#saveNetworkButton");
        waitUntil(() -> text(robot, "#networkError").equals("The seed URL must start with https://."));

        robot.interact(() -> field(robot, "#customSeedField").setText("https://seed.example.org"));
        assertThat(text(robot, "#networkError")).as("editing clears the old error").isEmpty();
        fire(robot, "#saveNetworkButton");
        waitUntil(() -> text(robot, "#networkError").contains("needs a host and a port"));
        assertThat(settingsFile()).doesNotExist();
    }

    @Test
    void theChosenNetworkIsSavedForTheNextStartWhichTheCommandLineStillOverrides(FxRobot robot) throws Exception {
        openSettings(robot);
        select(robot, "#mainnetChoice");
        fire(robot, "#saveNetworkButton");
        waitUntil(() -> text(robot, "#networkNotice").equals(
                "Swarmchat will use the Session mainnet after a restart."));
        assertThat(visible(robot, "#restartButton")).isTrue();
        assertThat(text(robot, "#networkError")).isEmpty();

        // The next start reads it back: a new context of the same data folder, as the desktop app builds one.
        NetworkChoice mainnet = NetworkChoice.parse("mainnet");
        AppSettingsFile next = AppSettingsFile.in(DataDirectory.ofUser(Optional.of(data)));
        assertThat(next.networkToUse(Optional.empty())).isEqualTo(mainnet);
        assertThat(next.networkToUse(Optional.of(NetworkChoice.devnet()))).as("--network wins")
                .isEqualTo(NetworkChoice.devnet());

        // Mainnet cannot be reached from a test machine; starting on it must not break: no profile there yet, so
        // the app asks for an account, in mainnet's own folder.
        try (AppContext onMainnet = new AppContext(new AppContext.Options(DataDirectory.ofUser(Optional.of(data)),
                next.networkToUse(Optional.empty()), profile, Optional.empty(), UiTests.SETTINGS, Clock.systemUTC(),
                true, Optional.empty()))) {
            assertThat(onMainnet.appSettings().read().networkChoice()).isEqualTo(mainnet);
            assertThat(onMainnet.start().get(30, TimeUnit.SECONDS)).isEqualTo(AppState.NEEDS_ACCOUNT);
            assertThat(onMainnet.embeddedDevnet()).isEmpty();
        }

        // Reopening the page shows the saved choice.
        robot.interact(() -> robot.lookup("#networkButton").queryAs(ButtonBase.class).fire());
        openSettings(robot);
        waitUntil(() -> robot.lookup("#mainnetChoice").queryAs(RadioButton.class).isSelected());
    }

    @Test
    void restartNowStopsTheAppAndStartsItAgain(FxRobot robot) {
        openSettings(robot);
        // The test's devnet is a custom seed, so the saved default (the local devnet) already differs from it.
        waitUntil(() -> visible(robot, "#restartButton"));
        fire(robot, "#restartButton");
        waitFor(first, AppState.STOPPED);
        AppContext second = session.context();
        assertThat(second).isNotSameAs(first);
        waitFor(second, AppState.READY);
        waitUntil(() -> text(robot, "#ownName").equals("Ines"));
        assertThat(second.messenger().identity().accountId()).isEqualTo(me);
    }

    @Test
    void theNotificationsSwitchIsSaved(FxRobot robot) {
        openSettings(robot);
        waitUntil(() -> robot.lookup("#notificationsToggle").queryAs(CheckBox.class).isSelected());
        fire(robot, "#notificationsToggle");
        AppSettingsFile file = AppSettingsFile.in(DataDirectory.ofUser(Optional.of(data)));
        // A fresh reader each time: it reads the file, not what the app holds in memory.
        await().atMost(UiTests.TIMEOUT).until(() -> !new AppSettingsFile(settingsFile()).read().notifications());
        assertThat(file.read().notifications()).isFalse();
        assertThat(file.read().networkChoice()).as("the network stays the default").isEqualTo(NetworkChoice.devnet());
    }

    private void openSettings(FxRobot robot) {
        waitFor(session.context(), AppState.READY);
        waitUntil(() -> visible(robot, "#settingsButton"));
        fire(robot, "#settingsButton");
        waitUntil(() -> text(robot, "#accountIdSetting").equals(me.hex()));
    }

    private Path settingsFile() {
        return data.resolve(AppSettingsFile.FILE_NAME);
    }

    private static void select(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(RadioButton.class).fire());
    }

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    private static TextInputControl field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class);
    }
}
