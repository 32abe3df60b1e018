package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import org.newsgraph.NewsgraphException;

/**
 * The OpenNLP models newsgraph runs on: sentence detector, tokenizer and POS tagger from the
 * bundled model jars, the relation classifiers trained on the project's annotations (maxent models the
 * extraction stage asks for by name), plus optional user name-finder models. Immutable and safe to share between
 * threads; the stateful ME objects live in an {@link Annotator}, one per thread.
 */
public final class NlpModels {
    // The model jars put their single .bin at the jar root.
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    /**
     * The relation classifiers' names, each at {@code relation-NAME.bin} here: one per pair kind of the extraction
     * stage.
     */
    static final List<String> RELATION_MODELS = List.of("person-person", "person-race", "person-office", "person-party",
            "person-investigation");
    /** The table of how often statements are right, beside the classifiers. */
    static final String CONFIDENCE_TABLE = "relation-confidence.tsv";

    private final List<TokenNameFinderModel> nameFinderModels;
    private final Gazetteers gazetteers;
    private final Map<String, MaxentModel> relationModels;
    private final List<String> confidenceTable;

    private NlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel,
                      List<TokenNameFinderModel> nameFinderModels, Gazetteers gazetteers,
                      Map<String, MaxentModel> relationModels, List<String> confidenceTable) {
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
        this.posModel = posModel;
        this.nameFinderModels = List.copyOf(nameFinderModels);
        this.gazetteers = gazetteers;
        this.relationModels = Map.copyOf(relationModels);
        this.confidenceTable = List.copyOf(confidenceTable);
    }

    /** Loads the bundled models and gazetteers; throws {@link NewsgraphException} naming the resource that failed. */
    public static NlpModels load() {
        return load(List.of());
    }

    /**
     * Loads the bundled models plus user OpenNLP name-finder models; spans they find with type
     * {@code person} (or no type) become person mentions.
     */
    public static NlpModels load(List<Path> extraNerModels) {
        Objects.requireNonNull(extraNerModels, "extraNerModels");
        List<TokenNameFinderModel> finders = new ArrayList<>();
        for (Path path : extraNerModels) {
            try (InputStream in = Files.newInputStream(path)) {
                finders.add(new TokenNameFinderModel(in));
            } catch (IOException | RuntimeException e) {
                throw new NewsgraphException("Cannot load name finder model " + path + ": " + e.getMessage(), e);
            }
        }
        return new NlpModels(
                loadResource(SENTENCE_MODEL, SentenceModel::new),
                loadResource(TOKEN_MODEL, TokenizerModel::new),
                loadResource(POS_MODEL, POSModel::new),
                finders,
                Gazetteers.load(),
                relationModels(),
                loadConfidenceTable());
    }

    /** The bundled relation classifiers; a name without a model file is left out (the rules work alone then). */
    private static Map<String, MaxentModel> relationModels() {
        Map<String, MaxentModel> models = new LinkedHashMap<>();
        for (String name : RELATION_MODELS) {
            String resource = "relation-" + name + ".bin";
            try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
                if (in != null)
                    models.put(name, new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(in))).getModel());
            } catch (IOException e) {
                throw new NewsgraphException("IO error while loading model " + resource + ": " + e.getMessage(), e);
            }
        }
        return models;
    }

    /** The bundled confidence table's lines, or none. */
    private static List<String> loadConfidenceTable() {
        try (InputStream in = NlpModels.class.getResourceAsStream(CONFIDENCE_TABLE)) {
            if (in == null)
                return List.of();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new NewsgraphException("IO error while loading " + CONFIDENCE_TABLE + ": " + e.getMessage(), e);
        }
    }

    /**
     * A copy of these models with other relation classifiers and confidence table (for training and measuring
     * them); empty ones give models without any.
     */
    public NlpModels withRelationModels(Map<String, MaxentModel> models, List<String> confidenceTable) {
        return new NlpModels(sentenceModel, tokenizerModel, posModel, nameFinderModels, gazetteers, models, confidenceTable);
    }

    /** A copy of these models without relation classifiers or confidence table: the rules alone. */
    public NlpModels withoutRelationModels() {
        return withRelationModels(Map.of(), List.of());
    }

    /** A copy of these models without the confidence table: rules and classifiers each with their own confidence. */
    public NlpModels withoutConfidenceTable() {
        return withRelationModels(relationModels, List.of());
    }

    /** The lines of the confidence table bundled beside the classifiers, empty when there is none. */
    public List<String> confidenceTable() {
        return confidenceTable;
    }

    /** The relation classifier of that name, if one is bundled. */
    public Optional<MaxentModel> relationModel(String name) {
        return Optional.ofNullable(relationModels.get(name));
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M loadResource(String name, ModelReader<M> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(name)) {
            if (in == null)
                throw new NewsgraphException("Model " + name + " is not on the classpath");
            return reader.read(in);
        } catch (IOException e) {
            throw new NewsgraphException("IO error while loading model " + name + ": " + e.getMessage(), e);
        }
    }

    SentenceModel sentenceModel() {
        return sentenceModel;
    }

    TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    POSModel posModel() {
        return posModel;
    }

    List<TokenNameFinderModel> nameFinderModels() {
        return nameFinderModels;
    }

    /** The closed word lists (first names, titles, states, parties) the finders use. */
    public Gazetteers gazetteers() {
        return gazetteers;
    }

    /** A new annotator owning its own ME instances; use one per thread. */
    public Annotator newAnnotator() {
        return new Annotator(this);
    }
}
