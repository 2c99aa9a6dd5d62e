import { z } from 'zod';
import { uiLanguages } from '../languages';
import { idSchema, longTextSchema, shortTextSchema } from './common';
import { releaseLanguageSchema, timeZoneSchema } from './release';

export const themePreferences = ['system', 'light', 'dark'] as const;

/** Columns the directory can show besides the name, which is always there. */
export const directoryColumns = [
  'role',
  'organisation',
  'email',
  'phone',
  'city',
  'country',
  'beats',
  'tags',
  'updated',
] as const;
export type DirectoryColumn = (typeof directoryColumns)[number];
export const defaultDirectoryColumns: DirectoryColumn[] = ['role', 'organisation', 'email', 'phone', 'city'];
export const pageSizes = ['A4', 'Letter'] as const;

export const organisationSchema = z.object({
  name: shortTextSchema,
  address: longTextSchema,
  website: z.string().max(2_000),
  email: z.string().max(320),
  phone: z.string().max(60),
});

/** The organisation's logo, kept as a file in the data folder and printed on the letterhead. */
export const logoSchema = z.object({
  file: z.enum(['logo.png', 'logo.jpg']),
  mimeType: z.enum(['image/png', 'image/jpeg']),
});
export type Logo = z.infer<typeof logoSchema>;

export const settingsSchema = z.object({
  uiLanguage: z.enum(uiLanguages),
  theme: z.enum(themePreferences),
  organisation: organisationSchema,
  logo: logoSchema.nullable(),
  /** Default "About us" paragraph printed at the foot of a release, per release language. */
  boilerplate: z.partialRecord(releaseLanguageSchema, longTextSchema),
  /** E.g. `DC {n}({yyyy})`: `{n}` is a counter that restarts each year, `{yyyy}` the year. */
  referencePattern: z.string().min(1).max(100),
  pageSize: z.enum(pageSizes),
  defaultReleaseLanguage: releaseLanguageSchema,
  defaultTimeZone: timeZoneSchema,
  defaultPressContactIds: z.array(idSchema).max(50),
  /** The directory's visible columns, in order. */
  directoryColumns: z.array(z.enum(directoryColumns)).max(directoryColumns.length),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings. Nested objects are replaced whole, not merged. */
export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
