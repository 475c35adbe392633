package org.dialectica.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The arguments after the command name: positionals and {@link CommandOption options}, in any order.
 * {@code --name=value} and {@code --name value} are the same; {@code --} ends the options, so a later
 * {@code -x} is a positional. Parsing rejects unknown options; a command then rejects the known ones it
 * does not take ({@link #accept}) and checks the number of positionals ({@link #positionals(int, int)}).
 */
public final class CommandArguments {

    private final List<String> positionals;
    private final Map<CommandOption, List<String>> options;

    private CommandArguments(List<String> positionals, Map<CommandOption, List<String>> options) {
        this.positionals = Collections.unmodifiableList(positionals);
        this.options = Collections.unmodifiableMap(options);
    }

    /** Parses {@code args}, e.g. {@code ["proj", "--limit", "5", "--json"]}. */
    public static CommandArguments parse(String... args) throws UsageException {
        return parse(Arrays.asList(args));
    }

    /** Parses {@code args}. */
    public static CommandArguments parse(List<String> args) throws UsageException {
        List<String> positionals = new ArrayList<>();
        Map<CommandOption, List<String>> options = new EnumMap<>(CommandOption.class);
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String word = equals < 0 ? arg : arg.substring(0, equals);
            CommandOption option = CommandOption.of(word);
            if (option == null) {
                throw new UsageException("unknown option " + word);
            }
            if (options.containsKey(option) && !option.repeatable()) {
                throw new UsageException(option.longName() + " is given twice");
            }
            String value = "";
            if (option.takesValue()) {
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(option.longName() + " needs a value");
                }
                if (value.isEmpty()) {
                    throw new UsageException(option.longName() + " needs a value");
                }
            } else if (equals >= 0) {
                throw new UsageException(option.longName() + " takes no value");
            }
            options.computeIfAbsent(option, o -> new ArrayList<>()).add(value);
        }
        return new CommandArguments(positionals, options);
    }

    /** Fails when an option other than {@code allowed} (and {@link CommandOption#HELP}) was given. */
    public CommandArguments accept(CommandOption... allowed) throws UsageException {
        Set<CommandOption> accepted = EnumSet.of(CommandOption.HELP, allowed);
        for (CommandOption given : options.keySet()) {
            if (!accepted.contains(given)) {
                throw new UsageException("this command takes no " + given.longName() + " option");
            }
        }
        return this;
    }

    /** The positionals, checked to number between {@code min} and {@code max}. */
    public List<String> positionals(int min, int max) throws UsageException {
        if (positionals.size() < min) {
            throw new UsageException(positionals.isEmpty() ? "missing arguments" : "missing arguments after "
                    + String.join(" ", positionals));
        }
        if (positionals.size() > max) {
            throw new UsageException("unexpected argument " + positionals.get(max));
        }
        return positionals;
    }

    /** All positionals, unchecked. */
    public List<String> positionals() {
        return positionals;
    }

    public boolean has(CommandOption option) {
        return options.containsKey(option);
    }

    /** The value of an option that takes one, if given. */
    public Optional<String> value(CommandOption option) {
        return values(option).stream().findFirst();
    }

    /** Every value of an option that takes one, in the order given; empty when not given. */
    public List<String> values(CommandOption option) {
        return option.takesValue() ? List.copyOf(options.getOrDefault(option, List.of())) : List.of();
    }

    public boolean json() {
        return has(CommandOption.JSON);
    }

    /** {@code --limit N}, checked to be a positive integer. */
    public OptionalInt limit() throws UsageException {
        Optional<String> value = value(CommandOption.LIMIT);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int limit = Integer.parseInt(value.get());
            if (limit > 0) {
                return OptionalInt.of(limit);
            }
        } catch (NumberFormatException e) {
            // reported below, as for zero or negative numbers
        }
        throw new UsageException("--limit needs a positive whole number, not " + value.get());
    }

    public Optional<Path> output() {
        return value(CommandOption.OUTPUT).map(Path::of);
    }

    public Optional<String> format() {
        return value(CommandOption.FORMAT);
    }
}
