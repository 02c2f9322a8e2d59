#include "indicatorchart.h"

#include "domain/targettext.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace ap {

namespace {

double at(const QDate &d)
{
    return double(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

IndicatorChart::IndicatorChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
}

void IndicatorChart::showIndicator(const PlanDocument &doc, Id taskId, Id targetId)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const PlanData &plan = doc.plan();
    const auto task = plan.tasks.constFind(taskId);
    const Target *target = nullptr;
    if (task != plan.tasks.cend())
        for (const Target &t : task->targets)
            if (t.id == targetId)
                target = &t;
    if (!target) {
        chart->setTitle(tr("Select a task with targets to see its trend"));
        QChart *old = this->chart();
        setChart(chart);
        delete old;
        return;
    }
    chart->setTitle(tr("%1: %2").arg(task->title.left(20), target->indicator));
    auto *line = new QLineSeries;
    line->setName(target->unit.isEmpty() ? tr("Reported") : tr("Reported (%1)").arg(target->unit));
    auto *points = new QScatterSeries;
    points->setMarkerSize(8);
    double top = target->value.value_or(0);
    // A plan rolled forward carries last year's result as the baseline: the trend starts there.
    QDate from(plan.info.year, 1, 1);
    if (target->baseline && target->baselineYear && *target->baselineYear < plan.info.year) {
        const QDate lastYear(*target->baselineYear, 12, 31);
        *line << QPointF(at(lastYear), *target->baseline);
        *points << QPointF(at(lastYear), *target->baseline);
        top = std::max(top, *target->baseline);
        from = QDate(*target->baselineYear, 10, 1);
    }
    for (const ProgressReport *c : doc.reports().current(taskId)) {
        if (!c->actuals.contains(target->id))
            continue;
        QDate last;
        const QDate when = period::parse(c->period, nullptr, &last) ? last : c->reportDate;
        *line << QPointF(at(when), c->actuals.value(target->id));
        *points << QPointF(at(when), c->actuals.value(target->id));
        top = std::max(top, c->actuals.value(target->id));
    }
    chart->addSeries(line);
    chart->addSeries(points);
    // The dots are the same reports as the line: one entry in the legend.
    for (QLegendMarker *m : chart->legend()->markers(points))
        m->setVisible(false);
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("yyyy-MM"));
    axisX->setTickCount(5);
    axisX->setTruncateLabels(false);
    axisX->setRange(QDateTime(from, QTime()), QDateTime(QDate(plan.info.year, 12, 31), QTime()));
    auto *axisY = new QValueAxis;
    QList<QAbstractSeries *> series = {line, points};
    // What was due: each step from its date on, the year's value last.
    const QList<TargetStep> steps = target->steps();
    if (std::any_of(steps.cbegin(), steps.cend(), [](const TargetStep &s) { return s.value.has_value(); })) {
        auto *due = new QLineSeries;
        due->setName(tr("Target %1").arg(targetSummary(*target)));
        due->setColor(QColor(0x9e, 0x9e, 0x9e));
        QDate start(plan.info.year, 1, 1);
        for (const TargetStep &step : steps) {
            if (!step.value)
                continue;
            const QDate end = step.due.isValid() ? step.due : QDate(plan.info.year, 12, 31);
            *due << QPointF(at(start), *step.value) << QPointF(at(end), *step.value);
            top = std::max(top, *step.value);
            start = end.addDays(1);
        }
        chart->addSeries(due);
        series.append(due);
    }
    axisY->setRange(0, top > 0 ? top * 1.15 : 1);
    // Round steps (0, 20, 40 … not 48.9, 73.3) and the unit on the axis.
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(top >= 10 || top == 0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axisY->setTitleText(target->unit);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : std::as_const(series)) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace ap
