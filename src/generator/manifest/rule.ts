import type { EntityView, ViewModel } from '../view-model';

export interface FileRule {
  /** Path under templates/fastapi/. */
  template: string;
  /** Rendered once per entity, with `entity` in the context. */
  perEntity?: boolean;
  when?: (vm: ViewModel) => boolean;
  /** With `perEntity`: only the entities this accepts (default: every one). */
  forEntity?: (entity: EntityView) => boolean;
}
