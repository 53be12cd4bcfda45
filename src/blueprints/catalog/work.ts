/** Running a team or a business: SaaS, projects, sales, support. */
import { choice, field, manyToMany, money, oneToMany, str, type Blueprint } from '../types';

export const saas: Blueprint = {
  id: 'saas',
  title: 'SaaS subscriptions',
  summary: 'Organizations with members, plans, subscriptions and API keys.',
  keywords: [
    'saas',
    'subscription',
    'plan',
    'organization',
    'organisation',
    'workspace',
    'member',
    'seat',
    'tier',
    'trial',
    'b2b',
    'platform',
    'license',
  ],
  entities: [
    {
      name: 'Organization',
      fields: [str('name', 120, { required: true, sortable: true }), str('slug', 60, { required: true, unique: true })],
    },
    {
      name: 'Plan',
      fields: [
        str('name', 60, { required: true, unique: true }),
        money('monthly_price', { required: true, sortable: true }),
        field('seat_limit', 'integer', { min: 1 }),
      ],
    },
    {
      name: 'Subscription',
      fields: [
        choice('status', ['trialing', 'active', 'past_due', 'cancelled']),
        field('current_period_end', 'datetime', { filterable: true, sortable: true }),
        field('seats', 'integer', { min: 1, default: 1 }),
      ],
    },
    {
      name: 'Membership',
      fields: [
        choice('member_role', ['member', 'manager', 'owner']),
        field('joined_at', 'datetime', { autoNow: 'create' }),
      ],
    },
    {
      name: 'ApiKey',
      fields: [
        str('label', 80, { required: true }),
        str('prefix', 12, { required: true, unique: true }),
        field('revoked', 'boolean', { default: false }),
      ],
    },
  ],
  relations: [
    oneToMany('Organization', 'Subscription', { required: true }),
    oneToMany('Plan', 'Subscription', { required: true, onDelete: 'restrict' }),
    oneToMany('Organization', 'Membership', { required: true }),
    oneToMany('User', 'Membership', { required: true, fromName: 'memberships' }),
    oneToMany('Organization', 'ApiKey', { required: true }),
  ],
};

export const projectManagement: Blueprint = {
  id: 'project-management',
  title: 'Project management',
  summary: 'Projects, tasks with assignees, labels and comments.',
  keywords: [
    'project',
    'task',
    'todo',
    'kanban',
    'board',
    'sprint',
    'milestone',
    'assign',
    'team',
    'deadline',
    'issue',
    'agile',
    'workflow',
  ],
  entities: [
    {
      name: 'Project',
      fields: [
        str('name', 120, { required: true, sortable: true, filterable: true }),
        field('description', 'text'),
        field('due_on', 'date', { sortable: true }),
      ],
    },
    {
      name: 'Task',
      fields: [
        str('title', 200, { required: true, filterable: true }),
        field('details', 'text'),
        choice('state', ['todo', 'in_progress', 'done']),
        field('priority', 'integer', { min: 1, max: 5, default: 3, sortable: true, filterable: true }),
        field('due_on', 'date', { sortable: true, filterable: true }),
      ],
    },
    {
      name: 'Label',
      fields: [
        str('name', 40, { required: true, unique: true }),
        str('color', 7, { pattern: '^#[0-9a-f]{6}$', default: '#888888' }),
      ],
    },
    { name: 'Comment', fields: [field('body', 'text', { required: true })] },
  ],
  relations: [
    oneToMany('Project', 'Task', { required: true }),
    manyToMany('Task', 'Label'),
    oneToMany('Task', 'Comment', { required: true }),
    oneToMany('User', 'Task', { fromName: 'assigned_tasks', toName: 'assignee' }),
    oneToMany('User', 'Comment', { fromName: 'comments', toName: 'author' }),
  ],
};

export const crm: Blueprint = {
  id: 'crm',
  title: 'CRM',
  summary: 'Companies, contacts, deals in a pipeline and logged activities.',
  keywords: [
    'crm',
    'lead',
    'contact',
    'deal',
    'pipeline',
    'sales',
    'prospect',
    'client',
    'company',
    'opportunity',
    'account',
    'relationship',
  ],
  entities: [
    {
      name: 'Company',
      fields: [
        str('name', 160, { required: true, sortable: true, filterable: true }),
        field('website', 'url'),
        str('industry', 80, { filterable: true }),
      ],
    },
    {
      name: 'Contact',
      fields: [
        str('full_name', 120, { required: true, sortable: true, filterable: true }),
        field('email', 'email', { unique: true, filterable: true }),
        str('phone', 32),
        str('job_title', 120),
      ],
    },
    {
      name: 'Deal',
      fields: [
        str('title', 160, { required: true }),
        money('amount', { filterable: true, sortable: true }),
        choice('stage', ['lead', 'qualified', 'proposal', 'won', 'lost']),
        field('close_on', 'date', { filterable: true, sortable: true }),
      ],
    },
    {
      name: 'Activity',
      fields: [
        choice('channel', ['call', 'email', 'meeting', 'note']),
        field('summary', 'text', { required: true }),
        field('happened_at', 'datetime', { sortable: true }),
      ],
    },
  ],
  relations: [
    oneToMany('Company', 'Contact'),
    oneToMany('Company', 'Deal'),
    oneToMany('Contact', 'Activity', { required: true }),
    oneToMany('Deal', 'Activity'),
    oneToMany('User', 'Deal', { fromName: 'owned_deals', toName: 'sales_rep' }),
  ],
};

export const ticketing: Blueprint = {
  id: 'ticketing',
  title: 'Help desk tickets',
  summary: 'Support tickets with priorities, replies and tags.',
  keywords: [
    'ticket',
    'support',
    'helpdesk',
    'help',
    'desk',
    'incident',
    'complaint',
    'request',
    'sla',
    'agent',
    'escalate',
    'customer service',
  ],
  entities: [
    {
      name: 'Ticket',
      fields: [
        str('subject', 200, { required: true, filterable: true }),
        field('body', 'text', { required: true }),
        choice('priority', ['low', 'normal', 'high', 'urgent'], { default: 'normal', sortable: true }),
        choice('status', ['open', 'pending', 'resolved', 'closed']),
        field('requester_email', 'email', { required: true, filterable: true }),
      ],
    },
    {
      name: 'Reply',
      fields: [field('body', 'text', { required: true }), field('internal', 'boolean', { default: false })],
    },
    { name: 'Tag', fields: [str('name', 40, { required: true, unique: true })] },
  ],
  relations: [
    oneToMany('Ticket', 'Reply', { required: true }),
    manyToMany('Ticket', 'Tag'),
    oneToMany('User', 'Ticket', { fromName: 'assigned_tickets', toName: 'assignee' }),
  ],
};
