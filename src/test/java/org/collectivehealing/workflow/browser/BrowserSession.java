package org.collectivehealing.workflow.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless system Chromium with a fresh profile. The driver and the browser are named explicitly so
 * Selenium Manager is never asked to download either: CI machines have no internet, and a browser missing
 * must fail the suite rather than skip it.
 */
public final class BrowserSession implements AutoCloseable {

  static final Path CHROMEDRIVER = Path.of(System.getProperty("chw.chromedriver", "/usr/bin/chromedriver"));
  static final Path CHROMIUM = Path.of(System.getProperty("chw.chromium", "/usr/bin/chromium"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  public final WebDriver driver;
  public final WebDriverWait wait;
  private final Path profile;

  public BrowserSession() {
    requireExecutable(CHROMEDRIVER, "chromium-driver");
    requireExecutable(CHROMIUM, "chromium");
    try {
      profile = Files.createTempDirectory("chw-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    // Tasklist redraws lists while it polls; an element gone stale is looked up again on the next try
    wait = new WebDriverWait(driver, PATIENCE);
    wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * What the condition yields within a short patience, or nothing: for things that may rightly never show (a
   * hidden field, a label an administrator does not get), whose absence can only be seen by waiting.
   */
  <T> Optional<T> within(Duration patience, Function<WebDriver, T> condition) {
    try {
      return Optional.of(new WebDriverWait(driver, patience).ignoring(StaleElementReferenceException.class)
          .until(condition));
    } catch (TimeoutException absent) {
      return Optional.empty();
    }
  }

  /** Saves what the browser shows as target/screenshots/{name}.png, the test's artefact for a reviewer. */
  public void screenshot(String name) {
    File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a leftover temporary profile is harmless; the browser already quit
    }
  }

  private static void requireExecutable(Path path, String debianPackage) {
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(path + " is missing: install the Debian package " + debianPackage
          + " (.ci/run does)");
    }
  }
}
