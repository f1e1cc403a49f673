// The one error a CSV file as a whole can fail with: it is not a CSV we can read at all (wrong kind
// of file, unknown encoding, broken quoting). Row-level problems are not errors: they are reasons
// returned per row, so one bad row never sinks an import. The message is one sentence a person can
// act on, shown as is; never put a stack trace or internal detail in it.
export class CsvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvFileError';
  }
}
