// Must be the first import of the renderer. zod compiles fast parsers with `new Function`, which
// the page's CSP (no 'unsafe-eval') forbids: zod would fall back by itself, but its probe is reported
// as a CSP violation on every start. jitless skips the probe. It must run before any schema is
// built, hence a module of its own, imported before everything that imports the contract.
import { config } from 'zod';

config({ jitless: true });
