// The stand-in for Service Cloud Voice's real-time transcript on the Voice Call page: type an
// utterance and say it as the customer or as the agent; the voice toolkit stand-in fires
// `transcript` with that sender's role.
import { button, h, textField } from './dom.js';
import { AGENT, END_USER, say } from './platform/voice-transcript.js';

const SPEAKERS = { [END_USER]: 'customer', [AGENT]: 'agent' };

export function setUpVoiceTranscript(container) {
    const transcript = h('ol', { 'data-preview': 'transcript', 'aria-label': 'Transcript' });
    const [box, utterance] = textField('utterance', 'Utterance');
    const buttons = Object.entries(SPEAKERS).map(([role, speaker]) => {
        const sayIt = button(`say-as-${speaker}`, `Say as the ${speaker}`);
        sayIt.addEventListener('click', () => {
            const text = utterance.value.trim();
            if (!text) return;
            say(role, text);
            const who = h('strong', {}, `${speaker === 'agent' ? 'Agent' : 'Customer'}: `);
            transcript.append(h('li', { 'data-preview': 'transcript-message', 'data-sender': speaker }, who, text));
            utterance.value = '';
        });
        return sayIt;
    });
    const title = 'Call transcript (stand-in for Service Cloud Voice)';
    container.append(
        h('h2', { class: 'slds-card__header slds-card__header-title' }, title),
        h('div', { class: 'slds-card__body slds-card__body_inner' }, transcript, box, ...buttons)
    );
    container.hidden = false;
}
