/** Identity of the tool in reports. Kept in sync with package.json by a test. */
export const TOOL_NAME = 'tap-guard';
export const VERSION = '0.1.0';
export const TOOL_URL = 'https://github.com/org/tap-guard';
export const DOCS_URL = `${TOOL_URL}/blob/main/docs/rules`;
