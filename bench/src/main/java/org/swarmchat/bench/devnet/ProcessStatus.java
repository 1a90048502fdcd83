package org.swarmchat.bench.devnet;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux says about this process and the machine, for the runners' reports: resident memory from
 * {@code /proc/self/status} and the load average from {@code /proc/loadavg} (whether others ran on the cores).
 */
final class ProcessStatus {
    private ProcessStatus() {
    }

    /** A line of /proc/self/status such as {@code VmRSS: 123456 kB}, or a note that it is unavailable. */
    static String status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return line.replaceAll("\\s+", " ").trim();
                }
            }
        } catch (IOException e) {
            return key + " unavailable (" + e.getMessage() + ")";
        }
        return key + " unavailable";
    }

    /** The 1, 5 and 15 minute load averages, or a note that they are unavailable. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load average " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "load average unavailable";
        }
    }

    /** CPU time this process has used, all threads, in nanoseconds; -1 if the JVM cannot tell. */
    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
