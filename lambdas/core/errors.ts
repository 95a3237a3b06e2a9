/** Base class of every error feedback-miner raises on purpose. */
export class FeedbackMinerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedbackMinerError';
  }
}

/** A configuration value is missing or invalid; raised at cold start, naming the variable. */
export class ConfigError extends FeedbackMinerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** An input record or object cannot be used; carries a reason a person can act on. */
export class InvalidRecordError extends FeedbackMinerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidRecordError';
  }
}

/** A stored object could not be read or decoded (e.g. a truncated gzip). Retried, then dead-lettered. */
export class ObjectReadError extends FeedbackMinerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ObjectReadError';
  }
}

/** A notification could not be delivered; the invocation fails so it is retried, never lost. */
export class NotificationError extends FeedbackMinerError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NotificationError';
  }
}
