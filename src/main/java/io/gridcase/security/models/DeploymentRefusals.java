package io.gridcase.security.models;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A refused deployment answers the engine REST API with a problem body ({@link DeploymentRefusalFilter}). */
@Configuration(proxyBeanMethods = false)
class DeploymentRefusals {

  @Bean
  FilterRegistrationBean<DeploymentRefusalFilter> deploymentRefusalProblems() {
    var registration = new FilterRegistrationBean<>(new DeploymentRefusalFilter());
    registration.setName("gridcase-deployment-refusals");
    // create, and redeploy of an earlier deployment
    registration.addUrlPatterns("/engine-rest/deployment/*");
    return registration;
  }
}
