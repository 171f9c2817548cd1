<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
  <context>
    <name>Cli</name>
    <message>
      <source>Saved {count} plan(s) to {path}.</source>
      <translation>{path} файлына сакталган пландар: {count}.</translation>
    </message>
    <message>
      <source>Warning: a PDF is not encrypted. Keep it safe and delete it once the plan is signed.</source>
      <translation>Эскертүү: PDF файлы шифрленген эмес. Аны коопсуз жерде сактаңыз жана план кол коюлгандан кийин өчүрүп салыңыз.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A plan holds at most {n} goals.</source>
      <translation>Планда {n} максаттан ашык болбойт.</translation>
    </message>
    <message>
      <source>A plan is approved only with the resident's agreement: discuss it with the resident and change the draft first.</source>
      <translation>План кардардын макулдугу менен гана бекитилет: адегенде аны кардар менен талкуулап, долбоорду өзгөртүңүз.</translation>
    </message>
    <message>
      <source>A plan needs at least one goal before it is approved.</source>
      <translation>План бекитилгенге чейин анда жок дегенде бир максат болушу керек.</translation>
    </message>
    <message>
      <source>Goal {n}: choose the area.</source>
      <translation>{n}-максат: тармагын тандаңыз.</translation>
    </message>
    <message>
      <source>Goal {n}: write what the goal is.</source>
      <translation>{n}-максат: максаттын өзүн жазыңыз.</translation>
    </message>
    <message>
      <source>Goal {n}: {problem}</source>
      <translation>{n}-максат: {problem}</translation>
    </message>
    <message>
      <source>Need {n}: {problem}</source>
      <translation>{n}-муктаждык: {problem}</translation>
    </message>
    <message>
      <source>No plan with this id.</source>
      <translation>Мындай идентификатору бар план табылган жок.</translation>
    </message>
    <message>
      <source>Nobody in the shelter now has an approved plan: no PDF written.</source>
      <translation>Азыр баш калкалоочу жайдагылардын эч биринде бекитилген план жок: PDF түзүлгөн жок.</translation>
    </message>
    <message>
      <source>Only a draft can be changed. Edit the plan to start a new draft version; the approved version stays as it was approved.</source>
      <translation>Долбоорду гана өзгөртүүгө болот. Жаңы долбоор версиясын баштоо үчүн «Өзгөртүү» баскычын басыңыз; бекитилген версия бекитилген бойдон калат.</translation>
    </message>
    <message>
      <source>Record whether the resident agrees with the plan.</source>
      <translation>Кардар план менен макулбу, белгилеңиз.</translation>
    </message>
    <message>
      <source>Reviews are recorded on the approved (active) plan.</source>
      <translation>Кайра кароолор бекитилген (күчүндөгү) планга жазылат.</translation>
    </message>
    <message>
      <source>The approval date is before the approval of the current version ({date}).</source>
      <translation>Бекитүү күнү күчүндөгү версиянын бекитилген күнүнөн ({date}) эрте.</translation>
    </message>
    <message>
      <source>The approval date is before the resident's registration ({date}).</source>
      <translation>Бекитүү күнү кардар каттоого алынган күндөн ({date}) эрте.</translation>
    </message>
    <message>
      <source>The area {domain} is assessed twice.</source>
      <translation>{domain} тармагы эки жолу бааланган.</translation>
    </message>
    <message>
      <source>The next review must come after this one.</source>
      <translation>Кийинки кайра кароо ушундан кийин болушу керек.</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>Принтерде басып чыгарууну баштоо мүмкүн болгон жок.</translation>
    </message>
    <message>
      <source>The review date is before the plan was approved ({date}).</source>
      <translation>Кайра кароо күнү план бекитилген күндөн ({date}) эрте.</translation>
    </message>
    <message>
      <source>There is no plan to print.</source>
      <translation>Басып чыгара турган план жок.</translation>
    </message>
    <message>
      <source>This plan ({status}) cannot be closed this way.</source>
      <translation>Бул планды ({status}) мындай жол менен жабууга болбойт.</translation>
    </message>
    <message>
      <source>{case_number} has no approved (active) plan to print.</source>
      <translation>{case_number} кардарында басып чыгара турган бекитилген (күчүндөгү) план жок.</translation>
    </message>
  </context>
  <context>
    <name>GoalsModel</name>
    <message>
      <source>Area</source>
      <translation>Тармак</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Максат</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Жооптуу</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Мөөнөтү</translation>
    </message>
  </context>
  <context>
    <name>PlanPdf</name>
    <message>
      <source>Actions</source>
      <translation>Иш-аракеттер</translation>
    </message>
    <message>
      <source>Agreed on {date}</source>
      <translation>{date} күнү макулдук берилди</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Бекитилди</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Тармак</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Баалоо</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Иштин номери</translation>
    </message>
    <message>
      <source>Case {case_number} · plan version {version}</source>
      <translation>Иш {case_number} · пландын {version}-версиясы</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Жабылды</translation>
    </message>
    <message>
      <source>DRAFT — not approved. This version is not in force.</source>
      <translation>ДОЛБООР — бекитиле элек. Бул версия күчүнө кире элек.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Director</source>
      <translation>Директор</translation>
    </message>
    <message>
      <source>Goal and actions</source>
      <translation>Максат жана иш-аракеттер</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Максаттар</translation>
    </message>
    <message>
      <source>Individual rehabilitation plan</source>
      <translation>Жеке реабилитация планы</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөнү</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Муктаждык</translation>
    </message>
    <message>
      <source>Needs assessment</source>
      <translation>Муктаждыктарды баалоо</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Кийинки кайра кароо</translation>
    </message>
    <message>
      <source>No goals yet.</source>
      <translation>Азырынча максаттар жок.</translation>
    </message>
    <message>
      <source>No needs assessed.</source>
      <translation>Муктаждыктар бааланган жок.</translation>
    </message>
    <message>
      <source>No reviews yet.</source>
      <translation>Азырынча кайра кароо болгон жок.</translation>
    </message>
    <message>
      <source>Not recorded.</source>
      <translation>Жазылган эмес.</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>{pages} барактын {page}-барагы</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Даярдаган</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Басылган күнү: {date}</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Жетишкендиктер</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Кардар</translation>
    </message>
    <message>
      <source>Resident's agreement</source>
      <translation>Кардардын макулдугу</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Жооптуу</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>Кайра караган</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Планды кайра кароолор</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Колу</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Социалдык кызматкер</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Абалы</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Мөөнөтү</translation>
    </message>
    <message>
      <source>The resident's wishes, in their own words</source>
      <translation>Кардардын каалоолору, өз сөзү менен</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>{date} by {name}</source>
      <translation>{date}, {name}</translation>
    </message>
    <message>
      <source>{status} — replaced by version {version}</source>
      <translation>{status} — {version}-версия менен алмаштырылды</translation>
    </message>
    <message>
      <source>APPROVED</source>
      <translation>БЕКИТЕМИН</translation>
    </message>
    <message>
      <source>Place for the stamp</source>
      <translation>М. О.</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>&amp;Add goal</source>
      <translation>Максат &amp;кошуу</translation>
    </message>
    <message>
      <source>&amp;Approve</source>
      <translation>&amp;Бекитүү</translation>
    </message>
    <message>
      <source>&amp;Edit (new version)</source>
      <translation>&amp;Өзгөртүү (жаңы версия)</translation>
    </message>
    <message>
      <source>&amp;New draft</source>
      <translation>&amp;Жаңы долбоор</translation>
    </message>
    <message>
      <source>&amp;New plan</source>
      <translation>&amp;Жаңы план</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;План</translation>
    </message>
    <message>
      <source>&amp;Save draft</source>
      <translation>Долбоорду &amp;сактоо</translation>
    </message>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once the plan is printed and signed.</source>
      <translation>PDF файлы шифрленген эмес: ал кимдин колуна тийсе, ошол окуй алат. Аны коопсуз жерге гана сактап, план басылып, кол коюлгандан кийин өчүрүп салыңыз.</translation>
    </message>
    <message>
      <source>Actions:</source>
      <translation>Иш-аракеттер:</translation>
    </message>
    <message>
      <source>Approval (director)</source>
      <translation>Бекитүү (директор)</translation>
    </message>
    <message>
      <source>Approved on:</source>
      <translation>Бекитилген күнү:</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Тармак</translation>
    </message>
    <message>
      <source>Area:</source>
      <translation>Тармак:</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Баалоо</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Жокко чыгаруу</translation>
    </message>
    <message>
      <source>Case numbers instead of names</source>
      <translation>Аттардын ордуна иш номерлери</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Таштоо</translation>
    </message>
    <message>
      <source>Discard draft</source>
      <translation>Долбоорду жокко чыгаруу</translation>
    </message>
    <message>
      <source>Discard this draft? It is kept in the history as cancelled.</source>
      <translation>Бул долбоорду жокко чыгарасызбы? Ал тарыхта жокко чыгарылган катары сакталат.</translation>
    </message>
    <message>
      <source>Draft: not in force until a director approves it.</source>
      <translation>Долбоор: директор бекитмейинче күчүнө кирбейт.</translation>
    </message>
    <message>
      <source>Goal:</source>
      <translation>Максат:</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Максаттар</translation>
    </message>
    <message>
      <source>In force since {date}, approved by {name}; the resident agreed.</source>
      <translation>{date} күнүнөн тартып күчүндө, бекиткен: {name}; кардар макул.</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Калтыруу</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Түзөтүүнү улантуу</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Тили:</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Аткарылды деп белгилөө</translation>
    </message>
    <message>
      <source>Mark this plan as completed? It stays in the history and can still be printed.</source>
      <translation>Бул планды аткарылды деп белгилейсизби? Ал тарыхта калат жана аны мурдагыдай эле басып чыгарууга болот.</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Төмөн жылдыруу</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Жогору жылдыруу</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Муктаждык</translation>
    </message>
    <message>
      <source>Needs assessment</source>
      <translation>Муктаждыктарды баалоо</translation>
    </message>
    <message>
      <source>Next review:</source>
      <translation>Кийинки кайра кароо:</translation>
    </message>
    <message>
      <source>Nobody in the shelter now has an approved plan.</source>
      <translation>Азыр баш калкалоочу жайдагылардын эч биринде бекитилген план жок.</translation>
    </message>
    <message>
      <source>P&amp;rint…</source>
      <translation>Басып &amp;чыгаруу…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Басып чыгаруу</translation>
    </message>
    <message>
      <source>Print everyone in the shelter…</source>
      <translation>Басып чыгаруу: жайдагылардын баары…</translation>
    </message>
    <message>
      <source>Print the plan</source>
      <translation>Планды басып чыгаруу</translation>
    </message>
    <message>
      <source>Progress:</source>
      <translation>Жетишкендиктер:</translation>
    </message>
    <message>
      <source>Record &amp;review</source>
      <translation>&amp;Кайра кароону жазуу</translation>
    </message>
    <message>
      <source>Record a review</source>
      <translation>Планды кайра кароону жазуу</translation>
    </message>
    <message>
      <source>Remove goal</source>
      <translation>Максатты өчүрүү</translation>
    </message>
    <message>
      <source>Replaced by version {version} on {date}. Kept as it was approved.</source>
      <translation>{date} күнү {version}-версия менен алмаштырылган. Бекитилген түрүндө сакталат.</translation>
    </message>
    <message>
      <source>Resident's wishes</source>
      <translation>Кардардын каалоолору</translation>
    </message>
    <message>
      <source>Responsible:</source>
      <translation>Жооптуу:</translation>
    </message>
    <message>
      <source>Review date:</source>
      <translation>Кайра кароо күнү:</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Планды кайра кароолор</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>PDF сактоо</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>P&amp;DF катары сактоо…</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>PDF катары сактоо</translation>
    </message>
    <message>
      <source>Save everyone's as PDF…</source>
      <translation>PDF: жайдагылардын баары…</translation>
    </message>
    <message>
      <source>Save the draft before printing it.</source>
      <translation>Басып чыгаруудан мурун долбоорду сактаңыз.</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Абалы:</translation>
    </message>
    <message>
      <source>Target date:</source>
      <translation>Мөөнөтү:</translation>
    </message>
    <message>
      <source>The approved plans of everyone in the shelter now, in one document</source>
      <translation>Азыр баш калкалоочу жайдагылардын баарынын бекитилген пландары, бир документте</translation>
    </message>
    <message>
      <source>The draft has unsaved changes. Discard them?</source>
      <translation>Долбоордо сакталбаган өзгөртүүлөр бар. Аларды таштайсызбы?</translation>
    </message>
    <message>
      <source>The resident agrees with this plan</source>
      <translation>Кардар бул план менен макул</translation>
    </message>
    <message>
      <source>This resident has no plan yet.</source>
      <translation>Бул кардардын азырынча планы жок.</translation>
    </message>
    <message>
      <source>Version {version} — {status}</source>
      <translation>{version}-версия — {status}</translation>
    </message>
    <message>
      <source>Version:</source>
      <translation>Версия:</translation>
    </message>
    <message>
      <source>What the resident wants, in their own words.</source>
      <translation>Кардар эмнени каалайт — өз сөзү менен.</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
    <message>
      <source>{status} on {date}.</source>
      <translation>{status}: {date}.</translation>
    </message>
    <message>
      <source>{status}, approved {date}</source>
      <translation>{status}, {date} күнү бекитилген</translation>
    </message>
    <message>
      <source>{status}, replaced by version {version}</source>
      <translation>{status}, {version}-версия менен алмаштырылды</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— тандаңыз —</translation>
    </message>
    <message>
      <source>Your role does not give access to rehabilitation plans.</source>
      <translation>Сиздин ролуңуз реабилитация пландарын көрүүгө мүмкүнчүлүк бербейт.</translation>
    </message>
    <message>
      <source>Tick “{agrees}” once the resident has agreed to the plan. If they do not agree, change the draft with them first.</source>
      <translation>Кардар план менен макул болгондо «{agrees}» белгилеңиз. Макул болбосо, адегенде долбоорду аны менен бирге өзгөртүңүз.</translation>
    </message>
  </context>
  <context>
    <name>ReviewsModel</name>
    <message>
      <source>Date</source>
      <translation>Күнү</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Кийинки кайра кароо</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Жетишкендиктер</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>Кайра караган</translation>
    </message>
  </context>
</TS>
