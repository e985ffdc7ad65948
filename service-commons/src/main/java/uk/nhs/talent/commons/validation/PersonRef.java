package uk.nhs.talent.commons.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person's pseudonymous reference: at most 64 characters of letters, digits and {@code . _ : -}, with at least
 * one letter and no run of ten digits, so that it cannot be an email address, an NHS number or a staff number.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(min = 1, max = 64)
@Pattern(regexp = "^(?=.*[A-Za-z])(?!.*[0-9]{10})[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonRef {

    String message() default "must be an opaque person reference (at most 64 letters, digits or . _ : -; "
            + "no email, NHS or staff number)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
