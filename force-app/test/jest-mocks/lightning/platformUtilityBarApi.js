// Jest stand-in for lightning/platformUtilityBarApi, which sfdx-lwc-jest does not stub: a test wire
// adapter, so a test can emit a utility ID as the utility bar would.
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const EnclosingUtilityId = createTestWireAdapter(jest.fn());
