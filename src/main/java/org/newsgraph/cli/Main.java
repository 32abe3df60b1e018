package org.newsgraph.cli;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.nlp.NlpModels;

/**
 * The {@code newsgraph} command: picks the subcommand, parses its options, runs it and turns the outcome
 * into an exit status (0 success, 1 some work failed, 2 usage error). Only {@link #main} exits.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    /**
     * TDB2's node cache (Caffeine) logs a failed write of the store's files, a full disk say, as a warning with its
     * stack trace through java.util.logging, before the store reports the same failure to us in one line. Held here
     * so that its level, once set, stays set.
     */
    private static final Logger CACHE_LOG = Logger.getLogger("com.github.benmanes.caffeine");

    private final List<Command> commands;
    private final Terminal terminal;

    private Main(ModelLoader models, Terminal terminal) {
        this.commands = List.of(new BuildCommand(models), new QueryCommand(), new ExportCommand(),
                new ValidateCommand(), new StatsCommand(), new EvaluateCommand(), new ServeCommand(), new PushCommand(),
                new RemoveCommand(), new MergesCommand(), new CheckCommand(), new ShowCommand(), new LoadCommand(),
                new SampleCommand(), new AuditCommand(), new TrainCommand(models));
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        CACHE_LOG.setLevel(Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs {@code newsgraph ARGS} with the current {@code System.out} and {@code System.err}; returns the exit status. */
    public static int run(String... args) {
        return run(extraModels -> extraModels.isEmpty() ? NlpModels.load() : NlpModels.load(extraModels), args);
    }

    /** As {@link #run(String...)}, with the models {@code build} uses coming from {@code models}. */
    static int run(ModelLoader models, String... args) {
        boolean quiet = Arrays.asList(args).contains("-q") || Arrays.asList(args).contains("--quiet");
        return new Main(models, new Terminal(System.out, System.err, quiet)).dispatch(args);
    }

    private int dispatch(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        if (args.length == 0) {
            terminal.error("no command given (try `newsgraph --help`)");
            return USAGE;
        }
        String name = args[0];
        if (name.equals("-h") || name.equals("--help") || name.equals("help")) {
            terminal.out().print(generalHelp());
            return OK;
        }
        Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            terminal.error("unknown command '" + name + "' (commands: " + commandNames() + "; try `newsgraph --help`)");
            return USAGE;
        }
        try {
            Options options = command.options();
            OptionGroups.addGeneral(options);
            CommandLine line;
            try {
                line = new DefaultParser().parse(options, Arrays.copyOfRange(args, 1, args.length));
            } catch (ParseException e) {
                throw new UsageException(e.getMessage());
            }
            if (line.hasOption(OptionGroups.HELP)) {
                terminal.out().print(commandHelp(command, options));
                return OK;
            }
            return command.run(line, terminal);
        } catch (UsageException e) {
            report(e, debug, name + ": " + e.getMessage() + " (see `newsgraph " + name + " --help`)");
            return USAGE;
        } catch (NewsgraphException e) {
            report(e, debug, name + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            // A bug, not a user error: say so in one line, the trace comes with --debug.
            report(e, debug, name + ": unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            return FAILED;
        }
    }

    private void report(Exception e, boolean debug, String message) {
        terminal.error(message.lines().findFirst().orElse(message));
        if (debug)
            e.printStackTrace(terminal.err());
    }

    private String commandNames() {
        return commands.stream().map(Command::name).collect(Collectors.joining(", "));
    }

    private String generalHelp() {
        StringBuilder help = new StringBuilder();
        help.append("usage: newsgraph COMMAND [options]\n");
        help.append("Reads English political news and builds an RDF knowledge graph of people, offices, races and\n");
        help.append("what the articles say about them, each fact traced to its sentence.\n\ncommands:\n");
        for (Command command : commands)
            help.append(String.format("  %-10s %s%n", command.name(), command.summary()));
        help.append("\nexample:\n  newsgraph build examples/articles\n");
        help.append("  newsgraph query 'SELECT ?who ?whom WHERE { ?who ng:endorses ?whom }'\n");
        help.append("\n`newsgraph COMMAND --help` lists the command's options.\n");
        return help.toString();
    }

    private static String commandHelp(Command command, Options options) {
        StringBuilder help = new StringBuilder();
        help.append("usage: newsgraph ").append(command.name()).append(' ').append(command.arguments()).append('\n');
        help.append(command.summary()).append("\n\noptions:\n");
        for (Option option : options.getOptions()) {
            String flags = (option.getOpt() == null ? "    " : "-" + option.getOpt() + ", ") + "--" + option.getLongOpt()
                    + (option.hasArg() ? " " + option.getArgName() : "");
            help.append(String.format("  %-26s %s%n", flags, option.getDescription()));
        }
        help.append("\nexample:\n  ").append(command.example()).append('\n');
        return help.toString();
    }

}
