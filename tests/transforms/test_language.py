import pytest

from transforms.language import detect_language

PARAGRAPHS = {
    "en": "The national patent office signed a memorandum with the World Intellectual "
          "Property Organization on Tuesday. The minister said the agreement would speed up "
          "the examination of trademark applications. Officials expect the first joint "
          "training programme to start next spring.",
    "ru": "В среду глава патентного ведомства провёл переговоры с делегацией Всемирной "
          "организации интеллектуальной собственности. Стороны обсудили цифровизацию "
          "экспертизы товарных знаков и подготовку кадров. По итогам встречи был подписан "
          "план совместных мероприятий на следующий год.",
    "tr": "Türk Patent ve Marka Kurumu başkanı, Cenevre'deki toplantıda Dünya Fikri Mülkiyet "
          "Örgütü yetkilileriyle görüştü. Görüşmede marka başvurularının dijital ortamda "
          "incelenmesi ele alındı. Taraflar önümüzdeki yıl ortak bir eğitim programı "
          "düzenlemeyi kararlaştırdı.",
    "kk": "Әділет министрі Дүниежүзілік зияткерлік меншік ұйымының делегациясымен кездесті. "
          "Кездесуде патенттік сараптаманы цифрландыру және тауар белгілерін тіркеу "
          "мәселелері талқыланды. Тараптар келесі жылы бірлескен оқыту бағдарламасын "
          "өткізуге келісті.",
    "ky": "Кыргызпатенттин директору Дүйнөлүк интеллектуалдык менчик уюмунун өкүлдөрү менен "
          "жолугушту. Жолугушууда товардык белгилерди каттоо жана патенттик экспертизаны "
          "санариптештирүү маселелери талкууланды. Тараптар кийинки жылы биргелешкен окуу "
          "программасын өткөрүүгө макул болушту.",
    "uz": "Adliya vaziri Jahon intellektual mulk tashkiloti vakillari bilan uchrashdi. "
          "Uchrashuvda tovar belgilarini roʻyxatdan oʻtkazish va patent ekspertizasini "
          "raqamlashtirish masalalari muhokama qilindi. Tomonlar kelgusi yilda qoʻshma oʻquv "
          "dasturini oʻtkazishga kelishib oldi.",
    "az": "Əqli Mülkiyyət Agentliyinin rəhbəri Ümumdünya Əqli Mülkiyyət Təşkilatının "
          "nümayəndə heyəti ilə görüşüb. Görüşdə əmtəə nişanlarının qeydiyyatı və patent "
          "ekspertizasının rəqəmsallaşdırılması məsələləri müzakirə olunub. Tərəflər gələn "
          "il birgə təlim proqramı keçirmək barədə razılığa gəliblər.",
    "ko": "특허청장은 화요일 제네바에서 세계지식재산기구 사무총장과 회담을 가졌다. 양측은 "
          "상표 심사의 디지털화와 전문 인력 양성 방안을 논의했다. 두 기관은 내년에 공동 "
          "교육 프로그램을 시작하기로 합의했다.",
    "zh": "国家知识产权局局长周二在日内瓦会见了世界知识产权组织总干事。双方就商标审查数字化和"
          "人才培养等议题交换了意见。两机构同意明年启动联合培训项目。",
}


@pytest.mark.parametrize("code, text", PARAGRAPHS.items(), ids=PARAGRAPHS.keys())
def test_detects_news_paragraph(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize("code, text", PARAGRAPHS.items(), ids=PARAGRAPHS.keys())
def test_detection_ignores_layout(code, text):
    """Line breaks in a file must not change the answer."""
    assert detect_language("\n\n" + text.replace(". ", ".\n\n") + "\n") == code


@pytest.mark.parametrize("text", ["", "   \n\t", "2025 08 21 1234567", "12.08.2025, 3/4",
                                  "!!! ... --- ??? «»", "— • … №", "_____"])
def test_no_letters_is_undetermined(text):
    assert detect_language(text) == "und"


@pytest.mark.parametrize("code, text", [
    pytest.param(
        "tr",
        "Patent ofisi başkanı WIPO'nun Cenevre'deki genel merkezinde temaslarda bulundu. "
        "Görüşmede marka başvurularının dijital ortamda incelenmesi ele alındı. Taraflar "
        "ortak bir eğitim programı düzenlemeyi kararlaştırdı; WIPO'ya bir rapor sunulacak ve "
        "WIPO'da bir çalıştay yapılacak.",
        id="tr-with-WIPO-suffixes"),
    pytest.param(
        "ru",
        "В Астане министр юстиции встретился с делегацией ВОИС. На встрече присутствовал "
        "директор «Ұлттық зияткерлік меншік институты». Стороны обсудили цифровизацию "
        "экспертизы.",
        id="ru-quoting-kazakh-name"),
    pytest.param(
        "uk",
        "Державна служба інтелектуальної власності України провела зустріч з делегацією "
        "Всесвітньої організації інтелектуальної власності. Сторони обговорили цифровізацію "
        "експертизи.",
        id="uk-letter-i"),
])
def test_regional_letter_overrides_do_not_misfire(code, text):
    assert detect_language(text) == code
