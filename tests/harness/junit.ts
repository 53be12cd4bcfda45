/**
 * Reads pytest's JUnit XML report for the tests it skipped, so the harness can tell a
 * project's Redis tests were skipped (docs/testing.md: with a Redis server at hand, or
 * under CI, that is a failure, not a pass).
 */

export interface SkippedTest {
  /** `tests.test_rate_limit::test_redis_windows_reset` */
  id: string;
  message: string;
}

const attribute = (attributes: string, name: string) => {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#10;/g, '\n')
    .replace(/&amp;/g, '&');
};

export function skippedTests(junitXml: string): SkippedTest[] {
  const skipped: SkippedTest[] = [];
  for (const match of junitXml.matchAll(/<testcase\b([^>]*?)\/?>\s*<skipped\b([^>]*?)\/?>/g)) {
    const [, testcase = '', skip = ''] = match;
    skipped.push({
      id: `${attribute(testcase, 'classname')}::${attribute(testcase, 'name')}`,
      message: attribute(skip, 'message'),
    });
  }
  return skipped;
}

/** Skipped tests that need Redis: the test or its skip reason names it. */
export const redisSkips = (junitXml: string) =>
  skippedTests(junitXml).filter((test) => /redis/i.test(`${test.id} ${test.message}`));
