package io.gridcase.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title page of the OpenAPI document served at /v3/api-docs and /swagger-ui.html. */
@Configuration
class OpenApiConfiguration {

  @Bean
  OpenAPI gridcaseApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Gridcase API 网格案件协同接口")
            .version("v1")
            .description("""
                Report cases from channel systems (12345, 110, petition, SME platform, IoT, grid app), \
                follow them by case number and withdraw them. Errors are application/problem+json; \
                bad fields are listed under `errors`. Bodies are UTF-8 JSON of at most 1 MiB (413 above). \
                The Camunda engine API is at /engine-rest."""));
  }
}
