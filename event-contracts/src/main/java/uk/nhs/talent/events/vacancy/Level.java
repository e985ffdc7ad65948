package uk.nhs.talent.events.vacancy;

/** Pay band of the post: Very Senior Manager or Agenda for Change band. The constant names are the JSON values. */
public enum Level {
    VSM, AFC_8C, AFC_8D, AFC_9
}
