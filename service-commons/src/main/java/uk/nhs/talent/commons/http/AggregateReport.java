package uk.nhs.talent.commons.http;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a resource of aggregate reports: each answer names, in {@value ServiceVersionHeader#HEADER}, the service
 * and version that computed it, so that a report composed from several services can say where each part came
 * from.
 */
@NameBinding
@Target({ TYPE, METHOD })
@Retention(RUNTIME)
public @interface AggregateReport {
}
