// Jest stand-in for lightning/conversationToolkitApi, which sfdx-lwc-jest does not stub. Each export
// is a jest.fn() resolving as Salesforce documents on success (an empty log, true); a test drives it
// with jest.mocked(getConversationLog).mockResolvedValueOnce(...) or mockRejectedValueOnce(...).
export const getConversationLog = jest.fn(() => Promise.resolve({ messages: [] }));
export const setAgentInput = jest.fn(() => Promise.resolve(true));
export const sendTextMessage = jest.fn(() => Promise.resolve(true));
