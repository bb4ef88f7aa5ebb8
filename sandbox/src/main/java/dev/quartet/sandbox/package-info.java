/**
 * An offline emulator of the four APIs. Start it from Java with {@link dev.quartet.sandbox.Sandbox#start()},
 * in JUnit 5 tests with {@link dev.quartet.sandbox.SandboxExtension}, or as its own process with
 * {@link dev.quartet.sandbox.SandboxMain}. The per-API packages hold each emulator's state, routes and
 * seed data, and the connection info a client needs ({@code HomeStretchSandbox}, ...).
 */
package dev.quartet.sandbox;
