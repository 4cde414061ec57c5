package io.gridcase.photos;

/** A file as received: the name the sender gave it and its bytes, both untrusted. */
public record Upload(String fileName, byte[] bytes) {}
