/**
 * The HomeStretch emulator: its connection info (the public class named after the API), its routes (the
 * {@code Emulator} the sandbox mounts), and, package-private, its token endpoint, places, company
 * structure, answers, state and seed data.
 */
package dev.quartet.sandbox.homestretch;
