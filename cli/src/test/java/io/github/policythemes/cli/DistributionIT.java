package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user gets it (Maven's {@code integration-test} phase, after {@code
 * package} wrote it): unpacked with {@code tar} into a temporary folder, its launcher reached
 * through symbolic links on a PATH and run from another folder, with Java from the PATH or from
 * {@code JAVA_HOME}. Also the clone's {@code ./policy-themes} through a symbolic link.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {
  /** The limit for the archive; README states the measured size. */
  static final long MAX_ARCHIVE_BYTES = 60L * 1024 * 1024;

  static final String VERSION = System.getProperty("policythemes.version");
  static final Path DIST = Path.of(System.getProperty("policythemes.dist"));
  static final Path ROOT = Path.of(System.getProperty("policythemes.root"));
  static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path dir;
  Path home;
  Path onPath;
  Path work;

  @BeforeEach
  void unpack() throws Exception {
    Run tar =
        run(
            dir,
            Map.of("PATH", "/usr/bin:/bin"),
            "tar",
            "-xzf",
            tarGz().toString(),
            "-C",
            Files.createDirectories(dir.resolve("opt")).toString());
    assertThat(tar.exit()).as(tar.err()).isZero();
    home = dir.resolve("opt").resolve("policy-themes-" + VERSION);
    // a link to a link, with a relative target, as package managers and stow leave them
    Path links = Files.createDirectories(dir.resolve("links"));
    Files.createSymbolicLink(links.resolve("policy-themes"), home.resolve("bin/policy-themes"));
    onPath = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(
        onPath.resolve("policy-themes"), Path.of("..", "links", "policy-themes"));
    work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(
        work.resolve("article.txt"),
        "Local finance reform\nThe county council raised the local tax to close its budget"
            + " deficit, and the province cut the fiscal transfer and grants to counties.\n");
  }

  @Test
  void archive_holdsTheLauncherJarsAndLicencesButNoNativeLibraries() throws Exception {
    assertThat(home.resolve("bin/policy-themes")).isExecutable();
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/policy-themes")))
        .contains(PosixFilePermission.OTHERS_EXECUTE);
    for (String file :
        List.of("README.md", "LICENSE", "NOTICE", "THIRD-PARTY.txt", "conf/logging.properties")) {
      assertThat(home.resolve(file)).as(file).isRegularFile();
    }
    assertThat(home.resolve("samples")).isDirectoryContaining("glob:**/ko-01-*.txt");
    assertThat(home.resolve("mvnw")).doesNotExist();
    String cmd = Files.readString(home.resolve("bin/policy-themes.cmd"));
    assertThat(cmd).contains("\r\n").contains("POLICY_THEMES_OPTS").contains("JAVA_HOME");

    List<String> jars = jarNames();
    assertThat(jars)
        .contains(
            "policy-themes-cli-" + VERSION + ".jar",
            "policy-themes-core-" + VERSION + ".jar",
            "policy-themes-models-" + VERSION + ".jar",
            "smile-core-3.1.1.jar");
    assertThat(jars).noneMatch(j -> j.matches("(javacpp|openblas|arpack-ng).*"));
    String thirdParty = Files.readString(home.resolve("THIRD-PARTY.txt"));
    Pattern versioned = Pattern.compile("(.+)-\\d[^-]*(-SNAPSHOT)?\\.jar");
    for (String jar : jars) {
      Matcher m = versioned.matcher(jar);
      assertThat(m.matches()).as(jar).isTrue();
      if (!m.group(1).startsWith("policy-themes-")) {
        assertThat(thirdParty).as("THIRD-PARTY.txt lists " + jar).contains(":" + m.group(1) + " ");
      }
    }
  }

  @Test
  void archives_tarGzAndZipHoldTheSameFilesUnderSizeLimit() throws Exception {
    Path zip = DIST.resolveSibling(DIST.getFileName() + ".zip");
    assertThat(Files.size(tarGz())).isLessThan(MAX_ARCHIVE_BYTES);
    assertThat(Files.size(zip)).isLessThan(MAX_ARCHIVE_BYTES);
    TreeSet<String> inZip = new TreeSet<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          inZip.add(entry.getName());
        }
      }
    }
    TreeSet<String> unpacked = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir.resolve("opt"))) {
      files
          .filter(Files::isRegularFile)
          .forEach(f -> unpacked.add(dir.resolve("opt").relativize(f).toString()));
    }
    assertThat(inZip).isEqualTo(unpacked);
  }

  @Test
  void symlinkOnPath_fromAnotherFolder_printsVersionAndClassifies() throws Exception {
    Map<String, String> env = Map.of("PATH", onPath + ":" + JAVA.getParent() + ":/usr/bin:/bin");
    Run version = run(work, env, "policy-themes", "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("policy-themes " + VERSION);

    Run classify = run(work, env, "policy-themes", "classify", "--format", "table", "article.txt");
    assertThat(classify.exit()).as(classify.err()).isZero();
    assertThat(classify.out()).contains("article.txt").contains("local-finance");

    Run samples = run(work, env, "policy-themes", "classify", home.resolve("samples").toString());
    assertThat(samples.exit()).as(samples.err()).isZero();
    assertThat(samples.out().lines()).hasSize(15);

    Run missing = run(work, env, "policy-themes", "classify", "no-such-file.txt");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-file.txt");
  }

  @Test
  void javaHome_isUsedWhenSet_andAMissingJavaIsOneClearLine() throws Exception {
    // a PATH with the two tools the launcher calls and no java at all
    Path tools = Files.createDirectories(dir.resolve("tools"));
    for (String tool : List.of("readlink", "dirname")) {
      Files.copy(which(tool), tools.resolve(tool), StandardCopyOption.COPY_ATTRIBUTES);
    }
    String path = onPath + ":" + tools;
    Run withHome =
        run(
            work,
            Map.of("PATH", path, "JAVA_HOME", JAVA.getParent().getParent().toString()),
            "policy-themes",
            "--version");
    assertThat(withHome.exit()).as(withHome.err()).isZero();
    assertThat(withHome.out()).startsWith("policy-themes " + VERSION);

    Run none = run(work, Map.of("PATH", path), "policy-themes", "--version");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).contains("no Java found").contains("JAVA_HOME").hasLineCount(1);

    Run badHome =
        run(
            work,
            Map.of("PATH", path, "JAVA_HOME", dir.resolve("nowhere").toString()),
            "policy-themes",
            "--version");
    assertThat(badHome.exit()).isEqualTo(1);
    assertThat(badHome.err()).contains("JAVA_HOME is " + dir.resolve("nowhere"));
  }

  @Test
  void policyThemesOpts_reachTheJavaVm() throws Exception {
    Map<String, String> env =
        Map.of(
            "PATH",
            onPath + ":" + JAVA.getParent() + ":/usr/bin:/bin",
            "POLICY_THEMES_OPTS",
            "-Dpolicythemes.probe=*seen* -XshowSettings:properties");
    Run run = run(work, env, "policy-themes", "--version");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("policythemes.probe = *seen*");
    assertThat(run.out()).startsWith("policy-themes " + VERSION);
  }

  @Test
  void trainLogistic_fromTheArchive_needsNoNativeLibraries() throws Exception {
    List<String> seeds = Files.readAllLines(ROOT.resolve("seeds/corpus/en-a.jsonl"));
    Files.write(work.resolve("labelled.jsonl"), seeds.subList(0, 160));
    Map<String, String> env = Map.of("PATH", onPath + ":" + JAVA.getParent() + ":/usr/bin:/bin");
    Run train =
        run(
            work,
            env,
            "policy-themes",
            "train",
            "--algorithm",
            "logistic",
            "--data",
            "labelled.jsonl",
            "--output",
            "logistic.ptm");
    assertThat(train.exit()).as(train.err()).isZero();
    Run classify =
        run(work, env, "policy-themes", "classify", "--model", "logistic.ptm", "article.txt");
    assertThat(classify.exit()).as(classify.err()).isZero();
    assertThat(classify.out()).contains("\"themes\"");
  }

  @Test
  void cloneLauncher_throughASymlink_runsTheBuiltJarWithoutBuilding() throws Exception {
    Path link = Files.createDirectories(dir.resolve("clone-link")).resolve("policy-themes");
    Files.createSymbolicLink(link, ROOT.resolve("policy-themes"));
    Map<String, String> env =
        new HashMap<>(Map.of("PATH", JAVA.getParent() + ":/usr/bin:/bin", "HOME", dir.toString()));
    // never: a stale jar here would otherwise start a Maven build inside this one
    env.put("POLICY_THEMES_BUILD", fresh() ? "auto" : "never");
    Run version = run(work, env, link.toString(), "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("policy-themes " + VERSION);
    assertThat(version.err()).doesNotContain("building");
    Files.delete(link); // a link out of the temporary folder: JUnit would warn about it
  }

  /** Whether the clone's stamp is newer than what ./policy-themes compares it with. */
  private static boolean fresh() throws IOException {
    Path stamp = ROOT.resolve("cli/target/policy-themes.stamp");
    if (!Files.isRegularFile(stamp)) {
      return false;
    }
    List<Path> inputs = new ArrayList<>();
    for (String pom : List.of("pom.xml", "core/pom.xml", "models/pom.xml", "cli/pom.xml")) {
      inputs.add(ROOT.resolve(pom));
    }
    Path git = ROOT.resolve(".git");
    if (Files.isRegularFile(git)) {
      git = ROOT.resolve(Files.readString(git).trim().replaceFirst("^gitdir: ", ""));
    }
    inputs.add(git.resolve("index"));
    for (Path input : inputs) {
      if (Files.exists(input)
          && Files.getLastModifiedTime(input).compareTo(Files.getLastModifiedTime(stamp)) > 0) {
        return false;
      }
    }
    return true;
  }

  private static Path tarGz() {
    return DIST.resolveSibling(DIST.getFileName() + ".tar.gz");
  }

  private List<String> jarNames() throws IOException {
    try (Stream<Path> files = Files.list(home.resolve("lib"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static Path which(String tool) {
    for (String folder : List.of("/usr/bin", "/bin")) {
      Path candidate = Path.of(folder, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(tool + " not found in /usr/bin or /bin");
  }

  record Run(int exit, String out, String err) {}

  /** Runs a command with exactly the given environment (nothing inherited). */
  private Run run(Path cwd, Map<String, String> env, String... command) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    List<String> line = new ArrayList<>(List.of(command));
    if (command[0].equals("policy-themes")) {
      line.set(0, resolve(command[0], env.get("PATH")));
    }
    ProcessBuilder builder =
        new ProcessBuilder(line)
            .directory(cwd.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + line);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Looks a command up on a PATH, as a shell would (Java looks it up on its own PATH). */
  private static String resolve(String name, String path) {
    for (String folder : path.split(":")) {
      Path candidate = Path.of(folder, name);
      if (Files.isExecutable(candidate)) {
        // keep the path as found, not its target: the launcher must follow the links itself
        return candidate.toString();
      }
    }
    throw new AssertionError(name + " is not on " + path);
  }
}
