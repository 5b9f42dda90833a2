package dev.charcoal.api;

import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.http.BadRequestException;
import dev.charcoal.api.http.FormData;
import dev.charcoal.api.http.Params;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One connection's requests: each is turned into an {@link ApiRequest} on the event loop, answered
 * by the router on a worker, and written back. One request runs at a time per connection: reading
 * pauses meanwhile, and requests a pipelining client already sent wait their turn, so the answers
 * stay in order. A full worker queue gives 503 at once; a request past the deadline gets 503 and
 * its worker is interrupted.
 */
final class ApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final ApiRouter router;
  private final ExecutorService workers;
  private final Duration deadline;

  /** Requests that arrived while another was in progress (event loop only). */
  private final Deque<FullHttpRequest> waiting = new ArrayDeque<>();

  /** Whether a request of this connection is in progress (event loop only). */
  private boolean busy;

  ApiHandler(ApiRouter router, ExecutorService workers, Duration deadline) {
    this.router = router;
    this.workers = workers;
    this.deadline = deadline;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
    if (busy) {
      waiting.add(msg.retain());
      return;
    }
    busy = true;
    ctx.channel().config().setAutoRead(false);
    handle(ctx, msg);
  }

  /** Starts answering {@code msg}; everything needed is copied out of it before this returns. */
  private void handle(ChannelHandlerContext ctx, FullHttpRequest msg) {
    boolean keepAlive = HttpUtil.isKeepAlive(msg);
    if (!msg.decoderResult().isSuccess()) {
      Throwable cause = msg.decoderResult().cause();
      String reason =
          cause instanceof TooLongFrameException
              ? "the request line or headers are too long (at most "
                  + ApiLimits.MAX_INITIAL_LINE_BYTES
                  + " bytes of URL)"
              : "malformed request: " + cause.getMessage();
      write(ctx, ApiResponse.error(400, reason), false);
      return;
    }
    ApiRequest request;
    try {
      request = request(msg);
    } catch (BadRequestException e) {
      write(ctx, ApiResponse.error(400, e.getMessage()), keepAlive);
      return;
    }
    AtomicBoolean answered = new AtomicBoolean();
    AtomicReference<ScheduledFuture<?>> timer = new AtomicReference<>();
    Future<?> work;
    try {
      work =
          workers.submit(
              () -> {
                ApiResponse response;
                try {
                  response = router.route(request);
                } catch (StackOverflowError e) {
                  response = ApiResponse.error(500, "the request nests too deeply");
                }
                if (answered.compareAndSet(false, true)) {
                  write(ctx, response, keepAlive);
                  cancel(timer.get());
                }
              });
    } catch (RejectedExecutionException e) {
      write(
          ctx,
          ApiResponse.error(503, "the server is busy: too many requests waiting; try again"),
          keepAlive);
      return;
    }
    timer.set(
        ctx.executor()
            .schedule(
                () -> {
                  if (answered.compareAndSet(false, true)) {
                    work.cancel(true);
                    write(
                        ctx,
                        ApiResponse.error(
                            503,
                            "the request took longer than "
                                + deadline.toSeconds()
                                + " s and was stopped"),
                        keepAlive);
                  }
                },
                deadline.toNanos(),
                TimeUnit.NANOSECONDS));
    if (answered.get()) {
      cancel(timer.get()); // answered before the timer was set
    }
  }

  private static void cancel(ScheduledFuture<?> timer) {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  /** Netty's request as an {@link ApiRequest}, parameters decoded as Django does. */
  private static ApiRequest request(FullHttpRequest msg) throws BadRequestException {
    // The request line was read as Latin-1: its bytes come back unchanged.
    String uri = msg.uri();
    int question = uri.indexOf('?');
    String rawPath = question < 0 ? uri : uri.substring(0, question);
    byte[] rawQuery =
        question < 0
            ? new byte[0]
            : uri.substring(question + 1).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, String> headers = new HashMap<>();
    msg.headers().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
    byte[] body = ByteBufUtil.getBytes(msg.content());
    String contentType = headers.getOrDefault("content-type", "");
    Params form =
        contentType.toLowerCase(Locale.ROOT).startsWith(FORM)
            ? FormData.parse(body)
            : Params.empty();
    String path =
        FormData.unquote(
            new String(rawPath.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
            false);
    return new ApiRequest(msg.method().name(), path, FormData.parse(rawQuery), form, headers, body);
  }

  /** The next waiting request, or reading again; on the event loop after an answer is written. */
  private void next(ChannelHandlerContext ctx) {
    FullHttpRequest request = waiting.poll();
    if (request == null) {
      busy = false;
      ctx.channel().config().setAutoRead(true);
      return;
    }
    try {
      handle(ctx, request);
    } finally {
      request.release();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    waiting.forEach(FullHttpRequest::release);
    waiting.clear();
    ctx.fireChannelInactive();
  }

  private void write(ChannelHandlerContext ctx, ApiResponse response, boolean keepAlive) {
    FullHttpResponse out =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(response.status()),
            Unpooled.wrappedBuffer(response.body()));
    out.headers().set(HttpHeaderNames.CONTENT_TYPE, response.contentType());
    out.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
    response.headers().forEach((name, value) -> out.headers().set(name, value));
    HttpUtil.setKeepAlive(out, keepAlive);
    ctx.writeAndFlush(out)
        .addListener(
            keepAlive ? (ChannelFutureListener) f -> next(ctx) : ChannelFutureListener.CLOSE);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // A reset or broken connection: nothing to answer.
    ctx.close();
  }
}
