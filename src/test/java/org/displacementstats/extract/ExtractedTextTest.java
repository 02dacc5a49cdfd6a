package org.displacementstats.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.displacementstats.DisplacementDataException;
import org.junit.jupiter.api.Test;

class ExtractedTextTest {

    @Test
    void a_text_is_unpublished_until_the_analyst_gives_the_day_and_compares_by_value() {
        ExtractedText plain =
                ExtractedText.of("lci-2016-11-27", "lci.txt", "Près de 10.000 civils ont fui.", List.of());
        ExtractedText dated = plain.publishedOn(LocalDate.of(2016, 11, 27));

        assertThat(plain.published()).isEmpty();
        assertThat(dated.published()).contains(LocalDate.of(2016, 11, 27));
        assertThat(dated.sourceId()).isEqualTo("lci-2016-11-27");
        assertThat(dated.name()).isEqualTo("lci.txt");
        assertThat(dated.text()).isEqualTo("Près de 10.000 civils ont fui.");
        assertThat(dated)
                .isEqualTo(ExtractedText.of("lci-2016-11-27", "lci.txt", "Près de 10.000 civils ont fui.", List.of())
                        .publishedOn(LocalDate.of(2016, 11, 27)))
                .isNotEqualTo(plain);
        assertThat(dated.toString()).contains("sourceId=lci-2016-11-27", "published=Optional[2016-11-27]");
    }

    @Test
    void a_text_keeps_its_own_copy_of_the_mentions_and_refuses_a_bad_id() {
        List<Mention> mentions = new ArrayList<>();
        ExtractedText text = ExtractedText.of("t", "t.txt", "", mentions);
        mentions.add(null);

        assertThat(text.mentions()).isEmpty();
        assertThatThrownBy(() -> ExtractedText.of("Not An Id", "t.txt", "", List.of()))
                .isInstanceOf(DisplacementDataException.class);
        assertThatThrownBy(() -> text.publishedOn(null)).isInstanceOf(NullPointerException.class);
    }
}
