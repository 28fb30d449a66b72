// @ts-check
/**
 * Wraps a @web/test-runner reporter so that its closing summary is printed once. Without a
 * terminal (in CI, or `npm test` piped), the runner prints the progress report when the run
 * finishes and again when it stops; the first of the two is dropped here.
 * @param {import('@web/test-runner').Reporter} reporter
 * @returns {import('@web/test-runner').Reporter}
 */
export function summaryOnce(reporter) {
  let finished = false;
  let stopped = false;
  return {
    ...reporter,
    onTestRunFinished(args) {
      finished = true;
      return reporter.onTestRunFinished?.(args);
    },
    stop(args) {
      stopped = true;
      return reporter.stop?.(args);
    },
    getTestProgress(args) {
      return finished && !stopped ? [] : (reporter.getTestProgress?.(args) ?? []);
    },
  };
}
