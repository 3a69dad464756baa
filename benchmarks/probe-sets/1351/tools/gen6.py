"""p1351-6: national newspaper: child abuse 2019-2023 nationwide (Bộ Công an data at a National Assembly workshop)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Xã hội
Thứ năm, 30/5/2024, 06:00 (GMT+7)

Mỗi năm hơn 2.000 vụ xâm hại trẻ em bị phát hiện

Trung bình mỗi ngày có 5-6 trẻ em bị xâm hại, phần lớn là xâm hại tình dục, theo báo cáo tại hội thảo do Ủy ban Văn hóa, Giáo dục của Quốc hội tổ chức ngày 29/5 với hơn 150 đại biểu tham dự.

Theo số liệu của Bộ Công an, giai đoạn 2019-2023, cả nước phát hiện 10.278 vụ xâm hại trẻ em với 10.950 trẻ em bị xâm hại, bình quân hơn 2.050 vụ mỗi năm. Trong đó, 7.390 vụ là xâm hại tình dục, chiếm khoảng 72%.

Số vụ xâm hại trẻ em qua mạng tăng nhanh: năm 2023 ghi nhận 412 vụ, gấp 1,6 lần năm 2019. Có tới 65% đối tượng gây án là người quen, người thân của nạn nhân; khoảng 30% số vụ xảy ra ngay tại nhà nạn nhân.

Hà Nội, TP Hồ Chí Minh và Nghệ An lần lượt đứng thứ nhất, thứ hai và thứ ba về số vụ xâm hại trẻ em được phát hiện trong giai đoạn này.

Bà Trần Thị Hồng Nhung, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, cho biết tỷ lệ điều tra, khám phá các vụ án xâm hại trẻ em đạt 94,6%, song nhiều vụ việc chỉ được phát hiện khi hậu quả đã xảy ra. "Nhiều em bị xâm hại kéo dài nhưng không dám nói với ai", bà Nhung nói.

Ủy ban kiến nghị phấn đấu đến năm 2030 giảm ít nhất 30% số vụ xâm hại trẻ em so với năm 2023, bảo đảm 100% trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời và mỗi trường học có ít nhất một cán bộ tư vấn tâm lý.

Thanh Hằng
"""

P5 = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T2030 = per("đến năm 2030", None, "2030-12-31")
RANK = "số vụ xâm hại trẻ em được phát hiện"

FIGS = [
    fig("hơn 2.000 vụ", "2.000", 2000, "measure", "vụ/năm", approx="over",
        subject="vụ xâm hại trẻ em bị phát hiện mỗi năm"),
    fig("có 5-6 trẻ em", "5", 5, "measure", "trẻ em/ngày", value_max=6,
        subject="trẻ em bị xâm hại trung bình mỗi ngày"),
    fig("hơn 150 đại biểu", "150", 150, "count", "đại biểu", approx="over",
        subject="đại biểu tham dự hội thảo"),
    fig("phát hiện 10.278 vụ", "10.278", 10278, "count", "vụ", subject="vụ xâm hại trẻ em", period=P5),
    fig("10.950 trẻ em", "10.950", 10950, "count", "trẻ em", subject="trẻ em bị xâm hại", period=P5),
    fig("hơn 2.050 vụ", "2.050", 2050, "measure", "vụ/năm", approx="over",
        subject="vụ xâm hại trẻ em bình quân mỗi năm", period=P5),
    fig("7.390 vụ", "7.390", 7390, "count", "vụ", total=10278, percent=72,
        subject="vụ xâm hại tình dục", period=inh(P5)),
    fig("ghi nhận 412 vụ", "412", 412, "count", "vụ", change=chg("increase", 1.6, "lần", "năm 2019"),
        subject="vụ xâm hại trẻ em qua mạng", period=Y23),
    fig("tới 65%", "65", 65, "percent", "%", subject="đối tượng gây án là người quen, người thân của nạn nhân"),
    fig("khoảng 30% số vụ", "30", 30, "percent", "%", approx="about",
        subject="số vụ xảy ra ngay tại nhà nạn nhân"),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject=RANK, location="Hà Nội", period=inh(P5)),
    fig("thứ hai và", "hai", 2, "rank", "hạng", subject=RANK, location="TP Hồ Chí Minh", period=inh(P5)),
    fig("thứ ba về", "ba", 3, "rank", "hạng", subject=RANK, location="Nghệ An", period=inh(P5)),
    fig("đạt 94,6%", "94,6", 94.6, "percent", "%", subject="tỷ lệ điều tra, khám phá các vụ án xâm hại trẻ em"),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="số vụ xâm hại trẻ em", period=T2030),
    fig("bảo đảm 100%", "100", 100, "percent", "%", status="target",
        subject="trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời", period=T2030),
    fig("ít nhất một cán bộ", "một", 1, "count", "cán bộ tư vấn tâm lý", approx="at_least", status="target",
        subject="cán bộ tư vấn tâm lý mỗi trường học", period=T2030),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 30/5/2024, 06:00 (GMT+7)' (published), headline, sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'ngày 29/5', baselines 'năm 2019'/'năm 2023', 'giai đoạn 2019-2023' (a period), 'trong giai đoạn này'.",
    "Headline 'Mỗi năm hơn 2.000 vụ' and 'bình quân hơn 2.050 vụ mỗi năm' are yearly rates: measure, unit 'vụ/năm'.",
    "'Trung bình mỗi ngày có 5-6 trẻ em' → range 5-6, unit 'trẻ em/ngày'.",
    "'Trong đó, 7.390 vụ ..., chiếm khoảng 72%' (after a sentence break) → total 10.278, percent 72 (its 'khoảng' is not a scored field).",
    "'gấp 1,6 lần năm 2019' after 412 vụ → change increase 1,6 lần. 'Có tới 65%' → exact ('có tới' stresses, it does not approximate).",
    "'lần lượt đứng thứ nhất, thứ hai và thứ ba' → three ranks (number words), location = the listed city/province, subject = the ranking's indicator.",
    "Location Việt Nam ('cả nước'). 'phấn đấu đến năm 2030' governs the three clauses (target, start null, end 2030-12-31).",
]

if __name__ == "__main__":
    write("p1351-6", TEXT, NOTES, FIGS, published="2024-05-30", location="Việt Nam")
