-- wrk script: the forum candidate search, GET /candidates?roleFamily=<rf>&readiness=READY_NOW&size=50, as forum
-- members of the 7 NHS England regions (one token each, in TOKEN_Y56 .. TOKEN_Y63: the region comes from the
-- token). Each thread cycles through the 91 combinations of region and role family, from its own starting point.
-- done() prints one RESULT line: requests, seconds, rate, p50/p95/p99 from wrk's latency histogram, non-2xx.
local regions = { "Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63" }
local families = { "CHIEF_EXECUTIVE", "FINANCE", "MEDICAL", "NURSING", "OPERATIONS", "PEOPLE", "STRATEGY",
                   "DIGITAL", "ESTATES", "GOVERNANCE", "CHAIR", "NON_EXECUTIVE", "OTHER" }
local tokens = {}
for r, region in ipairs(regions) do
    tokens[r] = os.getenv("TOKEN_" .. region)
    if tokens[r] == nil or tokens[r] == "" then
        error("TOKEN_" .. region .. " is not set")
    end
end

local threads = {}
local thread_count = 0

function setup(thread)
    thread:set("id", thread_count)
    thread_count = thread_count + 1
    table.insert(threads, thread)
end

function init(args)
    prepared = {}
    local host = wrk.host .. ":" .. wrk.port
    for r = 1, #regions do
        for f = 1, #families do
            prepared[#prepared + 1] = wrk.format("GET",
                "/candidates?roleFamily=" .. families[f] .. "&readiness=READY_NOW&size=50",
                { ["Host"] = host, ["Authorization"] = "Bearer " .. tokens[r], ["Accept"] = "application/json" })
        end
    end
    counter = (id * 37) % #prepared
    non2xx = 0
end

function request()
    counter = counter + 1
    return prepared[counter % #prepared + 1]
end

function response(status, headers, body)
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
    end
end

function done(summary, latency, requests)
    local failed = 0
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("non2xx")
    end
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.1f rate=%.2f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
        summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, failed, errors))
end
