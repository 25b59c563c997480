package org.collectivehealing.workflow.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the generators aim at: both sites' cases, every caller, and one seeded random source, so that the same
 * code under test gets the same requests in the same order.
 */
final class FuzzTargets {

  static final List<String> AGENCIES = List.of("command", "police", "victim-services", "community-partners",
      "wellness");
  static final List<String> SITES = List.of("houston", "oakland");
  static final List<Caller> STRANGERS = List.of(Caller.ANONYMOUS, Caller.UNKNOWN_USER, Caller.WRONG_PASSWORD);

  final Map<String, SiteCases> sites;
  final Random random;
  final List<Caller> caseworkers = new ArrayList<>();
  final List<Caller> everyone = new ArrayList<>();

  FuzzTargets(Map<String, SiteCases> sites, long seed) {
    this.sites = sites;
    this.random = new Random(seed);
    for (String site : SITES) {
      for (String agency : AGENCIES) {
        caseworkers.add(new Caller(CaseOpener.user(agency, site), agency, site));
      }
    }
    everyone.addAll(caseworkers);
    everyone.addAll(STRANGERS);
  }

  SiteCases site(String site) {
    return sites.get(site);
  }

  static String otherSite(String site) {
    return site.equals("houston") ? "oakland" : "houston";
  }

  /** The other site of a caseworker; for a stranger, one of the two. */
  SiteCases otherThan(Caller caller) {
    return site(caller.isStranger() ? pick(SITES) : otherSite(caller.site()));
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  List<SiteCases.OpenTask> allTasks() {
    List<SiteCases.OpenTask> tasks = new ArrayList<>();
    SITES.forEach(site -> tasks.addAll(site(site).tasks()));
    return tasks;
  }

  List<SiteCases.Instance> allInstances() {
    List<SiteCases.Instance> instances = new ArrayList<>();
    SITES.forEach(site -> instances.addAll(site(site).instances()));
    return instances;
  }

  String siteOf(String instanceOrTaskId) {
    for (String site : SITES) {
      if (site(site).ids().contains(instanceOrTaskId)) {
        return site;
      }
    }
    return null;
  }

  /** The caller is the agency the task is routed to, at its site: the only one who may work it. */
  boolean works(Caller caller, SiteCases.OpenTask task) {
    return task.group().equals(caller.group()) && caller.worksAt(siteOf(task.id()));
  }

  /**
   * Texts that must never be in a successful answer to this caller (administrators see all): everything of the other site; of its own
   * site, advocate notes unless it is victim services, and the contact unless it is victim services or the
   * police (whose rights notice needs it).
   */
  List<String> hiddenFrom(Caller caller) {
    List<String> hidden = new ArrayList<>();
    if ("camunda-admin".equals(caller.group())) {
      return hidden;
    }
    for (String site : SITES) {
      SiteCases cases = site(site);
      SiteCases.Secrets secrets = cases.secrets();
      if (!caller.worksAt(site)) {
        hidden.addAll(cases.ids());
        hidden.addAll(List.of(secrets.lastName(), secrets.phone(), secrets.address(), secrets.advocateNote()));
        continue;
      }
      if (!caller.group().equals("victim-services")) {
        hidden.add(secrets.advocateNote());
        if (!caller.group().equals("police")) {
          hidden.addAll(List.of(secrets.lastName(), secrets.phone(), secrets.address()));
        }
      }
    }
    return hidden;
  }

  /** May the caller read this confidential variable of the site's victim cases (and so filter by it)? */
  static boolean readsVictimVariable(Caller caller, String site, String variable) {
    if (!caller.worksAt(site)) {
      return false;
    }
    return caller.group().equals("victim-services")
        || caller.group().equals("police") && variable.startsWith("contact");
  }
}
