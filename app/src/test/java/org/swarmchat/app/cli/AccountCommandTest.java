package org.swarmchat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarmchat.crypto.AccountId;

/** {@code swarmchat account create|restore|show|rename}, in-process, on real profile folders. */
class AccountCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void createPrintsTheAccountIdOnStdoutAndTheRecoveryPasswordOnceOnStderr() {
        CliRun created = run("account", "create", "--name", "Alice");

        assertThat(created.exitCode()).isZero();
        assertThat(AccountId.isValid(created.out().strip())).isTrue();
        assertThat(created.err()).contains("recovery password");
        String words = created.err().lines().skip(1).findFirst().orElseThrow().strip();
        assertThat(words.split(" ")).hasSize(13);

        CliRun shown = run("account", "show");
        assertThat(shown.out()).contains(created.out().strip()).contains("Alice").doesNotContain(words);
    }

    @Test
    void createWithJsonGivesEveryFieldAndTheRestoreOfItsWordsGivesTheSameAccount() throws Exception {
        JsonNode created = JSON.readTree(run("--profile", "a", "account", "create", "--name", "Alice", "--json").out());
        Path file = data.resolve("words.txt");
        Files.writeString(file, created.get("recovery_password").asText() + "\n");

        CliRun restored = run("--profile", "b", "account", "restore", "--recovery-password-file", file.toString(),
                "--json");

        assertThat(restored.exitCode()).isZero();
        JsonNode json = JSON.readTree(restored.out());
        assertThat(json.get("account_id").asText()).isEqualTo(created.get("account_id").asText());
        assertThat(json.get("profile").asText()).isEqualTo("b");
        assertThat(json.get("network").asText()).isEqualTo("devnet");
        assertThat(JSON.readTree(run("--profile", "b", "account", "show", "--json", "--recovery-password").out())
                .get("recovery_password").asText()).isEqualTo(created.get("recovery_password").asText());
    }

    @Test
    void aBadNameOrABadRecoveryPasswordIsOneLineAndWritesNothing() throws Exception {
        CliRun blank = run("account", "create", "--name", "  ");
        assertThat(blank.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(blank.errIsOneLine()).isTrue();
        assertThat(blank.err()).contains("--name").contains("empty");

        Path file = data.resolve("words.txt");
        Files.writeString(file, "one two three\n");
        CliRun badWords = run("account", "restore", "--recovery-password-file", file.toString());
        assertThat(badWords.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(badWords.errIsOneLine()).isTrue();
        assertThat(badWords.err()).contains("13 words");

        try (var listing = Files.list(data)) {
            // The log folder is made by every command but the quick ones (LogSetup); no profile is.
            assertThat(listing.map(p -> p.getFileName().toString()).filter(name -> !name.equals("logs")))
                    .containsExactly("words.txt");
        }
    }

    @Test
    void aSecondAccountInOneProfileIsRefused() {
        String first = run("account", "create", "--name", "Alice").out().strip();

        CliRun second = run("account", "create", "--name", "Mallory");

        assertThat(second.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(second.errIsOneLine()).isTrue();
        assertThat(second.err()).contains("already holds account " + first);
        assertThat(run("account", "show").out()).contains("Alice");
    }

    @Test
    void showWithoutAProfileSaysHowToMakeOne() {
        CliRun shown = run("account", "show");

        assertThat(shown.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(shown.errIsOneLine()).isTrue();
        assertThat(shown.err()).contains("account create --name NAME");
    }

    @Test
    void renameChangesTheDisplayName() {
        run("account", "create", "--name", "Alice");

        assertThat(run("account", "rename", "Alice B.").exitCode()).isZero();

        assertThat(run("account", "show").out()).contains("Alice B.");
    }

    @Test
    void aProfileLockedWithAPasswordNeedsIt() throws Exception {
        Path password = data.resolve("password.txt");
        Files.writeString(password, "correct horse\n");
        Path wrong = data.resolve("wrong.txt");
        Files.writeString(wrong, "battery staple\n");
        assertThat(run("--password-file", password.toString(), "account", "create", "--name", "A").exitCode())
                .isZero();

        CliRun without = run("account", "show");
        CliRun mistaken = run("--password-file", wrong.toString(), "account", "show");
        CliRun right = run("--password-file", password.toString(), "account", "show");

        assertThat(without.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(without.errIsOneLine()).isTrue();
        assertThat(mistaken.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(mistaken.err()).containsIgnoringCase("password");
        assertThat(right.exitCode()).isZero();
    }
}
