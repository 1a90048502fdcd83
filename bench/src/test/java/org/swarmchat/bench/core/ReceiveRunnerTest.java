package org.swarmchat.bench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receive benchmark at a tiny size, so that it cannot rot. Figures come from running it, not from here. */
class ReceiveRunnerTest {
    @Test
    void receivesAndStoresEveryMessage(@TempDir Path dir) throws Exception {
        ReceiveRunner.Result result = ReceiveRunner.run(dir, 30, 10, 3);

        assertThat(result.stored()).isEqualTo(30);
        assertThat(result.storedPerSecond()).isPositive();
    }
}
