import { z } from 'zod';
import { SOURCE_TYPES } from '../kinds/source-types.ts';
import { sourceIdSchema } from './annotation-schema.ts';

/**
 * A web address as the site links it: http(s), written without white space around it (which the URL
 * parser drops, so that the address was accepted and the link looked right), and without a user name
 * or password before the host: `https://www.gov.kz@evil.example/login` reads as the publisher's site and
 * leads to another.
 */
export const webAddressSchema = (message: string) =>
  z
    .string()
    .refine((url) => url === url.trim(), { message: 'an address may not start or end with white space', abort: true })
    .pipe(
      z
        .url({ protocol: /^https?$/, message })
        .refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), { message: 'an address with a user name or password before its host ("…@") shows one site\'s name and leads to another' }),
    );

const httpUrl = webAddressSchema('a source address must be an http(s) URL');

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
