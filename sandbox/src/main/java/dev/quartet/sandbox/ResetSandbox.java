package dev.quartet.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link SandboxExtension} to {@link Sandbox#reset() reset} the sandbox before the annotated test
 * method, or before every test of the annotated class, so each starts from the seed data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ResetSandbox {}
