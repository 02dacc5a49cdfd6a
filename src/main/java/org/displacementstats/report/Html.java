package org.displacementstats.report;

/**
 * Writes HTML that is also well-formed XML: every text and attribute value escaped, every element closed.
 * Text from sources is untrusted: {@code <script>}, quotes and {@code &} come out as text, and characters that
 * XML forbids (controls other than tab and line ends, lone surrogates) as U+FFFD.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(1 << 16);

    /**
     * Escapes text for an element's content or a double-quoted attribute value.
     *
     * @param text any text
     * @return the text with {@code & < > " '} as character references and forbidden characters replaced
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || c == 0xFFFE
                            || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Appends markup as it is: only for markup this package writes, never for data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Opens an element with attributes given as name, value pairs (values escaped; a null value is left out). */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ')
                        .append(attributes[i])
                        .append("=\"")
                        .append(escape(attributes[i + 1]))
                        .append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** Closes an element. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link to {@code #target} holding escaped text. */
    Html link(String target, String text) {
        return element("a", text, "href", "#" + target);
    }

    /** A new line, so that the page reads well as source and diffs well. */
    Html line() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
