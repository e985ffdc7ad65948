#!/usr/bin/env bash
# Synthetic demo vacancies, sent through the public API as HR systems would send them. Every write carries a
# fixed Idempotency-Key, so running it again changes nothing. Needs API_URL, HR_TOKEN_RW3 (RW3 and REM),
# HR_TOKEN_RJ1.
set -euo pipefail

post() { # token, key, path, json → prints the response body
    curl -fsS -X POST "$API_URL$3" -H "Authorization: Bearer $1" -H "Idempotency-Key: $2" \
        -H "Content-Type: application/json" -d "$4"
}

vacancy() { # token, key, org, title, roleFamily, level, route, openedOn, closingOn → prints the id
    post "$1" "$2" /vacancies "$(printf '{"orgCode":"%s","title":"%s","roleFamily":"%s","level":"%s","boardPost":true,"contractType":"SUBSTANTIVE","recruitmentRoute":"%s","openedOn":"%s","closingOn":"%s"}' "$3" "$4" "$5" "$6" "$7" "$8" "$9")" \
        | sed -E 's/.*"id":"([^"]+)".*/\1/'
}

fill() { # token, key prefix, id, appointee, shortlistedOn, filledOn
    post "$1" "$2-closed" "/vacancies/$3/applications-closed" '{"applicantCount":18,"closedOn":"'"$5"'"}' > /dev/null
    post "$1" "$2-shortlist" "/vacancies/$3/shortlist" \
        '{"shortlist":["'"$4"'","demo:cand-0002","demo:cand-0003"],"shortlistedOn":"'"$5"'"}' > /dev/null
    post "$1" "$2-offer" "/vacancies/$3/offer" '{"offeredOn":"'"$6"'"}' > /dev/null
    post "$1" "$2-appoint" "/vacancies/$3/appointment" '{"appointee":"'"$4"'","filledOn":"'"$6"'"}' > /dev/null
}

cfo=$(vacancy "$HR_TOKEN_RW3" demo-rw3-cfo RW3 "Chief Finance Officer" FINANCE VSM OPEN_ADVERT 2026-06-01 2026-06-29)
fill "$HR_TOKEN_RW3" demo-rw3-cfo "$cfo" demo:cand-0001 2026-07-06 2026-08-14
vacancy "$HR_TOKEN_RW3" demo-rw3-don RW3 "Director of Nursing" NURSING VSM INTERNAL_PIPELINE 2026-10-01 2026-10-29 > /dev/null
vacancy "$HR_TOKEN_RW3" demo-rem-coo REM "Chief Operating Officer" OPERATIONS VSM EXECUTIVE_SEARCH_AGENCY 2026-09-15 2026-10-13 > /dev/null
vacancy "$HR_TOKEN_RW3" demo-rem-dpo REM "Deputy Director of People" PEOPLE AFC_9 OPEN_ADVERT 2026-10-20 2026-11-17 > /dev/null
md=$(vacancy "$HR_TOKEN_RJ1" demo-rj1-md RJ1 "Medical Director" MEDICAL VSM OPEN_ADVERT 2026-05-04 2026-06-01)
fill "$HR_TOKEN_RJ1" demo-rj1-md "$md" demo:cand-0101 2026-06-08 2026-07-20
vacancy "$HR_TOKEN_RJ1" demo-rj1-ned RJ1 "Non-executive Director" NON_EXECUTIVE VSM OPEN_ADVERT 2026-11-02 2026-11-30 > /dev/null
echo "    6 demo vacancies (2 filled) for RW3, REM and RJ1"
