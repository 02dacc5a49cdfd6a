package org.displacementstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into words, numbers and punctuation, and into sentences. One pass, linear in the text.
 *
 * <p>Numbers keep their grouping: « 250.000 », « 10 000 » (space, U+00A0, U+202F or U+2009), "16,000" are one
 * number when every group after the first has three digits and the first has at most three. A French elision
 * (« d' », « l' », « jusqu' ») is a word of its own. A sentence ends at {@code . ! ? …} before a capital, a digit,
 * a quote or the end (not after an abbreviation such as "No."), at a bullet, at a blank line, and at a line
 * break after a short line (a headline) or after a line ending with punctuation.
 */
final class Tokenizer {
    private static final String SEPARATORS = ".,' \u00a0\u202f\u2009";
    private static final String BULLETS = "•▪◦●■";
    private static final Set<String> ELISIONS =
            Set.of("d", "l", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "presqu", "quelqu");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "no", "n", "nos", "nr", "mr", "mrs", "ms", "dr", "st", "vol", "art", "p", "pp", "fig", "approx", "est",
            "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "m", "mme", "mgr", "gen",
            "col", "lt", "sgt", "gov", "sen", "rep", "etc", "av", "env");
    private static final int SHORT_LINE = 60;

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int sentence = 0;
        int lineStart = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (endsSentenceAtLineBreak(text, lineStart, i)) {
                    sentence = nextSentence(tokens, sentence);
                }
                lineStart = i + 1;
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int end = wordEnd(text, i);
                tokens.add(new Token(Token.Type.WORD, i, end, lower(text.substring(i, end)), -1, sentence));
                i = end;
            } else if (isDigit(c)) {
                int end = numberEnd(text, i);
                tokens.add(new Token(Token.Type.NUMBER, i, end, text.substring(i, end), value(text, i, end), sentence));
                i = end;
            } else {
                if (BULLETS.indexOf(c) >= 0) {
                    sentence = nextSentence(tokens, sentence);
                }
                int end = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                tokens.add(new Token(Token.Type.PUNCT, i, end, text.substring(i, end), -1, sentence));
                if (endsSentence(text, tokens, i)) {
                    sentence = nextSentence(tokens, sentence);
                }
                i = end;
            }
        }
        return tokens;
    }

    private static int nextSentence(List<Token> tokens, int sentence) {
        return tokens.isEmpty() || tokens.get(tokens.size() - 1).sentence() < sentence ? sentence : sentence + 1;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String lower(String word) {
        return word.replace('\u2019', '\'').replace('\u02bc', '\'').toLowerCase(Locale.ROOT);
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '-' || c == '\u2011') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                if (ELISIONS.contains(lower(text.substring(start, i)))) {
                    return i + 1;
                }
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int numberEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i - start > 3 || i >= n) {
            return i;
        }
        char separator = text.charAt(i);
        if (SEPARATORS.indexOf(separator) < 0) {
            return i;
        }
        int end = i;
        while (end + 4 <= n
                && text.charAt(end) == separator
                && isDigit(text.charAt(end + 1))
                && isDigit(text.charAt(end + 2))
                && isDigit(text.charAt(end + 3))
                && (end + 4 == n || !isDigit(text.charAt(end + 4)))) {
            end += 4;
        }
        return end;
    }

    private static long value(String text, int start, int end) {
        long v = 0;
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                if (++digits > 12) {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
        }
        return v;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int at) {
        char c = text.charAt(at);
        if (c != '.' && c != '!' && c != '?' && c != '…') {
            return false;
        }
        int n = text.length();
        int next = at + 1;
        while (next < n
                && (text.charAt(next) == '.'
                        || text.charAt(next) == '"'
                        || text.charAt(next) == '»'
                        || text.charAt(next) == ')'
                        || text.charAt(next) == '\u201d')) {
            next++;
        }
        if (c == '.' && tokens.size() >= 2) {
            Token before = tokens.get(tokens.size() - 2);
            if (before.end() == at && before.isWord() && ABBREVIATIONS.contains(before.lower())) {
                return false;
            }
        }
        if (next >= n) {
            return true;
        }
        char after = text.charAt(next);
        if (Character.isUpperCase(after)) {
            // « jours.Les » is a missing space; « U.S. » and « a.m. » are not sentence ends.
            return next > at + 1
                    || at > 1
                            && Character.isLowerCase(text.charAt(at - 1))
                            && Character.isLowerCase(text.charAt(at - 2));
        }
        if (!Character.isWhitespace(after) && !Character.isSpaceChar(after)) {
            return false;
        }
        int k = next;
        while (k < n && (Character.isWhitespace(text.charAt(k)) || Character.isSpaceChar(text.charAt(k)))) {
            k++;
        }
        if (k >= n) {
            return true;
        }
        char first = text.charAt(k);
        return Character.isUpperCase(first)
                || isDigit(first)
                || "«\"\u201c(—–-•'".indexOf(first) >= 0
                || text.substring(next, k).indexOf('\n') >= 0;
    }

    private static boolean endsSentenceAtLineBreak(String text, int lineStart, int at) {
        int n = text.length();
        int next = at + 1;
        while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
            next++;
        }
        if (next >= n
                || text.charAt(next) == '\n'
                || BULLETS.indexOf(text.charAt(next)) >= 0
                || text.charAt(next) == '-'
                || text.charAt(next) == '*') {
            return true;
        }
        String line = text.substring(lineStart, at).strip();
        return line.isEmpty() || line.length() < SHORT_LINE || ".!?:;»\"".indexOf(line.charAt(line.length() - 1)) >= 0;
    }
}
