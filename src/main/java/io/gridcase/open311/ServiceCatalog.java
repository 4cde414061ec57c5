package io.gridcase.open311;

import io.gridcase.directory.Category;
import io.gridcase.directory.Directory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Open311 services: one per case category of the directory (service_code = category code), each
 * with the attributes the deployed routing decisions read ({@link RoutingInputs}, {@link ReportAttribute}).
 */
@Component
class ServiceCatalog {

  private final Directory directory;
  private final RoutingInputs routingInputs;

  ServiceCatalog(Directory directory, RoutingInputs routingInputs) {
    this.directory = directory;
    this.routingInputs = routingInputs;
  }

  /** An attribute of a service definition, in the order of the decision tables. */
  record Attribute(int order, ReportAttribute kind, String label) {}

  List<Category> services() {
    return directory.categories();
  }

  Optional<Category> service(String code) {
    return code == null ? Optional.empty() : services().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** The same for every service: the routing decisions read the same columns whatever the category. */
  List<Attribute> attributes() {
    List<Attribute> attributes = new ArrayList<>();
    for (RoutingInputs.Input input : routingInputs.inputs()) {
      ReportAttribute.forVariable(input.expression())
          .ifPresent(kind -> attributes.add(new Attribute(attributes.size() + 1, kind, input.label())));
    }
    return attributes;
  }
}
