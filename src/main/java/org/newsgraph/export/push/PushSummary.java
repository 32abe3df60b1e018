package org.newsgraph.export.push;

import java.util.Objects;

/**
 * What a push sent where: the endpoint, how many named graphs and triples, and how many requests had to be retried.
 */
public record PushSummary(String endpoint, int graphs, long triples, int retries) {
    public PushSummary {
        Objects.requireNonNull(endpoint, "endpoint");
        if (graphs < 0 || triples < 0 || retries < 0)
            throw new IllegalArgumentException("Negative count: " + graphs + ", " + triples + ", " + retries);
    }

    /** One line for people: "3 graphs, 120 triples -> http://...". */
    @Override
    public String toString() {
        return graphs + (graphs == 1 ? " graph, " : " graphs, ") + triples + (triples == 1 ? " triple" : " triples")
                + " -> " + endpoint + (retries == 0 ? "" : " (" + retries + (retries == 1 ? " retry)" : " retries)"));
    }
}
