package io.gridcase.security;

import static io.gridcase.directory.DirectoryGroups.GRID_WORKERS;
import static io.gridcase.directory.DirectoryGroups.INTAKE;
import static io.gridcase.directory.DirectoryGroups.INTEGRATORS;
import static io.gridcase.directory.DirectoryGroups.SMS_GATEWAYS;
import static io.gridcase.directory.DirectoryGroups.SUPERVISORS;
import static io.gridcase.security.GridcaseUser.CAMUNDA_ADMIN;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Spring Security for Gridcase's own HTTP surface only: {@code /api/**}, the OpenAPI documents
 * and Actuator. HTTP basic against Camunda's users ({@link CamundaUserAuthenticationProvider}),
 * stateless (no session, so no cookie to forge and CSRF does not apply), denials as problem
 * details. The Camunda webapps ({@code /camunda/**}, their own session login and CSRF filter) and
 * the engine REST API ({@code /engine-rest/**}, {@link EngineRestSecurityConfiguration}) match no
 * chain here and are left to Camunda's filters.
 *
 * <p>Which case a caller may report, read, list or withdraw is decided per case by
 * {@link CaseAccess}; this chain only lets the roles that may do an action at all get that far.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ApiSecurityConfiguration {

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http, CamundaUserAuthenticationProvider users, ProcessEngine engine) throws Exception {
    AuthenticationEntryPoint unauthenticated =
        (request, response, e) -> {
          // a page's own fetch gets the problem body, not the browser's password prompt
          if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            Problems.challenge(response);
          }
          Problems.write(response, HttpStatus.UNAUTHORIZED, Problems.NOT_AUTHENTICATED, request);
        };
    AccessDeniedHandler denied =
        (request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN, Problems.NOT_ALLOWED, request);

    http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                    .requestMatchers("/actuator/**").hasAnyAuthority(SUPERVISORS, CAMUNDA_ADMIN)
                    .requestMatchers("/api/kpis", "/api/kpis/**", "/api/kpis.csv").hasAnyAuthority(SUPERVISORS, CAMUNDA_ADMIN)
                    .requestMatchers("/api/sms", "/api/sms/**").hasAuthority(SMS_GATEWAYS)
                    .requestMatchers("/api/callbacks", "/api/callbacks/**").hasAuthority(INTEGRATORS)
                    .requestMatchers(HttpMethod.POST, "/api/cases").hasAnyAuthority(INTEGRATORS, INTAKE, CAMUNDA_ADMIN, GRID_WORKERS)
                    .requestMatchers(HttpMethod.POST, "/api/cases/*/cancellation")
                    .hasAnyAuthority(INTEGRATORS, INTAKE, CAMUNDA_ADMIN)
                    .requestMatchers("/api/open311/**").hasAuthority(CAMUNDA_ADMIN)
                    .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("gridcase").authenticationEntryPoint(unauthenticated))
        // before anything that reads users from the database
        .addFilterBefore(new DatabaseUnavailableFilter(), BasicAuthenticationFilter.class)
        // Gridcase's own pages read /api with the Camunda webapps' login (GET only)
        .addFilterBefore(new CamundaWebappSession(users, engine.getName()), BasicAuthenticationFilter.class)
        .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            // the webapps' session is theirs: rotating its id here would log out their requests in flight
            .sessionFixation(fixation -> fixation.none()))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        // stateless HTTP basic: the browser holds no session cookie for /api, so there is nothing to forge
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    return http.build();
  }
}
