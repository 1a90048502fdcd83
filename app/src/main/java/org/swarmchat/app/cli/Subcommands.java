package org.swarmchat.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The commands under {@code swarmchat}, registered lazily. Picocli builds the model of every registered command
 * (reflection over its annotations) before it parses anything, so a one-shot command registers only itself; the
 * whole set is registered when the root's usage is wanted or the command is unknown (for picocli's suggestions).
 * Scripts call one-shot commands hundreds of times, so this is their start-up time.
 */
final class Subcommands {
    private static final Map<String, Class<?>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("id", IdCommand.class);
        ALL.put("decode", DecodeCommand.class);
        ALL.put("account", AccountCommand.class);
        ALL.put("send", SendCommand.class);
        ALL.put("receive", ReceiveCommand.class);
        ALL.put("conversations", ConversationsCommand.class);
        ALL.put("history", HistoryCommand.class);
        ALL.put("search", SearchCommand.class);
        ALL.put("requests", RequestsCommand.class);
        ALL.put("block", BlockCommand.class);
        ALL.put("unblock", UnblockCommand.class);
        ALL.put("retry", RetryCommand.class);
        ALL.put("outbox", OutboxCommand.class);
        ALL.put("network", NetworkCommand.class);
        ALL.put("devnet", DevnetCommand.class);
    }

    private Subcommands() {
    }

    /** The names of every command, in the order the usage lists them. */
    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /**
     * Registers on {@code root} what {@code args} need: the one command they name, or every command. Each is
     * made by the root's factory, so tests can hand in their own instances.
     */
    static void register(CommandLine root, String... args) {
        Optional<String> named = commandNamedBy(root, args);
        if (named.isPresent()) {
            root.addSubcommand(named.get(), ALL.get(named.get()));
        } else {
            ALL.forEach(root::addSubcommand);
        }
    }

    /**
     * The known command that {@code args} name, found by skipping the root's own options (and their values).
     * Empty when the root's help or version is asked for first, when no command is named, or when the first
     * word is not a command.
     */
    static Optional<String> commandNamedBy(CommandLine root, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                return ALL.containsKey(arg) ? Optional.of(arg) : Optional.empty();
            }
            int equals = arg.indexOf('=');
            OptionSpec option = root.getCommandSpec().findOption(equals > 0 ? arg.substring(0, equals) : arg);
            if (option == null || option.usageHelp() || option.versionHelp()) {
                return Optional.empty();
            }
            if (equals < 0 && option.arity().max() > 0) {
                i++;
            }
        }
        return Optional.empty();
    }
}
