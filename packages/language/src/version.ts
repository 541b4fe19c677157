/** The version of APPL's language, checker and server (the packages are released together; a test keeps it in step). */
export const APPL_VERSION = '0.1.0';
