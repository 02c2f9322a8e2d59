#include "rollforwarddialog.h"

#include "domain/targettext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ap {

RollForwardDialog::RollForwardDialog(const PlanData &last, const ReportLog &log, QWidget *parent)
    : QDialog(parent), m_last(last), m_log(log)
{
    setWindowTitle(tr("Roll Forward from Last Year's Plan"));
    m_year = new QSpinBox(this);
    m_year->setRange(1990, 2200);
    m_year->setValue(last.info.year + 1);
    m_keepValues = new QCheckBox(tr("Keep last year's target values as this year's targets"), this);
    m_keepValues->setToolTip(tr("Unticked, each target keeps its indicator and unit, and its value is left for you to "
                                "set. Baselines come from last year either way, as chosen below."));
    m_keepValues->setChecked(true);
    m_markUnfinished = new QCheckBox(tr("Mark tasks last year's reports leave unfinished as 延续 (carried over)"), this);
    m_markUnfinished->setChecked(true);
    m_dropCompleted = new QCheckBox(tr("Leave out one-off tasks (with a deadline) that were reported done"), this);
    m_dropCompleted->setChecked(false);
    const bool reported = !log.entries.isEmpty();
    m_markUnfinished->setEnabled(reported);
    m_dropCompleted->setEnabled(reported);
    if (!reported) {
        m_markUnfinished->setToolTip(tr("Last year's plan has no progress reports"));
        m_dropCompleted->setToolTip(tr("Last year's plan has no progress reports"));
    }
    m_baselines = new QTreeWidget(this);
    m_baselines->setObjectName(QStringLiteral("BaselineReview"));
    m_baselines->setColumnCount(3);
    m_baselines->setHeaderLabels({tr("Task and indicator"), tr("Last year's figure"), tr("The new plan prints")});
    m_baselines->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_baselines->setRootIsDecorated(false);
    m_reviews = RollForward::review(last, log);
    fillBaselines();
    m_replacements = new QTreeWidget(this);
    m_replacements->setObjectName(QStringLiteral("YearReplacements"));
    m_replacements->setColumnCount(2);
    m_replacements->setHeaderLabels({tr("Replace"), tr("Where")});
    m_replacements->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_replacements->setRootIsDecorated(false);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("New plan &year:"), m_year);
    form->addRow(m_keepValues);
    form->addRow(m_markUnfinished);
    form->addRow(m_dropCompleted);
    connect(m_dropCompleted, &QCheckBox::toggled, this, &RollForwardDialog::rebuild);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the New Plan…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Last year's plan: %1 (%2)").arg(last.info.title).arg(last.info.year), this));
    layout->addLayout(form);
    if (!m_reviews.isEmpty()) {
        auto *why = new QLabel(tr("These targets were reported in periods but have no year-end value (年终实绩). A period's "
                                  "figure is never printed as the year's: choose what each baseline says."),
                               this);
        why->setWordWrap(true);
        layout->addWidget(why);
        layout->addWidget(m_baselines, 1);
    } else {
        m_baselines->hide();
    }
    layout->addWidget(new QLabel(tr("Mentions of the old year (untick the ones that must stay):"), this));
    layout->addWidget(m_replacements, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &RollForwardDialog::rebuild);
    connect(m_replacements, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < m_proposals.size())
            m_proposals[i].accepted = item->checkState(0) == Qt::Checked;
    });
    resize(760, 520);
    rebuild();
}

RollForwardOptions RollForwardDialog::options() const
{
    RollForwardOptions o;
    o.year = m_year->value();
    o.keepTargetValues = m_keepValues->isChecked();
    o.markUnfinished = m_markUnfinished->isChecked();
    o.dropCompletedOneOff = m_dropCompleted->isChecked();
    for (int i = 0; i < m_reviews.size(); ++i)
        if (const auto *choice = qobject_cast<QComboBox *>(m_baselines->itemWidget(m_baselines->topLevelItem(i), 2)))
            o.baselineChoices.insert(m_reviews.at(i).targetId, BaselineChoice(choice->currentData().toInt()));
    return o;
}

void RollForwardDialog::fillBaselines()
{
    for (const BaselineReview &r : std::as_const(m_reviews)) {
        auto *item = new QTreeWidgetItem(m_baselines);
        item->setText(0, QStringLiteral("%1 — %2").arg(r.task, r.indicator));
        item->setText(1, QStringLiteral("%1%2（%3）")
                             .arg(formatNumber(r.figure), r.unit,
                                  period::parse(r.period, nullptr, nullptr) ? period::display(r.period) : r.period));
        auto *choice = new QComboBox(m_baselines);
        for (BaselineChoice c : {BaselineChoice::PeriodFigure, BaselineChoice::LastYearTarget, BaselineChoice::NoBaseline}) {
            const QString words = RollForward::choiceWords(r, c, m_last.info.year);
            if (c == BaselineChoice::LastYearTarget && words.isEmpty())
                continue;   // last year had no value to name
            choice->addItem(words.isEmpty() ? tr("no baseline") : words, int(c));
        }
        choice->setCurrentIndex(choice->findData(int(r.choice)));
        m_baselines->setItemWidget(item, 2, choice);
    }
    m_baselines->resizeColumnToContents(1);
}

void RollForwardDialog::rebuild()
{
    RollForwardStats stats;
    const PlanData next = RollForward::build(m_last, m_log, options(), &m_proposals, &stats);
    const QSignalBlocker block(m_replacements);
    m_replacements->clear();
    const QString oldYear = QString::number(m_last.info.year), newYear = QString::number(m_year->value());
    static const QStringList fields = {tr("plan title"), tr("section title"), tr("task title"), tr("task description"),
                                       tr("task notes")};
    for (int i = 0; i < m_proposals.size(); ++i) {
        const YearReplacement &r = m_proposals.at(i);
        auto *item = new QTreeWidgetItem(m_replacements);
        item->setText(0, QStringLiteral("…%1…  →  %2").arg(r.context, newYear));
        item->setText(1, fields.value(int(r.field)));
        item->setCheckState(0, Qt::Checked);
        item->setData(0, Qt::UserRole, i);
    }
    m_summary->setText(tr("%1 tasks and %2 sections are copied; dates move on one year; %3 mentions of %4 are proposed "
                          "for replacement.")
                           .arg(next.tasks.size())
                           .arg(next.sections.size())
                           .arg(m_proposals.size())
                           .arg(oldYear));
}

PlanData RollForwardDialog::result(QString *summary) const
{
    RollForwardStats stats;
    QList<YearReplacement> proposals;
    PlanData next = RollForward::build(m_last, m_log, options(), &proposals, &stats);
    // The summary counts what the build did, before the accepted replacements change words.
    if (summary)
        *summary = RollForward::summary(next, m_last.info.year, stats, m_proposals);
    RollForward::applyReplacements(&next, m_last.info.year, m_proposals);
    return next;
}

} // namespace ap
