/**
 * An export's text as a response, passed as bytes: given a string, the Fetch API checks it character by
 * character before encoding it (2.4 ms for 300 KB of claims, against 0.9 ms as bytes), three times an
 * article, a thousand articles a build.
 */
export const textResponse = (text: string, contentType: string): Response => new Response(Buffer.from(text), { headers: { 'content-type': contentType } });
