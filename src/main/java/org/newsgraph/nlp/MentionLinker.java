package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleCleaner;

/**
 * Links the person mentions of one article into chains, one per person: full names, then surnames and
 * first names that match them, office descriptions ("the attorney general") to the person titled so,
 * pronouns to the nearest fitting person before them, and first person inside a quote to its speaker.
 * Weak names that match nobody are dropped. Stateless and thread-safe; all state lives in one call.
 */
public final class MentionLinker {
    private static final Set<String> SUFFIXES = Set.of("jr.", "sr.", "ii", "iii", "iv", "jr", "sr");
    private static final Set<String> SAYING = Set.of("said", "says", "say", "tweeted", "tweets", "wrote", "writes", "added",
            "told", "tells", "insisted", "argued", "asked", "replied", "responded", "stated", "posted", "explained", "noted",
            "declared", "announced", "warned", "claimed", "recalled", "continued", "testified", "railed", "tweet", "statement",
            "goaded", "quipped", "snapped", "countered", "vowed", "insists", "adds", "writing", "saying", "tweeting");

    /** Nouns of a president's time in office, after the surname ("the Reagan administration", "the Nixon years"). */
    private static final Set<String> PRESIDENCY = Set.of("administration", "administrations", "presidency", "years", "era",
            "revolution", "appointee", "appointees", "doctrine");

    private final Gazetteers gazetteers;

    public MentionLinker(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    private final class Chain {
        final int id;
        final List<String> names = new ArrayList<>();
        /** The core tokens of each of {@link #names}, in the same order: compared for every later mention. */
        final List<List<String>> cores = new ArrayList<>();
        final List<String> aliases = new ArrayList<>();
        String first;
        String last;
        String gender;
        /** "jr" or "sr" when the chain's first name carried that suffix, else null. */
        String generation;
        int mentions;

        Chain(int id) {
            this.id = id;
        }

        void add(Mention m, List<String> core) {
            if (names.isEmpty())
                generation = generation(m.value());
            names.add(m.value());
            cores.add(core(m.value()));
            mentions++;
            if (core.size() >= 2 && first == null)
                first = core.get(0);
            if (last == null)
                last = core.get(core.size() - 1);
            if (gender == null && core.size() >= 2)
                gender = gazetteers.genderOfFirstName(core.get(0));
            if (gender == null)
                gender = honorificGender(m);
        }
    }

    /**
     * "jr" for "Donald Trump Jr." or "Trump Jr.", "sr" likewise, else null. A son named after his father is another
     * person: "Donald Trump Jr." joins no chain of "Donald Trump", and a bare "Trump" goes to the one without a suffix.
     */
    public static String generation(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT).replace(".", "");
        return last.equals("jr") || last.equals("sr") ? last : null;
    }

    /**
     * Whether another person of the article has the surname of this "Jr." or "Sr.": then the suffix tells them apart
     * and stays in the names the person's key is made of. "Eric H. Holder Jr." in an article without another Holder is
     * the Eric Holder of every other article.
     */
    private static boolean namesake(List<Chain> chains, Chain c) {
        for (Chain other : chains)
            if (other != c && other.last != null && other.last.equalsIgnoreCase(c.last) && !java.util.Objects.equals(other.generation, c.generation))
                return true;
        return false;
    }

    private static List<String> withoutGeneration(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names)
            out.add(generation(name) == null ? name : name.substring(0, name.lastIndexOf(' ')).replaceAll(",$", ""));
        return out;
    }

    private static List<Chain> ofGeneration(List<Chain> chains, String generation) {
        return chains.stream().filter(c -> java.util.Objects.equals(c.generation, generation)).toList();
    }

    /** Core name tokens: no nickname in parentheses, no suffix, no initials. */
    static List<String> core(String name) {
        List<String> out = new ArrayList<>();
        for (String t : name.split(" ")) {
            if (t.startsWith("(") || t.endsWith(")") || SUFFIXES.contains(t.toLowerCase(Locale.ROOT)) || isInitial(t))
                continue;
            if (t.endsWith(","))
                t = t.substring(0, t.length() - 1);
            if (!t.isEmpty())
                out.add(t);
        }
        return out;
    }

    private static boolean isInitial(String t) {
        return t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.';
    }

    public AnnotatedArticle link(Article article, List<AnnotatedSentence> sentences, List<Mention> mentions,
                                 List<ArticleCleaner.NameAlias> aliases) {
        List<Mention> persons = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        for (Mention m : mentions)
            (m.type() == EntityType.PERSON ? persons : others).add(m);
        Comparator<Mention> order = Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start);
        persons.sort(order);

        List<Chain> chains = new ArrayList<>();
        Map<Mention, Chain> linked = new HashMap<>();
        linkNames(sentences, persons, linked, chains, article.published());
        listMembers(sentences, persons, linked, chains);
        attachAliases(sentences, persons, linked, aliases);
        linkDescriptions(persons, linked, article.published());
        List<Quote> quotes = findQuotes(article.text(), sentences);
        // Narrative pronouns first: they name the speakers; then the quotes' own first and third persons.
        Set<Mention> ambiguous = new HashSet<>();
        resolvePronouns(sentences, persons, linked, quotes, Pass.NARRATIVE, ambiguous);
        quotes = attributeQuotes(sentences, persons, linked, quotes);
        resolvePronouns(sentences, persons, linked, quotes, Pass.QUOTED, ambiguous);

        List<Mention> out = new ArrayList<>(others);
        for (Mention m : persons) {
            Chain c = linked.get(m);
            // An office description nobody could be found for stays, unlinked: it still stands for someone.
            if (c == null && m.form() == Mention.Form.TITLE && !PersonFinder.PARTY_MEMBER.equals(m.value()))
                out.add(m);
            if (c == null)
                continue;
            if (ambiguous.contains(m)) {
                Map<String, String> attributes = new HashMap<>(m.attributes());
                attributes.put("ambiguous", "true");
                out.add(m.withAttributes(attributes).withChain(c.id));
            } else {
                out.add(m.withChain(c.id));
            }
        }
        List<PersonChain> personChains = new ArrayList<>();
        for (Chain c : chains)
            personChains.add(new PersonChain(c.id, c.generation == null || namesake(chains, c) ? c.names : withoutGeneration(c.names),
                    c.aliases, c.gender));
        return new AnnotatedArticle(article, sentences, out, personChains, quotes);
    }

    /*
     * Full names first, so that surnames and first names can be matched to them; then titled single names; then
     * weak names, which count only when they match a person found before.
     */
    private void linkNames(List<AnnotatedSentence> sentences, List<Mention> persons, Map<Mention, Chain> linked, List<Chain> chains,
                           java.time.LocalDate published) {
        linkFullNames(persons, linked, chains);
        linkTitledSingleNames(persons, linked, chains);
        linkWeakNames(persons, linked, chains, published, surnamesReadAsPersons(sentences, persons));
    }

    private void linkFullNames(List<Mention> persons, Map<Mention, Chain> linked, List<Chain> chains) {
        for (Mention m : persons) {
            List<String> core = core(m.value());
            if (m.form() != Mention.Form.NAME || core.size() < 2 || !PersonFinder.STRONG.equals(m.attribute(PersonFinder.STRENGTH)))
                continue;
            Chain chain = findFull(ofGeneration(chains, generation(m.value())), core);
            if (chain == null) {
                chain = new Chain(chains.size());
                chains.add(chain);
            }
            chain.add(m, core);
            linked.put(m, chain);
        }
    }

    /** Titled single names ("President Trump", "Mr. Moore") make a chain of their own when nobody matches. */
    private void linkTitledSingleNames(List<Mention> persons, Map<Mention, Chain> linked, List<Chain> chains) {
        for (Mention m : persons) {
            List<String> core = core(m.value());
            if (m.form() != Mention.Form.NAME || core.size() != 1 || !PersonFinder.STRONG.equals(m.attribute(PersonFinder.STRENGTH)))
                continue;
            Chain chain = ofSurname(chains, core.get(0), generation(m.value()));
            // "Mrs. Clinton" in an article that also names Bill Clinton is not he: the courtesy title says who.
            String gender = honorificGender(m);
            if (chain != null && gender != null && chain.gender != null && !chain.gender.equals(gender))
                chain = bySurname(chains, core.get(0), gender);
            // "President Trump's oldest son, Donald Trump Jr.": an office-holder's title names the namesake without the
            // suffix.
            if (chain != null && chain.generation != null && generation(m.value()) == null && m.attribute("title") != null)
                chain = null;
            if (chain == null) {
                chain = new Chain(chains.size());
                chains.add(chain);
            }
            chain.add(m, core);
            linked.put(m, chain);
        }
    }

    /**
     * Weak names count only when they match a person found before, or when the record names a president or vice
     * president by that surname ("Trump weighed in" in an article that never says "Donald"); one who served only before
     * the record's whole period (2011), only when the article writes the surname alone as a person somewhere
     * ({@code asPersons}: "Reagan's", "Lincoln was"; not only "in Cleveland" or "the Dallas area").
     */
    private void linkWeakNames(List<Mention> persons, Map<Mention, Chain> linked, List<Chain> chains, java.time.LocalDate published,
                               Set<String> asPersons) {
        for (Mention m : persons) {
            List<String> core = core(m.value());
            if (m.form() != Mention.Form.NAME || linked.containsKey(m) || core.isEmpty())
                continue;
            // "Wasserman Schultz" after "Debbie Wasserman Schultz": the words end a name found above, first name or not.
            // The part is no name of its own: kept out of the chain's names, it cannot become the person's label.
            String generation = generation(m.value());
            Chain ending = core.size() >= 2 ? endingName(generation == null ? chains : ofGeneration(chains, generation), core) : null;
            if (ending != null) {
                ending.mentions++;
                linked.put(m, ending);
                continue;
            }
            Chain chain = ofSurname(chains, core.get(core.size() - 1), generation);
            // "President Trump" beside "Donald Trump Jr.": the surname alone is the president's, not his namesake's.
            if (chain != null && chain.generation != null && generation == null && core.size() == 1) {
                Chain president = recordHolder(chains, core.get(0), published, asPersons);
                if (president != null)
                    chain = president;
            }
            if (chain == null && core.size() == 1)
                chain = byFirstName(chains, core.get(0));
            if (chain != null && core.size() >= 2 && chain.first != null && !compatibleFirst(chain.first, core.get(0)))
                chain = null;
            // "Trump Jr." is the president's son, not the president the surname alone would name.
            if (chain == null && core.size() == 1 && generation == null)
                chain = recordHolder(chains, core.get(0), published, asPersons);
            if (chain != null && core.size() >= 2 && chain.first == null && m.start() == 0 && !gazetteers.isFirstName(core.get(0))) {
                // "Multiple Trump officials": a capital that only starts the sentence gives no first name.
                chain.mentions++;
                linked.put(m, chain);
            } else if (chain != null) {
                chain.add(m, core);
                linked.put(m, chain);
            }
        }
    }

    /**
     * A new chain for the president or vice president the record names by this surname, named as the record names them;
     * one who served only before the record's whole period needs the surname read as a person ({@code asPersons}).
     */
    private Chain recordHolder(List<Chain> chains, String surname, java.time.LocalDate published, Set<String> asPersons) {
        PresidentRecord.Term t = gazetteers.presidents().namedBySurname(surname, published).orElse(null);
        if (t == null || gazetteers.presidents().servedOnlyBeforeWholeRecord(t) && !asPersons.contains(surname))
            return null;
        Chain chain = new Chain(chains.size());
        chain.aliases.add(t.name());
        chain.gender = gazetteers.genderOfFirstName(t.nickname().isEmpty() ? t.first() : t.nickname());
        chains.add(chain);
        return chain;
    }

    /**
     * The surnames the article writes alone as a person at least once: a possessive ("Reagan's Star Wars"), before a
     * noun of a presidency ("the Reagan administration", "the Nixon years"), or before a verb and after no preposition
     * ("Lincoln was a member", "Nixon recalled"; not "the convention in Cleveland drew crowds"). A place or a firm of
     * the same name is written before other nouns or after a preposition ("the Dallas area", "in Cleveland") and makes
     * no person of a president of long ago.
     */
    private static Set<String> surnamesReadAsPersons(List<AnnotatedSentence> sentences, List<Mention> persons) {
        Set<String> out = new HashSet<>();
        for (Mention m : persons) {
            if (m.form() != Mention.Form.NAME || m.end() - m.start() != 1)
                continue;
            AnnotatedSentence s = sentences.get(m.sentence());
            boolean possessive = "true".equals(m.attribute("possessive"));
            boolean presidency = m.end() < s.size() && PRESIDENCY.contains(s.token(m.end()).toLowerCase(Locale.ROOT));
            boolean verbAfter = m.end() < s.size() && (s.tag(m.end()).equals("VERB") || s.tag(m.end()).equals("AUX"));
            boolean prepositionBefore = m.start() > 0 && s.tag(m.start() - 1).equals("ADP");
            if (possessive || presidency || verbAfter && !prepositionBefore)
                out.add(s.token(m.start()));
        }
        return out;
    }

    /** Full names that the page's hover-cards gave for a name go to that name's chain. */
    private void attachAliases(List<AnnotatedSentence> sentences, List<Mention> persons, Map<Mention, Chain> linked,
                               List<ArticleCleaner.NameAlias> aliases) {
        for (ArticleCleaner.NameAlias alias : aliases) {
            for (Mention m : persons) {
                Chain chain = linked.get(m);
                if (chain == null || m.form() != Mention.Form.NAME)
                    continue;
                AnnotatedSentence s = sentences.get(m.sentence());
                if (s.tokenStart(m.start()) <= alias.start() && alias.end() <= s.tokenEnd(m.end() - 1)) {
                    if (!chain.aliases.contains(alias.fullName()))
                        chain.aliases.add(alias.fullName());
                    if (chain.gender == null)
                        chain.gender = gazetteers.genderOfFirstName(alias.fullName().split(" ")[0]);
                }
            }
        }
    }

    // Offices one person holds at a time: "the attorney general" is whoever the article titles so.
    private static final Set<String> SINGLE_HOLDER = Set.of("us-president", "us-vice-president", "us-attorney-general",
            "us-deputy-attorney-general", "us-associate-attorney-general", "special-counsel", "independent-counsel", "fbi-director",
            "cia-director", "house-speaker", "senate-majority-leader", "senate-minority-leader", "house-majority-leader",
            "house-minority-leader", "senate-majority-whip", "senate-minority-whip", "house-majority-whip",
            "house-minority-whip", "chief-justice", "secretary-of-state", "press-secretary", "chief-of-staff",
            "national-security-adviser", "dnc-chair", "rnc-chair", "chief-strategist", "white-house-counsel",
            "director-of-national-intelligence", "epa-administrator");

    /*
     * A description ("the attorney general", "POTUS") stands for the person the article titles so. A description
     * of an office many hold ("the former Alabama senator") that nobody in the article is titled with is an
     * anaphor for the person named last before it in the sentence.
     */
    private void linkDescriptions(List<Mention> persons, Map<Mention, Chain> linked, java.time.LocalDate published) {
        for (Mention m : persons) {
            if (m.form() != Mention.Form.TITLE)
                continue;
            // In apposition the description is the name before its comma, whoever that is: no one else the article titles
            // so. "The Texas Republican" is else the one the record seats (also where the finder missed the name before).
            Chain apposed = apposed(persons, linked, m);
            boolean member = PersonFinder.PARTY_MEMBER.equals(m.value());
            if (apposed == null && member && published != null && m.attribute("titleStatus") == null)
                apposed = onlyNamed(persons, linked,
                        gazetteers.seats().membersOn(m.attribute("describedParty"), m.attribute("titleJurisdiction"), published));
            boolean nominee = PersonFinder.PARTY_NOMINEE.equals(m.value());
            if (apposed == null && nominee)
                apposed = namedNominee(persons, linked, m);
            if (apposed != null)
                linked.put(m, apposed);
            if (apposed != null || member || nominee || m.attribute(PersonFinder.APPOSITION_AFTER) != null)
                continue;
            // "the president" in a dated article is whoever held the office that day: never a past president the
            // article names ("the president" after a paragraph on Kennedy), and nobody if the holder goes unnamed.
            PresidentRecord.Term holder = published != null && PresidentRecord.covers(m.value()) && m.attribute("titleStatus") == null
                    ? gazetteers.presidents().holderOn(m.value(), published).orElse(null) : null;
            Chain best = null;
            Mention bestMention = null;
            int holders = 0;
            Set<Chain> seen = new LinkedHashSet<>();
            for (Mention other : persons) {
                Chain c = linked.get(other);
                if (holder != null && c != null && other.form() == Mention.Form.NAME
                        && namedAs(c, holder.first(), holder.nickname(), holder.last())
                        && (bestMention == null || before(other, m) && (!before(bestMention, m) || before(bestMention, other)))) {
                    best = c;
                    bestMention = other;
                    holders = 1;
                    continue;
                }
                if (holder != null)
                    continue;
                if (c == null || other.form() != Mention.Form.NAME || !m.value().equals(other.attribute("title")))
                    continue;
                // "the attorney general", an office one person holds at a time, is the one in office, not "former
                // Attorney General Eric Holder"; of a governor, a former one still makes "the governor" ambiguous.
                if (SINGLE_HOLDER.contains(m.value()) && "former".equals(other.attribute("titleStatus"))
                        && !"former".equals(m.attribute("titleStatus")))
                    continue;
                if (seen.add(c))
                    holders++;
                if (bestMention == null || before(other, m) && (!before(bestMention, m) || before(bestMention, other))) {
                    best = c;
                    bestMention = other;
                }
            }
            // "the Texas senator" is not the Vermont senator the article titled.
            String place = m.attribute("titleJurisdiction");
            boolean samePlace = place == null || bestMention != null && place.equals(bestMention.attribute("titleJurisdiction"));
            if (best != null && (SINGLE_HOLDER.contains(m.value()) || holders == 1 && samePlace)) {
                linked.put(m, best);
                continue;
            }
            // "Bernie Sanders won ... The Vermont senator voiced confidence": a seat's description nobody in the article is
            // titled with stands for the one person of the article the record has in that state's seats on its date.
            if (holders == 0 && place != null && published != null && m.attribute("titleStatus") == null) {
                Chain seated = onlyNamed(persons, linked, gazetteers.seats().holdersOn(m.value(), place, published));
                if (seated != null) {
                    linked.put(m, seated);
                    continue;
                }
            }
            if (holders == 0 && "former".equals(m.attribute("titleStatus"))) {
                Mention antecedent = null;
                for (Mention other : persons)
                    if (other.sentence() == m.sentence() && other.end() <= m.start() && other.form() == Mention.Form.NAME
                            && linked.containsKey(other))
                        antecedent = other;
                if (antecedent != null)
                    linked.put(m, linked.get(antecedent));
            }
        }
    }

    /**
     * "the Republican nominee" stands for the one person the article names as that party's nominee ("GOP nominee Mitt
     * Romney", "Romney, the Republican nominee") of the same kind of contest where both say it, and names anywhere in
     * the five sentences before it or its own: in a 2016 article that recalls "Republican presidential nominee Mitt
     * Romney" early on, "the Republican presidential nominee" later is Trump. None when it names none, or two.
     */
    private static Chain namedNominee(List<Mention> persons, Map<Mention, Chain> linked, Mention description) {
        String party = description.attribute("describedParty");
        String kind = description.attribute(PersonFinder.CONTEST_KIND);
        Set<Chain> named = new LinkedHashSet<>();
        for (Mention other : persons) {
            String otherKind = other.attribute(PersonFinder.CONTEST_KIND);
            if (other.form() == Mention.Form.NAME && party.equals(other.attribute(PersonFinder.NOMINEE_OF)) && linked.containsKey(other)
                    && (kind == null || otherKind == null || kind.equals(otherKind)))
                named.add(linked.get(other));
            if (PersonFinder.PARTY_NOMINEE.equals(other.value()) && party.equals(other.attribute("describedParty"))
                    && Objects.equals(kind, otherKind)) {
                Chain apposed = apposed(persons, linked, other);
                if (apposed != null)
                    named.add(apposed);
            }
        }
        if (named.size() != 1)
            return null;
        Chain chain = named.iterator().next();
        for (Mention other : persons)
            if (linked.get(other) == chain && other.sentence() <= description.sentence() && description.sentence() - other.sentence() <= 5)
                return chain;
        return null;
    }

    /** The named person a description is in apposition to ("Newt Gingrich, the former House speaker,"), or null. */
    private static Chain apposed(List<Mention> persons, Map<Mention, Chain> linked, Mention m) {
        String comma = m.attribute(PersonFinder.APPOSITION_AFTER);
        if (comma == null)
            return null;
        for (Mention other : persons)
            if (other.sentence() == m.sentence() && other.form() == Mention.Form.NAME && String.valueOf(other.end()).equals(comma)
                    && linked.containsKey(other))
                return linked.get(other);
        return null;
    }

    /** The one named chain of the article that one of the record's spans names (the holders of some seats), or null. */
    private Chain onlyNamed(List<Mention> persons, Map<Mention, Chain> linked, List<SeatRecord.Span> holders) {
        Set<Chain> seated = new LinkedHashSet<>();
        for (Mention other : persons) {
            Chain c = linked.get(other);
            if (c == null || other.form() != Mention.Form.NAME)
                continue;
            for (SeatRecord.Span h : holders)
                if (namedAs(c, h.first(), h.nickname(), h.last()))
                    seated.add(c);
        }
        return seated.size() == 1 ? seated.iterator().next() : null;
    }

    /** True when the chain's names are a record's: the surname, and a compatible first name if the chain has one. */
    private boolean namedAs(Chain c, String first, String nickname, String last) {
        if (c.last == null || !c.last.equalsIgnoreCase(last))
            return false;
        return c.first == null || gazetteers.sameFirstName(c.first, first)
                || !nickname.isEmpty() && gazetteers.sameFirstName(c.first, nickname);
    }

    private static boolean before(Mention a, Mention b) {
        return a.sentence() < b.sentence() || a.sentence() == b.sentence() && a.start() < b.start();
    }

    private boolean compatibleFirst(String a, String b) {
        return gazetteers.sameFirstName(a, b);
    }

    private Chain findFull(List<Chain> chains, List<String> core) {
        String first = core.get(0);
        String last = core.get(core.size() - 1);
        for (Chain c : chains) {
            if (c.last != null && c.last.equalsIgnoreCase(last) && (c.first == null || compatibleFirst(c.first, first)))
                return c;
        }
        return endingName(chains, core);
    }

    /** The chain with a written name that ends in all of {@code core} and is longer ("Debbie Wasserman Schultz"). */
    private static Chain endingName(List<Chain> chains, List<String> core) {
        for (Chain c : chains) {
            for (List<String> other : c.cores) {
                if (other.size() > core.size() && other.subList(other.size() - core.size(), other.size()).equals(core))
                    return c;
            }
        }
        return null;
    }

    /** "male" for "Mr.", "female" for "Mrs." and "Ms.", else null. */
    private static String honorificGender(Mention m) {
        String h = "true".equals(m.attribute("honorific")) ? m.attribute("honorificWord") : null;
        if (h == null)
            return null;
        h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        return h.equals("mr") ? "male" : h.equals("mrs") || h.equals("ms") ? "female" : null;
    }

    private static Chain bySurname(List<Chain> chains, String token) {
        return bySurname(chains, token, null);
    }

    /** "Trump Jr." goes to a chain of Trump Jr. only; a plain "Trump" to one without a suffix first, if there is one. */
    private static Chain ofSurname(List<Chain> chains, String token, String generation) {
        Chain same = bySurname(ofGeneration(chains, generation), token);
        return same != null || generation != null ? same : bySurname(chains, token);
    }

    /** The chain of that surname with the most mentions, of that gender if one is given (a chain of unknown gender fits). */
    private static Chain bySurname(List<Chain> chains, String token, String gender) {
        Chain best = null;
        for (Chain c : chains) {
            if (gender != null && c.gender != null && !c.gender.equals(gender))
                continue;
            boolean match = c.last != null && c.last.equalsIgnoreCase(token);
            if (!match) {
                for (List<String> core : c.cores) {
                    // A compound surname written in part ("Schultz" of "Wasserman Schultz") does not count.
                    if (core.size() >= 3 && core.get(core.size() - 1).equalsIgnoreCase(token))
                        match = true;
                }
            }
            if (match && (best == null || c.mentions > best.mentions))
                best = c;
        }
        return best;
    }

    private static Chain byFirstName(List<Chain> chains, String token) {
        Chain found = null;
        for (Chain c : chains) {
            if (c.first != null && c.first.equalsIgnoreCase(token)) {
                if (found != null)
                    return null;
                found = c;
            }
        }
        return found;
    }

    /*
     * In a list of names ("Comey lies & leaks, Mueller conflicts, McCabe, Strzok, Page"), an unknown
     * capitalised word that opens a list item next to an item that opens with a person is a person too.
     */
    private void listMembers(List<AnnotatedSentence> sentences, List<Mention> persons, Map<Mention, Chain> linked, List<Chain> chains) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Mention m : persons) {
                if (linked.containsKey(m) || m.form() != Mention.Form.NAME || core(m.value()).size() != 1)
                    continue;
                AnnotatedSentence s = sentences.get(m.sentence());
                if (!(m.start() > 0 && (s.token(m.start() - 1).equals(",") || s.token(m.start() - 1).equalsIgnoreCase("and"))))
                    continue;
                boolean neighbour = false;
                for (Mention other : persons) {
                    if (other == m || other.sentence() != m.sentence() || !linked.containsKey(other) || other.form() != Mention.Form.NAME)
                        continue;
                    if (!opensItem(s, other.start()))
                        continue;
                    int from = Math.min(m.end(), other.end());
                    int to = Math.max(m.start(), other.start());
                    int commas = 0;
                    for (int k = from; k < to; k++)
                        if (s.token(k).equals(",") || s.token(k).equalsIgnoreCase("and") && k == to - 1)
                            commas++;
                    if (commas == 1 && to - from <= 5)
                        neighbour = true;
                }
                if (neighbour) {
                    Chain chain = new Chain(chains.size());
                    chains.add(chain);
                    chain.add(m, core(m.value()));
                    linked.put(m, chain);
                    changed = true;
                }
            }
        }
    }

    private static boolean opensItem(AnnotatedSentence s, int i) {
        return i > 0 && (s.token(i - 1).equals(",") || s.token(i - 1).equalsIgnoreCase("and") || s.token(i - 1).equals("&"))
                || i + 1 < s.size() && s.token(i + 1).equals(",");
    }

    /** Quoted passages between double quotation marks (curly or straight), by character offsets. */
    static List<Quote> findQuotes(String text, List<AnnotatedSentence> sentences) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        for (AnnotatedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.token(i).equals("\""))
                    continue;
                char c = text.charAt(s.tokenStart(i));
                if (c == '“' || c == '"' && open < 0) {
                    if (open < 0 || c == '“')
                        open = s.tokenEnd(i);
                } else if (open >= 0) {
                    quotes.add(new Quote(open, s.tokenStart(i), -1));
                    open = -1;
                }
            }
            // A quote never runs past its paragraph unless the next paragraph opens one again.
            if (open >= 0 && s.end() < text.length() && text.startsWith("\n", s.end())) {
                quotes.add(new Quote(open, s.end(), -1));
                open = -1;
            }
        }
        return quotes;
    }

    private List<Quote> attributeQuotes(List<AnnotatedSentence> sentences, List<Mention> persons, Map<Mention, Chain> linked,
                                        List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        for (Quote q : quotes) {
            int speaker = -1;
            boolean quoteOnly = true;
            for (AnnotatedSentence s : sentences) {
                // The attribution may open the next sentence when the detector split after '!"' or '?"'.
                if (s.end() <= q.start() - 1 || s.start() > q.end() + 2)
                    continue;
                for (int i = 0; i < s.size(); i++) {
                    boolean inside = q.contains(s.tokenStart(i)) || s.token(i).equals("\"");
                    if (inside || isPunct(s.token(i)))
                        continue;
                    if (inOtherQuote(quotes, q, s.tokenStart(i)))
                        continue;
                    quoteOnly = false;
                    if (!SAYING.contains(s.token(i).toLowerCase(Locale.ROOT)))
                        continue;
                    Mention who = nearestPerson(persons, linked, s, i, quotes, q);
                    if (who != null && speaker < 0)
                        speaker = linked.get(who).id;
                }
            }
            if (speaker < 0 && quoteOnly && previous != null && previous.speakerChain() >= 0 && q.start() - previous.end() < 400)
                speaker = previous.speakerChain();
            Quote attributed = q.withSpeaker(speaker);
            out.add(attributed);
            previous = attributed;
        }
        return out;
    }

    private static boolean inOtherQuote(List<Quote> quotes, Quote self, int offset) {
        for (Quote q : quotes)
            if (q != self && q.contains(offset))
                return true;
        return false;
    }

    private static boolean isPunct(String t) {
        return !t.isEmpty() && !Character.isLetterOrDigit(t.charAt(0));
    }

    /** The person right before a verb of saying ("Sessions tweeted") or right after it ("said Trump"). */
    private static Mention nearestPerson(List<Mention> persons, Map<Mention, Chain> linked, AnnotatedSentence s, int verb,
                                         List<Quote> quotes, Quote q) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : persons) {
            if (m.sentence() != s.index() || !linked.containsKey(m) || q.contains(s.tokenStart(m.start())))
                continue;
            if ("first".equals(m.attribute("person")))
                continue;
            int distance = m.end() <= verb ? verb - m.end() : m.start() - verb - 1;
            // "..., Mr. Romney, a former Massachusetts governor, tweeted": the apposition between subject and verb.
            if (m.end() <= verb && distance > 3 && s.token(verb - 1).equals(",") && s.token(m.end()).equals(",")) {
                boolean apposition = true;
                for (int k = m.end() + 1; k < verb - 1; k++)
                    if (s.token(k).equals(",") || s.tag(k).equals("VERB") && !s.token(k).contains("-"))
                        apposition = false;
                if (apposition && distance <= 16)
                    distance = 2;
            }
            if (m.end() <= verb && distance <= 3 || m.start() > verb && distance <= 4) {
                if (distance < bestDistance) {
                    best = m;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private enum Pass { NARRATIVE, QUOTED }

    /** Another person of fitting gender named earlier in the pronoun's sentence outside quotes: the choice was a guess. */
    private boolean rivals(List<Mention> persons, Map<Mention, Chain> linked, Mention p, String person, Chain chosen) {
        for (Mention m : persons)
            if (m.sentence() == p.sentence() && m.start() < p.start() && m.form() != Mention.Form.PRONOUN && linked.containsKey(m)
                    && linked.get(m) != chosen && genderFits(linked.get(m), person))
                return true;
        return false;
    }

    private void resolvePronouns(List<AnnotatedSentence> sentences, List<Mention> persons, Map<Mention, Chain> linked,
                                 List<Quote> quotes, Pass pass, Set<Mention> ambiguous) {
        for (Mention p : persons) {
            if (p.form() != Mention.Form.PRONOUN || linked.containsKey(p))
                continue;
            AnnotatedSentence s = sentences.get(p.sentence());
            int offset = s.tokenStart(p.start());
            String person = p.attribute("person");
            boolean quoted = quoteOf(quotes, offset) != null;
            if (pass == Pass.NARRATIVE && (quoted || "first".equals(person)))
                continue;
            if ("first".equals(person)) {
                if (inNestedQuote(s, p.start()))
                    continue;
                for (Quote q : quotes) {
                    if (q.contains(offset) && q.speakerChain() >= 0) {
                        final int id = q.speakerChain();
                        linked.put(p, linked.values().stream().filter(c -> c.id == id).findFirst().orElse(null));
                    }
                }
                if (linked.get(p) == null)
                    linked.remove(p);
                continue;
            }
            Mention antecedent = antecedent(sentences, persons, linked, quotes, p, person);
            if (antecedent != null) {
                linked.put(p, linked.get(antecedent));
                if (rivals(persons, linked, p, person, linked.get(antecedent)))
                    ambiguous.add(p);
            }
        }
    }

    /*
     * Salience as in Hobbs' and Lappin and Leass's algorithms, cut down: in the pronoun's sentence the subject
     * (the first person named outside a prepositional phrase) before the pronoun, else the nearest person before
     * it; else the subject of the sentence before. Mentions inside a quote are not antecedents of a pronoun
     * outside it.
     */
    private Mention antecedent(List<AnnotatedSentence> sentences, List<Mention> persons, Map<Mention, Chain> linked,
                               List<Quote> quotes, Mention p, String person) {
        AnnotatedSentence ps = sentences.get(p.sentence());
        Quote pq = quoteOf(quotes, ps.tokenStart(p.start()));
        // In someone's quote, "he" is not the speaker.
        Chain speaker = pq == null || pq.speakerChain() < 0 ? null
                : linked.values().stream().filter(c -> c.id == pq.speakerChain()).findFirst().orElse(null);
        Mention subject = null;
        Mention nearest = null;
        for (Mention m : persons) {
            if (m == p || m.sentence() != p.sentence() || !linked.containsKey(m) || m.start() >= p.start())
                continue;
            if (!genderFits(linked.get(m), person) || "first".equals(m.attribute("person")) || linked.get(m) == speaker)
                continue;
            if (pq == null && quoteOf(quotes, ps.tokenStart(m.start())) != null)
                continue;
            if (subject == null && isSubjectLike(ps, m))
                subject = m;
            nearest = m;
        }
        if ("true".equals(p.attribute("reflexive")) && nearest != null)
            return nearest;
        // "Sessions, who enraged the President when he recused": the relative clause's subject is its head noun.
        Mention relativeHead = null;
        for (int k = p.start() - 1; k > 1; k--) {
            if (ps.token(k).equalsIgnoreCase("who") && ps.token(k - 1).equals(",")) {
                for (Mention m : persons)
                    if (m.sentence() == p.sentence() && m.end() == k - 1 && linked.containsKey(m) && genderFits(linked.get(m), person)
                            && linked.get(m) != speaker)
                        relativeHead = m;
                break;
            }
            if (ps.token(k).equals(",") || ps.token(k).equals(";"))
                break;
        }
        if (relativeHead != null)
            return relativeHead;
        // "Soros had argued that Trump and his GOP rival Ted Cruz were": the name joined to the possessive is its owner.
        if ("true".equals(p.attribute("possessive")) && p.start() > 1 && ps.token(p.start() - 1).equalsIgnoreCase("and"))
            for (Mention m : persons)
                if (m.sentence() == p.sentence() && m.end() == p.start() - 1 && m.form() == Mention.Form.NAME && linked.containsKey(m)
                        && genderFits(linked.get(m), person) && linked.get(m) != speaker)
                    return m;
        if (pq == null && nearest == null) {
            Mention ahead = cataphorHead(ps, persons, linked, p, person);
            if (ahead != null)
                return ahead;
        }
        Mention sayer = sayer(ps, persons, linked, p, person, speaker);
        if (sayer != null)
            return sayer;
        if (subject != null)
            return subject;
        if (nearest != null)
            return nearest;
        int looked = 0;
        for (int target = p.sentence() - 1; target >= 0 && looked < 2; target--) {
            AnnotatedSentence ts = sentences.get(target);
            // A sentence quoted whole is somebody's words: the narrative goes on around it.
            if (pq == null && quoteOf(quotes, ts.tokenStart(0)) != null && quoteOf(quotes, ts.tokenStart(ts.size() - 1)) != null
                    && !hasNarrativePerson(ts, persons, linked, quotes))
                continue;
            looked++;
            Mention first = null;
            for (Mention m : persons) {
                if (m.sentence() != target || !linked.containsKey(m) || !genderFits(linked.get(m), person)
                        || linked.get(m) == speaker || "first".equals(m.attribute("person")))
                    continue;
                Quote mq = quoteOf(quotes, ts.tokenStart(m.start()));
                if (pq == null && mq != null)
                    continue;
                if (first == null)
                    first = m;
                if (isSubjectLike(ts, m))
                    return m;
            }
            if (first != null)
                return first;
        }
        return null;
    }

    /**
     * "During his 2016 campaign, Trump was explicit", "After she lost the primary, Clinton said": a pronoun in a phrase or
     * clause that opens the sentence, before its first comma, stands for the person named right after that comma (506
     * such openings with "his" or "her" in 10,000 bench articles).
     */
    private static Mention cataphorHead(AnnotatedSentence s, List<Mention> persons, Map<Mention, Chain> linked, Mention p,
                                        String person) {
        if (p.start() == 0 || !(s.tag(0).equals("ADP") || s.tag(0).equals("SCONJ")))
            return null;
        int comma = -1;
        for (int k = 1; k < s.size() && k < p.start() + 15 && comma < 0; k++)
            if (s.token(k).equals(","))
                comma = k;
        if (comma < p.start())
            return null;
        for (Mention m : persons)
            if (m.sentence() == p.sentence() && m.form() == Mention.Form.NAME && m.start() > comma && m.start() <= comma + 3
                    && linked.containsKey(m) && genderFits(linked.get(m), person))
                return m;
        return null;
    }

    private static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "on", "last", "this", "week", "night", "morning", "evening",
            "afternoon", "earlier", "later", "again", "repeatedly", "publicly", "privately", "also", "then", "recently");

    /**
     * "Despite a call from Paul Ryan, Akin said Wednesday that he is staying in the race": the subject of a clause
     * reported by a verb of saying is its sayer, the name right before the verb, whoever was named before.
     */
    private Mention sayer(AnnotatedSentence s, List<Mention> persons, Map<Mention, Chain> linked, Mention p, String person,
                          Chain speaker) {
        int k = p.start() - 1;
        if (k >= 0 && s.token(k).equalsIgnoreCase("that"))
            k--;
        while (k >= 0 && WHEN.contains(s.token(k).toLowerCase(Locale.ROOT)))
            k--;
        // "told reporters that he": the one told is no sayer, the one telling is.
        if (k >= 1 && s.tag(k).equals("NOUN") && s.token(k - 1).equalsIgnoreCase("told"))
            k--;
        if (k < 1 || !SAYING.contains(s.token(k).toLowerCase(Locale.ROOT)) || s.token(k).equalsIgnoreCase("told") && k + 1 < p.start()
                && !s.tag(k + 1).equals("NOUN") && !s.token(k + 1).equalsIgnoreCase("that"))
            return null;
        int verb = k;
        for (Mention m : persons)
            if (m.sentence() == p.sentence() && m.end() == verb && m.form() != Mention.Form.PRONOUN && linked.containsKey(m)
                    && genderFits(linked.get(m), person) && linked.get(m) != speaker && !"true".equals(m.attribute("possessive")))
                return m;
        return null;
    }

    private static boolean hasNarrativePerson(AnnotatedSentence s, List<Mention> persons, Map<Mention, Chain> linked, List<Quote> quotes) {
        for (Mention m : persons)
            if (m.sentence() == s.index() && linked.containsKey(m) && quoteOf(quotes, s.tokenStart(m.start())) == null)
                return true;
        return false;
    }

    /** Not the object of a preposition, not a possessor: a mention that can head the clause. */
    private static boolean isSubjectLike(AnnotatedSentence s, Mention m) {
        if ("true".equals(m.attribute("possessive")))
            return false;
        int k = m.start() - 1;
        while (k >= 0 && (s.tag(k).equals("ADJ") || s.tag(k).equals("DET") || s.token(k).equals("former")))
            k--;
        return k < 0 || !s.tag(k).equals("ADP") && !s.tag(k).equals("SCONJ") && !s.tag(k).equals("VERB");
    }

    private static Quote quoteOf(List<Quote> quotes, int offset) {
        for (Quote q : quotes)
            if (q.contains(offset))
                return q;
        return null;
    }

    /*
     * "he said, 'I'm going to recuse myself'" inside a quote: the single-quoted words are reported from someone
     * else, so their first person is not the quote's speaker. An opening single quote follows a space or a comma.
     */
    private static boolean inNestedQuote(AnnotatedSentence s, int token) {
        int open = 0;
        for (int i = 0; i < token; i++) {
            if (!s.token(i).equals("'"))
                continue;
            int at = s.tokenStart(i) - s.start();
            char before = at > 0 ? s.text().charAt(at - 1) : ' ';
            char after = at + 1 < s.text().length() ? s.text().charAt(at + 1) : ' ';
            if ((Character.isWhitespace(before) || before == ',' || before == '"' || before == '“') && Character.isLetter(after))
                open++;
            else if (open > 0)
                open--;
        }
        return open > 0;
    }

    private static boolean genderFits(Chain c, String person) {
        if (c == null)
            return false;
        if (c.gender == null || person == null)
            return true;
        return c.gender.equals(person);
    }
}
