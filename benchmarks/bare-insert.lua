-- wrk script: the same body to the bare baseline endpoint.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"orgCode":"RW3","title":"Chief Finance Officer","roleFamily":"FINANCE","level":"VSM",' ..
           '"boardPost":true,"contractType":"SUBSTANTIVE","recruitmentRoute":"OPEN_ADVERT",' ..
           '"openedOn":"2026-09-01","closingOn":"2026-09-29"}'
