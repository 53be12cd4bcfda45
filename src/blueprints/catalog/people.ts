/** Serving people: bookings, clinics, schools, fitness, restaurants. */
import { choice, field, money, oneToMany, str, type Blueprint } from '../types';

export const booking: Blueprint = {
  id: 'booking',
  title: 'Bookings',
  summary: 'Resources, time slots and reservations.',
  keywords: [
    'booking',
    'book',
    'reservation',
    'reserve',
    'appointment',
    'schedule',
    'slot',
    'calendar',
    'availability',
    'rental',
    'hotel',
    'room',
  ],
  entities: [
    {
      name: 'Resource',
      fields: [
        str('name', 120, { required: true, sortable: true }),
        field('capacity', 'integer', { min: 1, default: 1 }),
        field('active', 'boolean', { default: true, filterable: true }),
      ],
    },
    {
      name: 'Reservation',
      fields: [
        field('starts_at', 'datetime', { required: true, filterable: true, sortable: true }),
        field('ends_at', 'datetime', { required: true, filterable: true }),
        str('guest_name', 120, { required: true }),
        field('guest_email', 'email', { required: true }),
        choice('status', ['requested', 'confirmed', 'cancelled']),
      ],
    },
  ],
  relations: [oneToMany('Resource', 'Reservation', { required: true })],
};

export const clinic: Blueprint = {
  id: 'clinic',
  title: 'Clinic',
  summary: 'Patients, practitioners, appointments and prescriptions.',
  keywords: [
    'clinic',
    'patient',
    'doctor',
    'practitioner',
    'medical',
    'health',
    'hospital',
    'prescription',
    'diagnosis',
    'therapy',
    'dental',
    'nurse',
    'care',
  ],
  entities: [
    {
      name: 'Patient',
      fields: [
        str('full_name', 120, { required: true, sortable: true, filterable: true }),
        field('birth_date', 'date', { required: true }),
        field('email', 'email'),
        str('phone', 32),
      ],
    },
    {
      name: 'Practitioner',
      fields: [str('full_name', 120, { required: true }), str('specialty', 80, { filterable: true })],
    },
    {
      name: 'Appointment',
      fields: [
        field('scheduled_at', 'datetime', { required: true, filterable: true, sortable: true }),
        field('duration_minutes', 'integer', { min: 5, max: 480, default: 30 }),
        choice('status', ['scheduled', 'completed', 'cancelled', 'no_show']),
        field('notes', 'text'),
      ],
    },
    {
      name: 'Prescription',
      fields: [
        str('medication', 160, { required: true }),
        str('dosage', 120, { required: true }),
        field('valid_until', 'date'),
      ],
    },
  ],
  relations: [
    oneToMany('Patient', 'Appointment', { required: true }),
    oneToMany('Practitioner', 'Appointment', { required: true, onDelete: 'restrict' }),
    oneToMany('Appointment', 'Prescription', { required: true }),
  ],
};

export const education: Blueprint = {
  id: 'education',
  title: 'Education',
  summary: 'Courses, lessons, students, enrollments and grades.',
  keywords: [
    'course',
    'lesson',
    'student',
    'teacher',
    'school',
    'education',
    'learn',
    'class',
    'enrollment',
    'enroll',
    'grade',
    'exam',
    'university',
    'training',
    'lms',
  ],
  entities: [
    {
      name: 'Course',
      fields: [
        str('title', 160, { required: true, sortable: true, filterable: true }),
        field('summary', 'text'),
        field('published', 'boolean', { default: false, filterable: true }),
      ],
    },
    {
      name: 'Lesson',
      fields: [
        str('title', 160, { required: true }),
        field('position', 'integer', { min: 0, default: 0, sortable: true }),
        field('content', 'text'),
      ],
    },
    {
      name: 'Student',
      fields: [
        str('full_name', 120, { required: true, sortable: true }),
        field('email', 'email', { required: true, unique: true }),
      ],
    },
    {
      name: 'Enrollment',
      fields: [
        field('enrolled_on', 'date', { required: true }),
        field('grade', 'decimal', { precision: 5, scale: 2, min: 0, max: 100 }),
        field('completed', 'boolean', { default: false }),
      ],
    },
  ],
  relations: [
    oneToMany('Course', 'Lesson', { required: true }),
    oneToMany('Course', 'Enrollment', { required: true }),
    oneToMany('Student', 'Enrollment', { required: true }),
  ],
};

export const restaurant: Blueprint = {
  id: 'restaurant',
  title: 'Restaurant',
  summary: 'Menu items, tables and food orders.',
  keywords: [
    'restaurant',
    'menu',
    'dish',
    'food',
    'table',
    'cafe',
    'kitchen',
    'delivery',
    'meal',
    'waiter',
    'takeaway',
  ],
  entities: [
    {
      name: 'MenuItem',
      fields: [
        str('name', 120, { required: true, sortable: true }),
        money('price', { required: true }),
        choice('course', ['starter', 'main', 'dessert', 'drink']),
        field('available', 'boolean', { default: true }),
      ],
    },
    {
      name: 'DiningTable',
      fields: [str('label', 20, { required: true, unique: true }), field('seats', 'integer', { min: 1, default: 4 })],
    },
    {
      name: 'FoodOrder',
      fields: [
        choice('status', ['open', 'served', 'paid']),
        money('total', { default: 0 }),
        field('opened_at', 'datetime', { autoNow: 'create', sortable: true }),
      ],
    },
  ],
  relations: [oneToMany('DiningTable', 'FoodOrder', { fromName: 'orders', toName: 'table' })],
};
