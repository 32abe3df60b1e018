package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.PersonChain;

/**
 * Within one article: matches each person to the one federal office-holder of the reference table
 * ({@link Officeholders}) that the person's names and the article's context agree with, or to nobody. A full name
 * must match the record's last name, a first name, nickname or formal name of it, and any middle initial and suffix
 * written; a surname alone needs a federal title, office, state or party that only one record with that surname
 * agrees with. The context must not speak against the record more than for it: federal titles before the name, their
 * states, party words before it and "(R-Texas)" count for or against; the offices, states and parties of the
 * person's facts, read from whole sentences and wrong more often, only count for. When the article is dated, the
 * record must have a term that began before it (or within the three months after: members-elect and
 * presidents-elect). Between several records (two John Kennedys) the context decides, or no record is matched.
 * Chains matched to the same record are one person and are joined. Stateless and thread-safe.
 */
public final class RecordLinker {
    /** The federal offices the reference table covers. */
    static final Set<String> FEDERAL = Set.of("us-senator", "us-representative", "us-president", "us-vice-president");
    /** Members-elect and presidents-elect are news for the two months before they take office. */
    private static final int ELECT_DAYS = 90;
    private static final Pattern CODE = Pattern.compile("([DRI])[-–](\\p{Lu}[\\p{L}.]*)");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private final Officeholders officeholders;
    private final NameForms forms;
    private final Gazetteers gazetteers;
    private final EntityResolver resolver;

    public RecordLinker(Officeholders officeholders, NameForms forms, Gazetteers gazetteers, EntityResolver resolver) {
        this.officeholders = Objects.requireNonNull(officeholders, "officeholders");
        this.forms = Objects.requireNonNull(forms, "forms");
        this.gazetteers = Objects.requireNonNull(gazetteers, "gazetteers");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The article's persons matched to records: {@code article} is the input with the chains of one record joined,
     * {@code records} the record of each matched chain id.
     */
    public record Links(AnnotatedArticle article, Map<Integer, Officeholder> records) {
        public Links {
            Objects.requireNonNull(article, "article");
            records = Map.copyOf(records);
        }
    }

    public Links link(AnnotatedArticle article, List<Fact> facts) {
        Map<Integer, Clues> clues = clues(article, facts);
        LocalDate date = article.article().published();
        Map<Integer, Officeholder> records = new TreeMap<>();
        Map<String, Set<Integer>> byRecord = new TreeMap<>();
        for (PersonChain chain : article.chains()) {
            Officeholder match = match(chain, clues.getOrDefault(chain.id(), new Clues()), date);
            if (match != null) {
                records.put(chain.id(), match);
                byRecord.computeIfAbsent(match.id(), k -> new LinkedHashSet<>()).add(chain.id());
            }
        }
        AnnotatedArticle joined = PersonChainMerger.joined(article, article.chains(), byRecord.values());
        return new Links(joined, records);
    }

    /**
     * The resolved article with {@code matchesRecord} on each person entity whose chains were matched; a person whose
     * chains were matched to different records (two people the resolver took for one) gets none.
     */
    public ResolvedArticle tag(Links links, ResolvedArticle resolved) {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (PersonChain chain : links.article().chains()) {
            Officeholder record = links.records().get(chain.id());
            byKey.computeIfAbsent(resolver.person(chain).key(), k -> new HashSet<>()).add(record == null ? "" : record.id());
        }
        List<Entity> entities = new ArrayList<>();
        for (Entity e : resolved.entities()) {
            Set<String> ids = e.type() == EntityType.PERSON ? byKey.getOrDefault(e.key(), Set.of()) : Set.of();
            if (ids.size() == 1 && !ids.contains("")) {
                Map<String, String> attributes = new TreeMap<>(e.attributes());
                attributes.put("matchesRecord", ids.iterator().next());
                e = new Entity(e.type(), e.key(), e.label(), e.altLabels(), attributes);
            }
            entities.add(e);
        }
        return new ResolvedArticle(resolved.article(), entities, resolved.facts(), resolved.sentences(), resolved.tokens());
    }

    /** What the article says of one person that a record can agree with or contradict. */
    static final class Clues {
        /** Federal titles written before the person's name ("Sen. Ted Cruz"): they agree with a record or speak against it. */
        final Set<String> offices = new LinkedHashSet<>();
        /**
         * Federal offices of the person's holdsOffice facts: read from a whole sentence, they are wrong more often than a
         * title, so they only ever speak for a record.
         */
        final Set<String> factOffices = new LinkedHashSet<>();
        /** Offices of titles with "former" ("Former Congressman Mike Rogers"). */
        final Set<String> formerOffices = new LinkedHashSet<>();
        /** States of federal titles and of "(R-Texas)". */
        final Set<String> states = new LinkedHashSet<>();
        /** States of the federal offices of holdsOffice facts: only for a record. */
        final Set<String> factStates = new LinkedHashSet<>();
        /** Parties of words before the name ("Democratic Sen.") and of "(R-Texas)". */
        final Set<String> parties = new LinkedHashSet<>();
        /** Parties of memberOf facts: only for a record. */
        final Set<String> factParties = new LinkedHashSet<>();
    }

    private Map<Integer, Clues> clues(AnnotatedArticle article, List<Fact> facts) {
        Map<Integer, Clues> out = new HashMap<>();
        for (Mention m : article.mentions()) {
            if (m.type() != EntityType.PERSON || m.chain() < 0)
                continue;
            Clues c = out.computeIfAbsent(m.chain(), k -> new Clues());
            String title = m.attribute("title");
            if (title != null && FEDERAL.contains(title)) {
                c.offices.add(title);
                if ("former".equals(m.attribute("titleStatus")))
                    c.formerOffices.add(title);
                // "Texas Sen. Ted Cruz": the state of a federal title is the person's; a governor's would not be.
                if (m.attribute("titleJurisdiction") != null && !title.startsWith("us-president") && !title.startsWith("us-vice"))
                    c.states.add(m.attribute("titleJurisdiction"));
            }
            if (m.attribute("party") != null)
                c.parties.add(m.attribute("party"));
            if (m.form() == Mention.Form.NAME)
                partyCode(article.sentences().get(m.sentence()), m, c);
        }
        for (Fact f : facts) {
            if (f.subject().chain() < 0)
                continue;
            Clues c = out.computeIfAbsent(f.subject().chain(), k -> new Clues());
            if (f.relation() == Relation.HOLDS_OFFICE && FEDERAL.contains(f.object().value())) {
                c.factOffices.add(f.object().value());
                String place = f.object().attribute("jurisdiction");
                if (place != null && !f.object().value().startsWith("us-president") && !f.object().value().startsWith("us-vice"))
                    c.factStates.add(place);
            } else if (f.relation() == Relation.MEMBER_OF) {
                c.factParties.add(f.object().value());
            }
        }
        return out;
    }

    /** "Jones (D-Ala.)", "Franken, D-Minn.", "Sanders (I-Vt.)": party and state right after the name. */
    private void partyCode(AnnotatedSentence s, Mention m, Clues c) {
        int k = m.end();
        while (k < s.size() && k < m.end() + 2 && (s.token(k).equals("(") || s.token(k).equals(",")))
            k++;
        if (k >= s.size())
            return;
        Matcher code = CODE.matcher(s.token(k));
        if (!code.matches())
            return;
        String abbreviation = code.group(2);
        var state = gazetteers.state(abbreviation);
        if (state.isEmpty())
            state = gazetteers.state(abbreviation + ".");
        if (state.isEmpty())
            return;
        c.states.add(state.get().name());
        c.parties.add(code.group(1).equals("I") ? "independent" : gazetteers.partyByCode(code.group(1)).get().key());
    }

    /** A name as written, taken apart: its words (first name to surname), middle initials, a suffix. */
    private record Name(List<String> initials, List<String> words, String suffix) {
    }

    private static Name parse(String written) {
        List<String> initials = new ArrayList<>();
        String suffix = "";
        List<String> words = new ArrayList<>();
        for (String token : written.replaceAll("\\([^)]*\\)", " ").replace(",", " ").strip().split("\\s+")) {
            if (token.isEmpty() || token.codePoints().noneMatch(Character::isLetterOrDigit))
                continue;
            String bare = token.toLowerCase(Locale.ROOT).replace(".", "");
            if (SUFFIXES.contains(bare)) {
                suffix = bare;
            } else if (INITIALS.matcher(token).matches()) {
                for (String letter : token.split("\\."))
                    if (!letter.isEmpty())
                        initials.add(letter);
            } else {
                words.add(token);
            }
        }
        if (words.isEmpty())
            return null;
        return new Name(initials, words, suffix);
    }

    private Officeholder match(PersonChain chain, Clues clues, LocalDate date) {
        List<Name> names = new ArrayList<>();
        for (String written : chain.names())
            add(names, parse(written));
        for (String written : chain.aliases())
            add(names, parse(written));
        Map<Name, List<Officeholder>> fitting = new LinkedHashMap<>();
        boolean otherGiven = false;
        for (Name n : names) {
            List<Officeholder> fits = new ArrayList<>();
            for (Officeholder r : officeholders.withLastToken(Entity.slug(n.words().get(n.words().size() - 1)).replaceAll(".*-", "")))
                if (fits(n, r, chain.gender()))
                    fits.add(r);
            // "Multiple Trump" from a headline in title case: no first name and nobody's name, so no name at all.
            if (n.words().size() >= 2 && fits.isEmpty() && !forms.isFirstName(n.words().get(0))) {
                otherGiven = true;
                continue;
            }
            fitting.put(n, fits);
        }
        boolean full = fitting.keySet().stream().anyMatch(n -> n.words().size() >= 2);
        List<Officeholder> candidates = null;
        for (Map.Entry<Name, List<Officeholder>> e : fitting.entrySet()) {
            if (full && e.getKey().words().size() < 2)
                continue;
            List<Officeholder> fits = new ArrayList<>(e.getValue());
            // Every full name of the person must fit: a chain that took in "Donald Trump Jr." is no one record.
            if (candidates == null)
                candidates = fits;
            else
                candidates.retainAll(fits);
        }
        if (candidates == null)
            return null;
        candidates.removeIf(r -> date != null && r.service().stream().noneMatch(s -> !s.start().isAfter(date.plusDays(ELECT_DAYS))));
        if (candidates.isEmpty())
            return null;
        List<Score> scores = new ArrayList<>();
        for (Officeholder r : candidates)
            scores.add(score(r, clues, date));
        scores.sort(Comparator.comparingInt((Score s) -> -(s.agree - s.contra)).thenComparingInt(s -> -s.current));
        Score best = scores.get(0);
        if (best.contra > 0 && best.agree <= best.contra)
            return null;
        if (!full) {
            // A surname alone: only context names the person, so it must speak for one record and never against it; and
            // the article must not give the person a first name no record of that surname has ("former congressman Vin
            // Weber" is not Rep. Randy Weber). A president is the exception: news calls him by his surname, and a
            // relative of his the linker took in with it ("Ivanka Trump ... Mr. Trump") is no reason to lose him.
            if (best.agree == 0 || best.contra > 0 || otherGiven && !best.record().held("us-president"))
                return null;
        }
        if (scores.size() > 1) {
            Score second = scores.get(1);
            boolean better = best.agree - best.contra > second.agree - second.contra || best.current > second.current;
            if (!better || best.agree == 0)
                return null;
        }
        return best.record;
    }

    private static void add(List<Name> names, Name n) {
        if (n != null)
            names.add(n);
    }

    /** Whether a name as written can be the record's: surname, first name, middle initials, suffix and sex. */
    private boolean fits(Name n, Officeholder r, String gender) {
        List<String> written = new ArrayList<>();
        for (String w : n.words())
            written.add(Entity.slug(w));
        List<String> last = List.of(Entity.slug(r.last()).split("-"));
        String joined = String.join("-", written);
        String lastJoined = String.join("-", last);
        if (!joined.equals(lastJoined) && !joined.endsWith("-" + lastJoined))
            return false;
        int givenWords = written.size() - last.size();
        if (givenWords < 0)
            return false;
        if (givenWords > 0) {
            String first = written.get(0);
            boolean firstFits = forms.sameFirstName(first, Entity.slug(r.first()))
                    || !r.nickname().isEmpty() && forms.sameFirstName(first, Entity.slug(r.nickname()))
                    // The name news uses may start with another given name ("Mitt Romney", "Ben Ray Luján").
                    || forms.sameFirstName(first, Entity.slug(r.name().split("\\s+")[0]));
            if (!firstFits)
                return false;
        }
        if (!n.initials().isEmpty() && !r.middle().isEmpty()) {
            StringBuilder middle = new StringBuilder();
            for (String part : r.middle().split("[\\s.]+"))
                if (!part.isEmpty())
                    middle.append(Character.toUpperCase(part.charAt(0)));
            if (!middle.toString().equals(String.join("", n.initials()).toUpperCase(Locale.ROOT)))
                return false;
        }
        if (!n.suffix().isEmpty() && !n.suffix().equals(r.suffix().toLowerCase(Locale.ROOT).replace(".", "")))
            return false;
        // A sex the chain took from the same first name as the record's ("Lindsey") says nothing against it; without one,
        // the first name written says it ("Christie Smith" is not Chris Smith).
        String sex = gender != null ? gender : givenWords > 0 ? forms.genderOfFirstName(written.get(0)) : null;
        if (sex == null || r.sex().isEmpty() || sex.equals(forms.genderOfFirstName(r.first())))
            return true;
        return sex.equals("male") == r.sex().equals("M");
    }

    /** How far a record agrees with what the article says of the person. */
    private record Score(Officeholder record, int agree, int contra, int current) {
    }

    private static Score score(Officeholder r, Clues clues, LocalDate date) {
        int agree = 0;
        int contra = 0;
        int current = 0;
        Set<String> offices = new LinkedHashSet<>(clues.offices);
        offices.addAll(clues.factOffices);
        for (String office : offices) {
            if (r.held(office))
                agree++;
            else if (clues.offices.contains(office))
                contra++;
            // Between namesakes, the one who held the office then ("former": who had left it) is meant.
            boolean former = clues.formerOffices.contains(office);
            if (date != null && r.service().stream().anyMatch(s -> s.office().equals(office) && (former ? s.end().isBefore(date)
                    && r.service().stream().noneMatch(t -> t.office().equals(office) && t.covers(date))
                    : s.start().minusDays(ELECT_DAYS).isBefore(date) && s.end().plusDays(ELECT_DAYS).isAfter(date))))
                current++;
        }
        boolean hasState = r.service().stream().anyMatch(s -> s.state() != null);
        Set<String> states = new LinkedHashSet<>(clues.states);
        states.addAll(clues.factStates);
        for (String state : states) {
            if (!hasState)
                continue;
            if (r.service().stream().anyMatch(s -> state.equals(s.state())))
                agree++;
            else if (clues.states.contains(state))
                contra++;
        }
        Set<String> parties = new LinkedHashSet<>(clues.parties);
        parties.addAll(clues.factParties);
        for (String party : parties) {
            if (r.service().stream().anyMatch(s -> s.party().equals(party)))
                agree++;
            else if (clues.parties.contains(party))
                contra++;
        }
        return new Score(r, agree, contra, current);
    }
}
