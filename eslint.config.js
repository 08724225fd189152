import { configApp } from '@adonisjs/eslint-config'

export default configApp({
  name: 'Marquee ignores',
  ignores: ['build/**', 'cli/build/**', 'tmp/**', 'coverage/**'],
})
