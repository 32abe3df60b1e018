package org.newsgraph.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.serve.EndpointFactory;
import org.newsgraph.serve.ServeOptions;

/**
 * {@code newsgraph serve}: a SPARQL endpoint (Apache Jena Fuseki, with its query UI) over the store until
 * Ctrl-C. Read-only unless {@code --update}; updates off loopback need the password in {@value #PASSWORD_ENV}.
 */
final class ServeCommand implements Command {
    static final String PASSWORD_ENV = "NEWSGRAPH_PASSWORD";
    private static final String PORT = "port";
    private static final String HOST = "host";
    private static final String UPDATE = "update";
    private static final String USER = "user";
    private static final String TIMEOUT = "timeout";
    private static final String RESULT_LIMIT = "result-limit";
    private static final String ALLOW_SERVICE = "allow-service";
    private static final String MAX_QUERY_SIZE = "max-query-size";
    private static final String HEAP = "heap";
    static final String DEFAULT_HEAP = "1g";

    private final UnaryOperator<String> environment;

    ServeCommand() {
        this(System::getenv);
    }

    /** For tests: {@code environment} stands in for {@link System#getenv(String)}. */
    ServeCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "serve the store as a SPARQL endpoint with a query UI (Apache Jena Fuseki) until Ctrl-C";
    }

    @Override
    public String arguments() {
        return "[options]";
    }

    @Override
    public String example() {
        return "newsgraph serve --store output/store --port 3030   (then open http://127.0.0.1:3030/)";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(OptionGroups.store())
                .addOption(Option.builder().longOpt(PORT).hasArg().argName("N")
                        .desc("TCP port (default: " + ServeOptions.DEFAULT_PORT + ")").get())
                .addOption(Option.builder().longOpt(HOST).hasArg().argName("ADDRESS")
                        .desc("address to listen on; 0.0.0.0 for every interface (default: " + ServeOptions.DEFAULT_HOST + ")").get())
                .addOption(Option.builder().longOpt(UPDATE)
                        .desc("accept SPARQL Update (/" + ServeOptions.DEFAULT_DATASET + "/update) and Graph Store Protocol writes (/"
                                + ServeOptions.DEFAULT_DATASET + "/data); off loopback"
                                + " only with a password in " + PASSWORD_ENV + ", which those two then need (queries stay open)").get())
                .addOption(Option.builder().longOpt(USER).hasArg().argName("NAME")
                        .desc("user name that goes with " + PASSWORD_ENV + " (default: " + ServeOptions.DEFAULT_USER + ")").get())
                .addOption(Option.builder().longOpt(TIMEOUT).hasArg().argName("SECONDS")
                        .desc("cut off any query after this long (default: " + ServeOptions.DEFAULT_TIMEOUT.toSeconds() + ")").get())
                .addOption(Option.builder().longOpt(RESULT_LIMIT).hasArg().argName("N")
                        .desc("return at most N rows per query, and at most N triples per Graph Store Protocol read"
                                + " (default: " + ServeOptions.DEFAULT_RESULT_LIMIT + ")").get())
                .addOption(Option.builder().longOpt(MAX_QUERY_SIZE).hasArg().argName("BYTES")
                        .desc("refuse (HTTP 413) a query or update longer than this (default: "
                                + ServeOptions.DEFAULT_MAX_QUERY_SIZE + ")").get())
                .addOption(Option.builder().longOpt(ALLOW_SERVICE)
                        .desc("let SERVICE clauses make the server send requests to other servers (any URL a client"
                                + " names, on this machine's network too), each within the timeout (default: off)").get())
                .addOption(Option.builder().longOpt(HEAP).hasArg().argName("SIZE")
                        .desc("the most memory the server's Java heap may take, as java -Xmx takes it; serve restarts"
                                + " itself in a JVM with that -Xmx when its own may grow larger (default: " + DEFAULT_HEAP + ")").get());
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (!line.getArgList().isEmpty())
            throw new UsageException("serve takes no arguments, got '" + line.getArgList().get(0) + "'");
        ServeOptions options = serveOptions(line);
        String heap = line.getOptionValue(HEAP, DEFAULT_HEAP);
        long heapBytes = BoundedHeap.bytes(heap);
        if (heapBytes < 64L << 20)
            throw new UsageException("--" + HEAP + " must be a size of at least 64m such as 512m or 2g, not '" + heap + "'");
        if (BoundedHeap.exceeds(heapBytes))
            return BoundedHeap.run(heap, arguments(line), terminal);
        BoundedHeap.stopWithParent();
        ArticleStore store = OptionGroups.openForReading(line, terminal, name());
        FusekiServer server;
        try {
            // The dataset is transactional: Fuseki runs each request in a transaction of its own.
            DatasetGraph dataset = store.read(dsg -> dsg);
            server = EndpointFactory.start(dataset, options);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        // Ctrl-C: stop taking requests, then release the store and its lock.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "newsgraph-serve-shutdown"));
        String base = "http://" + hostForUrl(options.host()) + ":" + server.getPort();
        terminal.info("Serving " + OptionGroups.storeDir(line) + (options.allowUpdate() ? " (read-write)" : " (read-only)")
                + ": SPARQL " + base + "/" + options.datasetName() + "/query, UI " + base + "/ ; Ctrl-C stops");
        terminal.info("Java heap at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB (--" + HEAP + ")"
                + (options.allowService() ? "; SERVICE is on: clients may make this server send requests" : ""));
        terminal.out().flush();
        server.join();
        return Main.OK;
    }

    /** {@code serve} and the options of {@code line}, as given: for the same command in a JVM of its own. */
    private List<String> arguments(CommandLine line) {
        List<String> args = new ArrayList<>(List.of(name()));
        for (Option option : line.getOptions()) {
            args.add("--" + option.getLongOpt());
            if (option.hasArg())
                args.add(option.getValue());
        }
        return args;
    }

    private ServeOptions serveOptions(CommandLine line) {
        String host = line.getOptionValue(HOST, ServeOptions.DEFAULT_HOST);
        boolean update = line.hasOption(UPDATE);
        String password = update ? environment.apply(PASSWORD_ENV) : null;
        // A password of spaces guards nothing; an empty one is as good as none and says something was meant.
        if (password != null && password.isBlank())
            throw new UsageException(PASSWORD_ENV + " is set but blank: set a real password, or unset it");
        if (line.hasOption(USER) && password == null)
            throw new UsageException("--user goes with --update and a password in " + PASSWORD_ENV);
        boolean loopback;
        try {
            loopback = ServeOptions.isLoopback(host);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--host: " + e.getMessage());
        }
        if (update && password == null && !loopback)
            throw new UsageException("refusing --update on " + host + " without a password: set " + PASSWORD_ENV
                    + " (user --user, default " + ServeOptions.DEFAULT_USER + "), or serve on 127.0.0.1");
        try {
            return ServeOptions.builder()
                    .port(port(line))
                    .host(host)
                    .allowUpdate(update)
                    .user(line.getOptionValue(USER, ServeOptions.DEFAULT_USER))
                    .password(password)
                    .queryTimeout(Duration.ofSeconds(OptionGroups.positiveInt(line, TIMEOUT, (int) ServeOptions.DEFAULT_TIMEOUT.toSeconds())))
                    .resultLimit(OptionGroups.positiveInt(line, RESULT_LIMIT, (int) ServeOptions.DEFAULT_RESULT_LIMIT))
                    .allowService(line.hasOption(ALLOW_SERVICE))
                    .maxQuerySize(OptionGroups.positiveInt(line, MAX_QUERY_SIZE, ServeOptions.DEFAULT_MAX_QUERY_SIZE))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int port(CommandLine line) {
        String value = line.getOptionValue(PORT);
        if (value == null)
            return ServeOptions.DEFAULT_PORT;
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535)
                return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--port must be a number from 0 to 65535, not '" + value + "'");
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
