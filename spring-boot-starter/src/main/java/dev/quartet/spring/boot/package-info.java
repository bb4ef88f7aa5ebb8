/**
 * Spring Boot auto-configuration for the Quartet clients: each client becomes a bean when
 * properties under its prefix ({@code quartet.homestretch}, {@code quartet.platform},
 * {@code quartet.citypoint}, {@code quartet.onepagecrm}) are set.
 */
package dev.quartet.spring.boot;
