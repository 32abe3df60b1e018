package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;

import org.newsgraph.nlp.NlpModels;

/** Gives {@code build} its NLP models: the bundled ones plus the user's extra name finder models. */
@FunctionalInterface
interface ModelLoader {
    NlpModels load(List<Path> extraNerModels);
}
