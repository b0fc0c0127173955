import { DatasetValidationError } from '../../../src/data/format-validation-error';
import { GeocodeError } from '../../../src/lib/geocode/resolve-place';

/** Prints a failure as one line per problem on stderr and sets a non-zero exit code. */
export function reportFailure(error: unknown, context: string): void {
  if (error instanceof DatasetValidationError) {
    for (const problem of error.message.split('\n')) console.error(problem);
    console.error(`${context}: ${error.problems.length} problem(s)`);
  } else if (error instanceof GeocodeError) {
    console.error(`geo/data/presences.json: ${error.message}`);
  } else {
    console.error(`${context}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
