-- wrk script: POST one new vacancy per request (no Idempotency-Key, so every request is a new vacancy).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.body = '{"orgCode":"RW3","title":"Chief Finance Officer","roleFamily":"FINANCE","level":"VSM",' ..
           '"boardPost":true,"contractType":"SUBSTANTIVE","recruitmentRoute":"OPEN_ADVERT",' ..
           '"openedOn":"2026-09-01","closingOn":"2026-09-29"}'
