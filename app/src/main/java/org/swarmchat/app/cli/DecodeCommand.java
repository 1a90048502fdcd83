package org.swarmchat.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.swarmchat.crypto.DecryptionException;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.InvalidSignatureException;
import org.swarmchat.crypto.message.MalformedMessageException;
import org.swarmchat.crypto.message.MessageOpener;
import org.swarmchat.crypto.message.OpenedMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code swarmchat decode}: opens the {@code data} of a stored 1:1 message, as a recipient would, and prints
 * one JSON object: {@code sender}, {@code sent_at} (ms), {@code text}, {@code display_name}.
 */
@Command(name = "decode",
        description = "Open a stored 1:1 message (the base64 'data' of a retrieve) with the recipient's seed.")
final class DecodeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--recipient-seed", required = true, paramLabel = "HEX",
            description = "The recipient's 16-byte Session seed (32 hex) or 32-byte Ed25519 seed (64 hex).")
    private String recipientSeed;

    @Option(names = "--data", required = true, paramLabel = "BASE64",
            description = "The message's data as a storage node returns it (base64).")
    private String data;

    @Override
    public Integer call() throws Exception {
        Ed25519KeyPair recipient = SeedArguments.fromHex("--recipient-seed", recipientSeed);
        OpenedMessage message;
        try {
            message = new MessageOpener().open(data.strip(), recipient);
        } catch (MalformedMessageException e) {
            throw new UserInputException("--data is not a Session message: " + e.getMessage(), e);
        } catch (DecryptionException e) {
            throw new UserInputException("cannot decrypt --data with this recipient seed: " + e.getMessage(), e);
        } catch (InvalidSignatureException e) {
            throw new UserInputException("the message's signature is not valid: " + e.getMessage(), e);
        }
        // Jackson is created here, not in a static field: picocli instantiates every command at start-up, and
        // commands that print no JSON should not pay for loading it.
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("sender", message.sender().hex());
        out.put("sent_at", message.sentAtMillis());
        out.put("text", message.text());
        out.put("display_name", message.displayName().orElse(null));
        spec.commandLine().getOut().println(json.writeValueAsString(out));
        return ExitCodes.OK;
    }
}
