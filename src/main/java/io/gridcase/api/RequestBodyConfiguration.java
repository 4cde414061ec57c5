package io.gridcase.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.temporal.Temporal;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@code /api} reads request bodies. JSON is read as written: a duplicate key, text after the body, a number or boolean where text is
 * expected, text where a number or boolean is, an enum by its index or with control characters
 * around its name are refused (400), not
 * guessed at. Jackson's defaults would take the last duplicate, ignore trailing garbage and
 * turn {@code "title": true} into the title "true". Camunda's engine REST API has its own mapper.
 */
@Configuration
class RequestBodyConfiguration {

  /** After Spring Security (order -100): callers who may not post get their 401/403 unread. */
  @Bean
  FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new RequestBodyFilter(json));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(0);
    return registration;
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJson() {
    return builder -> builder
        .featuresToEnable(
            JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .modulesToInstall(exactEnums())
        .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  private static SimpleModule exactEnums() {
    return new SimpleModule("exact-enums").setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(
          DeserializationConfig config, JavaType type, BeanDescription description, JsonDeserializer<?> deserializer) {
        return new ExactEnumDeserializer(deserializer);
      }

      @Override
      public JsonDeserializer<?> modifyDeserializer(
          DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
        return Temporal.class.isAssignableFrom(description.getBeanClass())
            ? new TextOnlyTimeDeserializer(deserializer)
            : deserializer;
      }
    });
  }
}
