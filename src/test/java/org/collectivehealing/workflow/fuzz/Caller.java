package org.collectivehealing.workflow.fuzz;

/**
 * Who sends a hostile request: a caseworker of an agency at a site, or a stranger (no credentials, an unknown
 * user, a real user with a wrong password). Strangers have no group and no site.
 */
record Caller(String user, String group, String site) {

  static final Caller ANONYMOUS = new Caller(null, null, null);
  static final Caller UNKNOWN_USER = new Caller("nobody-of-anywhere", null, null);
  /** A real account, always sent with a wrong password: it ends up locked, which is part of the test. */
  static final Caller WRONG_PASSWORD = new Caller("decoy-houston", null, null);

  boolean isStranger() {
    return group == null;
  }

  boolean worksAt(String otherSite) {
    return otherSite.equals(site);
  }

  boolean is(String agency, String atSite) {
    return agency.equals(group) && atSite.equals(site);
  }

  String label() {
    return user == null ? "(no credentials)" : isStranger() ? user + " (bad credentials)" : user;
  }
}
