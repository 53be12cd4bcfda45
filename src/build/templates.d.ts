declare module 'virtual:backsmith-templates' {
  /** Handlebars precompiled template specs keyed by their path under templates/. */
  export const templateSpecs: Record<string, TemplateSpecification>;
  type TemplateSpecification = object;
}
