package dev.flinkrest.sample;

import org.apache.flink.api.common.functions.FilterFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.util.Collector;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * generated sequence -> throttle -> keyBy -> keyed count (ValueState) -> sample -> print.
 *
 * <p>Arguments (all optional): {@code --bounded <records>} makes the source finite so the job
 * finishes; {@code --delay-ms <n>} sleeps per record so an unbounded run does not burn the
 * machine's cores (default 5); {@code --keys <n>} (default 8); {@code --checkpoint-interval-ms
 * <n>} (default 2000). Operator uids are fixed so a savepoint restores into a new submission.
 *
 * <p>The jar's {@code flink-rest-sample.properties} (filled in by Maven) names its variant: a
 * {@code version} number, which the {@code count-per-key} operator reports as the gauge {@code
 * sampleVersion} and in its output, and {@code broken=true}, which makes that operator throw on its
 * first record (the job restarts over and over). The gauge {@code maxCount} is the largest count
 * this subtask has reached: restored from a savepoint it goes on from the saved counts, started
 * empty it begins at 1. Upgrade tests read both through the REST API.
 *
 * <p>Argument parsing is by hand: ParameterTool moved packages in Flink 2.0, and this jar must run
 * on every supported version.
 */
public final class SampleJob {

  private SampleJob() {}

  public static void main(String[] args) throws Exception {
    long bounded = longArg(args, "--bounded", -1);
    long delayMs = longArg(args, "--delay-ms", bounded > 0 ? 0 : 5);
    long keys = longArg(args, "--keys", 8);
    long checkpointIntervalMs = longArg(args, "--checkpoint-interval-ms", 2000);

    Properties variant = variant();
    long version = Long.parseLong(variant.getProperty("version", "1"));
    boolean broken = Boolean.parseBoolean(variant.getProperty("broken", "false"));

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.enableCheckpointing(checkpointIntervalMs);

    long last = bounded > 0 ? bounded - 1 : Long.MAX_VALUE;
    env.fromSequence(0, last)
        .uid("sequence")
        .name("sequence")
        .map(new Throttle(delayMs))
        .uid("throttle")
        .name("throttle")
        .keyBy(new ModuloKey(keys))
        .process(new CountPerKey(version, broken))
        .uid("count-per-key")
        .name("count-per-key")
        .filter(new EveryThousandth())
        .uid("sample")
        .name("sample")
        .print()
        .uid("print")
        .name("print");

    env.execute(bounded > 0 ? "flink-rest-sample-bounded" : "flink-rest-sample-unbounded");
  }

  static Properties variant() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = SampleJob.class.getResourceAsStream("/flink-rest-sample.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return properties;
  }

  static long longArg(String[] args, String name, long defaultValue) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name)) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        try {
          return Long.parseLong(args[i + 1]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(name + " must be a whole number, got " + args[i + 1]);
        }
      }
    }
    return defaultValue;
  }

  static final class Throttle implements MapFunction<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final long delayMs;

    Throttle(long delayMs) {
      this.delayMs = delayMs;
    }

    @Override
    public Long map(Long value) throws Exception {
      if (delayMs > 0) {
        Thread.sleep(delayMs);
      }
      return value;
    }
  }

  static final class ModuloKey implements KeySelector<Long, Long> {
    private static final long serialVersionUID = 1L;
    private final long keys;

    ModuloKey(long keys) {
      this.keys = keys;
    }

    @Override
    public Long getKey(Long value) {
      return value % keys;
    }
  }

  /** Keyed state that a savepoint carries over into the restored job. */
  static final class CountPerKey extends KeyedProcessFunction<Long, Long, String> {
    private static final long serialVersionUID = 1L;
    private final long version;
    private final boolean broken;
    private transient long maxCount;
    // Looked up lazily: open(Configuration) is gone in 2.0 and open(OpenContext) is new in 1.19.
    private transient ValueState<Long> count;

    CountPerKey(long version, boolean broken) {
      this.version = version;
      this.broken = broken;
    }

    @Override
    public void processElement(Long value, Context ctx, Collector<String> out) throws Exception {
      if (broken) {
        throw new IllegalStateException("the broken sample job variant fails on its first record");
      }
      if (count == null) {
        count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Long.class));
        getRuntimeContext().getMetricGroup().gauge("maxCount", (Gauge<Long>) () -> maxCount);
        getRuntimeContext().getMetricGroup().gauge("sampleVersion", (Gauge<Long>) () -> version);
      }
      Long previous = count.value();
      long next = previous == null ? 1 : previous + 1;
      count.update(next);
      maxCount = Math.max(maxCount, next);
      out.collect("v" + version + " " + ctx.getCurrentKey() + "=" + next);
    }
  }

  static final class EveryThousandth implements FilterFunction<String> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean filter(String value) {
      return value.endsWith("000");
    }
  }
}
