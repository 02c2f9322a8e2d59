#include "timelineview.h"

#include "document/plandocument.h"
#include "models/statustablemodel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

namespace ap {

TimelineView::TimelineView(PlanDocument *doc, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_doc(doc)
{
    setObjectName(QStringLiteral("TimelineView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    connect(doc, &PlanDocument::taskChanged, this, &TimelineView::rebuild);
    connect(doc, &PlanDocument::taskInserted, this, &TimelineView::rebuild);
    connect(doc, &PlanDocument::taskRemoved, this, &TimelineView::rebuild);
    connect(doc, &PlanDocument::reportsChanged, this, &TimelineView::rebuild);
    rebuild();
}

void TimelineView::setGrouping(MonthlySchedule::Grouping grouping)
{
    const Id task = currentTask();
    m_grouping = grouping;
    rebuild();
    setCurrentTask(task);
}

void TimelineView::setZoom(Zoom zoom)
{
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged();
}

void TimelineView::setToday(const QDate &day)
{
    m_today = day;
    rebuild();
}

void TimelineView::rebuild()
{
    const Id task = currentTask();
    const PlanData &plan = m_doc->plan();
    m_rows = MonthlySchedule::rows(plan, m_grouping);
    m_warnings.clear();
    for (const TaskResult &r : StatusEngine::evaluateAll(*m_doc->planInForce(m_today), m_doc->reports(), m_today))
        m_warnings.insert(r.taskId, r.warning);
    m_lines.clear();
    Id group = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ScheduleRow &r = m_rows.at(i);
        if (r.group != group) {
            group = r.group;
            QString heading;
            if (m_grouping == MonthlySchedule::Grouping::BySection)
                heading = m_doc->sectionLabel(group) + plan.sections.value(group).title;
            else if (const Department *d = plan.department(group))
                heading = d->name;
            else
                heading = tr("No lead unit");
            m_lines.append({group, -1, heading});
        }
        m_lines.append({group, i, m_doc->taskPlace(r.taskId) + plan.tasks.value(r.taskId).title});
    }
    m_current = -1;
    setCurrentTask(task);
    if (m_current < 0)
        for (int i = 0; i < m_lines.size() && m_current < 0; ++i)
            if (m_lines.at(i).row >= 0)
                m_current = i;
    updateScrollBars();
    viewport()->update();
}

int TimelineView::lineHeight() const
{
    return fontMetrics().height() + 8;
}

int TimelineView::labelWidth() const
{
    return qMin(viewport()->width() / 3, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
}

double TimelineView::dayWidth() const
{
    // By quarter the year fits what the labels leave; by month a month is some eight characters wide.
    const int year = QDate(m_doc->plan().info.year, 1, 1).daysInYear();
    const double fit = double(qMax(viewport()->width() - labelWidth() - 8, 120)) / year;
    if (m_zoom == Zoom::Quarter)
        return fit;
    return qMax(fit, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8.0 / 30.0);
}

double TimelineView::xOf(const QDate &day) const
{
    const QDate first(m_doc->plan().info.year, 1, 1);
    return labelWidth() + first.daysTo(day) * dayWidth() - horizontalScrollBar()->value();
}

void TimelineView::updateScrollBars()
{
    const int header = lineHeight() + 4;
    const int total = int(m_lines.size()) * lineHeight() + header;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(lineHeight());
    verticalScrollBar()->setRange(0, qMax(0, total - viewport()->height()));
    const int width = int(QDate(m_doc->plan().info.year, 1, 1).daysInYear() * dayWidth()) + labelWidth() + 8;
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

int TimelineView::lineAt(const QPoint &pos) const
{
    const int header = lineHeight() + 4;
    if (pos.y() < header)
        return -1;
    const int line = (pos.y() - header + verticalScrollBar()->value()) / lineHeight();
    return line < m_lines.size() ? line : -1;
}

Id TimelineView::currentTask() const
{
    return m_current >= 0 && m_current < m_lines.size() && m_lines.at(m_current).row >= 0
        ? m_rows.at(m_lines.at(m_current).row).taskId
        : 0;
}

void TimelineView::setCurrentTask(Id task)
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).row >= 0 && m_rows.at(m_lines.at(i).row).taskId == task) {
            m_current = i;
            ensureVisible(i);
            viewport()->update();
            return;
        }
}

void TimelineView::ensureVisible(int line)
{
    const int header = lineHeight() + 4;
    const int top = line * lineHeight();
    QScrollBar *v = verticalScrollBar();
    if (top < v->value())
        v->setValue(top);
    else if (top + lineHeight() > v->value() + viewport()->height() - header)
        v->setValue(top + lineHeight() - viewport()->height() + header);
}

QRect TimelineView::barRect(Id task) const
{
    const int header = lineHeight() + 4;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (l.row < 0 || m_rows.at(l.row).taskId != task)
            continue;
        const ScheduleRow &r = m_rows.at(l.row);
        const int y = header + i * lineHeight() - verticalScrollBar()->value();
        const QRect bar(QPoint(int(xOf(r.start)), y + lineHeight() / 4), QPoint(int(xOf(r.end.addDays(1))), y + lineHeight() * 3 / 4));
        return bar.intersected(viewport()->rect());
    }
    return {};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QRect area = viewport()->rect();
    p.fillRect(area, palette().base());
    const int h = lineHeight(), header = h + 4, label = labelWidth();
    const int year = m_doc->plan().info.year;
    // Month columns and their names across the top.
    p.setClipRect(QRect(label, 0, area.width() - label, area.height()));
    for (int m = 1; m <= 12; ++m) {
        const double x0 = xOf(QDate(year, m, 1)), x1 = xOf(QDate(year, m, 1).addMonths(1));
        if (m % 2 == 0)
            p.fillRect(QRectF(x0, header, x1 - x0, area.height()), palette().alternateBase());
        p.setPen(palette().mid().color());
        p.drawLine(QPointF(x0, 0), QPointF(x0, area.height()));
        p.setPen(palette().text().color());
        const QString name = m_zoom == Zoom::Quarter && (x1 - x0) < fontMetrics().horizontalAdvance(QStringLiteral("12月"))
                                 ? QString::number(m)
                                 : QLocale().standaloneMonthName(m, QLocale::ShortFormat);
        p.drawText(QRectF(x0, 0, x1 - x0, header), Qt::AlignCenter, name);
    }
    p.setClipping(false);
    p.setPen(palette().mid().color());
    p.drawLine(0, header - 1, area.width(), header - 1);
    // Only the rows in view.
    const int first = qMax(0, verticalScrollBar()->value() / h);
    const int last = qMin(int(m_lines.size()) - 1, (verticalScrollBar()->value() + area.height()) / h);
    for (int i = first; i <= last; ++i) {
        const Line &line = m_lines.at(i);
        const int y = header + i * h - verticalScrollBar()->value();
        if (y + h < header)
            continue;
        const QRect labelRect(4, y, label - 8, h);
        if (i == m_current) {
            p.fillRect(QRect(0, y, area.width(), h), palette().highlight().color().lighter(hasFocus() ? 160 : 185));
        }
        QFont f = font();
        f.setBold(line.row < 0);
        p.setFont(f);
        p.setPen(palette().text().color());
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(line.text, Qt::ElideRight, labelRect.width()));
        if (line.row < 0)
            continue;
        const ScheduleRow &r = m_rows.at(line.row);
        p.setClipRect(QRect(label, header, area.width() - label, area.height() - header));
        const QColor colour = StatusTableModel::warningColour(m_warnings.value(r.taskId, Warning::None));
        const QRectF bar(QPointF(xOf(r.start), y + h / 4.0), QPointF(xOf(r.end.addDays(1)), y + h * 3 / 4.0));
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour.lighter(150));
        p.drawRoundedRect(bar, 3, 3);
        // Each step a diamond, the deadline a square, where they fall due.
        for (const ScheduleItem &item : r.items) {
            const double x = xOf(item.due) + dayWidth() / 2;
            const double cy = y + h / 2.0, s = h / 4.0;
            p.setBrush(colour.darker(130));
            if (item.kind == ScheduleItem::Kind::Deadline) {
                p.drawRect(QRectF(x - s, cy - s, 2 * s, 2 * s));
            } else {
                QPainterPath diamond;
                diamond.moveTo(x, cy - s);
                diamond.lineTo(x + s, cy);
                diamond.lineTo(x, cy + s);
                diamond.lineTo(x - s, cy);
                diamond.closeSubpath();
                p.drawPath(diamond);
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setClipping(false);
    }
    // Today's line.
    if (m_today.year() == year) {
        const double x = xOf(m_today) + dayWidth() / 2;
        if (x > label) {
            p.setPen(QPen(QColor(0xe5, 0x39, 0x35), 2));
            p.drawLine(QPointF(x, 0), QPointF(x, area.height()));
        }
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    auto move = [&](int step) {
        for (int i = m_current + step; i >= 0 && i < m_lines.size(); i += step)
            if (m_lines.at(i).row >= 0) {
                m_current = i;
                ensureVisible(i);
                viewport()->update();
                return;
            }
    };
    switch (event->key()) {
    case Qt::Key_Down:
        move(1);
        return;
    case Qt::Key_Up:
        move(-1);
        return;
    case Qt::Key_PageDown:
        for (int n = viewport()->height() / lineHeight(); n > 0; --n)
            move(1);
        return;
    case Qt::Key_PageUp:
        for (int n = viewport()->height() / lineHeight(); n > 0; --n)
            move(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentTask())
            Q_EMIT taskActivated(currentTask());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(Zoom::Month);
        return;
    case Qt::Key_Minus:
        setZoom(Zoom::Quarter);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    // A click on a task's row opens it.
    const int line = lineAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && line >= 0 && m_lines.at(line).row >= 0) {
        m_current = line;
        viewport()->update();
        Q_EMIT taskActivated(m_rows.at(m_lines.at(line).row).taskId);
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    // A row's tooltip: the task, its span and what falls due when.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = lineAt(help->pos());
        if (line >= 0 && m_lines.at(line).row >= 0) {
            const ScheduleRow &r = m_rows.at(m_lines.at(line).row);
            QStringList lines{m_lines.at(line).text,
                              tr("%1 to %2").arg(r.start.toString(Qt::ISODate), r.end.toString(Qt::ISODate))};
            for (const ScheduleItem &i : r.items)
                lines << (i.kind == ScheduleItem::Kind::Deadline ? tr("%1: deadline").arg(i.due.toString(Qt::ISODate))
                                                                 : QStringLiteral("%1: %2").arg(i.due.toString(Qt::ISODate), i.text));
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace ap
