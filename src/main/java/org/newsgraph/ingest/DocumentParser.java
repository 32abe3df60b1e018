package org.newsgraph.ingest;

/** Makes the one article of a single-article file (plain text, an HTML page). Implementations are thread-safe. */
interface DocumentParser {

    /**
     * The article in {@code bytes}, which are not empty and not binary.
     *
     * @param sidecar   fields from the sidecar file, {@link ArticleFields#NONE} when there is none; they win over
     *                  what the document says
     * @param defaultId the id when the sidecar gives none
     * @param origin    the file as given, for the article and for messages
     * @throws ArticleInputException when the document holds no article
     */
    Article parse(byte[] bytes, ArticleFields sidecar, String defaultId, String origin);
}
