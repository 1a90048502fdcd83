package org.swarmchat.app.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.swarmchat.app.store.Message;
import org.swarmchat.crypto.AccountId;

/** How the UI writes times, days, names and delivery states. */
public final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private Formats() {
    }

    /** The local day of a timestamp. */
    public static LocalDate day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneId.systemDefault()).toLocalDate();
    }

    /** {@code HH:mm}. */
    public static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneId.systemDefault()));
    }

    /** "Today", "Yesterday" or the date. */
    public static String day(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return DAY.format(day);
    }

    /** A time for the conversation list: the time today, else the date. */
    public static String listTime(Instant at, LocalDate today) {
        LocalDate d = day(at.toEpochMilli());
        return d.equals(today) ? time(at.toEpochMilli()) : day(d, today);
    }

    /** The display name, or the short Account ID. */
    public static String name(Optional<String> displayName, AccountId id) {
        return displayName.filter(n -> !n.isBlank()).orElse(id.shortForm());
    }

    /** The delivery state in words, as a bubble shows it. */
    public static String delivery(Message m) {
        return switch (m.state()) {
            case PENDING, SENDING -> "Sending…";
            case STORED -> "Stored on " + m.storedOn() + (m.storedOn() == 1 ? " node" : " nodes");
            case FAILED -> "Failed" + m.failure().map(f -> ": " + f).orElse("");
            case RECEIVED -> "";
        };
    }
}
