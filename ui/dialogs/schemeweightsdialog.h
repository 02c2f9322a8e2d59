#pragma once

#include "domain/plan.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QDoubleSpinBox;
class QLabel;

namespace ap {

// The points of each part of the plan (its top-level sections) before the scheme is made from it:
// the clerk's weights, equal at first (or as the scheme has them now), their total shown; the
// scheme brings them to 100 and spreads each part's points over its tasks.
class SchemeWeightsDialog : public QDialog
{
    Q_OBJECT
public:
    SchemeWeightsDialog(const PlanData &plan, const QStringList &labels, QWidget *parent = nullptr);

    // Each top-level section's weight, by id.
    QHash<Id, double> weights() const;

private:
    void showTotal();

    QList<QPair<Id, QDoubleSpinBox *>> m_parts;
    QLabel *m_total;
};

} // namespace ap
