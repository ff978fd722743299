// The preview's lightning/platformUtilityBarApi: EnclosingUtilityId names the utility a component
// sits in. The preview shows one surface per page, so on the utility bar surface every component
// is in the utility panel.
let utilityId;

/** The preview page calls this before it creates the utility panel's component. */
export function enterUtility(id) {
    utilityId = id;
}

export class EnclosingUtilityId {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    update() {}

    connect() {
        this.dataCallback(utilityId);
    }

    disconnect() {}
}
