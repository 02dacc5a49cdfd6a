package org.displacementstats.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.displacementstats.figure.Quantifier;

/** The French and English words the extractor reads: quantifiers, nouns of people, verbs of movement, exclusions. */
final class Lexicon {
    // The word lists below are laid out by hand, a few words a line, as the languages group them; the formatter
    // would put one word per line and triple the class.
    // spotless:off
    /** A word that says what kind of figure a number is. */
    record Cue(Kind kind, String what) {
    }

    /** A quantifier phrase, as words, and the quantifier it signals. */
    record Phrase(List<String> words, Quantifier quantifier) {
    }

    /** Quantifier phrases before the number, longest first, so that « pas moins de » wins over « moins de ». */
    static final List<Phrase> BEFORE = phrases(Map.of(
            Quantifier.ABOUT, List.of("quelque", "environ", "autour de", "autour d'", "aux alentours de",
                    "approximativement", "à peu près", "de l'ordre de", "estimé à", "estimés à", "estimées à",
                    "estime à", "estiment à", "évalue à", "évalué à",
                    "about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "approx",
                    "in the region of", "of the order of", "circa"),
            Quantifier.NEARLY, List.of("près de", "près d'", "presque", "pas loin de", "pas loin d'", "quasiment",
                    "un peu moins de", "un peu moins d'", "nearly", "almost", "close to", "just under",
                    "just short of", "not far from"),
            Quantifier.AT_LEAST, List.of("au moins", "au minimum", "pas moins de", "pas moins d'", "au bas mot",
                    "at least", "a minimum of", "no fewer than", "no less than", "not less than"),
            Quantifier.MORE_THAN, List.of("plus de", "plus d'", "au-delà de", "au-delà d'", "more than", "over",
                    "in excess of", "upwards of", "above", "just over", "well over"),
            Quantifier.UP_TO, List.of("jusqu' à", "jusqu' aux", "jusqu' au", "au plus", "au maximum", "up to",
                    "as many as", "at most", "a maximum of", "no more than", "not more than"),
            Quantifier.LESS_THAN, List.of("moins de", "moins d'", "less than", "fewer than", "under", "below")));

    /** Quantifier phrases after the number's noun: « 10.000 personnes au moins », "10,000 people or more". */
    static final List<Phrase> AFTER = phrases(Map.of(
            Quantifier.ABOUT, List.of("environ", "or so", "approximativement"),
            Quantifier.AT_LEAST, List.of("au moins", "au minimum", "at least", "or more", "ou plus", "et plus"),
            Quantifier.UP_TO, List.of("at most", "au plus", "au maximum")));

    /** Words that ring weak: they quantify only right before the number (« over the past 3 days »). */
    static final Set<String> WEAK = Set.of("some", "over", "about", "around", "under", "below", "above",
            "estimated", "environ", "quelque");

    static final Set<String> PEOPLE = Set.of("personnes", "gens", "civils", "civiles", "habitants", "habitantes",
            "résidents", "résidentes", "déplacés", "déplacées", "réfugiés", "réfugiées", "migrants", "migrantes",
            "exilés", "rapatriés", "évacués", "évacuées", "sinistrés", "individus", "âmes", "enfants", "femmes",
            "hommes", "mineurs", "demandeurs", "ressortissants", "citoyens", "villageois", "survivants", "rescapés",
            "people", "persons", "civilians", "residents", "inhabitants", "displaced", "idps", "refugees",
            "evacuees", "returnees", "individuals", "children", "women", "men", "souls", "villagers", "citizens",
            "nationals", "survivors", "arrivals", "asylum-seekers", "seekers", "newcomers", "people's", "pers");
    static final Set<String> HOUSEHOLDS = Set.of("familles", "ménages", "foyers", "families", "households");
    /** Words that may stand between a number and its noun: « 10.000 autres personnes », "6,000 more people". */
    static final Set<String> BETWEEN_NUMBER_AND_NOUN = Set.of("autres", "other", "more", "additional", "nouveaux",
            "nouvelles", "new", "supplémentaires", "internally", "newly", "recently", "déjà", "already", "de", "d'",
            "of", "des", "the", "syrian", "syriens", "syriennes", "displaced", "déplacés", "civilian", "vulnerable",
            "vulnérables", "innocent", "innocents", "local", "locaux", "kurdish", "kurdes", "estimated");
    static final Set<String> DIRECTIONS = Set.of("vers", "to", "into", "towards", "toward", "à", "au", "aux", "dans",
            "en", "for", "in");
    static final Set<String> NOT_PEOPLE = Set.of("jours", "jour", "heures", "heure", "h", "minutes", "min",
            "secondes", "semaines", "semaine", "mois", "ans", "an", "années", "année", "siècles", "nuits", "nuit",
            "days", "day", "hours", "hour", "seconds", "weeks", "week", "months", "month", "years", "year", "nights",
            "night", "decades", "décennies", "mètres", "m", "km", "kilomètres", "kilometres", "kilometers", "miles",
            "metres", "meters", "hectares", "ha", "kg", "tonnes", "tons", "dollars", "euros", "livres", "francs",
            "usd", "eur", "pounds", "dinars", "rials", "%", "pour", "per", "percent", "pourcent", "pc", "tiers",
            "quart", "quarts", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "half", "moitié",
            "cinquième", "cinquièmes", "degrés", "degrees", "am", "pm", "a.m", "p.m", "gmt", "utc",
            "morts", "mort", "tués", "blessés", "dead", "deaths", "killed", "injured", "wounded", "casualties",
            "fatalities", "bodies", "corps", "victimes", "victims");
    static final Set<String> CASUALTY = Set.of("tués", "tué", "tuées", "tuée", "tuant", "tuer", "tue", "tuent",
            "blessés", "blessé", "blessées", "blessée", "blessant", "morts", "mort", "morte", "mortes", "décès",
            "décédés", "péri", "périr", "périssent", "massacrés", "exécutés", "killed", "killing", "kill", "kills",
            "dead", "died", "die", "dies", "death", "deaths", "injured", "injuring", "injuries", "wounded",
            "wounding", "casualties", "fatalities", "massacred", "executed", "slain", "bodies", "toll", "vie", "lives",
            "detained", "arrested", "kidnapped", "abducted", "arrêtés", "détenus", "enlevés", "disparus", "missing",
            "victimes", "victims");
    /** Cue words that are nouns: they say what a sentence is about, never the verb of a number's noun. */
    static final Set<String> NOUN_CUES = Set.of("camps", "camp", "population", "populations", "exode", "exodus",
            "fuite", "flight", "retour", "afflux", "influx", "outflow", "returnees", "refugees", "idps");
    private static final Map<String, Cue> CUES = cues();
    private static final List<Map.Entry<String, Cue>> STEMS = List.of(
            Map.entry("fuy", new Cue(Kind.FLOW, "fled")), Map.entry("quitt", new Cue(Kind.FLOW, "fled")),
            Map.entry("flee", new Cue(Kind.FLOW, "fled")), Map.entry("escap", new Cue(Kind.FLOW, "fled")),
            Map.entry("déplac", new Cue(Kind.FLOW, "displaced")), Map.entry("displac", new Cue(Kind.FLOW, "displaced")),
            Map.entry("uproot", new Cue(Kind.FLOW, "displaced")), Map.entry("évacu", new Cue(Kind.FLOW, "evacuated")),
            Map.entry("evacu", new Cue(Kind.FLOW, "evacuated")), Map.entry("rapatri", new Cue(Kind.FLOW, "returned")),
            Map.entry("retourn", new Cue(Kind.FLOW, "returned")), Map.entry("return", new Cue(Kind.FLOW, "returned")),
            Map.entry("arriv", new Cue(Kind.FLOW, "arrived")), Map.entry("rejoi", new Cue(Kind.FLOW, "arrived")),
            Map.entry("relocat", new Cue(Kind.FLOW, "displaced")), Map.entry("viv", new Cue(Kind.STOCK, "residents")),
            Map.entry("résident", new Cue(Kind.STOCK, "residents")),
            Map.entry("resident", new Cue(Kind.STOCK, "residents")),
            Map.entry("inhabitant", new Cue(Kind.STOCK, "residents")),
            Map.entry("demeur", new Cue(Kind.STOCK, "remaining")),
            Map.entry("remain", new Cue(Kind.STOCK, "remaining")),
            Map.entry("coincé", new Cue(Kind.STOCK, "remaining")), Map.entry("piégé", new Cue(Kind.STOCK, "remaining")),
            Map.entry("assiégé", new Cue(Kind.STOCK, "remaining")),
            Map.entry("enregistr", new Cue(Kind.STOCK, "registered")),
            Map.entry("register", new Cue(Kind.STOCK, "registered")),
            Map.entry("recens", new Cue(Kind.STOCK, "registered")), Map.entry("héberg", new Cue(Kind.STOCK, "hosted")),
            Map.entry("accueill", new Cue(Kind.STOCK, "hosted")), Map.entry("réfugi", new Cue(Kind.STOCK, "refugees")));

    private Lexicon() {
    }

    /** @return what the word says of the figure, if it is a word of displacement or of population */
    static Optional<Cue> cue(String word) {
        Cue c = CUES.get(word);
        if (c != null) {
            return Optional.of(c);
        }
        if (word.startsWith("habitant") || word.startsWith("habitent")) {
            return Optional.of(new Cue(Kind.STOCK, "residents"));
        }
        for (Map.Entry<String, Cue> stem : STEMS) {
            if (word.startsWith(stem.getKey())) {
                return Optional.of(stem.getValue());
            }
        }
        return Optional.empty();
    }

    private static Map<String, Cue> cues() {
        Map<String, Cue> m = new LinkedHashMap<>();
        Cue fled = new Cue(Kind.FLOW, "fled");
        for (String w : List.of("fui", "fuir", "fuient", "fuit", "fled", "left", "leave", "leaving", "leaves",
                "abandonné", "abandonnés", "exode", "fuite", "partis", "parties", "allés", "allées", "dirigés",
                "dirigées", "dirigé", "went", "moved", "moving", "headed", "heading", "exodus", "outflow", "flight",
                "crossed", "crossing", "passés", "franchi", "sortis", "gone", "fleeing")) {
            m.put(w, fled);
        }
        Cue arrived = new Cue(Kind.FLOW, "arrived");
        for (String w : List.of("gagné", "gagnés", "gagnées", "atteint", "parvenus", "reached", "entered", "influx",
                "afflux", "sought", "trouvé")) {
            m.put(w, arrived);
        }
        m.put("returnees", new Cue(Kind.FLOW, "returned"));
        for (String w : List.of("rentrés", "rentrées", "rentrer", "revenus", "revenues", "retour", "regagné",
                "regagnés", "regagner", "regagnent", "regagnaient")) {
            m.put(w, new Cue(Kind.FLOW, "returned"));
        }
        Cue residents = new Cue(Kind.STOCK, "residents");
        for (String w : List.of("live", "living", "lived", "population", "populations", "peuplé")) {
            m.put(w, residents);
        }
        Cue remaining = new Cue(Kind.STOCK, "remaining");
        for (String w : List.of("restent", "restés", "restées", "resté", "trapped", "stranded", "besieged", "stuck",
                "bloqués", "encerclés")) {
            m.put(w, remaining);
        }
        Cue hosted = new Cue(Kind.STOCK, "hosted");
        for (String w : List.of("hosted", "hosting", "hosts", "sheltering", "sheltered", "abrités", "camps", "camp")) {
            m.put(w, hosted);
        }
        m.put("inscrits", new Cue(Kind.STOCK, "registered"));
        m.put("homeless", new Cue(Kind.STOCK, "homeless"));
        m.put("sans-abri", new Cue(Kind.STOCK, "homeless"));
        m.put("refugees", new Cue(Kind.STOCK, "refugees"));
        m.put("idps", new Cue(Kind.STOCK, "displaced"));
        return Map.copyOf(m);
    }

    private static List<Phrase> phrases(Map<Quantifier, List<String>> byQuantifier) {
        List<Phrase> all = new ArrayList<>();
        byQuantifier.forEach((q, list) -> list.forEach(p -> all.add(new Phrase(List.of(
                Tokenizer.lower(p).replace("'", "' ").replace("'  ", "' ").strip().split(" ")), q))));
        all.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()).thenComparing(p -> String.join(" ",
                p.words())));
        return List.copyOf(all);
    }
    // spotless:on
}
