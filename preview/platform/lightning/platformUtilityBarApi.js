// The preview's lightning/platformUtilityBarApi: the launcher is on a record page, not in a
// utility bar, so EnclosingUtilityId has no utility to report.
export class EnclosingUtilityId {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    connect() {
        this.dataCallback(null);
    }

    update() {}

    disconnect() {}
}
