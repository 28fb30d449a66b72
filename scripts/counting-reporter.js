// @ts-check
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A @web/test-runner reporter that writes `{ passed, failed }` to `file`, so `npm test` can add
 * the browser totals to the others. A test file that fails to load counts as one failure.
 * @param {string} file
 * @returns {import('@web/test-runner').Reporter}
 */
export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      /** @param {import('@web/test-runner').TestSuiteResult} suite */
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.passed) passed += 1;
          else failed += 1;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors.length > 0 || !session.testResults)) failed += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}
