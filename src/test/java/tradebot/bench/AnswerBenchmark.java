package tradebot.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.answer.Query;
import tradebot.reply.Reply;

/**
 * Answering in-process on one thread, for a mix of questions in the three scripts. "cached" repeats
 * questions (the Caffeine cache answers); "uncached" runs with the cache turned off, so parsing
 * and ranking run every time.
 * How to run: docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AnswerBenchmark {

  static final List<String> QUESTIONS =
      List.of(
          "湖南2025年进出口总值多少？",
          "长沙对非贸易增长多少",
          "湖南農業機械出口多少",
          "長沙實際使用外資佔全省比重",
          "How much were Hunan's lithium battery exports?",
          "hunan electirc car exprot value",
          "What share of Hunan's trade did Changsha account for?",
          "上海外贸多少",
          "growth?",
          "BYD长沙和Anker出口增速");

  private Core cachedCore;
  private Core uncachedCore;
  private int next;

  @Setup
  public void setUp() {
    cachedCore = new Wiring(Map.of()).core();
    uncachedCore = new Wiring(Map.of(Wiring.ANSWER_CACHE, "0")).core();
  }

  @Benchmark
  public Reply cached() {
    return cachedCore.answerer().answer(Query.of(QUESTIONS.get(next++ % QUESTIONS.size())));
  }

  @Benchmark
  public Reply uncached() {
    return uncachedCore.answerer().answer(Query.of(QUESTIONS.get(next++ % QUESTIONS.size())));
  }
}
