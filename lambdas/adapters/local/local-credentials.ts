/** The local S3 stand-in (s3rver) accepts only its own fixed key pair. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** dynalite accepts any key pair; these make it obvious in logs that nothing reached AWS. */
export const LOCAL_DYNAMO_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
