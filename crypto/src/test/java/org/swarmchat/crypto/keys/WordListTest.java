package org.swarmchat.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.swarmchat.crypto.Vectors;

class WordListTest {
    private static final WordList LIST = WordList.english();

    @Test
    void hasTheCountAndEndsOfTheVector() {
        JsonNode v = Vectors.load("mnemonic.json").get("wordlist");
        assertThat(LIST.words()).hasSize(WordList.SIZE).hasSize(v.get("count").asInt());
        for (int i = 0; i < v.get("first").size(); i++) {
            assertThat(LIST.word(i)).isEqualTo(v.get("first").get(i).asText());
        }
        int tail = v.get("last").size();
        for (int i = 0; i < tail; i++) {
            assertThat(LIST.word(WordList.SIZE - tail + i)).isEqualTo(v.get("last").get(i).asText());
        }
    }

    @Test
    void hashesOfTheWordsAndOfSessionDesktopsFileMatchTheVector() throws Exception {
        JsonNode v = Vectors.load("mnemonic.json").get("wordlist");
        assertThat(WordList.SHA256_OF_WORDS).isEqualTo(v.get("sha256_of_words_joined_by_LF").asText());
        assertThat(sha256(String.join("\n", LIST.words()))).isEqualTo(WordList.SHA256_OF_WORDS);
        // Session desktop's english.json is the words as a compact JSON array and a final LF.
        String desktopFile = new ObjectMapper().writeValueAsString(LIST.words()) + "\n";
        assertThat(sha256(desktopFile)).isEqualTo(v.get("sha256_of_file").asText());
    }

    @Test
    void resourceHeaderNamesTheOriginAndLicence() throws IOException {
        JsonNode v = Vectors.load("mnemonic.json").get("wordlist");
        List<String> header = resourceLines().stream().takeWhile(line -> line.startsWith("#")).toList();
        String text = String.join("\n", header);
        assertThat(text).contains("Monero", "BSD 3-clause", "Copyright (c) 2014-2022, The Monero Project",
                v.get("file").asText(), v.get("source").asText());
    }

    @Test
    void shippedWordsEqualTheSharedProtocolList() throws IOException {
        Path shared = Vectors.protocolDir().resolve("wordlist-english.txt");
        assumeTrue(Files.isRegularFile(shared), "shared word list not found at " + shared);
        List<String> sharedWords = Files.readAllLines(shared, StandardCharsets.UTF_8);
        assertThat(LIST.words()).containsExactlyElementsOf(sharedWords);
        List<String> resourceWords = resourceLines().stream().filter(l -> !l.startsWith("#") && !l.isEmpty()).toList();
        assertThat(resourceWords).containsExactlyElementsOf(sharedWords);
    }

    @Test
    void everyWordIsFoundByItselfItsPrefixAndAnyCase() {
        for (int i = 0; i < WordList.SIZE; i++) {
            String word = LIST.word(i);
            assertThat(LIST.indexOf(word)).isEqualTo(i);
            assertThat(LIST.indexOf(word.toUpperCase(Locale.ROOT))).isEqualTo(i);
            assertThat(LIST.indexOf(word.substring(0, 3))).isEqualTo(i);
            assertThat(LIST.indexOf(word.substring(0, 3) + "xyz")).isEqualTo(i);
        }
    }

    @Test
    void shortOrForeignWordsAreNotFound() {
        assertThat(LIST.indexOf("")).isEqualTo(-1);
        assertThat(LIST.indexOf("ab")).isEqualTo(-1);
        assertThat(LIST.indexOf("zzz")).isEqualTo(-1);
        assertThat(LIST.indexOf("ābbey")).isEqualTo(-1);
        // The Kelvin sign lower-cases to 'k' in Unicode; only ASCII case is folded, so it stays foreign.
        assertThat(LIST.indexOf("\u212Aey")).isEqualTo(-1);
        assertThat(LIST.indexOf("\uD800bb")).isEqualTo(-1);
    }

    @Test
    void aTamperedListFailsLoudlyNamingBothHashes() throws Exception {
        List<String> lines = new ArrayList<>(resourceLines());
        int abbey = lines.indexOf("abbey");
        lines.set(abbey, "abbot");
        assertThatThrownBy(() -> WordList.parse(String.join("\n", lines)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(WordList.SHA256_OF_WORDS)
                .hasMessageContaining(sha256(String.join("\n", LIST.words()).replaceFirst("^abbey", "abbot")));
    }

    @Test
    void aListOfTheWrongLengthFailsLoudly() throws IOException {
        List<String> lines = new ArrayList<>(resourceLines());
        lines.removeLast();
        assertThatThrownBy(() -> WordList.parse(String.join("\n", lines)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1625 words, expected 1626");
    }

    @Test
    void crlfLineEndsReadTheSame() throws IOException {
        WordList crlf = WordList.parse(String.join("\r\n", resourceLines()));
        assertThat(crlf.words()).isEqualTo(LIST.words());
    }

    private static List<String> resourceLines() throws IOException {
        try (InputStream in = WordList.class.getResourceAsStream("wordlist-english.txt")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
