package org.swarmchat.app.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.swarmchat.swarm.api.Pin;

/** The registrations a controller made in {@code onActivate}; {@link #unbindAll()} ends them in onDeactivate. */
public final class Pins {
    private final List<Pin> pins = new ArrayList<>();

    /** Keeps {@code pin} until {@link #unbindAll()}. */
    public void add(Pin pin) {
        pins.add(pin);
    }

    /** Ends every registration kept. */
    public void unbindAll() {
        pins.forEach(Pin::unbind);
        pins.clear();
    }

    /** How many registrations are kept (for tests). */
    public int size() {
        return pins.size();
    }
}
