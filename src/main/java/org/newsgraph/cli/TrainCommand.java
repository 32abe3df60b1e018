package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import org.newsgraph.extract.RelationModelTrainer;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.resolve.TrainingSet;

/**
 * {@code newsgraph train}: trains the relation classifiers and measures the confidence table from the annotated articles
 * (src/train/annotations) and the corpus they annotate, with the statements readers judged in audits of other
 * articles (src/train/verdicts) counted into the table, and writes the model files the jar bundles. The same
 * annotations, verdicts, corpus and code give the same files.
 */
final class TrainCommand implements Command {
    private static final String CORPUS = "corpus";
    private static final String ANNOTATIONS = "annotations";
    private static final String VERDICTS = "verdicts";
    private static final String FOLDS = "folds";
    static final String DEFAULT_ANNOTATIONS = "src/train/annotations";
    static final String DEFAULT_VERDICTS = "src/train/verdicts";
    static final String DEFAULT_OUT = "src/main/resources/org/newsgraph/nlp";

    private final ModelLoader models;

    TrainCommand(ModelLoader models) {
        this.models = models;
    }

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train the relation models from annotated articles (for developers; see src/train/README.md)";
    }

    @Override
    public String arguments() {
        return "--corpus ARTICLES.jsonl.gz [options]";
    }

    @Override
    public String example() {
        return "newsgraph train --corpus ../shared/bench/articles-10000.jsonl.gz";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt(CORPUS).hasArg().argName("FILE")
                        .desc("the JSON Lines corpus the annotations index (required)").get())
                .addOption(Option.builder().longOpt(ANNOTATIONS).hasArg().argName("DIR")
                        .desc("the annotations (default: " + DEFAULT_ANNOTATIONS + ")").get())
                .addOption(Option.builder().longOpt(VERDICTS).hasArg().argName("DIR")
                        .desc("judged statements of audited builds (*.tsv) the confidence table also counts (default: "
                                + DEFAULT_VERDICTS + ", skipped when absent)").get())
                .addOption(Option.builder().longOpt(FOLDS).hasArg().argName("K")
                        .desc("folds of the cross-validation that gives the confidence table its examples (default: 5)").get())
                .addOption(OptionGroups.out("directory to write the classifiers (relation-*.bin) and the confidence table (relation-confidence.tsv) to (default: " + DEFAULT_OUT + ")"));
    }

    @Override
    public int run(CommandLine line, Terminal terminal) {
        if (!line.getArgList().isEmpty())
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        if (!line.hasOption(CORPUS))
            throw new UsageException("pass --corpus FILE, the corpus the annotations index");
        Path corpus = Path.of(line.getOptionValue(CORPUS));
        Path annotations = Path.of(line.getOptionValue(ANNOTATIONS, DEFAULT_ANNOTATIONS));
        Path out = Path.of(line.getOptionValue(OptionGroups.OUT, DEFAULT_OUT));
        int folds = OptionGroups.positiveInt(line, FOLDS, 5);
        if (folds < 2)
            throw new UsageException("--" + FOLDS + " must be at least 2");
        if (!Files.isRegularFile(corpus))
            throw new CommandException(corpus + ": no such file");
        if (!Files.isDirectory(annotations))
            throw new CommandException(annotations + ": no such directory");
        Path verdicts = Path.of(line.getOptionValue(VERDICTS, DEFAULT_VERDICTS));
        if (line.hasOption(VERDICTS) && !Files.isDirectory(verdicts))
            throw new CommandException(verdicts + ": no such directory");
        checkOutputs(out, corpus);
        NlpModels nlp = models.load(List.of());
        int[] warnings = {0};
        Consumer<String> warn = w -> {
            warnings[0]++;
            terminal.error("train: " + w);
        };
        terminal.info("Reading and analysing the annotated and the judged articles of " + corpus + " ...");
        TrainingSet.Read read = TrainingSet.read(corpus, annotations, Files.isDirectory(verdicts) ? verdicts : null, nlp, warn);
        List<RelationModelTrainer.Labelled> articles = read.annotated();
        List<RelationModelTrainer.Judged> judged = read.judged();
        if (articles.size() < folds)
            throw new CommandException(annotations + ": " + articles.size() + " annotated articles found in " + corpus
                    + "; training needs at least " + folds);
        terminal.info("Training on " + articles.size() + " articles (" + folds + "-fold for the confidence table) ...");
        RelationModelTrainer.Trained trained;
        try {
            trained = RelationModelTrainer.trainAll(articles, judged, folds);
        } catch (IOException e) {
            throw new CommandException("cannot train the models: " + e.getMessage(), e);
        }
        for (String name : trained.fileNames())
            OutputFile.write(out.resolve(name), file -> trained.writeFile(name, file));
        int judgedCount = judged.stream().mapToInt(j -> j.verdicts().size()).sum();
        if (judgedCount > 0)
            terminal.info("The confidence table counts " + trained.verdictsFound() + " of " + judgedCount
                    + " judged statements; the others the rules and classifiers no longer make");
        terminal.info("Wrote " + trained.classifiers().size() + " classifiers and the confidence table to " + out
                + "; rebuild the jar to bundle them");
        return warnings[0] == 0 ? Main.OK : Main.FAILED;
    }

    /** Refuses, before any work, an --out that is a file, or whose model files would overwrite the corpus. */
    private static void checkOutputs(Path out, Path corpus) {
        if (Files.isRegularFile(out))
            throw new UsageException("--" + OptionGroups.OUT + " " + out + " is a file: give the directory to write the models to");
        // The annotations are .json files, which no model file is.
        for (String name : RelationModelTrainer.possibleFileNames())
            OutputFile.checkSafe("--" + OptionGroups.OUT + " " + out + " (its " + name + ")", out.resolve(name), name, null,
                    List.of(corpus));
    }
}
