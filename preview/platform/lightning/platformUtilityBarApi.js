// The preview's lightning/platformUtilityBarApi: EnclosingUtilityId names the utility a component
// sits in. The preview shows one surface per page, so on the utility bar surface every component
// is in the utility panel.
import { pageValueAdapter } from './navigation.js';

/** The preview page sets it before it creates the utility panel's component. */
export const EnclosingUtilityId = pageValueAdapter();
