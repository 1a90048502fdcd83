package org.swarmchat.devnet.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The lowest local port the kernel hands to outgoing connections ({@code ip_local_port_range}). */
final class EphemeralPorts {
    /** Linux's default, used where the kernel's setting cannot be read. */
    private static final int LINUX_DEFAULT_LOW = 32_768;
    private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = read();

    private EphemeralPorts() {
    }

    static int lowest() {
        return LOWEST;
    }

    private static int read() {
        // Read a line, not the whole file: procfs reports a size of 0, and Files.readString gave "3" for it.
        try (BufferedReader reader = Files.newBufferedReader(RANGE)) {
            String line = reader.readLine();
            int low = line == null ? -1 : Integer.parseInt(line.trim().split("\\s+")[0]);
            return low >= 1_024 && low <= 65_535 ? low : LINUX_DEFAULT_LOW;
        } catch (IOException | RuntimeException e) {
            return LINUX_DEFAULT_LOW;
        }
    }
}
