#include "pausedrefresh.h"

#include <utility>

namespace ap {

PausedRefresh::PausedRefresh(std::function<void()> refresh, std::function<void()> drop)
    : m_refresh(std::move(refresh)), m_drop(std::move(drop))
{
}

void PausedRefresh::changed()
{
    if (m_live) {
        m_refresh();
        return;
    }
    if (!m_stale)
        m_drop();
    m_stale = true;
}

bool PausedRefresh::setLive(bool live)
{
    m_live = live;
    if (!live || !m_stale)
        return false;
    m_stale = false;
    m_refresh();
    return true;
}

} // namespace ap
