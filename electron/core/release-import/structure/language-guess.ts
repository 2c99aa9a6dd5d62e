import type { ReleaseLanguage } from '../../../shared/languages';

/**
 * Frequent words that are rare in the other release languages. Words shared by two of them ("la",
 * "de", "que", "con", "una") are left out: they would only blur the count.
 */
const STOP_WORDS: Readonly<Record<ReleaseLanguage, readonly string[]>> = {
  en: 'the and of to is that for with said will has have are was this from which by on at'.split(' '),
  fr: 'le les des et du une est pour dans qui sur aux avec sont par été ont cette déclaré nous'.split(' '),
  de: 'der die das und den dem ist mit für von auf nicht sich eine ein zu im wird sagte werden'.split(' '),
  es: 'el los las y del por para es sobre como más su fue han según declarado sus este también'.split(' '),
  it: 'il gli della di che è sono nel alla dei delle anche questo più dichiarato nella hanno'.split(' '),
};

const LANGUAGES: readonly ReleaseLanguage[] = ['en', 'fr', 'de', 'es', 'it'];
const WORD_TO_LANGUAGE: ReadonlyMap<string, ReleaseLanguage> = new Map(
  LANGUAGES.flatMap((language) =>
    STOP_WORDS[language].map((word): [string, ReleaseLanguage] => [word, language]),
  ),
);

/** Fewer hits than this say nothing: a headline alone does not tell a language. */
const MIN_HITS = 5;
/** The winner must lead the runner-up clearly: mixed-language text gets no guess. */
const MIN_LEAD = 1.5;
/** The first pages are enough to tell, and keep a 50 MB file from being split word by word. */
const SAMPLE_CHARACTERS = 50_000;

/** The words of a text the stop-word lists can match: lowercase, split at anything not a letter. */
function words(text: string): string[] {
  return text
    .slice(0, SAMPLE_CHARACTERS)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
}

/**
 * The release language `text` is most likely written in, from how often each language's stop words
 * appear ("the", "and", "said" against "le", "les", "a déclaré" against "der", "die", "und"…), or
 * null when the text is too short or too mixed to tell.
 */
export function guessLanguage(text: string): { language: ReleaseLanguage; evidence: string[] } | null {
  const hits = new Map<ReleaseLanguage, Map<string, number>>();
  for (const word of words(text)) {
    const language = WORD_TO_LANGUAGE.get(word);
    if (!language) continue;
    const counts = hits.get(language) ?? new Map<string, number>();
    counts.set(word, (counts.get(word) ?? 0) + 1);
    hits.set(language, counts);
  }
  const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
  const [best, second] = [...hits]
    .map(([language, counts]) => ({ language, counts, total: total(counts) }))
    .sort((a, b) => b.total - a.total);
  if (!best || best.total < MIN_HITS) return null;
  if (second && best.total < second.total * MIN_LEAD) return null;
  // The words that decided, most frequent first, for the import dialog to show.
  const evidence = [...best.counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([word]) => word);
  return { language: best.language, evidence };
}
