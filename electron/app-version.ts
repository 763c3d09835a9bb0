import packageJson from '../package.json' with { type: 'json' }

/** The version written into school files, manifests and logs. */
export const appVersion: string = packageJson.version
export const productName: string = packageJson.productName
