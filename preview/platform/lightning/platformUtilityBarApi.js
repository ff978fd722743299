// The preview's lightning/platformUtilityBarApi: the launcher is on a record page, in no utility.
export class EnclosingUtilityId {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    update() {}

    connect() {
        this.dataCallback(null);
    }

    disconnect() {}
}
