import type { Envelope, HttpClient, RequestOptions } from './client.js'

/**
 * One endpoint call, described before it is sent: `--dry-run` prints the
 * description of a mutation instead of sending it.
 */
export class Call<T> {
  constructor(
    private http: HttpClient,
    readonly method: string,
    readonly path: string,
    readonly options: RequestOptions = {}
  ) {}

  send(): Promise<Envelope<T>> {
    return this.http.request<T>(this.method, this.path, this.options)
  }

  async data(): Promise<T> {
    const envelope = await this.send()
    return envelope.data
  }

  describe() {
    return {
      method: this.method,
      url: this.http.url(this.path, this.options.query).toString(),
      body: this.options.body ?? null,
    }
  }
}
