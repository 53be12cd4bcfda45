/**
 * The built-in User is created by registration, whose body is an email and a password
 * (plus the User fields), and with oauth2 also by a provider sign-in that knows nothing but
 * an email. So a relation cannot make a foreign key on User required (the first user has
 * no row to point at, and a provider sign-in could not name one), and with oauth2 a
 * required User field needs a default, and a unique one cannot have one.
 */
import { eachField, eachParsed, type Rule } from './types';

export const userCreationRule: Rule = (view, report) => {
  const auth = view.project?.auth;
  if (auth === undefined || auth === 'none') return;
  eachParsed(view.relations, (relation, index) => {
    if (relation.to !== 'User' || relation.kind === 'many-to-many' || !relation.required) return;
    report(
      ['relations', index, 'required'],
      'a relation cannot require a foreign key on User: users register with an email and a password before any row could be named; leave required out',
    );
  });
  if (auth !== 'oauth2') return;
  eachField(view, (field, at, entity) => {
    if (entity.name !== 'User') return;
    if (field.unique && field.default !== undefined) {
      report(
        at('default'),
        'a unique User field cannot have a default with auth "oauth2": every user a provider sign-in creates would get the same value',
      );
    }
    if (!field.required || field.default !== undefined) return;
    if (field.type === 'datetime' && field.autoNow !== undefined) return;
    report(
      at('required'),
      'a required User field needs a default with auth "oauth2": a provider sign-in creates the user from an email alone',
    );
  });
};
