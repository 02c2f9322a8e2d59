#include "visiblerowfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace ap {

VisibleRowFitter *VisibleRowFitter::attach(QTableView *view)
{
    return new VisibleRowFitter(view);
}

VisibleRowFitter::VisibleRowFitter(QTableView *view)
    : QObject(view), m_view(view)
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->viewport()->installEventFilter(this);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &VisibleRowFitter::later);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, &VisibleRowFitter::later);
    watchModel();
    later();
}

void VisibleRowFitter::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &VisibleRowFitter::later);
    connect(model, &QAbstractItemModel::layoutChanged, this, &VisibleRowFitter::later);
    connect(model, &QAbstractItemModel::dataChanged, this, &VisibleRowFitter::later);
    connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleRowFitter::later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &VisibleRowFitter::later);
}

bool VisibleRowFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        later();
    return QObject::eventFilter(watched, event);
}

void VisibleRowFitter::later()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &VisibleRowFitter::fit);
}

void VisibleRowFitter::fit()
{
    m_pending = false;
    watchModel();   // a view given another model since
    if (!m_view->model() || !m_view->isVisible())
        return;
    // Fitting rows may push others out of view or bring them in: again until those in view are
    // the ones fitted (a few rounds at most: each fits at least one more row).
    const int height = m_view->viewport()->height();
    int first = -1, last = -2;
    for (int round = 0; round < 8; ++round) {
        const int top = m_view->rowAt(0);
        int bottom = m_view->rowAt(height - 1);
        if (bottom < 0)
            bottom = m_view->model()->rowCount() - 1;
        if (top < 0 || (top == first && bottom == last))
            break;
        for (int r = top; r <= bottom; ++r)
            if (!m_view->isRowHidden(r))
                m_view->resizeRowToContents(r);
        first = top;
        last = bottom;
    }
}

} // namespace ap
