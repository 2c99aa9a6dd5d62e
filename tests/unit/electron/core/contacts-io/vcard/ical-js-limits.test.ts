import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseVCards } from '../../../../../../electron/core/contacts-io/vcard/read-vcards';

/*
 * Why read-vcards.ts has its own tokenizer: what ical.js 2.2.1 does with input an import must handle.
 * If an upgrade of ical.js makes one of these fail, it is worth looking again at using it.
 */
const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');
const parseWithIcalJs = (text: string): unknown => ICAL.parse(text);

describe('ical.js 2.2.1, measured', () => {
  it('rejects vCard 2.1 bare parameters', () => {
    expect(() => parseWithIcalJs(card('VERSION:2.1', 'N:Doe;John', 'TEL;CELL;WORK:123'))).toThrow(
      /Invalid parameters/,
    );
  });

  it('throws for the whole file on one garbage line or one missing END:VCARD', () => {
    const good = card('VERSION:3.0', 'N:Good;One;;;');
    expect(() => parseWithIcalJs(good + card('VERSION:3.0', 'N:Bad;;;;', 'garbage'))).toThrow(/invalid line/);
    expect(() => parseWithIcalJs(`${good}BEGIN:VCARD\r\nVERSION:3.0\r\nN:Cut;;;;\r\n`)).toThrow(
      /did not end/,
    );
    // Ours keeps the good card and reports the bad one.
    expect(parseVCards(good + card('VERSION:3.0', 'N:Bad;;;;', 'garbage')).records).toHaveLength(1);
  });

  it('takes a semicolon after an escaped backslash for an escaped semicolon', () => {
    expect(parseWithIcalJs(card('VERSION:4.0', 'N:Foo\\\\;Bar;;;'))).toEqual([
      'vcard',
      [
        ['version', {}, 'text', '4.0'],
        ['n', {}, 'text', ['Foo\\;Bar', '', '', '']],
      ],
      [],
    ]);
  });

  it('leaves \\; escaped in one-value text, which vCard 3.0 writers must escape', () => {
    expect(parseWithIcalJs(card('VERSION:3.0', 'NOTE:before 11:00\\; email otherwise'))).toEqual([
      'vcard',
      [
        ['version', {}, 'text', '3.0'],
        ['note', {}, 'text', 'before 11:00\\; email otherwise'],
      ],
      [],
    ]);
  });
});
