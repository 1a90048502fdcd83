package org.swarmchat.devnet.recording;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * What one node saw, request by request, for privacy tests. Off by default: while off, {@link #record} reads one
 * volatile flag and builds nothing, so a devnet that does not record pays nothing for it. Thread-safe.
 */
public final class RequestRecorder {
    private final ConcurrentLinkedQueue<SeenRequest> seen = new ConcurrentLinkedQueue<>();
    private volatile boolean on;

    /** Starts recording; what was recorded before stays. */
    public void start() {
        on = true;
    }

    /** Stops recording; what was recorded stays readable. */
    public void stop() {
        on = false;
    }

    /** Whether it records now. */
    public boolean isRecording() {
        return on;
    }

    /** Forgets everything recorded so far. */
    public void clear() {
        seen.clear();
    }

    /** What was recorded, oldest first. */
    public List<SeenRequest> seen() {
        return List.copyOf(seen);
    }

    /** Records what {@code request} makes, if recording; the supplier is not called otherwise. */
    public void record(Supplier<SeenRequest> request) {
        if (on) {
            seen.add(request.get());
        }
    }
}
