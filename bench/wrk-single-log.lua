-- POST /logs with one realistic log, for `wrk` (profiling single-log ingestion; docs/benchmarks.md, issue 10).
-- LOGTRAIL_KEY: a read-write API key of an enterprise project (no monthly quota check).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("LOGTRAIL_KEY")
wrk.body = '{"action":"order.paid","level":"info","clientTimestamp":"2026-11-30T23:00:00Z",'
  .. '"message":"payment accepted timeout retry customer session","tags":["tag3","tag7"],'
  .. '"actor":{"id":"user_4242","name":"User 4242","email":"user4242@example.com"},'
  .. '"context":{"ip":"10.0.1.2","request_id":"0b7f7a52-3c43-4d4a-9e57-3f1a0c2a1b11"},'
  .. '"metadata":{"duration_ms":123,"status_code":200}}'
