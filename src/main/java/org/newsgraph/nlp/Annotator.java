package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;


/**
 * Splits text into sentences and annotates tokens with Universal Dependencies tags (UPOS). Owns OpenNLP ME objects,
 * which keep per-call state: not thread-safe, make one per thread from a shared {@link NlpModels}.
 * There is no lemmatising: the extractors match the inflected forms of their cue words, which costs nothing,
 * while OpenNLP's lemmatizer cost more than everything else together.
 */
public final class Annotator {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final List<NameFinderME> nameFinders = new ArrayList<>();

    Annotator(NlpModels models) {
        this.sentences = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
        this.tagger = new POSTaggerME(models.posModel(), POSTagFormat.UD);
        for (TokenNameFinderModel model : models.nameFinderModels())
            nameFinders.add(new NameFinderME(model));
    }

    /**
     * Annotates a text whose first line is a headline. Lines are paragraphs: a sentence never crosses a
     * line break, so captions and headlines stay apart from the prose around them.
     */
    public List<AnnotatedSentence> annotate(String text) {
        List<AnnotatedSentence> out = new ArrayList<>();
        int lineStart = 0;
        boolean headline = true;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : splitGlued(line, mergeAbbreviations(line, sentences.sentPosDetect(forModels(line))))) {
                    AnnotatedSentence s = annotateSentence(out.size(), text, lineStart + span.getStart(),
                            lineStart + span.getEnd(), headline);
                    if (s.size() > 0)
                        out.add(s);
                }
                headline = false;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /*
     * The models were trained on straight quotes; curly ones glue to words ("Trump’s" stays one token).
     * The replacement keeps every offset, so spans map back onto the original text.
     */
    static String forModels(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    // "Sen.", "Ala." or an initial end a sentence for the detector, though a name or a clause goes on.
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:^|[\\s(\\-])(?:[A-Z]|Sen|Sens|Rep|Reps|Gov|Govs|Lt|Mr|Mrs|Ms|Dr|Gen|Sgt|Col|Capt|Adm|Maj|Cpl|Pvt|Prof|Atty|Supt|Rev|Jr|Sr|St|Ft|Mt|U\\.S|D\\.C"
                    + "|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
                    + "|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Tex|Vt|Va|Wash|W\\.Va|Wis|Wyo)\\.\\)?$");

    // "the Nov. 8 election", "the No. 2 Republican": a month or "No." before a number ends no sentence.
    private static final Pattern BEFORE_NUMBER = Pattern.compile("(?:^|[\\s(])(?:Jan|Feb|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos)\\.$");

    private static List<Span> mergeAbbreviations(String line, Span[] spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                String lastText = line.substring(last.getStart(), last.getEnd()).strip();
                // No sentence ends on a comma or an abbreviation; the detector's split there is wrong.
                boolean open = !lastText.isEmpty() && ",;-—–(".indexOf(lastText.charAt(lastText.length() - 1)) >= 0;
                boolean number = BEFORE_NUMBER.matcher(lastText).find() && Character.isDigit(line.charAt(span.getStart()));
                if (open || number || ABBREVIATION_END.matcher(lastText).find()) {
                    merged.set(merged.size() - 1, new Span(last.getStart(), span.getEnd()));
                    continue;
                }
            }
            merged.add(span);
        }
        return merged;
    }

    // A sentence glued to the next one, the space lost where the text was scraped: "was overturned.In 2010",
    // "talking.Another", "stalled.\"The president", "worse.”And", "in 2012.The", "to happen\".But". Two lower-case
    // letters or digits before the stop keep "U.S.The", initials and "4.Her" of a numbered list out.
    private static final Pattern GLUED_STOP = Pattern.compile("(?<=\\p{Ll}\\p{Ll}|\\d\\d|\\p{Ll}[)\"”’])[.!?]([\"“”’]?)\\p{Lu}");

    /**
     * Sentence spans cut again where one sentence runs into the next without a space. The detector may have cut
     * after the glued word ("overturned.In" | "2010, ..."): that word then goes with the sentence it begins.
     */
    static List<Span> splitGlued(String line, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        var m = GLUED_STOP.matcher(line);
        while (m.find()) {
            int stop = m.start() + 1;
            if (inAddress(line, stop) || ABBREVIATION_END.matcher(line.substring(Math.max(0, stop - 10), stop)).find())
                continue;
            int i = 0;
            while (i < out.size() && out.get(i).getEnd() <= stop)
                i++;
            if (i == out.size())
                break;
            Span span = out.get(i);
            // A closing quote stays with the sentence it ends; an opening one goes with the next.
            String quote = m.group(1);
            int cut = quote.equals("”") || quote.equals("’") || quote.equals("\"") && closes(line, span.getStart(), stop) ? stop + 1 : stop;
            if (cut <= span.getStart())
                continue;
            int wordEnd = cut;
            while (wordEnd < line.length() && !Character.isWhitespace(line.charAt(wordEnd)))
                wordEnd++;
            if (span.getEnd() <= wordEnd && i + 1 < out.size()) {
                out.set(i, new Span(span.getStart(), cut));
                out.set(i + 1, new Span(cut, out.get(i + 1).getEnd()));
            } else {
                out.set(i, new Span(span.getStart(), cut));
                out.add(i + 1, new Span(cut, span.getEnd()));
            }
        }
        return out;
    }

    /** "Chad.Day@wsj.com", "www.Example.com": the dot is part of an address. */
    private static boolean inAddress(String line, int dot) {
        int from = dot;
        while (from > 0 && !Character.isWhitespace(line.charAt(from - 1)))
            from--;
        int to = dot;
        while (to < line.length() && !Character.isWhitespace(line.charAt(to)))
            to++;
        String word = line.substring(from, to);
        return word.contains("@") || word.contains("://") || word.startsWith("www.");
    }

    /** A straight double quote at {@code at} closes a quote when an odd number of them come before it in the sentence. */
    private static boolean closes(String line, int from, int at) {
        int n = 0;
        for (int k = from; k < at; k++)
            if (line.charAt(k) == '"')
                n++;
        return n % 2 == 1;
    }

    private static final Pattern NAME_HYPHEN_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}{3,}");
    private static final Pattern CLITIC = Pattern.compile("(?i)(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:[A-Z]|[A-Z][a-z]{1,4}|(?:[A-Za-z]\\.)+[A-Za-z])");

    /*
     * The bundled tokenizer leaves clitics on words ("Trump's", "isn't") and cuts the dot off abbreviations
     * ("Sen" "."), which the tagger and the finders expect the other way round.
     */
    static Span[] refineTokens(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            String token = sentence.substring(span.getStart(), span.getEnd());
            // Every clitic has an apostrophe: most tokens skip the pattern.
            var m = token.indexOf('\'') < 0 ? null : CLITIC.matcher(token);
            if (m != null && m.matches() && !token.equalsIgnoreCase("can't") && m.group(1).chars().anyMatch(Character::isLetter)) {
                int cut = span.getStart() + m.end(1);
                out.add(new Span(span.getStart(), cut));
                out.add(new Span(cut, span.getEnd()));
            } else if (token.length() > 1 && token.endsWith("'") && Character.isLetter(token.charAt(token.length() - 2))
                    && token.charAt(token.length() - 2) == 's') {
                // "Sessions'" is a possessive: split the apostrophe off as its own token.
                out.add(new Span(span.getStart(), span.getEnd() - 1));
                out.add(new Span(span.getEnd() - 1, span.getEnd()));
            } else {
                out.add(span);
            }
        }
        List<Span> merged = new ArrayList<>();
        for (Span span : out) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                String lastText = sentence.substring(last.getStart(), last.getEnd());
                String text = sentence.substring(span.getStart(), span.getEnd());
                boolean glued = last.getEnd() == span.getStart();
                boolean abbreviationDot = glued && text.equals(".") && DOTTED_ABBREVIATION.matcher(lastText).matches()
                        && span.getEnd() < sentence.strip().length();
                boolean hyphenJoin = glued && (lastText.endsWith("-") || text.startsWith("-")) && !text.equals("-")
                        && !lastText.equals("-");
                if (abbreviationDot || hyphenJoin) {
                    merged.set(merged.size() - 1, new Span(last.getStart(), span.getEnd()));
                    continue;
                }
            }
            merged.add(span);
        }
        List<Span> split = new ArrayList<>();
        for (Span span : withoutGluedDashes(sentence, merged)) {
            String token = sentence.substring(span.getStart(), span.getEnd());
            if (token.indexOf('-') > 0 && NAME_HYPHEN_WORD.matcher(token).matches()) {
                // "Sanders-backed", "Trump-related": a name glued to a participle.
                int cut = span.getStart() + token.indexOf('-');
                split.add(new Span(span.getStart(), cut));
                split.add(new Span(cut, cut + 1));
                split.add(new Span(cut + 1, span.getEnd()));
            } else {
                split.add(span);
            }
        }
        return split.toArray(new Span[0]);
    }

    /*
     * "--" typed for a dash, or an em dash, glued to the words on either side ("Michael Flynn--who resigned",
     * "Mayor Greg Ballard—an otherwise even-keeled mayor"): the tokenizer keeps "Flynn--who" whole, and the name would
     * lose its last word or take the next one in. Such a dash is no part of a word (an en dash may be: "D\u2013Ore.").
     */
    private static List<Span> withoutGluedDashes(String sentence, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            int start = span.getStart();
            int dash = nextDash(sentence, start, span.getEnd());
            while (dash >= 0 && span.getEnd() - span.getStart() > 1) {
                int after = dash + 1;
                while (after < span.getEnd() && isDash(sentence, after))
                    after++;
                if (dash > start)
                    out.add(new Span(start, dash));
                out.add(new Span(dash, after));
                start = after;
                dash = nextDash(sentence, start, span.getEnd());
            }
            if (start < span.getEnd())
                out.add(new Span(start, span.getEnd()));
        }
        return out;
    }

    /** Where a dash starts in {@code [from, to)}: a double hyphen or an em dash; -1 if none. */
    private static int nextDash(String sentence, int from, int to) {
        for (int k = from; k < to; k++)
            if (sentence.charAt(k) == '\u2014' || sentence.charAt(k) == '-' && k + 1 < to && sentence.charAt(k + 1) == '-')
                return k;
        return -1;
    }

    private static boolean isDash(String sentence, int k) {
        char ch = sentence.charAt(k);
        return ch == '-' || ch == '\u2014';
    }

    private AnnotatedSentence annotateSentence(int index, String text, int start, int end, boolean headline) {
        String sentence = text.substring(start, end);
        String normalised = forModels(sentence);
        Span[] spans = refineTokens(normalised, tokenizer.tokenizePos(normalised));
        int n = spans.length;
        String[] tokens = new String[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = forModels(spans[i].getCoveredText(sentence).toString());
            starts[i] = start + spans[i].getStart();
            ends[i] = start + spans[i].getEnd();
        }
        String[] tags = tagger.tag(tokens);
        return new AnnotatedSentence(index, sentence, start, tokens, starts, ends, tags, headline);
    }

    /** Spans found by the user's name-finder models in a sentence (token offsets, model's types). */
    public List<Span> findNames(AnnotatedSentence sentence) {
        List<Span> found = new ArrayList<>();
        String[] tokens = sentence.tokens();
        for (NameFinderME finder : nameFinders)
            found.addAll(List.of(finder.find(tokens)));
        return found;
    }

    /** Forgets what the user's name finders learnt from the last document; call between articles. */
    public void clearAdaptiveData() {
        for (NameFinderME finder : nameFinders)
            finder.clearAdaptiveData();
    }
}
