package uk.nhs.talent.diversity.declarations;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.nhs.talent.diversity.characteristics.EthnicCategory;
import uk.nhs.talent.diversity.characteristics.MarriageCivilPartnership;
import uk.nhs.talent.diversity.characteristics.ReligionOrBelief;
import uk.nhs.talent.diversity.characteristics.Sex;
import uk.nhs.talent.diversity.characteristics.SexualOrientation;
import uk.nhs.talent.diversity.characteristics.YesNo;

/**
 * One person's declaration, special category data: counted, never returned, never logged (no {@code toString}
 * of the values), never sent anywhere.
 */
@Entity
@Table(name = "declaration")
public class Declaration {

    @Id
    @Column(name = "person_ref")
    public String personRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethnic_category", nullable = false)
    public EthnicCategory ethnicCategory;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public YesNo disability;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;
    @Enumerated(EnumType.STRING)
    @Column(name = "gender_reassignment", nullable = false)
    public YesNo genderReassignment;
    @Enumerated(EnumType.STRING)
    @Column(name = "sexual_orientation", nullable = false)
    public SexualOrientation sexualOrientation;
    @Enumerated(EnumType.STRING)
    @Column(name = "religion_or_belief", nullable = false)
    public ReligionOrBelief religionOrBelief;
    @Enumerated(EnumType.STRING)
    @Column(name = "marriage_civil_partnership", nullable = false)
    public MarriageCivilPartnership marriageAndCivilPartnership;
    @Enumerated(EnumType.STRING)
    @Column(name = "pregnancy_maternity", nullable = false)
    public YesNo pregnancyAndMaternity;
    @Column(name = "year_of_birth")
    public Integer yearOfBirth;
    @Column(name = "age_declaration", nullable = false)
    public String ageDeclaration;
    @Column(name = "declared_at", nullable = false)
    public OffsetDateTime declaredAt;

    /** Takes the request whole: a characteristic left out becomes NOT_STATED, replacing an earlier answer. */
    public void take(DeclarationRequest request, AgeDeclaration age, OffsetDateTime now) {
        ethnicCategory = Objects.requireNonNullElse(request.ethnicCategory(), EthnicCategory.Z);
        disability = Objects.requireNonNullElse(request.disability(), YesNo.NOT_STATED);
        sex = Objects.requireNonNullElse(request.sex(), Sex.NOT_STATED);
        genderReassignment = Objects.requireNonNullElse(request.genderReassignment(), YesNo.NOT_STATED);
        sexualOrientation = Objects.requireNonNullElse(request.sexualOrientation(), SexualOrientation.NOT_STATED);
        religionOrBelief = Objects.requireNonNullElse(request.religionOrBelief(), ReligionOrBelief.NOT_STATED);
        marriageAndCivilPartnership = Objects.requireNonNullElse(request.marriageAndCivilPartnership(),
                MarriageCivilPartnership.NOT_STATED);
        pregnancyAndMaternity = Objects.requireNonNullElse(request.pregnancyAndMaternity(), YesNo.NOT_STATED);
        yearOfBirth = age.yearOfBirth();
        ageDeclaration = age.status();
        declaredAt = now;
    }

    @Override
    public String toString() {
        // Whatever logs an entity by accident must not print a characteristic.
        return "Declaration[withheld]";
    }
}
