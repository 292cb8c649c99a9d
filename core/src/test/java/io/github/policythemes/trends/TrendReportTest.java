package io.github.policythemes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendReportTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  private static ThemeTrends trends() throws IOException {
    return TrendAnalyzerTest.analyze(
        TrendAnalyzer.builder().period(Period.MONTH).build(),
        TrendAnalyzerTest.CLASSIFIED,
        "hand-made.jsonl");
  }

  @Test
  void write_handMadeTrends_writesEveryFile() throws IOException {
    List<Path> files = TrendReport.write(trends(), dir);
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder(
            "counts.csv",
            "languages.csv",
            "cooccurrence.csv",
            "keywords.csv",
            "skipped.csv",
            "trends.json",
            "shares.svg",
            "shares.png",
            "cooccurrence.svg",
            "cooccurrence.png",
            "keywords.svg",
            "keywords.png",
            "report.html");
    assertThat(Files.readAllLines(dir.resolve("counts.csv")))
        .contains(
            "period,period_start,theme,label,count,share,articles",
            "2024-01,2024-01-01,local-finance,Local finance,2,1.0000,2",
            "2024-03,2024-03-01,local-finance,Local finance,0,,0",
            "2024-04,2024-04-01,decentralization,Decentralization,1,0.5000,2");
    assertThat(Files.readAllLines(dir.resolve("cooccurrence.csv")))
        .containsExactly(
            "theme,decentralization,local-finance", "decentralization,3,2", "local-finance,2,3");
    assertThat(Files.readAllLines(dir.resolve("skipped.csv"))).hasSize(5);
  }

  @Test
  void write_charts_areWellFormedSvgAndDecodablePng() throws Exception {
    TrendReport.write(trends(), dir);
    for (String chart : TrendReport.CHARTS) {
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(dir.resolve(chart + ".svg").toFile());
      BufferedImage image = ImageIO.read(dir.resolve(chart + ".png").toFile());
      assertThat(image.getWidth()).as(chart).isGreaterThan(400);
      assertThat(nonWhite(image)).as(chart).isGreaterThan(1000);
    }
  }

  @Test
  void write_report_embedsEveryChartInline() throws IOException {
    TrendReport.write(trends(), dir);
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html.split("<svg ", -1)).hasSize(4);
    assertThat(html)
        .contains(
            "Share of articles per theme, by month",
            "Theme co-occurrence",
            "Top keywords per theme")
        .contains("invalid date &#39;2024-13-01&#39;")
        .doesNotContain("src=\"http", "href=\"http");
  }

  @Test
  void report_inHeadlessChromium_rendersWithEveryChart() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium here");
    TrendReport.write(trends(), dir);
    Path html = dir.resolve("report.html");
    String dom = chromium(dir, "--dump-dom", html.toUri().toString());
    assertThat(dom.split("<svg ", -1)).hasSize(4);
    Path screenshot = dir.resolve("screenshot.png");
    chromium(dir, "--screenshot=" + screenshot, "--window-size=1280,2400", html.toUri().toString());
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image.getHeight()).isEqualTo(2400);
    assertThat(nonWhite(image)).isGreaterThan(20_000);
    Path keep = Path.of(System.getProperty("java.io.tmpdir"), "policy-themes-trends-report.png");
    Files.copy(screenshot, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static String chromium(Path workDir, String... arguments) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                "--user-data-dir=" + workDir.resolve("chromium-profile")));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).redirectError(workDir.resolve("chromium.log").toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  static int nonWhite(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          count++;
        }
      }
    }
    return count;
  }
}
