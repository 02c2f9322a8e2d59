#pragma once

#include "document/rollforward.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTreeWidget;

namespace ap {

// Starting next year's plan from last year's: the new year, whether target values stay, what
// each target reported in periods only (no year-end value) gets as its baseline, and every
// mention of the old year in titles and text with a check box to decline it. The caller chooses
// the file names and writes the plan; last year's plan is only read.
class RollForwardDialog : public QDialog
{
    Q_OBJECT
public:
    RollForwardDialog(const PlanData &last, const ReportLog &log, QWidget *parent = nullptr);

    RollForwardOptions options() const;
    // The new plan with the accepted replacements applied; with summary, what the roll forward does,
    // in words, for the end of it (from the same build: a large plan is built once).
    PlanData result(QString *summary = nullptr) const;

private:
    void rebuild();
    void fillBaselines();

    PlanData m_last;
    ReportLog m_log;
    QSpinBox *m_year;
    QCheckBox *m_keepValues;
    QCheckBox *m_markUnfinished;
    QCheckBox *m_dropCompleted;
    QTreeWidget *m_baselines;
    QList<BaselineReview> m_reviews;
    QTreeWidget *m_replacements;
    QLabel *m_summary;
    QList<YearReplacement> m_proposals;
};

} // namespace ap
