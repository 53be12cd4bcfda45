/**
 * The spec matrix (tests/fixtures/specs/matrix/): each spec generated, linted, formatted,
 * type-checked, compiled for its target Python, migrated and tested on SQLite, and
 * installed with `pip install -e ".[dev]"`. BACKSMITH_MATRIX=quick runs a covering subset.
 */
import { matrixSpecs } from '../harness/specs';
import { defineProjectSuites } from '../harness/suite';

defineProjectSuites(matrixSpecs());
