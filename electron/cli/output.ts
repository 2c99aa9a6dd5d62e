import type { Writable } from 'node:stream';

/**
 * Where a command writes. Standard output carries the result (text for people, or one JSON document
 * with `--json`, or an export's bytes); standard error carries progress, notes and errors, so that
 * piping the result never mixes them in.
 */
export class Output {
  constructor(
    private readonly stdout: Writable,
    private readonly stderr: Writable,
    /** `--json`: the result is one JSON document, and text results are not written. */
    readonly json: boolean,
  ) {}

  /** A line of the result, for people; left out with `--json`. */
  line(text = ''): void {
    if (!this.json) this.stdout.write(`${text}\n`);
  }

  /** The result as one JSON document, with `--json`. */
  document(value: unknown): void {
    if (this.json) this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Raw bytes of the result (an export to standard output); resolves once they are handed over. */
  bytes(content: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stdout.write(content, (error) => (error ? reject(error) : resolve()));
    });
  }

  /** Progress or a remark on standard error, prefixed so that it reads apart from the result. */
  note(text: string): void {
    this.stderr.write(`newsroom: ${text}\n`);
  }

  /** Text on standard error as it is: help shown after a usage error. */
  raw(text: string): void {
    this.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** Help asked for: on standard output, whatever `--json` says. */
  help(text: string): void {
    this.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}
