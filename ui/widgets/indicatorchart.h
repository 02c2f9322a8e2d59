#pragma once

#include "document/plandocument.h"

#include <QChartView>

namespace ap {

// One indicator of a task over its year: each period's reported figure, last year's result where
// the plan was rolled forward from it, and what was due — its steps as a stepped line, the year's
// value last — so a missed step shows as a dot under the line. The dashboard's trend and the task
// editor's history draw it.
class IndicatorChart : public QChartView
{
    Q_OBJECT
public:
    explicit IndicatorChart(QWidget *parent = nullptr);

    // Draws the target targetId of taskId (nothing chosen: a hint to choose one).
    void showIndicator(const PlanDocument &doc, Id taskId, Id targetId);
};

} // namespace ap
