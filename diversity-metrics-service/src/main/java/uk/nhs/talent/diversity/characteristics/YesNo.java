package uk.nhs.talent.diversity.characteristics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a yes-or-no monitoring question: disability ("do you consider yourself to have a disability"),
 * gender reassignment ("is your gender identity different from the sex you were registered at birth"),
 * pregnancy and maternity ("are you pregnant, or have you given birth in the last 26 weeks").
 */
@Schema(name = "YesNoDeclaration")
public enum YesNo implements Declared {
    YES, NO, PREFER_NOT_TO_SAY, NOT_STATED;

    @Override
    public String category() {
        return this == YES || this == NO ? name() : Characteristic.NOT_DECLARED;
    }
}
