package org.swarmchat.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarmchat.app.ui.UiTests.fx;
import static org.swarmchat.app.ui.UiTests.text;
import static org.swarmchat.app.ui.UiTests.visible;
import static org.swarmchat.app.ui.UiTests.waitFor;
import static org.swarmchat.app.ui.UiTests.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.keys.RecoveryPassword;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.swarm.NetworkStatus.MemberStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window against a devnet: the echo contact, new conversations, failed sends and the network page. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class MainWindowTest {
    @RegisterExtension
    static final UiDevnet ui = UiDevnet.withEchoContact();

    private AppContext context;
    private AccountId me;

    @Start
    void start(Stage stage) {
        String profile = "p" + System.nanoTime();
        me = ui.createAccount(profile, "Carol");
        context = ui.context(profile);
        UiTests.show(context, stage);
    }

    @Test
    void theEchoContactsReplyAppearsWithoutAClick(FxRobot robot) {
        waitFor(context, AppState.READY);
        waitUntil(() -> visible(robot, "#echoButton"));
        robot.clickOn("#echoButton");
        waitUntil(() -> text(robot, "#chatTitle").equals("Echo"));

        robot.clickOn("#messageInput").write("line one");
        robot.press(KeyCode.SHIFT).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.write("hello echo");
        assertThat(input(robot)).isEqualTo("line one\nhello echo");
        assertThat(text(robot, "#charCounter")).isEqualTo("19 / 2000");
        robot.type(KeyCode.ENTER);

        assertThat(input(robot)).as("Enter sends and clears the input").isEmpty();
        waitUntil(() -> labels(robot, ".bubble.out .delivery").stream().anyMatch(t -> t.startsWith("Stored on")));
        waitUntil(() -> labels(robot, ".bubble.in .body").stream().anyMatch(t -> t.contains("hello echo")));
        assertThat(labels(robot, ".bubble.out .body")).containsExactly("line one\nhello echo");
        waitUntil(() -> fx(() -> robot.lookup("#conversationList").queryListView().getItems().size()) == 1);

        robot.clickOn("#searchField").write("echo");
        waitUntil(() -> fx(() -> robot.lookup("#searchResults").queryListView().getItems().size()) >= 2);
        assertThat(visible(robot, "#searchResults")).isTrue();
        assertThat(visible(robot, "#conversationList")).as("search results replace the list").isFalse();
    }

    @Test
    void aWrongAccountIdSaysWhatIsWrongWithIt(FxRobot robot) {
        waitFor(context, AppState.READY);
        robot.clickOn("#newConversationField").write("05abc");
        robot.clickOn("#startConversationButton");
        waitUntil(() -> text(robot, "#newConversationError").contains("66 characters"));

        robot.interact(() -> field(robot, "#newConversationField").setText("05" + "g".repeat(64)));
        robot.clickOn("#startConversationButton");
        waitUntil(() -> text(robot, "#newConversationError").contains("non-hex character 'g' at position 3"));

        robot.interact(() -> field(robot, "#newConversationField").setText(me.hex()));
        robot.clickOn("#startConversationButton");
        waitUntil(() -> text(robot, "#newConversationError").contains("your own Account ID"));

        AccountId other = AccountId.of(RecoveryPassword.keyPairOf(RecoveryPassword.newSeed(new SecureRandom())));
        robot.interact(() -> field(robot, "#newConversationField").setText(other.hex()));
        robot.clickOn("#startConversationButton");
        waitUntil(() -> text(robot, "#chatTitle").equals(other.shortForm()));
        assertThat(text(robot, "#newConversationError")).isEmpty();
    }

    @Test
    void aSendThatFailsShowsARetryButtonThatSendsItAgain(FxRobot robot) {
        waitFor(context, AppState.READY);
        AccountId peer = AccountId.of(RecoveryPassword.keyPairOf(RecoveryPassword.newSeed(new SecureRandom())));
        List<DevnetNode> swarm = ui.devnet().swarmOf(peer).members();
        swarm.forEach(node -> ui.devnet().faults(node).stop());
        robot.interact(() -> field(robot, "#newConversationField").setText(peer.hex()));
        robot.clickOn("#startConversationButton");
        robot.clickOn("#messageInput").write("are you there?");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> labels(robot, ".bubble.out .delivery").stream().anyMatch(t -> t.startsWith("Failed")));
        waitUntil(() -> visible(robot, ".bubble.out .retry"));

        // The client struck the dead members out of its pool; the network heals as oxend would: the dead swarm is
        // deregistered, and the recipient's messages belong to another swarm from then on.
        swarm.forEach(ui.devnet()::removeNode);
        assertThat(ui.devnet().swarmOf(peer).members()).doesNotContainAnyElementsOf(swarm);
        robot.clickOn(fx(() -> robot.lookup(".bubble.out .retry").match(Node::isVisible).queryButton()));
        waitUntil(() -> labels(robot, ".bubble.out .delivery").stream().anyMatch(t -> t.startsWith("Stored on")));
        assertThat(visible(robot, ".bubble.out .retry")).isFalse();
    }

    @Test
    void theNetworkPageShowsTheSwarmAndTokenFiguresTheDevnetReports(FxRobot robot) {
        waitFor(context, AppState.READY);
        robot.clickOn("#networkButton");
        List<DevnetNode> members = ui.devnet().swarmOf(me).members();
        waitUntil(() -> text(robot, "#swarmSize").equals(Integer.toString(members.size())));
        Set<String> expected = members.stream().map(n -> n.host() + ":" + n.port()).collect(Collectors.toSet());
        Set<String> shown = fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<MemberStatus> table = robot.lookup("#swarmMembers").queryAs(TableView.class);
            return table.getItems().stream().map(m -> m.node().address()).collect(Collectors.toSet());
        });
        assertThat(shown).isEqualTo(expected);
        assertThat(Integer.parseInt(text(robot, "#poolSize"))).isEqualTo(ui.devnet().nodes().size());
        waitUntil(() -> !robot.lookup("#paths .hop.guard").queryAll().isEmpty());
        robot.clickOn("#refreshNetworkButton");
        waitUntil(() -> text(robot, "#swarmSize").equals(Integer.toString(members.size())));
        assertThat(text(robot, "#pathIndicator")).startsWith("Paths");

        waitUntil(() -> !text(robot, "#tokenAsOf").isEmpty());
        JsonNode info = devnetInfo();
        assertThat(figure(robot, "#tokenPrice")).isEqualByComparingTo(decimal(info, "price", "usd"));
        assertThat(figure(robot, "#tokenMarketCap")).isEqualByComparingTo(decimal(info, "price", "usd_market_cap"));
        assertThat(figure(robot, "#stakingRequirement"))
                .isEqualByComparingTo(decimal(info, "token", "staking_requirement"));
        assertThat(figure(robot, "#stakingRewardPool"))
                .isEqualByComparingTo(decimal(info, "token", "staking_reward_pool"));
        assertThat(figure(robot, "#stakedTokens"))
                .isEqualByComparingTo(decimal(info, "network", "network_staked_tokens"));
        assertThat(figure(robot, "#stakedUsd")).isEqualByComparingTo(decimal(info, "network", "network_staked_usd"));
        assertThat(figure(robot, "#infoNetworkSize")).isEqualByComparingTo(decimal(info, "network", "network_size"));
        assertThat(text(robot, "#stakingRequirement")).endsWith(" SESH");
        assertThat(text(robot, "#tokenPrice")).startsWith("$");
        assertThat(text(robot, "#tokenAsOf")).matches("as of \\d{2}:\\d{2}:\\d{2} on .+");
        assertThat(text(robot, "#tokenSourceNote")).as("labelled as the devnet's, not real figures")
                .isEqualToIgnoringCase(org.swarmchat.devnet.seed.NetworkInfo.NOTE);
        assertThat(visible(robot, "#tokenError")).isFalse();

        // A node leaves the network; Refresh fetches the figures again and shows the smaller network.
        Set<String> ownSwarm = ui.devnet().swarmOf(me).members().stream().map(n -> n.ed25519().hex())
                .collect(Collectors.toSet());
        DevnetNode leaving = ui.devnet().nodes().stream().filter(n -> !ownSwarm.contains(n.ed25519().hex()))
                .findFirst().orElseThrow();
        ui.devnet().decommission(leaving);
        try {
            BigDecimal smaller = decimal(devnetInfo(), "network", "network_size");
            waitUntil(() -> text(robot, "#refreshNetworkButton").equals("Refresh"));
            robot.clickOn("#refreshNetworkButton");
            waitUntil(() -> figure(robot, "#infoNetworkSize").compareTo(smaller) == 0);
        } finally {
            ui.devnet().recommission(ui.devnet().node(leaving.ed25519()).orElseThrow());
        }
    }

    @Test
    void settingsRenameSwitchTheThemeAndRevealTheRecoveryPasswordAfterAConfirm(FxRobot robot) {
        waitFor(context, AppState.READY);
        robot.clickOn("#settingsButton");
        waitUntil(() -> text(robot, "#accountIdSetting").equals(me.hex()));
        assertThat(visible(robot, "#confirmRevealButton")).isFalse();
        assertThat(text(robot, "#revealedRecoveryPassword")).isEmpty();

        robot.interact(() -> field(robot, "#displayNameSetting").setText("Carol B."));
        robot.clickOn("#saveNameButton");
        waitUntil(() -> text(robot, "#ownName").equals("Carol B."));
        assertThat(context.profile().identity().displayName()).isEqualTo("Carol B.");

        robot.clickOn("#darkThemeToggle");
        assertThat(fx(() -> robot.lookup("#appRoot").query().getStyleClass().contains("dark"))).isTrue();

        robot.clickOn("#revealButton");
        assertThat(text(robot, "#revealedRecoveryPassword")).as("not before the confirmation").isEmpty();
        robot.clickOn("#confirmRevealButton");
        String words = context.profile().accounts().recoveryPassword().orElseThrow();
        waitUntil(() -> text(robot, "#revealedRecoveryPassword").equals(words));
    }

    /** What the devnet's own network info states now (SPEC §8). */
    private static JsonNode devnetInfo() {
        return new org.swarmchat.devnet.seed.NetworkInfo(ui.devnet()::view, Clock.systemUTC()).body();
    }

    private static BigDecimal decimal(JsonNode info, String object, String member) {
        return info.get(object).get(member).decimalValue();
    }

    /** The number a figure label shows, read back from "$1,234.50", "20,000 SESH" or "25". */
    private static BigDecimal figure(FxRobot robot, String query) {
        return new BigDecimal(text(robot, query).replaceAll("[$,]| SESH| \\(stale\\)", ""));
    }

    private static String input(FxRobot robot) {
        return fx(() -> field(robot, "#messageInput").getText());
    }

    private static TextInputControl field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class);
    }

    private static List<String> labels(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAll().stream().filter(Node::isVisible)
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList());
    }
}
