package dev.quartet.platform;

/**
 * The error model when a proxy in front of the platform (typically nginx) answered with an HTML page
 * instead of the platform's JSON error. {@code title} is the page's {@code <title>}, or null.
 */
public record HtmlErrorPage(String title) {}
