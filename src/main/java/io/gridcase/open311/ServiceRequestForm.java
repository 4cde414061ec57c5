package io.gridcase.open311;

import io.gridcase.intake.CaseReport;
import io.gridcase.intake.Channel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * A GeoReport v2 "POST Service Request" (form-encoded) read into Gridcase's {@link CaseReport}.
 * The channel is the api_key's, never a field of the request; the title, which Open311 does not
 * have, is the description's first line. Names are put together in Chinese order (last_name first_name).
 */
final class ServiceRequestForm {

  private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[(.+)]");
  private static final int TITLE_LENGTH = 40;

  /** The report's fields by the Open311 field that fills them, for naming a refused field. */
  static final Map<String, String> OPEN311_FIELDS = Map.ofEntries(
      Map.entry("channel", "api_key"), Map.entry("category", "service_code"),
      Map.entry("title", "description"), Map.entry("description", "description"),
      Map.entry("location", "lat"), Map.entry("location.gridCodeOrLatLng", "lat"),
      Map.entry("location.lat", "lat"), Map.entry("location.lng", "long"),
      Map.entry("location.address", "address_string"), Map.entry("location.gridCode", "address_id"),
      Map.entry("reporter.name", "last_name"), Map.entry("reporter.phone", "phone"),
      Map.entry("reporter.email", "email"), Map.entry("enterprise.name", "attribute[sme]"),
      Map.entry("enterprise", "attribute[sme]"));

  private ServiceRequestForm() {}

  /** A filed request: the report and the photo link (kept beside the case, not in it). */
  record Filed(CaseReport report, String mediaUrl) {}

  static Filed read(MultiValueMap<String, String> form, Channel channel, List<ServiceCatalog.Attribute> offered) {
    List<Open311Exception.FieldError> errors = new ArrayList<>();
    String serviceCode = text(form, "service_code");
    if (serviceCode == null) {
      errors.add(new Open311Exception.FieldError("service_code", "必填 required"));
    }
    Double lat = number(form, "lat", errors);
    Double lng = number(form, "long", errors);
    String addressId = text(form, "address_id");
    if ((lat == null || lng == null) && addressId == null && errors.isEmpty()) {
      errors.add(new Open311Exception.FieldError("lat",
          "请给出坐标 lat 和 long，或网格编码 address_id (give lat and long, or a grid code as address_id; address_string alone is not geocoded)"));
    }
    String mediaUrl = mediaUrl(text(form, "media_url"), errors);
    String sme = null;
    Boolean overseasChinese = null;
    for (String name : form.keySet()) {
      Matcher attribute = ATTRIBUTE.matcher(name);
      if (!attribute.matches()) {
        continue;
      }
      String value = text(form, name);
      var kind = offered.stream().map(ServiceCatalog.Attribute::kind)
          .filter(k -> k.code().equals(attribute.group(1))).findFirst();
      if (kind.isEmpty()) {
        errors.add(new Open311Exception.FieldError(name, "未知属性 unknown attribute, see the service definition"));
      } else if (value != null && !kind.get().accepts(value)) {
        errors.add(new Open311Exception.FieldError(name, "取值无效 not one of the definition's values"));
      } else if (kind.get() == ReportAttribute.SME) {
        sme = value;
      } else if (kind.get() == ReportAttribute.OVERSEAS_CHINESE && value != null) {
        overseasChinese = Boolean.valueOf(value);
      }
    }
    if (!errors.isEmpty()) {
      throw new Open311Exception(org.springframework.http.HttpStatus.BAD_REQUEST, errors);
    }
    String description = text(form, "description");
    String name = join(text(form, "last_name"), text(form, "first_name"));
    String phone = text(form, "phone");
    String email = text(form, "email");
    boolean anonymous = name == null && phone == null && email == null;
    CaseReport report = new CaseReport(
        channel,
        null,
        serviceCode,
        title(description),
        description,
        new CaseReport.Location(addressId, lat, lng, text(form, "address_string")),
        anonymous ? null : new CaseReport.ReporterContact(name, phone, email, false),
        sme == null ? null : new CaseReport.EnterpriseInfo(sme, null),
        overseasChinese,
        null);
    return new Filed(report, mediaUrl);
  }

  /** The description's first line, shortened: what the center's lists show. */
  static String title(String description) {
    if (description == null) {
      return null;
    }
    String line = description.strip().lines().findFirst().orElse("").strip();
    return line.codePointCount(0, line.length()) <= TITLE_LENGTH
        ? line
        : line.substring(0, line.offsetByCodePoints(0, TITLE_LENGTH)) + "…";
  }

  static String text(MultiValueMap<String, String> form, String name) {
    String value = form.getFirst(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Double number(MultiValueMap<String, String> form, String name, List<Open311Exception.FieldError> errors) {
    String value = text(form, name);
    if (value == null) {
      return null;
    }
    try {
      double parsed = Double.parseDouble(value);
      if (Double.isFinite(parsed)) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    errors.add(new Open311Exception.FieldError(name, "须为十进制度数 must be decimal degrees (WGS84)"));
    return null;
  }

  private static String mediaUrl(String value, List<Open311Exception.FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      if (value.length() <= 1000 && uri.getHost() != null
          && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
        return value;
      }
    } catch (URISyntaxException notAUri) {
      // answered below
    }
    errors.add(new Open311Exception.FieldError("media_url", "须为 http(s) 网址 must be an http(s) URL of at most 1000 characters"));
    return null;
  }

  private static String join(String lastName, String firstName) {
    if (lastName == null && firstName == null) {
      return null;
    }
    return (lastName == null ? "" : lastName) + (firstName == null ? "" : firstName);
  }
}
