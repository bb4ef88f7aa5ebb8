// A real socket.io 4 server for SocketIoRealServerTest, on loopback and a free port.
//   node server.js [--eio3] [--ping-interval=1000] [--ping-timeout=500]
// Prints one JSON object per line on stdout: first {"ev":"listening","port":N,...}, then what it saw
// (connections, refused handshakes, disconnects). Ends when stdin closes (its parent is gone) or after
// a hard limit, so it can never outlive the test.
"use strict";
const http = require("http");
const { Server } = require("socket.io");

const flag = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split("=")[1]) : fallback;
};
const allowEIO3 = process.argv.includes("--eio3");
const say = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");

const httpServer = http.createServer();
const io = new Server(httpServer, {
  allowEIO3,
  transports: ["websocket"],
  pingInterval: flag("ping-interval", 1000),
  pingTimeout: flag("ping-timeout", 500),
});

let connections = 0;
let refused = 0;
let heartbeats = 0;

io.engine.on("connection_error", (err) => {
  refused++;
  say({ ev: "refused", code: err.code, message: err.message, eio: err.req && err.req._query && err.req._query.EIO });
});
io.engine.on("connection", (conn) => {
  conn.on("heartbeat", () => heartbeats++);
});

const describe = (value) =>
  Buffer.isBuffer(value) ? { buffer: [...value] }
  : Array.isArray(value) ? value.map(describe)
  : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, describe(v)]))
  : value;

function handlers(socket) {
  const protocol = socket.conn.protocol;
  connections++;
  say({ ev: "connection", nsp: socket.nsp.name, protocol, n: connections });
  socket.on("disconnect", (reason) => say({ ev: "disconnect", nsp: socket.nsp.name, reason }));
  socket.emit("welcome", { protocol, nsp: socket.nsp.name, n: connections, auth: socket.handshake.auth || {} });

  // JSON or binary in, the same back as an event (binary stays binary).
  socket.on("echo", (...args) => {
    const ack = typeof args[args.length - 1] === "function" ? args.pop() : null;
    socket.emit("echoed", ...args);
    if (ack) ack("echoed");
  });
  // Client-to-server ack, JSON and binary answers.
  socket.on("ask", (payload, ack) => ack({ got: describe(payload), protocol }));
  socket.on("ask-binary", (payload, ack) => ack(Buffer.from([1, 2, 3, 250]), { note: "bytes first" }));
  socket.on("no-answer", () => {});
  // A binary event with two attachments.
  socket.on("send-binary", () => socket.emit("binary", { name: "blob", data: Buffer.from([0, 1, 2, 255]) }, Buffer.from("hello")));
  // Server-to-client ack: ask the client, report what came back.
  socket.on("request-ack", (n) => {
    socket.timeout(5000).emit("question", { n }, (err, ...answer) => {
      socket.emit("answered", err ? { error: String(err) } : describe(answer));
    });
  });
  socket.on("stats", (ack) => ack({ connections, refused, heartbeats }));
  socket.on("kick", () => socket.disconnect(true));
  socket.on("kill", () => socket.conn.transport.socket.terminate()); // the TCP connection, with no goodbye
}

io.on("connection", handlers);
io.of("/devices").on("connection", handlers);
io.of("/private").use((socket, next) => next(new Error("not authorized")));
io.of("/private").on("connection", handlers);

httpServer.listen(0, "127.0.0.1", () => {
  const pkg = JSON.parse(require("fs").readFileSync(require("path").join(__dirname, "node_modules/socket.io/package.json"), "utf8"));
  say({ ev: "listening", port: httpServer.address().port, socketio: pkg.version, allowEIO3 });
});

const stop = () => {
  io.close();
  process.exit(0);
};
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
setTimeout(stop, flag("max-seconds", 300) * 1000).unref();
