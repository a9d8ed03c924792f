package dev.snapgate.store.archfixture;

/** Violates on purpose: outside the Redis store package it uses Lettuce, and it reaches for the HTTP client. */
public class StoreUsingTheClient {
    public dev.snapgate.http.SnapClient client;
    public io.lettuce.core.RedisClient redis;
}
