package org.swarmchat.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.swarmchat.app.config.AppSettings;
import org.swarmchat.app.config.AppSettingsFile;
import org.swarmchat.app.config.DataDirectory;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.app.core.Accounts;
import org.swarmchat.app.core.Identity;
import org.swarmchat.app.core.MessengerService;
import org.swarmchat.app.core.MessengerSettings;
import org.swarmchat.app.core.Profile;
import org.swarmchat.app.core.Profiles;
import org.swarmchat.app.core.SwarmClients;
import org.swarmchat.app.store.PasswordRequiredException;
import org.swarmchat.app.store.WrongPasswordException;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.keys.InvalidRecoveryPasswordException;
import org.swarmchat.crypto.keys.RecoveryPassword;
import org.swarmchat.devnet.LocalDevnet;
import org.swarmchat.swarm.api.Observable;
import org.swarmchat.swarm.api.ReadOnlyObservable;
import org.swarmchat.swarm.netinfo.NetworkInfoClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: wires the embedded devnet (when the default devnet is chosen and none
 * answers on its seed port), the profile and its messenger, and starts them in one visible chain whose steps are
 * {@link AppState}s. Shuts them down in reverse order.
 *
 * <p>Every step runs on the IO executor (virtual threads); observers of {@link #state()} and {@link #progress()}
 * are called on that thread and must hop to their own.
 */
public final class AppContext implements AutoCloseable {
    /** The well-known seed of the echo contact of a devnet run without a data folder (`swarmchat devnet`). */
    private static final String WELL_KNOWN_ECHO_SEED = "ec40ec40ec40ec40ec40ec40ec40ec40";
    private static final int EMBEDDED_NODES = 25;
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Options options;
    private final Path folder;
    private final AppSettingsFile appSettings;
    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final NetworkInfoClient networkInfo;
    private final Observable<AppState> state = new Observable<>(AppState.NEW);
    private final Observable<String> progress = new Observable<>("");
    /** The notifications switch of {@link #appSettings()}, read at {@link #start()} and set where it is saved. */
    private final Observable<Boolean> notificationsOn = new Observable<>(AppSettings.defaults().notifications());
    private final AtomicBoolean closed = new AtomicBoolean(false);
    private volatile Throwable failure;
    private volatile LocalDevnet devnet;
    private volatile Profile profile;
    private volatile MessengerService messenger;
    private volatile Optional<AccountId> echoContact = Optional.empty();
    private volatile Optional<char[]> password;

    /**
     * How the app starts.
     *
     * @param data the data folder
     * @param network the network
     * @param profileName the profile
     * @param password the database password, if any
     * @param settings the messenger's send and poll settings
     * @param clock the clock
     * @param embedDevnet whether to start an in-process devnet when {@code network} is the default devnet and no
     *     devnet answers on its seed port
     * @param echoContact the echo contact to offer, if known beforehand (tests); else the embedded devnet's
     */
    public record Options(DataDirectory data, NetworkChoice network, String profileName, Optional<char[]> password,
            MessengerSettings settings, Clock clock, boolean embedDevnet, Optional<AccountId> echoContact) {
        /** Checks that nothing is missing. */
        public Options {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(network, "network");
            Profiles.checkName(profileName);
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(echoContact, "echoContact");
        }
    }

    /** A context that has started nothing yet. */
    public AppContext(Options options) {
        this.options = options;
        this.folder = Profiles.folder(options.data(), options.network(), options.profileName());
        this.appSettings = AppSettingsFile.in(options.data());
        this.password = options.password();
        this.networkInfo = SwarmClients.networkInfo(options.network());
    }

    /** The state of the start-up chain. */
    public ReadOnlyObservable<AppState> state() {
        return state;
    }

    /** What the current step is doing, in words for the window. */
    public ReadOnlyObservable<String> progress() {
        return progress;
    }

    /** Why the app is {@link AppState#FAILED}, if it is. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** The executor for blocking work (SQL reads, network calls): virtual threads, any number. */
    public ExecutorService io() {
        return io;
    }

    /** Where the network's token figures come from (SPEC §8). */
    public NetworkInfoClient networkInfo() {
        return networkInfo;
    }

    /** The options the app started with. */
    public Options options() {
        return options;
    }

    /** The desktop app's settings file in the data folder (its network, notifications); read it off the FX thread. */
    public AppSettingsFile appSettings() {
        return appSettings;
    }

    /**
     * Whether new messages show notifications: the saved switch, read from {@link #appSettings()} once at
     * {@link #start()} and changed by {@link #saveNotifications}. Reading it is reading memory, on any thread.
     */
    public ReadOnlyObservable<Boolean> notificationsOn() {
        return notificationsOn;
    }

    /**
     * Saves notifications on or off in {@link #appSettings()}, then makes {@link #notificationsOn()} say so. Does
     * file I/O: call it off the JavaFX thread.
     *
     * @return the settings written
     * @throws java.io.UncheckedIOException if the file cannot be written (the switch then keeps its value)
     */
    public AppSettings saveNotifications(boolean on) {
        AppSettings saved = appSettings.update(s -> s.withNotifications(on));
        notificationsOn.set(saved.notifications());
        return saved;
    }

    /**
     * The profile.
     *
     * @throws IllegalStateException before it is opened
     */
    public Profile profile() {
        Profile p = profile;
        if (p == null) {
            throw new IllegalStateException("the profile is not open yet");
        }
        return p;
    }

    /**
     * The messenger.
     *
     * @throws IllegalStateException before {@link AppState#CONNECTING}
     */
    public MessengerService messenger() {
        MessengerService m = messenger;
        if (m == null) {
            throw new IllegalStateException("not connected yet");
        }
        return m;
    }

    /** The echo contact of the devnet, offered to a new user as a first conversation. */
    public Optional<AccountId> echoContact() {
        return echoContact;
    }

    /** The embedded devnet, if this app started one. */
    public Optional<LocalDevnet> embeddedDevnet() {
        return Optional.ofNullable(devnet);
    }

    /**
     * Runs the start chain: the notifications switch of the settings file, devnet (if needed), profile, then connect
     * if the profile has an account, else {@link AppState#NEEDS_ACCOUNT}. Completes with the state reached.
     */
    public CompletableFuture<AppState> start() {
        return CompletableFuture.runAsync(() -> notificationsOn.set(appSettings.read().notifications()), io)
                .thenRunAsync(this::startDevnetIfNeeded, io)
                .thenRunAsync(this::openProfileIfExists, io)
                .thenComposeAsync(ignored -> {
                    if (state.get() == AppState.NEEDS_PASSWORD) {
                        return CompletableFuture.completedFuture(AppState.NEEDS_PASSWORD);
                    }
                    return profile != null && profile.accounts().find().isPresent()
                            ? connect().thenApply(v -> state.get())
                            : CompletableFuture.completedFuture(step(AppState.NEEDS_ACCOUNT, ""));
                }, io)
                .exceptionally(this::fail);
    }

    /** Runs the start chain again with {@code password} for the profile's database key. */
    public CompletableFuture<AppState> unlock(char[] password) {
        this.password = Optional.of(password.clone());
        return start();
    }

    /**
     * Creates the profile (if absent) and a new account in it. Stays in {@link AppState#NEEDS_ACCOUNT}: the user
     * must save the recovery password before {@link #connect()}.
     */
    public CompletableFuture<Accounts.Created> createAccount(String displayName) {
        return CompletableFuture.supplyAsync(() -> openOrCreateProfile().accounts().create(displayName,
                new SecureRandom()), io);
    }

    /**
     * Checks the recovery password first (nothing is written if it is wrong), then creates the profile and
     * restores the account into it.
     */
    public CompletableFuture<Identity> restoreAccount(String recoveryPassword, Optional<String> displayName) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                RecoveryPassword.decodeAccountSeed(recoveryPassword);
                return openOrCreateProfile().accounts().restore(recoveryPassword, displayName);
            } catch (InvalidRecoveryPasswordException e) {
                throw new CompletionException(e);
            }
        }, io);
    }

    /** Connects the profile's account: node pool, onion paths, own swarm, outbox, polling; then READY. */
    public CompletableFuture<Void> connect() {
        return CompletableFuture.supplyAsync(() -> {
            step(AppState.CONNECTING, "Fetching the list of nodes from the seed…");
            messenger = profile().connect(options.network(), options.settings());
            return messenger;
        }, io).thenCompose(m -> m.swarmClient().initialize().handle((v, e) -> {
            if (e != null) {
                LOG.warn("bootstrap did not finish; the app keeps trying in the background", e);
            }
            return m;
        })).thenComposeAsync(m -> {
            step(AppState.CONNECTING, "Finding your swarm…");
            return m.swarmClient().swarmOf(m.identity().accountId()).handle((s, e) -> m);
        }, io).thenAcceptAsync(m -> {
            step(AppState.CONNECTING, "Resuming unsent messages…");
            m.resumeOutbox();
            m.startPolling();
            step(AppState.READY, "");
        }, io).exceptionally(e -> {
            fail(e);
            return null;
        });
    }

    /** Stops the messenger, the profile and the devnet, in that order; each failure is logged, not thrown. */
    public CompletableFuture<Void> shutdown() {
        step(AppState.STOPPING, "Stopping…");
        return CompletableFuture.runAsync(() -> {
            Profile p = profile;
            if (p != null) {
                p.close();
            }
        }, io).exceptionally(e -> log("closing the profile", e))
                .thenRunAsync(() -> {
                    LocalDevnet d = devnet;
                    if (d != null) {
                        d.close();
                    }
                }, io).exceptionally(e -> log("stopping the devnet", e))
                .thenRun(() -> step(AppState.STOPPED, ""));
    }

    /** {@link #shutdown()} and wait for it, then stop the IO executor. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            shutdown().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("shutdown did not finish cleanly", e);
        }
        io.shutdown();
    }

    private void startDevnetIfNeeded() {
        NetworkChoice network = options.network();
        options.echoContact().ifPresent(id -> echoContact = Optional.of(id));
        boolean defaultDevnet = network.equals(NetworkChoice.devnet());
        if (!defaultDevnet || !options.embedDevnet()) {
            if (network.embeddedDevnet() && echoContact.isEmpty()) {
                echoContact = Optional.of(wellKnownEcho());
            }
            return;
        }
        int port = network.seeds().getFirst().getPort();
        if (answers(port)) {
            step(AppState.STARTING_DEVNET, "Joining the devnet on port " + port + "…");
            echoContact = echoContact.or(() -> Optional.of(wellKnownEcho()));
            return;
        }
        step(AppState.STARTING_DEVNET, "Starting the local devnet (" + EMBEDDED_NODES + " nodes)…");
        try {
            devnet = LocalDevnet.builder().nodes(EMBEDDED_NODES).seedPort(port).echoContact(true)
                    .dataDir(options.data().network(network).resolve("embedded-devnet")).start();
        } catch (IOException e) {
            throw new CompletionException("cannot start the local devnet: " + e.getMessage(), e);
        }
        echoContact = echoContact.or(() -> devnet.echoAccountId());
    }

    private void openProfileIfExists() {
        if (Profile.exists(folder)) {
            step(AppState.OPENING_PROFILE, "Opening your profile…");
            try {
                openOrCreateProfile();
            } catch (PasswordRequiredException | WrongPasswordException e) {
                step(AppState.NEEDS_PASSWORD, password.isPresent() ? "That password does not unlock this profile."
                        : "");
            }
        }
    }

    private synchronized Profile openOrCreateProfile() {
        if (profile == null) {
            profile = Profile.open(folder, options.profileName(), password, options.clock());
        }
        return profile;
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static AccountId wellKnownEcho() {
        byte[] seed = java.util.HexFormat.of().parseHex(WELL_KNOWN_ECHO_SEED);
        return AccountId.of(RecoveryPassword.keyPairOf(seed));
    }

    private AppState step(AppState next, String words) {
        progress.set(words);
        state.set(next);
        return next;
    }

    private AppState fail(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        LOG.error("the app could not start", cause);
        failure = cause;
        return step(AppState.FAILED, Optional.ofNullable(cause.getMessage()).orElse(cause.toString()));
    }

    private Void log(String what, Throwable e) {
        LOG.warn("{} failed", what, e);
        return null;
    }
}
