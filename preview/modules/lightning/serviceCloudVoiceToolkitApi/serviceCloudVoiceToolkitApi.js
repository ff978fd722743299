// The preview's lightning-service-cloud-voice-toolkit-api, which the base components' npm package
// does not include: it renders nothing and fires `transcript` for each utterance of the stand-in
// call while it is connected (Voice Developer Guide, "LWC Toolkit API").
import { LightningElement } from 'lwc';
import { voiceTranscript } from '../../../platform/voice-transcript.js';

export default class ServiceCloudVoiceToolkitApi extends LightningElement {
    forward = (event) => this.dispatchEvent(new CustomEvent('transcript', { detail: event.detail }));

    connectedCallback() {
        voiceTranscript.addEventListener('utterance', this.forward);
    }

    disconnectedCallback() {
        voiceTranscript.removeEventListener('utterance', this.forward);
    }
}
