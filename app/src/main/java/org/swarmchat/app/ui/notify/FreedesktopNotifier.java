package org.swarmchat.app.ui.notify;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications through the freedesktop.org notification service ({@code org.freedesktop.Notifications} on
 * the session bus, which GNOME, KDE, Xfce, dunst and mako provide), sent by running {@code notify-send} (Debian's
 * {@code libnotify-bin}).
 *
 * <p>Why {@code notify-send} rather than {@code gdbus call}: {@code notify-send} takes the title and the body as
 * plain arguments, so a message's text reaches the service as a string and nothing else; {@code gdbus} takes every
 * argument as a GVariant literal that we would have to quote and escape ourselves, where one mistake lets a message
 * change the call. JavaFX has no notification API, and a D-Bus library would be a dependency for one method call.
 *
 * <p>Each notification runs the command on a virtual thread of its own, so {@link #show} never blocks. When a run
 * fails (no notification service on the bus, the command gone) that notification and every later one go to the
 * fallback instead.
 */
public final class FreedesktopNotifier implements Notifier {
    /** The command looked for on the {@code PATH}. */
    public static final String COMMAND = "notify-send";
    private static final long TIMEOUT_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(FreedesktopNotifier.class);

    private final Path command;
    private final Notifier fallback;
    private final AtomicBoolean failed = new AtomicBoolean(false);

    /** A notifier that runs {@code command}, and shows through {@code fallback} once that fails. */
    public FreedesktopNotifier(Path command, Notifier fallback) {
        this.command = command;
        this.fallback = fallback;
    }

    /** The {@code notify-send} executable in the folders of {@code pathVariable} (a {@code PATH} value), if any. */
    public static Optional<Path> find(String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String folder : pathVariable.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(folder, COMMAND);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                LOG.debug("skipping PATH entry {}", folder, e);
            }
        }
        return Optional.empty();
    }

    @Override
    public void show(Notification notification) {
        if (failed.get()) {
            fallback.show(notification);
            return;
        }
        Thread.ofVirtual().name("notify-send").start(() -> send(notification));
    }

    private void send(Notification notification) {
        // "--" ends the options: a message that starts with a dash is text, not a flag.
        List<String> arguments = List.of(command.toString(), "--app-name=Swarmchat", "--category=im.received", "--",
                notification.title(), escapeMarkup(notification.body()));
        try {
            Process process = new ProcessBuilder(arguments).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(notification, COMMAND + " did not return within " + TIMEOUT_SECONDS + " s");
            } else if (process.exitValue() != 0) {
                fail(notification, COMMAND + " exited with status " + process.exitValue());
            }
        } catch (IOException e) {
            fail(notification, "cannot run " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fail(Notification notification, String why) {
        if (failed.compareAndSet(false, true)) {
            LOG.info("desktop notifications do not work here ({}); showing them in the window", why);
        }
        fallback.show(notification);
    }

    /**
     * The body with the characters of the service's markup escaped: servers that advertise "body-markup" (most do)
     * read {@code <b>}, {@code <a href>} or {@code <img src>} in it, and a message's text must not become either.
     */
    static String escapeMarkup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
