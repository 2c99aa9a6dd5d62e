import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { droppedElementWarning } from './element-rules';
import { readInlineStyle } from './inline-style';
import type { WarningTally } from './warning-tally';

/**
 * The nodes under an element in document order, read without recursion (nesting may be deep), and
 * without going into the elements `skip` says to skip.
 */
function* descendants(element: Element, skip: (element: Element) => boolean): Generator<ChildNode> {
  const pending: ChildNode[] = [...element.children].reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    yield node;
    if (isTag(node) && !skip(node)) pending.push(...[...node.children].reverse());
  }
}

function isHidden(element: Element): boolean {
  return Object.hasOwn(element.attribs, 'hidden') || readInlineStyle(element.attribs['style']).hidden;
}

/** Dropped with all it holds: elements off the allow-list, hidden ones, and Word's typed list markers. */
function isDropped(element: Element): boolean {
  if (droppedElementWarning(element.name) !== undefined) return true;
  const style = readInlineStyle(element.attribs['style']);
  return Object.hasOwn(element.attribs, 'hidden') || style.hidden || style.wordListMarker;
}

const eventHandlerCount = (element: Element) =>
  Object.keys(element.attribs).filter((name) => name.startsWith('on')).length;

/** The text under an element, without recursion, skipping whatever the converter drops. */
export function flatText(element: Element): string {
  const parts: string[] = [];
  for (const node of descendants(element, isDropped)) {
    if (isText(node)) parts.push(node.data);
  }
  return parts.join(' ');
}

/**
 * Whether an element is dropped with everything in it, counting what goes: its event handlers (an
 * element that stays loses them too), the element itself, hidden text, and the scripts and handlers
 * inside a dropped element (an `<svg onload>` holding a `<script>`).
 */
export function dropElement(element: Element, tally: WarningTally): boolean {
  const handlers = eventHandlerCount(element);
  if (handlers > 0) tally.add('dropped-event-handler', handlers);
  if (!isDropped(element)) return false;
  const warning = droppedElementWarning(element.name);
  if (warning) tally.add(warning);
  else if (warning === undefined && isHidden(element) && /\S/.test(flatText(element))) {
    tally.add('dropped-hidden-text');
  }
  for (const node of descendants(element, () => false)) {
    if (!isTag(node)) continue;
    if (node.name === 'script') tally.add('dropped-script');
    const inner = eventHandlerCount(node);
    if (inner > 0) tally.add('dropped-event-handler', inner);
  }
  return true;
}
