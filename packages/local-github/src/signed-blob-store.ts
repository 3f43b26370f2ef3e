import {
  BlobSASPermissions,
  generateBlobSASQueryParameters,
  RestError,
  type BlobServiceClient,
  type ContainerClient,
  type StorageSharedKeyCredential,
} from '@azure/storage-blob';

/** How long a signed URL stays valid. The results service hands out short-lived SAS URLs as well. */
const SIGNED_URL_TTL_MS = 60 * 60 * 1000;

/**
 * One blob container whose blobs are written and read only through SAS URLs, the way the Actions results
 * service lets runners talk to Azure storage directly: the service signs, the client moves the bytes.
 */
export class SignedBlobStore {
  private constructor(
    private readonly container: ContainerClient,
    private readonly credential: StorageSharedKeyCredential,
    private readonly publicOrigin: string | undefined,
  ) {}

  /** `publicOrigin`: where signed URLs send the clients instead of Azurite (a fault proxy in front of it). */
  static async open(
    client: BlobServiceClient,
    credential: StorageSharedKeyCredential,
    containerName: string,
    publicOrigin?: string,
  ): Promise<SignedBlobStore> {
    const container = client.getContainerClient(containerName);
    await container.createIfNotExists();
    return new SignedBlobStore(container, credential, publicOrigin);
  }

  /** A URL the Azure SDK's block blob client can upload to (single shot or staged blocks). */
  uploadUrl(blobName: string): string {
    return this.sign(blobName, BlobSASPermissions.parse('cw'));
  }

  /** A URL a plain GET can fetch. */
  downloadUrl(blobName: string, options: { contentDisposition?: string } = {}): string {
    return this.sign(blobName, BlobSASPermissions.parse('r'), options.contentDisposition);
  }

  /** The committed blob's size, or undefined when nothing was uploaded under that name. */
  async size(blobName: string): Promise<number | undefined> {
    try {
      const properties = await this.container.getBlobClient(blobName).getProperties();
      return properties.contentLength;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async delete(blobName: string): Promise<void> {
    await this.container.getBlobClient(blobName).deleteIfExists();
  }

  private sign(blobName: string, permissions: BlobSASPermissions, contentDisposition?: string): string {
    const query = generateBlobSASQueryParameters(
      {
        containerName: this.container.containerName,
        blobName,
        permissions,
        expiresOn: new Date(Date.now() + SIGNED_URL_TTL_MS),
        ...(contentDisposition === undefined ? {} : { contentDisposition }),
      },
      this.credential,
    );
    const url = new URL(`${this.container.getBlobClient(blobName).url}?${query.toString()}`);
    if (this.publicOrigin === undefined) return url.toString();
    const origin = new URL(this.publicOrigin);
    url.protocol = origin.protocol;
    url.host = origin.host;
    return url.toString();
  }
}
