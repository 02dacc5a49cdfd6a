package org.displacementstats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;

/** A check whose detail is worded when asked for is the same value as one built with its detail. */
class CheckTest {
    @Test
    void a_check_worded_when_asked_equals_the_check_built_with_its_words() {
        Check given = new Check("dates-ordered:fled", CheckStatus.PASS, "period 2016-11-28..2016-11-28 is ordered");
        Check worded = new Check(
                "dates-ordered", "fled", CheckStatus.PASS, () -> "period 2016-11-28..2016-11-28" + " is ordered");

        assertThat(worded).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(worded.id()).isEqualTo("dates-ordered:fled");
        assertThat(worded.rule()).isEqualTo("dates-ordered").isEqualTo(given.rule());
        assertThat(worded)
                .hasToString("Check[id=dates-ordered:fled, status=PASS,"
                        + " detail=period 2016-11-28..2016-11-28 is ordered]");
    }

    @Test
    void the_detail_is_worded_once_and_only_when_asked_for() {
        AtomicInteger wordings = new AtomicInteger();
        Check check = new Check("dates-ordered", "fled", CheckStatus.PASS, () -> {
            wordings.incrementAndGet();
            return "is ordered";
        });

        assertThat(wordings).hasValue(0);
        assertThat(check.detail()).isEqualTo("is ordered");
        assertThat(check.detail()).isEqualTo("is ordered");
        assertThat(wordings).hasValue(1);
    }

    @Test
    void a_blank_detail_is_refused_when_it_is_worded() {
        Check check = new Check("dates-ordered", "fled", CheckStatus.PASS, () -> " ");

        assertThatThrownBy(check::detail)
                .isInstanceOf(DisplacementDataException.class)
                .hasMessageContaining("Check.detail");
    }

    @Test
    void a_check_without_a_status_is_refused() {
        assertThatThrownBy(() -> new Check("dates-ordered:fled", null, "is ordered"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Check("dates-ordered", "fled", null, () -> "is ordered"))
                .isInstanceOf(NullPointerException.class);
    }
}
