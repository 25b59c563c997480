package org.collectivehealing.workflow.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fresh system Chromium for every test, against the running application on {@link #port}. */
abstract class BrowserPerTest {

  @LocalServerPort
  int port;

  BrowserSession browser;

  @BeforeEach
  void openBrowser() {
    browser = new BrowserSession();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
