package org.newsgraph.graph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.AtlasException;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.NodeConst;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.StoragePrefixesTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.IoErrors;
import org.newsgraph.graph.ArticleGraphWriter;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.query.QueryDeadline;
import org.newsgraph.graph.query.QueryLimits;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * The TDB2 dataset that holds one named graph per article (the article's IRI, {@link NG#articleGraph}), and,
 * for articles built with their reader comments, one for those ({@link NG#commentsGraph}); besides them, the links
 * graph ({@link NG#linksGraph()}), the merges graph ({@link NG#mergesGraph()}), the office-holders graph
 * ({@link NG#officeHoldersGraph()}) and the candidacies graph ({@link NG#candidaciesGraph()}) that
 * {@link #deriveGraphs()} derives from all of them, moving every article's person nodes to the store's one node per
 * person ({@link StoreIdentity}), and the reference graph of federal office-holders ({@link NG#referenceGraph()}).
 * Open it once per process and pass it on; every read and write runs in its own transaction, so readers
 * never see half an article. Queries see the union of the named graphs as their default graph.
 * Thread-safe: any number of threads may read while one writes.
 */
public final class ArticleStore implements ArticleSink, AutoCloseable {
    /** Sends an article's quads into a sink; {@link ArticleGraphWriter#write} outside tests. */
    @FunctionalInterface
    interface QuadSource {
        void write(ResolvedArticle article, double minConfidence, StreamRDF out);
    }

    private static final Pattern TDB2_DATA_DIR = Pattern.compile("Data-\\d+");
    /** newsgraph's own notes about the store, in its directory beside TDB2's files. */
    static final String STATE_FILE = "newsgraph-store.properties";
    static final String COMPACTED_INDEX_BYTES = "compacted.indexBytes";
    /** The digest of the merge vetoes the derived graphs honour: edited vetoes make the next build derive again. */
    static final String DERIVED_VETOES = "derive.vetoes";
    /**
     * More articles stored since the last derivation than this, and more than a tenth of the store, and the next
     * derivation is made from all articles: redoing their surname groups one by one would read most of the store anyway.
     */
    private static final int WHOLE_FROM = 64;

    private final DatasetGraph dsg;
    private final Path location;
    private final QuadSource quads;
    /** The reference table and name rules the derived graphs need, loaded at the first derivation. */
    private IdentityRules rules;

    private ArticleStore(DatasetGraph dsg, Path location, QuadSource quads) {
        this.dsg = dsg;
        this.location = location;
        this.quads = quads;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens the store in {@code dir} to write to it, creating it when the directory is missing or empty, and removing
     * the old files a compaction killed before it could delete them left ({@link #removeOldGenerations}).
     */
    public static ArticleStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (Files.exists(dir))
            checkExisting(dir);
        else {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException(dir, "cannot create store " + dir + ": " + reason(e), e);
            }
        }
        ArticleStore store = connect(dir);
        try {
            store.removeOldGenerations();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Deletes the {@code Data-NNNN} directories older than the one in use. Compaction writes the store anew in the next
     * one, switches to it and deletes the old; killed in between, it left the old one (hundreds of megabytes) for
     * good, as TDB2 never looks at it again. Safe while this process holds the store's lock.
     */
    public void removeOldGenerations() {
        if (location == null)
            return;
        String current = Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath()).getFileName().toString();
        int inUse = generation(current);
        try (Stream<Path> entries = Files.list(location)) {
            for (Path old : entries.filter(p -> Files.isDirectory(p) && generation(p.getFileName().toString()) >= 0
                    && generation(p.getFileName().toString()) < inUse).toList())
                deleteTree(old);
        } catch (IOException e) {
            throw new StoreException(location, "cannot remove the old files of store " + location + ": " + reason(e), e);
        }
    }

    /** The number of a {@code Data-NNNN} directory, or -1 for any other name. */
    private static int generation(String name) {
        return TDB2_DATA_DIR.matcher(name).matches() ? Integer.parseInt(name.substring(name.indexOf('-') + 1)) : -1;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
    }

    /** Opens the store in {@code dir}, which must exist; never creates one. */
    public static ArticleStore openExisting(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.exists(dir) || (Files.isDirectory(dir) && isEmpty(dir)))
            throw new StoreException(dir, "no store at " + dir + ": run `newsgraph build` first");
        checkExisting(dir);
        return connect(dir);
    }

    /** A store in memory, gone when closed; for tests. */
    public static ArticleStore inMemory() {
        return inMemory(ArticleGraphWriter::write);
    }

    static ArticleStore inMemory(QuadSource quads) {
        return new ArticleStore(DatabaseMgr.createDatasetGraph(), null, quads);
    }

    private static void checkExisting(Path dir) {
        if (!Files.isDirectory(dir))
            throw new StoreException(dir, "store " + dir + " is not a directory");
        if (!isEmpty(dir) && !isTdb2(dir))
            throw new StoreException(dir, dir + " is not a TDB2 store (no Data-NNNN directory in it)");
        if (!Files.isWritable(dir))
            throw new StoreException(dir, "store " + dir + " is read-only (TDB2 needs write access even to read)");
    }

    private static ArticleStore connect(Path dir) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            // A lock held by another JVM may only show on the first transaction: try one now.
            Txn.executeRead(dsg, () -> dsg.isEmpty());
            return new ArticleStore(dsg, dir, ArticleGraphWriter::write);
        } catch (TDBException | DBOpEnvException e) {
            if (String.valueOf(e.getMessage()).toLowerCase().contains("lock"))
                throw new StoreException(dir, "store " + dir + " is in use by another process (is `newsgraph serve` running?)", e);
            throw new StoreException(dir, "cannot open store " + dir + ": " + reason(e), e);
        }
    }

    private static boolean isTdb2(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && TDB2_DATA_DIR.matcher(p.getFileName().toString()).matches());
        } catch (IOException e) {
            throw new StoreException(dir, "cannot read store " + dir + ": " + reason(e), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException(dir, "cannot read store " + dir + ": " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof IOException io)
            return IoErrors.reason(io);
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The store directory, or null for an in-memory store. */
    public Path location() {
        return location;
    }

    /** Whether the article's graph is stored and was built from content with this hash. */
    @Override
    public boolean isCurrent(String articleId, String contentHash) {
        Node graph = NG.articleGraph(articleId);
        return Txn.calculateRead(dsg, () -> {
            var found = dsg.find(graph, graph, NG.contentHash, Node.ANY);
            try {
                while (found.hasNext()) {
                    Node hash = found.next().getObject();
                    if (hash.isLiteral() && hash.getLiteralLexicalForm().equals(contentHash))
                        return true;
                }
                return false;
            } finally {
                Iter.close(found);
            }
        });
    }

    /**
     * An article to store and the content hash of the input it was made from. Cleaning may change the article's
     * text, so the hash recorded is the input's: that is what {@link #isCurrent} is asked about before processing.
     * {@code comments}, when not null, is what was read from the article's reader comments
     * ({@link ArticleGraphWriter#writeComments}), stored in their own graph beside the article's.
     */
    public record Replacement(ResolvedArticle article, String contentHash, ResolvedArticle comments) {
        public Replacement {
            Objects.requireNonNull(article, "article");
            if (contentHash == null || contentHash.isBlank())
                throw new IllegalArgumentException("No content hash for " + article.article().id());
            if (comments != null && !comments.article().id().equals(article.article().id()))
                throw new IllegalArgumentException("Comments of " + comments.article().id() + " given for " + article.article().id());
        }

        /** An article without its reader comments. */
        public Replacement(ResolvedArticle article, String contentHash) {
            this(article, contentHash, null);
        }
    }

    /**
     * Replaces the article's named graph by its facts at or above {@code minConfidence}, in one write
     * transaction: if writing fails the store is left as it was. Records the hash of {@code article.article()}.
     */
    public void replace(ResolvedArticle article, double minConfidence) {
        replaceAll(List.of(new Replacement(article, article.article().contentHash())), minConfidence);
    }

    /**
     * Replaces the named graphs of several articles in one write transaction: all of them or none. An article's
     * reader comments graph goes with it, and is written again only when the replacement carries comments.
     */
    @Override
    public void replaceAll(List<Replacement> replacements, double minConfidence) {
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        writing(() -> Txn.executeWrite(dsg, () -> {
            for (Replacement replacement : replacements) {
                String id = replacement.article().article().id();
                delete(id);
                write(replacement, minConfidence, quads, sink);
            }
            // Committed with the articles: until deriveGraphs runs, the derived graphs do not match them.
            if (!replacements.isEmpty())
                dsg.add(Quad.defaultGraphIRI, NG.store(), NG.derivedGraphsStale, NodeConst.nodeTrue);
        }));
    }

    /**
     * Runs a write, turning a full disk into a StoreException that says so. TDB2 maps its index files into memory:
     * writing a page the disk has no room for is a fault in the JVM, an InternalError rather than an IOException, and
     * it surfaced as a stack trace. The transaction was not committed, so the store keeps what was committed before.
     */
    private void writing(Runnable write) {
        try {
            write.run();
        } catch (InternalError | RuntimeException e) {
            throw writeFailure(e);
        }
    }

    private <T> T writing(Supplier<T> write) {
        try {
            return write.get();
        } catch (InternalError | RuntimeException e) {
            throw writeFailure(e);
        }
    }

    private RuntimeException writeFailure(Throwable e) {
        if (location != null && (IoErrors.isNoSpace(e) || (e instanceof InternalError && nearlyFull(location))))
            return new StoreException(location, "no space left on " + location + ": the store keeps the articles committed"
                    + " before; free some space and build again", e);
        if (e instanceof InternalError)
            return new StoreException(location, "cannot write store " + location + ": a fault in its memory-mapped files ("
                    + e.getMessage() + ")", e);
        return (RuntimeException) e;
    }

    /** Whether the file system of {@code dir} has less room left than TDB2 grows its files by. */
    private static boolean nearlyFull(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace() < 64L << 20;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sends the quads that {@link #replaceAll} stores for a replacement: the article's graph, with the replacement's
     * content hash (the one the next build compares) in place of the article's own, and its reader comments graph when
     * it has one. For writers of stored graphs outside a store, such as the Spark job, whose output a
     * {@link #bulkLoad bulk load} makes a store of.
     */
    public static void write(Replacement replacement, double minConfidence, StreamRDF out) {
        write(replacement, minConfidence, ArticleGraphWriter::write, out);
    }

    private static void write(Replacement replacement, double minConfidence, QuadSource quads, StreamRDF out) {
        Node graph = NG.articleGraph(replacement.article().article().id());
        quads.write(replacement.article(), minConfidence, new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad quad) {
                if (!(quad.getGraph().equals(graph) && quad.getSubject().equals(graph) && quad.getPredicate().equals(NG.contentHash)))
                    super.quad(quad);
            }
        });
        if (replacement.comments() != null)
            ArticleGraphWriter.writeComments(replacement.comments(), minConfidence, out);
        out.quad(Quad.create(graph, graph, NG.contentHash, NodeFactory.createLiteralString(replacement.contentHash())));
    }

    /**
     * Fills this store, which must hold nothing yet, from N-Quads files (plain, or gzip when the name ends .gz) with
     * TDB2's bulk loader, adds the reference graph, and declares the prefixes a build stores. The files are loaded whole
     * or not at all: a bad file stops the load and leaves the store empty. A bulk-loaded store has none of the copied
     * index blocks that commits leave, so its size is recorded as after a compaction, and the compaction policy counts
     * growth from there. The files hold what a build stores, the derived graphs and the {@link DerivationIndex}
     * included (as the Spark job writes them, by {@link StoreIdentity} and the summaries' own code): the store is
     * recorded as derived with no merge vetoes, and one that the directory holds makes the next build derive again.
     *
     * @param progress where the loader reports its progress
     * @return the number of quads loaded, those of the default graph included
     * @throws StoreException naming the file and line when a file cannot be read or parsed, or when the store is not empty
     */
    public long bulkLoad(List<Path> files, MonitorOutput progress) {
        if (location == null)
            throw new StoreException(null, "a store in memory is not bulk loaded");
        if (!Txn.calculateRead(dsg, dsg::isEmpty))
            throw new StoreException(location, "store " + location + " is not empty: a bulk load fills a new store");
        // The sequential loader, in one thread: the nodes and the primary indexes as the data comes, then each other index
        // copied from the primary. On 10,000 articles' output it took 28 s of CPU against 39 s for the default (phased)
        // loader, whose threads gain little on two cores, and 39 s of wall time against 65 s at a load average of 9.
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, progress);
        // The parser gives a line without a graph (the derivation index) as a quad of the default graph, which the loader
        // would file as a named graph of that name: it goes in as a triple of the default graph, where a build puts it.
        StreamRDF into = new StreamRDFWrapper(loader.stream()) {
            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph())
                    super.triple(quad.asTriple());
                else
                    super.quad(quad);
            }
        };
        loader.startBulk();
        try {
            for (Path file : files) {
                // IO decompresses by the file's extension (.gz), as Jena's own loader does.
                try (InputStream in = IO.openFileEx(file.toString())) {
                    RDFParser.source(in).forceLang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerExceptions())
                            .parse(into);
                } catch (IOException | AtlasException | RiotException e) {
                    throw new StoreException(location, file + ": " + (e instanceof RiotParseException p && p.getLine() > 0
                            ? "line " + p.getLine() + ": " + p.getOriginalMessage() : reason(e)) + "; nothing was loaded", e);
                }
            }
            ReferenceGraph.write(rules().officeholders(), into::quad);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        Txn.executeWrite(dsg, () -> NG.PREFIXES.forEach(dsg.prefixes()::add));
        recordCompactedIndexBytes(indexBytes());
        noteDerived(MergeVetoes.NONE);
        // The default graph's lines (the index) are counted as triples.
        return loader.countTriples() + loader.countQuads();
    }

    /**
     * Deletes the named graphs of these articles, their reader comments graphs included, in one write
     * transaction. Entities live only in article graphs,
     * so an entity that no remaining article mentions goes with them; the graphs derived from all articles are
     * brought up to date in the same transaction, for what the removed articles touched (also when nothing was removed
     * but they were stale). Returns the ids that were stored, in the order given; ids the store does
     * not hold are left out and change nothing.
     */
    public List<String> remove(Collection<String> articleIds) {
        MergeVetoes vetoes = vetoes();
        boolean inputsChanged = derivationInputsChanged();
        boolean due = derivedGraphsStale() || inputsChanged;
        List<String> removed = writing(() -> Txn.calculateWrite(dsg, () -> {
            List<String> gone = new ArrayList<>();
            for (String id : new LinkedHashSet<>(articleIds)) {
                if (dsg.containsGraph(NG.articleGraph(id))) {
                    delete(id);
                    gone.add(id);
                }
            }
            if (!gone.isEmpty() || due)
                derive(vetoes, inputsChanged);
            return gone;
        }));
        if (!removed.isEmpty() || due)
            noteDerived(vetoes);
        return removed;
    }

    /**
     * Brings the graphs that follow from all articles together, who is who ({@link StoreIdentity}), the office-holders
     * graph ({@link OfficeHoldingSummary}) and the candidacies graph ({@link CandidacySummary}), up to date with the
     * articles stored since they were last derived, in one write transaction: only for what those articles touch when
     * the {@link DerivationIndex} allows it, else from all articles.
     */
    public void deriveGraphs() {
        deriveGraphs(false);
    }

    /**
     * {@link #deriveGraphs()}, from all articles when {@code whole}, even where the index would let it redo only what
     * the articles stored since the last derivation touch.
     */
    @Override
    public void deriveGraphs(boolean whole) {
        MergeVetoes vetoes = vetoes();
        boolean all = whole || derivationInputsChanged();
        writing(() -> Txn.executeWrite(dsg, () -> derive(vetoes, all)));
        noteDerived(vetoes);
    }

    /**
     * Whether articles were stored since the graphs derived from all of them (who is who among them) were last
     * derived: a build that died in between (kill -9 while deriving) leaves them stale, and the next command that
     * writes derives them again.
     */
    @Override
    public boolean derivedGraphsStale() {
        return Txn.calculateRead(dsg, () -> dsg.contains(Quad.defaultGraphIRI, NG.store(), NG.derivedGraphsStale, Node.ANY));
    }

    /**
     * Whether what the derived graphs follow from besides the articles changed since they were derived: the merge
     * vetoes, or the bundled reference table. Never for a store in memory, which derives whenever it is asked.
     */
    @Override
    public boolean derivationInputsChanged() {
        if (location == null)
            return false;
        if (!vetoes().fingerprint().equals(readState().getProperty(DERIVED_VETOES, "")))
            return true;
        return !read(d -> ReferenceGraph.isCurrent(d, rules().officeholders()));
    }

    /**
     * The merges the user vetoed in {@value MergeVetoes#FILE} in the store directory, with the lines that could not be
     * read as problems; none for a store in memory.
     */
    public MergeVetoes vetoes() {
        return location == null ? MergeVetoes.NONE : MergeVetoes.read(location);
    }

    /**
     * Derives, in the write transaction open, who is who and the graphs that follow from it, and clears the stale
     * marker in the same commit: a process killed while deriving leaves the marker, and the next command derives again.
     */
    private void derive(MergeVetoes vetoes, boolean whole) {
        IdentityRules r = rules();
        StoreIdentity identity = r.identity(vetoes);
        Set<Node> pending = DerivationIndex.pendingGraphs(dsg);
        if (whole || !DerivationIndex.isComplete(dsg) || pending.size() > WHOLE_FROM && pending.size() * 10L > articleCount()) {
            identity.recompute(dsg);
            OfficeHoldingSummary.recompute(dsg);
            CandidacySummary.recompute(dsg);
        } else {
            Set<PersonPair> holdings = new LinkedHashSet<>(DerivationIndex.pendingHoldings(dsg));
            Set<PersonPair> candidacies = new LinkedHashSet<>(DerivationIndex.pendingCandidacies(dsg));
            // The pairs the moved graphs state before they move, then those all placed graphs state after.
            Consumer<Node> stated = graph -> {
                holdings.addAll(OfficeHoldingSummary.pairs(dsg, graph));
                candidacies.addAll(CandidacySummary.pairs(dsg, graph));
            };
            Map<PersonPair, Set<Node>> holdingsAfter = new LinkedHashMap<>();
            Map<PersonPair, Set<Node>> candidaciesAfter = new LinkedHashMap<>();
            for (Node graph : identity.update(dsg, pending, stated)) {
                OfficeHoldingSummary.pairs(dsg, graph).forEach(p -> holdingsAfter.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(graph));
                CandidacySummary.pairs(dsg, graph).forEach(p -> candidaciesAfter.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(graph));
            }
            // A pair that no changed graph stated before only gains articles: they are counted in. The others are
            // recomputed from the articles that state them.
            OfficeHoldingSummary.recompute(dsg, holdings);
            holdingsAfter.forEach((pair, graphs) -> {
                if (!holdings.contains(pair))
                    OfficeHoldingSummary.add(dsg, pair, graphs);
            });
            CandidacySummary.recompute(dsg, candidacies);
            candidaciesAfter.forEach((pair, graphs) -> {
                if (!candidacies.contains(pair))
                    CandidacySummary.add(dsg, pair, graphs);
            });
        }
        DerivationIndex.clearPending(dsg);
        ReferenceGraph.update(dsg, r.officeholders());
        // An emptied store is empty: the next derivation, of whatever is added, is whole.
        if (!dsg.contains(Node.ANY, Node.ANY, RDF.Nodes.type, NG.Article))
            DerivationIndex.clear(dsg);
        dsg.deleteAny(Quad.defaultGraphIRI, NG.store(), NG.derivedGraphsStale, Node.ANY);
    }

    /**
     * Deletes the graphs of an article and of its reader comments, noting for the next derivation that they changed
     * and what their summary statements were; inside a write transaction.
     */
    private void delete(String id) {
        for (Node graph : List.of(NG.articleGraph(id), NG.commentsGraph(id))) {
            DerivationIndex.markPending(dsg, graph);
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        }
    }

    /** The number of articles stored; inside a transaction. */
    private long articleCount() {
        return Iter.count(dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, NG.Article));
    }

    /** Notes, once the derivation is committed, the vetoes it honoured, for {@link #derivationInputsChanged}. */
    private void noteDerived(MergeVetoes vetoes) {
        if (location == null)
            return;
        Properties state = readState();
        state.setProperty(DERIVED_VETOES, vetoes.fingerprint());
        writeState(state);
    }

    private synchronized IdentityRules rules() {
        if (rules == null)
            rules = IdentityRules.load();
        return rules;
    }

    /**
     * The bytes of index blocks the store has allocated: those of the B+trees of its triple, quad and prefix tables,
     * read from TDB2's own block counters, since its files are sparse and grow in large steps. TDB2 never overwrites an
     * index block (each write transaction copies the blocks it touches), so this grows with every commit until the
     * store is compacted. The node table's index is not counted: TDB2 does not expose it.
     */
    public long indexBytes() {
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.requireStorage(dsg);
            long blocks = blocks(tdb.getTripleTable().getNodeTupleTable()) + blocks(tdb.getQuadTable().getNodeTupleTable());
            if (tdb.getStoragePrefixes() instanceof StoragePrefixesTDB prefixes)
                blocks += blocks(prefixes.getNodeTupleTable());
            return blocks * tdb.getStoreParams().getBlockSize();
        });
    }

    private static long blocks(NodeTupleTable table) {
        long blocks = 0;
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            // TDB2's tuple indexes are B+trees; an index of another kind is left out rather than guessed at.
            if (index instanceof TupleIndexRecord record && record.getRangeIndex() instanceof BPlusTree tree)
                blocks += tree.getStateManager().getNodeBlocksLimit() + tree.getStateManager().getRecordsBlocksLimit();
        }
        return blocks;
    }

    /**
     * {@link #indexBytes()} right after the store was last compacted, as recorded in {@value #STATE_FILE} beside
     * TDB2's files; 0 for a store never compacted (or compacted before the figure was recorded) and in memory.
     */
    long compactedIndexBytes() {
        if (location == null)
            return 0;
        Path file = location.resolve(STATE_FILE);
        String value = readState().getProperty(COMPACTED_INDEX_BYTES);
        if (value == null)
            return 0;
        try {
            long bytes = Long.parseLong(value.strip());
            if (bytes < 0)
                throw new NumberFormatException("negative");
            return bytes;
        } catch (NumberFormatException e) {
            throw new StoreException(location, file + ": " + COMPACTED_INDEX_BYTES + " is not a number of bytes: '" + value
                    + "' (delete the file and the next build measures from nothing)", e);
        }
    }

    /** Whether the indexes have grown enough since the last compaction; never for a store in memory. */
    @Override
    public boolean compactionDue(CompactionPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return location != null && policy.due(indexBytes(), compactedIndexBytes());
    }

    /**
     * Rewrites the store's files with only the current data, and records {@link #indexBytes()} afterwards for
     * {@link #compactionDue}. A build of many transactions leaves files far larger than the data (see
     * {@link #indexBytes()}). Runs with no other transaction open; if the process dies meanwhile, the old files stay in
     * use. Does nothing to a store in memory.
     */
    @Override
    public void compact() {
        if (location == null)
            return;
        try {
            writing(() -> DatabaseMgr.compact(dsg, true));
        } catch (TDBException | DBOpEnvException e) {
            throw new StoreException(location, "cannot compact store " + location + ": " + reason(e), e);
        }
        recordCompactedIndexBytes(indexBytes());
    }

    /** Notes the index bytes of a store as good as compacted (just compacted or bulk loaded), for {@link #compactionDue}. */
    private void recordCompactedIndexBytes(long bytes) {
        Properties state = readState();
        state.setProperty(COMPACTED_INDEX_BYTES, Long.toString(bytes));
        writeState(state);
    }

    /** newsgraph's notes in {@value #STATE_FILE}; none when the file is missing. */
    private Properties readState() {
        Properties state = new Properties();
        Path file = location.resolve(STATE_FILE);
        if (!Files.exists(file))
            return state;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            state.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(location, "cannot read " + file + ": " + reason(e), e);
        }
        return state;
    }

    /** Written aside and moved into place, so that a crash leaves the old notes or the new ones, never half of them. */
    private void writeState(Properties state) {
        Path file = location.resolve(STATE_FILE);
        Path temporary = location.resolve(STATE_FILE + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                state.store(out, "newsgraph's notes about this store (last compaction, derived graphs); TDB2 ignores this file");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(location, "cannot write " + file + ": " + reason(e), e);
        }
    }

    /**
     * The stored article ids that differ from {@code id} only in case, accents and punctuation, for "did you mean":
     * an id typed from memory, or lowered as stores before ids were kept as given had it.
     */
    public List<String> articleIdsLike(String id) {
        String key = looseKey(id);
        return Txn.calculateRead(dsg, () -> {
            List<String> like = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graph -> {
                String stored = graph.isURI() ? NG.articleId(graph.getURI()) : null;
                if (stored != null && !stored.equals(id) && looseKey(stored).equals(key))
                    like.add(stored);
            });
            like.sort(null);
            return like;
        });
    }

    private static String looseKey(String id) {
        return Normalizer.normalize(id, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Runs {@code body} in a read transaction on the dataset (named graphs plus the union default graph). */
    public <T> T read(Function<DatasetGraph, T> body) {
        return Txn.calculateRead(dsg, () -> body.apply(dsg));
    }

    /**
     * The prefixes that queries may use without declaring them: those newsgraph writes, and {@code owl} for
     * questions about the ontology. A fresh copy.
     */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(NG.PREFIXES).setNsPrefix("owl", OWL.NS);
    }

    /** {@link #prefixes()} as a RIOT prefix map, for writers. */
    public static PrefixMap prefixMap() {
        return PrefixMapFactory.create(NG.PREFIXES);
    }

    /**
     * Parses SPARQL with the ontology's prefixes predeclared.
     *
     * @throws StoreQueryException on a syntax error, with its line and column in {@code text}
     */
    public static Query parseQuery(String text) {
        Query query = new Query();
        query.setPrefixMapping(prefixes());
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
            return query;
        } catch (QueryParseException e) {
            String first = reason(e).lines().findFirst().orElse("syntax error").strip();
            // The parser's message often names the position itself; a lexical error leaves the exception's at 0.
            boolean named = e.getLine() <= 0 || first.toLowerCase(Locale.ROOT).contains("line " + e.getLine());
            String where = named ? "" : "line " + e.getLine() + ", column " + e.getColumn() + ": ";
            throw new StoreQueryException("bad SPARQL: " + where + first, e.getLine(), e.getColumn(), e);
        }
    }

    /**
     * Runs {@code query} in a read transaction and hands its execution to {@code body}, which must consume
     * the results before returning.
     *
     * @param timeoutSeconds the query is cancelled after this long, whatever it is doing; 0 or less for none (and
     *                       then none of {@link QueryLimits}'s other limits either)
     */
    public <T> T query(Query query, long timeoutSeconds, Function<QueryExecution, T> body) {
        return query(query, timeoutSeconds > 0 ? QueryLimits.of(Duration.ofSeconds(timeoutSeconds)) : null, body);
    }

    /**
     * Runs {@code query} in a read transaction under {@code limits} (none when null) and hands its execution to
     * {@code body}, which must consume the results before returning.
     *
     * @throws StoreQueryException when the query times out, would break a limit or fails
     */
    public <T> T query(Query query, QueryLimits limits, Function<QueryExecution, T> body) {
        return Txn.calculateRead(dsg, () -> {
            var builder = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query);
            if (limits == null)
                return run(builder, body, null);
            // The query's own context, with the dataset's settings (the union default graph) under the limits.
            Context context = Context.setupContextForDataset(ARQ.getContext(), dsg);
            limits.configure(context);
            try (QueryDeadline deadline = limits.arm(context)) {
                return run(builder.context(context), body, limits);
            }
        });
    }

    private static <T> T run(QueryExecutionDatasetBuilder builder, Function<QueryExecution, T> body, QueryLimits limits) {
        try (QueryExecution exec = builder.build()) {
            return body.apply(exec);
        } catch (QueryCancelledException e) {
            throw new StoreQueryException("query timed out after " + limits.timeout().toSeconds() + " s", -1, -1, e);
        } catch (QueryDeniedException e) {
            throw new StoreQueryException(reason(e), -1, -1, e);
        } catch (QueryException e) {
            throw new StoreQueryException("query failed: " + reason(e), -1, -1, e);
        }
    }

    /** Releases the store (its lock included) so another process may open it. */
    @Override
    public void close() {
        if (location == null)
            dsg.close();
        else
            TDBInternal.expel(dsg);
    }
}
