package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
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
                    + "|sign up for\\b.*|.*\\bby signing up\\b.*|copyright\\s*(©|\\(c\\)).*|click here\\b.*"
                    + "|.*\\bcontributed to this report\\W*|[—–-]+\\s*updated\\b.*|comments are closed\\W*"
                    + "|share (this|on)\\b.*|follow (us|him|her) on\\b.*|.*\\bpic\\.twitter\\.com/.*"
                    + "|(additional )?(reporting|writing|editing) by\\b.*)");
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
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\d]+");
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

    private static String normaliseForCompare(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase()).replaceAll(" ").strip();
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
        if (CLUTTER_LINE.matcher(line).matches() || PHOTO_CREDIT.matcher(line).find() || TWEET_TRAILER.matcher(line).find())
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
        s = CREDIT_BRACKET.matcher(s).replaceAll("");
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ").strip();
        if (!headline)
            s = SHOUTED_LABEL.matcher(s).replaceFirst("");
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
