#include "visiblerowfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace ap {

VisibleRowFitter *VisibleRowFitter::attach(QTableView *view)
{
    return new VisibleRowFitter(view);
}

VisibleRowFitter::VisibleRowFitter(QTableView *view)
    : QObject(view), m_view(view)
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
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
    // The viewport's own pointer, never the view's: the viewport is heard while the view is being
    // destroyed too, when the view may no longer be asked anything (UBSan found it).
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
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
    const int height = m_view->viewport()->height();
    if (height <= 0)
        return;   // squeezed to nothing: no row is in view
    // The current cell, when in view, stays in view once its neighbours have grown (the keys
    // scrolled to it by the heights before).
    const QModelIndex current = m_view->currentIndex();
    const bool currentInView = current.isValid() && m_view->viewport()->rect().intersects(m_view->visualRect(current));
    // Fitting rows may push others out of view or bring them in: again until those in view are
    // the ones fitted (a few rounds at most), each row measured once. A row is at least the
    // header's least height, so no more rows than that fits can be in view.
    const int most = height / std::max(1, m_view->verticalHeader()->minimumSectionSize()) + 1;
    QSet<int> fitted;
    for (int round = 0; round < 8; ++round) {
        const int top = m_view->rowAt(0);
        if (top < 0)
            break;
        int bottom = m_view->rowAt(height - 1);
        if (bottom < 0)
            bottom = m_view->model()->rowCount() - 1;   // the rows end inside the view
        bottom = std::min(bottom, top + most);
        bool grew = false;
        for (int r = top; r <= bottom; ++r)
            if (!m_view->isRowHidden(r) && !fitted.contains(r)) {
                fitted.insert(r);
                m_view->resizeRowToContents(r);
                grew = true;
            }
        if (!grew)
            break;
    }
    if (currentInView)
        m_view->scrollTo(current);
}

} // namespace ap
