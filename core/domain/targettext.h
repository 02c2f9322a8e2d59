#pragma once

#include "plan.h"

// Short, unambiguous text forms of targets for tables and the command line. The full running
// prose of the printed plan ("提升至85%(2025年为80%)") belongs to the print engine.
namespace ap {

// 85 → "85", 99.5 → "99.5", 1.50 → "1.5"; never scientific notation.
QString formatNumber(double value);

// "家庭医生签约率 ≥ 85%" plus "（2025年：80%）" when a baseline is set and "，2026-06-30" when due.
QString targetSummary(const Target &target);

// The target as the printed plan words it, always in Chinese because the document is:
// "家庭医生签约率提升至85%（2025年为80%）", "投诉率控制在0.5%以内", "到2026年6月底培训人数达到500人次以上".
QString targetProse(const Target &target);

// Several targets of one task joined with "，".
QString targetsProse(const QList<Target> &targets);

} // namespace ap
