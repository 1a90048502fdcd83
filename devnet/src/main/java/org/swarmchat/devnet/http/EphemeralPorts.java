package org.swarmchat.devnet.http;

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
        try {
            String[] range = Files.readString(RANGE).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return LINUX_DEFAULT_LOW;
        }
    }
}
