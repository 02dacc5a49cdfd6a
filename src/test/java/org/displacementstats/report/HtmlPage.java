package org.displacementstats.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report page read as XML, as a machine with only a JDK can read it: the page must be well-formed, and
 * {@code <!DOCTYPE html>} names no DTD, so nothing is fetched. Elements are found by XPath on plain names.
 */
final class HtmlPage {
    private final Document document;

    private HtmlPage(Document document) {
        this.document = document;
    }

    static HtmlPage parse(String page) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return new HtmlPage(b.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8))));
    }

    /** The elements that an XPath expression selects, in document order. */
    List<Element> all(String xpath) throws Exception {
        NodeList nodes =
                (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The text contents of the selected elements. */
    List<String> texts(String xpath) throws Exception {
        return all(xpath).stream().map(Element::getTextContent).toList();
    }

    /** The one element with this id. */
    Element byId(String id) throws Exception {
        List<Element> found = all("//*[@id='" + id + "']");
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " elements with id '" + id + "'");
        }
        return found.get(0);
    }
}
