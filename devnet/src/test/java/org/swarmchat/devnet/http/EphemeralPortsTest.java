package org.swarmchat.devnet.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The kernel's range for outgoing connections' local ports, read from procfs. */
class EphemeralPortsTest {
    private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    @Test
    void theLowestPortIsTheKernelsOrLinuxsDefault() throws Exception {
        int expected = Files.isReadable(RANGE)
                ? Integer.parseInt(Files.readAllLines(RANGE).getFirst().trim().split("\\s+")[0])
                : 32_768;

        assertThat(EphemeralPorts.lowest()).isEqualTo(expected).isBetween(1_024, 65_535);
    }
}
