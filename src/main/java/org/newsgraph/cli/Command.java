package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * One subcommand of {@code newsgraph}: its name, its help, its own options, and what it does.
 * Implementations are stateless; {@link Main} adds the general options ({@code --help}, {@code --debug},
 * {@code --quiet}) to every command.
 */
interface Command {
    /** The word that selects the command, e.g. {@code build}. */
    String name();

    /** One line for {@code newsgraph --help}. */
    String summary();

    /** The arguments after the command's name, e.g. {@code [options] FILES|DIRS...}. */
    String arguments();

    /** A command line that works on the samples. */
    String example();

    /** The command's own options, defaults in their descriptions. */
    Options options();

    /**
     * Runs the command.
     *
     * @return the exit status: 0 when everything worked, 1 when some of the work failed
     * @throws UsageException when the arguments make no sense (exit status 2)
     * @throws org.newsgraph.NewsgraphException when the work cannot be done (exit status 1)
     */
    int run(CommandLine line, Terminal terminal);
}
