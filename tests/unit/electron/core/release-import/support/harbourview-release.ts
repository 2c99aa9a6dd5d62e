/**
 * The fictional release every fixture in tests/fixtures/releases holds, in one place: the tests
 * compare each import with these values. Harbourview, its archive and its people are invented; the
 * telephone numbers are in ranges that UK regulator Ofcom keeps for drama, and the domains are
 * example.org's.
 */
export const harbourview = {
  reference: 'HCA 42(2026)',
  headline: 'Harbourview Civic Archive opens its restored reading room to the public',
  subheadline: "Twelve thousand letters from the port's founding families go on display and online",
  date: '2026-05-14',
  lead:
    'The Harbourview Civic Archive will open its restored reading room to the public on 1 June, together ' +
    "with an online catalogue of twelve thousand letters written by the port's founding families.",
  collectionIntro: 'The collection includes:',
  collection: [
    'shipping ledgers from 1851 to 1902',
    'letters between harbour pilots and their families',
    'hand-drawn maps of the old quays',
  ],
  booking: "Visitors can book a free seat through the archive's website.",
  bookingLink: { text: "archive's website", href: 'https://archive.example.org/visit' },
  directorQuote:
    '“These letters belong to everyone who lives by the harbour. Opening the room is the least we owe them,” ' +
    'said Mara Ellison, Director of the Harbourview Civic Archive.',
  curatorQuote:
    '“Every page was scanned twice, so that no reader has to handle the originals,” said Tomas Reyes, ' +
    'Head of Collections.',
  moreInformation: { label: 'Reading room opening hours', url: 'https://archive.example.org/reading-room' },
  notes: [
    'The Harbourview Civic Archive was founded in 1961 and holds the records of the port and its families.',
    'High-resolution photographs of the reading room are available on request.',
  ],
  contactLines: [
    'Lena Okafor, Media Officer, tel. +44 20 7946 0321, mobile +44 7700 900123',
    'Harbourview Civic Archive, Communications Office',
    'Tel: +44 (0)20 7946 0000',
    'press@archive.example.org',
  ],
} as const;
