package org.displacementstats.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What an SVG written by {@link Charts} draws, in drawing order: the filled shapes, lines and texts with their
 * bounds and resolved styles (a style on an enclosing {@code <g>} applies to what it holds). Clip paths and other
 * definitions are not drawn and are left out; {@link #gradients()} counts the gradients defined.
 */
final class SvgDrawing {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?");

    /**
     * One drawn element. {@code fill} and {@code stroke} are as written ({@code rgb(0,0,0)}, {@code none}, ...);
     * {@code clip} is the id of the clip path it is drawn in (the whole picture, or the plot's data area).
     */
    record Mark(
            int order,
            String tag,
            double x,
            double y,
            double width,
            double height,
            String fill,
            double fillOpacity,
            String stroke,
            String text,
            double fontSize,
            boolean bold,
            boolean transformed,
            String clip) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        boolean isText() {
            return tag.equals("text");
        }

        /** A filled rectangle or closed path (not a line, not a text). */
        boolean isFilledShape() {
            return (tag.equals("rect") || tag.equals("path")) && !fill.equals("none") && !fill.isEmpty();
        }

        /** Whether the vertical middle of this mark lies within {@code other}'s height. */
        boolean isBeside(Mark other) {
            double middle = y + height / 2;
            return middle >= other.y && middle <= other.bottom();
        }
    }

    private final double width;
    private final double height;
    private final List<Mark> marks;
    private final int gradients;

    private SvgDrawing(double width, double height, List<Mark> marks, int gradients) {
        this.width = width;
        this.height = height;
        this.marks = marks;
        this.gradients = gradients;
    }

    /** Parses an SVG document namespace-aware, refusing any DOCTYPE, so that no DTD is fetched. */
    static Document parse(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        } catch (Exception e) {
            throw new AssertionError("not an SVG that can be read: " + e, e);
        }
    }

    static SvgDrawing read(Path file) throws IOException {
        return of(Files.readAllBytes(file));
    }

    static SvgDrawing of(byte[] svg) {
        Element root = parse(svg).getDocumentElement();
        List<Mark> marks = new ArrayList<>();
        walk(root, Map.of(), false, marks);
        return new SvgDrawing(
                Double.parseDouble(root.getAttribute("width")),
                Double.parseDouble(root.getAttribute("height")),
                List.copyOf(marks),
                root.getElementsByTagName("linearGradient").getLength()
                        + root.getElementsByTagName("radialGradient").getLength());
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    List<Mark> marks() {
        return marks;
    }

    int gradients() {
        return gradients;
    }

    List<Mark> texts() {
        return select(Mark::isText);
    }

    /** What the texts say, in drawing order. */
    List<String> textContents() {
        return texts().stream().map(Mark::text).toList();
    }

    List<Mark> select(Predicate<Mark> which) {
        return marks.stream().filter(which).toList();
    }

    /** The one text drawn with exactly this content. */
    Mark text(String content) {
        List<Mark> found = select(m -> m.isText() && m.text().equals(content));
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " texts \"" + content + "\" in " + textContents());
        }
        return found.get(0);
    }

    /** The filled rectangles of exactly this fill, in drawing order. */
    List<Mark> rects(String fill) {
        return select(m -> m.tag().equals("rect") && m.fill().equals(fill));
    }

    static String rgb(java.awt.Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }

    private static void walk(Element e, Map<String, String> inherited, boolean transformedAbove, List<Mark> marks) {
        String tag = e.getTagName();
        if (tag.equals("defs") || tag.equals("clipPath")) {
            return;
        }
        Map<String, String> style = new LinkedHashMap<>(inherited);
        style.putAll(style(e.getAttribute("style")));
        if (e.hasAttribute("clip-path")) {
            style.put("clip-path", e.getAttribute("clip-path").replaceAll("^url\\(#|\\)$", ""));
        }
        boolean transformed = transformedAbove || e.hasAttribute("transform");
        switch (tag) {
            case "rect" ->
                marks.add(mark(
                        marks.size(),
                        tag,
                        number(e, "x"),
                        number(e, "y"),
                        number(e, "width"),
                        number(e, "height"),
                        style,
                        "",
                        transformed));
            case "line" -> {
                double x1 = number(e, "x1");
                double x2 = number(e, "x2");
                double y1 = number(e, "y1");
                double y2 = number(e, "y2");
                marks.add(mark(
                        marks.size(),
                        tag,
                        Math.min(x1, x2),
                        Math.min(y1, y2),
                        Math.abs(x2 - x1),
                        Math.abs(y2 - y1),
                        style,
                        "",
                        transformed));
            }
            case "path" -> {
                Matcher m = NUMBER.matcher(e.getAttribute("d"));
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                while (m.find()) {
                    double v = Double.parseDouble(m.group());
                    (xs.size() == ys.size() ? xs : ys).add(v);
                }
                double x = xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
                double y = ys.stream().mapToDouble(Double::doubleValue).min().orElse(0);
                marks.add(mark(
                        marks.size(),
                        tag,
                        x,
                        y,
                        xs.stream().mapToDouble(Double::doubleValue).max().orElse(0) - x,
                        ys.stream().mapToDouble(Double::doubleValue).max().orElse(0) - y,
                        style,
                        "",
                        transformed));
            }
            case "text" ->
                marks.add(mark(
                        marks.size(),
                        tag,
                        number(e, "x"),
                        number(e, "y"),
                        0,
                        0,
                        style,
                        e.getTextContent(),
                        transformed));
            default -> {
                for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element c) {
                        walk(c, style, transformed, marks);
                    }
                }
            }
        }
    }

    private static Mark mark(
            int order,
            String tag,
            double x,
            double y,
            double w,
            double h,
            Map<String, String> style,
            String text,
            boolean transformed) {
        String size = style.getOrDefault("font-size", "0px");
        return new Mark(
                order,
                tag,
                x,
                y,
                w,
                h,
                style.getOrDefault("fill", ""),
                Double.parseDouble(style.getOrDefault("fill-opacity", "1")),
                style.getOrDefault("stroke", "none"),
                text,
                Double.parseDouble(size.replace("px", "")),
                "bold".equals(style.get("font-weight")),
                transformed,
                style.getOrDefault("clip-path", ""));
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static Map<String, String> style(String style) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                map.put(
                        declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        declaration.substring(colon + 1).trim());
            }
        }
        return map;
    }
}
