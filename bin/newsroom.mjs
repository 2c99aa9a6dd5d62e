#!/usr/bin/env node
// The `newsroom` command of a Newsroom checkout: electron/cli on plain Node, its TypeScript compiled
// as it loads by tsx (a development dependency), so that `npx newsroom` works right after
// `npm install`, with no build step and without Electron.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's own compiler settings, whatever folder the command is run from.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });
await import('../electron/cli/main.ts');
