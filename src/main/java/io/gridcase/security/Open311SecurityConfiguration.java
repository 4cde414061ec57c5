package io.gridcase.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Open311 ({@code /open311/**}, ADR 20) has a chain of its own: no login, no session, no cookie,
 * so no CSRF to guard against. Reading is public (masked, only what was filed through Open311);
 * filing is checked against the request's api_key by {@code open311.Open311Intake}, which gives the
 * case the key's channel. HTTP basic is not offered here, so a browser never prompts for a password.
 */
@Configuration(proxyBeanMethods = false)
class Open311SecurityConfiguration {

  @Bean
  SecurityFilterChain open311Security(HttpSecurity http) throws Exception {
    http.securityMatcher("/open311/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .securityContext(context -> context.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    return http.build();
  }
}
