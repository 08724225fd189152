import { configApp } from '@adonisjs/eslint-config'

/**
 * Platform parts (app/platform/<part>/) and their public modules: code outside
 * a part imports only these (docs/architecture.md, "Platform parts"). The
 * other files of a part are its internals. Tests (tests/**) may import
 * internals: they test them. The helper parts db, http and runtime are sets of
 * small independent helpers, each file public, so they have no entry here.
 */
const PLATFORM_ENTRIES = {
  queue: ['queue_service'],
  outbox: ['outbox_service'],
  // batch_command: the base class of the batch ace commands (keeps ace out of web processes).
  scheduler: ['scheduler', 'batch_command'],
  cache: ['cache_service'],
  limiter: ['limiter_store'],
  // mail_catcher: the development SMTP catcher, for start/dev_services.ts only.
  mail: ['mail_service', 'mail_catcher'],
  realtime: ['realtime_service'],
  seeding: ['seed_runner'],
  health: ['health_service'],
  metrics: ['registry'],
  tracing: ['trace_context'],
  // schema and operation: the builders app/openapi and the transformers describe the API with;
  // document: the builder of the whole document; the rest serve it (docs pages, the
  // unknown-field check, the CLI types generator).
  openapi: [
    'schema',
    'operation',
    'document',
    'api_console',
    'reference_page',
    'unknown_fields',
    'cli_types',
  ],
}

/**
 * Files allowed to import one part's internals: a part's own configuration,
 * which the framework loads before the part's entry can be.
 */
const PART_WIRING = {
  cache: ['config/cache.ts'],
}

/** What platform code never imports: domain logic and the HTTP layer sit above it. */
const DOMAIN_IMPORTS = [
  'services',
  'controllers',
  'validators',
  'transformers',
  'policies',
  'middleware',
  'listeners',
  'events',
  'jobs',
  'mails',
]

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** `#platform/<part>/<file>` (or a relative path into the part) naming a file that is not public. */
function internalsOf(part) {
  const entries = PLATFORM_ENTRIES[part].map(escape).join('|')
  const folder = escape(part)
  return `(^#platform/${folder}/|/platform/${folder}/|^\\.\\./${folder}/)(?!(${entries})(\\.js)?$)`
}

function restrictions(parts, { domain = false } = {}) {
  const patterns = parts.map((part) => ({
    regex: internalsOf(part),
    message: `Import the ${part} part through its entry: ${PLATFORM_ENTRIES[part]
      .map((entry) => `#platform/${part}/${entry}`)
      .join(' or ')} (docs/architecture.md, "Platform parts").`,
  }))
  if (domain)
    patterns.push({
      regex: `^#(${DOMAIN_IMPORTS.join('|')})/`,
      message:
        'Platform code imports no domain code: the app hands its lists to the platform in start/registries.ts (docs/architecture.md).',
    })
  const selectors = patterns.map(({ regex, message }) => ({
    selector: `ImportExpression[source.value=/${regex.replace(/\//g, '\\/')}/]`,
    message,
  }))
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', ...selectors],
  }
}

const PARTS = Object.keys(PLATFORM_ENTRIES)
const SOURCES = ['**/*.ts', '**/*.tsx', '**/*.js']

export default configApp(
  {
    name: 'Marquee ignores',
    ignores: ['build/**', 'cli/build/**', 'tmp/**', 'coverage/**', 'cli/src/api/generated.ts'],
  },
  {
    name: 'Marquee rules',
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    name: 'Marquee platform entry points',
    files: SOURCES,
    ignores: ['app/platform/**', 'tests/**', ...Object.values(PART_WIRING).flat()],
    rules: restrictions(PARTS),
  },
  ...Object.entries(PART_WIRING).map(([part, files]) => ({
    name: `Marquee platform entry points (${part} wiring)`,
    files,
    rules: restrictions(PARTS.filter((other) => other !== part)),
  })),
  ...PARTS.map((part) => ({
    name: `Marquee platform: ${part}`,
    files: [`app/platform/${part}/**`],
    rules: restrictions(
      PARTS.filter((other) => other !== part),
      { domain: true }
    ),
  })),
  {
    name: 'Marquee platform: helper parts',
    files: ['app/platform/db/**', 'app/platform/http/**', 'app/platform/runtime/**'],
    rules: restrictions(PARTS, { domain: true }),
  },
  {
    // Japa's assertion style reads the awaited response inline:
    // `;(await client.get(url)).assertStatus(200)`. Naming every response would add
    // about a thousand one-use variables, so the rule stays on for app and CLI code only.
    name: 'Marquee tests',
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: {
      '@unicorn/no-await-expression-member': 'off',
    },
  }
)
