package org.newsgraph.cli;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.export.push.Backoff;
import org.newsgraph.export.push.GraphPusher;
import org.newsgraph.export.push.PushSummary;
import org.newsgraph.export.push.RemoteGraphStore;
import org.newsgraph.graph.store.ArticleStore;

/**
 * {@code newsgraph push}: copies every article graph of the store to a SPARQL 1.1 Graph Store Protocol endpoint,
 * replacing the graph of the same name there, so pushing twice changes nothing the second time.
 */
final class PushCommand implements Command {
    static final String PASSWORD_ENV = "NEWSGRAPH_PASSWORD";
    private static final String ENDPOINT = "endpoint";
    static final String USER = "user";
    static final String ENDPOINT_TIMEOUT = "endpoint-timeout";

    private final UnaryOperator<String> environment;
    private final Backoff backoff;

    PushCommand() {
        this(System::getenv, Backoff.DEFAULT);
    }

    /** For tests: {@code environment} stands in for {@link System#getenv(String)}. */
    PushCommand(UnaryOperator<String> environment, Backoff backoff) {
        this.environment = environment;
        this.backoff = backoff;
    }

    @Override
    public String name() {
        return "push";
    }

    @Override
    public String summary() {
        return "upload the article graphs to a Graph Store Protocol endpoint (Fuseki, Virtuoso, GraphDB, Neptune...)";
    }

    @Override
    public String arguments() {
        return "--endpoint URL [options]";
    }

    @Override
    public String example() {
        return "NEWSGRAPH_PASSWORD=... newsgraph push --endpoint http://localhost:3030/news/data --user admin";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt(ENDPOINT).hasArg().argName("URL")
                        .desc("the Graph Store Protocol URL, e.g. http://host:3030/dataset/data for Fuseki (required)").get())
                .addOption(userOption())
                .addOption(timeoutOption())
                .addOption(OptionGroups.store());
    }

    /** {@code --user NAME}, shared with {@code build --endpoint}. */
    static Option userOption() {
        return Option.builder().longOpt(USER).hasArg().argName("NAME")
                .desc("user name to answer the endpoint's HTTP basic or digest authentication with; the password is read from "
                        + PASSWORD_ENV).get();
    }

    /** {@code --endpoint-timeout SECONDS}, shared with {@code build --endpoint}. */
    static Option timeoutOption() {
        return Option.builder().longOpt(ENDPOINT_TIMEOUT).hasArg().argName("SECONDS")
                .desc("give up on a request the endpoint has not answered within this long (default: "
                        + RemoteGraphStore.DEFAULT_TIMEOUT.toSeconds() + ")").get();
    }

    /**
     * The endpoint with the {@code --user} of {@code line}, its password from {@value #PASSWORD_ENV} and the
     * {@code --endpoint-timeout}, once it has answered a first request: a push or build against an endpoint that is
     * down stops here, before any work.
     */
    static RemoteGraphStore remoteStore(CommandLine line, String endpoint, UnaryOperator<String> environment, Backoff backoff) {
        String user = line.getOptionValue(USER);
        String password = user == null ? null : environment.apply(PASSWORD_ENV);
        if (user != null && (password == null || password.isEmpty()))
            throw new UsageException("--user " + user + " needs the password in the environment variable " + PASSWORD_ENV);
        if (user != null && password.isBlank())
            throw new UsageException(PASSWORD_ENV + " is set but blank: set the real password");
        Duration timeout = Duration.ofSeconds(OptionGroups.wholeNumber(line, ENDPOINT_TIMEOUT, 1, 86_400,
                RemoteGraphStore.DEFAULT_TIMEOUT.toSeconds(), " of seconds"));
        RemoteGraphStore store;
        try {
            store = new RemoteGraphStore(endpoint, user, password, backoff, timeout);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--endpoint: " + e.getMessage());
        }
        try {
            store.checkReachable();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (!line.getArgList().isEmpty())
            throw new UsageException("push takes no arguments, got '" + line.getArgList().get(0) + "'");
        String endpoint = line.getOptionValue(ENDPOINT);
        if (endpoint == null)
            throw new UsageException("--endpoint URL is required");
        // The store first: one in use or missing is said before the endpoint is asked anything.
        try (ArticleStore store = OptionGroups.openForReading(line, terminal, name());
             RemoteGraphStore remote = remoteStore(line, endpoint, environment, backoff)) {
            PushSummary summary = store.read(dsg -> new GraphPusher(remote).push(dsg, graph -> {}));
            terminal.info("Pushed " + summary);
        }
        return Main.OK;
    }
}
