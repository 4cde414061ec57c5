package io.gridcase.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The two formats of GeoReport v2, chosen by the path's extension ({@code services.json},
 * {@code services.xml}). A document is ordered maps, {@link Repeated} lists and plain values;
 * XML is written with the JDK's StAX writer, an absent value as an empty element.
 */
enum Open311Format {
  JSON(MediaType.APPLICATION_JSON),
  XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

  private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

  private final MediaType mediaType;

  Open311Format(MediaType mediaType) {
    this.mediaType = mediaType;
  }

  /** The format an extension names; anything else is not an Open311 resource (404). */
  static Open311Format of(String extension) {
    return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
      case "json" -> JSON;
      case "xml" -> XML;
      default -> throw new Open311Exception(HttpStatus.NOT_FOUND, "format",
          "不支持的格式 unsupported format: use .json or .xml");
    };
  }

  /** The format of a path, for answering errors: XML when it ends in .xml, else JSON. */
  static Open311Format ofPath(String path) {
    return path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
  }

  ResponseEntity<String> answer(HttpStatus status, String root, Object body, ObjectMapper json) {
    return ResponseEntity.status(status).contentType(mediaType).body(write(root, body, json));
  }

  String write(String root, Object body, ObjectMapper json) {
    if (this == JSON) {
      try {
        return json.writeValueAsString(body);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      element(xml, root, body);
      xml.writeEndDocument();
      xml.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
    xml.writeStartElement(name);
    if (value instanceof Repeated list) {
      for (Object item : list.items()) {
        element(xml, list.element(), item);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (var entry : map.entrySet()) {
        element(xml, String.valueOf(entry.getKey()), entry.getValue());
      }
    } else if (value != null) {
      xml.writeCharacters(String.valueOf(value));
    }
    xml.writeEndElement();
  }
}
