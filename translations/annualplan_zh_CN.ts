<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OutputPrompt</name>
    <message>
        <source>Replace the File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。是否替换？</translation>
    </message>
    <message>
        <source>Cannot Write There</source>
        <translation>无法写入该位置</translation>
    </message>
    <message>
        <source>Choose Another Name</source>
        <translation>请换一个名称</translation>
    </message>
    <message>
        <source>“%1” is not a %2 file, and an export never writes over it. Choose another name.</source>
        <translation>“%1”不是 %2 文件，导出不会覆盖它。请换一个名称。</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Del</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Tab</translation>
    </message>
</context>
<context>
    <name>ap::AdjustmentPrinter</name>
    <message>
        <source>Adjustment table of “%1”</source>
        <translation>《%1》调整对照表</translation>
    </message>
    <message>
        <source>Request for the adjustment of “%1”</source>
        <translation>关于调整《%1》的请示</translation>
    </message>
    <message>
        <source>Notice of the adjustment of “%1”</source>
        <translation>关于调整《%1》的通知</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原内容</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整后内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <source>The plan as a whole and its units</source>
        <translation>计划总体及责任单位</translation>
    </message>
    <message>
        <source>(none: added)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（删除）</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>无调整事项。</translation>
    </message>
    <message>
        <source>In the light of the work&apos;s progress in the first half of the year, we propose to adjust parts of “%1” (%2). The adjustment table is attached.
We ask for your approval.</source>
        <translation>根据上半年工作推进情况，拟对《%1》部分内容进行调整（%2）。调整对照表附后。
妥否，请批示。</translation>
    </message>
    <message>
        <source>Parts of “%1” have been adjusted after study (%2). The adjustment table is issued to you herewith; please carry out the work as adjusted.</source>
        <translation>经研究，对《%1》部分内容进行了调整（%2）。现将调整对照表印发给你们，请按调整后的内容抓好落实。</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1 adjusted</source>
        <translation>调整%1处</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增%1处</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>删除%1处</translation>
    </message>
    <message>
        <source>%1 in all, of which %2</source>
        <translation>共%1处，其中%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ap::AssessmentAwardModel</name>
    <message>
        <source>Veto: %1</source>
        <translation>一票否决：%1</translation>
    </message>
    <message>
        <source>Bonus: %1</source>
        <translation>加分项：%1</translation>
    </message>
    <message>
        <source>“%1” is not a number of times: type one such as 2, or nothing for none.</source>
        <translation>“%1”不是次数：请填写如 2 的数，没有则留空。</translation>
    </message>
    <message>
        <source>A veto is given or not: type 1, or nothing.</source>
        <translation>一票否决只有是或否：请填写 1，或留空。</translation>
    </message>
</context>
<context>
    <name>ap::AssessmentExtraModel</name>
    <message>
        <source>Veto (一票否决)</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Bonus (加分项)</source>
        <translation>加分项</translation>
    </message>
    <message>
        <source>Add a Bonus Item</source>
        <translation>添加加分项</translation>
    </message>
    <message>
        <source>Add a Veto Item</source>
        <translation>添加一票否决事项</translation>
    </message>
    <message>
        <source>Remove a Bonus or Veto Item</source>
        <translation>删除加分或否决事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Points Each Time</source>
        <translation>每次加分</translation>
    </message>
    <message>
        <source>At Most</source>
        <translation>最多加分</translation>
    </message>
    <message>
        <source>“%1” is not a number of points: type one from 0 to 1000.</source>
        <translation>“%1”不是分数：请填写 0 到 1000 之间的数。</translation>
    </message>
    <message>
        <source>Bonus or Veto Item</source>
        <translation>加分或否决事项</translation>
    </message>
</context>
<context>
    <name>ap::AssessmentPage</name>
    <message>
        <source>&amp;Make the Scheme from the Plan</source>
        <translation>按计划生成考核方案(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Rules (考核细则)…</source>
        <translation>考核细则(&amp;R)…</translation>
    </message>
    <message>
        <source>Result &amp;Notice (考核结果通报)…</source>
        <translation>考核结果通报(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Unit&apos;s Score Sheet…</source>
        <translation>单位得分表(&amp;U)…</translation>
    </message>
    <message>
        <source>Year&apos;s &amp;Summary (年度工作总结)…</source>
        <translation>年度工作总结(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Targets Table…</source>
        <translation>目标完成情况表(&amp;T)…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Self-Assessed</source>
        <translation>自评分</translation>
    </message>
    <message>
        <source>Scores by Unit</source>
        <translation>各单位得分</translation>
    </message>
    <message>
        <source>Assessment Scheme</source>
        <translation>考核方案</translation>
    </message>
    <message>
        <source>&amp;Withdraw the Publication</source>
        <translation>撤回发布(&amp;W)</translation>
    </message>
    <message>
        <source>Pu&amp;blish the Result</source>
        <translation>发布考核结果(&amp;B)</translation>
    </message>
    <message>
        <source>No task is assessed yet. Make the scheme from the plan in one click, or type a task&apos;s points in its row.</source>
        <translation>尚未设定考核任务。可一键按计划生成考核方案，或在任务所在行填写分值。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) assessed, %1 points in all; each unit&apos;s points are brought to a scale of 100.</source>
        <translation>
            <numerusform>共考核 %n 项任务，分值合计 %1 分；各单位得分折算为百分制。</numerusform>
        </translation>
    </message>
    <message>
        <source>0 (vetoed)</source>
        <translation>0（一票否决）</translation>
    </message>
    <message>
        <source>The plan has no assessment scheme yet.</source>
        <translation>计划尚无考核方案。</translation>
    </message>
    <message>
        <source>Published. </source>
        <translation>已发布。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) assessed on %1 item(s), from the figures known on %2.</source>
        <translation>
            <numerusform>考核 %n 个单位、%1 项任务，数据截至 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n item(s) still to be scored by the assessors.</source>
        <translation>
            <numerusform>尚有 %n 项待考核组评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the Scheme Again?</source>
        <translation>重新生成考核方案？</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) already have points. Make the scheme again from the plan, replacing every task&apos;s points and rule? (Edit ▸ Undo takes it back.)</source>
        <translation>
            <numerusform>已有 %n 项任务设定了分值。是否按计划重新生成考核方案，替换每项任务的分值和评分标准？（可用“编辑 ▸ 撤销”恢复。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the Assessment Scheme</source>
        <translation>生成考核方案</translation>
    </message>
    <message>
        <source>The scheme spreads 100 points over the plan&apos;s sections and tasks: change any task&apos;s points or rule in its row.</source>
        <translation>考核方案已将 100 分分配到计划的各部分和任务；可在任务所在行修改分值或评分标准。</translation>
    </message>
    <message>
        <source>Publish the Result?</source>
        <translation>发布考核结果？</translation>
    </message>
    <message>
        <source>Once published, no self-assessment, review or award changes until the publication is withdrawn. Publish the result?</source>
        <translation>发布后，在撤回发布之前，自评、复核和加分事项都不能再修改。是否发布考核结果？</translation>
    </message>
    <message>
        <source>Publish the Assessment</source>
        <translation>发布考核结果</translation>
    </message>
    <message>
        <source>Withdraw the Publication</source>
        <translation>撤回考核结果发布</translation>
    </message>
    <message>
        <source>The plan has no assessment scheme yet: make it first.</source>
        <translation>计划尚无考核方案，请先生成。</translation>
    </message>
    <message>
        <source>Bonuses and Vetoes</source>
        <translation>加分与否决</translation>
    </message>
    <message>
        <source>The scheme&apos;s bonus items (加分项: points each time given, up to a cap) and veto items (一票否决: the unit scores nothing). Below, how many times each unit was given each.</source>
        <translation>考核方案的加分项（每次加分，设有上限）和一票否决事项（单位考核得分为0）。下表填写各单位获得各项的次数。</translation>
    </message>
    <message>
        <source>&amp;Add a Bonus Item</source>
        <translation>添加加分项(&amp;A)</translation>
    </message>
    <message>
        <source>Add a Veto &amp;Item</source>
        <translation>添加否决事项(&amp;I)</translation>
    </message>
    <message>
        <source>De&amp;lete the Item</source>
        <translation>删除该项(&amp;L)</translation>
    </message>
    <message>
        <source>New bonus item</source>
        <translation>新加分项</translation>
    </message>
    <message>
        <source>New veto item</source>
        <translation>新否决事项</translation>
    </message>
    <message>
        <source>Choose the item to remove in the table first.</source>
        <translation>请先在表中选中要删除的事项。</translation>
    </message>
    <message>
        <source>Tiers by s&amp;core:</source>
        <translation>考核等次(&amp;C)：</translation>
    </message>
    <message>
        <source>Write the tiers as names with their least scores, such as 优秀 90，良好 80，合格 60，不合格 0.</source>
        <translation>请写出等次名称及其最低分，例如：优秀 90，良好 80，合格 60，不合格 0。</translation>
    </message>
    <message>
        <source>Tiers of the Assessment</source>
        <translation>考核等次</translation>
    </message>
    <message numerus="yes">
        <source>The scheme gives each of its %n task(s) at least 0.1 point, %1 points in all (each unit&apos;s points are brought to a scale of 100): change any task&apos;s points or rule in its row.</source>
        <translation>
            <numerusform>考核方案为 %n 项任务各至少分配 0.1 分，合计 %1 分（各单位得分折算为百分制）；可在任务所在行修改分值或评分标准。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ap::AssessmentPrinter</name>
    <message>
        <source>Notice of the results of the %1 annual target assessment</source>
        <translation>关于%1年度目标考核结果的通报</translation>
    </message>
    <message>
        <source>Rules of the %1 annual target assessment</source>
        <translation>%1年度目标考核细则</translation>
    </message>
    <message>
        <source>%1: scores of the %2 annual target assessment</source>
        <translation>%1%2年度目标考核得分表</translation>
    </message>
    <message>
        <source>We</source>
        <translation>我委</translation>
    </message>
    <message>
        <source>Under “%1” and its assessment scheme, %2 has assessed how %3 unit(s) carried out their %4 targets and tasks (%5 assessed item(s), on a scale of 100, from the year&apos;s figures as reported by %6). The results are announced as follows.</source>
        <translation>根据《%1》及年度目标考核方案，%2对%3个单位%4年度目标任务完成情况进行了考核（考核项目%5项，实行百分制，依据截至%6报送的全年数据）。现将考核结果通报如下。</translation>
    </message>
    <message>
        <source>Ranked: %1.</source>
        <translation>排名：%1。</translation>
    </message>
    <message>
        <source>Vetoed (no score): %1.</source>
        <translation>一票否决（不计分）：%1。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 point(s)%4</source>
        <translation>%1，得%2分（分值%3分）%4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>vetoed: %1%2</source>
        <translation>一票否决：%1%2</translation>
    </message>
    <message>
        <source>bonus: %1, %2 point(s)</source>
        <translation>加分：%1，加%2分</translation>
    </message>
    <message>
        <source>%1 scored %2: %3.</source>
        <translation>%1得分%2分：%3。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Every unit earned every point.</source>
        <translation>各单位考核项目均得满分。</translation>
    </message>
    <message>
        <source>%1 item(s) scored by the assessors have no score yet and count as none.</source>
        <translation>尚有%1项由考核组评分的项目未评分，暂按0分计。</translation>
    </message>
    <message>
        <source>Results of the %1 annual target assessment</source>
        <translation>%1年度目标考核结果汇总表</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Points assessed</source>
        <translation>项目分值</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>项目得分</translation>
    </message>
    <message>
        <source>Out of 100</source>
        <translation>百分制得分</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <source>0 (vetoed)</source>
        <translation>0（一票否决）</translation>
    </message>
    <message>
        <source>Scores of each unit, %1</source>
        <translation>%1年度各单位考核得分明细表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>考核内容</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>What was reached</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评分</translation>
    </message>
    <message>
        <source>Points lost because</source>
        <translation>扣分原因</translation>
    </message>
    <message>
        <source>%1 (score %2, %3)</source>
        <translation>%1（考核得分%2分，%3）</translation>
    </message>
    <message>
        <source>to be scored</source>
        <translation>待评分</translation>
    </message>
    <message>
        <source>Veto: %1</source>
        <translation>一票否决：%1</translation>
    </message>
    <message>
        <source>Bonus: %1</source>
        <translation>加分项：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 of %2 point(s), %3 out of 100, bonus %4</source>
        <translation>项目得分%1分（分值%2分），折合百分制%3分，加分%4分</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>How assessed</source>
        <translation>考核方法</translation>
    </message>
    <message>
        <source>Bonus and veto items</source>
        <translation>加分项和一票否决事项</translation>
    </message>
    <message>
        <source>The unit scores nothing</source>
        <translation>考核得分为0</translation>
    </message>
    <message>
        <source>%1 point(s) each time, at most %2</source>
        <translation>每次加%1分，最多加%2分</translation>
    </message>
    <message>
        <source>%1 point(s) each time</source>
        <translation>每次加%1分</translation>
    </message>
    <message>
        <source>I. Results</source>
        <translation>一、考核结果</translation>
    </message>
    <message>
        <source>II. Points lost</source>
        <translation>二、扣分情况</translation>
    </message>
    <message>
        <source>Each unit is assessed on the tasks it leads. The points of its tasks make up 100; bonus items are added on top; a veto item scores the unit nothing. Figures are the year&apos;s results as reported.</source>
        <translation>各单位按其牵头的任务考核。所牵头任务的分值合计折算为100分，加分项另计，发生一票否决事项的单位考核得分为0。考核数据以各单位报送的全年实绩为准。</translation>
    </message>
    <message>
        <source>Tiers: %1.</source>
        <translation>考核等次：%1。</translation>
    </message>
    <message>
        <source>Score %1 (%2), ranked %3 of %4.</source>
        <translation>考核得分%1分（%2），在%4个单位中排名第%3。</translation>
    </message>
    <message>
        <source>Annex %1</source>
        <translation>附件%1</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1（%2分）</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1 (below %2 points)</source>
        <translation>%1（%2分以下）</translation>
    </message>
    <message>
        <source>%1 (%2 points or more)</source>
        <translation>%1（%2分及以上）</translation>
    </message>
</context>
<context>
    <name>ap::AssessmentSchemeModel</name>
    <message>
        <source>Full points when met</source>
        <translation>达标得满分</translation>
    </message>
    <message>
        <source>In proportion to what was reached</source>
        <translation>按完成比例得分</translation>
    </message>
    <message>
        <source>Points off per shortfall</source>
        <translation>按差距扣分</translation>
    </message>
    <message>
        <source>Full points when done</source>
        <translation>完成得满分</translation>
    </message>
    <message>
        <source>Scored by the assessors</source>
        <translation>考核组评分</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Scoring Rule</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Floor (%)</source>
        <translation>最低比例(%)</translation>
    </message>
    <message>
        <source>Per Shortfall of</source>
        <translation>每差</translation>
    </message>
    <message>
        <source>Points Off</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>At Most Off</source>
        <translation>最多扣分</translation>
    </message>
    <message>
        <source>How Assessed</source>
        <translation>考核方法</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>不考核</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>%1的考核分值</translation>
    </message>
    <message>
        <source>“%1” is not a scoring rule: choose one from the list.</source>
        <translation>“%1”不是评分标准，请从列表中选择。</translation>
    </message>
    <message>
        <source>“%1” is not a number this column takes: type one from 0 to 1000.</source>
        <translation>“%1”不是本列可用的数，请填写 0 到 1000 之间的数。</translation>
    </message>
    <message>
        <source>A floor is a share of the target: type a number from 0 to 100.</source>
        <translation>最低比例是目标完成的百分比，请填写 0 到 100 之间的数。</translation>
    </message>
    <message>
        <source>Type how much shortfall costs the points, a number above 0.</source>
        <translation>请填写每差多少扣分，须大于 0。</translation>
    </message>
</context>
<context>
    <name>ap::AssessmentScoreModel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Scoring Rule</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>What Was Reached</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <source>Self-Assessed</source>
        <translation>自评分</translation>
    </message>
    <message>
        <source>Unit&apos;s Note</source>
        <translation>自评说明</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>复核分</translation>
    </message>
    <message>
        <source>Review&apos;s Reason</source>
        <translation>复核理由</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Points Lost Because</source>
        <translation>扣分原因</translation>
    </message>
    <message>
        <source>by the assessors</source>
        <translation>考核组评分</translation>
    </message>
    <message>
        <source>to be scored</source>
        <translation>待评分</translation>
    </message>
    <message>
        <source>“%1” is not a number of points: type one such as 4.5, or nothing to clear it.</source>
        <translation>“%1”不是分数：请填写如 4.5 的数，清空则删除。</translation>
    </message>
    <message>
        <source>This task is worth %1 point(s): type a number from 0 to %1.</source>
        <translation>该任务分值为 %1 分，请填写 0 到 %1 之间的数。</translation>
    </message>
</context>
<context>
    <name>ap::AssessmentWords</name>
    <message>
        <source>Full points when every target is met, none otherwise</source>
        <translation>各项指标均达到目标值得满分，否则不得分</translation>
    </message>
    <message>
        <source>Full points when done, none otherwise</source>
        <translation>完成得满分，未完成不得分</translation>
    </message>
    <message>
        <source>Points in proportion to the share of the target reached; none below %1%</source>
        <translation>按目标完成比例得分，完成不足%1%不得分</translation>
    </message>
    <message>
        <source>Points in proportion to the progress reported; none below %1%</source>
        <translation>按工作进度比例得分，进度不足%1%不得分</translation>
    </message>
    <message>
        <source>percentage point(s)</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>%1 point(s) off for each %2%3 short</source>
        <translation>每差%2%3扣%1分</translation>
    </message>
    <message>
        <source>, at most %1 point(s) off</source>
        <translation>，最多扣%1分</translation>
    </message>
    <message>
        <source>, until none are left</source>
        <translation>，扣完为止</translation>
    </message>
    <message>
        <source>Scored by the assessors</source>
        <translation>由考核组评分</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>target %1%2%3</source>
        <translation>目标%1%2%3</translation>
    </message>
    <message>
        <source>%1: no figure reported</source>
        <translation>%1未报送实绩</translation>
    </message>
    <message>
        <source>%1: no figure reported (%2)</source>
        <translation>%1未报送实绩（%2）</translation>
    </message>
    <message>
        <source>year-end result</source>
        <translation>年终实绩</translation>
    </message>
    <message>
        <source>latest report</source>
        <translation>最近一次报送</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done (%1% reported)</source>
        <translation>未完成（报送进度%1%）</translation>
    </message>
    <message>
        <source>Not done (no report)</source>
        <translation>未完成（未报送进展）</translation>
    </message>
    <message>
        <source>no figure reported for %1</source>
        <translation>%1未报送实绩</translation>
    </message>
    <message>
        <source>not every target met</source>
        <translation>指标未全部达标</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>%1% reached, below the %2% floor</source>
        <translation>完成比例%1%，不足%2%</translation>
    </message>
    <message>
        <source>%1% reached</source>
        <translation>完成比例%1%</translation>
    </message>
    <message>
        <source>%1 %2%3 short, %4 point(s) off</source>
        <translation>%1差%2%3，扣%4分</translation>
    </message>
    <message>
        <source>not yet scored by the assessors</source>
        <translation>考核组尚未评分</translation>
    </message>
    <message>
        <source>reviewed: %1 point(s)</source>
        <translation>复核为%1分</translation>
    </message>
    <message>
        <source>reviewed: %1</source>
        <translation>复核：%1</translation>
    </message>
</context>
<context>
    <name>ap::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please Wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止……</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>即将完成，正在收尾……</translation>
    </message>
</context>
<context>
    <name>ap::BulletinPrinter</name>
    <message>
        <source>%1: Year-End Assessment</source>
        <translation>%1年度考核情况</translation>
    </message>
    <message>
        <source>%1: Progress Report for %2</source>
        <translation>%1%2进展通报</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际进度</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Progress of the tasks, %1</source>
        <translation>%1重点任务进展情况表</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Targets planned and achieved, %1</source>
        <translation>%1年度目标完成情况表</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>As of %1 the plan has %2 tasks: %3 done, %4 in progress, %5 not started, %6 reported behind, %7 cancelled and %12 without a report. %8 are overdue, %9 are behind the expected progress and %10 are due within %11 days.</source>
        <translation>截至%1，计划共有任务%2项，其中已完成%3项、推进中%4项、未开始%5项、填报滞后%6项、取消%7项、未填报%12项；逾期%8项，落后于序时进度%9项，%11天内到期%10项。</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>As of %1 the plan has %2 tasks: %3 done (%4), %5 on schedule (%6), %7 behind (%8), %9 overdue (%10) and %11 not reported (%12).</source>
        <translation>截至%1，计划共有任务%2项，其中已完成%3项，占%4；达到序时进度%5项，占%6；滞后%7项，占%8；逾期%9项，占%10；未填报%11项，占%12。</translation>
    </message>
    <message>
        <source> %1 tasks were cancelled.</source>
        <translation>另有%1项任务已取消。</translation>
    </message>
    <message>
        <source> Of the tasks reported done, %1 have a target not met.</source>
        <translation>已完成的任务中，有%1项指标未达标。</translation>
    </message>
    <message>
        <source> not given</source>
        <translation>未填报数据</translation>
    </message>
    <message>
        <source> (due %1 by %2)</source>
        <translation>（%2节点目标%1）</translation>
    </message>
    <message>
        <source> (year&apos;s target %1)</source>
        <translation>（全年目标%1）</translation>
    </message>
    <message>
        <source>Reports not received</source>
        <translation>未报送情况</translation>
    </message>
    <message>
        <source>Every department has reported for %1.</source>
        <translation>%1各单位均已报送进展情况。</translation>
    </message>
    <message>
        <source>For %1, %2 departments have not reported: %3.</source>
        <translation>%1，以下%2个单位未报送进展情况：%3。</translation>
    </message>
    <message>
        <source>Overdue and behind tasks</source>
        <translation>逾期和滞后任务</translation>
    </message>
    <message>
        <source>, led by %1</source>
        <translation>，牵头单位：%1</translation>
    </message>
    <message>
        <source>No task is overdue or behind.</source>
        <translation>本期无逾期或滞后任务。</translation>
    </message>
    <message>
        <source>Indicators against the step due</source>
        <translation>指标完成情况</translation>
    </message>
</context>
<context>
    <name>ap::CheckPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at:</source>
        <translation>
            <numerusform>有 %n 处需要检查：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ap::ChoosePasswordDialog</name>
    <message>
        <source>Choose Your Password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The plan&apos;s owner gave your login a first password. Choose a password of your own now (at least %1 characters): only you will know it.</source>
        <translation>计划所有者为您的登录名设置了初始密码。请现在设置您自己的密码（至少 %1 个字符），只有您本人知道。</translation>
    </message>
</context>
<context>
    <name>ap::CleanCopy</name>
    <message>
        <source>its table “%1” has no column “%2”, so the plan&apos;s rows cannot all be read</source>
        <translation>其“%1”表没有“%2”列，计划的数据无法全部读出</translation>
    </message>
    <message>
        <source>the rows of its table “%1” break the plan&apos;s rules (%2)</source>
        <translation>其“%1”表的数据不符合计划的规则（%2）</translation>
    </message>
    <message>
        <source>rows of its table “%1” refer to rows that are not there</source>
        <translation>其“%1”表的数据引用了不存在的数据</translation>
    </message>
    <message>
        <source>the copy did not pass its integrity check</source>
        <translation>副本未通过完整性检查</translation>
    </message>
    <message>
        <source>Nothing was left behind.</source>
        <translation>没有舍弃任何内容。</translation>
    </message>
    <message>
        <source>Left behind (not part of a plan): %1</source>
        <translation>已舍弃（不属于计划的内容）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>已保留：%1</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name for the clean copy.</source>
        <translation>“%1”已存在。请为干净副本另取一个名称。</translation>
    </message>
    <message>
        <source>“%1” was not closed properly. Open it once (it is recovered as it opens), then make the copy.</source>
        <translation>“%1”上次未正常关闭。请先打开一次（打开时即恢复），再制作副本。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>No clean copy can be made of “%1”: %2.</source>
        <translation>无法为“%1”制作干净副本：%2。</translation>
    </message>
    <message>
        <source>its schema cannot be read</source>
        <translation>无法读取其结构</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>“%1”列</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <source>lead and cooperating departments</source>
        <translation>牵头和配合单位</translation>
    </message>
    <message>
        <source>progress reports</source>
        <translation>进展填报</translation>
    </message>
    <message>
        <source>reported figures</source>
        <translation>填报数值</translation>
    </message>
    <message>
        <source>period locks</source>
        <translation>期间锁定</translation>
    </message>
    <message>
        <source>target steps</source>
        <translation>节点目标</translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>ap::CollectionForms</name>
    <message>
        <source>%1 %2 return form.xlsx</source>
        <translation>%1 %2 进展填报表.xlsx</translation>
    </message>
    <message>
        <source>Unknown department or period.</source>
        <translation>责任单位或填报期无效。</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>%1 — %2 progress return: %3</source>
        <translation>%1 — %2进展填报表：%3</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task / target</source>
        <translation>工作任务／目标</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>完成进度（%）</translation>
    </message>
    <message>
        <source>Progress (进展情况)</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problems (存在问题)</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps (下步打算)</source>
        <translation>下步打算</translation>
    </message>
    <message>
        <source>“%1” could not be written (is the disk full?).</source>
        <translation>无法写入“%1”（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>“%1” is too large for a return form.</source>
        <translation>“%1”太大，不是进展填报表。</translation>
    </message>
    <message>
        <source>“%1” is not a return form made by AnnualPlan (%2).</source>
        <translation>“%1”不是本软件生成的进展填报表（%2）。</translation>
    </message>
    <message>
        <source>no form marker</source>
        <translation>缺少填报表标记</translation>
    </message>
    <message>
        <source>“%1” belongs to another plan (“%2”), not to this one.</source>
        <translation>“%1”属于另一个计划（“%2”），不是本计划的填报表。</translation>
    </message>
    <message>
        <source>“%1” is for a department the plan no longer has (%2).</source>
        <translation>“%1”的填报单位（%2）已不在本计划中。</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>无法导入“%1”：%2</translation>
    </message>
    <message>
        <source>Take in the return form %1</source>
        <translation>导入填报表 %1</translation>
    </message>
    <message>
        <source>Updated from the return form %1</source>
        <translation>根据填报表 %1 更新</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>sheet %1, cell %2%3 (“%4”): %5</source>
        <translation>工作表“%1”第 %2%3 格（“%4”）：%5</translation>
    </message>
    <message>
        <source>“%1” names no period of this plan&apos;s year (“%2”); it cannot be taken in.</source>
        <translation>“%1”所写的填报期（“%2”）不属于本计划年度，无法导入。</translation>
    </message>
    <message>
        <source>“%1” cannot be taken in: %2</source>
        <translation>“%1”无法导入：%2</translation>
    </message>
    <message>
        <source>this task is no longer in the plan</source>
        <translation>该任务已不在本计划中</translation>
    </message>
    <message>
        <source>the task is in the form twice (also row %1)</source>
        <translation>该任务在表中出现了两次（另见第 %1 行）</translation>
    </message>
    <message>
        <source>the status must be one of 未开始, 推进中, 已完成, 滞后, 取消</source>
        <translation>状态只能填未开始、推进中、已完成、滞后或取消</translation>
    </message>
    <message>
        <source>percent complete must be a number from 0 to 100</source>
        <translation>完成进度须为 0 到 100 之间的数字</translation>
    </message>
    <message>
        <source>this target is no longer in the plan</source>
        <translation>该目标已不在本计划中</translation>
    </message>
    <message>
        <source>the actual value must be a number</source>
        <translation>实际值须为数字</translation>
    </message>
    <message>
        <source>%1 looks like a percent cell&apos;s fraction; type the percent as a number from 0 to 100 (55 for 55%)</source>
        <translation>%1 像是百分比单元格中的小数；请把完成进度填为 0 到 100 之间的数字（55% 填 55）</translation>
    </message>
    <message>
        <source>the row of this target&apos;s task is missing from the form</source>
        <translation>表中缺少该目标所属任务的那一行</translation>
    </message>
    <message>
        <source>Fill in the yellow cells: status (未开始/推进中/已完成/滞后/取消), percent complete, each indicator&apos;s figure for the period (a count to date, a rate or level as it stands at the period&apos;s end), progress, problems and next steps. An indicator&apos;s row says what is due by the period&apos;s end. Do not change the other columns.</source>
        <translation>请填写黄色单元格：状态（未开始/推进中/已完成/滞后/取消）、完成进度、各指标本期数据（数量类填累计至期末的数，比率类填期末时点值）、进展情况、存在问题和下步打算。指标行注明了截至期末应达到的节点目标。其他各列请勿改动。</translation>
    </message>
    <message>
        <source>Figure for the period</source>
        <translation>本期数据</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2前应达%1</translation>
    </message>
    <message>
        <source> At the year&apos;s end, also give your unit&apos;s self-assessed points on each assessed task (自评分, at most its points) with a note.</source>
        <translation>年终请同时填写本单位对各考核任务的自评分（不超过该任务分值）和自评说明。</translation>
    </message>
    <message>
        <source>Self-assessed points (自评分)</source>
        <translation>自评分</translation>
    </message>
    <message>
        <source>Self-assessment note (自评说明)</source>
        <translation>自评说明</translation>
    </message>
    <message>
        <source>this task is not assessed, so it takes no self-assessment</source>
        <translation>该任务不在考核范围内，无需自评</translation>
    </message>
    <message>
        <source>the self-assessment must be a number of points from 0 to %1</source>
        <translation>自评分须为 0 到 %1 之间的数</translation>
    </message>
</context>
<context>
    <name>ap::ComparisonModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原内容</translation>
    </message>
    <message>
        <source>After</source>
        <translation>调整后内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>调整理由</translation>
    </message>
</context>
<context>
    <name>ap::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在（服务器上）</translation>
    </message>
    <message>
        <source>Keep My Change writes only the parts you changed; the other parts stay as they are now, and Undo (Ctrl+Z) takes it back. Keep Theirs leaves the plan as it is now and puts your words on the clipboard.</source>
        <translation>“保存我的修改”只写入您改过的项目，其他项目保持现状，可用撤销（Ctrl+Z）还原；“保留对方的”不改动计划，并把您输入的文字复制到剪贴板。</translation>
    </message>
    <message>
        <source>&amp;Add My Task Again</source>
        <translation>重新添加我的任务(&amp;A)</translation>
    </message>
    <message>
        <source>Keep &amp;My Change</source>
        <translation>保存我的修改(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>the task “%1”</source>
        <translation>任务“%1”</translation>
    </message>
    <message>
        <source>the heading “%1”</source>
        <translation>标题“%1”</translation>
    </message>
    <message>
        <source>the unit “%1”</source>
        <translation>单位“%1”</translation>
    </message>
    <message>
        <source>the plan&apos;s details</source>
        <translation>计划信息</translation>
    </message>
    <message>
        <source>Your change to %1 was not saved: %2 removed it after you opened the plan.</source>
        <translation>您对%1的修改未保存：在您打开计划之后，%2已将其删除。</translation>
    </message>
    <message>
        <source>Your change to %1 was not saved: %2 changed it first, after you opened the plan. Here is what each of you changed.</source>
        <translation>您对%1的修改未保存：在您打开计划之后，%2先修改了它。下表列出双方各自的修改。</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Your change to %1 is saved.</source>
        <translation>您对%1的修改已保存。</translation>
    </message>
    <message>
        <source>The plan stays as it is now; your words are on the clipboard.</source>
        <translation>计划保持现状；您输入的文字已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The plan stays as it is now.</source>
        <translation>计划保持现状。</translation>
    </message>
    <message>
        <source>%1 is already as you made it.</source>
        <translation>%1已经是您修改后的样子。</translation>
    </message>
    <message>
        <source> Units no longer in the plan were left out: %1.</source>
        <translation>计划中已没有的单位未写入：%1。</translation>
    </message>
    <message>
        <source>Your change to %1 was not saved; what you typed is on the clipboard.</source>
        <translation>您对%1的修改未能保存；您输入的文字已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ap::Dashboard</name>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Warnings by lead department</source>
        <translation>各牵头单位预警情况</translation>
    </message>
    <message>
        <source>Department view</source>
        <translation>责任单位视图</translation>
    </message>
    <message>
        <source>%1 tasks: %2 done, %3 in progress, %4 not started, %5 reported behind, %6 cancelled.</source>
        <translation>共 %1 项任务：已完成 %2 项，推进中 %3 项，未开始 %4 项，填报滞后 %5 项，取消 %6 项。</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>滞后 %1</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>临期 %1</translation>
    </message>
    <message>
        <source>%1 on track</source>
        <translation>正常 %1</translation>
    </message>
    <message>
        <source>No new progress reports since this plan was last open (%1).</source>
        <translation>自上次打开本计划（%1）以来没有新的进展填报。</translation>
    </message>
    <message>
        <source>Since this plan was last open (%1): %2 new progress reports, on %3.</source>
        <translation>自上次打开本计划（%1）以来：新增进展填报 %2 条，涉及%3。</translation>
    </message>
    <message>
        <source>(no lead)</source>
        <translation>（无牵头单位）</translation>
    </message>
    <message>
        <source>Trend of a target of the selected task</source>
        <translation>所选任务目标的走势</translation>
    </message>
    <message>
        <source>Overdue, not reported, behind and due soon (click to open the task)</source>
        <translation>逾期、未填报、滞后和临期任务（双击打开任务）</translation>
    </message>
    <message>
        <source>%1 not reported</source>
        <translation>未填报 %1</translation>
    </message>
    <message>
        <source>%1 done, target not met</source>
        <translation>已完成·指标未达标 %1</translation>
    </message>
    <message>
        <source>%1. %2 %3 (%4)</source>
        <translation>%1. %2 %3分（%4）</translation>
    </message>
    <message>
        <source>Year-end assessment (figures of %1%2): %3. Plan ▸ Year-End Assessment for each unit&apos;s points.</source>
        <translation>年度考核（数据截至 %1%2）：%3。各单位逐项得分见“计划 ▸ 年度考核”。</translation>
    </message>
    <message>
        <source>, published</source>
        <translation>，已发布</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due this month (%1): %n task(s)</source>
        <translation>
            <numerusform>本月到期（%1）：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due next month (%1): %n task(s)</source>
        <translation>
            <numerusform>下月到期（%1）：%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ap::DepartmentDialog</name>
    <message>
        <source>Departments</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Add Department</source>
        <translation>添加责任单位</translation>
    </message>
    <message>
        <source>Department name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>“%1”已在列表中。</translation>
    </message>
    <message>
        <source>Delete Department</source>
        <translation>删除责任单位</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is named in %n task(s). Delete it and remove it from those tasks?</source>
        <translation>
            <numerusform>有 %n 项任务列有“%1”。是否删除该单位并从这些任务中移除？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Replace this department by another in every task, then delete it</source>
        <translation>在所有任务中用另一个单位替换本单位，然后删除本单位</translation>
    </message>
    <message>
        <source>Merge Departments</source>
        <translation>合并责任单位</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
</context>
<context>
    <name>ap::DepartmentListModel</name>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>ap::DocumentPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Word Document (.docx)…</source>
        <translation>另存为 Word 文档 (.docx)…</translation>
    </message>
    <message>
        <source>Save the Report as a Word Document</source>
        <translation>将报告另存为 Word 文档</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Cannot Save the Report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Report Saved</source>
        <translation>报告已保存</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Cannot Show the Preview</source>
        <translation>无法显示预览</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>无法生成预览：%1</translation>
    </message>
</context>
<context>
    <name>ap::DocxReader</name>
    <message>
        <source>The document is password-protected or in the old Word 97–2003 format (.doc). Open it in Word or WPS, remove any password and save it as .docx, then import it again.</source>
        <translation>该文档设有密码，或是旧版 Word 97–2003 格式（.doc）。请用 Word 或 WPS 打开，取消密码并另存为 .docx 后再导入。</translation>
    </message>
    <message>
        <source>The file is a ZIP package but not a Word document (it has no word/document.xml).</source>
        <translation>该文件是 ZIP 压缩包，但不是 Word 文档（缺少 word/document.xml）。</translation>
    </message>
    <message>
        <source>The Word document&apos;s text is damaged (%1 at line %2).</source>
        <translation>Word 文档的正文已损坏（第 %2 行：%1）。</translation>
    </message>
    <message>
        <source>The document has more than %1 paragraphs, far more than any plan; it was not imported.</source>
        <translation>该文档超过 %1 个段落，远多于任何计划，未予导入。</translation>
    </message>
    <message>
        <source>The Word document&apos;s text is damaged (paragraphs nested %1 deep).</source>
        <translation>Word 文档的正文已损坏（段落嵌套达 %1 层）。</translation>
    </message>
    <message>
        <source>The document holds more than %1 million characters of text, far more than any plan; it was not imported.</source>
        <translation>该文档的正文超过 %1 百万字，远多于任何计划，未予导入。</translation>
    </message>
</context>
<context>
    <name>ap::DocxWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>ap::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Copy Tasks</source>
        <translation>复制任务(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste Tasks</source>
        <translation>粘贴任务(&amp;P)</translation>
    </message>
    <message>
        <source>Duplicat&amp;e Tasks</source>
        <translation>创建任务副本(&amp;E)</translation>
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation>添加章节(&amp;S)</translation>
    </message>
    <message>
        <source>Add Su&amp;bsection</source>
        <translation>添加子章节(&amp;B)</translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation>添加任务(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Mo&amp;ve Up</source>
        <translation>上移(&amp;V)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Indent Section</source>
        <translation>章节降级(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Outdent Section</source>
        <translation>章节升级(&amp;O)</translation>
    </message>
    <message>
        <source>Plan Propertie&amp;s…</source>
        <translation>计划属性(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Departments…</source>
        <translation>责任单位(&amp;D)…</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) copied; they paste into Excel or WPS as a table.</source>
        <translation>
            <numerusform>已复制 %n 项任务，可作为表格粘贴到 Excel 或 WPS 中。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot go into this cell.</source>
        <translation>“%1”不能填入该单元格。</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n task(s)</source>
        <translation>
            <numerusform>创建 %n 项任务的副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>删除 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation>删除章节</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with %n task(s) and %2 subsection(s)? You can undo this.</source>
        <translation>
            <numerusform>是否删除“%1”及其中的 %n 项任务和 %2 个子章节？此操作可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the tasks in the table or the section in the section tree, then delete.</source>
        <translation>请先在任务表中选中任务，或在章节树中选中章节，再删除。</translation>
    </message>
</context>
<context>
    <name>ap::ErrorDetails</name>
    <message>
        <source>The server&apos;s own words:</source>
        <translation>服务器原文：</translation>
    </message>
</context>
<context>
    <name>ap::Evidence</name>
    <message>
        <source>Photo (JPEG)</source>
        <translation>照片（JPEG）</translation>
    </message>
    <message>
        <source>Picture (PNG)</source>
        <translation>图片（PNG）</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 表格</translation>
    </message>
    <message>
        <source>Word 97–2003 document</source>
        <translation>Word 97–2003 文档</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook</source>
        <translation>Excel 97–2003 表格</translation>
    </message>
    <message>
        <source>WPS document</source>
        <translation>WPS 文字文档</translation>
    </message>
    <message>
        <source>WPS spreadsheet</source>
        <translation>WPS 表格</translation>
    </message>
    <message>
        <source>OFD document</source>
        <translation>OFD 文档</translation>
    </message>
    <message>
        <source>photos (JPEG, PNG), PDF, Word, Excel, WPS and OFD files</source>
        <translation>照片（JPEG、PNG）、PDF、Word、Excel、WPS 和 OFD 文件</translation>
    </message>
</context>
<context>
    <name>ap::EvidenceIntake</name>
    <message>
        <source>“%1” is larger than an evidence file may be (%2 at most). Make it smaller (a photo at a lower resolution, a PDF of fewer pages) or leave it out.</source>
        <translation>“%1”超过了佐证材料的大小上限（最多 %2）。请缩小后再添加（照片降低分辨率，PDF 减少页数），或不附此文件。</translation>
    </message>
    <message>
        <source>“%1” could not be added: %2</source>
        <translation>无法添加“%1”：%2</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>佐证材料需要有文件名。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>“%1” is not a file the plan keeps as evidence (by its content, whatever its name says). Evidence may be %2.</source>
        <translation>“%1”不是可作为佐证材料的文件（按文件内容判断，与扩展名无关）。佐证材料可以是%2。</translation>
    </message>
</context>
<context>
    <name>ap::EvidenceList</name>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation>添加佐证材料(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Evidence (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.doc *.xls *.wps *.et *.ofd);;All files (*)</source>
        <translation>佐证材料 (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.doc *.xls *.wps *.et *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A report carries at most %1 evidence files.</source>
        <translation>每次填报最多附 %1 个佐证材料。</translation>
    </message>
    <message>
        <source>The report it corrects carries %1; they stay with it in the history.</source>
        <translation>被更正的填报附有 %1，它们随原填报保留在填报记录中。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Photos, PDF, Word, Excel, WPS or OFD files: add them, or drop them here.</source>
        <translation>照片、PDF、Word、Excel、WPS 或 OFD 文件：点“添加佐证材料”，或直接拖到这里。</translation>
    </message>
</context>
<context>
    <name>ap::EvidenceOpener</name>
    <message>
        <source>evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>no temporary folder could be made</source>
        <translation>无法建立临时文件夹</translation>
    </message>
    <message>
        <source>the desktop has no program to open it with (it is at %1)</source>
        <translation>电脑上没有能打开它的程序（文件在 %1）</translation>
    </message>
</context>
<context>
    <name>ap::FindPanel</name>
    <message>
        <source>Words in titles, descriptions, targets, departments</source>
        <translation>在标题、内容、目标和责任单位中查找</translation>
    </message>
    <message>
        <source>No lead department</source>
        <translation>无牵头单位</translation>
    </message>
    <message>
        <source>Target without deadline</source>
        <translation>目标无完成时限</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>单位(&amp;D)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Deadline from:</source>
        <translation>完成时限从：</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) found</source>
        <translation>
            <numerusform>找到 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K)：</translation>
    </message>
    <message>
        <source>Any standing</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Warning today:</source>
        <translation>今日预警(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ap::ImportFlow</name>
    <message>
        <source>&amp;Import a Plan Document…</source>
        <translation>导入计划文档(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Plan Text from the C&amp;lipboard</source>
        <translation>从剪贴板导入计划文字(&amp;L)</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Import a Plan Document</source>
        <translation>导入计划文档</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>No numbered headings or work items were found in “%1”. A plan document numbers its parts 一、 (一) 1. or lists its work as 一是…二是….</source>
        <translation>在“%1”中没有找到带编号的标题或工作事项。计划文档通常用“一、（一）1.”编号，或用“一是……二是……”列出工作。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文字</translation>
    </message>
    <message>
        <source>No numbered headings or work items were found in %1. A plan document numbers its parts 一、 (一) 1. or lists its work as 一是…二是….</source>
        <translation>在%1中没有找到带编号的标题或工作事项。计划文档通常用“一、（一）1.”编号，或用“一是……二是……”列出工作。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Added %1 sections and %2 tasks from %3; Undo takes them out again.</source>
        <translation>已从 %3 添加 %1 个章节和 %2 项任务；撤销可将其移除。</translation>
    </message>
    <message>
        <source>Save the New Plan As</source>
        <translation>新计划保存为</translation>
    </message>
    <message>
        <source>The plan was created from %1; the document itself is unchanged.</source>
        <translation>已由 %1 生成计划；原文档未作改动。</translation>
    </message>
    <message>
        <source>The plan was created from %1; check its year in Plan Properties.</source>
        <translation>已由 %1 生成计划；请在“计划属性”中核对年度。</translation>
    </message>
    <message>
        <source>Plan documents and task tables (*.docx *.doc *.wps *.rtf *.pdf *.txt *.xlsx *.csv *.tsv);;Word and WPS documents (*.docx *.doc *.wps *.rtf);;PDF documents (*.pdf);;Text files (*.txt);;Task tables (*.xlsx *.csv *.tsv);;All files (*)</source>
        <translation>计划文档和任务分解表 (*.docx *.doc *.wps *.rtf *.pdf *.txt *.xlsx *.csv *.tsv);;Word 和 WPS 文档 (*.docx *.doc *.wps *.rtf);;PDF 文档 (*.pdf);;文本文件 (*.txt);;任务分解表 (*.xlsx *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reopen the Import Revie&amp;w</source>
        <translation>重新打开导入核对(&amp;W)</translation>
    </message>
    <message>
        <source>The import review of %1 is kept until you quit: File ▸ Reopen the Import Review.</source>
        <translation>%1 的导入核对内容保留到退出程序为止：可用“文件 ▸ 重新打开导入核对”继续。</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”……</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>已取消导入 %1。</translation>
    </message>
</context>
<context>
    <name>ap::ImportReviewDialog</name>
    <message>
        <source>Review the Import — %1</source>
        <translation>核对导入内容 — %1</translation>
    </message>
    <message>
        <source>Plan &amp;title:</source>
        <translation>计划标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Plan &amp;year:</source>
        <translation>计划年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Read as %1. &lt;span style=&apos;background:#d6e4ff&apos;&gt;&amp;nbsp;Headings&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#dff3d6&apos;&gt;&amp;nbsp;Work items&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffe98a&apos;&gt;&amp;nbsp;Targets&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f1dcf7&apos;&gt;&amp;nbsp;Responsible units&amp;nbsp;&lt;/span&gt; — untick what should not be imported; double-click a cell to correct it.</source>
        <translation>按%1读取。&lt;span style=&apos;background:#d6e4ff&apos;&gt;&amp;nbsp;标题&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#dff3d6&apos;&gt;&amp;nbsp;工作事项&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffe98a&apos;&gt;&amp;nbsp;目标&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f1dcf7&apos;&gt;&amp;nbsp;责任单位&amp;nbsp;&lt;/span&gt; — 不需导入的请取消勾选；双击单元格可修改。</translation>
    </message>
    <message>
        <source>Level &amp;Up</source>
        <translation>升一级(&amp;U)</translation>
    </message>
    <message>
        <source>Level &amp;Down</source>
        <translation>降一级(&amp;D)</translation>
    </message>
    <message>
        <source>Make the selected item (and what is under it) one level higher (Shift+Tab)</source>
        <translation>将选中的事项（连同其下各项）升高一级（Shift+Tab）</translation>
    </message>
    <message>
        <source>Make the selected item (and what is under it) one level lower (Tab)</source>
        <translation>将选中的事项（连同其下各项）降低一级（Tab）</translation>
    </message>
    <message>
        <source>&amp;Create New Plan…</source>
        <translation>新建计划(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Add to the Open Plan</source>
        <translation>加入当前计划(&amp;A)</translation>
    </message>
    <message>
        <source>Adds the sections and tasks after the open plan&apos;s own, as one step you can undo</source>
        <translation>将章节和任务添加到当前计划末尾，作为一步操作，可撤销</translation>
    </message>
    <message>
        <source>To import: %1 sections, %2 tasks, %3 targets</source>
        <translation>将导入：%1 个章节、%2 项任务、%3 个目标</translation>
    </message>
    <message>
        <source>&amp;Split Here</source>
        <translation>在此拆分(&amp;S)</translation>
    </message>
    <message>
        <source>Split the work item in two where the sentence at the cursor in the text begins (Ctrl+Enter in the text)</source>
        <translation>在左侧原文光标所在句子的开头，把该工作事项拆成两项（在原文中按 Ctrl+Enter 亦可）</translation>
    </message>
    <message>
        <source>Close the Review</source>
        <translation>关闭核对</translation>
    </message>
    <message>
        <source>Close the review with your corrections? They are kept until you quit: File ▸ Reopen the Import Review brings them back.</source>
        <translation>关闭核对窗口？您所作的修改保留到退出程序为止，可用“文件 ▸ 重新打开导入核对”继续。</translation>
    </message>
    <message>
        <source>&amp;Close the Review</source>
        <translation>关闭核对(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep Reviewing</source>
        <translation>继续核对(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>%n guess(es) to check</source>
        <translation>
            <numerusform>待核对的猜测：%n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>No guesses left to check</source>
        <translation>没有待核对的猜测</translation>
    </message>
    <message>
        <source>Next &amp;Guess</source>
        <translation>下一处猜测(&amp;G)</translation>
    </message>
    <message>
        <source>Go to the next row the import guessed (F8; Shift+F8 goes back)</source>
        <translation>转到导入时猜测的下一行（F8；Shift+F8 返回上一处）</translation>
    </message>
    <message>
        <source>Chec&amp;ked</source>
        <translation>已核对(&amp;K)</translation>
    </message>
    <message>
        <source>The selected row is right as it is: no longer a guess (Ctrl+K)</source>
        <translation>选中的行无误，不再算作猜测（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Merge with Previous</source>
        <translation>并入上一项(&amp;M)</translation>
    </message>
    <message>
        <source>Join the selected work item to the one before it: two paragraphs of one item</source>
        <translation>把选中的工作事项并入上一项：两段原是同一事项</translation>
    </message>
    <message>
        <source>Lead ⇄ Su&amp;pport</source>
        <translation>牵头⇄配合(&amp;P)</translation>
    </message>
    <message>
        <source>Exchange the selected item&apos;s lead and support units</source>
        <translation>互换选中事项的牵头单位和配合单位</translation>
    </message>
</context>
<context>
    <name>ap::ImportReviewModel</name>
    <message>
        <source>Item</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>请核对：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>label</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>paragraph under its heading</source>
        <translation>标题下的段落</translation>
    </message>
    <message>
        <source>lead phrase</source>
        <translation>引领语</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>表格行</translation>
    </message>
    <message>
        <source>, units on a line below</source>
        <translation>，单位另起一行</translation>
    </message>
    <message>
        <source>no label: is it a work item of its own?</source>
        <translation>没有编号：是否单独成为一项工作？</translation>
    </message>
    <message>
        <source>the title was cut where the text ran on after it</source>
        <translation>标题与后文连在一起，已在推断处截断</translation>
    </message>
    <message>
        <source>a 、 list of units was read by a guess: check where one name ends</source>
        <translation>按顿号分开的单位系推测拆分：请核对各单位名称的起止</translation>
    </message>
    <message>
        <source>an amount with no comparison word was taken as a target</source>
        <translation>没有“达到”“不低于”等字样的数量被当作了目标</translation>
    </message>
    <message>
        <source>the deadline comes from a year opening a sentence</source>
        <translation>完成时限取自句首的年份</translation>
    </message>
</context>
<context>
    <name>ap::IndicatorChart</name>
    <message>
        <source>Select a task with targets to see its trend</source>
        <translation>选择有目标的任务以查看走势</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Reported (%1)</source>
        <translation>实际值（%1）</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
</context>
<context>
    <name>ap::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AnnualPlan</source>
        <translation>关于年度计划(&amp;A)</translation>
    </message>
    <message>
        <source>About AnnualPlan</source>
        <translation>关于年度计划</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AnnualPlan %1&lt;/h3&gt;&lt;p&gt;Drafting, printing and monitoring of annual work plans.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;年度计划 %1&lt;/h3&gt;&lt;p&gt;年度工作计划的起草、印发和调度。&lt;/p&gt;&lt;p&gt;依照 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>AnnualPlan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <source>%1 sections, %2 tasks, %3 targets, %4 departments — every change is saved at once</source>
        <translation>%1 个章节，%2 项任务，%3 个目标，%4 个责任单位 — 每次修改都已即时保存</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>调度看板(&amp;D)</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — AnnualPlan</source>
        <translation>%1 — %2（只读）— 年度计划</translation>
    </message>
    <message>
        <source>%1 — %2 — AnnualPlan</source>
        <translation>%1 — %2 — 年度计划</translation>
    </message>
    <message>
        <source>%1 sections, %2 tasks, %3 targets, %4 departments — opened read-only: nothing can be changed</source>
        <translation>%1 个章节，%2 项任务，%3 个目标，%4 个责任单位 — 以只读方式打开，不能修改</translation>
    </message>
    <message numerus="yes">
        <source>New progress reports from the server on %n task(s).</source>
        <translation>
            <numerusform>服务器上有 %n 项任务收到新的进展填报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sections, %2 tasks, %3 targets, %4 departments — you report progress on your department&apos;s %n task(s) (Ctrl+R); the plan itself is read-only</source>
        <translation>
            <numerusform>%1 个章节，%2 项任务，%3 个指标，%4 个部门 — 您可报送本部门 %n 项任务的进展（Ctrl+R）；计划本身为只读</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting for %1</source>
        <translation>报送单位：%1</translation>
    </message>
    <message>
        <source>Someone else has changed this plan on the server; press F5 to show the change.</source>
        <translation>其他人在服务器上修改了本计划；按 F5 显示其修改。</translation>
    </message>
    <message>
        <source>The connection to the server is lost. Nothing can be changed until it is back; AnnualPlan tries again every few seconds.</source>
        <translation>与服务器的连接已断开。恢复之前不能作任何修改；年度计划每隔几秒自动重试。</translation>
    </message>
    <message>
        <source>%1 sections, %2 tasks, %3 targets, %4 departments — the connection to the server is lost: nothing can be changed until it is back</source>
        <translation>%1 个章节，%2 项任务，%3 个指标，%4 个部门 — 与服务器的连接已断开：恢复之前不能作任何修改</translation>
    </message>
    <message>
        <source>Server connection lost</source>
        <translation>服务器连接已断开</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The import review you closed holds corrections that are not in any plan yet. Quit and drop them?</source>
        <translation>已关闭的导入核对中有尚未存入任何计划的修改。是否退出并放弃这些修改？</translation>
    </message>
    <message>
        <source>&amp;Quit and Drop Them</source>
        <translation>退出并放弃(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reopen the Review</source>
        <translation>重新打开核对(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User&apos;s Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Plan</source>
        <translation>打开示例计划(&amp;S)</translation>
    </message>
    <message>
        <source>Year-End &amp;Assessment (年度考核)</source>
        <translation>年度考核(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Monthly Schedule…</source>
        <translation>月度安排(&amp;M)…</translation>
    </message>
    <message>
        <source>The connection to the server is lost. The plan cannot be changed until it is back, but progress can still be reported: reports wait on this computer and are sent then. AnnualPlan tries again every few seconds.</source>
        <translation>与服务器的连接已断开。恢复之前不能修改计划，但仍可填报进展：报告先保存在本机，恢复后自动发送。年度计划每隔几秒自动重试。</translation>
    </message>
</context>
<context>
    <name>ap::ManualDialog</name>
    <message>
        <source>User&apos;s Manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ap::MemberForm</name>
    <message>
        <source>Add a Member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Change a Member&apos;s Rights</source>
        <translation>修改成员权限</translation>
    </message>
    <message>
        <source>the login on the server, e.g. jcws_li</source>
        <translation>服务器上的登录名，如 jcws_li</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>to create the login; empty if the server has it already</source>
        <translation>用于新建登录名；服务器上已有该登录名时留空</translation>
    </message>
    <message>
        <source>empty to keep the login&apos;s password</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>A reporter adds progress reports on the tasks its department leads or supports; a viewer only reads; an editor changes the plan too. The server itself holds each to it.</source>
        <translation>报送人只能报送本部门牵头或配合任务的进展；查看人只能阅读；编辑人还可修改计划。这些权限由服务器本身强制执行。</translation>
    </message>
    <message>
        <source>The member &amp;chooses its own password on first open</source>
        <translation>成员首次打开时自己设置密码(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ap::MembersDialog</name>
    <message>
        <source>Reporter (adds its department&apos;s progress)</source>
        <translation>报送人（报送本部门进展）</translation>
    </message>
    <message>
        <source>Viewer (reads only)</source>
        <translation>查看人（只读）</translation>
    </message>
    <message>
        <source>Editor (changes the plan)</source>
        <translation>编辑人（可修改计划）</translation>
    </message>
    <message>
        <source>Members and Rights — %1</source>
        <translation>成员与权限 — %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>The plan&apos;s owner (you) may do everything. Logins are the server&apos;s: removing a member takes back its rights on this plan and keeps the login.</source>
        <translation>计划的所有者（您）拥有全部权限。登录名属于服务器：移除成员只收回其在本计划上的权限，登录名仍保留。</translation>
    </message>
    <message>
        <source>Remove a Member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Take back every right “%1” has on this plan? The login stays on the server.</source>
        <translation>收回“%1”在本计划上的全部权限？该登录名仍保留在服务器上。</translation>
    </message>
    <message>
        <source>&amp;Invitation…</source>
        <translation>邀请(&amp;I)…</translation>
    </message>
    <message>
        <source>A file that opens this plan for the member by double-click, and the same text to paste into a message; it holds no password.</source>
        <translation>生成一个成员双击即可打开本计划的邀请文件，以及可粘贴到消息中的同样内容；邀请中不含密码。</translation>
    </message>
    <message>
        <source>Save the Invitation</source>
        <translation>保存邀请</translation>
    </message>
    <message>
        <source>Invitations to a shared plan (*.apinvite)</source>
        <translation>共享计划邀请 (*.apinvite)</translation>
    </message>
    <message>
        <source>The invitation&apos;s text is on the clipboard: paste it into a message to %1.</source>
        <translation>邀请内容已复制到剪贴板，可粘贴到发给 %1 的消息中。</translation>
    </message>
    <message>
        <source>The invitation for %1 is saved as “%2”, and its text is on the clipboard. It holds no password: tell the member the password another way.</source>
        <translation>给 %1 的邀请已保存为“%2”，内容也已复制到剪贴板。邀请中不含密码，请另行告知成员密码。</translation>
    </message>
</context>
<context>
    <name>ap::MonitorFlow</name>
    <message>
        <source>&amp;Report Progress on the Task…</source>
        <translation>填报任务进展(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock a Reported Period…</source>
        <translation>锁定已报送的填报期(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlock a Period…</source>
        <translation>解除填报期锁定(&amp;U)…</translation>
    </message>
    <message>
        <source>Write Return &amp;Forms for a Period…</source>
        <translation>生成本期进展填报表(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Take In Return Forms…</source>
        <translation>导入进展填报表(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Progress Report (进展通报)…</source>
        <translation>进展通报(&amp;P)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>填报期：</translation>
    </message>
    <message>
        <source>Select a task to report progress on.</source>
        <translation>请先选择要填报进展的任务。</translation>
    </message>
    <message>
        <source>Every period is locked already.</source>
        <translation>各填报期均已锁定。</translation>
    </message>
    <message>
        <source>No period is locked.</source>
        <translation>没有已锁定的填报期。</translation>
    </message>
    <message>
        <source>Lock a Reported Period</source>
        <translation>锁定已报送的填报期</translation>
    </message>
    <message>
        <source>Unlock a Period</source>
        <translation>解除填报期锁定</translation>
    </message>
    <message>
        <source>Why is %1 unlocked?</source>
        <translation>解除%1锁定的原因：</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>进展通报</translation>
    </message>
    <message>
        <source>Write Return Forms</source>
        <translation>生成进展填报表</translation>
    </message>
    <message>
        <source>Folder for the Return Forms</source>
        <translation>填报表存放文件夹</translation>
    </message>
    <message>
        <source>Replace the Forms?</source>
        <translation>替换填报表？</translation>
    </message>
    <message numerus="yes">
        <source>%n return form(s) of this period are already in the folder and may have been filled in. Replace them with empty forms?</source>
        <translation>
            <numerusform>该文件夹中已有本期的 %n 份进展填报表，可能已经填写。是否用空白填报表替换？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Write the Forms</source>
        <translation>无法生成填报表</translation>
    </message>
    <message>
        <source>%1 return forms for %2 written to %3.</source>
        <translation>已生成%2进展填报表 %1 份，存放于 %3。</translation>
    </message>
    <message>
        <source>Take In Return Forms</source>
        <translation>导入进展填报表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot Take In the Form</source>
        <translation>无法导入填报表</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of %1 cannot be taken as they are. Nothing of this form was recorded; have it corrected and take it in again.</source>
        <translation>
            <numerusform>%1 中有 %n 个单元格无法按原样导入。本表的内容均未记录；请更正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>%1 (%2, %3) brings nothing new.</source>
        <translation>%1（%2，%3）没有新内容。</translation>
    </message>
    <message>
        <source>%1 (%2, %3) reports on %4 tasks. Record these reports?</source>
        <translation>%1（%2，%3）填报了 %4 项任务的进展。是否记录？</translation>
    </message>
    <message>
        <source>Your department leads or supports no task of this plan, so there is nothing to report on.</source>
        <translation>本部门在本计划中没有牵头或配合的任务，无需报送。</translation>
    </message>
    <message>
        <source>Your report on “%1” is on the server. A later correction is a new report; this one stays in the history.</source>
        <translation>“%1”的进展已报送到服务器。以后如需更正，将另作一次报送；本次报送保留在历史中。</translation>
    </message>
    <message>
        <source>&amp;Chase Reports (催报)…</source>
        <translation>催报(&amp;C)…</translation>
    </message>
    <message>
        <source>Tar&amp;gets Planned and Achieved (目标完成情况)…</source>
        <translation>目标完成情况表(&amp;G)…</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached now: %n report(s) of %1 are kept on this computer and sent by themselves once it answers again.</source>
        <translation>
            <numerusform>现在连不上服务器：%1 中的 %n 份报告已保存在本机，服务器恢复后自动发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The units&apos; self-assessments in it (%n) are not taken now: take the form in again once the server is back.</source>
        <translation>
            <numerusform>其中的单位自评（%n 项）暂未收取，服务器恢复后请再收回一次该表。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be kept (see the details).</source>
        <translation>
            <numerusform>%n 份报告未能保存（见详细信息）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ap::MonthlySchedule</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done by day %1</source>
        <translation>%1日前完成</translation>
    </message>
    <message>
        <source>%1 by day %2</source>
        <translation>%2日前%1</translation>
    </message>
</context>
<context>
    <name>ap::OfficeConversion</name>
    <message>
        <source>“%1” is an older Word, WPS or RTF document. AnnualPlan reads it through LibreOffice, which is not installed here: install the package libreoffice-writer (sudo apt install libreoffice-writer), or save the file as .docx in Word or WPS and import that.</source>
        <translation>“%1”是旧版 Word、WPS 或 RTF 文档，需要借助 LibreOffice 读取，但本机未安装 LibreOffice：请安装软件包 libreoffice-writer（sudo apt install libreoffice-writer），或在 Word、WPS 中将文件另存为 .docx 后再导入。</translation>
    </message>
    <message>
        <source>“%1” could not be converted: no temporary folder could be made (%2).</source>
        <translation>无法转换“%1”：不能创建临时文件夹（%2）。</translation>
    </message>
    <message>
        <source>“%1” could not be converted: %2</source>
        <translation>无法转换“%1”：%2</translation>
    </message>
    <message>
        <source>LibreOffice (%1) could not be started to convert “%2”: %3</source>
        <translation>无法启动 LibreOffice（%1）来转换“%2”：%3</translation>
    </message>
    <message>
        <source>LibreOffice did not finish converting “%1” within %2 seconds and was stopped. Nothing was imported.</source>
        <translation>LibreOffice 在 %2 秒内未能完成“%1”的转换，已被停止。未导入任何内容。</translation>
    </message>
    <message>
        <source>LibreOffice could not read “%1”: it may be damaged, password-protected or not a document. Nothing was imported.</source>
        <translation>LibreOffice 无法读取“%1”：文件可能已损坏、设有密码或不是文档。未导入任何内容。</translation>
    </message>
    <message>
        <source>LibreOffice&apos;s conversion of “%1” could not be read.</source>
        <translation>无法读取 LibreOffice 对“%1”的转换结果。</translation>
    </message>
    <message>
        <source>The conversion of “%1” by LibreOffice was stopped. Nothing was imported.</source>
        <translation>LibreOffice 对“%1”的转换已停止，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ap::OptionalDateEdit</name>
    <message>
        <source>no date</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Type a date as 2027-06-30, 2027/6/30, 20270630, 2027年6月30日, 6月底 or 年底; Up and Down move it a day. Empty means no date.</source>
        <translation>日期可输入 2027-06-30、2027/6/30、20270630、2027年6月30日、6月底 或 年底；上下方向键前后移一天。留空表示不设日期。</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>“%1” is not a date this field understands; type it as 2027-06-30, 6月底 or 年底.</source>
        <translation>无法把“%1”识别为日期，请输入如 2027-06-30、6月底 或 年底。</translation>
    </message>
    <message>
        <source>Understood as %1</source>
        <translation>已识别为 %1</translation>
    </message>
    <message>
        <source>No Date</source>
        <translation>不设日期</translation>
    </message>
</context>
<context>
    <name>ap::OutboxDialog</name>
    <message>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Percent complete: %1%</source>
        <translation>完成进度：%1%</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>Progress (进展情况): %1</source>
        <translation>进展情况：%1</translation>
    </message>
    <message>
        <source>Problems (存在问题): %1</source>
        <translation>存在问题：%1</translation>
    </message>
    <message>
        <source>Next steps (下步打算): %1</source>
        <translation>下步打算：%1</translation>
    </message>
    <message>
        <source>Reports Waiting to Be Sent</source>
        <translation>待发送的报告</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>填写时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>立即发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>复制内容(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>等待服务器</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒收：%1</translation>
    </message>
    <message>
        <source>No report is waiting: every report typed here is on the server.</source>
        <translation>没有待发送的报告：在本机填写的报告都已在服务器上。</translation>
    </message>
    <message>
        <source>The server cannot be reached now. These reports are kept on this computer and sent by themselves once it answers again; nothing needs to be typed again.</source>
        <translation>现在连不上服务器。这些报告保存在本机，服务器恢复后自动发送，无需重新填写。</translation>
    </message>
    <message>
        <source>These reports are kept on this computer. Send Now tries them again; the server keeps each once, however often it is sent.</source>
        <translation>这些报告保存在本机。“立即发送”会再试一次；无论发送几次，服务器对每份报告只保存一次。</translation>
    </message>
    <message>
        <source>The server cannot be reached now; the reports keep waiting.</source>
        <translation>现在连不上服务器，报告继续等待发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) sent; the server refused %1 (the reason is beside each).</source>
        <translation>
            <numerusform>已发送 %n 份报告；服务器拒收 %1 份（原因见各行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) sent.</source>
        <translation>
            <numerusform>已发送 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the Report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>The report is taken out and never sent; what was typed in it cannot be brought back. Copy its text first if it may be wanted.</source>
        <translation>删除后这份报告不再发送，填写的内容无法恢复。如可能还要用，请先复制其内容。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ap::OutboxFlow</name>
    <message>
        <source>Reports &amp;Waiting to Be Sent…</source>
        <translation>待发送的报告(&amp;W)…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) typed while the server was away reached it.</source>
        <translation>
            <numerusform>服务器断开期间填写的 %n 份报告已送达服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting report(s) reached the server; it refused %1 — see Reports Waiting to Be Sent for why.</source>
        <translation>
            <numerusform>%n 份待发送的报告已送达服务器；被拒收 %1 份，原因见“待发送的报告”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting to be sent, %1 refused</source>
        <translation>
            <numerusform>待发送报告 %n 份，其中被拒收 %1 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) waiting to be sent</source>
        <translation>
            <numerusform>待发送报告 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on this computer and sent by themselves once the server answers. Click to see them.</source>
        <translation>保存在本机，服务器恢复后自动发送。点击查看。</translation>
    </message>
</context>
<context>
    <name>ap::PasswordKeyring</name>
    <message>
        <source>This computer has no keyring to keep the password in.</source>
        <translation>本机没有可保存密码的钥匙环。</translation>
    </message>
    <message>
        <source>The keyring did not keep the password: %1</source>
        <translation>钥匙环未能保存密码：%1</translation>
    </message>
</context>
<context>
    <name>ap::PdfOutput</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The PDF could not be written (is the disk full?).</source>
        <translation>PDF 未能写入（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>The PDF could not be written completely (is the disk full?).</source>
        <translation>PDF 未能完整写入（磁盘是否已满？）。</translation>
    </message>
</context>
<context>
    <name>ap::PdfPreviewDialog</name>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Zoom In</source>
        <translation>放大(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Fit Width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>no temporary folder could be made</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <source>the PDF that was written cannot be read back</source>
        <translation>写出的 PDF 无法读回</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Laying Out</source>
        <translation>停止排版(&amp;S)</translation>
    </message>
    <message>
        <source>Laying out the other pages…</source>
        <translation>正在排版其余页面……</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止……</translation>
    </message>
    <message numerus="yes">
        <source>Laying out was stopped: only the first %n page(s) are shown.</source>
        <translation>
            <numerusform>已停止排版：只显示前 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The other pages could not be laid out: %1</source>
        <translation>其余页面未能排版：%1</translation>
    </message>
    <message numerus="yes">
        <source>First %n page(s), the rest being laid out</source>
        <translation>
            <numerusform>前 %n 页，其余正在排版</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ap::PdfReader</name>
    <message>
        <source>the PDF cannot be read; it may be damaged</source>
        <translation>无法读取该 PDF，文件可能已损坏</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>该 PDF 设有密码保护</translation>
    </message>
    <message>
        <source>the PDF holds more text than a plan document (more than %1 characters)</source>
        <translation>该 PDF 的文字超出计划文档的篇幅（超过 %1 个字符）</translation>
    </message>
    <message>
        <source>the PDF has no text (a scanned page is a picture; a plan must be typed or read by OCR first)</source>
        <translation>该 PDF 没有文字（扫描件只是图片，须先录入或经文字识别）</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, more than a plan document (at most %2)</source>
        <translation>该 PDF 有 %1 页，超过计划文档的页数（最多 %2 页）</translation>
    </message>
    <message>
        <source>its reading was stopped</source>
        <translation>读取已停止</translation>
    </message>
</context>
<context>
    <name>ap::PlanCheck</name>
    <message>
        <source>Section “%1” has no tasks and no subsections.</source>
        <translation>章节“%1”既没有任务，也没有子章节。</translation>
    </message>
    <message>
        <source>Task “%1” has no lead department.</source>
        <translation>任务“%1”没有牵头单位。</translation>
    </message>
    <message>
        <source>Target “%1” of task “%2” has no value.</source>
        <translation>任务“%2”的目标“%1”没有目标值。</translation>
    </message>
    <message>
        <source>Target “%1” of task “%2” has no deadline.</source>
        <translation>任务“%2”的目标“%1”没有完成时限。</translation>
    </message>
    <message>
        <source>Task “%1” is due on %2, outside the plan year %3.</source>
        <translation>任务“%1”的完成时限为 %2，不在计划年度 %3 年内。</translation>
    </message>
    <message>
        <source>Task “%1” has the same title as task %2.</source>
        <translation>任务“%1”与第 %2 项任务标题相同。</translation>
    </message>
    <message>
        <source>The baseline of target “%1” of task “%2” is only last year&apos;s target, not a result: enter last year&apos;s actual.</source>
        <translation>任务“%2”的指标“%1”的基数只是上年目标值，不是完成值，请填入上年实际完成值。</translation>
    </message>
    <message>
        <source>The plan has no date of issue (成文日期), so the printed plan ends without one: set it in Plan ▸ Properties.</source>
        <translation>计划未填成文日期，印出的计划末尾将没有日期：请在“计划 ▸ 计划属性”中填写。</translation>
    </message>
    <message numerus="yes">
        <source>The title of section “%1” is %n characters long: far longer than a plan needs.</source>
        <translation>
            <numerusform>章节“%1”的标题长达 %n 个字符，远超计划所需。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task “%1” has a text of %n characters: far longer than a plan needs (pasted by mistake, or put there by another program).</source>
        <translation>
            <numerusform>任务“%1”中有一段文字长达 %n 个字符，远超计划所需（可能是误粘贴，或由其他程序写入）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Department “%1” is not named on any task: if it was typed by mistake, remove it in Plan ▸ Departments.</source>
        <translation>责任单位“%1”未用于任何任务：如系误输入，请在“计划 ▸ 责任单位”中删除。</translation>
    </message>
</context>
<context>
    <name>ap::PlanCommand</name>
    <message>
        <source>Change plan properties</source>
        <translation>修改计划属性</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>移动章节</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>重命名章节</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加责任单位</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除责任单位</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>修改责任单位</translation>
    </message>
    <message>
        <source>Move department</source>
        <translation>移动责任单位</translation>
    </message>
    <message>
        <source>Merge departments</source>
        <translation>合并责任单位</translation>
    </message>
    <message>
        <source>Set lead departments</source>
        <translation>设置牵头单位</translation>
    </message>
    <message>
        <source>Set cooperating departments</source>
        <translation>设置配合单位</translation>
    </message>
    <message>
        <source>Correct the report on “%1”</source>
        <translation>更正“%1”的进展</translation>
    </message>
    <message>
        <source>Report progress on “%1”</source>
        <translation>填报“%1”的进展</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>锁定%1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>解除锁定%1</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>%1的考核评分</translation>
    </message>
    <message>
        <source>Bonus or veto item</source>
        <translation>加分或一票否决事项</translation>
    </message>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>添加 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for an adjustment</source>
        <translation>调整理由</translation>
    </message>
    <message>
        <source>Keep my change</source>
        <translation>保存我的修改</translation>
    </message>
</context>
<context>
    <name>ap::PlanComparison</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>具体内容</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Supporting units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>所属部分</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the plan&apos;s top level</source>
        <translation>计划一级标题</translation>
    </message>
</context>
<context>
    <name>ap::PlanDocument</name>
    <message>
        <source>The connection to the server is lost, so the change was not saved. Nothing can be changed until the server answers again; the plan is then read again from the server.</source>
        <translation>与服务器的连接已断开，本次修改未保存。服务器恢复响应之前不能作任何修改；恢复后将从服务器重新读取计划。</translation>
    </message>
    <message>
        <source>The assessment&apos;s result is published: its self-assessments, reviews and awards no longer change. Withdraw the publication first to change them.</source>
        <translation>考核结果已发布，自评、复核和加分事项不能再修改。如需修改，请先撤回发布。</translation>
    </message>
    <message>
        <source>A unit assesses itself only on the assessed tasks it leads.</source>
        <translation>单位只能对本单位牵头的考核任务自评。</translation>
    </message>
    <message>
        <source>Issued version</source>
        <translation>印发版</translation>
    </message>
    <message>
        <source>A version needs a name, such as “%1”.</source>
        <translation>版本需要一个名称，例如“%1”。</translation>
    </message>
    <message>
        <source>A version&apos;s name is at most 100 characters long.</source>
        <translation>版本名称最多 100 个字。</translation>
    </message>
    <message>
        <source>The plan has a version named “%1” already. Give this one another name.</source>
        <translation>计划中已有名为“%1”的版本，请另取一个名称。</translation>
    </message>
    <message>
        <source>The plan has no such version.</source>
        <translation>计划中没有这个版本。</translation>
    </message>
    <message>
        <source>The version “%1” could not be read: %2</source>
        <translation>无法读取版本“%1”：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The version could not be opened: no room for its scratch file (%1).</source>
        <translation>无法打开该版本：没有空间存放其临时文件（%1）。</translation>
    </message>
    <message>
        <source>The server cannot be reached now, so your report is kept on this computer (reports waiting to be sent) and sent by itself once the server answers again. Nothing needs to be typed again.</source>
        <translation>现在连不上服务器，您的报告已保存在本机（待发送的报告），服务器恢复后自动发送，无需重新填写。</translation>
    </message>
    <message>
        <source>The server did not confirm your report, so it is kept on this computer (reports waiting to be sent) and sent by itself once the server answers again; the server keeps it once however often it is sent. Nothing needs to be typed again.</source>
        <translation>服务器没有确认收到您的报告，报告已保存在本机（待发送的报告），服务器恢复后自动发送；无论发送几次，服务器只保存一次。无需重新填写。</translation>
    </message>
    <message>
        <source>%1
Your report is kept on this computer with the reason (reports waiting to be sent), where its words can be copied or it can be discarded.</source>
        <translation>%1
您的报告连同拒收原因已保存在本机（待发送的报告），可在那里复制其内容或删除。</translation>
    </message>
    <message>
        <source>The task is not removed: its reports&apos; evidence could not be kept for an undo. %1</source>
        <translation>任务未删除：其填报所附的佐证材料无法留存以备撤销。%1</translation>
    </message>
</context>
<context>
    <name>ap::PlanEditor</name>
    <message>
        <source>Find and Filter</source>
        <translation>查找和筛选</translation>
    </message>
    <message>
        <source>Plan Checks</source>
        <translation>计划检查</translation>
    </message>
    <message>
        <source>Show or hide the plan checks</source>
        <translation>显示或隐藏计划检查</translation>
    </message>
    <message>
        <source>&amp;Find and Filter…</source>
        <translation>查找和筛选(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Find and Filter Panel</source>
        <translation>查找和筛选面板(&amp;F)</translation>
    </message>
    <message>
        <source>Plan &amp;Checks Panel</source>
        <translation>计划检查面板(&amp;C)</translation>
    </message>
    <message>
        <source>Tasks of &amp;Subsections Too</source>
        <translation>同时列出下级章节的任务(&amp;S)</translation>
    </message>
    <message>
        <source>Plan checks: no problems</source>
        <translation>计划检查：未发现问题</translation>
    </message>
    <message numerus="yes">
        <source>Plan checks: %n to look at</source>
        <translation>
            <numerusform>计划检查：%n 处需要查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>计划检查</translation>
    </message>
</context>
<context>
    <name>ap::PlanImport</name>
    <message>
        <source>Overall targets</source>
        <translation>总体目标</translation>
    </message>
    <message>
        <source>Imported items</source>
        <translation>导入的工作事项</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a document.</source>
        <translation>“%1”是文件夹，不是文档。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, too large for a plan document (at most %3 MB).</source>
        <translation>“%1”大小为 %2 MB，超出计划文档的上限（最多 %3 MB）。</translation>
    </message>
    <message>
        <source>“%1” is named .docx but is not a Word document; it may be damaged.</source>
        <translation>“%1”的扩展名是 .docx，但内容不是 Word 文档，文件可能已损坏。</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>无法导入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” contains no text to import.</source>
        <translation>“%1”中没有可导入的文字。</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <source>Text (%1)</source>
        <translation>文本（%1）</translation>
    </message>
    <message>
        <source>it is named .pdf but is not a PDF</source>
        <translation>文件名为 .pdf，但不是 PDF 文件</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>%1 document, converted by LibreOffice</source>
        <translation>%1 文档（经 LibreOffice 转换）</translation>
    </message>
    <message numerus="yes">
        <source>PDF document, its task table (%n rows) read as the plan</source>
        <translation>
            <numerusform>PDF 文档，按其任务分解表（%n 行）读作计划</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PDF document; %n tasks completed from its task table</source>
        <translation>
            <numerusform>PDF 文档；%n 项任务按其任务分解表补全</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF document, its task table read from the text</source>
        <translation>PDF 文档，按文字中的任务分解表读取</translation>
    </message>
</context>
<context>
    <name>ap::PlanJson</name>
    <message>
        <source>The plan data is not valid JSON: %1</source>
        <translation>计划数据不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Node %1 has no valid level.</source>
        <translation>第 %1 个节点没有有效的层级。</translation>
    </message>
    <message>
        <source>Task %1 (“%2”) is not inside any section.</source>
        <translation>第 %1 个节点（任务“%2”）不属于任何章节。</translation>
    </message>
    <message>
        <source>Node %1 has an unknown kind “%2”.</source>
        <translation>第 %1 个节点的类型“%2”无法识别。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>%1：“%2”不是日期（应为 年-月-日）。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>The plan year “%1” is not a year from 1900 to 2999.</source>
        <translation>计划年度“%1”不是 1900 至 2999 之间的年份。</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>The reporting cadence “%1” is not monthly or quarterly.</source>
        <translation>填报周期“%1”既不是按月也不是按季度。</translation>
    </message>
    <message>
        <source>A department has no name.</source>
        <translation>有一个责任单位没有名称。</translation>
    </message>
    <message>
        <source>The department “%1” is listed twice.</source>
        <translation>责任单位“%1”列出了两次。</translation>
    </message>
    <message>
        <source>Task %1 (“%2”)</source>
        <translation>第 %1 项任务（“%2”）</translation>
    </message>
    <message>
        <source>%1: the operator “%2” is not one of ≥ ≤ = &gt; &lt;.</source>
        <translation>%1：比较符“%2”不是 ≥ ≤ = &gt; &lt; 之一。</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>印发通知</translation>
    </message>
    <message>
        <source>%1: the measure “%2” is not one of level, cumulative, steady.</source>
        <translation>%1：计量方式“%2”不是 level（时点值）、cumulative（累计）、steady（匀速累计）之一。</translation>
    </message>
</context>
<context>
    <name>ap::PlanLocation</name>
    <message>
        <source>No plan is named: give a plan file or a plan address.</source>
        <translation>未指定计划：请给出计划文件或计划地址。</translation>
    </message>
</context>
<context>
    <name>ap::PlanPropertiesDialog</name>
    <message>
        <source>Plan Properties</source>
        <translation>计划属性</translation>
    </message>
    <message>
        <source>e.g. 2026 Health Work Plan</source>
        <translation>例如：2026年卫生健康工作计划</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Plan &amp;year:</source>
        <translation>计划年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Issuing &amp;organisation:</source>
        <translation>发文单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation>成文日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Reporting &amp;cadence:</source>
        <translation>调度周期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Issuing &amp;Notice</source>
        <translation>印发通知(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Issue the plan with a notice (the plan becomes its attachment)</source>
        <translation>以通知印发本计划（计划作为通知的附件）(&amp;I)</translation>
    </message>
    <message>
        <source>Printed in red over the red line, e.g. “××县卫生健康委员会文件”</source>
        <translation>红色印在版头分隔线之上，如“××县卫生健康委员会文件”</translation>
    </message>
    <message>
        <source>e.g. 清卫发〔2026〕3号</source>
        <translation>如：清卫发〔2026〕3号</translation>
    </message>
    <message>
        <source>e.g. 各乡镇卫生院，委机关各股室</source>
        <translation>如：各乡镇卫生院，委机关各股室</translation>
    </message>
    <message>
        <source>Issuer &amp;mark (red):</source>
        <translation>发文机关标志（红头）(&amp;M)：</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>发文字号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Addressed to:</source>
        <translation>主送机关(&amp;A)：</translation>
    </message>
    <message>
        <source>Notice te&amp;xt:</source>
        <translation>通知正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Copie&amp;s to:</source>
        <translation>抄送机关(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;rinted by:</source>
        <translation>印发机关(&amp;R)：</translation>
    </message>
    <message>
        <source>Printin&amp;g date:</source>
        <translation>印发日期(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>ap::PlanRows</name>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>The plan is open read-only; changes cannot be saved.</source>
        <translation>计划以只读方式打开，修改无法保存。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>修改未能保存：%1</translation>
    </message>
    <message>
        <source>The disk is full. The change was not saved.</source>
        <translation>磁盘已满，修改未保存。</translation>
    </message>
    <message>
        <source>The plan file cannot be written. The change was not saved.</source>
        <translation>计划文件不可写入，修改未保存。</translation>
    </message>
    <message>
        <source>the section</source>
        <translation>该章节</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>该任务</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>该责任单位</translation>
    </message>
    <message>
        <source>The change could not be saved: %1 no longer exists.</source>
        <translation>修改未能保存：%1已不存在。</translation>
    </message>
    <message>
        <source>The plan&apos;s versions could not be read: %1</source>
        <translation>无法读取计划的版本：%1</translation>
    </message>
    <message>
        <source>The plan&apos;s versions could not be read: the version %1 is damaged.</source>
        <translation>无法读取计划的版本：版本 %1 已损坏。</translation>
    </message>
    <message>
        <source>The version could not be read: %1</source>
        <translation>无法读取该版本：%1</translation>
    </message>
    <message>
        <source>The change was not saved. %1</source>
        <translation>修改未保存。%1</translation>
    </message>
    <message>
        <source>This plan is kept in an older format that holds no evidence files.</source>
        <translation>此计划是旧格式，不能保存佐证材料。</translation>
    </message>
    <message>
        <source>The evidence file could not be read: %1</source>
        <translation>无法读取佐证材料：%1</translation>
    </message>
    <message>
        <source>The evidence file is no longer in the plan.</source>
        <translation>计划中已没有这个佐证材料。</translation>
    </message>
    <message>
        <source>The evidence file in the plan is damaged (its size or checksum is not what was kept), so it is not opened.</source>
        <translation>计划中的这个佐证材料已损坏（大小或校验值与保存时不符），因此不予打开。</translation>
    </message>
    <message>
        <source>The evidence file “%1” is not at hand to be written.</source>
        <translation>佐证材料“%1”的文件内容不在，无法写入。</translation>
    </message>
</context>
<context>
    <name>ap::PlanSession</name>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Roll &amp;Forward from Last Year&apos;s Plan…</source>
        <translation>由上年计划结转(&amp;F)…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Back Up a Copy…</source>
        <translation>备份副本(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Annual plans (*.aplan);;All files (*)</source>
        <translation>年度计划 (*.aplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 plan</source>
        <translation>%1年度计划</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>Plan Is Open Elsewhere</source>
        <translation>计划已在别处打开</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>是否以只读方式打开？</translation>
    </message>
    <message>
        <source>Cannot Open Plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <source>“%1” cannot be written here, so it is open read-only. Use Save As to make an editable copy.</source>
        <translation>“%1”在此处不可写入，已以只读方式打开。可用“另存为”保存一份可编辑的副本。</translation>
    </message>
    <message>
        <source>Cannot Create Plan</source>
        <translation>无法新建计划</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>“%1”已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Last Year&apos;s Plan</source>
        <translation>上年计划</translation>
    </message>
    <message>
        <source>Save the New Plan As</source>
        <translation>新计划保存为</translation>
    </message>
    <message>
        <source>The %1 plan was started from last year&apos;s; last year&apos;s file is unchanged.</source>
        <translation>已由上年计划生成 %1 年计划，上年文件未作改动。</translation>
    </message>
    <message>
        <source>Roll Forward Done</source>
        <translation>结转完成</translation>
    </message>
    <message>
        <source>Last year&apos;s file is unchanged: %1</source>
        <translation>上年文件未作改动：%1</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <source>Save As Failed</source>
        <translation>另存为失败</translation>
    </message>
    <message>
        <source>The plan could not be saved as “%1”: %2</source>
        <translation>计划未能另存为“%1”：%2</translation>
    </message>
    <message>
        <source>Back Up a Copy</source>
        <translation>备份副本</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The backup copy could not be made: %1</source>
        <translation>未能生成备份副本：%1</translation>
    </message>
    <message>
        <source>Backup copy saved as %1</source>
        <translation>备份副本已保存为 %1</translation>
    </message>
    <message>
        <source>Open S&amp;hared Plan on a Server…</source>
        <translation>打开服务器上的共享计划(&amp;H)…</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>Cannot Read the Plan Again</source>
        <translation>无法重新读取计划</translation>
    </message>
    <message>
        <source>The server answers again. The plan is read again from it; changes can be made again.</source>
        <translation>服务器已恢复响应。已从服务器重新读取计划，可以继续修改。</translation>
    </message>
    <message>
        <source>You report for %1 on this plan: the plan itself is read-only to you; report progress on your department&apos;s tasks with Ctrl+R.</source>
        <translation>您在本计划中代表%1报送：计划本身对您只读；请用 Ctrl+R 报送本部门任务的进展。</translation>
    </message>
    <message>
        <source>Your login may read this plan on the server, not change it. Its owner gives rights on the Members and Rights page.</source>
        <translation>您的登录名只能阅读服务器上的本计划，不能修改。权限由计划所有者在“成员与权限”中授予。</translation>
    </message>
    <message>
        <source>Plan Changed by Another Program</source>
        <translation>计划文件已被其他程序改动</translation>
    </message>
    <message>
        <source>Make a &amp;Clean Copy…</source>
        <translation>制作干净副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Clean Copy of the Plan</source>
        <translation>计划的干净副本</translation>
    </message>
    <message>
        <source>%1 (clean copy)</source>
        <translation>%1（干净副本）</translation>
    </message>
    <message>
        <source>No Clean Copy</source>
        <translation>未能制作干净副本</translation>
    </message>
    <message>
        <source>Clean Copy Made</source>
        <translation>干净副本已制作</translation>
    </message>
    <message>
        <source>The plan&apos;s own rows are in “%1”; “%2” is unchanged.</source>
        <translation>计划本身的数据已存入“%1”；“%2”未作任何改动。</translation>
    </message>
    <message>
        <source>Not a Plan File</source>
        <translation>不是计划文件</translation>
    </message>
    <message>
        <source>“%1” is a document, not a plan file. Import it as a plan? The document itself is not changed.</source>
        <translation>“%1”是文档，不是计划文件。是否将其导入为计划？原文档不会被改动。</translation>
    </message>
    <message>
        <source>&amp;Import the Plan Document…</source>
        <translation>导入计划文档(&amp;I)…</translation>
    </message>
    <message>
        <source>No Sample Plan</source>
        <translation>没有示例计划</translation>
    </message>
    <message>
        <source>This is your own copy of the sample plan, in %1: change it as you like.</source>
        <translation>这是示例计划的个人副本，位于 %1：可以随意修改。</translation>
    </message>
    <message>
        <source>The version “%1” as it was saved %2: read-only. Print and export it like the plan; Save As makes an editable plan file of it.</source>
        <translation>这是版本“%1”（%2 保存）的原样，只读。可像计划一样打印和导出；“另存为”可把它存成可编辑的计划文件。</translation>
    </message>
    <message>
        <source>The server answers again. The plan is read again from it; progress can be reported again.</source>
        <translation>服务器已恢复响应。已从服务器重新读取计划，可以继续填报进展。</translation>
    </message>
    <message>
        <source>The server answers again. The plan is read again from it.</source>
        <translation>服务器已恢复响应。已从服务器重新读取计划。</translation>
    </message>
    <message>
        <source>Report Kept to Send</source>
        <translation>报告已保存待发送</translation>
    </message>
    <message>
        <source>“%1” cannot be read as an invitation to a shared plan.</source>
        <translation>“%1”无法作为共享计划邀请读取。</translation>
    </message>
    <message>
        <source>Cannot Open Invitation</source>
        <translation>无法打开邀请</translation>
    </message>
    <message>
        <source>Your change was not saved; what you typed is on the clipboard.</source>
        <translation>您的修改未保存；您输入的文字已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Stopped: the new plan was not written.</source>
        <translation>已停止：新计划未写入。</translation>
    </message>
    <message>
        <source>Writing the %1 plan…</source>
        <translation>正在写入 %1 年计划……</translation>
    </message>
</context>
<context>
    <name>ap::PlanStore</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not an AnnualPlan plan file, or it is damaged. It has not been changed.</source>
        <translation>“%1”不是年度计划文件，或者文件已损坏。文件未作任何改动。</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not an AnnualPlan plan file. It has not been changed.</source>
        <translation>“%1”是其他程序的数据库，不是年度计划文件。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The plan file “%1” is damaged (it may have been cut short). It has not been changed; open a backup copy instead.</source>
        <translation>计划文件“%1”已损坏（可能不完整）。文件未作任何改动，请改为打开备份副本。</translation>
    </message>
    <message>
        <source>The plan file “%1” was written by a newer version of AnnualPlan (file format %2; this version reads up to %3). Please update AnnualPlan. The file has not been changed.</source>
        <translation>计划文件“%1”由更新版本的年度计划软件保存（文件格式 %2，本版本最高支持 %3）。请升级本软件。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The plan file “%1” is incomplete or damaged. It has not been changed.</source>
        <translation>计划文件“%1”不完整或已损坏。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The plan file “%1” is damaged. It has not been changed; open a backup copy instead.</source>
        <translation>计划文件“%1”已损坏。文件未作任何改动，请改为打开备份副本。</translation>
    </message>
    <message>
        <source>The plan file “%1” was not closed properly and needs recovery, but it cannot be written here. Copy it to a folder you may write to and open it again.</source>
        <translation>计划文件“%1”上次未正常关闭，需要恢复，但此处不可写入。请将其复制到可写入的文件夹后重新打开。</translation>
    </message>
    <message>
        <source>The plan file “%1” is open in another AnnualPlan window (computer “%2”, process %3). You can open it read-only.</source>
        <translation>计划文件“%1”已在另一个年度计划窗口中打开（计算机“%2”，进程 %3）。可以以只读方式打开。</translation>
    </message>
    <message>
        <source>The plan file “%1” cannot be locked for editing. You can open it read-only.</source>
        <translation>无法锁定计划文件“%1”进行编辑。可以以只读方式打开。</translation>
    </message>
    <message>
        <source>The plan file “%1” cannot be opened: %2</source>
        <translation>无法打开计划文件“%1”：%2</translation>
    </message>
    <message>
        <source>The plan file “%1” needs an upgrade, but its backup copy could not be made: %2. The file has not been changed.</source>
        <translation>计划文件“%1”需要升级，但未能生成备份副本：%2。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The plan file “%1” could not be upgraded: %2. The file has not been changed.</source>
        <translation>计划文件“%1”升级失败：%2。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The plan file “%1” is damaged: parts of the plan are missing. It has not been changed.</source>
        <translation>计划文件“%1”已损坏：缺少部分计划内容。文件未作任何改动。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>“%1”已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>The plan file “%1” could not be created: %2</source>
        <translation>未能创建计划文件“%1”：%2</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the copy did not pass its integrity check</source>
        <translation>副本未通过完整性检查</translation>
    </message>
    <message>
        <source>The plan file “%1” could not be read (the disk reported an error). It has not been changed.</source>
        <translation>无法读取计划文件“%1”（磁盘报告错误）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>磁盘报告读写错误</translation>
    </message>
    <message>
        <source>The plan file “%1” is open in another AnnualPlan window or command under another name (a link to the same file). You can open it read-only.</source>
        <translation>计划文件“%1”已通过另一个名称（指向同一文件的链接）在另一个年度计划窗口或命令中打开。可以以只读方式打开。</translation>
    </message>
    <message>
        <source>“%1” is a link that leads to no file (or round in a circle).</source>
        <translation>“%1”是一个链接，但没有指向任何文件（或循环指向自身）。</translation>
    </message>
    <message>
        <source>The plan file “%1” cannot be locked for editing: “%2” is in the way, and it is not a lock AnnualPlan made. Move it away, or open the plan read-only.</source>
        <translation>计划文件“%1”无法锁定以供编辑：“%2”占用了锁文件的位置，且不是本软件创建的锁。请将其移走，或以只读方式打开计划。</translation>
    </message>
    <message>
        <source>The plan file “%1” is open in another AnnualPlan window. You can open it read-only.</source>
        <translation>计划文件“%1”已在另一个年度计划窗口中打开。可以以只读方式打开。</translation>
    </message>
    <message>
        <source>The plan file “%1” cannot be created: its folder “%2” does not exist.</source>
        <translation>无法创建计划文件“%1”：所在文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>The plan file “%1” cannot be created: the folder “%2” may not be written to (it is read-only, or you have no permission there).</source>
        <translation>无法创建计划文件“%1”：文件夹“%2”不能写入（只读或没有权限）。</translation>
    </message>
    <message>
        <source>“%1” cannot be created: the journal of an interrupted change of an earlier file of that name is beside it. Choose another name.</source>
        <translation>无法创建“%1”：旁边有同名旧文件中断修改时留下的日志文件。请另选名称。</translation>
    </message>
    <message>
        <source>The plan file “%1” holds things that are not part of an AnnualPlan plan (%2). Another program has changed it, and what it added could change the plan whenever it is edited, so it has not been opened. The file has not been changed. A clean copy keeps the plan&apos;s own rows in a new file: choose “Make a clean copy”, or run “annualplan clean-copy FILE -o NEW”.</source>
        <translation>计划文件“%1”含有不属于年度计划的内容（%2）。它已被其他程序改动，加入的内容可能在每次编辑时篡改计划，因此没有打开。文件未作任何改动。干净副本会把计划本身的数据存入一个新文件：请选择“制作干净副本”，或运行“annualplan clean-copy 文件 -o 新文件”。</translation>
    </message>
    <message>
        <source>The plan file “%1” is damaged: parts of the plan are missing (%2). It has not been changed.</source>
        <translation>计划文件“%1”已损坏：缺少计划的部分内容（%2）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The plan file “%1” was not created: it was stopped before it was complete.</source>
        <translation>计划文件“%1”未创建：写入在完成前已停止。</translation>
    </message>
</context>
<context>
    <name>ap::PlanVersions</name>
    <message>
        <source> Targets are measured as the plan has them now.</source>
        <translation>各项目标按现行计划衡量。</translation>
    </message>
    <message>
        <source> Targets are measured as the plan&apos;s version “%1” of %2 has them.</source>
        <translation>各项目标按%2保存的计划版本“%1”衡量。</translation>
    </message>
</context>
<context>
    <name>ap::PrintFlow</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Se&amp;ttings…</source>
        <translation>打印设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Plan and Annexes as &amp;PDF…</source>
        <translation>计划正文及附件导出为 &amp;PDF…</translation>
    </message>
    <message>
        <source>Task Table as &amp;Excel Workbook…</source>
        <translation>任务分解表导出为 &amp;Excel 工作簿…</translation>
    </message>
    <message>
        <source>Task Table as &amp;CSV…</source>
        <translation>任务分解表导出为 &amp;CSV…</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Laying out the plan…</source>
        <translation>正在排版计划…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export as Excel Workbook</source>
        <translation>导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>-task table</source>
        <translation>-任务分解表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Show the Preview</source>
        <translation>无法显示预览</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>无法生成预览：%1</translation>
    </message>
    <message>
        <source>Plan as &amp;Word Document (.docx)…</source>
        <translation>计划导出为 &amp;Word 文档（.docx）…</translation>
    </message>
    <message>
        <source>Export as Word Document</source>
        <translation>导出为 Word 文档</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Writing the Word document…</source>
        <translation>正在生成 Word 文档…</translation>
    </message>
</context>
<context>
    <name>ap::PrintSettingsDialog</name>
    <message>
        <source>Print Settings</source>
        <translation>打印设置</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Title (小标宋):</source>
        <translation>标题（小标宋）：</translation>
    </message>
    <message>
        <source>Body text (仿宋):</source>
        <translation>正文（仿宋）：</translation>
    </message>
    <message>
        <source>Level 1 headings (黑体):</source>
        <translation>一级标题（黑体）：</translation>
    </message>
    <message>
        <source>Level 2 headings (楷体):</source>
        <translation>二级标题（楷体）：</translation>
    </message>
    <message>
        <source>Page numbers (宋体):</source>
        <translation>页码（宋体）：</translation>
    </message>
    <message>
        <source>Use Default Fonts</source>
        <translation>使用默认字体</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <source>The plan (正文)</source>
        <translation>计划正文</translation>
    </message>
    <message>
        <source>Annex: 重点任务分解表</source>
        <translation>附件：重点任务分解表</translation>
    </message>
    <message>
        <source>Annex: 责任清单</source>
        <translation>附件：责任清单</translation>
    </message>
    <message>
        <source>Columns of the 重点任务分解表</source>
        <translation>重点任务分解表的列</translation>
    </message>
    <message>
        <source>Print baselines that are only last year&apos;s targets, as “2026年目标为85%”</source>
        <translation>仅为上年目标的基数照印为“2026年目标为85%”</translation>
    </message>
    <message>
        <source>A rolled-forward plan takes last year&apos;s target as the baseline where no result was reported. Printed, it is called a target; unchecked, it is left out.</source>
        <translation>由上年计划结转时，未填报实际完成值的指标以上年目标值为基数。勾选时印为“目标为”，不勾选则不印。</translation>
    </message>
    <message>
        <source>%1 is not installed; %2 prints instead.</source>
        <translation>未安装“%1”，现以“%2”代替。</translation>
    </message>
    <message>
        <source>The printed plan keeps the GB/T 9704 layout, but its letters are not the 公文 fonts. Install them (copy the font files the office uses into ~/.local/share/fonts, or ask the administrator to put them in /usr/share/fonts), then start AnnualPlan again.</source>
        <translation>印出的文件仍按 GB/T 9704 排版，但字体不是公文字体。请安装公文字体（把单位使用的字体文件复制到 ~/.local/share/fonts，或请管理员放入 /usr/share/fonts），然后重新启动本程序。</translation>
    </message>
    <message>
        <source>Not installed: %1. Printed instead: %2.</source>
        <translation>未安装：%1。现以%2代替。</translation>
    </message>
    <message>
        <source>How to Install the 公文 Fonts…</source>
        <translation>如何安装公文字体…</translation>
    </message>
    <message>
        <source>The 公文 Fonts</source>
        <translation>公文字体</translation>
    </message>
    <message>
        <source>Issuer mark of the 版头 (小标宋):</source>
        <translation>版头发文机关标志（小标宋）：</translation>
    </message>
    <message>
        <source>Annex tables (仿宋):</source>
        <translation>附件表格（仿宋）：</translation>
    </message>
    <message>
        <source>Stand-ins for the 公文 fonts: %1</source>
        <translation>代用字体：%1</translation>
    </message>
</context>
<context>
    <name>ap::ProgressReport</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%3季度</translation>
    </message>
    <message>
        <source>%2/%1</source>
        <translation>%1年%2月</translation>
    </message>
</context>
<context>
    <name>ap::RecentPlans</name>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1（登录名 %2）</translation>
    </message>
</context>
<context>
    <name>ap::RefusedEdit</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Supporting units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Reporting cadence</source>
        <translation>报送周期</translation>
    </message>
    <message>
        <source>Days of warning before a deadline</source>
        <translation>到期提醒天数</translation>
    </message>
    <message>
        <source>Points behind for a warning</source>
        <translation>滞后预警百分点</translation>
    </message>
    <message>
        <source>Issued by a notice</source>
        <translation>以通知印发</translation>
    </message>
    <message>
        <source>Issuer&apos;s mark</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>通知正文</translation>
    </message>
    <message>
        <source>Copies to</source>
        <translation>抄送机关</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>Print date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>按季度</translation>
    </message>
</context>
<context>
    <name>ap::ReminderDialog</name>
    <message>
        <source>Chase Reports (催报)</source>
        <translation>催报</translation>
    </message>
    <message>
        <source>Department and the tasks it has not reported</source>
        <translation>单位及其未报送的任务</translation>
    </message>
    <message>
        <source>&amp;Copy the Notice</source>
        <translation>复制催报通知(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save the Notice…</source>
        <translation>保存催报通知(&amp;S)…</translation>
    </message>
    <message>
        <source>Write Its Return &amp;Form…</source>
        <translation>生成该单位填报表(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>填报期(&amp;P)：</translation>
    </message>
    <message>
        <source>(no lead department)</source>
        <translation>（无牵头单位）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Every task has its report for %1.</source>
        <translation>%1各项任务均已报送。</translation>
    </message>
    <message>
        <source>%1 departments have not reported %2 tasks for %3.</source>
        <translation>%3：%1个单位共%2项任务未报送。</translation>
    </message>
    <message>
        <source>The notice to %1 is copied: paste it into a message.</source>
        <translation>致%1的催报通知已复制，可粘贴到消息中发送。</translation>
    </message>
    <message>
        <source>Save the Notice</source>
        <translation>保存催报通知</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>The notice to %1 is saved: %2</source>
        <translation>致%1的催报通知已保存：%2</translation>
    </message>
    <message>
        <source>Write Its Return Form</source>
        <translation>生成该单位填报表</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not Written</source>
        <translation>未能生成</translation>
    </message>
    <message>
        <source>The return form is written: %1</source>
        <translation>填报表已生成：%1</translation>
    </message>
</context>
<context>
    <name>ap::ReminderPrinter</name>
    <message>
        <source>Reminder to report the progress of %1</source>
        <translation>关于报送%1重点工作进展情况的催报通知</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>于%1前</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>尽快</translation>
    </message>
    <message>
        <source>As of %1, the progress of %2 of the following %3 tasks of 《%4》 that your unit leads has not been reported: %5. Please report it %6.</source>
        <translation>截至%1，你单位牵头的《%4》以下%3项任务尚未报送%2进展情况：%5。请%6报送。</translation>
    </message>
</context>
<context>
    <name>ap::ReportDialog</name>
    <message>
        <source>Report Progress — %1</source>
        <translation>填报进展 — %1</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Why the earlier report is corrected</source>
        <translation>更正原先填报的原因</translation>
    </message>
    <message>
        <source>Correction &amp;reason:</source>
        <translation>更正原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>填报期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Percent &amp;complete:</source>
        <translation>完成进度(&amp;C)：</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Progress (进展情况):</source>
        <translation>进展情况：</translation>
    </message>
    <message>
        <source>Problems (存在问题):</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <source>Next steps (下步打算):</source>
        <translation>下步打算：</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>填报单位(&amp;B)：</translation>
    </message>
    <message>
        <source>%1 has been reported and is locked. Unlock it from the Plan menu to change its reports.</source>
        <translation>%1已报送并锁定。如需修改，请在“计划”菜单中解除锁定。</translation>
    </message>
    <message>
        <source>%1 already has a report (entered %2). Saving records a correction; the earlier report stays in the history.</source>
        <translation>%1已有填报（%2录入）。保存将记为一次更正，原填报保留在历史记录中。</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 </translation>
    </message>
    <message>
        <source>These are the year&apos;s final &amp;values (年终实绩)</source>
        <translation>以上为全年最终数(&amp;V)（年终实绩）</translation>
    </message>
    <message>
        <source>Next year&apos;s plan takes its baselines from the year&apos;s final values; a period&apos;s figure is never printed as the year&apos;s.</source>
        <translation>下一年度计划的基数取自年终实绩；阶段数据不会当作全年结果印出。</translation>
    </message>
    <message>
        <source>%1 (at the period&apos;s end, %2):</source>
        <translation>%1（期末值，%2）：</translation>
    </message>
    <message>
        <source>%1 (to date, %2):</source>
        <translation>%1（累计至期末，%2）：</translation>
    </message>
    <message>
        <source>due %1 by %2</source>
        <translation>应达 %1（%2）</translation>
    </message>
    <message>
        <source>Evidence (佐证材料):</source>
        <translation>佐证材料：</translation>
    </message>
</context>
<context>
    <name>ap::ReportHistoryModel</name>
    <message>
        <source> (due %1 by %2%3)</source>
        <translation>（%2应达%1%3）</translation>
    </message>
    <message>
        <source>, not met</source>
        <translation>，未达到</translation>
    </message>
    <message>
        <source> (year-end)</source>
        <translation>（年终实绩）</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1，代%2</translation>
    </message>
    <message>
        <source>Corrected later</source>
        <translation>已被更正</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>填报期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Figures against what was due</source>
        <translation>指标数据与应达目标</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>ap::ReportOutbox</name>
    <message>
        <source>The folder for reports waiting to be sent (%1) cannot be made.</source>
        <translation>无法建立存放待发送报告的文件夹（%1）。</translation>
    </message>
    <message>
        <source>The report could not be kept on this computer: %1</source>
        <translation>报告无法保存在本机：%1</translation>
    </message>
    <message>
        <source>The evidence file “%1” kept with the report on this computer is missing or cut short.</source>
        <translation>随填报保存在本机的佐证材料“%1”缺失或不完整。</translation>
    </message>
    <message>
        <source>The evidence file “%1” kept with the report on this computer has been changed.</source>
        <translation>随填报保存在本机的佐证材料“%1”已被改动。</translation>
    </message>
</context>
<context>
    <name>ap::ReportRequest</name>
    <message>
        <source>The plan has no task %1 (the ids are those annualplan status --json prints).</source>
        <translation>计划中没有编号为 %1 的任务（编号即 annualplan status --json 显示的 id）。</translation>
    </message>
    <message>
        <source>“%1” is not a status: give 未开始, 推进中, 已完成, 滞后 or 取消 (or not_started, in_progress, done, behind, cancelled).</source>
        <translation>“%1”不是有效的状态：请填写 未开始、推进中、已完成、滞后 或 取消（或 not_started、in_progress、done、behind、cancelled）。</translation>
    </message>
    <message>
        <source>The task “%1” has no target “%2” (its targets: %3).</source>
        <translation>任务“%1”没有指标“%2”（它的指标：%3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ap::ReportRules</name>
    <message>
        <source>“%1” is not a reporting period of the %2 plan (for example %3).</source>
        <translation>“%1”不是 %2 年计划的填报周期（例如 %3）。</translation>
    </message>
    <message>
        <source>%1 has been reported and is locked; unlock it (with a reason) to change its reports.</source>
        <translation>%1已报送并锁定；如需修改其填报，请先说明理由解除锁定。</translation>
    </message>
    <message>
        <source>The progress %1% is not from 0 to 100.</source>
        <translation>进度 %1% 不在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The task the report is on is no longer in the plan.</source>
        <translation>该填报所属的任务已不在计划中。</translation>
    </message>
    <message>
        <source>The year&apos;s final values (年终实绩) are reported with the year&apos;s last period, %1, not with %2.</source>
        <translation>全年最终数（年终实绩）须随本年度最后一个填报期（%1）填报，不能随%2填报。</translation>
    </message>
    <message>
        <source>A figure of the report is not a number (%1).</source>
        <translation>填报中有一个数值不是有效数字（%1）。</translation>
    </message>
    <message>
        <source>A report carries at most %1 evidence files; this one has %2. Leave some out, or put several photos into one PDF.</source>
        <translation>每次填报最多附 %1 个佐证材料，这次有 %2 个。请去掉一些，或把多张照片合成一个 PDF。</translation>
    </message>
    <message>
        <source>The evidence file “%1” is not what it was when it was added; add it again.</source>
        <translation>佐证材料“%1”与添加时不一致，请重新添加。</translation>
    </message>
    <message>
        <source>The plan&apos;s evidence files would together be %1, more than a plan keeps (%2). Leave some out, or make them smaller.</source>
        <translation>计划的佐证材料合计将达 %1，超过上限（%2）。请去掉一些，或缩小文件。</translation>
    </message>
</context>
<context>
    <name>ap::ReportSession</name>
    <message>
        <source>The server refused the report: your login “%1” reports for %2, and may report only on tasks that department leads or supports, in periods that are not locked.</source>
        <translation>服务器拒绝了这次填报：账号“%1”代表%2填报，只能为该部门牵头或配合的任务、在未锁定的期间填报进展。</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>（未指定部门）</translation>
    </message>
    <message>
        <source>The server refused the report: your login “%1” may not report on this plan.</source>
        <translation>服务器拒绝了这次填报：账号“%1”无权为本计划填报进展。</translation>
    </message>
</context>
<context>
    <name>ap::RollForward</name>
    <message>
        <source>Carried over (延续): not finished in %1</source>
        <translation>延续：%1年未完成</translation>
    </message>
    <message>
        <source>The new plan&apos;s year must come after %1, the year of the plan it starts from.</source>
        <translation>新计划的年度须晚于原计划的年度 %1。</translation>
    </message>
    <message>
        <source>The choices are not the JSON list rollforward --review prints: %1</source>
        <translation>所给选择不是 rollforward --review 输出的 JSON 列表：%1</translation>
    </message>
    <message>
        <source>Each choice names a target_id and a choice of period, target or none; “%1” does not.</source>
        <translation>每项选择须写明 target_id 和 choice（period、target 或 none）；“%1”不符合。</translation>
    </message>
    <message>
        <source>%1 plan started from the %2 plan: %3 sections, %4 tasks, %5 targets, %6 departments; dates moved on one year. Baselines: %7 from last year&apos;s final values, %8 from last year&apos;s targets, %13 from a period&apos;s figure with the period named, %14 left out. %9 unfinished tasks marked 延续; %10 completed one-off tasks left out. %11 of %12 mentions of %2 replaced by %1.</source>
        <translation>已由%2年计划生成%1年计划：%3 个章节、%4 项任务、%5 项目标、%6 个责任单位；日期顺延一年。基数：%7 项取上年年终实绩，%8 项取上年目标值，%13 项取注明时期的阶段数据，%14 项不写。%9 项未完成任务标为“延续”；%10 项已完成的一次性任务未转入。文中 %12 处“%2”中有 %11 处替换为“%1”。</translation>
    </message>
</context>
<context>
    <name>ap::RollForwardDialog</name>
    <message>
        <source>Roll Forward from Last Year&apos;s Plan</source>
        <translation>由上年计划结转</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>New plan &amp;year:</source>
        <translation>新计划年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Create the New Plan…</source>
        <translation>生成新计划…</translation>
    </message>
    <message>
        <source>Last year&apos;s plan: %1 (%2)</source>
        <translation>上年计划：%1（%2年）</translation>
    </message>
    <message>
        <source>Mentions of the old year (untick the ones that must stay):</source>
        <translation>文中出现的上年年份（不应替换的请取消勾选）：</translation>
    </message>
    <message>
        <source>plan title</source>
        <translation>计划标题</translation>
    </message>
    <message>
        <source>section title</source>
        <translation>章节标题</translation>
    </message>
    <message>
        <source>task title</source>
        <translation>任务标题</translation>
    </message>
    <message>
        <source>task description</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>task notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 tasks and %2 sections are copied; dates move on one year; %3 mentions of %4 are proposed for replacement.</source>
        <translation>将复制 %1 项任务和 %2 个章节；日期顺延一年；文中 %3 处“%4”建议替换。</translation>
    </message>
    <message>
        <source>Mark tasks last year&apos;s reports leave unfinished as 延续 (carried over)</source>
        <translation>上年填报未完成的任务标为“延续”</translation>
    </message>
    <message>
        <source>Leave out one-off tasks (with a deadline) that were reported done</source>
        <translation>不转入已填报完成的一次性任务（有完成时限的）</translation>
    </message>
    <message>
        <source>Last year&apos;s plan has no progress reports</source>
        <translation>上年计划没有进展填报记录</translation>
    </message>
    <message>
        <source>Keep last year&apos;s target values as this year&apos;s targets</source>
        <translation>沿用上年目标值作为本年目标</translation>
    </message>
    <message>
        <source>Unticked, each target keeps its indicator and unit, and its value is left for you to set. Baselines come from last year either way, as chosen below.</source>
        <translation>不勾选时，各目标保留指标名称和单位，目标值留待您填写。无论是否勾选，基数都取自上年，并按下方的选择表述。</translation>
    </message>
    <message>
        <source>Task and indicator</source>
        <translation>任务与指标</translation>
    </message>
    <message>
        <source>Last year&apos;s figure</source>
        <translation>上年数据</translation>
    </message>
    <message>
        <source>The new plan prints</source>
        <translation>新计划的表述</translation>
    </message>
    <message>
        <source>These targets were reported in periods but have no year-end value (年终实绩). A period&apos;s figure is never printed as the year&apos;s: choose what each baseline says.</source>
        <translation>以下目标上年只有阶段填报数据，没有年终实绩。阶段数据不会当作全年结果印出：请为每项选择基数的表述。</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>不写基数</translation>
    </message>
</context>
<context>
    <name>ap::RowConflict</name>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>the login %1</source>
        <translation>登录名 %1</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1（登录名 %2）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1于 %2</translation>
    </message>
</context>
<context>
    <name>ap::RowReader</name>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>The progress reports could not be read: %1</source>
        <translation>无法读取进展填报记录：%1</translation>
    </message>
    <message>
        <source>The plan holds a value no plan has, so it is not read (nothing in it has been shown or changed): “%1” in column “%2” of row %3 of table “%4”.</source>
        <translation>计划中有任何计划都不会有的数值，因此没有读取（其中内容未显示，也未改动）：“%4”表第 %3 行“%2”列的值“%1”。</translation>
    </message>
    <message>
        <source>The plan&apos;s sections do not form an outline (a section&apos;s parent is missing or one of its own subsections, or a task&apos;s section is missing), so it is not read. Nothing has been changed.</source>
        <translation>计划的章节构不成提纲（某章节的上级不存在或是其自身的下级，或某任务所属章节不存在），因此没有读取。未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ap::SamplePlan</name>
    <message>
        <source>The sample plan was not installed with the program.</source>
        <translation>程序安装时没有附带示例计划。</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1（示例）</translation>
    </message>
    <message>
        <source>The sample plan could not be copied to %1: %2</source>
        <translation>未能把示例计划复制到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ap::ScheduleDialog</name>
    <message>
        <source>Monthly Schedule</source>
        <translation>月度安排</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>按章节</translation>
    </message>
    <message>
        <source>By lead unit</source>
        <translation>按牵头单位</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>The year (quarters)</source>
        <translation>全年（按季度）</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Preview Schedule Table…</source>
        <translation>预览月度工作安排表(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>另存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>A bar runs from a task&apos;s start to its deadline in its warning colour; ◆ a step of a target, ■ the deadline, the red line today. Up and Down go from task to task, Enter or a click opens it, + and − zoom.</source>
        <translation>横条从任务开始时间画到完成时限，颜色为其预警颜色；◆ 为节点目标，■ 为完成时限，红线为今天。上下键逐项移动，回车或单击打开任务，+ 和 − 缩放。</translation>
    </message>
    <message>
        <source>Save the Schedule as Excel</source>
        <translation>把月度工作安排表另存为 Excel</translation>
    </message>
    <message>
        <source>-schedule</source>
        <translation>-月度工作安排表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ap::SchedulePrinter</name>
    <message>
        <source>Monthly work schedule of “%1”</source>
        <translation>《%1》月度工作安排表</translation>
    </message>
    <message>
        <source>No lead unit</source>
        <translation>未定牵头单位</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
</context>
<context>
    <name>ap::SchemeWeightsDialog</name>
    <message>
        <source>Points of Each Part</source>
        <translation>各部分分值</translation>
    </message>
    <message>
        <source>How many of the 100 points each part of the plan carries; each part&apos;s points are shared among its tasks. A part with 0 is not assessed.</source>
        <translation>计划各部分在 100 分中所占的分值；每部分的分值平均分配到其中的任务。分值为 0 的部分不考核。</translation>
    </message>
    <message>
        <source>In all: 100 points.</source>
        <translation>合计 100 分。</translation>
    </message>
    <message>
        <source>In all: %1 points; the scheme brings them to 100.</source>
        <translation>合计 %1 分，考核方案将按比例折算为 100 分。</translation>
    </message>
</context>
<context>
    <name>ap::SectionTreeModel</name>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message numerus="yes">
        <source>Move %n sections</source>
        <translation>
            <numerusform>移动 %n 个章节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks to another section</source>
        <translation>
            <numerusform>将 %n 项任务移到其他章节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n overdue task(s)</source>
        <translation>
            <numerusform>
逾期任务 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ap::ServerAddress</name>
    <message>
        <source>“%1” is not a plan address: %2 An address reads postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME.</source>
        <translation>“%1”不是计划地址：%2 地址的写法是 postgresql://用户@服务器[:端口]/数据库?plan=计划名。</translation>
    </message>
    <message>
        <source>it does not begin with postgresql://.</source>
        <translation>它不以 postgresql:// 开头。</translation>
    </message>
    <message>
        <source>it holds a password, which an address must not (give it in PGPASSWORD or ~/.pgpass).</source>
        <translation>其中含有密码，地址中不能写密码（请用 PGPASSWORD 或 ~/.pgpass 提供）。</translation>
    </message>
    <message>
        <source>it names no server.</source>
        <translation>未写明服务器。</translation>
    </message>
    <message>
        <source>it names no database.</source>
        <translation>未写明数据库。</translation>
    </message>
    <message>
        <source>it names no plan (?plan=NAME).</source>
        <translation>未写明计划（?plan=计划名）。</translation>
    </message>
    <message>
        <source>sslmode is one of %1.</source>
        <translation>sslmode 只能是 %1 之一。</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds from 1 to 600.</source>
        <translation>connect_timeout 须为 1 到 600 之间的秒数。</translation>
    </message>
    <message>
        <source>Warning: the address says sslmode=%1, so the password of “%2” may cross the network to %3 unencrypted, where anyone on the way can read it. Use sslmode=verify-full (or require) unless this network is trusted.</source>
        <translation>警告：地址中写了 sslmode=%1，账号“%2”的密码可能以未加密的形式经网络发往 %3，途中任何人都能读到。除非这是可信的网络，请改用 sslmode=verify-full（或 require）。</translation>
    </message>
    <message>
        <source>a login or database name is longer than PostgreSQL&apos;s 63 bytes.</source>
        <translation>账号名或数据库名超过了 PostgreSQL 的 63 字节上限。</translation>
    </message>
    <message>
        <source>a login or database name holds control characters.</source>
        <translation>账号名或数据库名中含有控制字符。</translation>
    </message>
    <message>
        <source>it gives “%1” twice.</source>
        <translation>“%1”写了两次。</translation>
    </message>
    <message>
        <source>the plan&apos;s name holds control characters.</source>
        <translation>计划名中含有控制字符。</translation>
    </message>
    <message>
        <source>“%1” is not an option a plan address takes (it takes plan, sslmode, sslrootcert, sslcert, sslkey, sslcrl and connect_timeout).</source>
        <translation>“%1”不是计划地址可用的参数（可用的参数有 plan、sslmode、sslrootcert、sslcert、sslkey、sslcrl 和 connect_timeout）。</translation>
    </message>
    <message>
        <source>the value of “%1” holds a space, a “;”, a quote or an “=”, which an option&apos;s value must not.</source>
        <translation>“%1”的值中含有空格、“;”、引号或“=”，参数值中不能有这些字符。</translation>
    </message>
    <message>
        <source>This is not an invitation to a shared plan: it holds no plan address.</source>
        <translation>这不是共享计划邀请：其中没有计划地址。</translation>
    </message>
</context>
<context>
    <name>ap::ServerClaims</name>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>修改未能保存：%1</translation>
    </message>
    <message>
        <source>the plan&apos;s details</source>
        <translation>计划的基本信息</translation>
    </message>
    <message>
        <source>this department</source>
        <translation>该部门</translation>
    </message>
    <message>
        <source>this section</source>
        <translation>该章节</translation>
    </message>
    <message>
        <source>this task</source>
        <translation>该任务</translation>
    </message>
    <message>
        <source>Someone else has removed %1 on the server since you opened the plan, so your change was not saved.</source>
        <translation>您打开计划之后，其他人已在服务器上删除了%1，因此您的修改未保存。</translation>
    </message>
    <message>
        <source>Someone else has changed %1 on the server since you opened the plan, so your change was not saved: nothing was written over theirs.</source>
        <translation>您打开计划之后，其他人已在服务器上修改了%1，因此您的修改未保存，未覆盖他人的修改。</translation>
    </message>
    <message>
        <source> The plan is read again from the server to show it as it is now; make your change again if it is still needed.</source>
        <translation>现已从服务器重新读取计划，显示其最新内容；如仍需修改，请重新操作。</translation>
    </message>
    <message>
        <source>A progress report has come in on a task you are removing since it was last read, so nothing was removed: the report would have gone with it.</source>
        <translation>您要删除的任务在上次读取之后又收到了进展报送，为免该报送一并被删除，本次未删除任何内容。</translation>
    </message>
    <message>
        <source>%1 changed %2 on the server after you opened the plan, so your change was not saved: nothing was written over theirs.</source>
        <translation>在您打开计划之后，%1修改了服务器上的%2，因此您的修改未保存，未覆盖其修改。</translation>
    </message>
    <message>
        <source>something in %1</source>
        <translation>%1中的内容</translation>
    </message>
</context>
<context>
    <name>ap::ServerDatabase</name>
    <message>
        <source>Only the owner of the database “%1” may prepare it for AnnualPlan; nothing was changed. Run this with the owner&apos;s login.</source>
        <translation>只有数据库“%1”的所有者才能为年度计划准备该数据库，未作任何更改。请用所有者的登录名运行。</translation>
    </message>
    <message>
        <source>The database “%1” could not be prepared: %2</source>
        <translation>数据库“%1”未能准备好：%2</translation>
    </message>
    <message>
        <source>There is no login “%1” on the server; nothing was changed.</source>
        <translation>服务器上没有登录名“%1”，未作任何更改。</translation>
    </message>
    <message>
        <source>The list of plans in “%1” belongs to the login “%2”, which published there first. That login gives it to the database&apos;s owner once (psql: ALTER SCHEMA annualplan OWNER TO the owner; ALTER TABLE annualplan.plans OWNER TO the owner), then the owner runs this again. Nothing was changed.</source>
        <translation>“%1”中的计划清单属于最先在此发布计划的登录名“%2”。请该登录名先把清单交给数据库所有者一次（psql：ALTER SCHEMA annualplan OWNER TO 所有者；ALTER TABLE annualplan.plans OWNER TO 所有者），再由所有者重新运行本命令。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ap::ServerError</name>
    <message>
        <source>Nothing answers at the server&apos;s address and port: the server may be stopped, or the address or port is wrong. Check the address, or ask the server&apos;s administrator whether it is running.</source>
        <translation>服务器的地址和端口上没有应答：服务器可能没有运行，或者地址、端口填错了。请检查地址，或询问服务器管理员服务器是否在运行。</translation>
    </message>
    <message>
        <source>The server did not answer in time: the network may be down or slow, or a firewall drops the connection. Check the network and try again.</source>
        <translation>服务器没有及时应答：网络可能断开或太慢，或者防火墙拦截了连接。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s name is not known on this network. Check how it is spelled, or use its IP address.</source>
        <translation>本网络中找不到这个服务器名称。请检查拼写，或改用服务器的 IP 地址。</translation>
    </message>
    <message>
        <source>The login or its password is wrong. Type the password again, or ask the plan&apos;s owner to check the login.</source>
        <translation>登录名或密码不正确。请重新输入密码，或请计划所有者核对登录名。</translation>
    </message>
    <message>
        <source>The server does not accept this login from this computer. Ask the server&apos;s administrator to add a line for it to pg_hba.conf (docs/SERVER.md).</source>
        <translation>服务器不接受从这台电脑使用这个登录名连接。请服务器管理员在 pg_hba.conf 中为它添加一行（见 docs/SERVER.md）。</translation>
    </message>
    <message>
        <source>The server accepts this login only over an encrypted connection (TLS). Remove “sslmode=disable” from the address.</source>
        <translation>服务器只接受这个登录名通过加密连接（TLS）登录。请从地址中去掉“sslmode=disable”。</translation>
    </message>
    <message>
        <source>The server offers no encrypted connection (TLS), so the password was not sent. Ask the server&apos;s administrator to turn TLS on (docs/SERVER.md); only on a network you trust, add &amp;sslmode=disable to the address.</source>
        <translation>服务器不提供加密连接（TLS），因此没有发送密码。请服务器管理员开启 TLS（见 docs/SERVER.md）；只有在可信的网络中，才可以在地址后加上 &amp;sslmode=disable。</translation>
    </message>
    <message>
        <source>The server has no database of the name the address gives. Check the address.</source>
        <translation>服务器上没有地址中所写的数据库。请检查地址。</translation>
    </message>
    <message>
        <source>The reporting period is locked: reports for it can no longer be added or changed. Ask the plan&apos;s editors to unlock it.</source>
        <translation>该填报期已锁定，不能再填报或修改。如需修改，请计划编辑人解除锁定。</translation>
    </message>
    <message>
        <source>The year-end assessment is published: its marks and awards no longer change. The plan&apos;s editors can withdraw the publication first.</source>
        <translation>年度考核结果已发布，评分和加分不能再修改。如需修改，请计划编辑人先撤回发布。</translation>
    </message>
    <message>
        <source>A value is outside what the plan allows (too long, too large, or not one of the choices).</source>
        <translation>有内容超出了计划允许的范围（太长、太大，或不是可选的值）。</translation>
    </message>
    <message>
        <source>Someone else is changing the same part of the plan at this moment. Nothing was saved; try again in a moment.</source>
        <translation>其他人正在修改计划的同一部分，本次没有保存。请稍后重试。</translation>
    </message>
    <message>
        <source>The server takes no more connections right now (too many users at once). Try again in a minute; if it goes on, ask the server&apos;s administrator to allow more (docs/SERVER.md).</source>
        <translation>服务器当前不再接受新的连接（同时使用的人太多）。请一分钟后重试；如果一直这样，请服务器管理员调高连接数上限（见 docs/SERVER.md）。</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full, so nothing was saved. Ask the server&apos;s administrator to free space.</source>
        <translation>服务器磁盘已满，没有保存任何内容。请服务器管理员清理空间。</translation>
    </message>
    <message>
        <source>The server is read-only at the moment (a standby, or maintenance): nothing can be changed. Try again later, or ask the server&apos;s administrator.</source>
        <translation>服务器当前为只读状态（备用服务器或正在维护），不能修改任何内容。请稍后重试，或询问服务器管理员。</translation>
    </message>
    <message>
        <source>The server is stopping or starting. Try again in a minute.</source>
        <translation>服务器正在停止或启动。请一分钟后重试。</translation>
    </message>
    <message>
        <source>The server stopped the request because it took too long. Try again.</source>
        <translation>请求耗时过长，服务器已将其中止。请重试。</translation>
    </message>
    <message>
        <source>The connection to the server broke off. Check the network; the program reconnects when the server answers again.</source>
        <translation>与服务器的连接中断了。请检查网络；服务器恢复应答后程序会自动重新连接。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>服务器拒绝了这个请求。</translation>
    </message>
    <message>
        <source>Your login may not do this on this plan. Ask the plan&apos;s owner for the right (Plan ▸ Members and Rights).</source>
        <translation>你的登录名在这个计划中没有这项权限。请向计划所有者申请（计划 ▸ 成员与权限）。</translation>
    </message>
    <message>
        <source>This is past what the plan keeps: a report carries at most %1 evidence files of at most %2 each, and a plan&apos;s evidence files together at most %3. Leave some files out, or make them smaller.</source>
        <translation>超过了计划的上限：每次填报最多附 %1 个佐证材料，每个不超过 %2，整个计划合计不超过 %3。请去掉一些文件，或缩小文件。</translation>
    </message>
</context>
<context>
    <name>ap::ServerFlow</name>
    <message>
        <source>P&amp;ublish to a Server…</source>
        <translation>发布到服务器(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Members and Rights…</source>
        <translation>成员与权限(&amp;M)…</translation>
    </message>
    <message>
        <source>Read A&amp;gain from the Server</source>
        <translation>从服务器重新读取(&amp;G)</translation>
    </message>
    <message>
        <source>Publish to a Server</source>
        <translation>发布到服务器</translation>
    </message>
    <message>
        <source>Replace the Plan on the Server?</source>
        <translation>替换服务器上的计划？</translation>
    </message>
    <message>
        <source>The server has a plan named “%1” already (%2 tasks). Replace it with this file? Its progress reports go with it; its members keep their rights.</source>
        <translation>服务器上已有名为“%1”的计划（%2 项任务）。用本文件替换它吗？其进展报送将一并替换；其成员保留原有权限。</translation>
    </message>
    <message>
        <source>Not Published</source>
        <translation>未能发布</translation>
    </message>
    <message>
        <source>The plan is on the server now, and open from there. The file “%1” is unchanged.</source>
        <translation>计划已发布到服务器，现从服务器打开。文件“%1”未作改动。</translation>
    </message>
    <message>
        <source>The plan is read again from the server.</source>
        <translation>已从服务器重新读取计划。</translation>
    </message>
</context>
<context>
    <name>ap::ServerPlanDialog</name>
    <message>
        <source>postgresql://login@server/database?plan=plan name</source>
        <translation>postgresql://账号@服务器/数据库?plan=计划名</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>留空则使用 PGPASSWORD 或 ~/.pgpass 中的密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The password is used for this session only and is not saved.</source>
        <translation>密码仅用于本次运行，不会保存。</translation>
    </message>
    <message>
        <source>Connect &amp;Anyway</source>
        <translation>仍然连接(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;List Plans</source>
        <translation>列出计划(&amp;L)</translation>
    </message>
    <message>
        <source>Open Shared Plan</source>
        <translation>打开共享计划</translation>
    </message>
    <message>
        <source>the server&apos;s name or IP address, as the IT office gives it</source>
        <translation>信息科提供的服务器名称或 IP 地址</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>登录名(&amp;G)：</translation>
    </message>
    <message>
        <source>Or a plan&apos;s &amp;address:</source>
        <translation>或计划地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Type the server and the database the IT office gave you.</source>
        <translation>请填写信息科提供的服务器和数据库。</translation>
    </message>
    <message>
        <source>Asking %1 for its plans…</source>
        <translation>正在向 %1 查询计划…</translation>
    </message>
    <message>
        <source>On the server as “%1”</source>
        <translation>在服务器上的名称：“%1”</translation>
    </message>
    <message>
        <source>Your login may open no plan on this server yet: ask the plan&apos;s owner to give it a role.</source>
        <translation>您的登录名在这台服务器上还不能打开任何计划，请联系计划所有者为您分配角色。</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) your login may open. Choose one and press Enter.</source>
        <translation>
            <numerusform>您的登录名可以打开 %n 个计划。选中一个后按 Enter。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s &amp;keyring</source>
        <translation>在本机钥匙环中记住密码(&amp;K)</translation>
    </message>
    <message>
        <source>The desktop&apos;s keyring keeps it, encrypted; the program&apos;s settings never hold it.</source>
        <translation>密码由系统钥匙环加密保管，不写入本程序的设置。</translation>
    </message>
    <message>
        <source>Unless the keyring is to remember it, the password is used for this session only and is not saved.</source>
        <translation>除非勾选在钥匙环中记住，密码只在本次运行中使用，不会保存。</translation>
    </message>
</context>
<context>
    <name>ap::ServerPlans</name>
    <message>
        <source>Unknown role “%1”; use reporter, viewer or editor.</source>
        <translation>未知角色“%1”；请使用 reporter（填报员）、viewer（查看者）或 editor（编辑者）。</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>报送人</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看人</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑人</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>请设置至少 %1 个字符的密码。</translation>
    </message>
    <message>
        <source>Choose a password other than the first one: the plan&apos;s owner knows that one.</source>
        <translation>请设置与初始密码不同的密码：初始密码计划所有者也知道。</translation>
    </message>
</context>
<context>
    <name>ap::ServerStore</name>
    <message>
        <source>Plans on a server need Qt&apos;s PostgreSQL driver, which is not installed: install the package libqt6sql6-psql.</source>
        <translation>服务器上的计划需要 Qt 的 PostgreSQL 驱动，本机未安装：请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The server of “%1” answered with an error: %2</source>
        <translation>“%1”所在的服务器返回错误：%2</translation>
    </message>
    <message>
        <source>There is no plan named “%1” in the database “%2” on %3.</source>
        <translation>服务器 %3 的数据库“%2”中没有名为“%1”的计划。</translation>
    </message>
    <message>
        <source>The plan “%1” on the server was written by a newer version of AnnualPlan (server format %2; this version reads up to %3). Please update AnnualPlan. Nothing on the server was changed.</source>
        <translation>服务器上的计划“%1”由更新版本的年度计划写入（服务器格式 %2；本版本最高只能读取 %3）。请升级年度计划。服务器上的内容未作任何改动。</translation>
    </message>
    <message>
        <source>The plan “%1” cannot be read from the server: %2</source>
        <translation>无法从服务器读取计划“%1”：%2</translation>
    </message>
    <message>
        <source>The plan could not be published to “%1”: %2</source>
        <translation>无法将计划发布到“%1”：%2</translation>
    </message>
    <message>
        <source>A plan named “%1” is on the server already; nothing was changed. Publish with --replace to replace it, or choose another name.</source>
        <translation>服务器上已有名为“%1”的计划，未作任何改动。如要替换，请加 --replace 发布，或另取一个名称。</translation>
    </message>
    <message>
        <source>The plan “%1” on the server could not be replaced: %2</source>
        <translation>无法替换服务器上的计划“%1”：%2</translation>
    </message>
    <message>
        <source>Only the plan&apos;s owner grants rights on it; your login “%1” is not its owner.</source>
        <translation>只有计划的所有者才能授权；您的账号“%1”不是其所有者。</translation>
    </message>
    <message>
        <source>Name a login and a role: reporter, viewer or editor.</source>
        <translation>请指定账号和角色：reporter（填报员）、viewer（查看者）或 editor（编辑者）。</translation>
    </message>
    <message>
        <source>The plan has no department “%1”. Its departments: %2.</source>
        <translation>计划中没有部门“%1”。计划中的部门：%2。</translation>
    </message>
    <message>
        <source>A reporter reports for a department: name it with --department.</source>
        <translation>填报员代表某个部门填报：请用 --department 指定部门。</translation>
    </message>
    <message>
        <source>There is no login “%1” on the server. Give its password with --password-stdin to create it, or ask the server&apos;s administrator to create it.</source>
        <translation>服务器上没有账号“%1”。请用 --password-stdin 提供密码以创建该账号，或请服务器管理员创建。</translation>
    </message>
    <message>
        <source>The login “%1” could not be set up: %2</source>
        <translation>无法设置账号“%1”：%2</translation>
    </message>
    <message>
        <source>The rights of “%1” could not be changed: %2</source>
        <translation>无法更改“%1”的权限：%2</translation>
    </message>
    <message>
        <source>Your rights on the plan cannot be read from the server: %1</source>
        <translation>无法从服务器读取您对该计划的权限：%1</translation>
    </message>
    <message>
        <source>The plan “%1” on the server is in an older format (server format %2). Its owner must open it once with this version of AnnualPlan to bring it up to date; nothing was changed.</source>
        <translation>服务器上的计划“%1”为旧格式（服务器格式 %2）。须由其所有者用本版“年度计划”打开一次以完成升级；未作任何修改。</translation>
    </message>
    <message>
        <source>The plan “%1” on the server could not be brought up to date: %2</source>
        <translation>无法升级服务器上的计划“%1”：%2</translation>
    </message>
    <message>
        <source>The plan could not be published to “%1”: the login may not create the plan&apos;s roles. Give it the right with ALTER ROLE … CREATEROLE (docs/SERVER.md). (%2)</source>
        <translation>无法把计划发布到“%1”：该账号无权创建计划所需的角色。请用 ALTER ROLE … CREATEROLE 授予此权限（见 docs/SERVER.md）。（%2）</translation>
    </message>
    <message>
        <source>The plan&apos;s members cannot be read from the server: %1</source>
        <translation>无法从服务器读取计划成员：%1</translation>
    </message>
    <message>
        <source>A login&apos;s name is at most %1 bytes on PostgreSQL, and “%2” has %3: choose a shorter one. Nothing was changed.</source>
        <translation>PostgreSQL 的账号名最长 %1 字节，“%2”有 %3 字节：请换一个短些的名称。未作任何改动。</translation>
    </message>
    <message>
        <source>“%1” is a group role on the server, not a login: only a login can be a plan&apos;s member. Nothing was changed.</source>
        <translation>“%1”是服务器上的用户组角色，不是登录账号：只有登录账号才能成为计划成员。未作任何改动。</translation>
    </message>
    <message>
        <source>The login “%1” is on the server already and was not made for this plan: its password is its own, and stays. Grant it without a password. Nothing was changed.</source>
        <translation>账号“%1”在服务器上已经存在，且不是为本计划创建的：其密码归其本人所有，保持不变。请不带密码为其授权。未作任何改动。</translation>
    </message>
    <message>
        <source>Your login “%1” is not a member of the plan “%2”: ask the plan&apos;s owner to give it a role (viewer, reporter or editor). Nothing was read.</source>
        <translation>您的账号“%1”不是计划“%2”的成员：请计划的所有者为其授予角色（查看者、填报员或编辑者）。未读取任何内容。</translation>
    </message>
    <message>
        <source>The database has a plan named “%1”, which looks the same as “%2”; nothing was changed. Publish under that plan&apos;s name exactly (with --replace), or choose a name unlike it.</source>
        <translation>数据库中已有名为“%1”的计划，与“%2”看起来相同；未作任何改动。请使用该计划的原名发布（加 --replace），或另取一个不易混淆的名称。</translation>
    </message>
    <message>
        <source>Cannot connect to the server for “%1”. %2</source>
        <translation>无法连接“%1”所在的服务器。%2</translation>
    </message>
    <message>
        <source>The plans on “%1” cannot be listed: %2</source>
        <translation>无法列出“%1”上的计划：%2</translation>
    </message>
    <message>
        <source>The login may not publish plans into the database “%1”: its owner prepares it once with “annualplan server init” and names the logins that publish (docs/SERVER.md). Nothing was changed. %2</source>
        <translation>该登录名不能向数据库“%1”发布计划：需由数据库所有者用“annualplan server init”准备一次，并指定可以发布的登录名（见 docs/SERVER.md）。未作任何更改。%2</translation>
    </message>
    <message>
        <source>The plan “%1” on the server was published by the login “%2”: only that login may replace it. Nothing was changed; publish under another name.</source>
        <translation>服务器上的计划“%1”由登录名“%2”发布，只有该登录名可以替换它。未作任何更改，请换一个名称发布。</translation>
    </message>
    <message>
        <source>The list of plans on the server names the plan “%1” in a way AnnualPlan does not make; it was not opened. Ask the server&apos;s administrator to check the database&apos;s list of plans.</source>
        <translation>服务器上的计划清单对计划“%1”的记录不是年度计划生成的，未打开该计划。请服务器管理员检查数据库中的计划清单。</translation>
    </message>
    <message>
        <source>The list of plans on the server names the plan “%1” in a way AnnualPlan does not make; nothing was changed.</source>
        <translation>服务器上的计划清单对计划“%1”的记录不是年度计划生成的，未作任何更改。</translation>
    </message>
    <message>
        <source>Your password could not be changed: %1</source>
        <translation>无法修改您的密码：%1</translation>
    </message>
</context>
<context>
    <name>ap::SqlError</name>
    <message>
        <source>the plan file could not be read or written</source>
        <translation>计划文件无法读写</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>磁盘报告读写错误</translation>
    </message>
    <message>
        <source>the file or its folder may not be written to (read-only, or no permission)</source>
        <translation>该文件或其所在文件夹不能写入（只读或没有权限）</translation>
    </message>
    <message>
        <source>another program kept the plan busy for too long; try again</source>
        <translation>另一个程序长时间占用该计划，请稍后重试</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>the file cannot be opened (its folder may be missing or read-only)</source>
        <translation>无法打开该文件（所在文件夹可能不存在或为只读）</translation>
    </message>
    <message>
        <source>the plan file could not be read or written (database error %1)</source>
        <translation>计划文件无法读写（数据库错误 %1）</translation>
    </message>
    <message>
        <source>The disk reported a read or write error, so the change was not saved. Everything saved before is kept; check the disk or network drive, or save a copy elsewhere.</source>
        <translation>磁盘报告读写错误，本次修改未能保存。此前保存的内容均完好；请检查磁盘或网络驱动器，或将计划另存到其他位置。</translation>
    </message>
    <message>
        <source>a value in the file is larger than any plan holds (more than 4 MB)</source>
        <translation>文件中有一个数值大于任何计划所需（超过 4 MB）</translation>
    </message>
</context>
<context>
    <name>ap::StatusEngine</name>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>Done, target not met</source>
        <translation>已完成·指标未达标</translation>
    </message>
</context>
<context>
    <name>ap::StatusTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>实际进度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>配合单位</translation>
    </message>
</context>
<context>
    <name>ap::TableExport</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”未能写入：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>ap::TableImport</name>
    <message>
        <source>“%1” is too large for a task table.</source>
        <translation>“%1”太大，不是任务分解表。</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>无法导入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” holds no rows.</source>
        <translation>“%1”中没有数据行。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Supporting units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation>计划以只读方式打开。</translation>
    </message>
    <message>
        <source>Choose which column holds the task titles.</source>
        <translation>请指定哪一列是工作任务。</translation>
    </message>
    <message>
        <source>The table has no rows below its header.</source>
        <translation>表头以下没有数据行。</translation>
    </message>
    <message>
        <source>Import task table</source>
        <translation>导入任务分解表</translation>
    </message>
    <message>
        <source>Imported tasks</source>
        <translation>导入的任务</translation>
    </message>
    <message>
        <source>%1 rows read from the table; the plan is updated (one step to undo).</source>
        <translation>已从表中读取 %1 行，计划已更新（可一步撤销）。</translation>
    </message>
    <message>
        <source>%1 rows read; every task is already in the plan as the table has it.</source>
        <translation>已读取 %1 行；表中各项任务与计划完全一致。</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns; it is not a task table.</source>
        <translation>第 %1 行超过 %2 列，不是任务分解表。</translation>
    </message>
    <message>
        <source>The table has more than %1 cells; it is not a task table.</source>
        <translation>该表超过 %1 个单元格，不是任务分解表。</translation>
    </message>
    <message>
        <source>The table has more than %1 rows; it is not a task table.</source>
        <translation>该表超过 %1 行，不是任务分解表。</translation>
    </message>
    <message>
        <source>Line %1 has a cell of more than %2 characters; it is not a task table.</source>
        <translation>第 %1 行有一个单元格超过 %2 个字符，不是任务分解表。</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted cell (&quot;) that is never closed; the rest of the file would be read as one cell. Close the quote and import it again.</source>
        <translation>第 %1 行有一个以引号（&quot;）开头的单元格没有闭合，文件其余部分会被读成一个单元格。请补上引号后重新导入。</translation>
    </message>
</context>
<context>
    <name>ap::TableImportDialog</name>
    <message>
        <source>Import a Task Table — %1</source>
        <translation>导入任务分解表 — %1</translation>
    </message>
    <message>
        <source>Say which column holds what. Rows whose task title is already in the open plan update that task; rows that only name a group (一、…) start a section.</source>
        <translation>请指定各列的内容。工作任务已在当前计划中的行将更新该任务；只写分组名称（一、……）的行作为章节。</translation>
    </message>
    <message>
        <source>Header starts in &amp;row:</source>
        <translation>表头起始行(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Create New Plan…</source>
        <translation>新建计划(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Update the Open Plan</source>
        <translation>更新当前计划(&amp;U)</translation>
    </message>
    <message>
        <source>%1 rows below the header.</source>
        <translation>表头以下共 %1 行。</translation>
    </message>
    <message>
        <source>Choose the column that holds the task titles.</source>
        <translation>请指定工作任务所在的列。</translation>
    </message>
    <message>
        <source>Header r&amp;ows:</source>
        <translation>表头行数(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ap::TableXlsx</name>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>未能写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ap::TargetTableModel</name>
    <message>
        <source>Edit target</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>比较符</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基数年份</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>目标时间</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Last year&apos;s target, not a result: type last year&apos;s actual to replace it.</source>
        <translation>上年目标值，不是完成值：填入上年实际完成值即可替换。</translation>
    </message>
    <message>
        <source>%1 (last year&apos;s target)</source>
        <translation>%1（上年目标）</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按单位判断</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>时点值</translation>
    </message>
    <message>
        <source>Cumulative, by steps</source>
        <translation>累计（按节点）</translation>
    </message>
    <message>
        <source>Cumulative, steadily</source>
        <translation>累计（匀速）</translation>
    </message>
    <message>
        <source>The values due before the year&apos;s, each with its date: 3家(6月底)、6家(9月底)</source>
        <translation>全年目标之前各节点应达的数值及时间，如：3家(6月底)、6家(9月底)</translation>
    </message>
    <message>
        <source>%1 (by unit)</source>
        <translation>%1（按单位）</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>节点目标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>计量方式</translation>
    </message>
</context>
<context>
    <name>ap::TargetsDelegate</name>
    <message>
        <source>No targets.</source>
        <translation>没有目标。</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>识别为：%1</translation>
    </message>
    <message>
        <source>Not understood, kept as typed: “%1” (write it as 签约率≥85%（2025年为80%）)</source>
        <translation>未能识别，按原文保存：“%1”（可写成 签约率≥85%（2025年为80%））</translation>
    </message>
    <message>
        <source>Part of the targets was not understood and is kept as typed: “%1”. Write a target as 签约率≥85%（2025年为80%）.</source>
        <translation>部分目标未能识别，已按原文保存：“%1”。目标可写成 签约率≥85%（2025年为80%）。</translation>
    </message>
</context>
<context>
    <name>ap::TaskEditor</name>
    <message>
        <source>Lead departments, separated by 、</source>
        <translation>牵头单位，多个单位用“、”分隔</translation>
    </message>
    <message>
        <source>Cooperating departments, separated by 、</source>
        <translation>配合单位，多个单位用“、”分隔</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>完成时限：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>牵头单位(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Cooperating:</source>
        <translation>配合单位(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>目标指标：</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Printed as: %1</source>
        <translation>印发效果：%1</translation>
    </message>
    <message>
        <source>Add Tar&amp;get</source>
        <translation>添加目标(&amp;G)</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>工作内容(&amp;R)：</translation>
    </message>
    <message>
        <source>Latest report: %1</source>
        <translation>最新填报：%1</translation>
    </message>
    <message>
        <source>Reports this year:</source>
        <translation>本年度填报记录：</translation>
    </message>
    <message>
        <source>&amp;Open Evidence…</source>
        <translation>打开佐证材料(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Cannot Open the Evidence</source>
        <translation>无法打开佐证材料</translation>
    </message>
</context>
<context>
    <name>ap::TaskSearchModel</name>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
</context>
<context>
    <name>ap::TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>配合单位</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tasks</source>
        <translation>
            <numerusform>移动 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation>录入于 %1</translation>
    </message>
    <message>
        <source>Entered %1 by %2</source>
        <translation>%2 录入于 %1</translation>
    </message>
    <message>
        <source>, for %1</source>
        <translation>，报送单位：%1</translation>
    </message>
</context>
<context>
    <name>ap::TaskTsv</name>
    <message>
        <source>Choose a section of an editable plan to paste tasks into.</source>
        <translation>请在可编辑的计划中选择要粘贴任务的章节。</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>剪贴板中没有可粘贴的行。</translation>
    </message>
    <message>
        <source>No column of the pasted rows holds task titles (工作任务).</source>
        <translation>粘贴的内容中没有任务标题列（工作任务）。</translation>
    </message>
    <message>
        <source>The pasted rows hold no task titles.</source>
        <translation>粘贴的行中没有任务标题。</translation>
    </message>
    <message>
        <source>The pasted tasks are already in the plan as they are.</source>
        <translation>粘贴的任务已在计划中，内容相同。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n tasks</source>
        <translation>
            <numerusform>粘贴 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tasks added, %2 updated.</source>
        <translation>新增 %1 项任务，更新 %2 项。</translation>
    </message>
</context>
<context>
    <name>ap::TextDecode</name>
    <message>
        <source>The file is %1 MB, too large for a plan document (at most %2 MB of text).</source>
        <translation>文件大小为 %1 MB，超出计划文档的上限（文本最多 %2 MB）。</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but contains bytes that are not UTF-8; it may be damaged.</source>
        <translation>文件标明为 UTF-8 编码，但含有非 UTF-8 字节，可能已损坏。</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but is damaged.</source>
        <translation>文件标明为 UTF-16 编码，但内容已损坏。</translation>
    </message>
    <message>
        <source>The file does not contain text: it looks like a program, an image or another binary file.</source>
        <translation>该文件不含文字，看起来是程序、图片或其他二进制文件。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not recognised (tried UTF-8, UTF-16 and GB18030/GBK).</source>
        <translation>无法识别文件的文字编码（已尝试 UTF-8、UTF-16 和 GB18030/GBK）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
</context>
<context>
    <name>ap::TimelineView</name>
    <message>
        <source>No lead unit</source>
        <translation>未定牵头单位</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1: deadline</source>
        <translation>%1：完成时限</translation>
    </message>
</context>
<context>
    <name>ap::VersionComparison</name>
    <message>
        <source>the plan now</source>
        <translation>当前计划</translation>
    </message>
    <message>
        <source>The plan has no such version.</source>
        <translation>计划中没有这个版本。</translation>
    </message>
</context>
<context>
    <name>ap::VersionContent</name>
    <message>
        <source>the version&apos;s content is damaged (%1)</source>
        <translation>版本内容已损坏（%1）</translation>
    </message>
</context>
<context>
    <name>ap::VersionFlow</name>
    <message>
        <source>Save &amp;Version…</source>
        <translation>保存版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Adjusted version</source>
        <translation>调整版</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>Save the plan as it is now under a name. A version is never changed; later changes are compared with it (Plan ▸ Versions and Adjustments…).

Name:</source>
        <translation>把当前计划按一个名称保存下来。版本保存后不再改变，以后的调整都可与它对照（计划 ▸ 版本与调整…）。

名称：</translation>
    </message>
    <message>
        <source>Saved the version “%1”.</source>
        <translation>已保存版本“%1”。</translation>
    </message>
    <message>
        <source>Version Not Saved</source>
        <translation>版本未保存</translation>
    </message>
    <message>
        <source>Versions and Ad&amp;justments…</source>
        <translation>版本与调整(&amp;J)…</translation>
    </message>
    <message>
        <source>Keep the Issued Plan?</source>
        <translation>保存印发版？</translation>
    </message>
    <message>
        <source>The plan went out with the date %1. Save it as it is now as the version “%2”? Changes made later in the year are then compared with it (the adjustment table), and each report period is measured against the version in force.</source>
        <translation>计划已按成文日期 %1 印出。是否把现在的计划保存为版本“%2”？年内之后的改动将与它对照（调整对照表），各报告期也按当时有效的版本衡量。</translation>
    </message>
    <message>
        <source>&amp;Save as “%1”</source>
        <translation>保存为“%1”(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不保存(&amp;N)</translation>
    </message>
    <message>
        <source>Cannot Open the Version</source>
        <translation>无法打开版本</translation>
    </message>
</context>
<context>
    <name>ap::VersionsDialog</name>
    <message>
        <source>Versions and Adjustments</source>
        <translation>版本与调整</translation>
    </message>
    <message>
        <source>&amp;Versions of the plan:</source>
        <translation>计划的版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>对照(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remove Version…</source>
        <translation>删除版本(&amp;R)…</translation>
    </message>
    <message>
        <source>The plan now</source>
        <translation>当前计划</translation>
    </message>
    <message>
        <source>The plan has no versions yet. Save one with Plan ▸ Save Version… when the plan is issued (印发版); what changes after it is listed here, with a reason for each.</source>
        <translation>计划还没有版本。计划印发时请用“计划 ▸ 保存版本…”保存一个（印发版）；此后的每处变动都会列在这里，并可逐条填写调整理由。</translation>
    </message>
    <message>
        <source>Nothing has changed from “%1” to %2.</source>
        <translation>从“%1”到%2没有变动。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from “%1” to %2. Type the reason for each in its last column.</source>
        <translation>
            <numerusform>从“%1”到%2共有 %n 处变动。请在最后一列逐条填写调整理由。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the Version?</source>
        <translation>删除版本？</translation>
    </message>
    <message>
        <source>Remove the version “%1” saved %2, and the reasons typed for changes since it? The plan itself is not changed. This cannot be undone.</source>
        <translation>删除 %2 保存的版本“%1”及其后各处变动的调整理由吗？计划本身不会改变。此操作不能撤销。</translation>
    </message>
    <message>
        <source>Version Not Removed</source>
        <translation>版本未删除</translation>
    </message>
    <message>
        <source>Adjustment table&apos;s c&amp;over:</source>
        <translation>对照表正文(&amp;O)：</translation>
    </message>
    <message>
        <source>None: the table alone</source>
        <translation>无：仅对照表</translation>
    </message>
    <message>
        <source>Request (请示)</source>
        <translation>请示</translation>
    </message>
    <message>
        <source>Notice (通知)</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Preview Adjustment Table…</source>
        <translation>预览调整对照表(&amp;P)…</translation>
    </message>
    <message>
        <source>Op&amp;en Read-Only</source>
        <translation>只读打开(&amp;E)</translation>
    </message>
    <message>
        <source>The version as it was saved, in a window of its own: read, print and export it like the plan.</source>
        <translation>在单独的窗口中按保存时的原样打开该版本：可像计划一样查看、打印和导出。</translation>
    </message>
</context>
<context>
    <name>ap::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;AnnualPlan&lt;/h2&gt;&lt;p&gt;Draft, print and monitor the annual work plan.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;年度计划&lt;/h2&gt;&lt;p&gt;起草、印发和调度年度工作计划。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <source>Open Plan…</source>
        <translation>打开计划…</translation>
    </message>
    <message>
        <source>Roll Forward from Last Year&apos;s Plan…</source>
        <translation>由上年计划结转…</translation>
    </message>
    <message>
        <source>Import a Plan Document…</source>
        <translation>导入计划文档…</translation>
    </message>
    <message>
        <source>Recent plans:</source>
        <translation>最近打开的计划：</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>继续编辑 %1</translation>
    </message>
    <message>
        <source>Start a plan from a Word (.docx), PDF or text file: headings, tasks, targets and responsible units are recognised for you to review</source>
        <translation>由 Word（.docx）、PDF 或文本文件生成计划：自动识别标题、任务、目标和责任单位，供您核对</translation>
    </message>
    <message>
        <source>Try the Sample Plan</source>
        <translation>试用示例计划</translation>
    </message>
    <message>
        <source>Opens a copy of a county health bureau&apos;s plan in your documents folder, to try drafting, printing and reporting on</source>
        <translation>在“文档”文件夹中打开一份县区卫健部门计划的副本，可在上面试着起草、打印和填报</translation>
    </message>
    <message>
        <source>User&apos;s Manual (F1)</source>
        <translation>使用手册（F1）</translation>
    </message>
</context>
<context>
    <name>ap::XlsxReader</name>
    <message>
        <source>The workbook is password-protected or in the old Excel 97–2003 format (.xls). Open it in Excel or WPS, remove any password and save it as .xlsx, then import it again.</source>
        <translation>该工作簿设有密码，或是旧版 Excel 97–2003 格式（.xls）。请用 Excel 或 WPS 打开，取消密码并另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>The file is a ZIP package but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>该文件是 ZIP 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet to read.</source>
        <translation>工作簿中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>The workbook&apos;s text table is damaged.</source>
        <translation>工作簿的文字表已损坏。</translation>
    </message>
    <message>
        <source>The worksheet has more than %1 rows; it is not a task table.</source>
        <translation>工作表超过 %1 行，不是任务分解表。</translation>
    </message>
    <message>
        <source>The worksheet is damaged (cell reference “%1”).</source>
        <translation>工作表已损坏（单元格引用“%1”）。</translation>
    </message>
    <message>
        <source>The worksheet is damaged (%1).</source>
        <translation>工作表已损坏（%1）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”.</source>
        <translation>工作簿中没有“%1”工作表。</translation>
    </message>
    <message>
        <source>The worksheet has more than %1 filled cells; it is not a task table.</source>
        <translation>该工作表超过 %1 个单元格，不是任务分解表。</translation>
    </message>
    <message>
        <source>Cell %1 holds more than %2 characters; it is not a task table.</source>
        <translation>单元格 %1 超过 %2 个字符，不是任务分解表。</translation>
    </message>
    <message>
        <source>The worksheet has more than %1 merged ranges; it is not a task table.</source>
        <translation>该工作表超过 %1 处合并单元格，不是任务分解表。</translation>
    </message>
    <message>
        <source>The worksheet&apos;s merged cells cover more than %1 cells; it is not a task table.</source>
        <translation>该工作表的合并单元格覆盖超过 %1 个单元格，不是任务分解表。</translation>
    </message>
</context>
<context>
    <name>ap::YearSummary</name>
    <message>
        <source>%1: work summary</source>
        <translation>%1工作总结</translation>
    </message>
    <message>
        <source>, %1 were cancelled</source>
        <translation>；取消%1项</translation>
    </message>
    <message>
        <source>, %1 had no report</source>
        <translation>；未报送进展%1项</translation>
    </message>
    <message>
        <source>. Of the targets, %1 were met (%2) and %3 were not</source>
        <translation>。量化指标中，达到目标%1项，占%2；未达到目标%3项</translation>
    </message>
    <message>
        <source>; %1 have no figure yet</source>
        <translation>；尚无实绩数据%1项</translation>
    </message>
    <message>
        <source>%1 has no figure yet</source>
        <translation>%1尚无实绩数据</translation>
    </message>
    <message>
        <source> (figure of %1)</source>
        <translation>（%1数据）</translation>
    </message>
    <message>
        <source>%1 reached %2%3</source>
        <translation>%1达%2%3</translation>
    </message>
    <message>
        <source>%1 was %2%3, within the target of %4</source>
        <translation>%1为%2%3，控制在%4的目标以内</translation>
    </message>
    <message>
        <source>%1 reached %2%3, beyond the target of %4</source>
        <translation>%1达%2%3，超额完成%4的目标</translation>
    </message>
    <message>
        <source>%1 reached %2%3, meeting the target of %4</source>
        <translation>%1达%2%3，完成%4的目标</translation>
    </message>
    <message>
        <source>%1 was %2%3, above the target of %4</source>
        <translation>%1为%2%3，高于%4的目标</translation>
    </message>
    <message>
        <source>%1 was %2%3, short of the target of %4</source>
        <translation>%1为%2%3，未达到%4的目标</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1已完成</translation>
    </message>
    <message>
        <source> is not done (%1% reported)</source>
        <translation>尚未完成（进度%1%）</translation>
    </message>
    <message>
        <source> is not done</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source> has no report</source>
        <translation>未报送进展</translation>
    </message>
    <message>
        <source>; the reports give no reason</source>
        <translation>，报送材料未说明原因</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>carry on with %1</source>
        <translation>继续推进%1</translation>
    </message>
    <message>
        <source>Every task of the year is done; next year&apos;s plan builds on what was achieved.</source>
        <translation>全年各项任务均已完成，下一年度将在此基础上巩固提升。</translation>
    </message>
    <message>
        <source>In %1, %2 carried out the targets and tasks of “%3”. The year&apos;s work is summed up as follows.</source>
        <translation>%1年，%2围绕《%3》确定的目标任务推进各项工作。现将全年工作总结如下。</translation>
    </message>
    <message>
        <source>we</source>
        <translation>我委</translation>
    </message>
    <message>
        <source>I. The year&apos;s work</source>
        <translation>一、主要工作和成效</translation>
    </message>
    <message>
        <source>II. Problems</source>
        <translation>二、存在的问题</translation>
    </message>
    <message>
        <source>Every task was done and every target met.</source>
        <translation>全年各项任务均已完成，各项指标均达到目标。</translation>
    </message>
    <message>
        <source>III. Next steps</source>
        <translation>三、下一步工作打算</translation>
    </message>
    <message>
        <source>carry on: %1</source>
        <translation>继续%1</translation>
    </message>
    <message>
        <source>The plan set %1 tasks with %2 quantified targets. By %3, %4 tasks were done (%5) and %6 were not</source>
        <translation>全年计划%1项工作任务、%2项量化指标。截至%3，已完成%4项，占%5；未完成%6项</translation>
    </message>
</context>
<context>
    <name>ap::ZipReader</name>
    <message>
        <source>The file is not a valid ZIP package (Word and Excel files are ZIP packages); it may be damaged or cut short.</source>
        <translation>该文件不是有效的 ZIP 压缩包（Word 和 Excel 文件都是 ZIP 压缩包），可能已损坏或不完整。</translation>
    </message>
    <message>
        <source>The package has no part “%1”.</source>
        <translation>压缩包中没有“%1”部分。</translation>
    </message>
    <message>
        <source>The part “%1” of the package is damaged.</source>
        <translation>压缩包中的“%1”部分已损坏。</translation>
    </message>
    <message>
        <source>The document is password-protected. Remove the password in Word or WPS, save it, and import it again.</source>
        <translation>该文档设有密码。请在 Word 或 WPS 中取消密码并保存后再导入。</translation>
    </message>
    <message>
        <source>The part “%1” uses a compression method (%2) that is not supported.</source>
        <translation>压缩包中的“%1”使用了不支持的压缩方式（%2）。</translation>
    </message>
    <message>
        <source>The part “%1” would unpack to %2 MB, more than the %3 MB a plan document can have; the file looks like a zip bomb, or is no plan document, and was not opened.</source>
        <translation>部件“%1”解压后将有 %2 MB，超过计划文档最多 %3 MB 的限度；该文件像是压缩炸弹或并非计划文档，未予打开。</translation>
    </message>
    <message>
        <source>The part “%1” is packed %2 times smaller than it unpacks, far more than any document is; the file looks like a zip bomb and was not opened.</source>
        <translation>部件“%1”的压缩比高达 %2 倍，远超任何正常文档；该文件像是压缩炸弹，未予打开。</translation>
    </message>
</context>
<context>
    <name>ap::ZipWriter</name>
    <message>
        <source>The package could not be made: %1</source>
        <translation>无法生成文档包：%1</translation>
    </message>
</context>
<context>
    <name>ap::cli::Cli</name>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Prints a plan file&apos;s year, title and counts without changing it.</source>
        <translation>显示计划文件的年度、标题和数量，不改动文件。</translation>
    </message>
    <message>
        <source>Show information about a plan file.</source>
        <translation>显示计划文件的信息。</translation>
    </message>
    <message>
        <source>The plan file (.aplan).</source>
        <translation>计划文件（.aplan）。</translation>
    </message>
    <message>
        <source>Usage: annualplan info FILE</source>
        <translation>用法：annualplan info 文件</translation>
    </message>
    <message>
        <source>Creates a new plan file, empty or from plan JSON.</source>
        <translation>新建计划文件，可为空白计划或由计划 JSON 生成。</translation>
    </message>
    <message>
        <source>Create a new plan file.</source>
        <translation>新建计划文件。</translation>
    </message>
    <message>
        <source>The new plan file (.aplan); it must not exist.</source>
        <translation>新计划文件（.aplan），该文件不能已存在。</translation>
    </message>
    <message>
        <source>Fill the plan from this JSON file.</source>
        <translation>用此 JSON 文件填充计划。</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Plan year of an empty plan.</source>
        <translation>空白计划的计划年度。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title of an empty plan.</source>
        <translation>空白计划的标题。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Usage: annualplan create FILE [--from-json PLAN.json | --year YEAR --title TITLE]</source>
        <translation>用法：annualplan create 文件 [--from-json 计划.json | --year 年度 --title 标题]</translation>
    </message>
    <message>
        <source>Give --year for an empty plan.</source>
        <translation>新建空白计划时请用 --year 指定年度。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use zh_CN or en.</source>
        <translation>无法识别的语言“%1”，请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>年度：%1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>发文单位：%1</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation>章节数：%1</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>任务数：%1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>目标数：%1</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>责任单位数：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>文件格式版本：%1</translation>
    </message>
    <message>
        <source>Exports a plan as a printable PDF (正文 and annex tables) without a display.</source>
        <translation>将计划导出为可打印的 PDF（正文及附件表格），无需图形界面。</translation>
    </message>
    <message>
        <source>Export a plan.</source>
        <translation>导出计划。</translation>
    </message>
    <message>
        <source>Write a PDF to this file.</source>
        <translation>将 PDF 写入此文件。</translation>
    </message>
    <message>
        <source>out.pdf</source>
        <translation>输出.pdf</translation>
    </message>
    <message>
        <source>What to print: plan, annex, responsibilities or all (default).</source>
        <translation>导出内容：plan（正文）、annex（任务分解表）、responsibilities（责任清单）或 all（全部，默认）。</translation>
    </message>
    <message>
        <source>part</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Write the task table as CSV (UTF-8) to this file.</source>
        <translation>将任务分解表以 CSV（UTF-8）写入此文件。</translation>
    </message>
    <message>
        <source>out.csv</source>
        <translation>输出.csv</translation>
    </message>
    <message>
        <source>Write the task table as an Excel workbook to this file.</source>
        <translation>将任务分解表以 Excel 工作簿写入此文件。</translation>
    </message>
    <message>
        <source>out.xlsx</source>
        <translation>输出.xlsx</translation>
    </message>
    <message>
        <source>Unknown part “%1”; use plan, annex, responsibilities or all.</source>
        <translation>无法识别的导出内容“%1”，请使用 plan、annex、responsibilities 或 all。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Starts next year&apos;s plan from last year&apos;s plan file, which is only read.</source>
        <translation>由上年计划文件生成下年计划，上年文件只读不改。</translation>
    </message>
    <message>
        <source>Roll a plan forward.</source>
        <translation>结转计划。</translation>
    </message>
    <message>
        <source>Last year&apos;s plan file (.aplan).</source>
        <translation>上年计划文件（.aplan）。</translation>
    </message>
    <message>
        <source>The new plan year (default: the next year).</source>
        <translation>新计划年度（默认为下一年）。</translation>
    </message>
    <message>
        <source>The new plan file; it must not exist.</source>
        <translation>新计划文件，该文件不能已存在。</translation>
    </message>
    <message>
        <source>new.aplan</source>
        <translation>新计划.aplan</translation>
    </message>
    <message>
        <source>Leave the old year in titles and text as it is.</source>
        <translation>标题和正文中的上年年份保持不变。</translation>
    </message>
    <message>
        <source>Keep each target&apos;s indicator and unit but clear its value.</source>
        <translation>保留各目标的指标名称和单位，清空目标值。</translation>
    </message>
    <message>
        <source>Import a plan document.</source>
        <translation>导入计划文档。</translation>
    </message>
    <message>
        <source>Print the extraction as JSON (the form of SCHEMA.md).</source>
        <translation>以 JSON 输出识别结果（SCHEMA.md 格式）。</translation>
    </message>
    <message>
        <source>Write the extraction as a new plan file; it must not exist.</source>
        <translation>将识别结果写成新的计划文件，该文件不能已存在。</translation>
    </message>
    <message>
        <source>plan.aplan</source>
        <translation>计划.aplan</translation>
    </message>
    <message>
        <source>Plan year when the document does not state one.</source>
        <translation>文档未写明年度时使用的计划年度。</translation>
    </message>
    <message>
        <source>Usage: annualplan import FILE (--json | -o NEW.aplan) [--year YEAR]</source>
        <translation>用法：annualplan import 文件 (--json | -o 新计划.aplan) [--year 年度]</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>The document does not state its plan year; give --year.</source>
        <translation>文档未写明计划年度，请用 --year 指定。</translation>
    </message>
    <message>
        <source>Imported %1 sections, %2 tasks and %3 targets into %4.</source>
        <translation>已导入 %1 个章节、%2 项任务、%3 个目标，写入 %4。</translation>
    </message>
    <message>
        <source>Open the window with this plan document (.docx, .txt) under review for import.</source>
        <translation>启动时打开此计划文档（.docx、.txt）的导入核对界面。</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>No column of the table is headed as the task title (工作任务, 重点任务 …).</source>
        <translation>表中没有标为工作任务的列（工作任务、重点任务……）。</translation>
    </message>
    <message>
        <source>Do not mark tasks left unfinished last year as 延续.</source>
        <translation>上年未完成的任务不标“延续”。</translation>
    </message>
    <message>
        <source>Leave out one-off tasks (with a deadline) reported done last year.</source>
        <translation>不转入上年已填报完成的一次性任务（有完成时限的）。</translation>
    </message>
    <message>
        <source>Prints each task&apos;s status, expected and reported progress and warning colour on a date, from the plan&apos;s progress reports.</source>
        <translation>根据进展填报，显示某日各任务的状态、序时进度、实际进度和预警颜色。</translation>
    </message>
    <message>
        <source>Show where every task stands.</source>
        <translation>显示各任务进展状态。</translation>
    </message>
    <message>
        <source>The day to judge on (default: today).</source>
        <translation>判断日期（默认今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 输出。</translation>
    </message>
    <message>
        <source>Usage: annualplan status FILE [--date YYYY-MM-DD] [--json]</source>
        <translation>用法：annualplan status 文件 [--date 年-月-日] [--json]</translation>
    </message>
    <message>
        <source>Writes the progress report (进展通报) of a period, or the year-end assessment, as a PDF without a display.</source>
        <translation>将某期进展通报或年度考核情况导出为 PDF，无需图形界面。</translation>
    </message>
    <message>
        <source>Write a progress report.</source>
        <translation>生成进展通报。</translation>
    </message>
    <message>
        <source>The period: 2026Q2 or 2026-05.</source>
        <translation>填报期：2026Q2 或 2026-05。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>填报期</translation>
    </message>
    <message>
        <source>The year-end assessment (年度考核) instead.</source>
        <translation>改为生成年度考核情况。</translation>
    </message>
    <message>
        <source>Judge on this day instead of the period&apos;s last day.</source>
        <translation>按此日期判断，而不是填报期最后一天。</translation>
    </message>
    <message>
        <source>Writes one Excel return form per department for a period.</source>
        <translation>为某一填报期给每个责任单位生成一份 Excel 进展填报表。</translation>
    </message>
    <message>
        <source>Write return forms.</source>
        <translation>生成进展填报表。</translation>
    </message>
    <message>
        <source>The folder for the forms.</source>
        <translation>填报表存放的文件夹。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Takes filled-in return forms back into the plan as progress reports.</source>
        <translation>将填好的进展填报表导入计划，记为进展填报。</translation>
    </message>
    <message>
        <source>Take in return forms.</source>
        <translation>导入进展填报表。</translation>
    </message>
    <message>
        <source>The filled-in forms (.xlsx).</source>
        <translation>填好的填报表（.xlsx）。</translation>
    </message>
    <message>
        <source>FORM.xlsx…</source>
        <translation>填报表.xlsx…</translation>
    </message>
    <message>
        <source>Only show what would change.</source>
        <translation>只显示将发生的变化。</translation>
    </message>
    <message>
        <source>Usage: annualplan collect FILE FORM.xlsx… [--dry-run]</source>
        <translation>用法：annualplan collect 文件 填报表.xlsx… [--dry-run]</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 new, %5 corrected, %6 unchanged.</source>
        <translation>%1（%2，%3）：新增 %4 条，更正 %5 条，未变 %6 条。</translation>
    </message>
    <message>
        <source>Replace output files that already exist.</source>
        <translation>替换已存在的输出文件。</translation>
    </message>
    <message>
        <source>Usage: annualplan forms FILE --period 2026Q2 -o FOLDER [--force]</source>
        <translation>用法：annualplan forms 文件 --period 2026Q2 -o 文件夹 [--force]</translation>
    </message>
    <message>
        <source>“%1” is not a plan year; give one such as 2027.</source>
        <translation>“%1”不是计划年度，请给出如 2027 这样的年份。</translation>
    </message>
    <message>
        <source>“%1” is not a date; give it as YYYY-MM-DD, e.g. 2026-06-30.</source>
        <translation>“%1”不是日期，请按 年-月-日 格式给出，例如 2026-06-30。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 was not taken in: correct the cells above and take it in again.</source>
        <translation>%1 未导入：请更正以上单元格后重新导入。</translation>
    </message>
    <message>
        <source>%1 changed while it was taken in; take it in again.</source>
        <translation>%1 在导入过程中发生了变化，请重新导入。</translation>
    </message>
    <message>
        <source>create FILE --from-json JSON</source>
        <translation>create 文件 --from-json JSON</translation>
    </message>
    <message>
        <source>create a plan file from plan JSON</source>
        <translation>由计划 JSON 新建计划文件</translation>
    </message>
    <message>
        <source>rollforward LAST -o NEW</source>
        <translation>rollforward 上年 -o 新计划</translation>
    </message>
    <message>
        <source>start next year&apos;s plan from last year&apos;s</source>
        <translation>由上年计划生成下年计划</translation>
    </message>
    <message>
        <source>import DOC --json | -o NEW</source>
        <translation>import 文档 --json | -o 新计划</translation>
    </message>
    <message>
        <source>read a Word or text plan into a structured plan</source>
        <translation>将 Word 或文本计划读成结构化计划</translation>
    </message>
    <message>
        <source>status FILE [--date D] --json</source>
        <translation>status 文件 [--date 日期] --json</translation>
    </message>
    <message>
        <source>where every task stands: status, progress, warning</source>
        <translation>各任务的状态、进度和预警</translation>
    </message>
    <message>
        <source>report FILE --period 2026Q2 --pdf OUT</source>
        <translation>report 文件 --period 2026Q2 --pdf 输出</translation>
    </message>
    <message>
        <source>the progress report (进展通报) as PDF</source>
        <translation>生成进展通报 PDF</translation>
    </message>
    <message>
        <source>forms FILE --period 2026Q2 -o DIR</source>
        <translation>forms 文件 --period 2026Q2 -o 文件夹</translation>
    </message>
    <message>
        <source>one Excel return form per department</source>
        <translation>为每个责任单位生成 Excel 进展填报表</translation>
    </message>
    <message>
        <source>collect FILE FORM.xlsx…</source>
        <translation>collect 文件 填报表.xlsx…</translation>
    </message>
    <message>
        <source>take filled-in forms back as progress reports</source>
        <translation>将填好的填报表导入为进展填报</translation>
    </message>
    <message>
        <source>AnnualPlan: draft, print and monitor an annual work plan.</source>
        <translation>年度计划：起草、印发和调度年度工作计划。</translation>
    </message>
    <message>
        <source>Subcommands (run without a display):</source>
        <translation>子命令（无需图形界面）：</translation>
    </message>
    <message>
        <source>Reads a plan document (.docx, .pdf or text) and prints what was recognised as JSON, or writes it as a new plan file.</source>
        <translation>读取计划文档（.docx、.pdf 或文本），以 JSON 输出识别结果，或写成新的计划文件。</translation>
    </message>
    <message>
        <source>The document: .docx, .pdf, .txt (UTF-8, GBK/GB18030 or UTF-16), or a task table: .xlsx, .csv, .tsv.</source>
        <translation>文档：.docx、.pdf、.txt（UTF-8、GBK/GB18030 或 UTF-16），或任务分解表：.xlsx、.csv、.tsv。</translation>
    </message>
    <message>
        <source>export FILE --pdf|--docx|--xlsx|--csv OUT</source>
        <translation>export 文件 --pdf|--docx|--xlsx|--csv 输出</translation>
    </message>
    <message>
        <source>the plan and its annex tables as PDF or Word, or the task table for Excel</source>
        <translation>把计划及附件表格导出为 PDF 或 Word 文档，或把任务表导出供 Excel 使用</translation>
    </message>
    <message>
        <source>Write a Word document (.docx) to this file.</source>
        <translation>将 Word 文档（.docx）写入此文件。</translation>
    </message>
    <message>
        <source>out.docx</source>
        <translation>输出.docx</translation>
    </message>
    <message>
        <source>Usage: annualplan report FILE (--period 2026Q2 | --annual) (--pdf OUT.pdf | --docx OUT.docx) [--date YYYY-MM-DD] [--force]</source>
        <translation>用法：annualplan report 文件 (--period 2026Q2 | --annual) (--pdf 输出.pdf | --docx 输出.docx) [--date YYYY-MM-DD] [--force]</translation>
    </message>
    <message>
        <source>Write the plan as a Word document (.docx) to this file.</source>
        <translation>将计划以 Word 文档（.docx）写入此文件。</translation>
    </message>
    <message>
        <source>info FILE|ADDRESS</source>
        <translation>info 文件|地址</translation>
    </message>
    <message>
        <source>print a plan&apos;s year, title and counts (a file, or a plan on a server)</source>
        <translation>显示计划的年度、标题和数量（计划文件或服务器上的计划）</translation>
    </message>
    <message>
        <source>publish FILE ADDRESS [--replace]</source>
        <translation>publish 文件 地址 [--replace]</translation>
    </message>
    <message>
        <source>a plan file onto a PostgreSQL server (postgresql://…?plan=NAME)</source>
        <translation>将计划文件发布到 PostgreSQL 服务器（postgresql://…?plan=计划名）</translation>
    </message>
    <message>
        <source>copy ADDRESS -o FILE</source>
        <translation>copy 地址 -o 文件</translation>
    </message>
    <message>
        <source>a plan on a server into a new plan file</source>
        <translation>将服务器上的计划复制为新的计划文件</translation>
    </message>
    <message>
        <source>The plan file (.aplan) or a plan address (postgresql://…).</source>
        <translation>计划文件（.aplan）或计划地址（postgresql://…）。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Writes a plan file to a PostgreSQL server as the plan the address names, all of it or nothing. The file is only read. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>将计划文件写入 PostgreSQL 服务器上地址所指的计划，要么全部写入，要么不写。计划文件只读取不修改。密码取自 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Publish a plan file to a server.</source>
        <translation>将计划文件发布到服务器。</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME</source>
        <translation>postgresql://用户@服务器[:端口]/数据库?plan=计划名</translation>
    </message>
    <message>
        <source>Replace a plan of that name on the server.</source>
        <translation>替换服务器上同名的计划。</translation>
    </message>
    <message>
        <source>Usage: annualplan publish FILE ADDRESS [--replace]</source>
        <translation>用法：annualplan publish 文件 地址 [--replace]</translation>
    </message>
    <message>
        <source>Published %1 as %2.</source>
        <translation>已将 %1 发布为 %2。</translation>
    </message>
    <message>
        <source>Copies a plan from a PostgreSQL server into a new plan file, to work on offline or keep. The server is only read.</source>
        <translation>将 PostgreSQL 服务器上的计划复制为新的计划文件，供离线使用或留存。服务器只读取不修改。</translation>
    </message>
    <message>
        <source>Copy a server plan to a file.</source>
        <translation>将服务器上的计划复制为文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Usage: annualplan copy ADDRESS -o FILE</source>
        <translation>用法：annualplan copy 地址 -o 文件</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>已将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>checkin PLAN --task ID --period 2026Q2 …</source>
        <translation>checkin 计划 --task 编号 --period 2026Q2 …</translation>
    </message>
    <message>
        <source>record one progress report, in a file or on a server</source>
        <translation>记录一条进展填报（计划文件或服务器上的计划）</translation>
    </message>
    <message>
        <source>Records one progress report on a task, in a plan file or a server plan, as the window&apos;s Report Progress does: checked against the plan first, written in one transaction.</source>
        <translation>为一项任务记录一条进展填报，写入计划文件或服务器上的计划，与窗口中的“填报任务进展”相同：先对照计划检查，再在一个事务中写入。</translation>
    </message>
    <message>
        <source>Record progress without the window.</source>
        <translation>不打开窗口记录进展。</translation>
    </message>
    <message>
        <source>The task, by the id status --json prints.</source>
        <translation>任务，用 status --json 显示的编号。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The reporting period: 2026Q2, or 2026-05 for a monthly plan.</source>
        <translation>填报周期：如 2026Q2；按月调度的计划如 2026-05。</translation>
    </message>
    <message>
        <source>未开始, 推进中 (the default), 已完成, 滞后 or 取消.</source>
        <translation>未开始、推进中（默认）、已完成、滞后 或 取消。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress in percent, 0 to 100.</source>
        <translation>进度百分比，0 到 100。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>A target&apos;s actual value, by its indicator; may be repeated.</source>
        <translation>某项指标的实际值，按指标名称填写；可重复。</translation>
    </message>
    <message>
        <source>indicator=value</source>
        <translation>指标=数值</translation>
    </message>
    <message>
        <source>What was done (进展情况).</source>
        <translation>进展情况。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Recorded report %1 on task %2 for %3.</source>
        <translation>已为任务 %2 记录 %3 的填报（编号 %1）。</translation>
    </message>
    <message>
        <source>grant ADDRESS --login L --role R [--department D]</source>
        <translation>grant 地址 --login 账号 --role 角色 [--department 部门]</translation>
    </message>
    <message>
        <source>let a login report for a department, view or edit a server plan</source>
        <translation>授权账号代表部门填报、查看或编辑服务器上的计划</translation>
    </message>
    <message>
        <source>Gives a login its part in a server plan, as the database enforces it: a reporter adds progress reports only for the tasks its department leads or supports, a viewer reads, an editor changes everything. Run by the plan&apos;s owner. A login that does not exist is created with the password read from standard input.</source>
        <translation>为账号分配其在服务器计划中的角色，由数据库强制执行：填报员只能为本部门牵头或配合的任务填报进展，查看者只能查看，编辑者可修改全部内容。须由计划所有者运行。账号不存在时，用从标准输入读取的密码创建。</translation>
    </message>
    <message>
        <source>Grant a login a role on a server plan.</source>
        <translation>为账号授予服务器计划中的角色。</translation>
    </message>
    <message>
        <source>The login (a PostgreSQL role).</source>
        <translation>账号（PostgreSQL 角色）。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>reporter (default), viewer or editor.</source>
        <translation>reporter（填报员，默认）、viewer（查看者）或 editor（编辑者）。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The department the login reports for, by its name in the plan.</source>
        <translation>该账号代表填报的部门，按计划中的部门名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Read the login&apos;s password from the first line of standard input (it creates the login, or sets a new password for a login made for this plan; it goes to the server as a SCRAM verifier, never as text).</source>
        <translation>从标准输入的第一行读取账号密码（用于创建账号，或为本计划创建的账号重设密码；密码以 SCRAM 校验值发往服务器，从不以明文发送）。</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <source>%1 is now %2 of the plan for %3.</source>
        <translation>%1 现为该计划中代表%3的 %2。</translation>
    </message>
    <message>
        <source>%1 is now %2 of the plan.</source>
        <translation>%1 现为该计划的 %2。</translation>
    </message>
    <message>
        <source>Print, as JSON, the targets reported in periods only (no year-end value) and what each choice of baseline prints; write nothing.</source>
        <translation>以 JSON 列出上年只有阶段数据（无年终实绩）的目标，以及每种基数选择的表述；不写任何文件。</translation>
    </message>
    <message>
        <source>The baselines chosen for those targets: the JSON --review prints, each “choice” set to period, target or none.</source>
        <translation>为这些目标选定的基数：即 --review 输出的 JSON，把各项“choice”设为 period（阶段数据）、target（上年目标）或 none（不写）。</translation>
    </message>
    <message>
        <source>choices.json</source>
        <translation>选择.json</translation>
    </message>
    <message>
        <source>Usage: annualplan rollforward LAST.aplan [--year YEAR] -o NEW.aplan [--keep-years] [--clear-values] [--no-carry] [--drop-completed] [--choices CHOICES.json], or LAST.aplan --review</source>
        <translation>用法：annualplan rollforward 上年计划.aplan [--year 年度] -o 新计划.aplan [--keep-years] [--clear-values] [--no-carry] [--drop-completed] [--choices 选择.json]，或 上年计划.aplan --review</translation>
    </message>
    <message>
        <source>The figures are the year&apos;s final values (年终实绩); with the year&apos;s last period.</source>
        <translation>所填数据为全年最终数（年终实绩）；须随本年度最后一个填报期填报。</translation>
    </message>
    <message>
        <source>Usage: annualplan checkin PLAN --task ID --period 2026Q2 [--status 推进中] [--percent 60] [--actual INDICATOR=VALUE]… [--text 进展情况] [--year-end]</source>
        <translation>用法：annualplan checkin 计划 --task 任务编号 --period 2026Q2 [--status 推进中] [--percent 60] [--actual 指标=数值]… [--text 进展情况] [--year-end]</translation>
    </message>
    <message>
        <source>clean-copy FILE -o NEW</source>
        <translation>clean-copy 文件 -o 新文件</translation>
    </message>
    <message>
        <source>a plan file another program changed, its own rows only, in a new file</source>
        <translation>把被其他程序改动的计划文件中计划本身的数据存入新文件</translation>
    </message>
    <message>
        <source>Copies the plan&apos;s own rows from a plan file that another program has changed (a trigger, view or changed table in it) into a new plan file made by AnnualPlan, and says what was left behind. The original is only read.</source>
        <translation>把被其他程序改动（加入了触发器、视图或改动了表）的计划文件中计划本身的数据复制到由年度计划新建的计划文件，并说明舍弃了什么。原文件只读不写。</translation>
    </message>
    <message>
        <source>Make a clean copy of a plan file.</source>
        <translation>制作计划文件的干净副本。</translation>
    </message>
    <message>
        <source>Usage: annualplan clean-copy FILE -o NEW</source>
        <translation>用法：annualplan clean-copy 文件 -o 新文件</translation>
    </message>
    <message>
        <source>Made a clean copy of %1 in %2.</source>
        <translation>已将 %1 的干净副本存为 %2。</translation>
    </message>
    <message>
        <source>assess PLAN [--json] [--pdf OUT] [--docx OUT]</source>
        <translation>assess 计划 [--json] [--pdf 输出] [--docx 输出]</translation>
    </message>
    <message>
        <source>the year-end assessment (年度考核): scores, self-assessment, review, result notice</source>
        <translation>年度目标考核：得分、自评、复核、考核结果通报</translation>
    </message>
    <message>
        <source>summary PLAN --docx OUT</source>
        <translation>summary 计划 --docx 输出</translation>
    </message>
    <message>
        <source>a draft of the year&apos;s work summary (年度工作总结) from the plan&apos;s own figures</source>
        <translation>按计划自身数据起草年度工作总结</translation>
    </message>
    <message>
        <source>“%1” is not a number of points; give one from 0 to 1000, e.g. 7.5.</source>
        <translation>“%1”不是分数；请填写 0 到 1000 之间的数，例如 7.5。</translation>
    </message>
    <message>
        <source>The plan has no task %1 (the ids are those annualplan assess --json prints).</source>
        <translation>计划中没有任务 %1（编号见 annualplan assess --json 的输出）。</translation>
    </message>
    <message>
        <source>The plan has no department “%1”.</source>
        <translation>计划中没有部门“%1”。</translation>
    </message>
    <message>
        <source>Task %1 is not assessed: give it points in the assessment scheme first.</source>
        <translation>任务 %1 不在考核范围内：请先在考核方案中为它设定分值。</translation>
    </message>
    <message>
        <source>“%1” does not lead task %2, so it is not assessed on it.</source>
        <translation>“%1”不是任务 %2 的牵头单位，不对其考核。</translation>
    </message>
    <message>
        <source>Task %1 is worth %2 point(s); %3 is more than that.</source>
        <translation>任务 %1 的分值为 %2 分，%3 超过了分值。</translation>
    </message>
    <message>
        <source>A review that sets the points gives its reason: add --reason.</source>
        <translation>复核改动分数须说明理由：请加上 --reason。</translation>
    </message>
    <message>
        <source>Scores the units of a plan at the year&apos;s end (年度目标考核) from the year&apos;s own figures, by the plan&apos;s assessment scheme; records a unit&apos;s self-assessment (自评) or the review (复核); writes the result notice (考核结果通报), the scheme&apos;s rules (考核细则) or one unit&apos;s score sheet as PDF or Word.</source>
        <translation>按计划的考核方案，依据全年数据对各单位进行年度目标考核；记录单位自评或复核结果；以 PDF 或 Word 输出考核结果通报、考核细则或单个单位的考核得分表。</translation>
    </message>
    <message>
        <source>Assess the year.</source>
        <translation>进行年度考核。</translation>
    </message>
    <message>
        <source>Print every unit&apos;s score, item by item, as JSON.</source>
        <translation>以 JSON 输出各单位逐项得分。</translation>
    </message>
    <message>
        <source>Make the scheme from the plan: 100 points spread over its sections and tasks.</source>
        <translation>按计划生成考核方案：100 分分配到各章节和任务。</translation>
    </message>
    <message>
        <source>The task of a mark, by the id assess --json prints.</source>
        <translation>评分对应的任务，编号见 assess --json 的输出。</translation>
    </message>
    <message>
        <source>The unit (department) of a mark or of a score sheet.</source>
        <translation>评分或得分表对应的单位（部门）。</translation>
    </message>
    <message>
        <source>The unit&apos;s own points on the task (自评).</source>
        <translation>单位对该任务的自评分。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>The unit&apos;s note with its self-assessment.</source>
        <translation>单位自评说明。</translation>
    </message>
    <message>
        <source>The reviewed points on the task (复核).</source>
        <translation>该任务的复核分。</translation>
    </message>
    <message>
        <source>Why the review changes the points.</source>
        <translation>复核改动分数的理由。</translation>
    </message>
    <message>
        <source>Publish the result: marks and awards no longer change.</source>
        <translation>发布考核结果：此后评分和加分事项不再改动。</translation>
    </message>
    <message>
        <source>Withdraw the publication.</source>
        <translation>撤回发布。</translation>
    </message>
    <message>
        <source>Write the scheme&apos;s rules (考核细则) instead of the result.</source>
        <translation>输出考核细则，而不是考核结果。</translation>
    </message>
    <message>
        <source>The date the document is signed on (default: today).</source>
        <translation>成文日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Usage: annualplan assess PLAN [--make-scheme] [--task ID --unit NAME (--self P [--note T] | --review P --reason T)] [--publish | --withdraw] [--json] [--pdf OUT] [--docx OUT] [--rules | --unit NAME] [--date YYYY-MM-DD] [--force]</source>
        <translation>用法：annualplan assess 计划 [--make-scheme] [--task 编号 --unit 单位 (--self 分数 [--note 说明] | --review 分数 --reason 理由)] [--publish | --withdraw] [--json] [--pdf 输出] [--docx 输出] [--rules | --unit 单位] [--date YYYY-MM-DD] [--force]</translation>
    </message>
    <message>
        <source>Make the assessment scheme</source>
        <translation>生成考核方案</translation>
    </message>
    <message>
        <source>The scheme assesses %1 task(s).</source>
        <translation>考核方案包含 %1 项任务。</translation>
    </message>
    <message>
        <source>Publish the assessment</source>
        <translation>发布考核结果</translation>
    </message>
    <message>
        <source>Withdraw the publication</source>
        <translation>撤回考核结果发布</translation>
    </message>
    <message>
        <source>The plan has no assessment scheme yet: make one with --make-scheme (or in the window).</source>
        <translation>计划尚无考核方案：请用 --make-scheme（或在窗口中）生成。</translation>
    </message>
    <message>
        <source>Writes a draft of the year&apos;s work summary (年度工作总结) from the plan and its reports, to finish in Word or WPS: the year&apos;s counts, what each section achieved, the problems and what comes next. Every figure is one the plan holds.</source>
        <translation>根据计划及其进展报送起草年度工作总结，供在 Word 或 WPS 中修改定稿：全年统计、各部分成效、存在问题和下一步打算。所有数据均来自计划本身。</translation>
    </message>
    <message>
        <source>Draft the year&apos;s summary.</source>
        <translation>起草年度工作总结。</translation>
    </message>
    <message>
        <source>Usage: annualplan summary PLAN (--docx OUT.docx | --pdf OUT.pdf) [--date YYYY-MM-DD] [--force]</source>
        <translation>用法：annualplan summary 计划 (--docx 输出.docx | --pdf 输出.pdf) [--date YYYY-MM-DD] [--force]</translation>
    </message>
    <message>
        <source>version PLAN --save NAME | --list</source>
        <translation>version 计划 --save 名称 | --list</translation>
    </message>
    <message>
        <source>save the plan as a named version (印发版, 调整版), or list its versions</source>
        <translation>把计划保存为命名版本（印发版、调整版），或列出其版本</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 由 %2 保存</translation>
    </message>
    <message>
        <source>The plan has no versions yet: save one with annualplan version PLAN --save NAME.</source>
        <translation>计划还没有版本：请用 annualplan version 计划 --save 名称 保存一个。</translation>
    </message>
    <message>
        <source>The plan has no version “%1”. Its versions: %2.</source>
        <translation>计划中没有版本“%1”。现有版本：%2。</translation>
    </message>
    <message numerus="yes">
        <source>From “%1” (%2) to %3: %n change(s)</source>
        <translation>
            <numerusform>从“%1”（%2）到%3：共 %n 处变动</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan and its units</source>
        <translation>计划与单位</translation>
    </message>
    <message>
        <source>was: </source>
        <translation>原：</translation>
    </message>
    <message>
        <source>now: </source>
        <translation>现：</translation>
    </message>
    <message>
        <source>reason: </source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Saves the plan as it is now under a name (a named version, such as 印发版 when it is issued or 调整版 after a mid-year adjustment), or lists the plan&apos;s versions. A version is never changed; compare shows what changed since one.</source>
        <translation>把当前计划按名称保存为一个版本（如印发时的“印发版”、年中调整后的“调整版”），或列出计划的版本。版本保存后不再改变；compare 显示此后的变动。</translation>
    </message>
    <message>
        <source>Save or list the plan&apos;s versions.</source>
        <translation>保存或列出计划的版本。</translation>
    </message>
    <message>
        <source>Save the plan now as a version with this name.</source>
        <translation>把当前计划按此名称保存为一个版本。</translation>
    </message>
    <message>
        <source>List the plan&apos;s versions, oldest first.</source>
        <translation>按保存先后列出计划的版本。</translation>
    </message>
    <message>
        <source>Usage: annualplan version PLAN (--save NAME | --list)</source>
        <translation>用法：annualplan version 计划 (--save 名称 | --list)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the version “%1” (%n task(s)).</source>
        <translation>
            <numerusform>已保存版本“%1”（%n 项任务）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no versions.</source>
        <translation>计划没有版本。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows what changed in the plan since a version (or between two): tasks, targets, steps, deadlines, units and headings added, removed or changed, matched by identity, each with the reason typed for it; --reason records one.</source>
        <translation>显示计划自某一版本以来（或两个版本之间）的变动：新增、删除或调整的任务、目标、节点、时限、单位和标题，按身份而非文字对应，并附各处的调整理由；--reason 可记录理由。</translation>
    </message>
    <message>
        <source>Compare the plan with a version.</source>
        <translation>把计划与某一版本对照。</translation>
    </message>
    <message>
        <source>The earlier version, by name or number.</source>
        <translation>较早的版本，按名称或序号。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>The later version (default: the plan now).</source>
        <translation>较晚的版本（默认：当前计划）。</translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>以 JSON 输出变动。</translation>
    </message>
    <message>
        <source>Record the reason for a change (调整理由), by the change&apos;s key as the list shows it: task:12=上级指标调整. May be given more than once.</source>
        <translation>记录某处变动的调整理由，按列表中括号里的键：task:12=上级指标调整。可多次给出。</translation>
    </message>
    <message>
        <source>key=text</source>
        <translation>键=理由</translation>
    </message>
    <message>
        <source>No change has the key “%1”; the keys are those the list shows in brackets.</source>
        <translation>没有键为“%1”的变动；键即列表中括号里所示。</translation>
    </message>
    <message>
        <source>compare PLAN --from A [--to B] [--json] [--pdf|--docx OUT]</source>
        <translation>compare 计划 --from 版本A [--to 版本B] [--json] [--pdf|--docx 输出]</translation>
    </message>
    <message>
        <source>what changed since a version, with the reasons; the 调整对照表 as PDF or Word</source>
        <translation>自某一版本以来的变动及调整理由；调整对照表（PDF 或 Word）</translation>
    </message>
    <message>
        <source>Write the adjustment table (调整对照表) as PDF to this file.</source>
        <translation>把调整对照表写成 PDF 到此文件。</translation>
    </message>
    <message>
        <source>Write the adjustment table as a Word document (.docx).</source>
        <translation>把调整对照表写成 Word 文档（.docx）。</translation>
    </message>
    <message>
        <source>Put the table behind a cover: request (请示) or notice (通知, under the plan&apos;s 版头).</source>
        <translation>为对照表加上正文：request（请示）或 notice（通知，用计划的版头）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The date the cover is signed on (default: today).</source>
        <translation>正文的成文日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Usage: annualplan compare PLAN --from VERSION [--to VERSION] [--json] [--reason KEY=TEXT]… [--pdf OUT.pdf] [--docx OUT.docx] [--cover request|notice] [--date YYYY-MM-DD] [--force]</source>
        <translation>用法：annualplan compare 计划 --from 版本 [--to 版本] [--json] [--reason 键=理由]… [--pdf 输出.pdf] [--docx 输出.docx] [--cover request|notice] [--date 年-月-日] [--force]</translation>
    </message>
    <message>
        <source>Measured against the version “%1”.</source>
        <translation>按计划版本“%1”衡量。</translation>
    </message>
    <message>
        <source>schedule PLAN [--pdf|--docx|--xlsx OUT]</source>
        <translation>schedule 计划 [--pdf|--docx|--xlsx 输出]</translation>
    </message>
    <message>
        <source>the year month by month (月度工作安排表), or what falls due this month and next</source>
        <translation>按月的全年安排（月度工作安排表），或本月和下月到期的事项</translation>
    </message>
    <message>
        <source>Writes the plan&apos;s year month by month (月度工作安排表): a row per task, grouped by section or by lead unit, its months from start to deadline shaded, and what falls due in each month. Without an output, lists what falls due this month and next.</source>
        <translation>输出计划的月度工作安排表：每项任务一行，按章节或牵头单位分组，从开始到完成时限的月份加底色，并列出每月到期的事项。不指定输出时，列出本月和下月到期的事项。</translation>
    </message>
    <message>
        <source>The year month by month.</source>
        <translation>按月的全年安排。</translation>
    </message>
    <message>
        <source>Write an Excel workbook (.xlsx) to this file.</source>
        <translation>把 Excel 工作簿（.xlsx）写到此文件。</translation>
    </message>
    <message>
        <source>Group the tasks by their lead unit instead of by section.</source>
        <translation>按牵头单位而非章节分组。</translation>
    </message>
    <message>
        <source>The day whose month and the next are listed (default: today).</source>
        <translation>列出此日所在月和下一月（默认：今天）。</translation>
    </message>
    <message>
        <source>Usage: annualplan schedule PLAN [--pdf OUT.pdf] [--docx OUT.docx] [--xlsx OUT.xlsx] [--by-unit] [--date YYYY-MM-DD] [--force]</source>
        <translation>用法：annualplan schedule 计划 [--pdf 输出.pdf] [--docx 输出.docx] [--xlsx 输出.xlsx] [--by-unit] [--date 年-月-日] [--force]</translation>
    </message>
    <message numerus="yes">
        <source>Due in %1: %n task(s)</source>
        <translation>
            <numerusform>%1 到期：%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>完成时限 %1</translation>
    </message>
    <message>
        <source>Export a saved version of the plan (by name or number) as it was saved, instead of the plan now.</source>
        <translation>导出计划已保存的某个版本（按名称或编号）的原样，而不是现在的计划。</translation>
    </message>
    <message>
        <source>Usage: annualplan export FILE [--pdf OUT.pdf] [--docx OUT.docx] [--csv OUT.csv] [--xlsx OUT.xlsx] [--what plan|annex|responsibilities|all] [--saved-version VERSION] [--force]</source>
        <translation>用法：annualplan export 文件 [--pdf 输出.pdf] [--docx 输出.docx] [--csv 输出.csv] [--xlsx 输出.xlsx] [--what plan|annex|responsibilities|all] [--saved-version 版本] [--force]</translation>
    </message>
    <message>
        <source>server init ADDRESS [--publisher LOGIN]…</source>
        <translation>server init 地址 [--publisher 登录名]…</translation>
    </message>
    <message>
        <source>prepare a database once so that the logins named may publish plans there</source>
        <translation>一次性准备数据库，使指定的登录名可以在其中发布计划</translation>
    </message>
    <message>
        <source>A plan file (.aplan), or an invitation to a shared plan (.apinvite), to open.</source>
        <translation>要打开的计划文件（.aplan）或共享计划邀请（.apinvite）。</translation>
    </message>
    <message>
        <source>Prepares a PostgreSQL database for AnnualPlan once, run by the database&apos;s owner: the list of plans every login reads, and the group of logins that may publish plans there (each named with --publisher; run again to add more). No superuser is needed afterwards.</source>
        <translation>由数据库所有者运行，为年度计划一次性准备 PostgreSQL 数据库：建立所有登录名都可读取的计划清单，以及可以在其中发布计划的登录名组（用 --publisher 逐个指定；再次运行可追加）。此后不再需要超级用户。</translation>
    </message>
    <message>
        <source>Prepare a database for shared plans.</source>
        <translation>为共享计划准备数据库。</translation>
    </message>
    <message>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <source>postgresql://OWNER@HOST[:PORT]/DATABASE</source>
        <translation>postgresql://所有者@主机[:端口]/数据库</translation>
    </message>
    <message>
        <source>A login that may publish plans (repeat for more).</source>
        <translation>可以发布计划的登录名（可重复指定多个）。</translation>
    </message>
    <message>
        <source>Usage: annualplan server init ADDRESS [--publisher LOGIN]…</source>
        <translation>用法：annualplan server init 地址 [--publisher 登录名]…</translation>
    </message>
    <message>
        <source>The database “%1” is ready for AnnualPlan. Logins that may publish plans there are members of the role %2 (they also need CREATEROLE, to make each plan&apos;s roles).</source>
        <translation>数据库“%1”已为年度计划准备好。可以在其中发布计划的登录名是角色 %2 的成员（它们还需要 CREATEROLE 权限，以建立每个计划的角色）。</translation>
    </message>
    <message>
        <source>Allow each reporter one connection and each open window one more: max_connections in postgresql.conf at least the number of departments plus 20 (200 reporters: 220).</source>
        <translation>每个报送人需要一个连接，每个打开的窗口再需要一个：postgresql.conf 中的 max_connections 至少设为部门数加 20（200 个报送人：220）。</translation>
    </message>
    <message>
        <source>The password read is a first one: the member chooses its own when it first opens the plan.</source>
        <translation>读入的密码是初始密码：成员首次打开计划时自己设置密码。</translation>
    </message>
    <message>
        <source>Usage: annualplan grant ADDRESS --login LOGIN [--role reporter|viewer|editor] [--department NAME] [--password-stdin [--choose-password]]</source>
        <translation>用法：annualplan grant 地址 --login 登录名 [--role reporter|viewer|editor] [--department 部门名称] [--password-stdin [--choose-password]]</translation>
    </message>
    <message>
        <source>--choose-password goes with --password-stdin: the first password is read from it.</source>
        <translation>--choose-password 须与 --password-stdin 一起使用：初始密码从标准输入读取。</translation>
    </message>
</context>
<context>
    <name>ap::fs::AtomicFile</name>
    <message>
        <source>“%1” could not be written to the disk.</source>
        <translation>“%1”未能写入磁盘。</translation>
    </message>
    <message>
        <source>“%1” could not be put in place: %2</source>
        <translation>“%1”未能保存到目标位置：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”未能写入：%2</translation>
    </message>
</context>
<context>
    <name>ap::fs::InputFile</name>
    <message>
        <source>“%1” is a link that leads to no file (or round in a circle).</source>
        <translation>“%1”是一个链接，但没有指向任何文件（或循环指向自身）。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it is a pipe, a device or a socket).</source>
        <translation>“%1”不是普通文件（是管道、设备或套接字）。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, larger than can be read here (at most %3 MB).</source>
        <translation>“%1”有 %2 MB，超过可读取的上限（最多 %3 MB）。</translation>
    </message>
    <message>
        <source>“%1” grew while it was read; read it again.</source>
        <translation>“%1”在读取过程中变大了，请重新读取。</translation>
    </message>
</context>
<context>
    <name>ap::fs::OutputTarget</name>
    <message>
        <source>No file name was given for the output.</source>
        <translation>未指定输出文件名。</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name for the output.</source>
        <translation>“%1”是文件夹，请指定输出文件名。</translation>
    </message>
    <message>
        <source>“%1” is a link to a file that does not exist; give another file name.</source>
        <translation>“%1”是指向不存在文件的链接，请另选文件名。</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file; give another file name.</source>
        <translation>“%1”不是普通文件，请另选文件名。</translation>
    </message>
    <message>
        <source>“%1” is the plan file itself; an output never replaces it. Give another file name.</source>
        <translation>“%1”就是计划文件本身，输出文件不会替换它。请另选文件名。</translation>
    </message>
    <message>
        <source>“%1” is a plan file that is open in AnnualPlan; it has not been replaced. Give another file name.</source>
        <translation>“%1”是正在年度计划中打开的计划文件，未被替换。请另选文件名。</translation>
    </message>
    <message>
        <source>“%1” is a plan file or another database; an export never replaces it. Give another file name.</source>
        <translation>“%1”是计划文件或其他数据库，导出文件不会替换它。请另选文件名。</translation>
    </message>
    <message>
        <source>“%1” already exists. Give another file name, or --force to replace it.</source>
        <translation>“%1”已存在。请另选文件名，或加 --force 替换。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: its folder “%2” does not exist.</source>
        <translation>无法写入“%1”：所在文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the folder “%2” may not be written to (it is read-only, or you have no permission there).</source>
        <translation>无法写入“%1”：文件夹“%2”不能写入（只读或没有权限）。</translation>
    </message>
    <message>
        <source>“%1” has the journal of an interrupted change beside it (“%1-journal”). Open that plan once so the change is rolled back, or give another file name.</source>
        <translation>“%1”旁边有中断修改时留下的日志文件（“%1-journal”）。请先打开一次该计划以撤回那次修改，或另选文件名。</translation>
    </message>
</context>
<context>
    <name>ap::fs::SystemError</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>磁盘或文件夹为只读</translation>
    </message>
    <message>
        <source>you have no permission to write there</source>
        <translation>没有在该处写入的权限</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>磁盘报告读写错误</translation>
    </message>
    <message>
        <source>a link leads round in a circle</source>
        <translation>链接循环指向自身</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称太长</translation>
    </message>
    <message>
        <source>system error %1 (%2)</source>
        <translation>系统错误 %1（%2）</translation>
    </message>
</context>
<context>
    <name>ap::sqlite</name>
    <message>
        <source>SQLite refused the settings that keep a plan file safe to read</source>
        <translation>SQLite 拒绝了保证安全读取计划文件的设置</translation>
    </message>
</context>
<context>
    <name>ap::sqlite::SchemaCheck</name>
    <message>
        <source>table “%1”</source>
        <translation>表“%1”</translation>
    </message>
    <message>
        <source>index “%1” on table “%2”</source>
        <translation>表“%2”上的索引“%1”</translation>
    </message>
    <message>
        <source>trigger “%1” on table “%2”</source>
        <translation>表“%2”上的触发器“%1”</translation>
    </message>
    <message>
        <source>view “%1”</source>
        <translation>视图“%1”</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>not part of a plan: %1</source>
        <translation>不属于计划：%1</translation>
    </message>
    <message>
        <source>defined otherwise than a plan&apos;s: %1</source>
        <translation>定义与计划不同：%1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>columns not part of a plan: %1</source>
        <translation>不属于计划的列：%1</translation>
    </message>
</context>
<context>
    <name>ap::targetSummary</name>
    <message>
        <source> (baseline %1: %2)</source>
        <translation>（%1年基数：%2）</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>，节点时间 %1</translation>
    </message>
    <message>
        <source> (baseline: %1)</source>
        <translation>（基数：%1）</translation>
    </message>
</context>
</TS>
