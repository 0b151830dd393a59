/**
 * The topics stage: what a report says about itself, read against the theme catalogue ({@code townstats/topics.yml},
 * or {@code content/topics.yml}). After extract (a highlight is an achievement sentence that carries a figure) and
 * before quality: per report, the {@link townstats.model.ThemeMention}s of its problem, plan and highlight sentences,
 * carried (and cached) in {@link townstats.model.ReportFacts}; over the corpus, the problem sentences no theme covers
 * and their frequent key phrases ({@link townstats.topics.KeyPhrases}, HanLP), for the catalogue's maintainer.
 */
package townstats.topics;
