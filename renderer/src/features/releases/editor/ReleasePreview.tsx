import { Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageSize } from '../../../print/page-size';
import { api } from '../../../app/api-client';
import type { DraftStore } from './draft-store';

/** A change is shown after this pause, so that a burst of typing renders once. */
const PREVIEW_DELAY_MS = 30;
/** The print page's own width in CSS pixels: an A4 or Letter page with its margin around it. */
const PRINT_PAGE_WIDTH = 880;

/**
 * The live preview: the app's own print page (the one the PDF is made from) in a frame, scaled to
 * the panel, re-rendered from core's HTML a moment after each change. What it shows is the PDF,
 * page breaks included.
 */
export function ReleasePreview({ store, pageSize }: { store: DraftStore; pageSize: PageSize }) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [scale, setScale] = useState(0.6);
  const [pages, setPages] = useState<number | null>(null);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setScale(Math.min(1, (entry.contentRect.width - 8) / PRINT_PAGE_WIDTH));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const iframe = frame.current;
    if (!iframe) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const render = async () => {
      const print = iframe.contentWindow?.newsroomPrint;
      if (!print) return;
      const request = ++latest;
      const release = store.getState().release;
      const html = await api.renderReleaseHtml(release);
      if (request !== latest) return;
      const result = await print.render(html, { pageSize });
      if (request !== latest) return;
      setPages(result.pages);
      // Tests and benchmarks wait on this, not on time.
      if (panel.current) panel.current.dataset.renderedVersion = String(store.getState().version);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void render().catch(() => undefined), PREVIEW_DELAY_MS);
    };
    const onLoad = () => void render().catch(() => undefined);
    iframe.addEventListener('load', onLoad);
    if (iframe.contentDocument?.documentElement.dataset.printState) void render().catch(() => undefined);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.release !== previous.release) schedule();
    });
    return () => {
      clearTimeout(timer);
      latest += 1;
      iframe.removeEventListener('load', onLoad);
      unsubscribe();
    };
  }, [store, pageSize]);

  return (
    <section
      className="release-preview"
      aria-label={t('editor.preview')}
      ref={panel}
      data-testid="release-preview"
    >
      <Text size="xs" c="dimmed" mb={6} aria-live="polite">
        {pages === null
          ? t('editor.previewLoading')
          : t('editor.previewPages', { count: pages, size: pageSize })}
      </Text>
      <div className="release-preview-viewport">
        <iframe
          ref={frame}
          src="print.html"
          title={t('editor.preview')}
          className="release-preview-frame"
          style={{ width: PRINT_PAGE_WIDTH, height: `${100 / scale}%`, transform: `scale(${scale})` }}
        />
      </div>
    </section>
  );
}
