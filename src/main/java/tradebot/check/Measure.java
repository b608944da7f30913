package tradebot.check;

/** What a figure measures; figures of different measures never settle one another. */
public enum Measure {
  /** Money: 2,875.4亿元, 12.44 billion yuan, 7597万美元. */
  AMOUNT,
  /** A number of things: 10万辆, 100,000 vehicles, 28台, 连续7年. */
  QUANTITY,
  /** A year-on-year change in percent, signed: 增长3.5%, fell 2%. */
  GROWTH,
  /** A difference in percentage points: 高于全省27个百分点. */
  POINTS,
  /** A part of a whole in percent: 占全省53.1%, 超八成, three quarters. */
  SHARE,
  /** A position in a ranking: 第一, 首位, ranked second. */
  RANK
}
