package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The article fields a JSON object may give, read with the synonyms that scraped-news data sets use: a sidecar
 * file or one JSON Lines record. Every field is null when absent, JSON null or blank.
 *
 * @param id        "id" (a string or an integer)
 * @param headline  "headline" or "title"
 * @param text      "text" or "body"
 * @param url       "url"
 * @param publisher "publisher" or "source" (a string, or an object with a "name" such as NewsAPI's)
 * @param published "published", "date", "datePublished" or "publishedAt", when it parses to a full date
 */
record ArticleFields(String id, String headline, String text, String url, String publisher, LocalDate published) {

    static final ArticleFields NONE = new ArticleFields(null, null, null, null, null, null);

    /**
     * Reads the fields of {@code node}. Fields of the wrong type are an error, except the date: a date that is
     * not a string, like one that does not parse, is only unknown, since a date never fails an article.
     *
     * @throws ArticleInputException naming {@code origin} when {@code node} is not an object or a field is not a string
     */
    static ArticleFields of(JsonNode node, String origin) {
        if (!node.isObject())
            throw new ArticleInputException(origin, "expected a JSON object, found " + typeName(node));
        JsonNode source = first(node, "publisher", "source");
        String publisher = source != null && source.isObject()
                ? field(source, "name", origin, "source.name")
                : string(node, origin, "publisher", "source");
        JsonNode date = first(node, "published", "date", "datePublished", "publishedAt");
        JsonNode id = node.get("id");
        return new ArticleFields(
                id != null && id.isIntegralNumber() ? id.asText() : string(node, origin, "id"),
                string(node, origin, "headline", "title"),
                string(node, origin, "text", "body"),
                string(node, origin, "url"),
                publisher,
                date != null && date.isTextual() ? DateParser.parse(date.textValue()) : null);
    }

    /** These fields, each missing one taken from {@code other}. */
    ArticleFields orElse(ArticleFields other) {
        return new ArticleFields(id != null ? id : other.id, headline != null ? headline : other.headline,
                text != null ? text : other.text, url != null ? url : other.url,
                publisher != null ? publisher : other.publisher, published != null ? published : other.published);
    }

    /** The first present, non-null field of {@code names}. */
    private static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull())
                return value;
        }
        return null;
    }

    private static String string(JsonNode node, String origin, String... names) {
        for (String name : names) {
            String value = field(node, name, origin, name);
            if (value != null)
                return value;
        }
        return null;
    }

    private static String field(JsonNode node, String name, String origin, String shownName) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull())
            return null;
        if (!value.isTextual())
            throw new ArticleInputException(origin,
                    "field \"" + shownName + "\" is " + typeName(value) + ", expected a string");
        String text = value.textValue().strip();
        return text.isEmpty() ? null : text;
    }

    private static String typeName(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            case MISSING -> "nothing";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }
}
