// Types for base components and @salesforce/user/*, from Salesforce's own package.
import '@salesforce/lightning-types';
