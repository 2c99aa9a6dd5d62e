import { usageError } from './cli-error';

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** A command's parsed arguments, with checked accessors: a wrong value is a usage error (exit 2). */
export class Arguments {
  constructor(
    private readonly values: Values,
    readonly positionals: readonly string[],
  ) {}

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  string(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }

  /** The option's value, which must be one of `choices`; `fallback` when it is not given. */
  choice<const C extends string>(name: string, choices: readonly C[], fallback?: C): C | undefined {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const found = choices.find((choice) => choice === value.toLowerCase());
    if (found === undefined) {
      throw usageError(`--${name} must be one of ${choices.join(', ')}; got "${value}".`);
    }
    return found;
  }

  /** A whole number within bounds; `fallback` when the option is not given. */
  integer(name: string, { min, max }: { min: number; max: number }, fallback: number): number {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
      throw usageError(`--${name} must be a whole number from ${min} to ${max}; got "${value}".`);
    }
    return number;
  }

  /** The value of an option the command cannot do without. */
  required(name: string, hint: string): string {
    const value = this.string(name);
    if (value === undefined) throw usageError(`--${name} is required: ${hint}.`);
    return value;
  }
}
