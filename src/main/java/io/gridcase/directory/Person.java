package io.gridcase.directory;

/** Someone who works cases; {@code id} is also their Camunda user id. Group memberships live in Camunda. */
public record Person(String id, String name, String email, String phone) {}
