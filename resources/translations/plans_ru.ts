<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Cli</name>
    <message>
      <source>Saved {count} plan(s) to {path}.</source>
      <translation>Сохранено планов: {count}, файл {path}.</translation>
    </message>
    <message>
      <source>Warning: a PDF is not encrypted. Keep it safe and delete it once the plan is signed.</source>
      <translation>Внимание: PDF-файл не зашифрован. Храните его в надёжном месте и удалите, когда план будет подписан.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A plan holds at most {n} goals.</source>
      <translation>В плане может быть не больше {n} целей.</translation>
    </message>
    <message>
      <source>A plan is approved only with the resident's agreement: discuss it with the resident and change the draft first.</source>
      <translation>План утверждается только с согласия клиента: сначала обсудите его с клиентом и измените черновик.</translation>
    </message>
    <message>
      <source>A plan needs at least one goal before it is approved.</source>
      <translation>Перед утверждением в плане должна быть хотя бы одна цель.</translation>
    </message>
    <message>
      <source>Goal {n}: choose the area.</source>
      <translation>Цель {n}: выберите сферу.</translation>
    </message>
    <message>
      <source>Goal {n}: write what the goal is.</source>
      <translation>Цель {n}: опишите, в чём состоит цель.</translation>
    </message>
    <message>
      <source>Goal {n}: {problem}</source>
      <translation>Цель {n}: {problem}</translation>
    </message>
    <message>
      <source>Need {n}: {problem}</source>
      <translation>Потребность {n}: {problem}</translation>
    </message>
    <message>
      <source>No plan with this id.</source>
      <translation>План с таким идентификатором не найден.</translation>
    </message>
    <message>
      <source>Nobody in the shelter now has an approved plan: no PDF written.</source>
      <translation>Ни у кого из находящихся сейчас в приюте нет утверждённого плана: PDF не создан.</translation>
    </message>
    <message>
      <source>Only a draft can be changed. Edit the plan to start a new draft version; the approved version stays as it was approved.</source>
      <translation>Изменить можно только черновик. Нажмите «Изменить», чтобы начать новую версию-черновик; утверждённая версия останется такой, какой её утвердили.</translation>
    </message>
    <message>
      <source>Record whether the resident agrees with the plan.</source>
      <translation>Отметьте, согласен(на) ли клиент(ка) с планом.</translation>
    </message>
    <message>
      <source>Reviews are recorded on the approved (active) plan.</source>
      <translation>Пересмотры записываются в утверждённый (действующий) план.</translation>
    </message>
    <message>
      <source>The approval date is before the approval of the current version ({date}).</source>
      <translation>Дата утверждения раньше даты утверждения действующей версии ({date}).</translation>
    </message>
    <message>
      <source>The approval date is before the resident's registration ({date}).</source>
      <translation>Дата утверждения раньше даты регистрации клиента ({date}).</translation>
    </message>
    <message>
      <source>The area {domain} is assessed twice.</source>
      <translation>Сфера {domain} оценена дважды.</translation>
    </message>
    <message>
      <source>The next review must come after this one.</source>
      <translation>Следующий пересмотр должен быть позже этого.</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>Не удалось запустить печать на принтере.</translation>
    </message>
    <message>
      <source>The review date is before the plan was approved ({date}).</source>
      <translation>Дата пересмотра раньше утверждения плана ({date}).</translation>
    </message>
    <message>
      <source>There is no plan to print.</source>
      <translation>Нет плана для печати.</translation>
    </message>
    <message>
      <source>This plan ({status}) cannot be closed this way.</source>
      <translation>Этот план ({status}) нельзя закрыть таким образом.</translation>
    </message>
    <message>
      <source>{case_number} has no approved (active) plan to print.</source>
      <translation>У клиента {case_number} нет утверждённого (действующего) плана для печати.</translation>
    </message>
  </context>
  <context>
    <name>GoalsModel</name>
    <message>
      <source>Area</source>
      <translation>Сфера</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Цель</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Срок</translation>
    </message>
  </context>
  <context>
    <name>PlanPdf</name>
    <message>
      <source>Actions</source>
      <translation>Действия</translation>
    </message>
    <message>
      <source>Agreed on {date}</source>
      <translation>Согласие получено {date}</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Утверждён</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Сфера</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Номер дела</translation>
    </message>
    <message>
      <source>Case {case_number} · plan version {version}</source>
      <translation>Дело {case_number} · версия плана {version}</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Закрыт</translation>
    </message>
    <message>
      <source>DRAFT — not approved. This version is not in force.</source>
      <translation>ЧЕРНОВИК — не утверждён. Эта версия не действует.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Director</source>
      <translation>Директор</translation>
    </message>
    <message>
      <source>Goal and actions</source>
      <translation>Цель и действия</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Цели</translation>
    </message>
    <message>
      <source>Individual rehabilitation plan</source>
      <translation>Индивидуальный план реабилитации</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Потребность</translation>
    </message>
    <message>
      <source>Needs assessment</source>
      <translation>Оценка потребностей</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Следующий пересмотр</translation>
    </message>
    <message>
      <source>No goals yet.</source>
      <translation>Целей пока нет.</translation>
    </message>
    <message>
      <source>No needs assessed.</source>
      <translation>Потребности не оценивались.</translation>
    </message>
    <message>
      <source>No reviews yet.</source>
      <translation>Пересмотров пока не было.</translation>
    </message>
    <message>
      <source>Not recorded.</source>
      <translation>Не записано.</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>Подготовил(а)</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Напечатано {date}</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Достигнутые результаты</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Клиент</translation>
    </message>
    <message>
      <source>Resident's agreement</source>
      <translation>Согласие клиента</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>Провёл(а)</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Пересмотры плана</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Социальный работник</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>The resident's wishes, in their own words</source>
      <translation>Пожелания клиента — своими словами</translation>
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
      <translation>{status} — заменён версией {version}</translation>
    </message>
    <message>
      <source>APPROVED</source>
      <translation>УТВЕРЖДАЮ</translation>
    </message>
    <message>
      <source>Place for the stamp</source>
      <translation>М. П.</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>&amp;Add goal</source>
      <translation>&amp;Добавить цель</translation>
    </message>
    <message>
      <source>&amp;Approve</source>
      <translation>&amp;Утвердить</translation>
    </message>
    <message>
      <source>&amp;Edit (new version)</source>
      <translation>&amp;Изменить (новая версия)</translation>
    </message>
    <message>
      <source>&amp;New draft</source>
      <translation>&amp;Новый черновик</translation>
    </message>
    <message>
      <source>&amp;New plan</source>
      <translation>&amp;Новый план</translation>
    </message>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;План</translation>
    </message>
    <message>
      <source>&amp;Save draft</source>
      <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once the plan is printed and signed.</source>
      <translation>PDF-файл не зашифрован: его прочитает любой, к кому он попадёт. Сохраняйте его только в надёжном месте и удалите, когда план будет напечатан и подписан.</translation>
    </message>
    <message>
      <source>Actions:</source>
      <translation>Действия:</translation>
    </message>
    <message>
      <source>Approval (director)</source>
      <translation>Утверждение (директор)</translation>
    </message>
    <message>
      <source>Approved on:</source>
      <translation>Дата утверждения:</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Сфера</translation>
    </message>
    <message>
      <source>Area:</source>
      <translation>Сфера:</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Case numbers instead of names</source>
      <translation>Номера дел вместо имён</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Отбросить</translation>
    </message>
    <message>
      <source>Discard draft</source>
      <translation>Отменить черновик</translation>
    </message>
    <message>
      <source>Discard this draft? It is kept in the history as cancelled.</source>
      <translation>Отменить этот черновик? Он останется в истории как отменённый.</translation>
    </message>
    <message>
      <source>Draft: not in force until a director approves it.</source>
      <translation>Черновик: не действует, пока его не утвердит директор.</translation>
    </message>
    <message>
      <source>Goal:</source>
      <translation>Цель:</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Цели</translation>
    </message>
    <message>
      <source>In force since {date}, approved by {name}; the resident agreed.</source>
      <translation>Действует с {date}, утвердил(а) {name}; клиент согласен.</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Оставить</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Продолжить редактирование</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Язык:</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Отметить выполненным</translation>
    </message>
    <message>
      <source>Mark this plan as completed? It stays in the history and can still be printed.</source>
      <translation>Отметить план как выполненный? Он останется в истории, и его по-прежнему можно будет напечатать.</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Ниже</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Выше</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Потребность</translation>
    </message>
    <message>
      <source>Needs assessment</source>
      <translation>Оценка потребностей</translation>
    </message>
    <message>
      <source>Next review:</source>
      <translation>Следующий пересмотр:</translation>
    </message>
    <message>
      <source>Nobody in the shelter now has an approved plan.</source>
      <translation>Ни у кого из находящихся сейчас в приюте нет утверждённого плана.</translation>
    </message>
    <message>
      <source>P&amp;rint…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <source>Print everyone in the shelter…</source>
      <translation>Печать: все в приюте…</translation>
    </message>
    <message>
      <source>Print the plan</source>
      <translation>Печать плана</translation>
    </message>
    <message>
      <source>Progress:</source>
      <translation>Достигнутые результаты:</translation>
    </message>
    <message>
      <source>Record &amp;review</source>
      <translation>Записать &amp;пересмотр</translation>
    </message>
    <message>
      <source>Record a review</source>
      <translation>Записать пересмотр плана</translation>
    </message>
    <message>
      <source>Remove goal</source>
      <translation>Удалить цель</translation>
    </message>
    <message>
      <source>Replaced by version {version} on {date}. Kept as it was approved.</source>
      <translation>Заменён версией {version} {date}. Сохранён в утверждённом виде.</translation>
    </message>
    <message>
      <source>Resident's wishes</source>
      <translation>Пожелания клиента</translation>
    </message>
    <message>
      <source>Responsible:</source>
      <translation>Ответственный:</translation>
    </message>
    <message>
      <source>Review date:</source>
      <translation>Дата пересмотра:</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>Пересмотры плана</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>Сохранить PDF</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Сохранить в PDF</translation>
    </message>
    <message>
      <source>Save everyone's as PDF…</source>
      <translation>PDF: все в приюте…</translation>
    </message>
    <message>
      <source>Save the draft before printing it.</source>
      <translation>Сохраните черновик перед печатью.</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Статус:</translation>
    </message>
    <message>
      <source>Target date:</source>
      <translation>Срок:</translation>
    </message>
    <message>
      <source>The approved plans of everyone in the shelter now, in one document</source>
      <translation>Утверждённые планы всех, кто сейчас в приюте, одним документом</translation>
    </message>
    <message>
      <source>The draft has unsaved changes. Discard them?</source>
      <translation>В черновике есть несохранённые изменения. Отбросить их?</translation>
    </message>
    <message>
      <source>The resident agrees with this plan</source>
      <translation>Клиент(ка) согласен(на) с этим планом</translation>
    </message>
    <message>
      <source>This resident has no plan yet.</source>
      <translation>У этого клиента пока нет плана.</translation>
    </message>
    <message>
      <source>Version {version} — {status}</source>
      <translation>Версия {version} — {status}</translation>
    </message>
    <message>
      <source>Version:</source>
      <translation>Версия:</translation>
    </message>
    <message>
      <source>What the resident wants, in their own words.</source>
      <translation>Чего хочет клиент — своими словами.</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
    <message>
      <source>{status} on {date}.</source>
      <translation>{status} {date}.</translation>
    </message>
    <message>
      <source>{status}, approved {date}</source>
      <translation>{status}, утверждён {date}</translation>
    </message>
    <message>
      <source>{status}, replaced by version {version}</source>
      <translation>{status}, заменён версией {version}</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
    <message>
      <source>Your role does not give access to rehabilitation plans.</source>
      <translation>Ваша роль не даёт доступа к планам реабилитации.</translation>
    </message>
    <message>
      <source>Tick “{agrees}” once the resident has agreed to the plan. If they do not agree, change the draft with them first.</source>
      <translation>Отметьте «{agrees}», когда клиент(ка) согласится с планом. Если нет — сначала измените черновик вместе с ним (ней).</translation>
    </message>
  </context>
  <context>
    <name>ReviewsModel</name>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Следующий пересмотр</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Достигнутые результаты</translation>
    </message>
    <message>
      <source>Reviewed by</source>
      <translation>Провёл(а)</translation>
    </message>
  </context>
</TS>
