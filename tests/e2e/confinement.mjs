// Reads an strace log of the app: every IPv4/IPv6 connection to another machine, and every file
// opened for writing, created, renamed or removed outside the data folder, is a violation
// (issue 14). The rules of crates/cli/tests/confinement.rs, which checks the CLI (and there
// forbids even a socket); here for the app, whose toolkit also touches the system's own device
// and kernel files, and which the test drives through WebDriver over loopback.

/** The system calls to trace: every way to write a file or reach the network. */
export const CALLS =
  'trace=openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir,link,linkat,symlink,symlinkat,truncate,socket,connect,sendto';

/**
 * Where the windowing toolkit may write without breaking the promise: devices (the GPU, shared
 * memory, /dev/null), the kernel's own files, and the session's runtime folder (sockets of the
 * display and accessibility bus). Nothing here holds the user's data.
 */
export const SYSTEM = ['/dev/', '/proc/', '/sys/', '/run/user/'];

const quoted = (call) => call.split('"').filter((_, i) => i % 2 === 1);

/**
 * The paths a call names, each made whole: strace runs with `-y`, which writes a folder given as
 * a descriptor with its path (`unlinkat(16</data/webview/x>, "origin", 0)`), so a name relative
 * to it is joined to it. A relative name whose folder is not known (the working directory, a
 * trace without `-y`) stays relative, and so never counts as inside.
 */
export function paths(call) {
  const pairs = [...call.matchAll(/(?:\d+<([^>]*)>|\d+|AT_FDCWD), "([^"]*)"/g)];
  if (pairs.length === 0) return quoted(call);
  return pairs.map(([, dir, path]) => (path.startsWith('/') || dir === undefined ? path : `${dir}/${path}`));
}

/** The trace lines that break the promise, for a data folder `dataDir`. */
export function violations(trace, dataDir) {
  const inside = (p) => p === dataDir || p.startsWith(`${dataDir}/`) || SYSTEM.some((s) => p.startsWith(s));
  const bad = [];
  for (const line of trace.split('\n')) {
    const call = line.replace(/^\d+\s+/, '').trimStart();
    const name = call.split('(')[0];
    const writes = ['O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_TRUNC', 'O_APPEND'].some((f) => call.includes(f));
    let broken = false;
    // Under WebDriver the webview talks to the driver over loopback (WebKit's automation
    // channel, which the driver opens; a user's app has none): a socket, and a connection to
    // 127.0.0.1 or ::1, stay on the machine. Any other address is a violation.
    if (name === 'connect' || name === 'sendto') {
      broken = call.includes('AF_INET') && !/inet_addr\("127\.0\.0\.1"\)|"::1"/.test(call);
    }
    else if (name === 'open' || name === 'openat') {
      const [path] = paths(call);
      // An open that failed wrote nothing.
      broken = writes && path !== undefined && !inside(path) && !/= -1 /.test(call);
    } else if (['creat', 'mkdir', 'mkdirat', 'rename', 'renameat', 'renameat2', 'unlink', 'unlinkat', 'rmdir', 'link', 'linkat', 'symlink', 'symlinkat', 'truncate'].includes(name)) {
      // A call that failed changed nothing (mkdir of a folder that exists: EEXIST).
      broken = !/= -1 /.test(call) && paths(call).some((p) => !inside(p));
    }
    if (broken) bad.push(line);
  }
  return bad;
}
