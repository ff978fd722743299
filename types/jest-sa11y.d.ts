// Brings @sa11y/jest's toBeAccessible() matcher type into the tests (jest-sa11y-setup.js registers it).
import '@sa11y/jest';
