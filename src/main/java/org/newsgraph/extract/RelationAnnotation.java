package org.newsgraph.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One article's stored annotation (src/train/README.md): its entities, their mentions as character offsets in
 * the article's cleaned text, and the relations each sentence states. Holds no article text. Immutable.
 *
 * @param id         the article's id in the corpus, as given there
 * @param textSha256 SHA-256 of the cleaned text the offsets index, to tell when cleaning has changed it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RelationAnnotation(String id, String textSha256, Map<String, EntityInfo> entities,
                                 List<MentionSpan> mentions, List<SentenceRelation> relations) {
    public RelationAnnotation {
        Objects.requireNonNull(id, "id");
        entities = Map.copyOf(entities);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
    }

    /** An entity: its type (Person, Office, Race, Party, Investigation) and its facets. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EntityInfo(String type, String name) {
    }

    /** A mention: character offsets (end exclusive), type and the entity it stands for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MentionSpan(int start, int end, String type, String form, String entity) {
    }

    /** A relation a sentence states: the sentence's offsets, the two entities, and whether it is optional. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SentenceRelation(int[] sentence, String subject, String relation, String object, String status,
                                   boolean optional) {
        public int start() {
            return sentence[0];
        }

        public int end() {
            return sentence[1];
        }
    }

    /** Reads one stored annotation file. */
    public static RelationAnnotation read(Path file, ObjectMapper json) throws IOException {
        return json.readValue(file.toFile(), RelationAnnotation.class);
    }
}
