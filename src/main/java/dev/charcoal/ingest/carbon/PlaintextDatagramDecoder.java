package dev.charcoal.ingest.carbon;

import dev.charcoal.model.PointBatch;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;

/**
 * Carbon's plaintext protocol over UDP: each datagram is split as Python's {@code splitlines()}
 * splits it ({@code \n}, {@code \r}, {@code \r\n}, {@code \v}, {@code \f}, {@code \x1c}–{@code
 * \x1e}, and U+0085, U+2028, U+2029) and each line parsed as over TCP, into one {@link PointBatch}
 * per datagram. Carbon drops a whole datagram that is not UTF-8; we refuse only the lines that are
 * not.
 */
final class PlaintextDatagramDecoder extends ChannelInboundHandlerAdapter {
  private static final int INITIAL_BATCH_CAPACITY = 256;

  private final PlaintextParser parser;
  private final ListenerCounters counters;
  private final PointBatch batch = new PointBatch(INITIAL_BATCH_CAPACITY);

  PlaintextDatagramDecoder(PlaintextParser parser, ListenerCounters counters) {
    this.parser = parser;
    this.counters = counters;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof DatagramPacket packet)) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      ByteBuf content = packet.content();
      int n = content.readableBytes();
      byte[] b = ThreadScratch.get(n);
      content.getBytes(content.readerIndex(), b, 0, n);
      decode(b, n, packet.sender());
    } finally {
      packet.release();
    }
    SinkHandler.passOn(ctx, batch);
  }

  private void decode(byte[] b, int n, InetSocketAddress sender) {
    int lineStart = 0;
    int i = 0;
    while (i < n) {
      int c = b[i];
      if (PythonText.isAsciiLineBreak(c)) {
        line(b, lineStart, i, true, sender);
        i += c == '\r' && i + 1 < n && b[i + 1] == '\n' ? 2 : 1;
        lineStart = i;
      } else {
        i++;
      }
    }
    if (lineStart < n) {
      line(b, lineStart, n, false, sender);
    }
  }

  /** One line between ASCII breaks; {@code terminated} if a break follows it. */
  private void line(byte[] b, int from, int to, boolean terminated, InetSocketAddress sender) {
    if (PythonText.isAscii(b, from, to)) {
      count(parser.parse(b, from, to, batch), sender, b, from, to);
      return;
    }
    String text = PythonText.decodeUtf8(b, from, to);
    if (text == null) {
      count(RejectReason.INVALID_UTF8, sender, b, from, to);
      return;
    }
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (PythonText.isNonAsciiLineBreak(text.charAt(i))) {
        parseText(text.substring(start, i), sender);
        start = i + 1;
      }
    }
    // After a final U+2028 (say) comes a line only if an ASCII break ends it.
    if (start < text.length() || terminated) {
      parseText(text.substring(start), sender);
    }
  }

  private void parseText(String line, InetSocketAddress sender) {
    RejectReason reason = parser.parse(line, batch);
    if (reason != null) {
      counters.reject(reason, sender, ListenerCounters.sample(line));
    }
  }

  private void count(RejectReason reason, InetSocketAddress sender, byte[] b, int from, int to) {
    if (reason != null) {
      counters.reject(reason, sender, ListenerCounters.sample(b, from, to));
    }
  }
}
