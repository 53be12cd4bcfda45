/** The spec the minimal page starts from. */
export const STARTER_SPEC = {
  specVersion: 1,
  project: { name: 'todo_api', database: 'sqlite', auth: 'none' },
  entities: [
    {
      name: 'Todo',
      fields: [
        { name: 'title', type: 'string', maxLength: 200, required: true, filterable: true, sortable: true },
        { name: 'done', type: 'boolean', default: false, filterable: true },
      ],
    },
  ],
};
