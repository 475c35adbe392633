package org.dialectica.cli.internal;

import java.util.List;
import java.util.Optional;

import org.dialectica.cli.CliCommand;

/** Where the dispatcher finds commands: OSGi services in the application, a fixed list in tests. */
public interface CommandLookup {

    /** The command called {@code name}, if it is available. */
    Optional<CliCommand> find(String name);

    /** Every available command, sorted by name. */
    List<CliCommand> all();
}
