package org.displacementstats.extract;

/**
 * A piece of text: a word, a number in digits or a punctuation mark, with its UTF-16 offsets in the text.
 *
 * @param type what the token is
 * @param start offset of its first char
 * @param end offset just past its last char
 * @param lower the token in lower case, with typographic apostrophes made straight
 * @param value for a {@link Type#NUMBER}, its value with grouping separators removed (-1 if too long)
 * @param sentence index of the sentence the token belongs to
 */
record Token(Type type, int start, int end, String lower, long value, int sentence) {

    /** What a token is. */
    enum Type {
        /** Letters, with inner hyphens and apostrophes. */
        WORD,
        /** Digits, with grouping separators (10.000, 16,000, 10 000). */
        NUMBER,
        /** Any other visible character. */
        PUNCT
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean isPunct() {
        return type == Type.PUNCT;
    }
}
