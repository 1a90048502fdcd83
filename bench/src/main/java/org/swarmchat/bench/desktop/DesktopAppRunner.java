package org.swarmchat.bench.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarmchat.devnet.LocalDevnet;

/**
 * The desktop app as a user starts it, measured from outside: a devnet of 25 nodes (with the echo contact) runs in
 * this JVM, and the app runs in a child process started by the {@code ./swarmchat} launcher (which runs the built
 * {@code app/target/swarmchat.jar} with the desktop's JVM flags) with {@code -Dswarmchat.startupTrace=true}, which
 * makes it log when JavaFX starts, when its window is shown, when it is READY and when its onion paths are built.
 * Those lines go to the app's log file ({@code DATA/logs/swarmchat.log}), not to its stderr, so the runner reads
 * them from there. Needs a display (run it under {@code xvfb-run}, as {@code bench/desktop-run} does).
 *
 * <p>{@code launch [--runs N]}: N starts of the same profile (the first one fresh), each timed from just before
 * the process is created to each of those lines, then the app is stopped (SIGTERM, its shutdown hook closes it).
 *
 * <p>{@code idle [--settle S] [--seconds T]}: one start with {@code -Dswarmchat.openChat=echo} (the echo chat
 * open); after S seconds (default 60) it reads the app's VmRSS, then its CPU time (utime + stime from
 * {@code /proc/PID/stat}) over T seconds (default 60), polling included.
 *
 * <p>The devnet runs here rather than embedded in the app, so the app's CPU and memory are its own. Extra JVM
 * options for the desktop app go in {@code -Dswarmchat.appJvmOptions="..."} (space-separated), to compare settings;
 * {@code -Dswarmchat.appLog=FILE} keeps the app's output (e.g. with {@code -Djavafx.pulseLogger=true}).
 */
public final class DesktopAppRunner {
    private static final Pattern TRACE = Pattern.compile("StartupHooks - ([a-z-]+) at=(\\d+)");
    private static final List<String> EVENTS = List.of("toolkit-start", "window-shown", "ready", "paths-ready");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private DesktopAppRunner() {
    }

    /**
     * Runs one mode and prints its figures.
     *
     * @param args {@code launch|idle} and its options
     * @throws Exception if the devnet or the app cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("launch") || args[0].equals("idle"))) {
            throw new IllegalArgumentException("usage: DesktopAppRunner launch [--runs N] | idle [--settle S]"
                    + " [--seconds T]");
        }
        Map<String, Integer> options = Options.parse(args, 1, Map.of("runs", 5, "settle", 60, "seconds", 60));
        Path launcher = Path.of(System.getProperty("swarmchat.launcher", "swarmchat")).toAbsolutePath();
        if (!Files.isRegularFile(launcher.resolveSibling("app/target/swarmchat.jar"))) {
            throw new IllegalStateException("app/target/swarmchat.jar is missing: build it (./mvnw -B -q package"
                    + " -pl app -am -DskipTests)");
        }
        Path data = Files.createTempDirectory("swarmchat-desktop-bench");
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(25).echoContact(true).start()) {
            System.out.printf(Locale.ROOT, "devnet %s, data %s, %s%n", devnet.seedUrl(), data, Options.load());
            App app = new App(launcher, data, devnet.seedUrl());
            app.createAccount();
            if (args[0].equals("launch")) {
                launch(app, options.get("runs"));
            } else {
                idle(app, options.get("settle"), options.get("seconds"));
            }
        } finally {
            Options.deleteTree(data);
        }
    }

    private static void launch(App app, int runs) throws Exception {
        List<Long> shown = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        List<Long> paths = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String load = Options.load();
            Started started = app.start(false);
            started.stop();
            Map<String, Long> t = started.millis;
            System.out.printf(Locale.ROOT, "run %d: JavaFX starting %d ms, window shown %d ms, READY %d ms,"
                    + " paths built %d ms (%s)%n", run, t.getOrDefault("toolkit-start", -1L),
                    t.getOrDefault("window-shown", -1L), t.getOrDefault("ready", -1L),
                    t.getOrDefault("paths-ready", -1L), load);
            shown.add(t.getOrDefault("window-shown", -1L));
            ready.add(t.getOrDefault("ready", -1L));
            paths.add(t.getOrDefault("paths-ready", -1L));
        }
        System.out.printf(Locale.ROOT, "median of %d: window shown %d ms, READY %d ms, paths built %d ms%n",
                runs, median(shown), median(ready), median(paths));
    }

    private static void idle(App app, int settle, int seconds) throws Exception {
        Started started = app.start(true);
        try {
            System.out.printf(Locale.ROOT, "started: %s; the echo chat is open; settling %d s%n", started.millis,
                    settle);
            Thread.sleep(Duration.ofSeconds(settle));
            long pid = started.process.pid();
            String rss = procStatus(pid, "VmRSS");
            // Anonymous memory is the app's own; file-backed pages (libraries, fonts, the CDS archive) can be shared.
            String hwm = String.join(", ", procStatus(pid, "VmHWM"), procStatus(pid, "RssAnon"),
                    procStatus(pid, "RssFile"));
            String load = Options.load();
            long ticks0 = cpuTicks(pid);
            Map<String, Long> threads0 = threadTicks(pid);
            long t0 = System.nanoTime();
            Thread.sleep(Duration.ofSeconds(seconds));
            long ticks = cpuTicks(pid) - ticks0;
            Map<String, Long> threads = threadTicks(pid);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (double) ticks / CLOCK_TICKS_PER_SECOND;
            System.out.printf(Locale.ROOT, "idle, one chat open: %s (%s); CPU %.2f s over %.0f s = %.2f %% of a"
                    + " core; threads %s; %s, after: %s%n", rss, hwm, cpu, wall, 100 * cpu / wall,
                    procStatus(pid, "Threads"), load, Options.load());
            threads0.forEach((k, v) -> threads.merge(k, -v, Long::sum));
            System.out.println("  CPU by thread (ticks of 10 ms, threads of one name summed): " + threads.entrySet()
                    .stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue()
                    .reversed()).limit(10).map(e -> e.getKey() + " " + e.getValue()).toList());
        } finally {
            started.stop();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String procStatus(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(key + ":")) {
                return line.replaceAll("\\s+", " ").trim();
            }
        }
        return key + " unavailable";
    }

    /** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat, after the command). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** utime + stime of each thread of a process by thread name (Linux truncates it to 15 characters). */
    private static Map<String, Long> threadTicks(long pid) throws IOException {
        Map<String, Long> ticks = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException e) {
                    // The thread ended meanwhile.
                }
            }
        }
        return ticks;
    }

    /**
     * The app as a user starts it: the {@code ./swarmchat} launcher (told not to build), which execs the JVM, so the
     * child's pid is the app's. JVM options reach the app through {@code JAVA_TOOL_OPTIONS}.
     */
    private record App(Path launcher, Path data, String seedUrl) {
        ProcessBuilder command(List<String> jvmOptions, String... args) {
            List<String> command = new ArrayList<>(List.of(launcher.toString(), "--data-dir", data.toString(),
                    "--network", seedUrl));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("SWARMCHAT_NO_BUILD", "1");
            if (!jvmOptions.isEmpty()) {
                builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
            }
            return builder;
        }

        void createAccount() throws IOException, InterruptedException {
            Process p = command(List.of(), "account", "create", "--name", "Bench").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("account create failed: " + out);
            }
        }

        Started start(boolean openEcho) throws IOException, InterruptedException {
            List<String> jvm = new ArrayList<>(List.of("-Dswarmchat.startupTrace=true"));
            // The options under test are the desktop's: the one-shot account creation keeps the launcher's own (its
            // AOT cache, for one, cannot be combined with a CDS archive).
            String extra = System.getProperty("swarmchat.appJvmOptions", "").trim();
            if (!extra.isEmpty()) {
                jvm.addAll(List.of(extra.split("\\s+")));
            }
            if (openEcho) {
                jvm.add("-Dswarmchat.openChat=echo");
            }
            ProcessBuilder builder = command(jvm);
            Path log = data.resolve("logs").resolve("swarmchat.log");
            long logFrom = Files.exists(log) ? Files.size(log) : 0;
            long begin = System.currentTimeMillis();
            Process process = builder.start();
            Started started = new Started(process);
            Thread.ofVirtual().start(started::read);
            Thread.ofVirtual().start(() -> started.traceFrom(log, logFrom, begin));
            if (!started.done.await(120, TimeUnit.SECONDS)) {
                System.out.println("  (not every line came within 120 s)");
            }
            return started;
        }
    }

    /** A running app and the milliseconds from process creation to each traced event. */
    private static final class Started {
        final Process process;
        final Map<String, Long> millis = new ConcurrentHashMap<>();
        final CountDownLatch done = new CountDownLatch(EVENTS.size());

        Started(Process process) {
            this.process = process;
        }

        /** Passes the app's output to {@code -Dswarmchat.appLog} if set, and shows its errors. */
        void read() {
            String logFile = System.getProperty("swarmchat.appLog");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
                    var log = logFile == null ? null : Files.newBufferedWriter(Path.of(logFile))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (log != null) {
                        log.write(System.currentTimeMillis() + " " + line + "\n");
                        log.flush();
                    }
                    if (line.contains("ERROR") || line.contains("Exception")) {
                        System.out.println("  app: " + line);
                    }
                }
            } catch (IOException e) {
                // The app was stopped: its output ends here.
            }
        }

        /**
         * Follows the app's log file from byte {@code from} (what earlier starts wrote) while the app runs, and
         * times each trace line against {@code begin}. The lines carry their own time, so polling adds no error.
         */
        void traceFrom(Path file, long from, long begin) {
            long offset = from;
            StringBuilder partial = new StringBuilder();
            while (done.getCount() > 0 && process.isAlive()) {
                try {
                    if (Files.size(file) > offset) {
                        byte[] bytes;
                        try (var channel = Files.newByteChannel(file)) {
                            bytes = Channels.newInputStream(channel.position(offset)).readAllBytes();
                        }
                        offset += bytes.length;
                        partial.append(new String(bytes, StandardCharsets.UTF_8));
                        for (int end = partial.indexOf("\n"); end >= 0; end = partial.indexOf("\n")) {
                            trace(partial.substring(0, end), begin);
                            partial.delete(0, end + 1);
                        }
                    }
                } catch (IOException e) {
                    // Not there yet, or being rolled: read again at the next poll.
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void trace(String line, long begin) {
            Matcher m = TRACE.matcher(line);
            if (m.find() && EVENTS.contains(m.group(1)) && millis.putIfAbsent(m.group(1),
                    Long.parseLong(m.group(2)) - begin) == null) {
                done.countDown();
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
