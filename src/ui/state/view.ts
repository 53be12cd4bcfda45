/** Where the user is in the editor: the step and the entity shown in step 2. */
import { createSignal } from 'solid-js';

export type Step = 'basics' | 'entities' | 'api' | 'review';
export const STEPS: { id: Step; title: string; short: string; prefixes: string[] }[] = [
  { id: 'basics', title: '1. Project basics', short: 'Basics', prefixes: ['project', 'spec', 'specVersion'] },
  { id: 'entities', title: '2. Entities and fields', short: 'Entities', prefixes: ['entities', 'relations'] },
  { id: 'api', title: '3. API and deployment', short: 'API', prefixes: ['api', 'deploy'] },
  { id: 'review', title: 'Review and download', short: 'Review', prefixes: [] },
];

export const [step, setStep] = createSignal<Step>('basics');
export const [selectedEntity, setSelectedEntity] = createSignal(0);

/** The step whose form holds the value at `path`. */
export function stepOf(path: string): Step {
  const head = path.split(/[.[]/)[0] ?? '';
  return STEPS.find((s) => s.prefixes.includes(head))?.id ?? 'basics';
}

/** Shows the input of a path: its step, and its entity in step 2. */
export function reveal(path: string): void {
  setStep(stepOf(path));
  const entity = /^entities\[(\d+)\]/.exec(path);
  if (entity) setSelectedEntity(Number(entity[1]));
}
