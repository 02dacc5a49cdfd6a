package org.displacementstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Quantifier;
import org.displacementstats.provenance.Quote;

/**
 * Finds the displacement figures of a French or English text.
 *
 * <p>A number is a figure when it counts people or households (« 10.000 personnes », "6,000 of them", « dont
 * 6.000 vers … » after a figure, "4,000 Syrians fled") in a sentence about people moving or living somewhere; it is
 * not when it is a year, a date, a time, a percentage, money, a distance, a duration, an ordinal, a document
 * number, a fraction, or a count of people killed, injured or detained. Its quantifier is read from the words
 * before it (« près de », "an estimated", « entre … et … ») or after its noun (« au moins », "or more").
 * Extraction is linear in the text.
 */
public final class Extractor {
    private static final Set<String> PART_OF = Set.of("dont", "including", "whom", "among", "parmi");
    private static final int LONG_SENTENCE = 250;
    private static final int CLAUSE_TOKENS = 30;

    private final Optional<Language> language;

    private Extractor(Optional<Language> language) {
        this.language = language;
    }

    /**
     * An extractor for texts in a given language.
     *
     * @param language the texts' language
     * @return the extractor
     */
    public static Extractor forLanguage(Language language) {
        return new Extractor(Optional.of(Objects.requireNonNull(language, "language")));
    }

    /** @return an extractor that detects each text's language ({@link Language#detect}) */
    public static Extractor detectingLanguage() {
        return new Extractor(Optional.empty());
    }

    /**
     * @param text a text
     * @return the language this extractor reads it in
     */
    public Language languageOf(String text) {
        return language.orElseGet(() -> Language.detect(text));
    }

    /**
     * The displacement figures of a text, in text order. Offsets count code points of {@code text}.
     *
     * @param text the whole text
     * @return the mentions; empty when the text states no figure
     */
    public List<Mention> extract(String text) {
        Objects.requireNonNull(text, "text");
        List<Token> tokens = Tokenizer.tokenize(text);
        Sentences sentences = new Sentences(tokens);
        List<Amount> amounts = Ranges.join(tokens, Amounts.find(tokens, text));
        List<Amount> accepted = new ArrayList<>();
        List<int[]> heads = new ArrayList<>();
        for (Amount a : amounts) {
            int[] head = Grammar.head(tokens, text, a.last());
            Grammar.Head h = Grammar.Head.values()[head[0]];
            boolean people = h == Grammar.Head.PEOPLE || h == Grammar.Head.HOUSEHOLDS || h == Grammar.Head.PRONOUN;
            if (NonCounts.isNotACount(tokens, text, a, people) || a.value() == 0 && !a.vague()) {
                continue;
            }
            boolean previousInSentence = !accepted.isEmpty()
                    && tokens.get(accepted.get(accepted.size() - 1).first()).sentence()
                            == tokens.get(a.first()).sentence();
            boolean counts = people
                    || h == Grammar.Head.VERB
                    || h == Grammar.Head.DIRECTION && previousInSentence
                    || h != Grammar.Head.OTHER && Grammar.countsNumberOfPeople(tokens, a)
                    || h == Grammar.Head.OTHER
                            && !tokens.get(head[1]).isNumber()
                            && !Lexicon.NOT_PEOPLE.contains(tokens.get(head[1]).lower())
                            && Grammar.countsNumberOfPeople(tokens, a);
            boolean relevant = sentences.hasCue(tokens.get(a.first()).sentence())
                    || Cues.isPresence(tokens, a.first(), tokens.get(a.first()).sentence())
                    || Grammar.DISPLACEMENT_NOUNS.contains(tokens.get(head[1]).lower());
            if (counts && relevant && !Grammar.isCasualty(tokens, a)) {
                accepted.add(a);
                heads.add(head);
            }
        }
        return mentions(text, tokens, sentences, accepted, heads);
    }

    private static List<Mention> mentions(
            String text, List<Token> tokens, Sentences sentences, List<Amount> accepted, List<int[]> heads) {
        CodePoints cp = new CodePoints(text);
        List<Mention> mentions = new ArrayList<>();
        Claims claims = new Claims();
        for (int k = 0; k < accepted.size(); k++) {
            Amount a = accepted.get(k);
            Grammar.Head head = Grammar.Head.values()[heads.get(k)[0]];
            int headIndex = heads.get(k)[1];
            int limit = k + 1 < accepted.size() ? accepted.get(k + 1).first() : tokens.size();
            int quoteFrom = a.first();
            Count count;
            if (a.vague()) {
                count = Count.vague();
            } else if (a.isRange()) {
                count = Count.between(a.value(), a.high());
                quoteFrom = Math.max(0, a.first() - 1);
            } else {
                Optional<int[]> before = QuantifierPhrases.before(tokens, a.first());
                Quantifier q = before.map(b -> Quantifier.values()[b[0]])
                        .or(() -> QuantifierPhrases.after(tokens, Math.max(headIndex, a.last())))
                        .orElse(a.approximate() ? Quantifier.ABOUT : Quantifier.EXACT);
                quoteFrom = before.map(b -> b[1]).orElse(a.first());
                count = Count.of(q, a.value());
            }
            Lexicon.Cue cue = Cues.of(tokens, a, headIndex, limit);
            Mention previous = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            Unit unit = head == Grammar.Head.HOUSEHOLDS
                    ? Unit.HOUSEHOLDS
                    : head == Grammar.Head.PEOPLE || previous == null ? Unit.PEOPLE : previous.unit();
            int sentence = tokens.get(a.first()).sentence();
            int[] span = quoteSpan(tokens, sentences, sentence, quoteFrom, Math.max(headIndex, a.last()), text);
            boolean refersBack = head == Grammar.Head.PRONOUN
                    || Tokens.previous(tokens, quoteFrom, 1)
                            .filter(PART_OF::contains)
                            .isPresent()
                    || k > 0 && tokens.get(accepted.get(k - 1).first()).sentence() == sentence;
            Hints hints = Hinting.hints(
                    tokens,
                    text,
                    a.last(),
                    limit,
                    cue.kind(),
                    refersBack,
                    Optional.ofNullable(previous).map(Mention::hints),
                    span[0],
                    span[1]);
            int quoteStart = cp.of(span[0]);
            int numberStart = cp.of(tokens.get(a.first()).start());
            int numberEnd = cp.of(tokens.get(a.last()).end());
            int quoteEnd = cp.of(span[1]);
            Quote quote = new Quote(
                    text.substring(span[0], span[1]), cp.prefix(span[0]), cp.suffix(span[1]), quoteStart, quoteEnd);
            String id = "m" + (mentions.size() + 1);
            mentions.add(new Mention(
                    id,
                    claims.claimOf(count, cue.kind(), hints.destination()),
                    numberStart,
                    numberEnd,
                    quote,
                    count,
                    cue.kind(),
                    cue.what(),
                    unit,
                    hints));
        }
        return List.copyOf(mentions);
    }

    /** The sentence around the number, or the clause when the sentence is long; as UTF-16 offsets. */
    private static int[] quoteSpan(
            List<Token> tokens, Sentences sentences, int sentence, int from, int to, String text) {
        int first = sentences.first(sentence);
        int last = sentences.last(sentence);
        while (first < from && tokens.get(first).isPunct() && !tokens.get(first).is("«")) {
            first++;
        }
        while (last > to
                && tokens.get(last).isPunct()
                && ".!?…,;:".contains(tokens.get(last).lower())) {
            last--;
        }
        if (tokens.get(last).end() - tokens.get(first).start() > LONG_SENTENCE) {
            int left = from;
            while (left > first && from - left < CLAUSE_TOKENS && !isClauseBreak(tokens.get(left - 1))) {
                left--;
            }
            int right = to;
            while (right < last && right - to < CLAUSE_TOKENS && !isClauseBreak(tokens.get(right + 1))) {
                right++;
            }
            first = left;
            last = right;
        }
        return new int[] {tokens.get(first).start(), tokens.get(last).end()};
    }

    private static boolean isClauseBreak(Token t) {
        return t.isPunct() && ",;:()—–[]".contains(t.lower());
    }
}
