//! The safety screen's privacy line, chosen from the clinic's opt-ins so that it tells the
//! visitor exactly what this widget's configuration lets the clinic's site learn.

use super::Catalog;
use crate::clinic::ClinicConfig;

impl Catalog {
    /// The line's sentences: what stays in the browser (true in every configuration, so
    /// the prerendered first step of an opted-in clinic shows it alone), what the site's
    /// analytics may count (the kind of result only with `analytics-verdict`) and, with
    /// `share-verdict`, that the booking link carries the kind of result.
    pub fn privacy_sentences(&self, config: &ClinicConfig) -> Vec<&'static str> {
        let counted = if config.analytics_verdict {
            self.privacy_counted_verdict
        } else {
            self.privacy_counted
        };
        let mut sentences = vec![self.privacy_note, counted];
        if config.share_verdict {
            sentences.push(self.privacy_booking_verdict);
        }
        sentences
    }

    /// The line as one text.
    pub fn privacy_line(&self, config: &ClinicConfig) -> String {
        self.privacy_sentences(config).join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::super::{EN, ES};
    use crate::clinic::ClinicConfig;
    use crate::engine::model::Verdict;

    /// A clinic with these opt-ins on (the attributes' reading is tested in tests/config.rs).
    fn configured(attributes: &[&str]) -> ClinicConfig {
        ClinicConfig {
            share_verdict: attributes.contains(&"share-verdict"),
            analytics_verdict: attributes.contains(&"analytics-verdict"),
            ..ClinicConfig::default()
        }
    }

    #[test]
    fn by_default_the_line_promises_neither_answers_nor_result_leave() {
        let config = configured(&[]);
        assert_eq!(
            EN.privacy_line(&config),
            "Your answers stay in this browser. The clinic's site may count that this check was \
             opened, started and finished, but never your answers or your result."
        );
        assert_eq!(
            ES.privacy_line(&config),
            "Sus respuestas se quedan en este navegador. El sitio de la clínica puede contar \
             cuándo se abre, se empieza y se termina esta evaluación, pero nunca sus respuestas \
             ni su resultado."
        );
    }

    #[test]
    fn each_opt_in_is_told_and_seek_care_is_excluded_from_analytics() {
        let counted = configured(&["analytics-verdict"]);
        let en = EN.privacy_line(&counted);
        assert!(
            en.ends_with(
                "and the kind of result you got (never one that says to get medical help now), \
                 but never your answers."
            ),
            "{en}"
        );
        let es = ES.privacy_line(&counted);
        assert!(
            es.ends_with(
                "y el tipo de resultado que obtuvo (nunca uno que le indique buscar atención \
                 médica ahora), pero nunca sus respuestas."
            ),
            "{es}"
        );

        let shared = configured(&["share-verdict"]);
        let en = EN.privacy_line(&shared);
        assert!(
            en.ends_with(
                "but never your answers or your result. Booking from your result tells the \
                 clinic the kind of result you got."
            ),
            "{en}"
        );
        let es = ES.privacy_line(&shared);
        assert!(
            es.ends_with(
                "ni su resultado. Si reserva desde su resultado, la clínica sabrá el tipo de \
                 resultado que obtuvo."
            ),
            "{es}"
        );
    }

    /// The line and the channels agree in every configuration: it speaks of counting the
    /// result exactly when analytics may get one, and of the booking link exactly when the
    /// link may carry one.
    #[test]
    fn the_line_matches_what_each_configuration_lets_out() {
        for attributes in [
            &[][..],
            &["analytics-verdict"],
            &["share-verdict"],
            &["analytics-verdict", "share-verdict"],
        ] {
            let config = configured(attributes);
            let counts = Verdict::ALL
                .iter()
                .any(|&v| config.verdict_for_analytics(v).is_some());
            let links = Verdict::ALL
                .iter()
                .any(|&v| config.verdict_for_booking(v).is_some());
            for text in [&EN, &ES] {
                let line = text.privacy_line(&config);
                assert!(line.starts_with(text.privacy_note), "{line}");
                assert_eq!(
                    line.contains(text.privacy_counted_verdict),
                    counts,
                    "{attributes:?}: {line}"
                );
                assert_eq!(
                    line.contains(text.privacy_counted),
                    !counts,
                    "{attributes:?}: {line}"
                );
                assert_eq!(
                    line.contains(text.privacy_booking_verdict),
                    links,
                    "{attributes:?}: {line}"
                );
            }
        }
    }
}
