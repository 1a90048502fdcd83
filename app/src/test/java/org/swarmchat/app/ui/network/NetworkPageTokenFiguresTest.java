package org.swarmchat.app.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.swarmchat.swarm.netinfo.NetworkInfo;
import org.swarmchat.swarm.netinfo.NetworkInfoClient;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network page's token figures on their own, from sources that answer what a test says: mainnet-like figures
 * written for people, a stale price, and a source that fails (the figures hidden, the reason shown). The figures
 * the devnet states, on the whole page, are checked by {@code MainWindowTest}.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkPageTokenFiguresTest {
    private static final Instant T = Instant.parse("2026-04-18T14:03:22Z");

    private Stage stage;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @Test
    void figuresAreWrittenForPeopleWithTheSourcesTime(FxRobot robot) {
        show(() -> CompletableFuture.completedFuture(mainnetLike(T.plusSeconds(60))));

        waitUntil(() -> text(robot, "#tokenAsOf").equals("as of 14:03:22 on " + day()));
        assertThat(text(robot, "#tokenPrice")).isEqualTo("$0.0524");
        assertThat(text(robot, "#tokenMarketCap")).isEqualTo("$12,345,679");
        assertThat(text(robot, "#stakingRequirement")).isEqualTo("20,000 SESH");
        assertThat(text(robot, "#stakingRewardPool")).isEqualTo("40,000,000.12 SESH");
        assertThat(text(robot, "#stakedTokens")).isEqualTo("47,325,000 SESH");
        assertThat(text(robot, "#stakedUsd")).isEqualTo("$2,480,488");
        assertThat(text(robot, "#infoNetworkSize")).isEqualTo("1,893");
        assertThat(visible(robot, "#tokenSourceNote")).as("real figures need no warning").isFalse();
        assertThat(visible(robot, "#tokenError")).isFalse();
    }

    @Test
    void aStalePriceSaysSo(FxRobot robot) {
        show(() -> CompletableFuture.completedFuture(mainnetLike(T)));
        waitUntil(() -> text(robot, "#tokenPrice").equals("$0.0524 (stale)"));
    }

    @Test
    void aFailedFetchHidesTheFiguresAndSaysWhy(FxRobot robot) {
        show(NetworkInfoClient.unavailable("the source is down"));

        waitUntil(() -> text(robot, "#tokenError").equals("Token figures unavailable: the source is down"));
        assertThat(visible(robot, "#tokenError")).isTrue();
        assertThat(visible(robot, "#tokenFigures")).isFalse();
        assertThat(visible(robot, "#tokenAsOf")).isFalse();
    }

    private void show(NetworkInfoClient source) {
        TokenFiguresController controller = new TokenFiguresController(source, ZoneOffset.UTC);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(controller.root(), 600, 400));
            stage.show();
            controller.onActivate();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Mainnet-like figures stated at {@link #T}, their price stale from {@code staleAt}. */
    private static NetworkInfo mainnetLike(Instant staleAt) {
        return new NetworkInfo(T,
                new NetworkInfo.Price(new BigDecimal("0.052413987"), new BigDecimal("12345678.9"), T, staleAt),
                new NetworkInfo.Token(new BigDecimal("20000"), new BigDecimal("40000000.123456789"),
                        "0x10Ea9E5303670331Bdddfa66A4cEA47dae4fcF3b"),
                new NetworkInfo.Network(1893, new BigDecimal("47325000"), new BigDecimal("2480487.5")), false,
                Optional.empty());
    }

    private static String day() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(T.atZone(ZoneOffset.UTC));
    }

    private static <R> R fx(Callable<R> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> fx(condition));
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQuery().filter(Labeled.class::isInstance)
                .map(n -> ((Labeled) n).getText()).orElse(""));
    }

    private static boolean visible(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(NetworkPageTokenFiguresTest::shown).orElse(false));
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
