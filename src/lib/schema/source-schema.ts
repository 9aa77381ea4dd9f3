import { z } from 'zod';
import { SOURCE_TYPES } from '../kinds/source-types.ts';
import { sourceIdSchema } from './annotation-schema.ts';

const httpUrl = z.url({ protocol: /^https?$/, message: 'a source address must be an http(s) URL' });

/**
 * One public source, in the shape of the research dossier (`shared/research/sources.json`), with what it
 * is (`type`, see kinds/source-types.ts) and, for a copy, what it copies (`copyOf`: the outlet or work
 * it reproduces, or null when the copy does not say). `date` stays free text because the dossier
 * records how a date was read ("2022-01 (URL path)").
 */
export const sourceSchema = z
  .strictObject({
    id: sourceIdSchema,
    url: httpUrl,
    title: z.string().nullable(),
    publisher: z.string().min(1),
    type: z.enum(SOURCE_TYPES, { message: `type must be one of: ${SOURCE_TYPES.join(', ')}` }),
    copyOf: z.string().trim().min(1, { message: 'must not be empty' }).nullable().optional(),
    date: z.string().nullable(),
    says: z.array(z.string()).default([]),
    /** Set on a source the team found itself with the search tool: the day it was seen. */
    seen: z.string().optional(),
  })
  .superRefine((source, context) => {
    if (source.type === 'copy' && source.copyOf === undefined) {
      context.addIssue({ code: 'custom', path: ['type'], message: 'a copy says what it copies: copyOf is missing' });
    }
    if (source.type !== 'copy' && source.copyOf !== undefined) {
      context.addIssue({ code: 'custom', path: ['copyOf'], message: `only a copy has copyOf, and this source's type is ${source.type}` });
    }
  });
export type Source = z.infer<typeof sourceSchema>;

export const sourceListSchema = z.array(sourceSchema);
