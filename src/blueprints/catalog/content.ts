/** Publishing, events, property and devices. */
import { choice, field, manyToMany, money, oneToMany, str, type Blueprint } from '../types';

export const blog: Blueprint = {
  id: 'blog',
  title: 'Blog and content',
  summary: 'Posts with authors, tags and comments.',
  keywords: [
    'blog',
    'post',
    'article',
    'author',
    'comment',
    'tag',
    'publish',
    'content',
    'cms',
    'news',
    'editor',
    'magazine',
  ],
  entities: [
    {
      name: 'Post',
      fields: [
        str('title', 200, { required: true, sortable: true, filterable: true }),
        str('slug', 200, { required: true, unique: true }),
        field('body', 'text', { required: true }),
        choice('status', ['draft', 'published', 'archived']),
        field('published_at', 'datetime', { filterable: true, sortable: true }),
      ],
    },
    { name: 'Tag', fields: [str('name', 40, { required: true, unique: true, sortable: true })] },
    {
      name: 'Comment',
      fields: [
        str('author_name', 80, { required: true }),
        field('body', 'text', { required: true }),
        field('approved', 'boolean', { default: false, filterable: true }),
      ],
    },
  ],
  relations: [
    manyToMany('Post', 'Tag'),
    oneToMany('Post', 'Comment', { required: true }),
    oneToMany('User', 'Post', { fromName: 'posts', toName: 'author' }),
  ],
};

export const events: Blueprint = {
  id: 'events',
  title: 'Events and ticket sales',
  summary: 'Venues, events and attendee registrations.',
  keywords: [
    'event',
    'venue',
    'conference',
    'concert',
    'attendee',
    'registration',
    'meetup',
    'festival',
    'speaker',
    'rsvp',
  ],
  entities: [
    {
      name: 'Venue',
      fields: [
        str('name', 120, { required: true }),
        str('city', 80, { filterable: true }),
        field('capacity', 'integer', { min: 1 }),
      ],
    },
    {
      name: 'Event',
      fields: [
        str('title', 160, { required: true, filterable: true }),
        field('starts_at', 'datetime', { required: true, sortable: true, filterable: true }),
        money('ticket_price', { default: 0 }),
        field('description', 'text'),
      ],
    },
    {
      name: 'Registration',
      fields: [
        str('attendee_name', 120, { required: true }),
        field('attendee_email', 'email', { required: true, filterable: true }),
        field('checked_in', 'boolean', { default: false }),
      ],
    },
  ],
  relations: [oneToMany('Venue', 'Event'), oneToMany('Event', 'Registration', { required: true })],
};

export const realEstate: Blueprint = {
  id: 'real-estate',
  title: 'Real estate',
  summary: 'Property listings, agents and viewings.',
  keywords: [
    'property',
    'real estate',
    'estate',
    'listing',
    'apartment',
    'house',
    'rent',
    'lease',
    'agent',
    'landlord',
    'tenant',
    'viewing',
    'mortgage',
  ],
  entities: [
    {
      name: 'Listing',
      fields: [
        str('title', 160, { required: true }),
        str('address', 300, { required: true }),
        money('price', { required: true, filterable: true, sortable: true }),
        field('bedrooms', 'integer', { min: 0, filterable: true }),
        choice('kind', ['sale', 'rent']),
      ],
    },
    {
      name: 'Agent',
      fields: [
        str('full_name', 120, { required: true }),
        field('email', 'email', { required: true, unique: true }),
        str('phone', 32),
      ],
    },
    {
      name: 'Viewing',
      fields: [
        field('scheduled_at', 'datetime', { required: true, sortable: true }),
        str('visitor_name', 120, { required: true }),
        field('visitor_email', 'email'),
      ],
    },
  ],
  relations: [oneToMany('Agent', 'Listing'), oneToMany('Listing', 'Viewing', { required: true })],
};

export const iot: Blueprint = {
  id: 'iot',
  title: 'IoT telemetry',
  summary: 'Devices, sensors, readings and alerts.',
  keywords: [
    'iot',
    'device',
    'sensor',
    'telemetry',
    'reading',
    'measurement',
    'metric',
    'alert',
    'gateway',
    'firmware',
    'monitor',
    'temperature',
    'fleet',
  ],
  entities: [
    {
      name: 'Device',
      fields: [
        str('serial_number', 64, { required: true, unique: true, filterable: true }),
        str('name', 120, { required: true, sortable: true }),
        str('firmware_version', 32),
        field('last_seen_at', 'datetime', { sortable: true, filterable: true }),
      ],
    },
    {
      name: 'Sensor',
      fields: [choice('kind', ['temperature', 'humidity', 'pressure', 'motion']), str('unit', 16, { required: true })],
    },
    {
      name: 'Reading',
      fields: [
        field('value', 'float', { required: true, filterable: true }),
        field('recorded_at', 'datetime', { required: true, filterable: true, sortable: true }),
      ],
    },
    {
      name: 'Alert',
      fields: [
        choice('severity', ['info', 'warning', 'critical']),
        str('message', 300, { required: true }),
        field('acknowledged', 'boolean', { default: false, filterable: true }),
      ],
    },
  ],
  relations: [
    oneToMany('Device', 'Sensor', { required: true }),
    oneToMany('Sensor', 'Reading', { required: true }),
    oneToMany('Device', 'Alert', { required: true }),
  ],
};
