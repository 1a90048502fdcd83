package org.swarmchat.swarm.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.request.Namespace;

/** SPEC §7: desktop's max_size split. */
class RetrieveSizesTest {
    private static Namespace ns(int v) {
        return Namespace.of(v);
    }

    @Test
    void aSingleNamespaceMayUseTheWholeLimit() {
        assertThat(RetrieveSizes.maxSizes(List.of(ns(0)))).isEqualTo(Map.of(ns(0), -1));
        assertThat(RetrieveSizes.maxSizes(List.of(ns(3)))).isEqualTo(Map.of(ns(3), -1));
    }

    @Test
    void ownAccountNamespacesAreSplitAsDesktopSplitsThem() {
        assertThat(RetrieveSizes.maxSizes(List.of(ns(0), ns(2), ns(3), ns(5), ns(4)))).isEqualTo(Map.of(
                ns(0), -2, ns(2), -8, ns(3), -8, ns(5), -8, ns(4), -8));
    }

    @Test
    void groupNamespacesToo() {
        assertThat(RetrieveSizes.maxSizes(List.of(ns(-11), ns(11), ns(13), ns(14), ns(12)))).isEqualTo(Map.of(
                ns(11), -2, ns(-11), -8, ns(13), -8, ns(14), -8, ns(12), -8));
    }
}
