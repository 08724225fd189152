/*
| JavaScript entrypoint for ace: registers the TypeScript loader, then boots
| bin/console.ts. The build replaces this file with a plain JS version.
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
