package org.swarmchat.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos suite. CI runs the short form (30 nodes, 3 clients, 45 s of traffic under faults); the long form is
 * the same test with more time: {@code ./mvnw -B verify -pl app -am -Dtest=ChaosTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dchaos.seconds=600 -Dchaos.clients=4}. The report is printed and
 * written to {@code app/target/chaos-report.txt}.
 */
class ChaosTest {
    @TempDir
    Path root;

    @Test
    @Timeout(value = 90, unit = TimeUnit.MINUTES)
    void everyStoredMessageArrivesOnceAndEveryOtherIsShownAsFailed() throws Exception {
        long seconds = Long.getLong("chaos.seconds", 45);
        int clients = Integer.getInteger("chaos.clients", 3);
        int nodes = Integer.getInteger("chaos.nodes", 30);
        long seed = Long.getLong("chaos.seed", System.nanoTime());

        ChaosReport report = new ChaosRun(root, nodes, clients, Duration.ofSeconds(seconds), seed).run();

        System.out.print(report);
        Files.writeString(Path.of("target", "chaos-report.txt"), report.toString());
        assertThat(report.sent()).as(report.toString()).isPositive();
        assertThat(report.faultCount()).as(report.toString()).isPositive();
        assertThat(report.lost()).as(report.toString()).isZero();
        assertThat(report.duplicated()).as(report.toString()).isZero();
        assertThat(report.unresolved()).as(report.toString()).isZero();
        assertThat(report.stored() + report.failedShown()).as(report.toString()).isEqualTo(report.sent());
    }
}
