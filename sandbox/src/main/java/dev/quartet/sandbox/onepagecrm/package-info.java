/**
 * The OnePageCRM emulator: its connection info (the public class named after the API), its routes (the
 * {@code Emulator} the sandbox mounts), and, package-private, its state and seed data. Every operation
 * of {@code specs/onepagecrm.yaml} (packaged beside these classes) answers: contacts, companies, deals,
 * notes, actions, calls and meetings with their sub-resources and attachments from the kept records,
 * the rest (users, statuses, fields, predefined items, pipelines, streams, webhooks, ...) with a
 * sample of the answer the spec declares.
 */
package dev.quartet.sandbox.onepagecrm;
