//! What may leave the widget about a result, by the clinic's opt-ins. A verdict is health
//! information about the visitor: it goes to analytics or the booking link only where the
//! clinic asked for it, and "get medical help now" (seek_care) goes nowhere, ever.

use super::ClinicConfig;
use crate::engine::model::Verdict;

impl ClinicConfig {
    /// The verdict id for the dataLayer's result push: only with `analytics-verdict`, and
    /// never seek_care. `None`: the push says only that a check was finished.
    pub fn verdict_for_analytics(&self, verdict: Verdict) -> Option<&'static str> {
        passable(verdict).filter(|_| self.analytics_verdict)
    }

    /// The verdict id for the booking link's `rc_verdict`: only with `share-verdict`, and
    /// never seek_care (whose screen has no booking pitch anyway).
    pub fn verdict_for_booking(&self, verdict: Verdict) -> Option<&'static str> {
        passable(verdict).filter(|_| self.share_verdict)
    }
}

/// A verdict's id, unless it tells that the visitor may need urgent care.
fn passable(verdict: Verdict) -> Option<&'static str> {
    (verdict != Verdict::SeekCare).then(|| verdict.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(analytics_verdict: bool, share_verdict: bool) -> ClinicConfig {
        ClinicConfig {
            analytics_verdict,
            share_verdict,
            ..ClinicConfig::default()
        }
    }

    #[test]
    fn nothing_leaves_by_default() {
        let plain = config(false, false);
        for &verdict in Verdict::ALL {
            assert_eq!(plain.verdict_for_analytics(verdict), None, "{verdict:?}");
            assert_eq!(plain.verdict_for_booking(verdict), None, "{verdict:?}");
        }
    }

    #[test]
    fn each_opt_in_opens_its_own_channel_and_never_for_seek_care() {
        let analytics = config(true, false);
        let booking = config(false, true);
        for &verdict in Verdict::ALL {
            let expected = (verdict != Verdict::SeekCare).then(|| verdict.id());
            assert_eq!(analytics.verdict_for_analytics(verdict), expected);
            assert_eq!(analytics.verdict_for_booking(verdict), None);
            assert_eq!(booking.verdict_for_booking(verdict), expected);
            assert_eq!(booking.verdict_for_analytics(verdict), None);
        }
        let both = config(true, true);
        assert_eq!(both.verdict_for_analytics(Verdict::SeekCare), None);
        assert_eq!(both.verdict_for_booking(Verdict::SeekCare), None);
        assert_eq!(
            both.verdict_for_analytics(Verdict::PossibleResistance),
            Some("possible_resistance")
        );
    }
}
