#!/usr/bin/env bash
# Synthetic demo vacancies and talent profiles, sent through the public API as HR systems and forum leads would
# send them. Every write carries a fixed Idempotency-Key, so running it again changes nothing. Needs API_URL,
# HR_TOKEN_RW3 (RW3 and REM), HR_TOKEN_RJ1, LEAD_TOKEN_Y62, LEAD_TOKEN_Y63 (forum leads), ADMIN_TOKEN
# (platform-admin).
set -euo pipefail

post() { # token, key, path, json → prints the response body
    curl -fsS -X POST "$API_URL$3" -H "Authorization: Bearer $1" -H "Idempotency-Key: $2" \
        -H "Content-Type: application/json" -d "$4"
}

vacancy() { # token, key, org, title, roleFamily, level, route, openedOn, closingOn → prints the id
    post "$1" "$2" /vacancies "$(printf '{"orgCode":"%s","title":"%s","roleFamily":"%s","level":"%s","boardPost":true,"contractType":"SUBSTANTIVE","recruitmentRoute":"%s","openedOn":"%s","closingOn":"%s"}' "$3" "$4" "$5" "$6" "$7" "$8" "$9")" \
        | sed -E 's/.*"id":"([^"]+)".*/\1/'
}

fill() { # token, key prefix, id, appointee, shortlistedOn, filledOn[, shortlist as a JSON array]
    post "$1" "$2-closed" "/vacancies/$3/applications-closed" '{"applicantCount":18,"closedOn":"'"$5"'"}' > /dev/null
    local shortlist="${7:-}"
    [ -n "$shortlist" ] || shortlist='["'"$4"'","demo:cand-0002","demo:cand-0003"]'
    post "$1" "$2-shortlist" "/vacancies/$3/shortlist" '{"shortlist":'"$shortlist"',"shortlistedOn":"'"$5"'"}' > /dev/null
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

# Talent profiles: invented people, registered by the forum lead of their region with their consent.
person() { # token, key, given, family, org, roleFamily, level, targetLevel, mobility (JSON array), programmes → personRef
    post "$1" "$2" /profiles "$(printf '{"givenName":"%s","familyName":"%s","workEmail":"%s.%s@nhs.example","orgCode":"%s","roleFamily":"%s","level":"%s","targetRoleFamilies":["%s"],"targetLevel":"%s","mobilityRegions":%s,"programmes":%s,"consent":{"shareWithForum":true,"shareNationally":true,"givenOn":"2026-09-01","method":"CAREER_CONVERSATION"},"lastCareerConversationOn":"2026-09-01"}' \
        "$3" "$4" "$(echo "$3" | tr 'A-Z' 'a-z')" "$(echo "$4" | tr 'A-Z' 'a-z')" "$5" "$6" "$7" "$6" "$8" "$9" "${10}")" \
        | sed -E 's/.*"personRef":"([^"]+)".*/\1/'
}
readiness() { # token, key, personRef, roleFamily, readiness
    post "$1" "$2" "/profiles/$3/readiness" '{"roleFamily":"'"$4"'","readiness":"'"$5"'","assessedOn":"2026-10-14"}' > /dev/null
}
nine_box() { # token, key, personRef, performance, potential
    post "$1" "$2" "/profiles/$3/nine-box" '{"performance":'"$4"',"potential":'"$5"',"talentReview":"Autumn 2026 talent review","reviewedOn":"2026-10-14"}' > /dev/null
}

p1=$(person "$LEAD_TOKEN_Y62" demo-y62-p1 Avery Northfield RW3 FINANCE AFC_9 VSM '[]' '["NYE_BEVAN"]')
p=$p1
readiness "$LEAD_TOKEN_Y62" demo-y62-p1-r "$p" FINANCE READY_NOW; nine_box "$LEAD_TOKEN_Y62" demo-y62-p1-n "$p" 3 3
p2=$(person "$LEAD_TOKEN_Y62" demo-y62-p2 Blake Ormside REM FINANCE AFC_8D VSM '["Y63"]' '["ROSALIND_FRANKLIN"]')
p=$p2
readiness "$LEAD_TOKEN_Y62" demo-y62-p2-r "$p" FINANCE ONE_TO_TWO_YEARS; nine_box "$LEAD_TOKEN_Y62" demo-y62-p2-n "$p" 2 3
p=$(person "$LEAD_TOKEN_Y62" demo-y62-p3 Casey Pendlebury RW3 NURSING AFC_9 VSM '[]' '["NEXT_DIRECTOR"]')
readiness "$LEAD_TOKEN_Y62" demo-y62-p3-r "$p" NURSING READY_NOW
p=$(person "$LEAD_TOKEN_Y62" demo-y62-p4 Devon Ribblesdale REM OPERATIONS VSM VSM '[]' '["ASPIRING_CHIEF_EXECUTIVE"]')
readiness "$LEAD_TOKEN_Y62" demo-y62-p4-r "$p" CHIEF_EXECUTIVE ONE_TO_TWO_YEARS
p=$(person "$LEAD_TOKEN_Y63" demo-y63-p1 Emery Wharfedale RR8 FINANCE AFC_9 VSM '["Y62"]' '["NYE_BEVAN"]')
readiness "$LEAD_TOKEN_Y63" demo-y63-p1-r "$p" FINANCE READY_NOW
p=$(person "$LEAD_TOKEN_Y63" demo-y63-p2 Finley Calderbrook RR8 PEOPLE AFC_8D AFC_9 '[]' '["ELIZABETH_GARRETT_ANDERSON"]')
readiness "$LEAD_TOKEN_Y63" demo-y63-p2-r "$p" PEOPLE ONE_TO_TWO_YEARS
echo "    6 demo talent profiles: 4 in the North West (Y62), 2 in North East and Yorkshire (Y63), one willing to move to Y62"

# A North West pool, a key post with two successors, and its plan submitted for the SLSF's review.
id_of() { sed -E 's/.*"id":"([^"]+)".*/\1/'; }
pool=$(post "$LEAD_TOKEN_Y62" demo-y62-pool /pools '{"name":"North West aspiring finance directors","description":"Deputy directors of finance aiming at a board post within two years","scope":"REGION","regionCode":"Y62","targetRoleFamily":"FINANCE","targetLevel":"VSM"}' | id_of)
post "$LEAD_TOKEN_Y62" demo-y62-pool-p1 "/pools/$pool/members" '{"personRef":"'"$p1"'","nominatedOn":"2026-09-01"}' > /dev/null
post "$LEAD_TOKEN_Y62" demo-y62-pool-p1-a "/pools/$pool/members/$p1/status" '{"status":"ACCEPTED","on":"2026-09-08"}' > /dev/null
post "$LEAD_TOKEN_Y62" demo-y62-pool-p2 "/pools/$pool/members" '{"personRef":"'"$p2"'","nominatedOn":"2026-09-01"}' > /dev/null
kp=$(post "$LEAD_TOKEN_Y62" demo-y62-kp-cfo /key-posts '{"orgCode":"REM","title":"Chief Finance Officer","roleFamily":"FINANCE","level":"VSM","boardPost":true,"riskOfLoss":"HIGH"}' | id_of)
post "$LEAD_TOKEN_Y62" demo-y62-kp-cfo-p1 "/key-posts/$kp/successors" '{"personRef":"'"$p1"'","readiness":"READY_NOW","readinessAssessedOn":"2026-10-14","nominatedOn":"2026-10-14"}' > /dev/null
post "$LEAD_TOKEN_Y62" demo-y62-kp-cfo-p2 "/key-posts/$kp/successors" '{"personRef":"'"$p2"'","readiness":"ONE_TO_TWO_YEARS","readinessAssessedOn":"2026-10-14","nominatedOn":"2026-10-14"}' > /dev/null
curl -fsS -X POST "$API_URL/key-posts/$kp/plans" -H "Authorization: Bearer $LEAD_TOKEN_Y62" \
    -H "Idempotency-Key: demo-y62-kp-cfo-plan" > /dev/null
echo "    1 pool (2 members), 1 key post (2 successors) with its plan awaiting the SLSF's review"

# Diversity: 24 more board appointments, 5 shortlisted each, whose invented candidates' equality monitoring comes
# in one workforce extract (CSV, platform-admin), and a synthetic workforce baseline to compare them with.
families=(FINANCE NURSING OPERATIONS PEOPLE MEDICAL STRATEGY)
extract="personRef,ethnicCategory,disability,sex,genderReassignment,sexualOrientation,religionOrBelief,marriageAndCivilPartnership,pregnancyAndMaternity,yearOfBirth"
ethnic=(A A A A A A A B C H J K M N D F R S Z PREFER_NOT_TO_SAY)
religion=(CHRISTIANITY CHRISTIANITY NO_RELIGION NO_RELIGION ISLAM HINDUISM SIKHISM JUDAISM BUDDHISM PREFER_NOT_TO_SAY)
marriage=(MARRIED MARRIED MARRIED SINGLE CIVIL_PARTNERSHIP DIVORCED_OR_DISSOLVED WIDOWED SEPARATED)
for v in $(seq -w 1 24); do
    n=$((10#$v))
    if [ $((n % 3)) = 0 ]; then token="$HR_TOKEN_RJ1"; org=RJ1; elif [ $((n % 3)) = 1 ]; then token="$HR_TOKEN_RW3"; org=RW3; else token="$HR_TOKEN_RW3"; org=REM; fi
    shortlist=""
    for k in 1 2 3 4 5; do
        person="demo:div-$v-$k"; i=$((n * 5 + k))
        shortlist="$shortlist${shortlist:+,}\"$person\""
        sex=$([ $((i % 2)) = 0 ] && echo FEMALE || echo MALE)
        orientation=$([ $((i % 13)) = 0 ] && echo GAY_OR_LESBIAN || { [ $((i % 17)) = 0 ] && echo BISEXUAL || echo HETEROSEXUAL; })
        extract="$extract
$person,${ethnic[$(((i * 7) % ${#ethnic[@]}))]},$([ $((i % 9)) = 0 ] && echo YES || echo NO),$sex,NO,$orientation,${religion[$(((i * 3) % ${#religion[@]}))]},${marriage[$((i % ${#marriage[@]}))]},NO,$((1960 + (i * 7) % 25))"
    done
    id=$(vacancy "$token" "demo-div-$v" "$org" "Executive Director $v" "${families[$((n % ${#families[@]}))]}" VSM OPEN_ADVERT 2026-09-01 2026-09-29)
    fill "$token" "demo-div-$v" "$id" "demo:div-$v-$((1 + n % 5))" 2026-10-06 2026-11-02 "[$shortlist]"
done
curl -fsS -o /dev/null -X POST "$API_URL/declaration-imports" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H "Idempotency-Key: demo-declarations" -H "Content-Type: text/csv" --data-binary "$extract"
curl -fsS -o /dev/null -X PUT "$API_URL/workforce-baselines" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H "Content-Type: text/csv" --data-binary @"$(dirname "$0")/workforce-baseline.csv"
echo "    24 board appointments (120 shortlisted), their candidates' declarations, a synthetic workforce baseline"
