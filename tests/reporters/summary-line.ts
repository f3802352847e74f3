/**
 * Prints `N passed, N failed` (plus `, N skipped` when any) alone on the very last line: CI reads
 * that line. It is written when the process exits, after anything vitest prints late (errors of a
 * failed global setup, teardown output). Failures outside any test count too: a file or suite that
 * failed in collection or in a hook counts one each, and a run that exits non-zero with no failed
 * test (e.g. the CMS did not boot) counts one, so a broken run never reads "0 failed".
 * https://vitest.dev/advanced/api/reporters
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryLineReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onInit(): void {
    process.once('exit', (code) => {
      const failed = code !== 0 && this.failed === 0 ? 1 : this.failed;
      const skipped = this.skipped > 0 ? `, ${this.skipped} skipped` : '';
      process.stdout.write(`\n${this.passed} passed, ${failed} failed${skipped}\n`);
    });
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    this.passed = 0;
    this.failed = unhandledErrors.length;
    this.skipped = 0;
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const { state } = test.result();
        if (state === 'passed') this.passed++;
        else if (state === 'failed') this.failed++;
        else this.skipped++;
      }
      const suites = [testModule, ...testModule.children.allSuites()];
      this.failed += suites.filter((suite) => suite.errors().length > 0).length;
    }
  }
}
