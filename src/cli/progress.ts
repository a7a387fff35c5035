/**
 * Progress for long commands (DATA.md §5: anything over a second shows progress). Written to
 * stderr so that stdout stays clean for scripts, and only once a second at most.
 */
export interface Progress {
  update(label: string, count: number): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, clock: () => number = Date.now): Progress {
  const started = clock();
  let last = started;
  let shown = false;
  return {
    update(label, count) {
      const now = clock();
      if (now - started < 1000 || now - last < 1000) return;
      last = now;
      shown = true;
      const line = `${label}: ${count.toLocaleString('da-DK')}`;
      stream.write(stream.isTTY ? `\r${line}   ` : `${line}\n`);
    },
    done() {
      if (shown && stream.isTTY) stream.write('\n');
    },
  };
}
