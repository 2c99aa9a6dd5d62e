import { z } from 'zod';

// The CSP forbids eval, and zod probes for it with `new Function` the first time a schema is
// built; the blocked probe is reported as a violation. Imported first, before any schema exists.
z.config({ jitless: true });
