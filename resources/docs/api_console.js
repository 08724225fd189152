// Starts Swagger UI on /api/docs: the document of the server that serves this
// page, "Try it out" on, the bearer token kept across reloads.
window.addEventListener('load', () => {
  window.ui = window.SwaggerUIBundle({
    url: '/api/docs/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true,
    persistAuthorization: true,
    displayRequestDuration: true,
    defaultModelsExpandDepth: 0,
    docExpansion: 'list',
    presets: [window.SwaggerUIBundle.presets.apis],
  })
})
