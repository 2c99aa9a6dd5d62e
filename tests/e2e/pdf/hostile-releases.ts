import payloadList from '../../fixtures/hostile/xss-payloads.json' with { type: 'json' };
import type { ReleaseRenderContext } from '../../../electron/core/release-render/render-release-html';
import { contactSchema, type Contact } from '../../../electron/shared/schemas/contact';
import { releaseSchema, type Release } from '../../../electron/shared/schemas/release';
import type { RichTextNode } from '../../../electron/shared/schemas/rich-text';
import { sampleRelease } from '../print/print-samples';

/** One XSS or injection payload, and the made-up word printed on each side of it. */
export interface HostilePayload {
  /** `nwsmk007`: a word no release holds, so finding it in the PDF proves the text around it survived. */
  marker: string;
  text: string;
}

/** A release with hostile text in every field, the context it prints with, and its payloads. */
export interface HostileRelease {
  release: Release;
  context: ReleaseRenderContext;
  payloads: HostilePayload[];
}

/**
 * The payloads of tests/fixtures/hostile/xss-payloads.json, with `{{CANARY}}` pointing at the
 * loopback canary server (`http://127.0.0.1:<port>`), and `{{CANARY_HTTPS}}` at the same port
 * over https, which the CSP does not treat as mixed content.
 */
export function hostilePayloads(canaryOrigin: string): HostilePayload[] {
  const httpsOrigin = canaryOrigin.replace(/^http:/, 'https:');
  return payloadList.map((text, index) => ({
    marker: `nwsmk${String(index).padStart(3, '0')}`,
    text: text.replaceAll('{{CANARY_HTTPS}}', httpsOrigin).replaceAll('{{CANARY}}', canaryOrigin),
  }));
}

/** Short text fields hold 500 characters: a release gets the payloads that fit, markers whole. */
const FIELD_BUDGET = 480;
const MAX_PAYLOADS_PER_RELEASE = 8;

const marked = (payload: HostilePayload) => `${payload.marker} ${payload.text} ${payload.marker}`;

/** Splits the payloads into groups whose marked texts, joined, fit a short field. */
function groups(payloads: readonly HostilePayload[]): HostilePayload[][] {
  const result: HostilePayload[][] = [];
  let current: HostilePayload[] = [];
  let length = 0;
  for (const payload of payloads) {
    const size = marked(payload).length + 1;
    if (current.length > 0 && (length + size > FIELD_BUDGET || current.length >= MAX_PAYLOADS_PER_RELEASE)) {
      result.push(current);
      current = [];
      length = 0;
    }
    current.push(payload);
    length += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({
  type: 'text',
  text: value,
  marks,
});
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });

/**
 * The body blocks of one payload: a paragraph holding it, a link whose every attribute is the
 * payload (the link mark of TipTap JSON), and, in turn, a heading, a quote, a list or node types
 * the release does not print, each with the payload in its text and its attributes.
 */
function bodyBlocks(payload: HostilePayload, index: number): RichTextNode[] {
  const attributes = { href: payload.text, target: payload.text, rel: payload.text, class: payload.text };
  const holder = [
    { type: 'heading', attrs: { level: payload.text }, content: [text(marked(payload))] },
    { type: 'blockquote', attrs: { cite: payload.text }, content: [paragraph(text(marked(payload)))] },
    {
      type: 'orderedList',
      attrs: { start: payload.text },
      content: [{ type: 'listItem', content: [paragraph(text(marked(payload)))] }],
    },
    { type: 'image', attrs: { src: payload.text, alt: payload.text }, content: [text(marked(payload))] },
    { type: 'iframe', attrs: { src: payload.text, srcdoc: payload.text }, content: [text(marked(payload))] },
  ][index % 5]!;
  return [
    paragraph(text(marked(payload), [{ type: 'bold', attrs: { style: payload.text } }])),
    paragraph(
      text(`${payload.marker} linked`, [{ type: 'link', attrs: attributes }]),
      text(' and '),
      text('a safe link', [{ type: 'link', attrs: { href: `https://www.example.org/${payload.marker}` } }]),
    ),
    holder,
  ];
}

function hostileContact(payload: HostilePayload, index: number): Contact {
  return contactSchema.parse({
    id: `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`,
    givenName: payload.marker,
    familyName: payload.text,
    role: payload.text,
    organisation: payload.text,
    beats: [],
    languages: [],
    country: payload.text,
    city: payload.text,
    emails: [{ address: 'press@example.org', label: 'work' }],
    phones: [{ number: payload.text.slice(0, 60).trim() || 'x', kind: 'tel' }],
    address: null,
    website: payload.text,
    social: [],
    tags: [],
    notes: payload.text,
    pitchingPreferences: '',
    doNotContact: false,
    consent: { basis: 'unknown', date: null },
    source: '',
    lastVerified: null,
    createdAt: '2026-11-12T07:40:00.000Z',
    updatedAt: '2026-11-12T07:40:00.000Z',
  });
}

/**
 * Releases that carry every payload in every text field: reference, headline, subheadline,
 * dateline place, body text and link attributes, more-information labels and addresses, notes,
 * press contact text and contacts, boilerplate, tags, and the organisation's letterhead.
 * Each release is valid by the release schema, as one typed or imported could be.
 */
export function hostileReleases(payloads: readonly HostilePayload[]): HostileRelease[] {
  const base = sampleRelease('en');
  return groups(payloads).map((group, groupIndex) => {
    const joined = group.map(marked).join(' ');
    const release = releaseSchema.parse({
      ...base,
      id: `00000000-0000-4000-8000-${String(groupIndex).padStart(12, '0')}`,
      reference: joined,
      headline: joined,
      subheadline: joined,
      dateline: { place: joined, date: '2026-11-12' },
      body: { type: 'doc', content: group.flatMap(bodyBlocks) },
      moreInformation: group.map((payload) => ({ label: marked(payload), url: payload.text })),
      notesToEditors: group.map(marked),
      boilerplate: group.map(marked).join('\n\n'),
      pressContactText: group.map(marked).join('\n'),
      pressContactIds: [],
      tags: group.map((payload) => `${payload.marker} ${payload.text}`.slice(0, 60).trim()),
    });
    const context: ReleaseRenderContext = {
      organisation: {
        name: joined,
        address: group.map((payload) => payload.text).join('\n'),
        website: group[0]!.text,
        email: group[0]!.text,
        phone: group[0]!.text,
      },
      pressContacts: group.map(hostileContact),
      boilerplate: '',
      pageSize: 'A4',
      // Core makes the logo's data URI from a PNG or JPEG it checked itself: not text anyone types.
      logoDataUri: null,
    };
    return { release, context, payloads: group };
  });
}

/**
 * How many times each marker is printed where nothing can hide it: twice (before and after the
 * payload) in the reference, headline, subheadline, dateline, body paragraph, the heading, quote,
 * list or unknown node after it, more information, notes, press contact text and boilerplate,
 * and once in the link and the contact's name. The letterhead, the "About …" title, the footer
 * and the running header are not counted: they show the organisation or a shortened headline.
 */
export const VISIBLE_MARKER_COPIES = 2 * 10 + 2;
