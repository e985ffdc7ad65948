package uk.nhs.talent.diversity.stages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.Topics;
import uk.nhs.talent.events.talent.CandidatesMatched;
import uk.nhs.talent.events.talent.MembershipStatus;
import uk.nhs.talent.events.talent.NineBoxPlaced;
import uk.nhs.talent.events.talent.PersonErased;
import uk.nhs.talent.events.talent.PoolMembershipChanged;
import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.events.talent.ProfileRegistered;
import uk.nhs.talent.events.talent.ProfileSnapshot;
import uk.nhs.talent.events.talent.RankedCandidate;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.talent.ReadinessAssessed;
import uk.nhs.talent.events.talent.TalentEvent;
import uk.nhs.talent.events.talent.TalentEvents;
import uk.nhs.talent.events.vacancy.ContractType;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RecruitmentRoute;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancyEvent;
import uk.nhs.talent.events.vacancy.VacancyEvents;
import uk.nhs.talent.events.vacancy.VacancyOpened;
import uk.nhs.talent.events.vacancy.VacancyShortlisted;
import uk.nhs.talent.events.vacancy.VacancySnapshot;
import uk.nhs.talent.events.vacancy.VacancyStatus;

/**
 * Synthetic events of the pipeline, as vacancy-service and talent-service put them on Kafka (CloudEvents in
 * structured mode, keyed by the aggregate, the same codec). One unit is a vacancy's life and two new people's:
 * 2 × (profile registered, readiness assessed, pool nomination, pool acceptance, nine-box placement), the vacancy
 * opened, candidates matched (8 ranked), shortlisted (4) and appointed (1): 14 events, 3 of them on
 * vacancy.events.v1; now and then a person is erased. Only synthetic references (prefix-n); seeded, so a run is
 * repeatable.
 */
final class SyntheticPipeline {

    /** A record to send: topic, key (the aggregate, so each one's events stay in order), CloudEvent bytes. */
    record Outgoing(String topic, String key, byte[] value) {
    }

    static final int EVENTS_PER_UNIT = 14;
    private static final String[] REGIONS = {"Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63"};
    private static final int RECENT = 200;

    private final Random random;
    private final String prefix;
    private final List<String> recentPeople = new ArrayList<>();
    private long people;

    SyntheticPipeline(long seed, String prefix) {
        this.random = new Random(seed);
        this.prefix = prefix;
    }

    /** One unit of events, the first at {@code time}, each a minute after the one before. */
    List<Outgoing> unit(OffsetDateTime time) {
        List<Outgoing> out = new ArrayList<>(EVENTS_PER_UNIT + 1);
        OffsetDateTime[] clock = {time};
        java.util.function.Supplier<OffsetDateTime> next = () -> clock[0] = clock[0].plusMinutes(1);
        String region = pick(REGIONS);
        RoleFamily family = pick(RoleFamily.values());
        Level level = pick(Level.values());
        for (int i = 0; i < 2; i++) {
            String person = prefix + "-p" + people++;
            String home = random.nextInt(4) == 0 ? pick(REGIONS) : region;
            LocalDate day = clock[0].toLocalDate();
            talent(out, new ProfileRegistered(new ProfileSnapshot(person, 0, "R" + home, home, "Q" + home, family,
                    Level.AFC_9, List.of(family), level, List.of(), List.of(), true, false, null)), next.get());
            talent(out, new ReadinessAssessed(person, home, family,
                    random.nextInt(10) < 4 ? Readiness.READY_NOW : Readiness.ONE_TO_TWO_YEARS, day), next.get());
            UUID pool = new UUID(region.hashCode(), family.ordinal() * 8L + level.ordinal());
            boolean national = random.nextInt(10) < 3;
            PoolScope scope = national ? PoolScope.NATIONAL : PoolScope.REGION;
            String poolRegion = national ? null : region;
            talent(out, new PoolMembershipChanged(pool, person, scope, poolRegion, family, level,
                    MembershipStatus.NOMINATED, null, day), next.get());
            talent(out, new PoolMembershipChanged(pool, person, scope, poolRegion, family, level,
                    random.nextBoolean() ? MembershipStatus.ACCEPTED : MembershipStatus.ACTIVE, null, day), next.get());
            talent(out, new NineBoxPlaced(person, home, 1 + random.nextInt(3), 1 + random.nextInt(3), day), next.get());
            remember(person);
        }
        UUID vacancy = new UUID(random.nextLong(), random.nextLong());
        String org = "R" + region;
        boolean board = random.nextInt(5) == 0;
        vacancy(out, new VacancyOpened(snapshot(vacancy, 0, VacancyStatus.OPEN, org, region, family, level, board,
                clock[0])), next.get());
        List<String> candidates = candidates(8);
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ranked.add(new RankedCandidate(candidates.get(i), i + 1, 95 - 5 * i));
        }
        talent(out, new CandidatesMatched(vacancy, region, family, level, clock[0].toInstant(), ranked), next.get());
        List<String> shortlist = candidates.subList(0, Math.min(4, candidates.size()));
        vacancy(out, new VacancyShortlisted(snapshot(vacancy, 2, VacancyStatus.INTERVIEWING, org, region, family,
                level, board, clock[0]), shortlist), next.get());
        vacancy(out, appointed(vacancy, org, region, family, level, board, shortlist.get(0), clock[0]), next.get());
        if (random.nextInt(500) == 0 && recentPeople.size() > 10) {
            // About one erasure in 1,000 people: later events about them must record nothing, live and on replay.
            String erased = recentPeople.remove(random.nextInt(recentPeople.size()));
            talent(out, new PersonErased(erased, clock[0].toLocalDate()), next.get());
        }
        return out;
    }

    /** An appointment to a new vacancy: the latency probe, whose stage entry is looked for by the vacancy. */
    static Outgoing appointment(UUID vacancy, String person, OffsetDateTime time) {
        return vacancyRecord(appointed(vacancy, "RY60", "Y60", RoleFamily.FINANCE, Level.VSM, false, person, time),
                time);
    }

    private static VacancyAppointed appointed(UUID vacancy, String org, String region, RoleFamily family, Level level,
            boolean board, String person, OffsetDateTime time) {
        return new VacancyAppointed(snapshot(vacancy, 4, VacancyStatus.FILLED, org, region, family, level, board,
                time), person);
    }

    private static VacancySnapshot snapshot(UUID id, long version, VacancyStatus status, String org, String region,
            RoleFamily family, Level level, boolean board, OffsetDateTime time) {
        LocalDate opened = time.toLocalDate().minusDays(30);
        return new VacancySnapshot(id, version, org, region, "Q" + region, "Synthetic post", family, level, board,
                ContractType.SUBSTANTIVE, RecruitmentRoute.OPEN_ADVERT, status, opened, opened.plusDays(14),
                status == VacancyStatus.FILLED ? time.toLocalDate() : null, status == VacancyStatus.OPEN ? null : 20,
                status == VacancyStatus.OPEN ? null : 4);
    }

    private List<String> candidates(int count) {
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(count, recentPeople.size())) {
            String person = recentPeople.get(random.nextInt(recentPeople.size()));
            if (!chosen.contains(person)) {
                chosen.add(person);
            }
        }
        return chosen;
    }

    private void remember(String person) {
        recentPeople.add(person);
        if (recentPeople.size() > RECENT) {
            recentPeople.remove(0);
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void talent(List<Outgoing> out, TalentEvent event, OffsetDateTime time) {
        CloudEvent cloudEvent = TalentEvents.toCloudEvent(UUID.randomUUID(), time, event);
        out.add(new Outgoing(Topics.TALENT_EVENTS, cloudEvent.getSubject(), CloudEventCodec.toStructuredJson(cloudEvent)));
    }

    private static void vacancy(List<Outgoing> out, VacancyEvent event, OffsetDateTime time) {
        out.add(vacancyRecord(event, time));
    }

    private static Outgoing vacancyRecord(VacancyEvent event, OffsetDateTime time) {
        CloudEvent cloudEvent = VacancyEvents.toCloudEvent(UUID.randomUUID(), time, event);
        return new Outgoing(Topics.VACANCY_EVENTS, cloudEvent.getSubject(), CloudEventCodec.toStructuredJson(cloudEvent));
    }
}
