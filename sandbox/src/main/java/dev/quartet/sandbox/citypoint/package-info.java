/**
 * The Citypoint emulator: its connection info (the public class named after the API), its routes (the
 * {@code Emulator} the sandbox mounts), and, package-private, its state and seed data.
 */
package dev.quartet.sandbox.citypoint;
