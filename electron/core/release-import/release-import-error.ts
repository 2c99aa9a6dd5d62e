import type { ReleaseImportFormat, ReleaseImportProblem } from './types';

const FORMAT_NAMES: Readonly<Record<ReleaseImportFormat, string>> = {
  docx: 'a Word document',
  markdown: 'Markdown',
  html: 'HTML',
  text: 'plain text',
};

function describeProblem(problem: ReleaseImportProblem): string {
  switch (problem.code) {
    case 'unsupported-file-type':
      return problem.extension === ''
        ? 'The file has no extension; releases are imported from .docx, .md, .html or .txt files.'
        : `.${problem.extension} files cannot be imported; releases are imported from .docx, .md, .html or .txt files.`;
    case 'file-too-large':
      return `The file is ${(problem.size / (1024 * 1024)).toFixed(1)} MB; files over ${String(
        problem.maxSize / (1024 * 1024),
      )} MB cannot be imported.`;
    case 'empty-file':
      return 'The file is empty.';
    case 'not-text':
      return `The file does not hold text, so it cannot be read as ${FORMAT_NAMES[problem.format]}.`;
    case 'unreadable-docx':
      return `The file is not a Word document that can be read (${problem.detail}).`;
    case 'no-content':
      return 'The file holds no text to import.';
  }
}

/**
 * Thrown by the release import when a file cannot be imported at all. `problem` carries a stable
 * code and values for the interface to translate; `message` says the same in English, for the
 * command line and logs.
 */
export class ReleaseImportError extends Error {
  readonly problem: ReleaseImportProblem;

  constructor(problem: ReleaseImportProblem) {
    super(describeProblem(problem));
    this.name = 'ReleaseImportError';
    this.problem = problem;
  }
}
