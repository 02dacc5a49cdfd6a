package org.displacementstats.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the hints of a figure (place, origin, destination, period, attribution) from the words around it. */
final class Hinting {
    private static final Set<String> ORIGIN_VERBS = Set.of(
            "quitté",
            "quitter",
            "quittant",
            "quittent",
            "fui",
            "fuir",
            "fuyant",
            "fuient",
            "fled",
            "flee",
            "fleeing",
            "left",
            "leave",
            "leaving",
            "abandonné",
            "abandoning",
            "abandoned",
            "évacués",
            "evacuated",
            "chassés",
            "expulsés",
            "sortis");
    private static final Set<String> ORIGIN_MARKERS =
            Set.of("from", "depuis", "provenance", "originaires", "venus", "venant", "partis");
    private static final Set<String> DESTINATION_MARKERS = Set.of("vers", "towards", "toward", "into", "to");
    private static final Set<String> DESTINATION_VERBS = Set.of(
            "gagné", "gagnés", "gagnées", "rejoint", "atteint", "reached", "entered", "reach", "rejoindre", "gagner");
    private static final Set<String> IN = Set.of("dans", "à", "au", "aux", "en", "in", "inside", "within", "at");
    private static final Set<String> PLACE_MARKERS =
            Set.of("d'", "de", "du", "in", "à", "dans", "en", "at", "inside", "within", "au");
    private static final Set<String> DETERMINERS = Set.of(
            "le", "la", "les", "l'", "the", "a", "an", "un", "une", "des", "ces", "this", "these", "ce", "cette");
    private static final Set<String> BREAKS = Set.of(
            "de", "d'", "of", "du", "with", "avec", "par", "by", "where", "où", "qui", "which", "that", "et", "and",
            "while", "alors", "pour", "for", "since", "depuis", "selon", "sous", "under", "after", "après", "before",
            "avant", "on", "le", "la", "les", "the", "in", "dans", "à", "en", "vers", "towards", "toward", "into", "to",
            "from", "across", "through", "over", "jusqu'", "au", "aux", "at", "as", "comme", "during", "pendant",
            "because", "car", "parce");
    private static final Set<String> ADVERBS =
            Set.of("there", "here", "là", "ici", "home", "away", "abroad", "elsewhere", "ailleurs", "parts", "part");
    /** Words after which the words name another place: "fled to Lebanon" does not name where they fled from. */
    private static final Set<String> TURNS =
            Set.of("to", "into", "towards", "toward", "vers", "for", "while", "alors", "where", "où", "but", "mais");

    private static final Set<String> CONNECTORS = Set.of("de", "d'", "du", "des", "al", "el", "la", "le", "of", "al-");
    /** "Kurdish-held", "Syrian", « kurdes »: words that qualify a place without naming it. */
    private static final Pattern ADJECTIVE = Pattern.compile(".*-(held|run|controlled|led|backed|based)|.*(ish|ian|ians"
            + "|ese|ien|iens|ienne|iennes|ais|aise|aises|ique|iques|an)");

    private static final Pattern PERIOD = Pattern.compile("(?iU)\\b(?:(?:les|ces) (?:\\w+ )?derni(?:ers|ères)"
            + " (?:jours|heures|semaines|mois|nuits)|dans la nuit de \\w+ (?:soir )?à \\w+(?: matin)?"
            + "|en (?:une|un|deux|trois|quatre|\\d+) (?:seule )?(?:nuit|jour|jours|semaine|semaines|mois)"
            + "|entre \\w+ (?:soir |matin )?et \\w+(?: soir| matin)?|depuis (?:le )?\\d{1,2}(?:er)? \\w+"
            + "|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: soir| matin| dernier)?|hier|avant-hier"
            + "|(?:over|in|during) the (?:past|last) (?:\\w+ )?(?:days?|hours?|weeks?|months?|nights?)"
            + "|since (?:\\d{1,2} \\w+|\\w+ \\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "|(?:on |by |last |since )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "(?: night| morning| evening)?|overnight|yesterday|in (?:one|a single) night)\\b");
    private static final String VERBS = "indiqué|rapporté|précisé|affirmé|déclaré|annoncé|dit|estimé|souligné|ajouté"
            + "|résumé|expliqué|assuré|fait savoir|dénoncé|rapporte|indique|précise|affirme|déclare|annonce|estime";
    private static final String REPORT = "said|says|reported|reports|told|estimated|estimates|announced|stated";
    private static final List<Pattern> ATTRIBUTION = List.of(
            Pattern.compile("(?U)\\b(?:[Ss]elon|[Dd]['’]après|[Aa]ccording to) ([^,.;:()«»\"]{2,60})"),
            Pattern.compile("(?U)\\b(?:a|ont|avait|avaient) (?:" + VERBS + ")(?: à l['’]AFP)? ([^,.;:()«»\"]{2,60})"),
            Pattern.compile("(?U)\\b((?:[Tt]he|[Aa]n?) [^,.;:()«»\"]{1,60}?) (?:" + REPORT + ")\\b"),
            Pattern.compile("(?U)\\b([A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*)*) (?:" + REPORT + ")\\b"),
            Pattern.compile("(?U)\\b(?:" + REPORT + ") ((?:the )?[A-Z][^,.;:()«»\"]{1,60})"));

    private Hinting() {}

    static Hints hints(
            List<Token> tokens,
            String text,
            int from,
            int limit,
            Kind kind,
            boolean refersBack,
            Optional<Hints> previous,
            int sentenceStart,
            int sentenceEnd) {
        Optional<String> origin = Optional.empty();
        Optional<String> destination = Optional.empty();
        Optional<String> place = Optional.empty();
        int sentence = tokens.get(from).sentence();
        for (int i = from + 1; i < limit && i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
            String w = tokens.get(i).lower();
            if (Grammar.isStop(w)) {
                break;
            }
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            if (origin.isEmpty()
                    && (ORIGIN_VERBS.contains(w)
                            || ORIGIN_MARKERS.contains(w)
                            || w.equals("of") && before.equals("out"))) {
                origin = phrase(tokens, text, i + 1, limit, 6, !ORIGIN_MARKERS.contains(w));
            } else if (destination.isEmpty()
                    && (DESTINATION_MARKERS.contains(w)
                                    && !before.equals("according")
                                    && !before.equals("up")
                                    && !before.equals("close")
                            || DESTINATION_VERBS.contains(w))) {
                destination = phrase(tokens, text, i + 1, limit, 7, !DESTINATION_VERBS.contains(w));
            } else if (w.equals("direction") || w.equals("destination")) {
                destination = phrase(tokens, text, i + 2, limit, 6, true);
            } else if (place.isEmpty() && (kind == Kind.STOCK ? PLACE_MARKERS : IN).contains(w)) {
                place = phrase(tokens, text, i + 1, limit, 5, false);
            }
        }
        if (origin.isEmpty() && refersBack && previous.isPresent()) {
            origin = previous.get().place().or(() -> previous.get().origin());
        }
        String sentenceText = text.substring(sentenceStart, sentenceEnd);
        Matcher period = PERIOD.matcher(sentenceText);
        Optional<String> when = period.find() ? Optional.of(period.group()) : Optional.empty();
        return new Hints(place, origin, destination, when, attribution(sentenceText));
    }

    static Optional<String> attribution(String sentence) {
        for (Pattern p : ATTRIBUTION) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The place named from token {@code from}: the last run of capitalised words within {@code max} tokens
     * (« la petite enclave de Cheikh Maqsoud » gives « Cheikh Maqsoud »), or when {@code lowerCase} and there is
     * none, the first words without their determiner (« les zones gouvernementales »: « zones gouvernementales »).
     */
    static Optional<String> phrase(List<Token> tokens, String text, int from, int limit, int max, boolean lowerCase) {
        if (from >= tokens.size() || from >= limit) {
            return Optional.empty();
        }
        int sentence = tokens.get(from).sentence();
        int runStart = -1;
        int runEnd = -1;
        int bestStart = -1;
        int bestEnd = -1;
        int end = Math.min(Math.min(limit, tokens.size()), from + max);
        for (int i = from; i < end && tokens.get(i).sentence() == sentence; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || bestStart < 0 && TURNS.contains(t.lower())) {
                break;
            }
            boolean capital = Character.isUpperCase(text.charAt(t.start()))
                    && !ADJECTIVE.matcher(t.lower()).matches()
                    && !NonCounts.isCalendarWord(t.lower());
            if (capital) {
                runStart = runStart < 0 ? i : runStart;
                runEnd = i;
                if (bestStart < 0 || bestStart == runStart) {
                    bestStart = runStart;
                    bestEnd = runEnd;
                }
            } else if (bestStart >= 0 && runStart < 0) {
                break;
            } else if (!(runStart >= 0
                    && CONNECTORS.contains(t.lower())
                    && i + 1 < end
                    && Character.isUpperCase(text.charAt(tokens.get(i + 1).start())))) {
                runStart = -1;
            }
        }
        if (bestStart >= 0) {
            return Optional.of(text.substring(
                            tokens.get(bestStart).start(), tokens.get(bestEnd).end())
                    .replaceAll("['’]s$", ""));
        }
        if (!lowerCase) {
            return Optional.empty();
        }
        int i = from;
        while (i < end && DETERMINERS.contains(tokens.get(i).lower())) {
            i++;
        }
        int first = i;
        while (i < end
                && i < first + 3
                && tokens.get(i).isWord()
                && !BREAKS.contains(tokens.get(i).lower())
                && tokens.get(i).sentence() == sentence) {
            i++;
        }
        for (int k = first; k < i; k++) {
            String w = tokens.get(k).lower();
            if (NumberWords.isNumberWord(w) || Lexicon.NOT_PEOPLE.contains(w) || ADVERBS.contains(w)) {
                return Optional.empty();
            }
        }
        return i > first
                ? Optional.of(text.substring(
                        tokens.get(first).start(), tokens.get(i - 1).end()))
                : Optional.empty();
    }
}
