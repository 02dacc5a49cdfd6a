package org.displacementstats.extract;

/**
 * A number found in the tokens, before deciding whether it is a displacement figure.
 *
 * @param first index of its first token (« des » of « des milliers », "1" of "1.5 million")
 * @param last index of its last token
 * @param value its value; 0 for a vague amount
 * @param high for a range, the upper value; otherwise equal to {@code value}
 * @param scale the scale word's value ("million": 1,000,000), 1 when none
 * @param vague « des milliers », "tens of thousands": no number
 * @param approximate « une centaine », "a dozen": about the value
 * @param digits written in digits (a year, a time or a date are written so)
 */
record Amount(
        int first, int last, long value, long high, long scale, boolean vague, boolean approximate, boolean digits) {

    static Amount exact(int first, int last, long value, long scale, boolean digits) {
        return new Amount(first, last, value, value, scale, false, false, digits);
    }

    static Amount vague(int first, int last) {
        return new Amount(first, last, 0, 0, 1, true, false, false);
    }

    static Amount approximately(int first, int last, long value) {
        return new Amount(first, last, value, value, 1, false, true, false);
    }

    boolean isRange() {
        return high != value;
    }

    Amount to(Amount upper) {
        return new Amount(
                first,
                upper.last,
                value,
                upper.high,
                upper.scale,
                false,
                approximate || upper.approximate,
                digits && upper.digits);
    }
}
