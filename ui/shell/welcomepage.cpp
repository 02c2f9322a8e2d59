#include "welcomepage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ap {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<h2>AnnualPlan</h2><p>Draft, print and monitor the annual work plan.</p>"), this);
    auto *newButton = new QPushButton(tr("New Plan…"), this);
    auto *openButton = new QPushButton(tr("Open Plan…"), this);
    auto *rollButton = new QPushButton(tr("Roll Forward from Last Year's Plan…"), this);
    auto *importButton = new QPushButton(tr("Import a Plan Document…"), this);
    importButton->setToolTip(tr("Start a plan from a Word (.docx), PDF or text file: headings, tasks, targets and responsible units are recognised for you to review"));
    // A clerk who starts for the first time tries things on the sample plan, with the manual.
    auto *sampleButton = new QPushButton(tr("Try the Sample Plan"), this);
    sampleButton->setObjectName(QStringLiteral("SampleButton"));
    sampleButton->setToolTip(tr("Opens a copy of a county health bureau's plan in your documents folder, to try "
                                "drafting, printing and reporting on"));
    auto *manualButton = new QPushButton(tr("User's Manual (F1)"), this);
    manualButton->setObjectName(QStringLiteral("ManualButton"));
    m_recent = new QListWidget(this);
    m_continueButton = new QPushButton(this);
    m_continueButton->setObjectName(QStringLiteral("ContinueButton"));
    m_recent->setObjectName(QStringLiteral("RecentList"));
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(m_continueButton, 0, Qt::AlignHCenter);
    layout->addWidget(newButton, 0, Qt::AlignHCenter);
    layout->addWidget(openButton, 0, Qt::AlignHCenter);
    layout->addWidget(rollButton, 0, Qt::AlignHCenter);
    layout->addWidget(importButton, 0, Qt::AlignHCenter);
    auto *firstSteps = new QHBoxLayout;
    firstSteps->addStretch(1);
    firstSteps->addWidget(sampleButton);
    firstSteps->addWidget(manualButton);
    firstSteps->addStretch(1);
    layout->addLayout(firstSteps);
    layout->addWidget(new QLabel(tr("Recent plans:"), this), 0, Qt::AlignHCenter);
    layout->addWidget(m_recent, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_recent->setMinimumWidth(480);
    m_recent->setMaximumHeight(200);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(rollButton, &QPushButton::clicked, this, &WelcomePage::rollForwardRequested);
    connect(importButton, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(manualButton, &QPushButton::clicked, this, &WelcomePage::manualRequested);
    connect(m_continueButton, &QPushButton::clicked, this, [this]() {
        if (!m_plans.isEmpty())
            emit planRequested(m_plans.first());
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_recent->row(item);
        if (row >= 0 && row < m_plans.size())
            emit planRequested(m_plans.at(row));
    });
}

void WelcomePage::setRecent(const QList<PlanLocation> &plans, const QStringList &labels)
{
    m_plans = plans;
    m_recent->clear();
    for (int i = 0; i < plans.size(); ++i) {
        const PlanLocation &where = plans.at(i);
        // A server plan's label names its server already; a file's is followed by its folder.
        const QString text = where.toString();
        auto *item = new QListWidgetItem(where.isServer() ? labels.value(i)
                                                          : labels.value(i) + QStringLiteral("  —  ")
                                                                + QDir::toNativeSeparators(where.folder()));
        item->setToolTip(where.isServer() ? text : QDir::toNativeSeparators(text));
        m_recent->addItem(item);
    }
    // The plan worked on last is one Enter away.
    m_continueButton->setVisible(!plans.isEmpty());
    if (!plans.isEmpty()) {
        m_continueButton->setText(tr("Continue with %1").arg(labels.value(0)));
        m_continueButton->setDefault(true);
        m_continueButton->setFocus();
        m_recent->setCurrentRow(0);
    }
}

} // namespace ap
