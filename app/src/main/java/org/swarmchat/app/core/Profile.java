package org.swarmchat.app.core;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.store.Store;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.SwarmClientConfig;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * One profile: its folder, its encrypted store, its account, and (once connected) its messenger on a network.
 * Closing the profile closes the messenger and then the store.
 */
public final class Profile implements AutoCloseable {
    private final String name;
    private final Store store;
    private final Clock clock;
    private MessengerService messenger;

    private Profile(String name, Store store, Clock clock) {
        this.name = name;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Opens (or creates) the profile in {@code folder}.
     *
     * @param password unlocks the database key if it is wrapped; wraps it if the profile is new
     * @throws org.swarmchat.app.store.StoreException subclasses saying why the store cannot be opened
     */
    public static Profile open(Path folder, String name, Optional<char[]> password, Clock clock) {
        return new Profile(name, Store.open(folder, password), clock);
    }

    /** Whether a profile has been created in {@code folder}. */
    public static boolean exists(Path folder) {
        return Store.exists(folder);
    }

    /** The profile's name. */
    public String name() {
        return name;
    }

    /** The profile's store. */
    public Store store() {
        return store;
    }

    /** Its account: create, restore, read. */
    public Accounts accounts() {
        return new Accounts(store, clock);
    }

    /** Its conversations, requests and blocked accounts. */
    public Conversations conversations() {
        return new Conversations(store, clock);
    }

    /**
     * Its account.
     *
     * @throws NoAccountException if it has none yet
     */
    public Identity identity() {
        return accounts().find().orElseThrow(() -> new NoAccountException(name));
    }

    /**
     * The messenger of this profile's account on {@code network}: a swarm client whose node pool, swarm cache and
     * poll state live in this profile's store. Made once; later calls return the same one.
     *
     * @throws NoAccountException if the profile has no account yet
     */
    public synchronized MessengerService connect(NetworkChoice network, MessengerSettings settings) {
        if (messenger == null) {
            Identity identity = identity();
            NetworkClock networkClock = new NetworkClock(clock);
            SwarmClientConfig config = SwarmClients.config(network)
                    .networkClock(networkClock)
                    .wallClock(clock)
                    .pollInterval(settings.pollInterval())
                    .ownSwarmRefreshInterval(settings.ownSwarmRefresh())
                    .snodePoolStore(store.snodePoolStore())
                    .swarmCacheStore(store.swarmCacheStore())
                    .pollStateStore(store.pollStateStore())
                    .build();
            messenger = new MessengerService(store, identity, SwarmClient.create(config), networkClock, clock,
                    settings);
        }
        return messenger;
    }

    @Override
    public synchronized void close() {
        if (messenger != null) {
            messenger.close();
            messenger = null;
        }
        store.close();
    }
}
