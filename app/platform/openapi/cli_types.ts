import type { OpenApiDocument } from '#platform/openapi/document'

/** Where `npm run contract:types` writes the CLI's types of the API. */
export const CLI_TYPES_FILE = 'cli/src/api/generated.ts'

const HEADER = [
  '/**',
  ' * Generated from the OpenAPI document by openapi-typescript: do not edit.',
  ' * Run `npm run contract:types` after changing a validator, a response schema or a path.',
  ' */',
  '',
].join('\n')

/**
 * The TypeScript types of the document, as openapi-typescript writes them.
 * openapi-typescript is a devDependency: it loads only here, for the command
 * and the test that checks the generated file is current.
 */
export async function renderCliTypes(document: OpenApiDocument): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript')
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
  })
  return HEADER + astToString(ast)
}
