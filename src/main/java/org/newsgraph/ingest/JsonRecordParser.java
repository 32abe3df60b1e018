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
     * @param defaultId the id when the record has none, already a slug
     * @throws ArticleInputException naming {@code origin} when the bytes are not a JSON object with a title and a text
     */
    Article parse(byte[] record, String defaultId, String origin) {
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
        return ArticleAssembler.assemble(fields.headline(), fields.text(), "", fields, defaultId, origin);
    }
}
