import { describe, expect, it } from 'vitest';
import { createPdfPrinter } from '../../../../../electron/core/pdf/create-pdf-printer';
import { PdfPrintError } from '../../../../../electron/core/pdf/pdf-print-error';
import type { LoadedPrintPage, PdfPrintJob } from '../../../../../electron/core/pdf/pdf-printer';

const job = (articleHtml: string): PdfPrintJob => ({
  articleHtml,
  pageSize: 'A4',
  title: 'T',
  language: 'en',
});

/** What the fake engine did, in order: "open 1", "render 1 a", "print 1", "close 1"… */
type Behaviour = (html: string) => Promise<void> | void;

/**
 * Print pages that "print" the HTML they were given as bytes, numbered in the order they were
 * opened, logging every call, and doing whatever `behaviour` says while rendering.
 */
function fakeEngine(behaviour: Behaviour = () => undefined, failOpens = 0) {
  const log: string[] = [];
  let opened = 0;
  let opensToFail = failOpens;
  const open = async (): Promise<LoadedPrintPage> => {
    opened += 1;
    const id = opened;
    log.push(`open ${id}`);
    if (opensToFail > 0) {
      opensToFail -= 1;
      throw new Error('no page today');
    }
    let shown = '';
    let closed = false;
    return {
      render: async ({ articleHtml }) => {
        log.push(`render ${id} ${articleHtml}`);
        await behaviour(articleHtml);
        if (closed) throw new Error('Target page closed');
        shown = articleHtml;
        log.push(`rendered ${id} ${articleHtml}`);
        return articleHtml.length;
      },
      printToPdf: async () => {
        if (closed) throw new Error('Target page closed');
        return new TextEncoder().encode(`${id}:${shown}`);
      },
      close: async () => {
        closed = true;
        log.push(`close ${id}`);
      },
    };
  };
  return { open, log };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('createPdfPrinter', () => {
  it('opens one page on the first job and prints every release on it', async () => {
    const engine = fakeEngine();
    const printer = createPdfPrinter(engine.open);
    expect(engine.log).toEqual([]);
    const first = await printer.print(job('a'));
    const second = await printer.print(job('bb'));
    expect([text(first.pdf), first.pages, text(second.pdf), second.pages]).toEqual(['1:a', 1, '1:bb', 2]);
    await printer.close();
    expect(engine.log).toEqual([
      'open 1',
      'render 1 a',
      'rendered 1 a',
      'render 1 bb',
      'rendered 1 bb',
      'close 1',
    ]);
  });

  it('runs jobs one at a time, in call order, however they are called', async () => {
    const engine = fakeEngine((html) => pause(html === 'slow' ? 30 : 1));
    const printer = createPdfPrinter(engine.open);
    const results = await Promise.all(['slow', 'b', 'c'].map((html) => printer.print(job(html))));
    expect(results.map((result) => text(result.pdf))).toEqual(['1:slow', '1:b', '1:c']);
    expect(engine.log.filter((line) => line.startsWith('render'))).toEqual([
      'render 1 slow',
      'rendered 1 slow',
      'render 1 b',
      'rendered 1 b',
      'render 1 c',
      'rendered 1 c',
    ]);
    await printer.close();
  });

  it('fails only the job that failed, and prints the next on a fresh page', async () => {
    const engine = fakeEngine((html) => {
      if (html === 'bad') throw new Error('layout exploded');
    });
    const printer = createPdfPrinter(engine.open);
    const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map((html) => printer.print(job(html))));
    expect(outcomes[0]).toMatchObject({ status: 'fulfilled' });
    expect(outcomes[1]).toMatchObject({
      status: 'rejected',
      reason: { code: 'print-failed', message: expect.stringContaining('layout exploded') },
    });
    expect(outcomes[1]?.status === 'rejected' && outcomes[1].reason).toBeInstanceOf(PdfPrintError);
    expect(outcomes[2]).toMatchObject({ status: 'fulfilled' });
    expect(outcomes[2]?.status === 'fulfilled' && text(outcomes[2].value.pdf)).toBe('2:c');
    await printer.close();
    expect(engine.log).toContain('close 1');
    expect(engine.log.at(-1)).toBe('close 2');
  });

  it('opens the page again when opening it failed', async () => {
    const engine = fakeEngine(undefined, 1);
    const printer = createPdfPrinter(engine.open);
    await expect(printer.print(job('a'))).rejects.toMatchObject({ code: 'print-failed' });
    expect(text((await printer.print(job('b'))).pdf)).toBe('2:b');
    await printer.close();
  });

  it('gives up on a page that hangs, and never prints a later release from it', async () => {
    let release: () => void = () => undefined;
    const engine = fakeEngine((html) =>
      html === 'hang' ? new Promise<void>((resolve) => (release = resolve)) : undefined,
    );
    const printer = createPdfPrinter(engine.open, { jobTimeoutMs: 40 });
    await expect(printer.print(job('hang'))).rejects.toMatchObject({ code: 'print-timeout' });
    expect(text((await printer.print(job('next'))).pdf)).toBe('2:next');
    // The hung render finally returns, on its own closed page: nothing comes of it.
    release();
    await pause(5);
    expect(engine.log).not.toContain('rendered 1 hang');
    await printer.close();
    expect(engine.log.filter((line) => line.startsWith('close'))).toEqual(['close 1', 'close 2']);
  });

  it('finishes the job in progress on close, refuses the rest, and closes the page', async () => {
    const engine = fakeEngine(() => pause(20));
    const printer = createPdfPrinter(engine.open);
    const running = printer.print(job('a'));
    const queued = printer.print(job('b'));
    await pause(5);
    await printer.close();
    expect(text((await running).pdf)).toBe('1:a');
    await expect(queued).rejects.toMatchObject({ code: 'printer-closed' });
    await expect(printer.print(job('c'))).rejects.toMatchObject({ code: 'printer-closed' });
    expect(engine.log.filter((line) => line.startsWith('close'))).toEqual(['close 1']);
    await printer.close();
  });
});
