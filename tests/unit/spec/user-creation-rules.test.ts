/** How users come to exist limits what a spec may require of User (user-creation.ts). */
import { describe, expect, it } from 'vitest';
import { entity, errorsOf, expectError, expectValid, withEntities } from './support/specs';

const REQUIRED_FK = 'a relation cannot require a foreign key on User';
const OAUTH_DEFAULT = 'a required User field needs a default with auth "oauth2"';

describe('what users need to be created', () => {
  it('refuses a required foreign key on User, from another entity or from User itself', () => {
    const toUser = (relation: Record<string, unknown>) =>
      withEntities([entity('Team', 'name')], [{ kind: 'one-to-many', from: 'Team', to: 'User', ...relation }]);
    expectError(toUser({ required: true }), 'relations[0].required', REQUIRED_FK);
    expectError(toUser({ kind: 'one-to-one', required: true }), 'relations[0].required', REQUIRED_FK);
    const self = { kind: 'one-to-many', from: 'User', to: 'User', fromName: 'reports', toName: 'manager' };
    expectError(withEntities([], [{ ...self, required: true }]), 'relations[0].required', REQUIRED_FK);
    expectValid(toUser({}));
    expectValid(withEntities([], [self]));
  });

  it('still allows required foreign keys User holds no part of, and on User as the parent', () => {
    expectValid(
      withEntities([entity('Post', 'title')], [{ kind: 'one-to-many', from: 'User', to: 'Post', required: true }]),
    );
  });

  it('with oauth2, wants a default on each required User field; registration alone can take them', () => {
    const user = {
      name: 'User',
      fields: [
        { name: 'nickname', type: 'string', required: true },
        { name: 'team', type: 'string', required: true, default: 'core' },
        { name: 'seen_at', type: 'datetime', required: true, autoNow: 'update' },
      ],
    };
    const oauth = { auth: 'oauth2', oauth2Providers: ['github'] };
    const errors = errorsOf(withEntities([user], [], oauth));
    expect(errors.map((e) => e.path)).toEqual(['entities[0].fields[0].required']);
    expect(errors[0]?.message).toContain(OAUTH_DEFAULT);
    expectValid(withEntities([user], [], { auth: 'jwt' }));
  });

  it('with oauth2, refuses a default on a unique User field: provider sign-ups would all get it', () => {
    const user = { name: 'User', fields: [{ name: 'handle', type: 'string', unique: true, default: 'new' }] };
    expectError(
      withEntities([user], [], { auth: 'oauth2', oauth2Providers: ['google'] }),
      'entities[0].fields[0].default',
      'a unique User field cannot have a default with auth "oauth2"',
    );
    expectValid(withEntities([user], [], { auth: 'jwt' }));
  });
});
