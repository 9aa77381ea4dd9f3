import { z } from 'zod';
import { sourceIdSchema } from './annotation-schema.ts';

const httpUrl = z.url({ protocol: /^https?$/, message: 'a source address must be an http(s) URL' });

/**
 * One public source, in the shape of the research dossier (`shared/research/sources.json`).
 * `date` stays free text because the dossier records how a date was read ("2022-01 (URL path)").
 */
export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  url: httpUrl,
  title: z.string().nullable(),
  publisher: z.string().min(1),
  date: z.string().nullable(),
  says: z.array(z.string()).default([]),
  /** Set on a source the team found itself with the search tool: the day it was seen. */
  seen: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourceListSchema = z.array(sourceSchema);
