#pragma once

#include <QList>

#include <algorithm>

// Figures the benchmarks report from their timings.
namespace ap::bench {

// The p-th percentile (0 … 1) of v by nearest rank; 0 for no values.
inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(p * (v.size() - 1) + 0.5), 0, int(v.size()) - 1);
    return v.at(i);
}

} // namespace ap::bench
