/** What `npm start` and `npm run preview` say when their port is taken, most often by `npm run dev`. */
export const portInUse = (port: number) =>
  `Port ${port} on 127.0.0.1 is in use: is \`npm run dev\` (or another \`npm start\`) still running? Stop it (Ctrl+C in its terminal) and run this again, or serve on another port: PORT=${port + 1} npm start`;
