// The pool's Chromium: pages on demand, connected while its pipe is open.
import { launchChromium, type ChromiumProcess } from './launch.js';
import { CdpPage, type RequestGate } from './page.js';

export class CdpBrowser {
  private constructor(private readonly process: ChromiumProcess) {}

  static async launch(executablePath: string, args: string[], timeoutMs?: number): Promise<CdpBrowser> {
    return new CdpBrowser(await launchChromium(executablePath, args, timeoutMs));
  }

  newPage(gate: RequestGate): Promise<CdpPage> {
    return CdpPage.open(this.process.connection, gate);
  }

  isConnected(): boolean {
    return this.process.connection.connected;
  }

  close(): Promise<void> {
    return this.process.close();
  }
}

export { CdpPage, type RequestGate } from './page.js';
