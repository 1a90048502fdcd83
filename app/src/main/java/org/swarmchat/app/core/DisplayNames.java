package org.swarmchat.app.core;

import java.nio.charset.StandardCharsets;

/** The rules a display name follows, checked before anything is written. */
public final class DisplayNames {
    /** The most UTF-8 bytes a Session profile name holds. */
    public static final int MAX_BYTES = 100;

    private DisplayNames() {
    }

    /**
     * The name, stripped of surrounding white space.
     *
     * @throws IllegalArgumentException saying what is wrong: blank, too long, or holding a control character
     */
    public static String check(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a display name cannot be empty");
        }
        int bytes = stripped.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("a display name holds at most " + MAX_BYTES + " bytes of UTF-8; this"
                    + " one has " + bytes);
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a display name cannot hold control characters such as new lines");
        }
        return stripped;
    }
}
