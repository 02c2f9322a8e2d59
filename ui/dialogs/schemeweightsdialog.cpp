#include "schemeweightsdialog.h"

#include "domain/targettext.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ap {

SchemeWeightsDialog::SchemeWeightsDialog(const PlanData &plan, const QStringList &labels, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Points of Each Part"));
    setObjectName(QStringLiteral("SchemeWeightsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("How many of the 100 points each part of the plan carries; each part's points are shared "
                               "among its tasks. A part with 0 is not assessed."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *form = new QFormLayout;
    const QList<Id> tops = plan.childSections.value(0);
    // As the scheme has them now, else equal.
    QHash<Id, double> now;
    double assessed = 0;
    for (Id top : tops)
        for (Id sid : plan.sectionSubtree(top))
            for (Id tid : plan.sectionTasks.value(sid))
                if (const auto &item = plan.tasks.value(tid).assessment) {
                    now[top] += item->points;
                    assessed += item->points;
                }
    for (int i = 0; i < tops.size(); ++i) {
        auto *points = new QDoubleSpinBox(this);
        points->setObjectName(QStringLiteral("PartPoints%1").arg(i + 1));
        points->setRange(0, 100);
        points->setDecimals(1);
        points->setValue(assessed > 0 ? std::round(now.value(tops.at(i)) * 10) / 10 : std::round(1000.0 / tops.size()) / 10);
        connect(points, &QDoubleSpinBox::valueChanged, this, &SchemeWeightsDialog::showTotal);
        auto *label = new QLabel(labels.value(i), this);
        label->setBuddy(points);
        label->setWordWrap(true);
        form->addRow(label, points);
        m_parts.append({tops.at(i), points});
    }
    layout->addLayout(form);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("PartPointsTotal"));
    layout->addWidget(m_total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    showTotal();
}

QHash<Id, double> SchemeWeightsDialog::weights() const
{
    QHash<Id, double> out;
    for (const auto &[id, box] : m_parts)
        out.insert(id, box->value());
    return out;
}

void SchemeWeightsDialog::showTotal()
{
    double total = 0;
    for (const auto &part : std::as_const(m_parts))
        total += part.second->value();
    m_total->setText(std::abs(total - 100) < 0.05 ? tr("In all: 100 points.")
                                                  : tr("In all: %1 points; the scheme brings them to 100.").arg(formatNumber(total)));
}

} // namespace ap
