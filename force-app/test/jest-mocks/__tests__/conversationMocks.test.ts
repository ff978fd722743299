// The stand-ins a conversation component's tests drive: the mapped lightning/conversationToolkitApi
// mock, and sfdx-lwc-jest's own lightning/messageService stub and message channel imports, used
// through the types in types/salesforce-conversation.d.ts.
import { getConversationLog, sendTextMessage, setAgentInput } from 'lightning/conversationToolkitApi';
import { APPLICATION_SCOPE, MessageContext, subscribe, unsubscribe } from 'lightning/messageService';
import END_USER_MESSAGE from '@salesforce/messageChannel/lightning__conversationEndUserMessage';

describe('conversation platform mocks', () => {
    it('resolve as Salesforce documents on success until a test says otherwise', async () => {
        await expect(getConversationLog('0Mw000000000001')).resolves.toEqual({ messages: [] });
        await expect(setAgentInput('0Mw000000000001', { text: 'Hello' })).resolves.toBe(true);
        await expect(sendTextMessage('0Mw000000000001', { text: 'Hello' })).resolves.toBe(true);
        expect(setAgentInput).toHaveBeenCalledWith('0Mw000000000001', { text: 'Hello' });

        const log = {
            messages: [{ content: 'it says 48 21', name: 'Ada', type: 'END_USER', timestamp: '2026-12-01T10:00:00Z' }]
        };
        jest.mocked(getConversationLog).mockResolvedValueOnce(log);
        await expect(getConversationLog('0Mw000000000001')).resolves.toBe(log);
        jest.mocked(setAgentInput).mockRejectedValueOnce(new Error('No conversation'));
        await expect(setAgentInput('0Mw000000000001', { text: 'Hello' })).rejects.toThrow('No conversation');
    });

    it('let a test hand a subscriber the customer messages a channel would carry', () => {
        const heard: string[] = [];
        const subscription = {};
        jest.mocked(subscribe).mockReturnValueOnce(subscription);
        const returned = subscribe({}, END_USER_MESSAGE, (message) => heard.push(message.content), {
            scope: APPLICATION_SCOPE
        });
        expect(returned).toBe(subscription);
        expect(END_USER_MESSAGE).toBe('lightning__conversationEndUserMessage');
        const [, channel, listener] = jest.mocked(subscribe).mock.calls[0] ?? [];
        expect(channel).toBe(END_USER_MESSAGE);
        listener?.({ recordId: '0Mw000000000001', content: '4821', name: 'Ada', timestamp: 0 });
        expect(heard).toEqual(['4821']);
        unsubscribe(subscription);
        expect(unsubscribe).toHaveBeenCalledWith(subscription);
        expect(MessageContext).toBeDefined();
    });
});
