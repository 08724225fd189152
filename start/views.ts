/*
| Edge rules of the app's templates (the e-mail bodies in resources/views/emails).
*/
import edge from 'edge.js'
import { renderTextTemplatesUnescaped } from '#mails/text_templates'

renderTextTemplatesUnescaped(edge)
