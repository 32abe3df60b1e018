package org.newsgraph.resolve;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person of the bundled reference table of U.S. federal office-holders: identifiers, name parts and spans of
 * service. Immutable.
 *
 * @param id        the GovTrack person id, which every person of the table has
 * @param bioguide  the Biographical Directory of the U.S. Congress id, or empty
 * @param wikidata  the Wikidata item id ({@code Q358443}), or empty when the reference has none
 * @param name      the name as news writes it ("Jeff Sessions")
 * @param middle    the middle name or initial as the reference gives it, or empty
 * @param nickname  the short first name the person goes by ("Jeff"), or empty
 * @param suffix    "Jr.", "III"..., or empty
 * @param sex       "M", "F" or empty
 * @param birthYear the year of birth, or 0 when unknown
 */
public record Officeholder(String id, String bioguide, String wikidata, String name, String first, String middle,
                           String nickname, String last, String suffix, String sex, int birthYear, List<Service> service)
        implements Serializable {

    /** The Wikidata entity IRI base: {@code http://www.wikidata.org/entity/Q…}. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    /**
     * A span of service in one office: consecutive terms of one office, state and party.
     *
     * @param office the newsgraph office key ({@code us-senator}, {@code us-representative}, {@code us-president},
     *               {@code us-vice-president})
     * @param state  the state's name, or null for the two national offices
     * @param party  the newsgraph party key ({@code republican-party}), {@code independent}, or another party's slug
     */
    public record Service(String office, String state, String party, LocalDate start, LocalDate end) implements Serializable {
        public Service {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(party, "party");
            if (end.isBefore(start))
                throw new IllegalArgumentException("Service ends before it starts: " + start + ".." + end);
        }

        /** Whether the span covers {@code date} (its first and last day included). */
        public boolean covers(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    public Officeholder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(last, "last");
        service = List.copyOf(service);
    }

    /** The Wikidata entity IRI, or null when the reference gives no Wikidata id. */
    public String wikidataIri() {
        return wikidata.isEmpty() ? null : WIKIDATA_ENTITY + wikidata;
    }

    /** Whether the person ever held the office (a newsgraph office key). */
    public boolean held(String office) {
        return service.stream().anyMatch(s -> s.office().equals(office));
    }
}
