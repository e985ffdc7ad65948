package uk.nhs.talent.events.talent;

/** How likely a key post is to lose its incumbent, as the forum judges it. The constant names are the JSON values. */
public enum RiskOfLoss {
    LOW, MEDIUM, HIGH
}
