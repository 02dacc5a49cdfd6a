package org.displacementstats.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The token ranges of a text's sentences, and whether each speaks of people moving or living somewhere. */
final class Sentences {
    private final List<Token> tokens;
    private final List<int[]> ranges = new ArrayList<>();
    private final Map<Integer, Boolean> cues = new HashMap<>();

    Sentences(List<Token> tokens) {
        this.tokens = tokens;
        for (int i = 0; i < tokens.size(); i++) {
            int s = tokens.get(i).sentence();
            while (ranges.size() <= s) {
                ranges.add(new int[] {i, i});
            }
            ranges.get(s)[1] = i;
        }
    }

    int first(int sentence) {
        return ranges.get(sentence)[0];
    }

    int last(int sentence) {
        return ranges.get(sentence)[1];
    }

    /** Whether a word of displacement or population (« ont fui », "displaced", « habitants ») is in the sentence. */
    boolean hasCue(int sentence) {
        return cues.computeIfAbsent(sentence, s -> {
            for (int i = first(s); i <= last(s); i++) {
                if (tokens.get(i).isWord() && Lexicon.cue(tokens.get(i).lower()).isPresent()) {
                    return true;
                }
            }
            return false;
        });
    }
}
