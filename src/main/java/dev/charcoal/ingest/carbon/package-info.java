/**
 * Carbon's network side: the plaintext protocol over TCP ({@code carbon-tcp}) and UDP ({@code
 * carbon-udp}), and the pickle protocol ({@code pickle}), decoded into {@link
 * dev.charcoal.model.PointBatch}es for an {@link dev.charcoal.ingest.MetricSink}.
 *
 * <p>Wiring: make one {@link dev.charcoal.ingest.carbon.CarbonCounters}, then {@link
 * dev.charcoal.ingest.carbon.CarbonListeners#create} gives the three listeners on a shared {@link
 * dev.charcoal.ingest.IngestLoops}; {@code start()} each. Per protocol the pipeline is a decoder
 * ({@link dev.charcoal.ingest.carbon.PlaintextStreamDecoder}, {@link
 * dev.charcoal.ingest.carbon.PlaintextDatagramDecoder}, {@link
 * dev.charcoal.ingest.carbon.PickleFrameDecoder} and {@link
 * dev.charcoal.ingest.carbon.PickleDecoder}), then {@link dev.charcoal.ingest.carbon.SinkHandler},
 * set up by a public initializer per protocol.
 *
 * <p>Parsing follows carbon 1.1.7 (checked against it by golden tests); where carbon drops a
 * connection on bad input we refuse only the bad line or element, count it by {@link
 * dev.charcoal.ingest.carbon.RejectReason} and keep going. docs/COMPATIBILITY.md lists each
 * difference.
 */
package dev.charcoal.ingest.carbon;
