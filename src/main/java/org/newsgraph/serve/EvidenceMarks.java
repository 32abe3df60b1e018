package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * Marks, in an evidence sentence, the words that name the fact's two ends: the names the article gives each end
 * (its label and other names), longest first, case-insensitively, at word boundaries, never overlapping. A pronoun
 * ("he endorsed...") names nobody here and stays unmarked. Stateless.
 */
final class EvidenceMarks {
    private record Span(int start, int end, String role) {}

    private EvidenceMarks() {}

    /** Appends {@code sentence} to {@code parent}, the names wrapped in {@code <mark class="subject|object">}. */
    static void append(Element parent, String sentence, Collection<String> subjectNames, Collection<String> objectNames) {
        if (sentence == null)
            return;
        record Name(String text, String role) {}
        List<Name> names = new ArrayList<>();
        subjectNames.forEach(n -> names.add(new Name(n, "subject")));
        objectNames.forEach(n -> names.add(new Name(n, "object")));
        names.sort(Comparator.comparingInt((Name n) -> -n.text().length()));
        // Lower-casing may change a string's length (a dotted capital I); then match as written.
        String lower = sentence.toLowerCase(Locale.ROOT).length() == sentence.length() ? sentence.toLowerCase(Locale.ROOT) : sentence;
        boolean folded = lower != sentence;
        List<Span> spans = new ArrayList<>();
        for (Name name : names) {
            String wanted = folded ? name.text().toLowerCase(Locale.ROOT).strip() : name.text().strip();
            if (wanted.isEmpty() || wanted.length() != name.text().strip().length())
                continue;
            for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
                int end = at + wanted.length();
                if (isWordBoundary(sentence, at) && isWordBoundary(sentence, end) && free(spans, at, end))
                    spans.add(new Span(at, end, name.role()));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        int at = 0;
        for (Span span : spans) {
            parent.appendText(sentence.substring(at, span.start()));
            parent.appendElement("mark").addClass(span.role()).text(sentence.substring(span.start(), span.end()));
            at = span.end();
        }
        parent.appendText(sentence.substring(at));
    }

    private static boolean isWordBoundary(String s, int i) {
        return i <= 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i - 1)) || !Character.isLetterOrDigit(s.charAt(i));
    }

    private static boolean free(List<Span> spans, int start, int end) {
        for (Span s : spans)
            if (start < s.end() && s.start() < end)
                return false;
        return true;
    }
}
