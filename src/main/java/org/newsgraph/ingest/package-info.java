/**
 * The first stage: reading news articles from the files users have into {@link org.newsgraph.ingest.Article}
 * values. {@link org.newsgraph.ingest.ArticleReader} lists inputs (files and directories) and reads plain text
 * ({@code .txt}: headline line, then body), saved web pages ({@code .html}, {@code .htm}: the article text kept,
 * page furniture dropped, reader comments set apart) and JSON Lines data sets ({@code .jsonl}, {@code .jsonl.gz}:
 * one article per line, streamed), with an optional {@code NAME.json} sidecar of metadata (url, publisher, date)
 * beside a text or HTML file. It decodes whatever encoding the bytes are in (UTF-8, UTF-16 with a byte-order mark,
 * Windows-1252, Latin-1 and what juniversalchardet recognises), refuses binary, empty and oversized files, and
 * reports each bad file or line as an {@link org.newsgraph.ingest.ArticleInputException} ("origin: reason")
 * without stopping the others. Limits are set in {@link org.newsgraph.ingest.ReadOptions}.
 *
 * <p>Reading does not clean: removing page clutter left in the text (share prompts, bylines, hover-cards) is the
 * job of {@code ArticleCleaner}, run on each article after it is read. The package uses no
 * other newsgraph stage.
 */
package org.newsgraph.ingest;
