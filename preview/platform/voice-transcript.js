// The preview's Service Cloud Voice call: each utterance typed in the stand-in transcript reaches the
// voice toolkit stand-ins as a `transcript` event's detail, with its sender's role.
import { SAMPLE_VOICE_CALL } from './ui-api-server.js';

export const AGENT = 'Agent';
export const END_USER = 'EndUser';

export const voiceTranscript = new EventTarget();
let count = 0;

/** One utterance of the sample call, as the toolkit's transcript event details it. */
export function say(role, text) {
    count += 1;
    const detail = {
        callId: SAMPLE_VOICE_CALL.Id,
        id: `utterance-${count}`,
        clientSentTimestamp: Date.now(),
        content: { formatType: 'text', text },
        sender: { role }
    };
    voiceTranscript.dispatchEvent(new CustomEvent('utterance', { detail }));
    return detail;
}
