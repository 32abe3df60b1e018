package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips page clutter from an article as saved from the web: inline biography hover-cards glued to names,
 * photo credits, video and share prompts, related-link lines, embedded-tweet trailers and bylines. Reader
 * comments that follow the article move to {@link Article#comments()}. Stateless and thread-safe.
 */
public final class ArticleCleaner {

    /**
     * The cleaned article and the full names that hover-cards gave for names in its text.
     *
     * @param article the article whose text is the cleaned text
     * @param aliases full names attached to a name, with the name's offsets in the cleaned text
     */
    public record Cleaned(Article article, List<NameAlias> aliases) {
        public Cleaned {
            Objects.requireNonNull(article, "article");
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A full name ("Jefferson (Jeff) Beauregard Sessions") given for the name that ends at {@code end}
     * in the cleaned text ("Sessions" at {@code start..end}).
     */
    public record NameAlias(int start, int end, String fullName) {
        public NameAlias {
            if (start < 0 || end <= start)
                throw new IllegalArgumentException("Bad offsets: " + start + ".." + end);
            Objects.requireNonNull(fullName, "fullName");
        }
    }

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.\\-]*|\\(\\p{Lu}[\\p{L}.]*\\))";
    /*
     * A hover-card repeats the surname just written as part of a full name, then glues a teaser text to it
     * (no space: the page had them in separate elements) which ends with " MORE".
     */
    private static final Pattern HOVER_CARD = Pattern.compile(
            "(?<surname>\\p{Lu}[\\p{L}'’\\-]+)(?<card>\\s?(?<full>" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")*?\\s+\\k<surname>)"
                    + "[\\p{Lu}'‘\"“\\d][^\\n]*?\\sMORE\\b)");
    private static final Pattern CLUTTER_LINE = Pattern.compile(
            "(?i)(key points|advertisement|related coverage\\b.*|slideshow\\b.*|enlarge this image\\b.*"
                    + "|see (his|her|their|the|our) [\\w ]{0,30}(below|here)\\W*|(watch|read more|related|more|listen)\\s*:.*"
                    + "|sign up for\\b.*|copyright\\s*(©|\\(c\\)).*|click here\\b.*|[—–-]+\\s*updated\\b.*"
                    + "|comments are closed\\W*|share (this|on)\\b.*|follow (us|him|her) on\\b.*"
                    + "|(additional )?(reporting|writing|editing) by\\b.*)");
    /*
     * Clutter phrases anywhere in a line. Apart from CLUTTER_LINE, whose alternatives fail at the first words of
     * most lines: a leading ".*" would backtrack through every line, so these run only on lines with the phrase.
     */
    private static final Pattern CLUTTER_PHRASE = Pattern.compile(
            "(?i).*(\\bby signing up\\b.*|\\bcontributed to this report\\W*|\\bpic\\.twitter\\.com/.*)");
    private static final List<String> CLUTTER_PHRASE_WORDS = List.of("by signing up", "contributed to this report", "pic.twitter.com/");
    // Wire-service credits in brackets: "(Reporting by Jane Roe; Editing by John Doe)".
    private static final Pattern CREDIT_BRACKET = Pattern.compile(
            "\\s*\\((additional )?(reporting|writing|editing|compiled) by\\b[^)]*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "Getty Images|AP Photo|\\bREUTERS/|/AP\\b|/Reuters\\b|/Getty\\b|\\(Photo:|\\bPhoto by\\b|\\bPhoto credit\\b|toggle caption");
    // An embedded tweet ends with "— Name (@handle) Month d, yyyy".
    private static final Pattern TWEET_TRAILER = Pattern.compile("[—–]\\s*[^—–]{1,60}\\(@\\w+\\)\\s+\\p{L}+ \\d{1,2}, \\d{4}\\s*$");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}. ]{1,40}\\((Reuters|CNN|AP|AFP|The Hill|Bloomberg)\\)\\s*[-—–]?\\s*");
    private static final Pattern SHOUTED_LABEL = Pattern.compile("^((?:[\\p{Lu}\\d'’\\-]{2,}\\s+){1,3})(?=[\"“‘']?\\p{Lu}\\p{Ll})");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪●*]\\s*");
    private static final Pattern NUMBERED_COMMENT = Pattern.compile("^\\s+\\d{1,3}\\.\\s+\\S.*");
    private static final Pattern ANY_NUMBERED = Pattern.compile("^\\s*\\d{1,3}\\.\\s+\\S.*");
    // Compiled once: String.replaceAll and split compile their pattern on every call, for every line.
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d'’ ]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMENTS_CLOSED = Pattern.compile("(?im)^\\s*comments are closed\\W*$");

    /** Cleans one article; the result's text is headline + "\n\n" + the cleaned body. */
    public Cleaned clean(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        String body = text.startsWith(article.headline()) ? text.substring(article.headline().length()) : text;
        List<String> lines = new ArrayList<>(List.of(body.split("\\r?\\n", -1)));

        StringBuilder comments = new StringBuilder(article.comments());
        int commentStart = commentStart(lines);
        if (commentStart >= 0) {
            List<String> tail = lines.subList(commentStart, lines.size());
            if (comments.length() > 0)
                comments.append('\n');
            comments.append(String.join("\n", tail).strip());
            tail.clear();
        }

        List<NameAlias> aliases = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        String headline = cleanLine(article.headline().strip(), 0, aliases, true);
        out.append(headline);
        String normalisedHeadline = normaliseForCompare(headline);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || isClutter(line))
                continue;
            if (normaliseForCompare(line).equals(normalisedHeadline))
                continue;
            int base = out.length() + 2;
            String cleaned = cleanLine(line, base, aliases, false);
            if (cleaned.isBlank())
                continue;
            out.append("\n\n").append(cleaned);
        }
        Article cleaned = new Article(article.id(), headline, out.toString(), comments.toString(),
                article.url(), article.publisher(), article.published(), article.origin());
        return new Cleaned(cleaned, aliases);
    }

    /** Lower case, with each run of characters other than letters and digits made one space; for every line. */
    private static String normaliseForCompare(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || c >= '0' && c <= '9') {
                if (gap && out.length() > 0)
                    out.append(' ');
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Index of the first line of a reader-comment thread, or -1. */
    static int commentStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (COMMENTS_CLOSED.matcher(line).matches()) {
                // Comments are closed, so the numbered thread above it (if any) is comments too.
                int start = i;
                for (int j = i - 1; j >= 0; j--) {
                    if (NUMBERED_COMMENT.matcher(lines.get(j)).matches() && lines.get(j).strip().startsWith("1."))
                        start = j;
                }
                return firstThreadStart(lines, start, i);
            }
            if (NUMBERED_COMMENT.matcher(line).matches() && line.strip().startsWith("1.")) {
                // An indented "1." followed later by a further indented numbered item opens a comment thread.
                for (int j = i + 1; j < lines.size(); j++) {
                    if (NUMBERED_COMMENT.matcher(lines.get(j)).matches() && !lines.get(j).strip().startsWith("1."))
                        return i;
                }
            }
        }
        return -1;
    }

    private static int firstThreadStart(List<String> lines, int candidate, int closedLine) {
        for (int j = 0; j < closedLine; j++) {
            if (NUMBERED_COMMENT.matcher(lines.get(j)).matches() && lines.get(j).strip().startsWith("1."))
                return Math.min(j, candidate);
        }
        return candidate;
    }

    private static boolean isClutter(String line) {
        if (CLUTTER_LINE.matcher(line).matches() || hasClutterPhrase(line) || hasPhotoCredit(line) || hasTweetTrailer(line))
            return true;
        if (isShouted(line))
            return true;
        // A short line without closing punctuation is a related-link teaser or a section label, not prose.
        char last = line.charAt(line.length() - 1);
        if (".?!\"”’')]:;…".indexOf(last) >= 0)
            return false;
        String words = NOT_WORD.matcher(line).replaceAll(" ").strip();
        int count = words.isEmpty() ? 0 : SPACES.split(words).length;
        return count <= 14 && !ANY_NUMBERED.matcher(line).matches();
    }

    /*
     * Each pattern below runs only where the words it needs are in the line: an alternation of phrases is
     * tried at every character, and the cleaner reads every line of every article.
     */
    private static boolean hasClutterPhrase(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String words : CLUTTER_PHRASE_WORDS)
            if (lower.contains(words))
                return CLUTTER_PHRASE.matcher(line).matches();
        return false;
    }

    private static boolean hasPhotoCredit(String line) {
        return (line.indexOf('/') >= 0 || line.contains("Photo") || line.contains("Getty Images") || line.contains("toggle caption"))
                && PHOTO_CREDIT.matcher(line).find();
    }

    private static boolean hasTweetTrailer(String line) {
        return line.contains("(@") && TWEET_TRAILER.matcher(line).find();
    }

    /** A line written in capitals is a headline of something else or a label ("WATCH", "NOT JOKING"). */
    private static boolean isShouted(String line) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c))
                    upper++;
            }
        }
        return letters >= 4 && upper >= letters * 0.9;
    }

    private static String cleanLine(String line, int base, List<NameAlias> aliases, boolean headline) {
        String s = BULLET.matcher(line).replaceFirst("");
        s = DATELINE.matcher(s).replaceFirst("");
        if (s.indexOf('(') >= 0)
            s = CREDIT_BRACKET.matcher(s).replaceAll("");
        // Single spaces are what most lines have between words: they stay as they are.
        if (s.contains("  ") || s.indexOf('\t') >= 0 || s.indexOf('\u00a0') >= 0)
            s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        s = s.strip();
        if (!headline)
            s = SHOUTED_LABEL.matcher(s).replaceFirst("");
        // Every hover-card ends in "MORE".
        if (!s.contains("MORE"))
            return s.stripTrailing();
        StringBuilder out = new StringBuilder();
        Matcher m = HOVER_CARD.matcher(s);
        int pos = 0;
        while (m.find()) {
            out.append(s, pos, m.end("surname"));
            int end = base + out.length();
            aliases.add(new NameAlias(end - m.group("surname").length(), end, m.group("full")));
            pos = m.end("card");
        }
        out.append(s.substring(pos));
        return out.toString().stripTrailing();
    }
}
