-- The synthetic organisations every generator here shares (included with \ir, inside the caller's transaction):
-- 7 regions, 6 ICBs each, 5 organisations per ICB; codes SY001..SY210, ICBs QS01..QS42. No real organisation.
create temp table synthetic_org on commit drop as
select (icb - 1) * 5 + k as n,
       'SY' || lpad(((icb - 1) * 5 + k)::text, 3, '0') as org_code,
       'QS' || lpad(icb::text, 2, '0') as icb_code,
       (array['Y56', 'Y58', 'Y59', 'Y60', 'Y61', 'Y62', 'Y63'])[(icb - 1) / 6 + 1] as region_code
from generate_series(1, 42) icb, generate_series(1, 5) k;
