package org.displacementstats.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.displacementstats.figure.Count;
import org.displacementstats.figure.Quantifier;

/**
 * Gives the occurrences of one figure in one text the same claim id: the same number (or range), of a kind and
 * destination that do not contradict each other, as in a headline and its body (« 10.000 déplacés »,
 * « Au moins 10.000 personnes ont quitté »). Vague amounts are each a claim of their own.
 */
final class Claims {
    private record Claim(String id, Count count, Kind kind, Optional<String> destination) {}

    private final List<Claim> claims = new ArrayList<>();

    String claimOf(Count count, Kind kind, Optional<String> destination) {
        if (count.quantifier() != Quantifier.VAGUE) {
            for (Claim c : claims) {
                if (c.count().value() == count.value()
                        && c.count().upper() == count.upper()
                        && c.count().quantifier() != Quantifier.VAGUE
                        && (c.kind() == kind || c.kind() == Kind.UNKNOWN || kind == Kind.UNKNOWN)
                        && (c.destination().isEmpty()
                                || destination.isEmpty()
                                || c.destination().equals(destination))) {
                    return c.id();
                }
            }
        }
        Claim c = new Claim("c" + (claims.size() + 1), count, kind, destination);
        claims.add(c);
        return c.id();
    }
}
