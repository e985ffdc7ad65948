-- A person's history and their erasure look rows up by person: the partial indexes that lead with person_ref
-- hold current rows only. Measured at 1.5 million profiles (benchmarks/README.md): readiness history 408 ms →
-- 0.11 ms, nine-box history 131 ms → 0.05 ms, erasure of one person 612 ms → 1.2 ms.
create index readiness_assessment_person on readiness_assessment (person_ref, recorded_at);
create index nine_box_review_person on nine_box_review (person_ref, recorded_at);
