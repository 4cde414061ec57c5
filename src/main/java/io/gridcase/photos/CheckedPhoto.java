package io.gridcase.photos;

/** A photo that passed the checks: its type told from its bytes, its metadata stripped. */
public record CheckedPhoto(String fileName, PhotoType type, byte[] bytes) {}
