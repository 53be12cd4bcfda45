import { describe, expect, it } from 'vitest';
import { redisSkips, skippedTests } from '../../harness/junit';
import { usesRedis } from '../../harness/redis';
import { parseSpecText } from '../../../src/spec';

// The shape pytest 9 writes (one line here; pytest writes it without newlines).
const report = [
  '<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" skipped="3" tests="5">',
  '<testcase classname="tests.test_health" name="test_health_is_ok" time="0.045" />',
  '<testcase classname="tests.test_rate_limit" name="test_redis_store_counts_atomically" time="0.000">',
  '<skipped type="pytest.skip" message="needs Redis: REDIS_URL is not set">tests/test_rate_limit.py:195: needs',
  ' Redis</skipped></testcase>',
  '<testcase classname="tests.test_ws" name="test_fan_out[a&amp;b]" time="0.000">',
  '<skipped type="pytest.skip" message="set REDIS_URL to run this" /></testcase>',
  '<testcase classname="tests.test_todo" name="test_json_filter" time="0.000">',
  '<skipped type="pytest.skip" message="&quot;json&quot; fields cannot be filtered" /></testcase>',
  '<testcase classname="tests.test_todo" name="test_create" time="0.010" />',
  '</testsuite></testsuites>',
].join('');

describe('pytest JUnit reports', () => {
  it('lists every skipped test with its reason, decoded', () => {
    expect(skippedTests(report)).toEqual([
      { id: 'tests.test_rate_limit::test_redis_store_counts_atomically', message: 'needs Redis: REDIS_URL is not set' },
      { id: 'tests.test_ws::test_fan_out[a&b]', message: 'set REDIS_URL to run this' },
      { id: 'tests.test_todo::test_json_filter', message: '"json" fields cannot be filtered' },
    ]);
  });

  it('picks the skips that need Redis, by test name or reason', () => {
    expect(redisSkips(report).map((test) => test.id)).toEqual([
      'tests.test_rate_limit::test_redis_store_counts_atomically',
      'tests.test_ws::test_fan_out[a&b]',
    ]);
    expect(redisSkips(report.replace(/<skipped[^>]*>[^<]*<\/skipped>|<skipped[^>]*\/>/g, ''))).toEqual([]);
  });
});

describe('specs that use Redis', () => {
  const spec = (api: object) => {
    const result = parseSpecText(
      JSON.stringify({ specVersion: 1, project: { name: 'shop', auth: 'none' }, entities: [], api }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.spec;
  };

  it('are those with a rate limit or the Redis WebSocket broker', () => {
    expect(usesRedis(spec({}))).toBe(false);
    expect(usesRedis(spec({ websockets: true }))).toBe(false);
    expect(usesRedis(spec({ websockets: true, websocketBroker: 'redis' }))).toBe(true);
    expect(usesRedis(spec({ rateLimit: { requestsPerMinute: 5 } }))).toBe(true);
  });
});
