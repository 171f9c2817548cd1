<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Errors</name>
    <message>
      <source>A referral for formal identification follows a first-level screening whose indicators are met or inconclusive, on or before the referral date.</source>
      <translation>Направление на формальную идентификацию делается после первичной оценки, при которой признаки выявлены или результат неясен, — в день направления или раньше.</translation>
    </message>
    <message>
      <source>An immediate need is not valid: choose the area and the level.</source>
      <translation>Неверно указана неотложная потребность: выберите сферу и уровень.</translation>
    </message>
    <message>
      <source>Choose a body authorised to identify victims from the organisations directory.</source>
      <translation>Выберите из справочника организаций орган, уполномоченный идентифицировать жертв.</translation>
    </message>
    <message>
      <source>Choose what to print: the questionnaire or the referral letter.</source>
      <translation>Выберите, что печатать: анкету или письмо-направление.</translation>
    </message>
    <message>
      <source>Indicators are met for a child when at least one act and one purpose are recorded.</source>
      <translation>Для ребёнка признаки выявлены, если отмечены хотя бы одно действие и одна цель.</translation>
    </message>
    <message>
      <source>Indicators are met for an adult when at least one act, one means and one purpose are recorded. For a child (under 18 at the act) the means are not required: record the date of the act or the age then.</source>
      <translation>Для взрослого признаки выявлены, если отмечены хотя бы одно действие, один способ и одна цель. Для ребёнка (моложе 18 лет в момент деяния) способ не требуется: укажите дату деяния или возраст в тот момент.</translation>
    </message>
    <message>
      <source>No such referral.</source>
      <translation>Такого направления нет.</translation>
    </message>
    <message>
      <source>No such screening.</source>
      <translation>Такой оценки нет.</translation>
    </message>
    <message>
      <source>The act cannot come after the screening.</source>
      <translation>Деяние не может быть позже оценки.</translation>
    </message>
    <message>
      <source>The decision cannot come before the referral ({date}).</source>
      <translation>Решение не может быть раньше направления ({date}).</translation>
    </message>
    <message>
      <source>The screening date is before the date of birth.</source>
      <translation>Дата оценки раньше даты рождения.</translation>
    </message>
    <message>
      <source>{case_number} has not been referred for formal identification yet.</source>
      <translation>{case_number} ещё не направлен(а) на формальную идентификацию.</translation>
    </message>
    <message>
      <source>Choose when the assessment was made.</source>
      <translation>Выберите, когда проведена оценка.</translation>
    </message>
    <message>
      <source>Describe the other risk in the notes.</source>
      <translation>Опишите другой риск в примечаниях.</translation>
    </message>
    <message>
      <source>This resident has no safety plan yet.</source>
      <translation>У этого клиента ещё нет плана безопасности.</translation>
    </message>
    <message>
      <source>Write the concerns in the resident's own words, or the measures agreed.</source>
      <translation>Запишите опасения словами клиента или согласованные меры.</translation>
    </message>
    <message>
      <source>A child under 16 cannot consent alone: record the guardian's consent and the child's assent.</source>
      <translation>Ребёнок младше 16 лет не может дать согласие сам: запишите согласие опекуна и согласие ребёнка.</translation>
    </message>
    <message>
      <source>Choose the guardian who gives consent (add the guardian first).</source>
      <translation>Выберите опекуна, который даёт согласие (сначала добавьте опекуна).</translation>
    </message>
    <message>
      <source>No such guardian.</source>
      <translation>Такого опекуна нет.</translation>
    </message>
    <message>
      <source>No such legal event.</source>
      <translation>Такого процессуального события нет.</translation>
    </message>
    <message>
      <source>Record the child's own assent too: ask the child, in words they understand.</source>
      <translation>Запишите и согласие самого ребёнка: спросите его понятными ему словами.</translation>
    </message>
    <message>
      <source>Record the date of birth (or an estimated birth year) first: the consent a child needs depends on their age.</source>
      <translation>Сначала укажите дату рождения (или примерный год рождения): какое согласие нужно ребёнку, зависит от возраста.</translation>
    </message>
    <message>
      <source>Record the guardian's consent, or that a child of 16 or older consents alone.</source>
      <translation>Запишите согласие опекуна или то, что ребёнок 16 лет и старше даёт согласие сам.</translation>
    </message>
    <message>
      <source>The resident was {age} on that day: an adult consents on the Details tab.</source>
      <translation>В тот день клиенту было {age}: согласие взрослого записывается на вкладке «Сведения».</translation>
    </message>
    <message>
      <source>{name} is suspected of involvement and cannot consent for the child: ask the guardianship authority to appoint a representative.</source>
      <translation>{name} подозревается в причастности и не может давать согласие за ребёнка: попросите орган опеки назначить представителя.</translation>
    </message>
    <message>
      <source>The resident is a child: the plan needs an education goal, or write down why there is none, before it is approved.</source>
      <translation>Клиент — ребёнок: до утверждения в плане должна быть цель в сфере образования или записана причина, почему её нет.</translation>
    </message>
    <message>
      <source>An identified person's screening found the indicators met.</source>
      <translation>У идентифицированного лица результат оценки — «признаки выявлены».</translation>
    </message>
    <message>
      <source>Required when the screening date is set.</source>
      <translation>Обязательно, если указана дата оценки.</translation>
    </message>
    <message>
      <source>Required when the screening result is set.</source>
      <translation>Обязательно, если указан результат оценки.</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>At a plan review</source>
      <translation>При пересмотре плана</translation>
    </message>
    <message>
      <source>At intake</source>
      <translation>При поступлении</translation>
    </message>
    <message>
      <source>Other occasion</source>
      <translation>В другое время</translation>
    </message>
  </context>
  <context>
    <name>NrmPdf</name>
    <message>
      <source>1. The act</source>
      <translation>1. Действие</translation>
    </message>
    <message>
      <source>2. The means</source>
      <translation>2. Способ</translation>
    </message>
    <message>
      <source>3. The purpose (exploitation)</source>
      <translation>3. Цель (эксплуатация)</translation>
    </message>
    <message>
      <source>Act</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Взрослый</translation>
    </message>
    <message>
      <source>Adult criteria (age at the act not known)</source>
      <translation>Критерии для взрослых (возраст в момент деяния неизвестен)</translation>
    </message>
    <message>
      <source>Age at the act</source>
      <translation>Возраст в момент деяния</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Сфера</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Номер дела</translation>
    </message>
    <message>
      <source>Case {case_number} · referral</source>
      <translation>Дело {case_number} · направление</translation>
    </message>
    <message>
      <source>Case {case_number} · screening</source>
      <translation>Дело {case_number} · первичная оценка</translation>
    </message>
    <message>
      <source>Child (under 18 at the act): the means are not required</source>
      <translation>Ребёнок (моложе 18 лет в момент деяния): способ не требуется</translation>
    </message>
    <message>
      <source>Child criteria were applied (under 18 at the act).</source>
      <translation>Применены критерии для детей (моложе 18 лет в момент деяния).</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Контакт</translation>
    </message>
    <message>
      <source>Copies of the identity documents the shelter holds are available on request.</source>
      <translation>Копии документов, удостоверяющих личность, имеющихся в приюте, предоставляются по запросу.</translation>
    </message>
    <message>
      <source>Copy to the legal representative</source>
      <translation>Копия законному представителю</translation>
    </message>
    <message>
      <source>Country of exploitation</source>
      <translation>Страна эксплуатации</translation>
    </message>
    <message>
      <source>Criteria applied</source>
      <translation>Применённые критерии</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <source>Date of the act</source>
      <translation>Дата деяния</translation>
    </message>
    <message>
      <source>Date of the screening</source>
      <translation>Дата оценки</translation>
    </message>
    <message>
      <source>First-level screening questionnaire (National Referral Mechanism)</source>
      <translation>Анкета первичной оценки (Национальный механизм перенаправления жертв торговли людьми)</translation>
    </message>
    <message>
      <source>For the shelter</source>
      <translation>От приюта</translation>
    </message>
    <message>
      <source>From</source>
      <translation>От</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Immediate needs</source>
      <translation>Неотложные потребности</translation>
    </message>
    <message>
      <source>Indicator seen</source>
      <translation>Выявленный признак</translation>
    </message>
    <message>
      <source>Languages spoken</source>
      <translation>Языки</translation>
    </message>
    <message>
      <source>Main form of exploitation</source>
      <translation>Основная форма эксплуатации</translation>
    </message>
    <message>
      <source>Means</source>
      <translation>Способ</translation>
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
      <source>No screening recorded yet: a blank form to fill in by hand.</source>
      <translation>Оценка ещё не записана: пустой бланк для заполнения от руки.</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Неизвестно</translation>
    </message>
    <message>
      <source>Not required for a child; recorded where seen.</source>
      <translation>Для ребёнка не требуется; отмечается, если выявлено.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Other forms</source>
      <translation>Другие формы</translation>
    </message>
    <message>
      <source>Our case number</source>
      <translation>Наш номер дела</translation>
    </message>
    <message>
      <source>Our first-level screening of {date} found: {result}.</source>
      <translation>Наша первичная оценка от {date}: {result}.</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Стр. {page} из {pages}</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Напечатано {date}</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Цель</translation>
    </message>
    <message>
      <source>Referral for formal identification of a victim of trafficking in persons</source>
      <translation>Направление на формальную идентификацию жертвы торговли людьми</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Result of the screening</source>
      <translation>Результат оценки</translation>
    </message>
    <message>
      <source>Screened by</source>
      <translation>Оценку провёл(а)</translation>
    </message>
    <message>
      <source>Screening by a first responder under Government resolution No. 493 of 2019. The authorised body makes the formal identification.</source>
      <translation>Первичная оценка лицом, первым выявившим жертву, по постановлению Правительства КР от 19.09.2019 № 493. Формальную идентификацию проводит уполномоченный орган.</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>Stateless</source>
      <translation>Без гражданства</translation>
    </message>
    <message>
      <source>Summary of the exploitation</source>
      <translation>Кратко об эксплуатации</translation>
    </message>
    <message>
      <source>The person</source>
      <translation>Лицо</translation>
    </message>
    <message>
      <source>The person agreed to share the information in this letter and nothing more. Please keep it confidential and tell us of your decision.</source>
      <translation>Лицо согласилось передать только сведения, указанные в этом письме. Просим сохранять их конфиденциальность и сообщить нам о вашем решении.</translation>
    </message>
    <message>
      <source>The person screened</source>
      <translation>Лицо, прошедшее оценку</translation>
    </message>
    <message>
      <source>The screening</source>
      <translation>Оценка</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Кому</translation>
    </message>
    <message>
      <source>We refer {who} to you for formal identification under the National Referral Mechanism.</source>
      <translation>Направляем к вам {who} для формальной идентификации в рамках Национального механизма перенаправления жертв торговли людьми.</translation>
    </message>
    <message>
      <source>about {year} (estimated)</source>
      <translation>около {year} (примерно)</translation>
    </message>
    <message>
      <source>the person with our case number {case_number}</source>
      <translation>лицо с нашим номером дела {case_number}</translation>
    </message>
    <message>
      <source>through {organisation}</source>
      <translation>через {organisation}</translation>
    </message>
  </context>
  <context>
    <name>SafetyPdf</name>
    <message>
      <source>Case number</source>
      <translation>Номер дела</translation>
    </message>
    <message>
      <source>Concerns, in the resident's own words</source>
      <translation>Опасения — словами клиента</translation>
    </message>
    <message>
      <source>Confidential: keep it where only the resident and the shelter can see it.</source>
      <translation>Конфиденциально: храните так, чтобы видели только клиент и приют.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Меры</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Следующий пересмотр</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Стр. {page} из {pages}</translation>
    </message>
    <message>
      <source>Printed {date}</source>
      <translation>Напечатано {date}</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Клиент</translation>
    </message>
    <message>
      <source>Safe contacts</source>
      <translation>Безопасные контакты</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>План безопасности</translation>
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
      <source>Who to call</source>
      <translation>Куда звонить</translation>
    </message>
  </context>
  <context>
    <name>BodyDialog</name>
    <message>
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Ф. И. О.:</translation>
    </message>
    <message>
      <source>New authorised body</source>
      <translation>Новый уполномоченный орган</translation>
    </message>
    <message>
      <source>Phone:</source>
      <translation>Телефон:</translation>
    </message>
    <message>
      <source>Region:</source>
      <translation>Регион:</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <source>Decision of {body}</source>
      <translation>Решение: {body}</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>Решение:</translation>
    </message>
    <message>
      <source>Document number:</source>
      <translation>Номер документа:</translation>
    </message>
    <message>
      <source>Identifying body:</source>
      <translation>Орган, проводивший идентификацию:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
  </context>
  <context>
    <name>NrmTab</name>
    <message>
      <source>&amp;Refer…</source>
      <translation>&amp;Направить…</translation>
    </message>
    <message>
      <source>A PDF file is not encrypted: anyone who gets hold of it can read it. Save it only where it is safe, and delete it once it is printed or sent.</source>
      <translation>PDF-файл не зашифрован: его может прочитать любой, к кому он попадёт. Сохраняйте его только в надёжном месте и удалите после печати или отправки.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Correct…</source>
      <translation>Исправить…</translation>
    </message>
    <message>
      <source>First-level screenings</source>
      <translation>Первичные оценки</translation>
    </message>
    <message>
      <source>Identification (&amp;NRM)</source>
      <translation>Идентификация (&amp;НМП)</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Язык:</translation>
    </message>
    <message>
      <source>Letter as PDF…</source>
      <translation>Письмо в PDF…</translation>
    </message>
    <message>
      <source>NRM status: {status}</source>
      <translation>Статус в НМП: {status}</translation>
    </message>
    <message>
      <source>New &amp;screening…</source>
      <translation>Новая &amp;оценка…</translation>
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
      <source>Print questionnaire…</source>
      <translation>Печать анкеты…</translation>
    </message>
    <message>
      <source>Print referral letter…</source>
      <translation>Печать письма-направления…</translation>
    </message>
    <message>
      <source>Questionnaire as PDF…</source>
      <translation>Анкета в PDF…</translation>
    </message>
    <message>
      <source>Record &amp;decision…</source>
      <translation>Записать &amp;решение…</translation>
    </message>
    <message>
      <source>Referrals for formal identification</source>
      <translation>Направления на формальную идентификацию</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>Сохранить PDF</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Сохранить как PDF</translation>
    </message>
    <message>
      <source>Screen the resident first: a referral follows a first-level screening.</source>
      <translation>Сначала проведите первичную оценку: направление делается после неё.</translation>
    </message>
    <message>
      <source>Two steps: the shelter screens as a first responder; an authorised body makes the formal identification.</source>
      <translation>Два шага: приют проводит первичную оценку как первый выявивший; формальную идентификацию проводит уполномоченный орган.</translation>
    </message>
    <message>
      <source>a child: child criteria apply when the act took place before 18</source>
      <translation>ребёнок: критерии для детей применяются, если деяние было до 18 лет</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
    <message>
      <source>identified on {date} by {body}</source>
      <translation>идентифицирован(а) {date}, {body}</translation>
    </message>
    <message>
      <source>nrm-letter-{case}.pdf</source>
      <translation>nmp-napravlenie-{case}.pdf</translation>
    </message>
    <message>
      <source>nrm-questionnaire-{case}.pdf</source>
      <translation>nmp-anketa-{case}.pdf</translation>
    </message>
    <message>
      <source>Saving as PDF…</source>
      <translation>Сохранение в PDF…</translation>
    </message>
  </context>
  <context>
    <name>ReferralDialog</name>
    <message>
      <source>Authorised body:</source>
      <translation>Уполномоченный орган:</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <source>New body…</source>
      <translation>Новый орган…</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Примечания:</translation>
    </message>
    <message>
      <source>Refer</source>
      <translation>Направить</translation>
    </message>
    <message>
      <source>Refer for formal identification</source>
      <translation>Направить на формальную идентификацию</translation>
    </message>
    <message>
      <source>The resident agreed to share:</source>
      <translation>Клиент согласился передать:</translation>
    </message>
    <message>
      <source>Tick only what the resident agreed to share with this body: the letter holds nothing else.</source>
      <translation>Отметьте только то, что клиент согласился передать этому органу: ничего другого в письме не будет.</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
  </context>
  <context>
    <name>ReferralsModel</name>
    <message>
      <source>Authorised body</source>
      <translation>Уполномоченный орган</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Дата решения</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Решение</translation>
    </message>
    <message>
      <source>Referred</source>
      <translation>Направлен(а)</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>ожидается</translation>
    </message>
  </context>
  <context>
    <name>ScreeningDialog</name>
    <message>
      <source>(not required for a child)</source>
      <translation>(для ребёнка не требуется)</translation>
    </message>
    <message>
      <source>1. The act</source>
      <translation>1. Действие</translation>
    </message>
    <message>
      <source>2. The means</source>
      <translation>2. Способ</translation>
    </message>
    <message>
      <source>3. The purpose (exploitation)</source>
      <translation>3. Цель (эксплуатация)</translation>
    </message>
    <message>
      <source>Age at the act not known: adult criteria.</source>
      <translation>Возраст в момент деяния неизвестен: критерии для взрослых.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Correct the screening</source>
      <translation>Исправить оценку</translation>
    </message>
    <message>
      <source>Date of the act:</source>
      <translation>Дата деяния:</translation>
    </message>
    <message>
      <source>Date of the screening:</source>
      <translation>Дата оценки:</translation>
    </message>
    <message>
      <source>First-level screening</source>
      <translation>Первичная оценка</translation>
    </message>
    <message>
      <source>Immediate needs (they start the rehabilitation plan)</source>
      <translation>Неотложные потребности (с них начнётся план реабилитации)</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Примечания:</translation>
    </message>
    <message>
      <source>Result:</source>
      <translation>Результат:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Suggested: {result}</source>
      <translation>Предлагается: {result}</translation>
    </message>
    <message>
      <source>or age then:</source>
      <translation>или возраст тогда:</translation>
    </message>
    <message>
      <source>{age} at the act: adult criteria.</source>
      <translation>{age} в момент деяния: критерии для взрослых.</translation>
    </message>
    <message>
      <source>{age} at the act: child criteria, the means are not required.</source>
      <translation>{age} в момент деяния: критерии для детей, способ не требуется.</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
  </context>
  <context>
    <name>ScreeningsModel</name>
    <message>
      <source>Criteria</source>
      <translation>Критерии</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Immediate needs</source>
      <translation>Неотложные потребности</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>adult</source>
      <translation>взрослый</translation>
    </message>
    <message>
      <source>child</source>
      <translation>ребёнок</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>импорт</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Примечания:</translation>
    </message>
    <message>
      <source>Risk assessment</source>
      <translation>Оценка риска</translation>
    </message>
    <message>
      <source>Risk level:</source>
      <translation>Уровень риска:</translation>
    </message>
    <message>
      <source>Risks seen:</source>
      <translation>Выявленные риски:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Suggested from the items: {level}</source>
      <translation>По отмеченным пунктам: {level}</translation>
    </message>
    <message>
      <source>When:</source>
      <translation>Когда:</translation>
    </message>
  </context>
  <context>
    <name>AssessmentsModel</name>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Risk level</source>
      <translation>Уровень риска</translation>
    </message>
    <message>
      <source>Risks seen</source>
      <translation>Выявленные риски</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
  </context>
  <context>
    <name>SafetyTab</name>
    <message>
      <source>Concerns, in the resident's own words:</source>
      <translation>Опасения — словами клиента:</translation>
    </message>
    <message>
      <source>Latest risk level: {level} ({date})</source>
      <translation>Последний уровень риска: {level} ({date})</translation>
    </message>
    <message>
      <source>Measures:</source>
      <translation>Меры:</translation>
    </message>
    <message>
      <source>New &amp;assessment…</source>
      <translation>Новая &amp;оценка…</translation>
    </message>
    <message>
      <source>Not assessed yet: assess the risk at intake.</source>
      <translation>Оценки ещё нет: оцените риск при поступлении.</translation>
    </message>
    <message>
      <source>Print on request…</source>
      <translation>Печать по запросу…</translation>
    </message>
    <message>
      <source>Print the safety plan</source>
      <translation>Печать плана безопасности</translation>
    </message>
    <message>
      <source>Review on:</source>
      <translation>Пересмотреть:</translation>
    </message>
    <message>
      <source>Risk and safe&amp;ty</source>
      <translation>Риск и &amp;безопасность</translation>
    </message>
    <message>
      <source>Risk assessments</source>
      <translation>Оценки риска</translation>
    </message>
    <message>
      <source>Safe contacts:</source>
      <translation>Безопасные контакты:</translation>
    </message>
    <message>
      <source>Safety plan — never exported</source>
      <translation>План безопасности — никогда не выгружается</translation>
    </message>
    <message>
      <source>Save safety &amp;plan</source>
      <translation>Сохранить &amp;план безопасности</translation>
    </message>
    <message>
      <source>Save the safety plan before printing it.</source>
      <translation>Сохраните план безопасности перед печатью.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <source>Who to call:</source>
      <translation>Куда звонить:</translation>
    </message>
    <message>
      <source>dd.mm.yyyy</source>
      <translation>дд.мм.гггг</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>План безопасности</translation>
    </message>
  </context>
  <context>
    <name>BestInterestsDialog</name>
    <message>
      <source>Assessed by:</source>
      <translation>Кто оценивал:</translation>
    </message>
    <message>
      <source>Best-interests assessment</source>
      <translation>Оценка наилучших интересов ребёнка</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <source>Recommendation:</source>
      <translation>Рекомендация:</translation>
    </message>
    <message>
      <source>Responsible body:</source>
      <translation>Ответственный орган:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
  </context>
  <context>
    <name>BestInterestsModel</name>
    <message>
      <source>Assessed by</source>
      <translation>Кто оценивал</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Рекомендация</translation>
    </message>
    <message>
      <source>Responsible body</source>
      <translation>Ответственный орган</translation>
    </message>
  </context>
  <context>
    <name>ChildTab</name>
    <message>
      <source>A guardian is suspected of involvement: never contact them through the app's letters; consent comes from another representative.</source>
      <translation>Опекун подозревается в причастности: никогда не связывайтесь с ним через письма программы; согласие даёт другой представитель.</translation>
    </message>
    <message>
      <source>Add &amp;guardian…</source>
      <translation>Добавить &amp;опекуна…</translation>
    </message>
    <message>
      <source>Add assessment…</source>
      <translation>Добавить оценку…</translation>
    </message>
    <message>
      <source>Age not known: record the date of birth or an estimated year.</source>
      <translation>Возраст неизвестен: укажите дату рождения или примерный год.</translation>
    </message>
    <message>
      <source>Best-interests assessments</source>
      <translation>Оценки наилучших интересов ребёнка</translation>
    </message>
    <message>
      <source>C&amp;hild</source>
      <translation>Р&amp;ебёнок</translation>
    </message>
    <message>
      <source>Consent and assent</source>
      <translation>Согласие опекуна и ребёнка</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Guardian or legal representative</source>
      <translation>Опекун или законный представитель</translation>
    </message>
    <message>
      <source>Legal events: child-friendly measures</source>
      <translation>Процессуальные события: меры, дружественные к ребёнку</translation>
    </message>
    <message>
      <source>Measures…</source>
      <translation>Меры…</translation>
    </message>
    <message>
      <source>Record &amp;consent…</source>
      <translation>Записать &amp;согласие…</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>{age} years old. These safeguards apply to children; what was recorded while the resident was a child stays here.</source>
      <translation>Возраст: {age}. Эти гарантии — для детей; записанное, пока клиент был ребёнком, остаётся здесь.</translation>
    </message>
    <message>
      <source>{age} years old: a child. These safeguards apply.</source>
      <translation>Возраст: {age} — ребёнок. Эти гарантии применяются.</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <source>A guardian suspected of involvement cannot consent and is not listed.</source>
      <translation>Опекун, подозреваемый в причастности, не может давать согласие и в списке не показан.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Consent of a child</source>
      <translation>Согласие в отношении ребёнка</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Дата:</translation>
    </message>
    <message>
      <source>Guardian:</source>
      <translation>Опекун:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Примечания:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>The child agrees (assent), asked in words they understand</source>
      <translation>Ребёнок согласен (спрошен понятными ему словами)</translation>
    </message>
    <message>
      <source>The child is 16 or older and consents alone</source>
      <translation>Ребёнку 16 лет или больше, он даёт согласие сам</translation>
    </message>
    <message>
      <source>The guardian consents</source>
      <translation>Опекун даёт согласие</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
  </context>
  <context>
    <name>ConsentsModel</name>
    <message>
      <source>16+, alone</source>
      <translation>16+, сам(а)</translation>
    </message>
    <message>
      <source>Child's assent</source>
      <translation>Согласие ребёнка</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Опекун</translation>
    </message>
    <message>
      <source>Guardian's consent</source>
      <translation>Согласие опекуна</translation>
    </message>
  </context>
  <context>
    <name>EventsModel</name>
    <message>
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <source>Child-friendly measures</source>
      <translation>Меры, дружественные к ребёнку</translation>
    </message>
  </context>
  <context>
    <name>GuardianDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>Контакт:</translation>
    </message>
    <message>
      <source>Guardian or legal representative</source>
      <translation>Опекун или законный представитель</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Ф. И. О.:</translation>
    </message>
    <message>
      <source>Notes:</source>
      <translation>Примечания:</translation>
    </message>
    <message>
      <source>Relation:</source>
      <translation>Кем приходится:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Suspected of involvement in the trafficking (never contacted through the app's letters)</source>
      <translation>Подозревается в причастности к торговле людьми (никогда не адресат писем программы)</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— выберите —</translation>
    </message>
  </context>
  <context>
    <name>GuardiansModel</name>
    <message>
      <source>Contact</source>
      <translation>Контакт</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ф. И. О.</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Кем приходится</translation>
    </message>
    <message>
      <source>SUSPECTED</source>
      <translation>ПОДОЗРЕВАЕТСЯ</translation>
    </message>
    <message>
      <source>Suspected of involvement</source>
      <translation>Подозревается в причастности</translation>
    </message>
    <message>
      <source>Suspected of involvement: never contacted through the app's letters.</source>
      <translation>Подозревается в причастности: письма программы ему не адресуются.</translation>
    </message>
  </context>
  <context>
    <name>MeasuresDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Child-friendly measures</source>
      <translation>Меры, дружественные к ребёнку</translation>
    </message>
    <message>
      <source>Event:</source>
      <translation>Событие:</translation>
    </message>
    <message>
      <source>Measures taken:</source>
      <translation>Принятые меры:</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
  </context>
  <context>
    <name>ResidentRecord</name>
    <message>
      <source>Risk: {level}</source>
      <translation>Риск: {level}</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>Assessed {date}</source>
      <translation>Оценка от {date}</translation>
    </message>
    <message>
      <source>High risk: assess again</source>
      <translation>Высокий риск: оценить заново</translation>
    </message>
    <message>
      <source>Safety plan review</source>
      <translation>Пересмотр плана безопасности</translation>
    </message>
  </context>
  <context>
    <name>DuePage</name>
    <message>
      <source>Plan reviews, court hearings, high risk and safety-plan reviews coming up. Click a line to open the record.</source>
      <translation>Ближайшие пересмотры планов, судебные заседания, высокий риск и пересмотры планов безопасности. Щёлкните строку, чтобы открыть дело.</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <source>A child's plan: why there is no education goal</source>
      <translation>План ребёнка: почему нет цели в сфере образования</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Best-interests assessment recorded</source>
      <translation>Записана оценка наилучших интересов ребёнка</translation>
    </message>
    <message>
      <source>Child's consent recorded</source>
      <translation>Записано согласие в отношении ребёнка</translation>
    </message>
    <message>
      <source>Child-friendly measures recorded</source>
      <translation>Записаны меры, дружественные к ребёнку</translation>
    </message>
    <message>
      <source>Guardian added</source>
      <translation>Добавлен опекун</translation>
    </message>
    <message>
      <source>Guardian changed</source>
      <translation>Изменены сведения об опекуне</translation>
    </message>
    <message>
      <source>Identification decision recorded</source>
      <translation>Записано решение об идентификации</translation>
    </message>
    <message>
      <source>NRM screening corrected</source>
      <translation>Исправлена первичная оценка (НМП)</translation>
    </message>
    <message>
      <source>NRM screening recorded</source>
      <translation>Записана первичная оценка (НМП)</translation>
    </message>
    <message>
      <source>NRM status changed</source>
      <translation>Изменён статус в НМП</translation>
    </message>
    <message>
      <source>Referral letter for identification printed</source>
      <translation>Напечатано письмо-направление на идентификацию</translation>
    </message>
    <message>
      <source>Referred for formal identification</source>
      <translation>Направлен(а) на формальную идентификацию</translation>
    </message>
    <message>
      <source>Risk assessed</source>
      <translation>Проведена оценка риска</translation>
    </message>
    <message>
      <source>Safety plan printed</source>
      <translation>Напечатан план безопасности</translation>
    </message>
    <message>
      <source>Safety plan saved</source>
      <translation>Сохранён план безопасности</translation>
    </message>
    <message>
      <source>Screening questionnaire printed</source>
      <translation>Напечатана анкета первичной оценки</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <source>screening, referring and assessing residents</source>
      <translation>первичную оценку, направление и оценку рисков клиентов</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>NRM screening date</source>
      <translation>Дата первичной оценки (НМП)</translation>
    </message>
    <message>
      <source>NRM screening result</source>
      <translation>Результат первичной оценки (НМП)</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Saved to {path}.</source>
      <translation>Сохранено: {path}.</translation>
    </message>
    <message>
      <source>Warning: a PDF is not encrypted. Keep it safe and delete it once it is printed.</source>
      <translation>Внимание: PDF не зашифрован. Храните его в надёжном месте и удалите после печати.</translation>
    </message>
  </context>
  <context>
    <name>AuditDetails</name>
    <message>
      <source>child criteria</source>
      <translation>критерии для детей</translation>
    </message>
    <message>
      <source>consented alone (16+)</source>
      <translation>согласие самостоятельно (16+)</translation>
    </message>
    <message>
      <source>corrected</source>
      <translation>исправлено</translation>
    </message>
    <message>
      <source>date</source>
      <translation>дата</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>решение</translation>
    </message>
    <message>
      <source>measures</source>
      <translation>меры</translation>
    </message>
    <message>
      <source>parts</source>
      <translation>части</translation>
    </message>
    <message>
      <source>result</source>
      <translation>результат</translation>
    </message>
    <message>
      <source>risk level</source>
      <translation>уровень риска</translation>
    </message>
    <message>
      <source>shared with consent</source>
      <translation>передано с согласия</translation>
    </message>
    <message>
      <source>suggested level</source>
      <translation>предложенный уровень</translation>
    </message>
    <message>
      <source>suspected of involvement</source>
      <translation>подозревается в причастности</translation>
    </message>
  </context>
</TS>
