import { safeStorage } from 'electron';

export class SecretStorageUnavailable extends Error {
  override readonly name = 'SecretStorageUnavailable';
  constructor(detail: string) {
    super(
      `Tokens were not saved: this computer offers no secure storage for them (${detail}). ` +
        'On Linux, sign in to a desktop with a keyring (GNOME Keyring or KWallet) and try again, ' +
        'or run the bridge headless with MEWS_CLIENT_TOKEN / MEWS_ACCESS_TOKEN in the environment.',
    );
  }
}

/**
 * Seals Mews tokens with the OS keychain through Electron's safeStorage. There is no plaintext
 * fallback: when encryption is unavailable (or, on Linux, only the hard-coded "basic_text" key
 * exists), storing is refused.
 */
export class TokenVault {
  constructor(
    private readonly storage: Pick<
      typeof safeStorage,
      'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
    > = safeStorage,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /** Null when tokens can be stored; otherwise why not. */
  unavailableReason(): string | null {
    if (!this.storage.isEncryptionAvailable()) return 'OS encryption is not available';
    if (this.platform === 'linux' && this.storage.getSelectedStorageBackend() === 'basic_text')
      return 'no keyring is running, only an insecure built-in key';
    return null;
  }

  /** Encrypts a token for the settings file (base64 of the OS-sealed bytes). */
  seal(token: string): string {
    const reason = this.unavailableReason();
    if (reason) throw new SecretStorageUnavailable(reason);
    return this.storage.encryptString(token).toString('base64');
  }

  /** Decrypts a stored token; '' when it cannot be read (e.g. the OS keyring was reset). */
  open(sealed: string | undefined): string {
    if (!sealed) return '';
    try {
      return this.storage.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      return '';
    }
  }
}
