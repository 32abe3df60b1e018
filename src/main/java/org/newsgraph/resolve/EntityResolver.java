package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import java.util.TreeSet;

import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Relation;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Gazetteers;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.MentionLinker;
import org.newsgraph.nlp.OfficeFinder;
import org.newsgraph.nlp.PersonChain;
import org.newsgraph.nlp.PresidentRecord;
import org.newsgraph.nlp.RaceFinder;

/**
 * Turns an analysed article and its facts into entities and resolved facts: one person per chain
 * (keyed by the canonical "First Last", labelled from the key alone, every name written as an alt label), offices, parties, races merged by office,
 * state and year, investigations merged by topic; facts deduplicated, self-relations dropped.
 * Stateless and thread-safe.
 */
public final class EntityResolver {
    private final Gazetteers gazetteers;
    private final PersonLabeler labeler;

    public EntityResolver(Gazetteers gazetteers) {
        this.gazetteers = Objects.requireNonNull(gazetteers, "gazetteers");
        this.labeler = new PersonLabeler(gazetteers);
    }

    public ResolvedArticle resolve(AnnotatedArticle article, List<Fact> facts) {
        Mentions mentions = new Mentions(article);
        Map<Integer, Entity> persons = mentions.persons;
        Map<Mention, Entity> others = mentions.others;
        Map<String, Entity> byKey = mentions.byKey;
        RaceGrouping races = mentions.races;

        Map<String, ResolvedFact> resolved = new LinkedHashMap<>();
        List<Fact> all = new ArrayList<>(facts);
        Seated seated = Seated.of(article, persons);
        all.addAll(impliedCandidacies(article, facts, races, seated));
        Set<Integer> hypothetical = hypotheticalMatchups(article, races);
        Set<Integer> foreign = foreignLeaders(all);
        Set<String> presidentsRivals = new HashSet<>();
        for (Fact f : all)
            if (f.relation() == Relation.RUNS_AGAINST) {
                if (seated.presidents().contains(f.subject().chain()))
                    presidentsRivals.add(f.sentence() + " " + f.object().chain());
                if (seated.presidents().contains(f.object().chain()))
                    presidentsRivals.add(f.sentence() + " " + f.subject().chain());
            }
        for (Fact f : all) {
            if (hypothetical.contains(f.sentence()) && (f.relation() == Relation.RUNS_AGAINST || f.relation() == Relation.CANDIDATE_IN))
                continue;
            if (f.relation() == Relation.CANDIDATE_IN && foreign.contains(f.subject().chain()) && f.object().attribute("jurisdiction") == null)
                continue;
            Entity subject = persons.get(f.subject().chain());
            Entity object = f.object().type() == EntityType.PERSON ? persons.get(f.object().chain()) : others.get(f.object());
            // An extractor may say more of an office than its mention did (the seat's state from a party code).
            if (object == null && f.object().type() == EntityType.OFFICE && office(f.object()) != null)
                object = merge(byKey, office(f.object()));
            if (subject == null || object == null)
                continue;
            if (object.type() != f.relation().range())
                continue;
            // A sitting president runs for no state's office, nor does one who runs against him in that sentence ("Romney
            // comes out ahead 45% to Obama's 43%" in an article whose main contest is Michigan's governorship).
            if (f.relation() == Relation.CANDIDATE_IN && object.attributes().get("office") != null && !"President".equals(object.attributes().get("office"))
                    && ofItsTime(object, article, f.sentence())
                    && (seated.presidents().contains(f.subject().chain()) || presidentsRivals.contains(f.sentence() + " " + f.subject().chain())))
                continue;
            // "leading Rep. Gary Peters, the Democratic candidate" in a round-up whose main contest is Massachusetts's: a
            // member of Congress the record seats for another state runs in that state.
            if (f.relation() == Relation.CANDIDATE_IN && seated.elsewhere(f.subject().chain(), object))
                continue;
            if (subject.type() == object.type() && subject.key().equals(object.key()))
                continue;
            if (f.relation().isSymmetric() && subject.key().compareTo(object.key()) > 0) {
                Entity swap = subject;
                subject = object;
                object = swap;
            }
            object = byKey.getOrDefault(object.type() + "/" + object.key(), object);
            if (f.relation() == Relation.HOLDS_OFFICE)
                object = chamberOnRecord(byKey, subject, object, f.object(), article.article().published());
            AnnotatedSentence s = article.sentences().get(f.sentence());
            Evidence evidence = new Evidence(s.index(), s.text(), s.start(), s.end());
            ResolvedFact candidate = heldAgainstRecord(new ResolvedFact(subject, f.relation(), object, evidence, f.confidence(),
                    qualifiers(f, object)), article.article().published());
            if (candidate == null)
                continue;
            String key = subject.key() + " " + f.relation().localName() + " " + object.type() + "/" + object.key();
            resolved.merge(key, candidate, EntityResolver::stronger);
        }
        List<Entity> entities = new ArrayList<>(persons.values());
        for (Entity e : byKey.values())
            entities.add(e);
        entities.sort(Comparator.comparing((Entity e) -> e.type().ordinal()).thenComparing(Entity::key));
        return new ResolvedArticle(article.article(), dedupe(entities), new ArrayList<>(resolved.values()),
                article.sentences().size(), article.tokenCount());
    }

    /**
     * The entity each mention of the article stands for: a person mention its chain's person, an office, party, race
     * or investigation mention the entity it resolves to. Mentions that resolve to nothing are absent.
     */
    public Map<Mention, Entity> entities(AnnotatedArticle article) {
        Mentions mentions = new Mentions(article);
        Map<Mention, Entity> out = new HashMap<>();
        for (Mention m : article.mentions()) {
            Entity e = m.type() == EntityType.PERSON ? mentions.persons.get(m.chain()) : mentions.others.get(m);
            if (e != null)
                out.put(m, mentions.byKey.getOrDefault(e.type() + "/" + e.key(), e));
        }
        return out;
    }

    /** The entities of one article's mentions: persons by chain, the others by mention, merged by key. */
    private final class Mentions {
        final Map<Integer, Entity> persons = new TreeMap<>();
        final Map<Mention, Entity> others = new HashMap<>();
        final Map<String, Entity> byKey = new LinkedHashMap<>();
        final RaceGrouping races;

        Mentions(AnnotatedArticle article) {
            for (PersonChain chain : article.chains())
                persons.put(chain.id(), person(chain));
            for (Mention m : article.mentions()) {
                Entity e = switch (m.type()) {
                    case OFFICE -> office(m);
                    case PARTY -> party(m);
                    default -> null;
                };
                if (e != null)
                    others.put(m, merge(byKey, e));
            }
            races = new RaceGrouping(article, dominantState(article));
            for (Mention m : article.mentions()) {
                if (m.type() == EntityType.RACE) {
                    Entity e = races.entityOf(m);
                    if (e != null)
                        others.put(m, merge(byKey, e));
                }
            }
            investigations(article).forEach((m, e) -> others.put(m, merge(byKey, e)));
        }
    }

    /*
     * Two people who run against each other, in a sentence that names no race, run in the race the article is
     * about ("McDaniel leads Sen. Thad Cochran by 2,000 votes" in an article on the Mississippi primary).
     */
    private List<Fact> impliedCandidacies(AnnotatedArticle article, List<Fact> facts, RaceGrouping races, Seated seated) {
        List<Fact> out = new ArrayList<>();
        Mention mainRace = races.mainRace();
        // In a round-up of several contests ("FL-Gov: ...", "WV-Sen: ...") a pair named without its contest may be in
        // any of them: only an article about one contest lends it.
        if (mainRace == null || !races.dominant())
            return out;
        Entity main = races.entityOf(mainRace);
        String mainKey = main.key();
        Set<Integer> withRace = new HashSet<>();
        // Someone the article puts in another contest ran against the other one there, not in the main race.
        Set<Integer> elsewhere = new HashSet<>();
        Set<Integer> inMain = new HashSet<>();
        for (Fact f : facts) {
            if (f.relation() != Relation.CANDIDATE_IN)
                continue;
            withRace.add(f.sentence());
            Entity race = races.entityOf(f.object());
            if (race != null && !race.key().equals(mainKey))
                elsewhere.add(f.subject().chain());
            else if (race != null)
                inMain.add(f.subject().chain());
        }
        // An incumbent the article also puts in the main contest runs there again.
        elsewhere.removeAll(inMain);
        for (Fact f : facts) {
            if (f.relation() != Relation.RUNS_AGAINST || withRace.contains(f.sentence()))
                continue;
            if (elsewhere.contains(f.subject().chain()) || elsewhere.contains(f.object().chain()))
                continue;
            // "In 2004, Bush beat Kerry", "In Montana, Daines defeated Curtis": another year's or state's contest.
            AnnotatedSentence s = article.sentences().get(f.sentence());
            Set<String> years = ElectionCalendar.yearsNamed(article, f.sentence());
            String year = main.attributes().get("year");
            if (year != null && !years.isEmpty() && !years.contains(year) || namesOtherState(article, s, main))
                continue;
            // "McConnell faces a challenge from tea party-backed Bevin" in an article whose main contest is Nevada's:
            // a member of Congress the record seats in another state runs there.
            if (seated.elsewhere(f.subject().chain(), main) || seated.elsewhere(f.object().chain(), main))
                continue;
            out.add(new Fact(f.subject(), Relation.CANDIDATE_IN, mainRace, f.sentence(), f.confidence() * 0.7));
            out.add(new Fact(f.object(), Relation.CANDIDATE_IN, mainRace, f.sentence(), f.confidence() * 0.7));
        }
        return out;
    }

    /**
     * Chains the article titles as another country's president or vice president ("France's President Emmanuel
     * Macron"): "his successful presidential campaign" was for that country's office, no race of this graph's.
     */
    private static Set<Integer> foreignLeaders(List<Fact> facts) {
        Set<Integer> out = new HashSet<>();
        for (Fact f : facts)
            if (f.relation() == Relation.HOLDS_OFFICE && f.object().attribute("country") != null)
                out.add(f.subject().chain());
        return out;
    }

    /**
     * True for a race of about the article's time: of its year or the two before, or of no year in a sentence that names
     * no earlier one ("in 2004 — as he ran for the U.S. Senate" is a president's past run).
     */
    private static boolean ofItsTime(Entity race, AnnotatedArticle article, int sentence) {
        LocalDate published = article.article().published();
        if (published == null)
            return false;
        String year = race.attributes().get("year");
        if (year != null)
            return Integer.parseInt(year) >= published.getYear() - 2;
        for (String named : ElectionCalendar.yearsNamed(article, sentence))
            if (Integer.parseInt(named) < published.getYear())
                return false;
        return true;
    }

    /**
     * What the record of federal office-holders says of the article's people on its date, read once per article: the
     * chains it has as President of the United States, and the states it seats each chain for in Congress.
     */
    private record Seated(Set<Integer> presidents, Map<Integer, Set<String>> congressStates) {
        static Seated of(AnnotatedArticle article, Map<Integer, Entity> persons) {
            LocalDate published = article.article().published();
            Set<Integer> presidents = new HashSet<>();
            Map<Integer, Set<String>> states = new HashMap<>();
            if (published == null)
                return new Seated(presidents, states);
            for (Map.Entry<Integer, Entity> e : persons.entrySet())
                for (Officeholder.Service service : servingOn(e.getValue().label(), published))
                    if (service.office().equals("us-president"))
                        presidents.add(e.getKey());
            for (PersonChain chain : article.chains())
                for (String name : chain.names())
                    for (Officeholder.Service service : servingOn(name, published))
                        if ((service.office().equals("us-senator") || service.office().equals("us-representative")) && service.state() != null)
                            states.computeIfAbsent(chain.id(), k -> new HashSet<>()).add(service.state());
            return new Seated(presidents, states);
        }

        /** True when the record seats the chain in Congress for a state other than the Senate, House or governor's race's. */
        boolean elsewhere(int chain, Entity race) {
            String state = race.attributes().get("jurisdiction");
            String office = race.attributes().get("office");
            if (state == null || !("U.S. Senate".equals(office) || "U.S. House".equals(office) || "Governor".equals(office)))
                return false;
            for (String seat : congressStates.getOrDefault(chain, Set.of()))
                if (!seat.equals(state))
                    return true;
            return false;
        }
    }

    private static final Set<String> POLL_WORDS = Set.of("poll", "polls", "polling", "pollster", "survey", "surveys", "surveyed");

    /**
     * Sentences of polls pitting one person against another for a presidency two or more years off ("The latest poll
     * out of Iowa has Hillary Clinton beating Marco Rubio" in May 2013): a hypothetical matchup, no contest and no
     * candidacy. Told by the article's main contest, a presidential one whose year is at least two after the article's.
     */
    private static Set<Integer> hypotheticalMatchups(AnnotatedArticle article, RaceGrouping races) {
        LocalDate published = article.article().published();
        Mention main = races.mainRace();
        Entity race = main == null ? null : races.entityOf(main);
        String year = race == null ? null : race.attributes().get("year");
        if (published == null || year == null || !"President".equals(race.attributes().get("office"))
                || Integer.parseInt(year) - published.getYear() < 2)
            return Set.of();
        Set<Integer> out = new HashSet<>();
        for (AnnotatedSentence s : article.sentences())
            if (poll(s))
                out.add(s.index());
        return out;
    }

    private static boolean poll(AnnotatedSentence s) {
        for (String t : s.tokens())
            if (POLL_WORDS.contains(t.toLowerCase(Locale.ROOT)))
                return true;
        return false;
    }

    /** True when the sentence names a state and the contest is another state's. */
    private boolean namesOtherState(AnnotatedArticle article, AnnotatedSentence s, Entity race) {
        String own = race.attributes().get("jurisdiction");
        if (own == null)
            return false;
        for (int i = 0; i < s.size(); i++) {
            String t = s.token(i);
            var state = gazetteers.state(t);
            if (state.isEmpty() && i > 0)
                state = gazetteers.state(s.token(i - 1) + " " + t);
            if (state.isPresent() && Character.isUpperCase(t.charAt(0)) && t.length() > 3 && !t.equals("Washington")
                    && !state.get().name().equals(own) && !inPerson(article, s, i))
                return true;
        }
        return false;
    }

    /** True when token {@code i} is part of a person's name ("Virginia Madueño"). */
    private static boolean inPerson(AnnotatedArticle article, AnnotatedSentence s, int i) {
        for (Mention m : article.mentionsIn(s.index()))
            if (m.type() == EntityType.PERSON && m.start() <= i && i < m.end())
                return true;
        return false;
    }

    /** Words that follow a place in a newspaper's name ("The New York Times", "Arizona Republic"). */
    private static final Set<String> MASTHEAD_WORDS = Set.of("Times", "Post", "Journal", "Tribune", "Herald", "Examiner",
            "Republic", "Observer", "Globe", "Star", "Sun", "Daily", "Magazine", "Review", "Gazette", "Chronicle");

    /** The state most of the article's state names are ("Florida" in an article on a Florida race), or null. */
    private String dominantState(AnnotatedArticle article) {
        Map<String, Integer> counts = new TreeMap<>();
        int total = 0;
        for (AnnotatedSentence s : article.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String t = s.token(i);
                // "Washington" is the capital (a dateline, "in Washington") far more often than the state, and "the
                // Arizona Republic" a paper.
                var state = gazetteers.state(t);
                boolean paper = i + 1 < s.size() && MASTHEAD_WORDS.contains(s.token(i + 1));
                if (state.isPresent() && Character.isUpperCase(t.charAt(0)) && t.length() > 4 && !t.equalsIgnoreCase("Washington")
                        && !paper) {
                    counts.merge(state.get().name(), 1, Integer::sum);
                    total++;
                }
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet())
            if (e.getValue() >= 3 && e.getValue() * 2 > total)
                return e.getKey();
        return null;
    }

    private static List<Entity> dedupe(List<Entity> entities) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Entity e : entities)
            out.merge(e.type() + "/" + e.key(), e, EntityResolver::union);
        return new ArrayList<>(out.values());
    }

    private static Entity merge(Map<String, Entity> byKey, Entity e) {
        return byKey.merge(e.type() + "/" + e.key(), e, EntityResolver::union);
    }

    private static Entity union(Entity a, Entity b) {
        Set<String> alt = new LinkedHashSet<>(a.altLabels());
        alt.addAll(b.altLabels());
        alt.remove(a.label());
        Map<String, String> attributes = new TreeMap<>(b.attributes());
        attributes.putAll(a.attributes());
        return new Entity(a.type(), a.key(), a.label(), alt, attributes);
    }

    /** Keeps the more confident statement; ties go to the earlier sentence. "former" from any sentence wins. */
    private static ResolvedFact stronger(ResolvedFact a, ResolvedFact b) {
        ResolvedFact best = b.confidence() > a.confidence() ? b : a;
        Map<String, String> q = new TreeMap<>(best.qualifiers());
        if ("former".equals(a.qualifiers().get("officeStatus")) || "former".equals(b.qualifiers().get("officeStatus")))
            q.put("officeStatus", "former");
        for (String date : List.of("startDate", "endDate", "jurisdiction"))
            for (ResolvedFact f : List.of(a, b))
                if (f.qualifiers().containsKey(date))
                    q.putIfAbsent(date, f.qualifiers().get(date));
        double confidence = Math.min(1.0, Math.max(a.confidence(), b.confidence()) + 0.05);
        return new ResolvedFact(best.subject(), best.relation(), best.object(), best.evidence(), confidence, q);
    }

    /*
     * The label comes from the key, not from this article's spelling: articles spell one person differently
     * ("Raúl"/"Raul", "O’Rourke"/"O'Rourke", a name that took the sentence's full stop), and a label per
     * article would give the person several labels in the union graph.
     */
    Entity person(PersonChain chain) {
        String canonical = canonicalName(chain);
        String key = Entity.slug(canonical);
        String label = labeler.label(key);
        Set<String> alt = new LinkedHashSet<>();
        alt.add(surface(canonical));
        for (String name : chain.names())
            alt.add(surface(name));
        for (String alias : chain.aliases()) {
            alt.add(surface(alias));
            alt.add(surface(alias.replaceAll("\\s*\\([^)]*\\)", "")));
        }
        alt.remove(label);
        alt.remove("");
        return new Entity(EntityType.PERSON, key, label, alt, Map.of());
    }

    /** A name as written, without the sentence's full stop or a stray closing quote ("Trump.", "Pelosi’"). */
    static String surface(String name) {
        String s = name.strip();
        // A final "." after a lower-case letter ends the sentence; "Jr." and "Sr." keep theirs.
        if (s.endsWith(".") && !s.matches("(?s).*\\b(?i:jr|sr|st)\\.$") && s.length() > 1
                && Character.isLowerCase(s.charAt(s.length() - 2)))
            s = s.substring(0, s.length() - 1);
        if (s.endsWith("’") || s.endsWith("'"))
            s = s.substring(0, s.length() - 1);
        return s.strip();
    }

    /**
     * "First Last": the shortest full name written in the body, else a hover-card's full name reduced to
     * its common first name (the nickname in brackets) and surname, else the surname alone.
     */
    String canonicalName(PersonChain chain) {
        // "Donald Trump Jr.": the linker keeps a son named after his father apart, and so does his key.
        String generation = chain.names().isEmpty() ? null : MentionLinker.generation(chain.names().get(0));
        String name = nameWithoutGeneration(chain);
        return generation == null ? name : name + (generation.equals("jr") ? " Jr." : " Sr.");
    }

    private String nameWithoutGeneration(PersonChain chain) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : chain.names()) {
            List<String> core = core(name);
            if (core.size() >= 2)
                counts.merge(String.join(" ", core), 1, Integer::sum);
        }
        if (!counts.isEmpty()) {
            return counts.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().split(" ").length)
                            .thenComparing(e -> -e.getValue()))
                    .get().getKey();
        }
        String surname = null;
        for (String name : chain.names()) {
            List<String> core = core(name);
            if (!core.isEmpty())
                surname = core.get(core.size() - 1);
            if (surname != null)
                break;
        }
        for (String alias : chain.aliases()) {
            java.util.regex.Matcher nick = java.util.regex.Pattern.compile("\\((\\p{Lu}[\\p{L}.]*)\\)").matcher(alias);
            List<String> core = core(alias);
            if (core.isEmpty())
                continue;
            String first = nick.find() ? nick.group(1) : core.get(0);
            String last = surname != null ? surname : core.get(core.size() - 1);
            return first + " " + last;
        }
        return surname != null ? surname : chain.names().get(0);
    }

    private static List<String> core(String name) {
        List<String> out = new ArrayList<>();
        for (String t : name.replaceAll("\\([^)]*\\)", " ").split("\\s+")) {
            if (t.isEmpty() || t.matches("\\p{Lu}\\.") || t.matches("(?i)jr\\.?|sr\\.?|ii|iii|iv"))
                continue;
            out.add(t.replaceAll(",$", ""));
        }
        return out;
    }

    /**
     * Federal offices whose seats are the states': one office ("U.S. Senator"), the seat's state said on the holding
     * (ng:jurisdiction on its statement), so that every senator is found under one office node.
     */
    private static final Set<String> STATE_SEATS = Set.of("us-senator", "us-representative");
    /** Offices of a state's own government ("Governor of Georgia"). */
    private static final Set<String> STATE_OFFICES = Set.of("governor", "lieutenant-governor", "state-attorney-general",
            "state-senator", "state-representative", "secretary-of-state");
    /** Offices of the federal government, whose jurisdiction is the United States without saying so. */
    private static final Set<String> FEDERAL = Set.of("us-president", "us-vice-president", "us-attorney-general",
            "us-deputy-attorney-general", "us-associate-attorney-general", "special-counsel", "independent-counsel",
            "fbi-director", "cia-director", "house-speaker", "senate-majority-leader", "senate-minority-leader",
            "house-majority-leader", "house-minority-leader", "senate-majority-whip", "senate-minority-whip", "house-majority-whip",
            "house-minority-whip", "chief-justice", "justice", "secretary-of-state",
            "us-senator", "us-representative", "us-secretary-of-defense", "us-secretary-of-the-treasury",
            "us-secretary-of-the-interior", "us-secretary-of-homeland-security", "us-secretary-of-commerce", "us-secretary-of-labor",
            "us-secretary-of-energy", "us-secretary-of-education", "us-secretary-of-agriculture",
            "us-secretary-of-health-and-human-services", "us-secretary-of-transportation",
            "us-secretary-of-housing-and-urban-development", "us-secretary-of-veterans-affairs", "white-house-counsel",
            "director-of-national-intelligence", "epa-administrator");

    /**
     * An office with its jurisdiction: a head of state of another country holds that country's office ("President
     * of Russia"), a governor a state's governorship; federal offices, a senator's and a representative's too, are
     * the United States' (the seat's state is the holding's, see {@link #qualifiers}). Where the text names no place,
     * the office keeps its plain name.
     */
    private Entity office(Mention m) {
        Gazetteers.Office office = gazetteers.officeByKey(m.value()).orElse(null);
        if (office == null)
            return null;
        Map<String, String> attributes = new TreeMap<>();
        String country = m.attribute("country");
        String state = m.attribute("jurisdiction");
        String label = office.label();
        if (country != null && PresidentRecord.covers(office.key())) {
            label = (office.key().equals("us-president") ? "President" : "Vice President") + " of " + country;
            attributes.put("jurisdiction", country);
        } else if (state != null && STATE_OFFICES.contains(office.key())) {
            label = office.label() + " of " + state;
            attributes.put("jurisdiction", state);
        } else if (FEDERAL.contains(office.key())) {
            attributes.put("jurisdiction", "United States");
        } else if (m.attribute(OfficeFinder.COMMITTEE) != null) {
            // One office per committee: the chair of the Senate Judiciary Committee is not the chair of any other.
            label = m.attribute(OfficeFinder.COMMITTEE) + " Chair";
            attributes.put("jurisdiction", "United States");
        }
        String key = label.equals(office.label()) ? office.key() : Entity.slug(label);
        return new Entity(EntityType.OFFICE, key, label, Set.of(), attributes);
    }

    /** The House's counterpart of each Senate leadership office a title names without its chamber. */
    private static final Map<String, String> HOUSE_COUNTERPARTS = Map.of("senate-majority-leader", "house-majority-leader",
            "senate-minority-leader", "house-minority-leader", "senate-majority-whip", "house-majority-whip",
            "senate-minority-whip", "house-minority-whip");

    /**
     * "Majority Leader Kevin McCarthy", "Minority Whip Steny Hoyer": a leadership title without its chamber is the
     * Senate's for a senator only. When the record of federal office-holders has the holder in the House on the
     * article's date, and not in the Senate, the office is the House's; in an undated article, when it has them in the
     * House and never in the Senate.
     */
    private Entity chamberOnRecord(Map<String, Entity> byKey, Entity person, Entity office, Mention title, LocalDate published) {
        String house = HOUSE_COUNTERPARTS.get(office.key());
        if (house == null || title.text().toLowerCase(Locale.ROOT).contains("senate"))
            return office;
        List<Officeholder.Service> seats = servingOn(person.label(), published);
        if (seats.stream().noneMatch(seat -> seat.office().equals("us-representative"))
                || seats.stream().anyMatch(seat -> seat.office().equals("us-senator")))
            return office;
        Gazetteers.Office counterpart = gazetteers.officeByKey(house).orElseThrow();
        return merge(byKey, new Entity(EntityType.OFFICE, counterpart.key(), counterpart.label(), Set.of(),
                Map.of("jurisdiction", "United States")));
    }

    /** The record's spans of service, of anyone of this name, that cover the date (all of them for no date). */
    private static List<Officeholder.Service> servingOn(String name, LocalDate date) {
        List<Officeholder.Service> out = new ArrayList<>();
        for (Officeholder h : Officeholders.load().withNameKey(Entity.slug(name)))
            for (Officeholder.Service service : h.service())
                if (date == null || service.covers(date))
                    out.add(service);
        return out;
    }

    /** The fact's qualifiers, with the state of a senator's or representative's seat where the text says it. */
    private static Map<String, String> qualifiers(Fact f, Entity office) {
        String state = f.object().attribute("jurisdiction");
        if (f.relation() != Relation.HOLDS_OFFICE || state == null || !STATE_SEATS.contains(office.key()))
            return f.qualifiers();
        Map<String, String> q = new TreeMap<>(f.qualifiers());
        q.put("jurisdiction", state);
        return q;
    }

    /**
     * A U.S. presidency or vice presidency held against the record: the holder must be one of the office's holders
     * (surname, and first name where the text gives one), or the fact is dropped ("President Clinton" read into
     * Hillary Clinton's chain, "President Putin" without a country); with the article's date, the record says
     * whether the holding is current or former, and a holding that starts after the date is dropped.
     */
    private ResolvedFact heldAgainstRecord(ResolvedFact f, LocalDate published) {
        String officeKey = f.object().key();
        if (f.relation() != Relation.HOLDS_OFFICE || !PresidentRecord.covers(officeKey))
            return f;
        List<String> names = List.of(f.subject().label().split(" "));
        String surname = names.get(names.size() - 1);
        List<PresidentRecord.Term> terms = new ArrayList<>();
        for (PresidentRecord.Term t : gazetteers.presidents().termsOf(officeKey, surname))
            if (names.size() < 2 || gazetteers.sameFirstName(names.get(0), t.first()) || !t.nickname().isEmpty()
                    && gazetteers.sameFirstName(names.get(0), t.nickname()))
                terms.add(t);
        if (terms.isEmpty())
            return null;
        if (published == null)
            return f;
        boolean current = terms.stream().anyMatch(t -> !published.isBefore(t.start()) && published.isBefore(t.end()));
        boolean before = terms.stream().allMatch(t -> published.isBefore(t.start()));
        if (before)
            return null;
        Map<String, String> q = new TreeMap<>(f.qualifiers());
        q.put("officeStatus", current ? "current" : "former");
        return new ResolvedFact(f.subject(), f.relation(), f.object(), f.evidence(), f.confidence(), q);
    }

    private Entity party(Mention m) {
        for (String form : List.of("republican", "democratic", "libertarian", "green party")) {
            var party = gazetteers.party(form);
            if (party.isPresent() && party.get().key().equals(m.value())) {
                Set<String> alt = new LinkedHashSet<>();
                if (m.value().equals("republican-party"))
                    alt.add("GOP");
                return new Entity(EntityType.PARTY, party.get().key(), party.get().label(), alt, Map.of());
            }
        }
        return null;
    }

    /** Investigations grouped by topic; bare ones and ones named after a person join the main place topic. */
    private static Map<Mention, Entity> investigations(AnnotatedArticle article) {
        Map<String, Integer> placeCounts = new TreeMap<>();
        Map<String, Integer> allCounts = new TreeMap<>();
        for (Mention m : article.mentions()) {
            if (m.type() != EntityType.INVESTIGATION || m.value().isEmpty())
                continue;
            allCounts.merge(m.value(), 1, Integer::sum);
            if (isPlace(m.value()))
                placeCounts.merge(m.value(), 1, Integer::sum);
        }
        String main = best(placeCounts);
        if (main == null)
            main = best(allCounts);
        Map<Mention, Entity> out = new HashMap<>();
        for (Mention m : article.mentions()) {
            if (m.type() != EntityType.INVESTIGATION)
                continue;
            String topic = m.value();
            String head = m.attribute("head") == null ? "investigation" : m.attribute("head");
            boolean probe = Set.of("probe", "probes", "investigation", "investigations", "inquiry", "inquiries").contains(head);
            if (probe && (topic.isEmpty() || main != null && !isPlace(topic) && isPlace(main)))
                topic = main;
            if (topic == null || topic.isEmpty())
                continue;
            String label = topic + " " + (probe ? "investigation" : head.endsWith("s") && !head.equals("proceedings") ? head.substring(0, head.length() - 1) : head);
            out.put(m, new Entity(EntityType.INVESTIGATION, Entity.slug(label), label, Set.of(m.text()), Map.of()));
        }
        return out;
    }

    private static boolean isPlace(String topic) {
        return Set.of("Russia", "China", "Ukraine", "Iran", "Saudi Arabia", "Mexico", "Benghazi", "Israel", "Syria", "North Korea")
                .contains(topic);
    }

    private static String best(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static final Set<String> BARE_NOT_MAIN = Set.of("campaign", "bid", "candidacy", "election", "elections",
            "reelection", "re-election");

    /** Races of one article: mentions grouped by office, state and year, with missing parts filled in when unambiguous. */
    private final class RaceGrouping {
        private final Map<Mention, Map<String, String>> filled = new HashMap<>();
        /** Attributes a mention gets from outside its own words (the office of a re-election's candidate). */
        private final Map<Mention, Map<String, String>> completed = new HashMap<>();
        private final LocalDate published;

        private final String dominantState;
        /** The first mention of the article's main contest, or null. */
        private Mention mainRace;
        private boolean dominant;
        /** The headline and the first sentences, where an article says what it is about. */
        private static final int LEAD_SENTENCES = 3;
        /** Bare mentions of the main contest that name a state of their own: dated as the main contest is. */
        private final Set<Map<String, String>> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        RaceGrouping(AnnotatedArticle article, String dominantState) {
            this.published = article.article().published();
            this.dominantState = dominantState;
            List<Mention> races = new ArrayList<>();
            for (Mention m : article.mentions())
                if (m.type() == EntityType.RACE)
                    races.add(m);
            races.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
            reelectionOffices(article, races);
            fillPlaces(races);
            fillYears();
            Map<String, String> main = mainContest(races, false);
            // "Florida Rep. Ron DeSantis, the GOP nominee for governor", opening the article, may be the only mention that
            // names the contest.
            if (main == null)
                main = mainContest(races, true);
            String mainGroup = main == null ? null : groupKey(main);
            if (main != null)
                fillBareMentions(races, main);
            // Its first mention that names the contest, as mainContest counts them: "Republicans presidential nominee Mitt
            // Romney struggled last fall" opening a 2013 article on the 2016 contest is of another.
            for (Mention m : races)
                if (mainRace == null && filled.get(m) != null && mainGroup != null && groupKey(filled.get(m)).equals(mainGroup)
                        && !m.value().equals("candidate"))
                    mainRace = m;
            for (Mention m : races)
                if (mainRace == null && filled.get(m) != null && mainGroup != null && groupKey(filled.get(m)).equals(mainGroup))
                    mainRace = m;
            if (published != null && mainGroup != null) {
                for (Map<String, String> a : filled.values())
                    if (a.get("year") == null && (groupKey(a).equals(mainGroup) || placed.contains(a)))
                        dateByArticle(a);
            }
            yearsOfTheirSentences(article, races);
            pastRunsUndated(article, races);
            recordReelections(article, races);
            if (main != null)
                specialOfItsYear(races, main);
            filled.values().forEach(ElectionCalendar::fit);
        }

        /**
         * "Democratic candidate Doug Jones ... ahead of the Dec. 12 special election" in a 2017 article: a contest that
         * the article calls a special election somewhere is special wherever the article names it, so it keeps its odd
         * year instead of moving to the next regular election.
         */
        private void specialOfItsYear(List<Mention> races, Map<String, String> main) {
            Set<String> special = new HashSet<>();
            for (Mention m : races) {
                if (!"special".equals(m.attribute("stage")))
                    continue;
                // "the Dec. 12 special election", bare, is the main contest's.
                Map<String, String> a = filled.get(m);
                if (a == null && m.attribute("office") == null && m.attribute("jurisdiction") == null)
                    a = main;
                // Congress fills its empty seats by special elections; a president or governor is succeeded.
                if (a != null && ("U.S. Senate".equals(a.get("office")) || "U.S. House".equals(a.get("office"))))
                    special.add(seat(a));
            }
            for (Map<String, String> a : filled.values())
                if (a.get("stage") == null && "true".equals(a.get(ElectionCalendar.YEAR_FROM_DATE)) && special.contains(seat(a)))
                    a.put("stage", "special");
        }

        /** Gives a contest the article's year, marked as the date's, for the election calendar to fit. */
        private void dateByArticle(Map<String, String> a) {
            a.put("year", Integer.toString(published.getYear()));
            a.put(ElectionCalendar.YEAR_FROM_DATE, "true");
        }

        /** Office and place of a contest, whatever its year. */
        private static String seat(Map<String, String> a) {
            return a.get("office") + "|" + a.get("jurisdiction");
        }

        /**
         * Words that put a run in the past: "former presidential candidate", "a two-time candidate", "failed bid"; and
         * "ran for" before an office.
         */
        private static final Set<String> PAST_RUNS = Set.of("former", "onetime", "one-time", "erstwhile", "failed",
                "unsuccessful", "previous", "past", "then-candidate");

        /**
         * "Fox hired former Democratic presidential candidate Dennis Kucinich", "Kucinich, a two-time presidential
         * candidate": a run of the past whose year the words do not give is no run in the article's contest of its year;
         * it keeps its office and place, without a year.
         */
        private void pastRunsUndated(AnnotatedArticle article, List<Mention> races) {
            for (Mention m : races) {
                Map<String, String> a = filled.get(m);
                if (a == null || a.get("year") == null || m.attribute("year") != null)
                    continue;
                AnnotatedSentence s = article.sentences().get(m.sentence());
                // "former Democratic presidential nominee Hillary Clinton in 2016": the sentence dates the run.
                if (ElectionCalendar.yearsNamed(article, m.sentence()).contains(a.get("year")))
                    continue;
                String first = s.token(m.start()).toLowerCase(Locale.ROOT);
                // "John Kerry ran for president and his wife never released her tax returns": a run told in the past.
                boolean before = m.start() > 0 && (PAST_RUNS.contains(s.token(m.start() - 1).toLowerCase(Locale.ROOT))
                        || m.value().equals("for") && s.token(m.start() - 1).equalsIgnoreCase("ran"));
                boolean times = m.start() + 2 < m.end() && s.token(m.start() + 2).equalsIgnoreCase("time")
                        && !s.token(m.start()).equalsIgnoreCase("first");
                if (PAST_RUNS.contains(first) || before || times || first.endsWith("-time") && !first.equals("first-time")) {
                    Map<String, String> undated = new TreeMap<>(a);
                    undated.remove("year");
                    undated.remove(ElectionCalendar.YEAR_FROM_DATE);
                    filled.put(m, undated);
                }
            }
        }

        /** Words before a re-election that tell of its outcome, so of the seat's last election: "narrowly won reelection". */
        private static final Set<String> PAST_OUTCOMES = Set.of("won", "lost", "secured", "clinched", "survived");

        /*
         * "Rep. Jim Cooper, a Democrat who's running for re-election", "Sen. Claire McCaskill, the Missouri Democrat who
         * is seeking re-election": a member of Congress named in full before a re-election the article leaves without
         * state or year runs for their seat in its next regular election, as the record of federal office-holders tells
         * both: the one state in which a holder of that name sat in that chamber at the article's date, and the seat's
         * next election (a House seat's next even year; a Senate seat's year of its class, every six years). Done last,
         * so that these races place no other mention of the article.
         */
        private void recordReelections(AnnotatedArticle article, List<Mention> races) {
            if (published == null)
                return;
            for (Mention m : races) {
                Map<String, String> known = filled.get(m);
                if (known != null && known.get("jurisdiction") != null && known.get("year") != null || !isReelection(m))
                    continue;
                Mention candidate = lastPersonBefore(article, m);
                if (candidate == null || candidate.form() != Mention.Form.NAME || !candidate.value().contains(" "))
                    continue;
                String office = known != null && known.get("office") != null ? known.get("office") : m.attribute("office");
                if (office == null && candidate.attribute("title") != null)
                    office = RaceFinder.officeOfTitle(candidate.attribute("title"));
                String key = "U.S. Senate".equals(office) ? "us-senator" : "U.S. House".equals(office) ? "us-representative" : null;
                if (key == null)
                    continue;
                List<Officeholder.Service> seats = servingOn(candidate.value(), published).stream()
                        .filter(service -> service.office().equals(key) && service.state() != null).toList();
                if (seats.size() != 1)
                    continue;
                Map<String, String> a = new TreeMap<>(m.attributes());
                a.put("office", office);
                a.put("jurisdiction", seats.get(0).state());
                a.putIfAbsent("year", Integer.toString(seatElection(seats.get(0), pastOutcome(article, m))));
                filled.put(m, a);
            }
        }

        /**
         * The year of the seat's next regular election after the article's date, or of its last one: a House seat's
         * every even year; a Senate seat's every six years from the year before its holder's span ends (a term ends on
         * January 3 after its election, and consecutive terms of a seat are one span).
         */
        private int seatElection(Officeholder.Service seat, boolean last) {
            boolean house = seat.office().equals("us-representative");
            int cycle = house ? 2 : 6;
            int classYear = house ? 2000 : seat.end().getYear() - 1;
            int y = published.getYear();
            int next = y + Math.floorMod(classYear - y, cycle);
            if (next == y && published.getMonthValue() >= 11)
                next += cycle;
            return last ? next - cycle : next;
        }

        /** "who narrowly won reelection": an outcome told in the three words before the race. */
        private static boolean pastOutcome(AnnotatedArticle article, Mention race) {
            AnnotatedSentence s = article.sentences().get(race.sentence());
            for (int k = Math.max(0, race.start() - 3); k < race.start(); k++)
                if (PAST_OUTCOMES.contains(s.token(k).toLowerCase(Locale.ROOT)))
                    return true;
            return false;
        }

        private static boolean isReelection(Mention race) {
            return !"true".equals(race.attribute("plural")) && (race.value().equals("reelection") || race.value().equals("re-election"));
        }

        /** The person named last before the mention in its sentence (a linked one), or null. */
        private static Mention lastPersonBefore(AnnotatedArticle article, Mention m) {
            Mention last = null;
            for (Mention p : article.mentionsIn(m.sentence()))
                if (p.type() == EntityType.PERSON && p.chain() >= 0 && p.end() <= m.start())
                    last = p;
            return last;
        }

        /*
         * "In 2004, George W. Bush beat John Kerry", "Mondale led Hart in the polls in 1984", "a Democratic debate in
         * 2007": a race that got its year from the rest of the article (its main contest, its date) is of the year its
         * own sentence names, when that sentence names one and not the one given; of several, it stays unresolved. The
         * article's main contest keeps its year: its first mention is what the article is about.
         */
        private void yearsOfTheirSentences(AnnotatedArticle article, List<Mention> races) {
            for (Mention m : races) {
                Map<String, String> a = filled.get(m);
                if (a == null || a.get("year") == null || m.attribute("year") != null || m == mainRace)
                    continue;
                Set<String> named = ElectionCalendar.yearsNamed(article, m.sentence());
                // "Romney's candidacy for the U.S. Senate, after the 2012 GOP presidential nominee announced": that year
                // is the other contest's.
                for (Mention other : races)
                    if (other.sentence() == m.sentence() && other.attribute("year") != null && other.attribute("office") != null
                            && !other.attribute("office").equals(a.get("office")))
                        named.remove(other.attribute("year"));
                if (named.isEmpty() || named.contains(a.get("year")))
                    continue;
                String year = named.size() == 1 ? named.iterator().next() : null;
                // "a House candidate's upset ... on the agency, formed in 2003": a year no such contest is held in is
                // another event's.
                if (year != null && a.get("office") != null && !"President".equals(a.get("office"))
                        && !"special".equals(a.get("stage")) && !ElectionCalendar.allowed(a.get("office"), a.get("jurisdiction"), Integer.parseInt(year)))
                    continue;
                // "from 2013 to Trump's presidential campaign": a year after one presidential election or before the
                // campaign year of the next does not say which.
                if (year != null && !("President".equals(a.get("office")) && !ElectionCalendar.datesPresidential(Integer.parseInt(year)))) {
                    a.put("year", year);
                    a.remove(ElectionCalendar.YEAR_FROM_DATE);
                } else {
                    filled.remove(m);
                }
            }
        }

        /*
         * "Sen. Kelly Ayotte ... running for re-election": a re-election is for the office its candidate holds, in the
         * candidate's state; the candidate is the person named last before it in the sentence, whose title says the
         * office and whose title or party code ("Rep. John Conyers, D-Mich.") says the state. Without the state it
         * stays unresolved: two districts' re-elections must not become one race.
         */
        private void reelectionOffices(AnnotatedArticle article, List<Mention> races) {
            for (Mention m : races) {
                if (m.attribute("office") != null || !isReelection(m))
                    continue;
                Mention candidate = lastPersonBefore(article, m);
                if (candidate == null)
                    continue;
                String office = null;
                String state = null;
                for (Mention p : article.mentions()) {
                    if (p.type() != EntityType.PERSON || p.chain() != candidate.chain())
                        continue;
                    if (office == null && p.attribute("title") != null)
                        office = RaceFinder.officeOfTitle(p.attribute("title"));
                    if (state == null)
                        state = p.attribute("titleJurisdiction") != null ? p.attribute("titleJurisdiction")
                                : partyCodeState(article.sentences().get(p.sentence()), p.end());
                }
                if (office == null || state == null)
                    continue;
                Map<String, String> a = new TreeMap<>(m.attributes());
                a.put("office", office);
                a.put("jurisdiction", state);
                completed.put(m, a);
            }
        }

        /** The state of a party code right after a name: "John Conyers, D-Mich.", "Rand Paul (R-Ky.)". */
        private String partyCodeState(AnnotatedSentence s, int after) {
            for (int k = after; k < Math.min(s.size(), after + 3); k++) {
                String t = s.token(k);
                if (t.length() > 2 && "DRI".indexOf(t.charAt(0)) >= 0 && (t.charAt(1) == '-' || t.charAt(1) == '–'))
                    return gazetteers.state(t.substring(2)).map(Gazetteers.State::name).orElse(null);
                if (!t.equals(",") && !t.equals("("))
                    return null;
            }
            return null;
        }

        /*
         * A race without a state takes the state its sentence names, else the article's state, else the only one
         * the article gives that office. Races with an office or a year (and not "primaries") are filled in.
         */
        private void fillPlaces(List<Mention> races) {
            Map<String, Set<String>> jurisdictions = new HashMap<>();
            for (Mention m : races) {
                String office = m.attribute("office");
                if (office != null && m.attribute("jurisdiction") != null)
                    jurisdictions.computeIfAbsent(office, k -> new LinkedHashSet<>()).add(m.attribute("jurisdiction"));
            }
            for (Mention m : races) {
                Map<String, String> a = new TreeMap<>(completed.getOrDefault(m, m.attributes()));
                ElectionCalendar.presidentialByYear(m.value(), a);
                String office = a.get("office");
                // "Senate: Democrat Dan Ahlers faces Republican Sen. Mike Rounds" in a round-up of many states: the line's
                // state is its section heading's, which the cleaned text no longer has, so none but its own.
                boolean label = a.remove(RaceFinder.ROUND_UP_LABEL) != null;
                // A round-up lists the coming contests: of the article's cycle.
                if (label && published != null && a.get("year") == null)
                    dateByArticle(a);
                // A mayor's race is a city's: no state stands for it ("New York votes for mayor" in an article on Virginia).
                if (!label && office != null && !office.equals("President") && !office.equals("Mayor") && a.get("jurisdiction") == null) {
                    Set<String> js = jurisdictions.getOrDefault(office, Set.of());
                    if (a.get("sentenceState") != null)
                        a.put("jurisdiction", a.get("sentenceState"));
                    else if (dominantState != null)
                        a.put("jurisdiction", dominantState);
                    else if (js.size() == 1)
                        a.put("jurisdiction", js.iterator().next());
                }
                a.remove("sentenceState");
                if (office != null || a.get("year") != null && !"true".equals(a.get("plural")))
                    filled.put(m, a);
            }
        }

        /*
         * A race without a year takes the only year the article gives the same office and state. An undated article
         * that gives several takes the latest: news names past contests with their year ("since the 2008
         * presidential election") and the one it is about often without ("the race").
         */
        private void fillYears() {
            Map<String, Set<String>> years = new HashMap<>();
            for (Map.Entry<Mention, Map<String, String>> e : filled.entrySet()) {
                Map<String, String> a = e.getValue();
                // "Kerry, the Democratic Party's 2004 presidential nominee" dates Kerry's contest, not Biden's campaign
                // (a dated article leaves out years long past below).
                if (a.get("year") != null && (published != null || !e.getKey().value().equals("candidate")))
                    years.computeIfAbsent(seat(a), k -> new LinkedHashSet<>()).add(a.get("year"));
            }
            for (Map<String, String> a : filled.values()) {
                if (a.get("year") == null) {
                    Set<String> ys = new TreeSet<>(years.getOrDefault(seat(a), Set.of()));
                    // "ran in the Senate race in 2012" in an article of 2022: a contest long past is not the one meant.
                    if (published != null)
                        ys.removeIf(y -> Integer.parseInt(y) < published.getYear() - 1);
                    if (ys.size() == 1)
                        a.put("year", ys.iterator().next());
                    else if (ys.size() > 1 && published == null)
                        a.put("year", Collections.max(ys));
                }
            }
        }

        /**
         * The attributes of the contest the article names most (its first mention's), or null if it names none; a
         * candidate's description counts only {@code withCandidates}.
         */
        private Map<String, String> mainContest(List<Mention> races, boolean withCandidates) {
            Map<String, Integer> groupCounts = new HashMap<>();
            Map<String, Integer> groupFirst = new HashMap<>();
            Map<String, Map<String, String>> groupAttributes = new HashMap<>();
            for (Mention m : races) {
                Map<String, String> a = filled.get(m);
                // "presidential candidates X, Y" says who runs, not which contest the article is about; nor does a
                // round-up's line label ("Senate:", "NE-02:").
                if (a == null || m.value().equals("candidate") && (!withCandidates || m.sentence() > LEAD_SENTENCES)
                        || m.attribute(RaceFinder.ROUND_UP_LABEL) != null)
                    continue;
                String g = groupKey(a);
                // The article's own state counts double: its race is the one the article is about.
                groupCounts.merge(g, dominantState != null && dominantState.equals(a.get("jurisdiction")) ? 2 : 1, Integer::sum);
                groupFirst.putIfAbsent(g, groupFirst.size());
                groupAttributes.putIfAbsent(g, a);
            }
            String main = null;
            for (Map.Entry<String, Integer> e : groupCounts.entrySet()) {
                if (e.getKey().startsWith("null|"))
                    continue;
                // Most mentions win; between equals, the contest named first.
                if (main == null || e.getValue() > groupCounts.get(main)
                        || e.getValue().equals(groupCounts.get(main)) && groupFirst.get(e.getKey()) < groupFirst.get(main))
                    main = e.getKey();
            }
            if (main != null) {
                int second = 0;
                for (Map.Entry<String, Integer> e : groupCounts.entrySet())
                    if (!e.getKey().equals(main) && !e.getKey().startsWith("null|"))
                        second = Math.max(second, e.getValue());
                dominant = groupCounts.get(main) >= 2 * second;
            }
            return main == null ? null : groupAttributes.get(main);
        }

        /** Bare mentions ("the race", "the GOP nomination") are the article's main contest. */
        private void fillBareMentions(List<Mention> races, Map<String, String> mainAttributes) {
            // "Bill de Blasio has defeated Republican nominee Joe Lhota in the race for mayor of New York City" in an
            // article on Virginia's governor: a sentence that names a contest of its own is not about the main one.
            Set<Integer> otherContest = new HashSet<>();
            for (Mention m : races)
                if (filled.containsKey(m) && filled.get(m).get("office") != null
                        && !Objects.equals(filled.get(m).get("office"), mainAttributes.get("office")))
                    otherContest.add(m.sentence());
            for (Mention m : races) {
                if (filled.containsKey(m) || otherContest.contains(m.sentence()))
                    continue;
                // "their primaries", "the Trump campaign", "a 2012 primary": not the article's contest.
                if ("true".equals(m.attribute("plural")) || BARE_NOT_MAIN.contains(m.value()))
                    continue;
                if (m.attribute("year") != null && !m.attribute("year").equals(mainAttributes.get("year")))
                    continue;
                // "a primary in the New York Democratic stronghold" in an article on House races of no one state: the
                // main contest, in the state the mention gives.
                boolean placed = m.attribute("jurisdiction") != null && mainAttributes.get("jurisdiction") == null
                        && mainAttributes.get("office") != null && !"President".equals(mainAttributes.get("office"));
                // "the Iowa caucus", "the New Hampshire primary" in an article on a presidential contest: a state's
                // stage of that contest, which is one race nationwide.
                boolean stateStage = "President".equals(mainAttributes.get("office")) && m.attribute("stage") != null;
                if (m.attribute("jurisdiction") != null && !m.attribute("jurisdiction").equals(mainAttributes.get("jurisdiction"))
                        && !placed && !stateStage)
                    continue;
                // "the Democratic pick-up opportunity of Montana, where Gov. Steve Bullock's entry has shaken up the race" in
                // an article on Senate races whose main one is Arizona's: the contest of the state the sentence names.
                String sentenceState = m.attribute("jurisdiction") == null ? m.attribute("sentenceState") : null;
                boolean elsewhere = sentenceState != null && mainAttributes.get("jurisdiction") != null
                        && !sentenceState.equals(mainAttributes.get("jurisdiction")) && mainAttributes.get("office") != null
                        && !"President".equals(mainAttributes.get("office")) && !"Mayor".equals(mainAttributes.get("office"));
                Map<String, String> a = new TreeMap<>(mainAttributes);
                if (placed || elsewhere) {
                    a.put("jurisdiction", placed ? m.attribute("jurisdiction") : sentenceState);
                    this.placed.add(a);
                }
                for (String k : List.of("stage", "party"))
                    if (m.attribute(k) != null)
                        a.put(k, m.attribute(k));
                    else
                        a.remove(k);
                filled.put(m, a);
            }
        }

        /** Whether the main contest is named at least twice as often as any other: what the article is about. */
        boolean dominant() {
            return dominant;
        }

        /** A mention of the article's main contest, if it has one. */
        Mention mainRace() {
            return mainRace;
        }

        private static String groupKey(Map<String, String> a) {
            return seat(a) + "|" + a.get("year");
        }

        Entity entityOf(Mention m) {
            Map<String, String> a = filled.get(m);
            if (a == null)
                return null;
            String office = a.get("office");
            String year = a.get("year");
            String jurisdiction = a.get("jurisdiction");
            if (jurisdiction == null && office != null && !office.equals("President"))
                jurisdiction = dominantState;
            String party = a.get("party") == null ? null : a.get("party").startsWith("republican") ? "Republican"
                    : a.get("party").startsWith("democratic") ? "Democratic" : null;
            String stage = a.get("stage");
            StringBuilder base = new StringBuilder();
            if (year != null)
                base.append(year).append(' ');
            if (office == null) {
                if (jurisdiction != null)
                    base.append(jurisdiction).append(' ');
                base.append("election");
            } else if (office.equals("President")) {
                base.append("U.S. presidential election");
            } else {
                if (jurisdiction != null)
                    base.append(jurisdiction).append(' ');
                base.append(office).append(" election");
            }
            // The contest is one entity across its stages (primary, runoff, general), so that every article
            // naming any stage of it meets the same node: key and label come from year, place and office only,
            // and the stage-specific wording stays as an alternative label.
            String key = Entity.slug(base.toString());
            String label = base.toString();
            StringBuilder staged = new StringBuilder();
            if (year != null)
                staged.append(year).append(' ');
            if (office == null) {
                if (jurisdiction != null)
                    staged.append(jurisdiction).append(' ');
                staged.append(stage == null ? "election" : stage + " election");
            } else if (office.equals("President")) {
                staged.append("U.S. ");
                if (party != null && stage != null)
                    staged.append(party).append(' ');
                staged.append("presidential ").append(stage == null ? "election" : stage);
            } else {
                if (jurisdiction != null)
                    staged.append(jurisdiction).append(' ');
                staged.append(office).append(' ');
                if (party != null && stage != null && stage.contains("primary"))
                    staged.append(party).append(' ');
                staged.append(stage == null ? "election" : stage);
            }
            Map<String, String> attributes = new TreeMap<>();
            if (office != null)
                attributes.put("office", office);
            if (year != null)
                attributes.put("year", year);
            if (jurisdiction != null)
                attributes.put("jurisdiction", jurisdiction);
            if (stage != null)
                attributes.put("stage", stage);
            if (a.get("party") != null)
                attributes.put("party", a.get("party"));
            Set<String> alt = new LinkedHashSet<>();
            alt.add(staged.toString());
            alt.add(m.text());
            alt.remove(label);
            return new Entity(EntityType.RACE, key, label, alt, attributes);
        }
    }
}
