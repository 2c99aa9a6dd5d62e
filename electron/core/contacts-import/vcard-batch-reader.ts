import { splitIntoCards, type RawCard } from '../contacts-io/vcard/vcard-cards';
import { readCard } from '../contacts-io/vcard/read-vcards';
import { batchReaderOver, type RecordBatchReader } from './record-batch-reader';

/**
 * Reads decoded vCard text card by card with the steps of parseVCards (read-vcards.ts): the file is
 * cut into cards once, then each batch of cards is read. Cutting the text into pieces and parsing
 * each would be simpler, but the parser's reasons name line numbers ("Line 12 is not a vCard
 * property"), which would then count from the start of each piece.
 */
export function openVCardReader(text: string): RecordBatchReader {
  const { cards, errors } = splitIntoCards(text);
  return batchReaderOver<RawCard>(cards, readCard, errors, (a, b) => (a.line ?? 0) - (b.line ?? 0));
}
