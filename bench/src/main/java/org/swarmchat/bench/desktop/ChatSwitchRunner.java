package org.swarmchat.bench.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.swarmchat.app.AppContext;
import org.swarmchat.app.AppState;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.core.MessengerSettings;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.core.Profiles;
import org.swarmchat.app.store.Conversation;
import org.swarmchat.app.store.IncomingMessage;
import org.swarmchat.app.ui.AppWindow;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.keys.RecoveryPassword;
import org.swarmchat.devnet.LocalDevnet;

/**
 * Switching between two chats of 100,000 messages each, and scrolling them, in the real main window: fills a
 * profile's store with two accepted conversations of {@code --messages} messages (default 100,000) in a few big
 * write transactions, opens the app on a 10-node devnet in this JVM, then
 * <ul>
 *   <li>switches between the two chats {@code --switches} times (default 50, after 10 to warm up), each timed from
 *       selecting the conversation in the side bar to the end of layout of the first pulse whose cells show the
 *       chat's newest message ({@link Scene#addPostLayoutPulseListener}); the software renderer draws that frame
 *       after this point;</li>
 *   <li>scrolls each chat towards older messages for {@code --frames} pulses (default 600), 40 px per pulse through
 *       the list's {@link VirtualFlow} (as a wheel does), crossing several page loads, and prints the frame
 *       intervals (pulse to pulse) and each pulse's own work (scroll, CSS and layout): median, p99, max.</li>
 * </ul>
 * Runs headless on Monocle's glass platform with the software renderer unless {@code -Dglass.platform} says
 * otherwise (e.g. {@code gtk} under Xvfb).
 */
public final class ChatSwitchRunner {
    private static final int WARMUP_SWITCHES = 10;
    private static final int BATCH = 20_000;
    private static final double SCROLL_PIXELS = 40;

    private ChatSwitchRunner() {
    }

    /**
     * Fills the store, opens the window and prints the figures.
     *
     * @param args {@code [--messages N] [--switches N] [--frames N]}
     * @throws Exception if the devnet, the store or the window fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = Options.parse(args, 0, Map.of("messages", 100_000, "switches", 50,
                "frames", 600));
        int messages = options.get("messages");
        headlessUnlessAsked();
        Path data = Files.createTempDirectory("swarmchat-chat-bench");
        try (LocalDevnet devnet = LocalDevnet.builder().nodes(10).start()) {
            NetworkChoice network = NetworkChoice.parse(devnet.seedUrl());
            DataDirectory dir = DataDirectory.ofUser(Optional.of(data));
            List<AccountId> peers = List.of(newAccount(), newAccount());
            fill(Profiles.folder(dir, network, "bench"), peers, messages);
            AppContext context = new AppContext(new AppContext.Options(dir, network, "bench", Optional.empty(),
                    MessengerSettings.defaults(), Clock.systemUTC(), false, devnet.echoAccountId()));
            Stage[] stage = new Stage[1];
            CompletableFuture<Void> shown = new CompletableFuture<>();
            Platform.startup(() -> {
                stage[0] = new Stage();
                new AppWindow(context).show(stage[0]);
                context.start();
                shown.complete(null);
            });
            shown.get();
            Fx fx = new Fx(stage[0].getScene());
            long readyBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (context.state().get() != AppState.READY || fx.call(() -> conversations(fx.scene)
                    .getItems().size()) < 2) {
                if (System.nanoTime() > readyBy) {
                    throw new IllegalStateException("the app did not get ready: " + context.state().get());
                }
                Thread.sleep(100);
            }
            System.out.printf(Locale.ROOT, "window ready with 2 chats of %,d messages; %s%n", messages,
                    Options.load());
            firstPageQuery(context, peers);
            switches(fx, peers, messages, options.get("switches"));
            for (int chat = 0; chat < peers.size(); chat++) {
                fx.switchTo(peers.get(chat), newest(chat, messages));
                scroll(fx, chat, options.get("frames"));
            }
            Platform.runLater(stage[0]::close);
            context.close();
            Platform.exit();
        } finally {
            Options.deleteTree(data);
        }
    }

    /** The store's share of a switch: the newest page's query alone, on this thread. */
    private static void firstPageQuery(AppContext context, List<AccountId> peers) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long begin = System.nanoTime();
            context.profile().conversations().history(peers.get(i % 2), Optional.empty(), 100);
            times.add((System.nanoTime() - begin) / 1e6);
        }
        System.out.printf(Locale.ROOT, "newest page query (100 rows), 40 runs: %s%n", Stats.of(times.subList(10,
                40)));
    }

    private static void switches(Fx fx, List<AccountId> peers, int messages, int count) throws Exception {
        List<Switch> warmup = new ArrayList<>();
        for (int i = 0; i < WARMUP_SWITCHES; i++) {
            warmup.add(fx.switchTo(peers.get(i % 2), newest(i % 2, messages)));
            Thread.sleep(100);
        }
        String load = Options.load();
        List<Switch> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(fx.switchTo(peers.get(i % 2), newest(i % 2, messages)));
            Thread.sleep(100);
        }
        System.out.printf(Locale.ROOT, "switch (select -> newest page laid out), first (cold) %.1f ms; %d"
                + " switches after %d to warm up: %s; %s%n", warmup.getFirst().total(), count, WARMUP_SWITCHES,
                Stats.of(times.stream().map(Switch::total).toList()), load);
        System.out.printf(Locale.ROOT, "  of which the selection handler (builds the chat's nodes) %s; the last"
                + " pulse's CSS and layout %s; pulses per switch %s%n",
                Stats.of(times.stream().map(Switch::handler).toList()),
                Stats.of(times.stream().map(Switch::lastPulse).toList()),
                Stats.of(times.stream().map(t -> (double) t.pulses()).toList()).replace(" ms", ""));
    }

    private static void scroll(Fx fx, int chat, int frames) throws Exception {
        String load = Options.load();
        long[] starts = new long[frames];
        long[] work = new long[frames];
        int[] loaded = new int[2];
        int[] stuck = {0};
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            ListView<?> list = (ListView<?>) fx.scene.lookup("#messageList");
            VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
            loaded[0] = list.getItems().size();
            int[] frame = {0};
            Runnable afterLayout = () -> {
                if (frame[0] > 0 && frame[0] <= frames) {
                    work[frame[0] - 1] = System.nanoTime() - starts[frame[0] - 1];
                }
            };
            fx.scene.addPostLayoutPulseListener(afterLayout);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (frame[0] == frames) {
                        stop();
                        loaded[1] = list.getItems().size();
                        Platform.runLater(() -> fx.scene.removePostLayoutPulseListener(afterLayout));
                        done.complete(null);
                        return;
                    }
                    starts[frame[0]++] = System.nanoTime();
                    if (flow.scrollPixels(-SCROLL_PIXELS) == 0) {
                        stuck[0]++;
                    }
                }
            }.start();
        });
        done.get(10, TimeUnit.MINUTES);
        List<Double> intervals = new ArrayList<>();
        List<Double> pulses = new ArrayList<>();
        for (int i = 1; i < frames; i++) {
            intervals.add((starts[i] - starts[i - 1]) / 1e6);
        }
        for (long w : work) {
            pulses.add(w / 1e6);
        }
        long slow = intervals.stream().filter(ms -> ms > 33.4).count();
        System.out.printf(Locale.ROOT, "scroll chat %d, %d frames of %.0f px up (rows %d -> %d): frame interval"
                + " %s, %d over 33 ms; pulse work (scroll+CSS+layout) %s; %d frames did not move (at the top); %s%n",
                chat + 1, frames, SCROLL_PIXELS, loaded[0], loaded[1], Stats.of(intervals), slow, Stats.of(pulses),
                stuck[0], load);
    }

    private static ListView<?> conversations(Scene scene) {
        return (ListView<?>) scene.lookup("#conversationList");
    }

    private static String newest(int chat, int messages) {
        return "chat " + (chat + 1) + " message " + (messages - 1);
    }

    private static void fill(Path folder, List<AccountId> peers, int messages) {
        long begin = System.nanoTime();
        long start = Clock.systemUTC().millis() - Duration.ofDays(50).toMillis();
        long step = Duration.ofDays(50).toMillis() / messages;
        try (Profile p = Profile.open(folder, "bench", Optional.empty(), Clock.systemUTC())) {
            p.accounts().create("Bench", new SecureRandom());
            for (int chat = 0; chat < peers.size(); chat++) {
                AccountId peer = peers.get(chat);
                for (int from = 0; from < messages; from += BATCH) {
                    int first = from;
                    int c = chat;
                    p.store().writeAndWait(tables -> {
                        for (int i = first; i < Math.min(messages, first + BATCH); i++) {
                            long sentAt = start + i * step;
                            tables.messages().insertIncoming(new IncomingMessage(peer, hash(c, i), text(c, i),
                                    sentAt, sentAt, sentAt + Duration.ofDays(14).toMillis()));
                        }
                        return null;
                    });
                }
                p.conversations().accept(peer);
            }
        }
        System.out.printf(Locale.ROOT, "filled %d chats of %,d messages in %.0f s%n", peers.size(), messages,
                (System.nanoTime() - begin) / 1e9);
    }

    private static String text(int chat, int i) {
        String text = "chat " + (chat + 1) + " message " + i;
        // Every fifth message is long enough to wrap, so rows differ in height as in a real chat.
        return i % 5 == 0 ? text + ": " + "a longer line that wraps in the bubble, ".repeat(3).trim() : text;
    }

    private static String hash(int chat, int i) {
        return HexFormat.of().formatHex(new byte[] {(byte) chat, (byte) (i >>> 24), (byte) (i >>> 16),
            (byte) (i >>> 8), (byte) i}) + "00".repeat(27);
    }

    private static AccountId newAccount() {
        return AccountId.of(RecoveryPassword.keyPairOf(RecoveryPassword.newSeed(new SecureRandom())));
    }

    private static void headlessUnlessAsked() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
    }

    /** One switch's times in milliseconds, and the pulses it took. */
    private record Switch(double total, double handler, double lastPulse, int pulses) {
    }

    /** The FX thread from the runner's thread: queries, and timed switches. */
    private record Fx(Scene scene) {
        <T> T call(java.util.concurrent.Callable<T> query) throws Exception {
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(query.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(30, TimeUnit.SECONDS);
        }

        /**
         * Selects {@code peer}'s conversation and waits until a laid-out pulse shows {@code newest}: the total, the
         * selection's own handler (the new chat's nodes are built there), the CSS and layout of that last pulse,
         * and how many pulses it took, in milliseconds.
         */
        Switch switchTo(AccountId peer, String newest) throws Exception {
            CompletableFuture<Switch> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long begin = System.nanoTime();
                long[] pulse = {0, 0};
                Runnable before = () -> {
                    pulse[0] = System.nanoTime();
                    pulse[1]++;
                };
                Runnable[] after = new Runnable[1];
                long[] handler = {0};
                after[0] = () -> {
                    if (!done.isDone() && shows(newest)) {
                        long end = System.nanoTime();
                        done.complete(new Switch((end - begin) / 1e6, handler[0] / 1e6, (end - pulse[0]) / 1e6,
                                (int) pulse[1]));
                        Platform.runLater(() -> {
                            scene.removePreLayoutPulseListener(before);
                            scene.removePostLayoutPulseListener(after[0]);
                        });
                    }
                };
                scene.addPreLayoutPulseListener(before);
                scene.addPostLayoutPulseListener(after[0]);
                @SuppressWarnings("unchecked")
                ListView<Conversation> list = (ListView<Conversation>) conversations(scene);
                list.getItems().stream().filter(c -> c.peer().equals(peer)).findFirst()
                        .ifPresent(c -> list.getSelectionModel().select(c));
                handler[0] = System.nanoTime() - begin;
            });
            return done.get(60, TimeUnit.SECONDS);
        }

        private boolean shows(String text) {
            Node list = scene.lookup("#messageList");
            return list != null && list.lookupAll(".body").stream().anyMatch(n -> n instanceof Label l
                    && l.isVisible() && text.equals(l.getText()) && l.getParent() != null
                    && l.getParent().isVisible());
        }
    }
}
