package org.swarmchat.app.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notify-send notifier. A small shell script named {@code notify-send} in a temporary folder stands in for the
 * real command and the desktop's notification service behind it (which a build machine does not have): it records
 * its arguments, or fails, as a test asks.
 */
@DisabledOnOs(OS.WINDOWS)
class FreedesktopNotifierTest {
    @TempDir
    Path bin;

    @Test
    void itIsFoundOnlyInAFolderOfThePath() throws Exception {
        assertThat(FreedesktopNotifier.find(bin.toString())).isEmpty();
        Path command = script("exit 0");
        assertThat(FreedesktopNotifier.find("/nonexistent" + File.pathSeparator + bin)).contains(command);
        assertThat(FreedesktopNotifier.find(null)).isEmpty();
    }

    @Test
    void theTitleAndTheEscapedBodyArePlainArgumentsAfterTheEndOfOptions() throws Exception {
        Path record = bin.resolve("arguments.txt");
        Path command = script("printf '%s\\n' \"$@\" > '" + record + ".tmp' && mv '" + record + ".tmp' '" + record
                + "'");
        List<Notification> fallback = new CopyOnWriteArrayList<>();
        FreedesktopNotifier notifier = new FreedesktopNotifier(command, fallback::add);

        notifier.show(new Notification("-Alice", "<b>bold</b> & \"quoted\""));

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(record));
        assertThat(Files.readAllLines(record, StandardCharsets.UTF_8)).containsExactly("--app-name=Swarmchat",
                "--category=im.received", "--", "-Alice", "&lt;b&gt;bold&lt;/b&gt; &amp; \"quoted\"");
        assertThat(fallback).isEmpty();
    }

    @Test
    void whenTheCommandFailsThisAndLaterNotificationsGoToTheFallback() throws Exception {
        Path calls = bin.resolve("calls.txt");
        Path command = script("echo call >> '" + calls + "'; exit 1");
        List<Notification> fallback = new CopyOnWriteArrayList<>();
        FreedesktopNotifier notifier = new FreedesktopNotifier(command, fallback::add);

        Notification first = new Notification("Alice", "one");
        notifier.show(first);
        await().atMost(Duration.ofSeconds(20)).until(() -> fallback.contains(first));
        Notification second = new Notification("Alice", "two");
        notifier.show(second);
        assertThat(fallback).containsExactly(first, second);
        assertThat(Files.readAllLines(calls)).as("the broken command is not run again").hasSize(1);
    }

    private Path script(String body) throws Exception {
        Path command = bin.resolve(FreedesktopNotifier.COMMAND);
        Files.writeString(command, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
        return command;
    }
}
