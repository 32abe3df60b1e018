package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import org.newsgraph.NewsgraphException;

/**
 * The OpenNLP models newsgraph runs on: sentence detector, tokenizer and POS tagger from the
 * bundled model jars, plus optional user name-finder models. Immutable and safe to share between threads;
 * the stateful ME objects live in an {@link Annotator}, one per thread.
 */
public final class NlpModels {
    // The model jars put their single .bin at the jar root.
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final List<TokenNameFinderModel> nameFinderModels;
    private final Gazetteers gazetteers;

    private NlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel,
                      List<TokenNameFinderModel> nameFinderModels, Gazetteers gazetteers) {
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
        this.posModel = posModel;
        this.nameFinderModels = List.copyOf(nameFinderModels);
        this.gazetteers = gazetteers;
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
                Gazetteers.load());
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
