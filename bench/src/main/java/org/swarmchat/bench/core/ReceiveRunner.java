package org.swarmchat.bench.core;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.swarmchat.app.core.Identity;
import org.swarmchat.app.core.Inbox;
import org.swarmchat.app.core.Profile;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.message.MessageOpener;
import org.swarmchat.crypto.message.MessageSealer;
import org.swarmchat.crypto.message.OutgoingText;
import org.swarmchat.crypto.request.MessageHash;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.api.RetrievedMessage;
import org.swarmchat.swarm.poll.PolledMessage;

/**
 * Messages received and stored per second: what the poller hands the app's {@link Inbox} (pages of sealed 1:1
 * messages as a swarm returns them) is opened (sealed box, signature, protobuf), checked against contacts and
 * stored in the profile's encrypted SQLite database, one transaction per page, as in the app. The network is left
 * out (the swarm-client benchmarks measure it); sealing is done before the clock starts.
 *
 * <p>Usage: {@code ReceiveRunner [messages=5000] [page=50] [senders=20]}.
 */
public final class ReceiveRunner {
    private ReceiveRunner() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args optionally the message count, the page size and the number of senders
     * @throws Exception if the profile cannot be made
     */
    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int page = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int senders = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        System.out.printf(Locale.ROOT, "receive: %d messages from %d senders in pages of %d; %d cores; load %.2f%n",
                messages, senders, page, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Result r = run(Files.createTempDirectory("receive-bench"), messages, page, senders);
        System.out.printf(Locale.ROOT, "opened only (MessageOpener): %,8.0f messages/s%n", r.openedPerSecond());
        System.out.printf(Locale.ROOT, "received and stored (Inbox, 1 tx/page): %,8.0f messages/s (%d stored)%n",
                r.storedPerSecond(), r.stored());
    }

    /**
     * The figures of one run.
     *
     * @param openedPerSecond messages opened per second, without storing
     * @param storedPerSecond messages opened and stored per second
     * @param stored how many the store holds at the end
     */
    public record Result(double openedPerSecond, double storedPerSecond, int stored) {
    }

    /** Seals {@code messages} to a new profile in {@code dir}, then times opening them and receiving them. */
    public static Result run(Path dir, int messages, int page, int senders) throws Exception {
        SecureRandom random = new SecureRandom();
        try (Profile profile = Profile.open(dir.resolve("bob"), "bob", Optional.empty(), Clock.systemUTC())) {
            Identity bob = profile.accounts().create("Bob", random).identity();
            List<PolledMessage> polled = seal(bob.accountId(), messages, senders, random);

            MessageOpener opener = new MessageOpener();
            long start = System.nanoTime();
            for (PolledMessage p : polled) {
                opener.open(p.message().data(), bob.keys());
            }
            double opened = messages / ((System.nanoTime() - start) / 1e9);

            Inbox inbox = new Inbox(profile.store(), bob, new MessageOpener(), Clock.systemUTC());
            start = System.nanoTime();
            for (int i = 0; i < polled.size(); i += page) {
                inbox.onMessages(polled.subList(i, Math.min(polled.size(), i + page)));
            }
            double stored = messages / ((System.nanoTime() - start) / 1e9);
            int count = profile.store().read(t -> t.conversations().list(true).stream()
                    .mapToInt(c -> t.messages().count(c.peer())).sum());
            return new Result(opened, stored, count);
        }
    }

    private static List<PolledMessage> seal(AccountId to, int messages, int senders, SecureRandom random) {
        MessageSealer sealer = new MessageSealer(random);
        List<Ed25519KeyPair> from = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            from.add(Ed25519KeyPair.generate(random));
        }
        List<PolledMessage> polled = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (int i = 0; i < messages; i++) {
            long sentAt = now - messages + i;
            byte[] data = sealer.seal(from.get(i % senders), to, new OutgoingText("message number " + i
                    + " about lunch, the weather and the news", Optional.of("Sender " + i % senders), sentAt));
            String hash = MessageHash.compute(to.bytes(), Namespace.DEFAULT.value(), data);
            polled.add(new PolledMessage(to.hex(), Namespace.DEFAULT,
                    new RetrievedMessage(hash, sentAt, sentAt + 86_400_000L, data)));
        }
        return polled;
    }
}
