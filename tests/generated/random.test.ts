/**
 * Random valid specs (BACKSMITH_RANDOM_SPECS of them, default 3, from a fixed
 * BACKSMITH_RANDOM_SEED) through the same checks as the matrix: a property test of the
 * whole pipeline, from spec to a passing pytest. docs/testing.md says how to fuzz with it.
 */
import { randomSpecs } from '../harness/specs';
import { defineProjectSuites } from '../harness/suite';

defineProjectSuites(randomSpecs());
