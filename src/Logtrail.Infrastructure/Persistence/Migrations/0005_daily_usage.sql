-- Usage counted per UTC day instead of per month, so the admin usage endpoint can show a daily series (SPEC §8).
-- A month's usage is the sum of its days. Rows written before this migration hold a whole month's count and are
-- kept on the month's first day, so monthly figures do not change.
ALTER TABLE usage_counters RENAME COLUMN period_start TO day;
