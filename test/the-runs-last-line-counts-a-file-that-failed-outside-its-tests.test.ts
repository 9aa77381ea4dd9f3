import type { TestModule } from 'vitest/node';
import { afterEach, expect, it, vi } from 'vitest';
import PlainSummaryReporter from '../scripts/plain-summary-reporter.ts';

/** A file as the reporter sees it: its own state and its tests' states. */
const file = (state: string, tests: string[]) =>
  ({ state: () => state, children: { allTests: () => tests.map((s) => ({ result: () => ({ state: s }) })).values() } }) as unknown as TestModule;

const lastLine = (files: TestModule[], errors: unknown[] = []) => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  new PlainSummaryReporter().onTestRunEnd(files, errors);
  return String(log.mock.calls.at(-1)?.[0]).trim();
};
afterEach(() => vi.restoreAllMocks());

it('counts a file whose setup failed (a beforeAll, an import) as a failure, not only as skipped tests', () => {
  // The print test's beforeAll failing on a missing pdftotext read "0 failed, 6 skipped" before.
  expect(lastLine([file('passed', ['passed', 'passed']), file('failed', ['skipped', 'skipped'])])).toBe('2 passed, 1 failed, 2 skipped');
});

it('counts failed tests once, not again for their file', () => {
  expect(lastLine([file('failed', ['passed', 'failed'])])).toBe('1 passed, 1 failed, 0 skipped');
});

it('counts a file that found no tests, and errors outside any file', () => {
  expect(lastLine([file('failed', [])], [new Error('unhandled')])).toBe('0 passed, 2 failed, 0 skipped');
});
