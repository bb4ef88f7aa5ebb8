/**
 * The Citypoint emulator: its connection info (the public class named after the API), its routes (the
 * {@code Emulator} the sandbox mounts), and, package-private, its token endpoint, JSON:API documents and
 * query rules, one class per resource group, its state and seed data.
 */
package dev.quartet.sandbox.citypoint;
