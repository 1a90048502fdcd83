package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.app.logging.LogSetup;

/** The log file: made by commands that run long enough, never by the quick ones, and free of secrets. */
class LogFileTest {
    private static final String SEED = "000102030405060708090a0b0c0d0e0f";

    @TempDir
    Path data;

    @AfterEach
    void closeTheLogFile() {
        LogSetup.restoreDefaults();
    }

    private Path log() {
        return data.resolve(LogSetup.FOLDER).resolve(LogSetup.FILE);
    }

    @Test
    void verboseAccountCommandsLogToTheFileButNeverTheRecoveryPasswordNorTheDatabasePassword() throws Exception {
        Path passwordFile = data.resolve("password.txt");
        String password = "tangerine-umbrella-4711";
        Files.writeString(passwordFile, password + "\n");
        String[] global = {"--data-dir", data.toString(), "--verbose", "--password-file", passwordFile.toString()};

        CliRun created = CliRun.of(concat(global, "account", "create", "--name", "Alice"));
        assertThat(created.exitCode()).isZero();
        String words = created.err().lines().skip(1).findFirst().orElseThrow().strip();
        assertThat(words.split(" ")).hasSize(13);
        CliRun shown = CliRun.of(concat(global, "account", "show", "--recovery-password", "--json"));
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains(words);

        assertThat(log()).exists();
        String logged = Files.readString(log());
        assertThat(logged).contains("command: swarmchat account create").contains("command: swarmchat account show");
        assertThat(logged).doesNotContain(words).doesNotContain(password);
        // Not even a part of the words: three in a row would narrow a guess down a long way.
        String[] each = words.split(" ");
        for (int i = 0; i + 3 <= each.length; i++) {
            assertThat(logged).doesNotContain(each[i] + " " + each[i + 1] + " " + each[i + 2]);
        }
    }

    @Test
    void theLogFolderIsTheOwnersOnly() throws Exception {
        assertThat(CliRun.of("--data-dir", data.toString(), "account", "show").exitCode()).isNotNegative();

        assertThat(log()).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log().getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log()))).isEqualTo("rw-------");
    }

    @Test
    void quickCommandsHelpAndVersionMakeNoLog() {
        assertThat(CliRun.of("--data-dir", data.toString(), "--verbose", "id", "--seed", SEED).exitCode()).isZero();
        assertThat(CliRun.of("--data-dir", data.toString(), "--help").exitCode()).isZero();
        assertThat(CliRun.of("--data-dir", data.toString(), "--version").exitCode()).isZero();
        assertThat(CliRun.of("--data-dir", data.toString(), "account", "create", "--help").exitCode()).isZero();

        assertThat(data.resolve(LogSetup.FOLDER)).doesNotExist();
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
