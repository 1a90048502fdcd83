package org.swarmchat.swarm.directory;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link SnodePoolStore} that forgets everything when the process ends: for tests and throw-away clients. */
public final class InMemorySnodePoolStore implements SnodePoolStore {
    private final AtomicReference<PoolSnapshot> saved = new AtomicReference<>();

    @Override
    public Optional<PoolSnapshot> load() {
        return Optional.ofNullable(saved.get());
    }

    @Override
    public void save(PoolSnapshot snapshot) {
        saved.set(snapshot);
    }
}
