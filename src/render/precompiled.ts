// The built-in templates compiled ahead of time, keyed by their path in templates/. Empty here: the
// library and the tests compile templates/*.hbs as they read them. The bundled CLI gets them filled
// in by scripts/bundle.mjs (from precompiledSource in templates.ts), each used only while its file
// still holds the source it was compiled from.
export const PRECOMPILED: Record<string, { source: string; spec: TemplateSpecification }> = {};
