/**
 * Renders precompiled templates. Only the Handlebars runtime is bundled: templates were
 * compiled at build time by src/build/templates-plugin.ts.
 */
import Handlebars from 'handlebars/runtime';
import { templateSpecs } from 'virtual:backsmith-templates';
import { templateHelpers } from './helpers';

const PARTIALS_DIR = 'fastapi/_partials/';
const TEMPLATE_ROOT = 'fastapi/';

type Render = (context: unknown) => string;

function createRuntime(): Map<string, Render> {
  const env = Handlebars.create();
  env.registerHelper(templateHelpers);
  const compiled = new Map<string, Render>();
  for (const [key, spec] of Object.entries(templateSpecs)) {
    const template = env.template(spec as TemplateSpecification) as Render;
    if (key.startsWith(PARTIALS_DIR)) {
      env.registerPartial(key.slice(PARTIALS_DIR.length).replace(/\.hbs$/, ''), template as never);
    } else if (key.startsWith(TEMPLATE_ROOT)) {
      compiled.set(key.slice(TEMPLATE_ROOT.length), template);
    }
  }
  return compiled;
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

let runtime: Map<string, Render> | undefined;

/** Names of every renderable template (partials excluded), relative to templates/fastapi/. */
export function templateNames(): string[] {
  runtime ??= createRuntime();
  return [...runtime.keys()].sort();
}

export function renderTemplate(name: string, context: unknown): string {
  runtime ??= createRuntime();
  const render = runtime.get(name);
  if (!render) throw new Error(`No template named ${name}`);
  return render(context);
}
