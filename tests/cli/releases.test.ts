import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../../electron/shared/schemas/release';
import type { RichTextNode } from '../../electron/shared/schemas/rich-text';
import { plainText } from '../../electron/core/releases/release-text';
import { makeTempDir, removeTempDir } from '../support/temp-dir';
import { described, fingerprint, jsonOf, newsroom, succeeded } from './support/newsroom-process';
import {
  EXECUTABLE_TRACES,
  riverside,
  riversideDocx,
  riversideHostileHtml,
  riversideMarkdown,
  riversideText,
} from './support/release-files';

interface ImportReport {
  release: Release;
  format: string;
  recognised: { field: string; rule: string; text: string }[];
  warnings: { code: string; text: string }[];
}
interface ErrorReport {
  error: { code: string; message: string };
}

let root: string;
let dataDir: string;
const file = (name: string) => join(root, name);
const run = (args: readonly string[]) => newsroom(args, { dataDir });

beforeAll(async () => {
  root = await makeTempDir('newsroom-cli-releases-');
  dataDir = join(root, 'data');
  await writeFile(file('riverside.md'), riversideMarkdown);
  await writeFile(file('riverside.txt'), riversideText);
  await writeFile(file('riverside.html'), riversideHostileHtml);
  await writeFile(file('riverside.docx'), await riversideDocx());
  await writeFile(file('notes.pdf'), '%PDF-1.7');
  await writeFile(file('blank.md'), '   \n\n');
  await writeFile(file('broken.docx'), 'this is not a zip archive');
});
afterAll(() => removeTempDir(root));

/** The texts of a rich-text body that carry the bold mark. */
function boldTexts(node: RichTextNode): string[] {
  const own = node.marks?.some((mark) => mark.type === 'bold') && node.text ? [node.text] : [];
  return [...own, ...(node.content ?? []).flatMap(boldTexts)];
}

/** What every format must yield: the fields of the reference structure. */
function expectRiverside(release: Release): void {
  expect(release).toMatchObject({
    status: 'draft',
    language: 'en',
    reference: riverside.reference,
    headline: riverside.headline,
    dateline: { place: riverside.place, date: riverside.date },
    notesToEditors: [riverside.note],
  });
  expect(release.pressContactText).toBe(`${riverside.contact}\n${riverside.contactEmail}`);
  const body = plainText(release.body);
  expect(body).toContain('The Riverside Library will keep its east reading room open');
  expect(body).toContain(riverside.quote);
  // The dateline opens the body in the release itself, not in its text.
  expect(body).not.toContain('02.03.2026');
}

// In order: the imports make the releases that the later steps list, show and look up.
describe('releases import, list and show', () => {
  const imported = new Map<string, ImportReport>();

  it('makes a draft from each of a Word, Markdown, HTML and text file, with every part recognised', async () => {
    // One after another: each import takes the data folder for itself (see store-lock.test.ts).
    const reports: (readonly [string, ImportReport])[] = [];
    for (const name of ['riverside.docx', 'riverside.md', 'riverside.html', 'riverside.txt']) {
      const result = succeeded(await run(['releases', 'import', file(name), '--json']));
      reports.push([name, jsonOf<ImportReport>(result)]);
    }
    for (const [name, report] of reports) {
      imported.set(name, report);
      expectRiverside(report.release);
      expect(report.recognised.map((part) => part.field)).toEqual(
        expect.arrayContaining(['reference', 'headline', 'dateline', 'notesToEditors', 'pressContactText']),
      );
    }
    expect(imported.get('riverside.docx')!.format).toBe('docx');
    expect(imported.get('riverside.md')!.format).toBe('markdown');
    expect(imported.get('riverside.txt')!.format).toBe('text');
    // Formats with links keep the more-information link; Word and Markdown keep the bold run.
    for (const name of ['riverside.docx', 'riverside.md']) {
      const release = imported.get(name)!.release;
      expect(release.moreInformation).toEqual([
        { label: 'More information', url: riverside.moreInformation },
      ]);
      expect(boldTexts(release.body)).toEqual(['nurses, drivers and port workers']);
    }
  });

  it('leaves nothing executable from a hostile web page, and lists what it dropped', async () => {
    const report = imported.get('riverside.html')!;
    const stored = jsonOf<Release>(succeeded(await run(['releases', 'show', report.release.id, '--json'])));
    const everything = JSON.stringify(stored);
    for (const trace of EXECUTABLE_TRACES) expect(everything).not.toContain(trace);
    expect(report.warnings.map((warning) => warning.code)).toEqual(
      expect.arrayContaining([
        'dropped-script',
        'dropped-event-handler',
        'dropped-image',
        'dropped-embedded-content',
        'dropped-form',
      ]),
    );
    expect(report.warnings.find((warning) => warning.code === 'dropped-script')!.text).toBe(
      'scripts removed: 2',
    );
  });

  it('says in words what it found and left out', async () => {
    const result = succeeded(await run(['releases', 'import', file('riverside.html')]));
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Created draft release [0-9a-f-]{36} from riverside\.html \(HTML\)\.$/);
    expect(lines).toContain(`  headline: ${riverside.headline}`);
    expect(lines).toContain('Recognised:');
    expect(lines).toContain(`  reference number: “Press release ${riverside.reference}”`);
    expect(lines).toContain('Left out or changed:');
    expect(lines).toContain('  scripts removed: 2');
    expect(lines).toContain('  forms left out: 1');
  });

  it('lists the releases, and shows one by id or by reference number', async () => {
    const docx = imported.get('riverside.docx')!.release;
    const [list, listJson, byId, byReference, ambiguous, archived] = await Promise.all([
      run(['releases', 'list']),
      run(['releases', 'list', '--json']),
      run(['releases', 'show', docx.id]),
      run(['releases', 'show', 'rvl  7(2026)', '--json']),
      run(['releases', 'show', riverside.reference]),
      run(['releases', 'list', '--archived']),
    ]);
    const summaries = jsonOf<{ releases: Release[] }>(succeeded(listJson)).releases;
    expect(summaries).toHaveLength(5);
    expect(new Set(summaries.map((summary) => summary.headline))).toEqual(new Set([riverside.headline]));
    expect(summaries.map((summary) => summary.updatedAt)).toEqual(
      summaries
        .map((summary) => summary.updatedAt)
        .sort()
        .reverse(),
    );

    const table = succeeded(list).stdout.trim().split('\n');
    expect(table[0]).toMatch(/^REFERENCE\s+LANG\s+STATUS\s+DATE\s+ID\s+HEADLINE$/);
    expect(table).toHaveLength(6);
    expect(table[1]).toMatch(
      /^RVL 7\(2026\)\s+en\s+draft\s+2026-03-02\s+[0-9a-f-]{36}\s+Riverside Library opens/,
    );

    const shown = succeeded(byId).stdout;
    expect(shown).toContain(`Id:          ${docx.id}\n`);
    expect(shown).toContain(`Headline:    ${riverside.headline}\n`);
    expect(shown).toContain(`Dateline:    ${riverside.place}, ${riverside.date}\n`);
    expect(shown).toContain(`Notes to editors:\n1. ${riverside.note}\n`);
    expect(shown).toContain(`Press contacts:\n${riverside.contact}\n`);

    // Five releases share the number, none of them an original among versions: it must be told.
    expect(byReference.code).toBe(1);
    expect(jsonOf<ErrorReport>(byReference).error.code).toBe('AMBIGUOUS');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain(`"${riverside.reference}" is the reference number of 5 releases:`);
    expect(ambiguous.stderr).toContain('Give the id, or --language.');
    expect(succeeded(archived).stdout).toBe('There are no archived releases.\n');
  });

  it('reports an unknown release and a file it cannot import, changing nothing', async () => {
    const before = await fingerprint(dataDir);
    const [unknown, unknownJson, missing, unsupported, blank, broken] = await Promise.all([
      run(['releases', 'show', 'ACT 999(2030)']),
      run(['releases', 'show', '00000000-0000-4000-8000-000000000000', '--json']),
      run(['releases', 'import', file('nope.docx')]),
      run(['releases', 'import', file('notes.pdf'), '--json']),
      run(['releases', 'import', file('blank.md')]),
      run(['releases', 'import', file('broken.docx')]),
    ]);
    expect(unknown.code, described(unknown)).toBe(1);
    expect(unknown.stderr).toBe(
      'newsroom: error: No release has the id or reference number "ACT 999(2030)". List them with: newsroom releases list\n',
    );
    expect(jsonOf<ErrorReport>(unknownJson).error.code).toBe('NOT_FOUND');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.docx: no such file.');
    expect(unsupported.code).toBe(1);
    expect(jsonOf<ErrorReport>(unsupported).error).toEqual({
      code: 'IMPORT_REFUSED',
      message: '.pdf files cannot be imported; releases are imported from .docx, .md, .html or .txt files.',
    });
    expect(blank.code).toBe(1);
    expect(blank.stderr).toBe('newsroom: error: The file is empty.\n');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('The file is not a Word document that can be read');
    expect(await fingerprint(dataDir)).toBe(before);
  });
});
