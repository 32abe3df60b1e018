package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Makes the article of one JSON object with the fields of a JSON Lines record ({@link ArticleFields}: "title" and
 * "text", optionally "id", "date", "url", "source" and their synonyms), from its bytes in any encoding
 * {@link TextDecoder} reads. Immutable and thread-safe.
 */
final class JsonRecordParser {
    private final ObjectMapper json;
    private final TextDecoder decoder;

    JsonRecordParser(ObjectMapper json, TextDecoder decoder) {
        this.json = json;
        this.decoder = decoder;
    }

    /**
     * The record's id is its "id" as written, else one made from its content ({@link ArticleIds#fromContent}): many
     * files share a name, so a file name and a line number would make the same id for different articles.
     *
     * @throws ArticleInputException naming {@code origin} when the bytes are not a JSON object with a title and a text
     */
    Article parse(byte[] record, String origin) {
        ArticleFields fields;
        try {
            fields = ArticleFields.of(json.readTree(decoder.decode(record)), origin);
        } catch (JacksonException e) {
            throw new ArticleInputException(origin, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (fields.headline() == null)
            throw new ArticleInputException(origin, "no title (field \"title\" or \"headline\")");
        if (fields.text() == null)
            throw new ArticleInputException(origin, "no text (field \"text\" or \"body\")");
        String defaultId = fields.id() != null ? null : ArticleIds.fromContent(fields);
        return ArticleAssembler.assemble(fields.headline(), fields.text(), "", fields, defaultId, origin);
    }
}
