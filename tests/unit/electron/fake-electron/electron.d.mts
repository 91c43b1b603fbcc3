/** Types of what the fake Electron adds for unit tests (the rest is typed by importing 'electron' itself). */
export declare const fakeRecords: Array<[string, Record<string, unknown>]>;
