import { Group, Text } from '@mantine/core';
import { RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import StarterKit from '@tiptap/starter-kit';
import { useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import type { RichTextDoc, RichTextNode } from '@shared/schemas/rich-text';
import type { DraftStore } from './draft-store';

/** Only web and email links: anything else would be refused by the checks and the PDF. */
function isSafeLink(url: string): boolean {
  return /^(https:|mailto:)/i.test(url.trim());
}

/**
 * The body as a word processor: paragraphs, headings, bold, italic, underline, strike, links,
 * lists and quotes, with the usual shortcuts. Pasting from Word or a web page keeps only what this
 * schema knows, so styles and scripts never come in. The editor owns its text; the draft learns of
 * changes without re-rendering the editor on each keystroke.
 */
export function BodyEditor({ store, language }: { store: DraftStore; language: string }) {
  const { t } = useTranslation();
  const pendingSync = useRef(false);
  const editor = useEditor({
    // TipTap's own <style> element is blocked by the CSP; its rules are in app.css.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['mailto'],
          isAllowedUri: (url) => isSafeLink(url),
          HTMLAttributes: { rel: 'noopener noreferrer', target: null },
        },
      }),
    ],
    content: store.getState().release.body,
    editorProps: {
      attributes: {
        lang: language,
        spellcheck: 'true',
        'aria-label': t('editor.body'),
        'aria-multiline': 'true',
        role: 'textbox',
      },
    },
    // Serialising a long body takes milliseconds: do it once the keystroke is painted, and once
    // however fast the typing, so that letters appear at once.
    onUpdate: ({ editor: current }) => {
      if (pendingSync.current) return;
      pendingSync.current = true;
      // When the main thread is idle after the frame, or within 40 ms under a burst of typing.
      requestIdleCallback(
        () => {
          pendingSync.current = false;
          if (!current.isDestroyed) store.getState().set('body', current.getJSON() as RichTextDoc);
        },
        { timeout: 40 },
      );
    },
  });

  // The release's language may change while editing: spellcheck and hyphenation follow it.
  useEffect(() => {
    editor?.setOptions({
      editorProps: {
        attributes: {
          lang: language,
          spellcheck: 'true',
          'aria-label': t('editor.body'),
          'aria-multiline': 'true',
          role: 'textbox',
        },
      },
    });
  }, [editor, language, t]);

  const labels: Partial<RichTextEditorLabels> = {
    boldControlLabel: t('editor.toolbar.bold'),
    italicControlLabel: t('editor.toolbar.italic'),
    underlineControlLabel: t('editor.toolbar.underline'),
    strikeControlLabel: t('editor.toolbar.strike'),
    linkControlLabel: t('editor.toolbar.link'),
    unlinkControlLabel: t('editor.toolbar.unlink'),
    bulletListControlLabel: t('editor.toolbar.bulletList'),
    orderedListControlLabel: t('editor.toolbar.orderedList'),
    blockquoteControlLabel: t('editor.toolbar.quote'),
    h2ControlLabel: t('editor.toolbar.heading2'),
    h3ControlLabel: t('editor.toolbar.heading3'),
    undoControlLabel: t('editor.toolbar.undo'),
    redoControlLabel: t('editor.toolbar.redo'),
    clearFormattingControlLabel: t('editor.toolbar.clearFormatting'),
    linkEditorInputLabel: t('editor.toolbar.linkAddress'),
    linkEditorInputPlaceholder: 'https://',
    linkEditorSave: t('editor.toolbar.linkSave'),
    linkEditorExternalLink: t('editor.toolbar.linkExternal'),
    linkEditorInternalLink: t('editor.toolbar.linkInternal'),
  };

  return (
    <div>
      <Text component="div" size="sm" fw={500} mb={4} aria-hidden>
        {t('editor.body')}
      </Text>
      <RichTextEditor editor={editor} labels={labels} className="release-body-editor">
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
            <RichTextEditor.Strikethrough />
            <RichTextEditor.ClearFormatting />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
            <RichTextEditor.Blockquote />
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
      <BodyCounts store={store} />
    </div>
  );
}

/** Words and characters of the body, as a word processor counts them; re-rendered on its own. */
function BodyCounts({ store }: { store: DraftStore }) {
  const { t } = useTranslation();
  const body = useStore(store, (state) => state.release.body);
  const text = collectText(body);
  const words = text.split(/\s+/).filter(Boolean).length;
  const characters = text.replace(/\s+/g, ' ').trim().length;
  return (
    <Group justify="flex-end" mt={4}>
      <Text size="xs" c="dimmed" data-testid="body-counts">
        {t('editor.counts', { words, characters })}
      </Text>
    </Group>
  );
}

function collectText(node: RichTextNode): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(collectText).join(' ');
}
