package org.swarmchat.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each store benchmark runs end to end at a tiny size, so that it cannot rot. */
class MessageStoreRunnerTest {
    @TempDir
    Path dir;

    @Test
    void pageLoadsRun() throws Exception {
        Map<String, Timings> figures = MessageStoreRunner.page(dir, 300, 4);
        assertThat(figures).containsKey("newest page of 50");
        // A second run reuses the database built by the first.
        assertThat(MessageStoreRunner.page(dir, 300, 4)).hasSize(3);
    }

    @Test
    void searchesRunAndFindTheRareWord() throws Exception {
        Map<String, Timings> figures = MessageStoreRunner.search(dir, 2_000, 2);
        assertThat(figures).hasSize(7);
    }

    @Test
    void insertsRun() {
        Map<String, Double> figures = MessageStoreRunner.insert(dir, 400);
        assertThat(figures).hasSize(3).allSatisfy((k, v) -> assertThat(v).isPositive());
    }
}
