/** The built-in catalog, in the order suggestions tie-break. */
import type { Blueprint } from '../types';
import { ecommerce, inventory, payments } from './commerce';
import { blog, events, iot, realEstate } from './content';
import { booking, clinic, education, restaurant } from './people';
import { crm, projectManagement, saas, ticketing } from './work';

export const BLUEPRINTS: readonly Blueprint[] = [
  ecommerce,
  saas,
  blog,
  booking,
  payments,
  inventory,
  crm,
  projectManagement,
  clinic,
  education,
  iot,
  ticketing,
  restaurant,
  events,
  realEstate,
];
