// @ts-check
/**
 * Wraps a @web/test-runner reporter so that its closing summary is printed once. Without a
 * terminal (in CI, or `npm test` piped), the runner logs the progress report at most every 10 s
 * while tests run, and once more when it stops; a report logged after the last test file finished
 * is already the summary ("Finished running tests…"), so the closing one printed it again. Here a
 * report is shown while some test file is still to finish, and then only when the runner stops.
 * @param {import('@web/test-runner').Reporter} reporter
 * @returns {import('@web/test-runner').Reporter}
 */
export function summaryOnce(reporter) {
  let stopped = false;
  return {
    ...reporter,
    stop(args) {
      stopped = true;
      return reporter.stop?.(args);
    },
    getTestProgress(args) {
      const allFinished = args.sessions.every((session) => session.status === 'FINISHED');
      return allFinished && !stopped ? [] : (reporter.getTestProgress?.(args) ?? []);
    },
  };
}
