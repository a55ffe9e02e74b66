package nl.bncfiche.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.bncfiche.benchmarks.LoadMix.Kind;

/**
 * One keep-alive HTTP/1.1 connection of the load test, on a blocking socket: the thread that sends
 * a request is the one the kernel wakes with its answer. The JDK's {@code HttpClient} hands every
 * answer from its selector thread to the waiting caller, and those hand-offs, on the two cores that
 * client and server share here, showed in the server's latency (a no-work {@code GET} had a p99 of
 * 8-9 ms). The load tools the issue names (wrk) work the same way as this class.
 *
 * <p>It speaks what the load test needs: {@code Content-Length} and chunked answers, {@code
 * Connection: close}, and one new connection when a kept-alive one turns out closed before any byte
 * of the answer (the server's idle timeout), as HTTP clients do.
 */
final class LoadClient implements Closeable {
  private static final int MAX_HEAD = 64 * 1024;

  private final InetSocketAddress address;
  private final String host;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoadClient(URI base) {
    this.address = new InetSocketAddress(base.getHost(), base.getPort());
    this.host = base.getHost() + ":" + base.getPort();
  }

  /** Sends {@code kind}'s request and reads its whole answer; the status. */
  int send(Kind kind) throws IOException {
    byte[] head = head(kind);
    for (int attempt = 0; ; attempt++) {
      boolean reused = socket != null;
      connect();
      try {
        out.write(head);
        if (kind.body() != null) {
          out.write(kind.body());
        }
        out.flush();
      } catch (IOException e) {
        close();
        if (reused && attempt == 0) {
          continue;
        }
        throw e;
      }
      int first = in.read();
      if (first < 0 && reused && attempt == 0) {
        close();
        continue;
      }
      if (first < 0) {
        close();
        throw new IOException("the connection closed before an answer");
      }
      return answer(first);
    }
  }

  private byte[] head(Kind kind) {
    StringBuilder b = new StringBuilder(256);
    b.append(kind.body() == null ? "GET " : "POST ").append(kind.path()).append(" HTTP/1.1\r\n");
    b.append("Host: ").append(host).append("\r\n");
    if (kind.body() != null) {
      b.append("Content-Type: ").append(kind.contentType()).append("\r\n");
      b.append("Content-Length: ").append(kind.body().length).append("\r\n");
    }
    return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private void connect() throws IOException {
    if (socket == null) {
      Socket s = new Socket();
      s.setTcpNoDelay(true);
      s.setSoTimeout(30_000);
      s.connect(address, 10_000);
      socket = s;
      in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
      out = s.getOutputStream();
    }
  }

  /** Reads the answer whose first byte is {@code first}: status line, headers, body. */
  private int answer(int first) throws IOException {
    String statusLine = (char) first + line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      close();
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean closing = parts[0].equals("HTTP/1.0");
    int headBytes = statusLine.length();
    for (String h; !(h = line()).isEmpty(); ) {
      headBytes += h.length();
      if (headBytes > MAX_HEAD) {
        close();
        throw new IOException("answer head too large");
      }
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closing |= value.equalsIgnoreCase("close");
        default -> {}
      }
    }
    if (chunked) {
      for (long size; (size = Long.parseLong(line().split(";", 2)[0].trim(), 16)) > 0; ) {
        skip(size);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      skip(length);
    } else {
      in.transferTo(OutputStream.nullOutputStream());
      closing = true;
    }
    if (closing) {
      close();
    }
    return status;
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(64);
    for (int c; (c = in.read()) != '\n'; ) {
      if (c < 0) {
        throw new IOException("the connection closed inside an answer");
      }
      if (c != '\r') {
        b.write(c);
      }
      if (b.size() > MAX_HEAD) {
        throw new IOException("answer line too long");
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  private void skip(long n) throws IOException {
    in.skipNBytes(n);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a connection that is gone already
      }
      socket = null;
      in = null;
      out = null;
    }
  }
}
