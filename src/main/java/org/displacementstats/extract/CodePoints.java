package org.displacementstats.extract;

/** Turns UTF-16 offsets of a text into code-point offsets, cheaply when asked in increasing order. */
final class CodePoints {
    static final int CONTEXT = 24;
    private final String text;
    private int lastChar;
    private int lastCodePoint;

    CodePoints(String text) {
        this.text = text;
    }

    int of(int charIndex) {
        if (charIndex >= lastChar) {
            lastCodePoint += text.codePointCount(lastChar, charIndex);
        } else {
            lastCodePoint -= text.codePointCount(charIndex, lastChar);
        }
        lastChar = charIndex;
        return lastCodePoint;
    }

    /** @return the text of up to {@value #CONTEXT} code points before {@code charIndex} */
    String prefix(int charIndex) {
        int s = charIndex;
        for (int n = 0; n < CONTEXT && s > 0; n++) {
            s -= Character.charCount(text.codePointBefore(s));
        }
        return text.substring(s, charIndex);
    }

    /** @return the text of up to {@value #CONTEXT} code points from {@code charIndex} */
    String suffix(int charIndex) {
        int e = charIndex;
        for (int n = 0; n < CONTEXT && e < text.length(); n++) {
            e += Character.charCount(text.codePointAt(e));
        }
        return text.substring(charIndex, e);
    }
}
