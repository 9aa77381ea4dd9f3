/** An export as the loader wrote it (src/lib/exports/article-exports.ts), sent as its bytes. */
export const bytesResponse = (bytes: Buffer, contentType: string): Response =>
  // A view of the file's bytes: `readFile` gives a Buffer over a plain ArrayBuffer, which Response takes as it is.
  new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength), { headers: { 'content-type': contentType } });
