// Entry of `npm run bench`: compiles the TypeScript on the fly with swc (decorator metadata on,
// as Nest needs) using bench/tsconfig.json, then runs bench/run.ts.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('node:path').join(__dirname, 'tsconfig.json');
require('@swc-node/register');
require('./run.ts');
