"""p1308-5: Party newspaper (Báo Cà Mau): an MDR-TB patient in huyện Trần Văn Thời; provincial TB figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Cà Mau điện tử > Xã hội > Y tế

Hành trình chiến thắng lao kháng thuốc

Thứ Hai, 15/04/2024 | 08:20

Từng nghĩ mình không qua khỏi, nhưng nhờ kiên trì điều trị theo phác đồ, ông Trần Văn Út ở ấp Kênh Tư, xã Khánh Bình, huyện Trần Văn Thời đã khỏi bệnh lao kháng thuốc.

(CMO) - Năm 2023, ông Út ho kéo dài hơn một tháng, sụt 7 kg. Tại Bệnh viện Lao và Bệnh phổi Cà Mau, kết quả xét nghiệm Xpert cho thấy ông mắc lao phổi kháng rifampicin. Ông được điều trị bằng phác đồ ngắn hạn 9 tháng, mỗi tháng được hỗ trợ từ 1 đến 1,5 triệu đồng tiền ăn từ Quỹ Toàn cầu và Hội Chữ thập đỏ huyện.

"Có lúc tôi muốn bỏ thuốc vì mệt quá, nhưng cán bộ trạm y tế xã ngày nào cũng tới nhắc", ông Út kể.

Theo BSCKII Nguyễn Thanh Phong, Giám đốc Bệnh viện Lao và Bệnh phổi tỉnh, từ năm 2019 đến nay, bệnh viện đã thu nhận điều trị 312 bệnh nhân lao kháng thuốc. Tỷ lệ điều trị thành công của nhóm bệnh nhân này đạt 81,2%. Riêng năm 2023, bệnh viện điều trị 64 người, trong đó 52 người đã hoàn thành phác đồ.

Năm 2023, toàn tỉnh Cà Mau phát hiện 1.470 bệnh nhân lao các thể, tương đương khoảng 122 ca/100.000 dân. Ước tính vẫn còn 30-35% số người mắc lao trong cộng đồng chưa được phát hiện, nhất là ở các xã ven biển.

Năm nay, tỉnh phấn đấu chụp X-quang sàng lọc cho khoảng 25.000 người thuộc nhóm nguy cơ, đồng thời mở rộng phác đồ BPaLM cho bệnh nhân lao kháng thuốc tại cả 9 huyện, thành phố.

HOÀNG VŨ
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Riêng năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("từ năm 2019 đến nay", "2019-01-01", "2024-04-15")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
TVT = "Trần Văn Thời"

FIGS = [
    fig("hơn một tháng", "một", 1, "measure", "tháng", approx="over", location=TVT, optional=True),
    fig("sụt 7 kg", "7", 7, "measure", "kg", subject="cân nặng ông Út sụt", period=Y23, location=TVT),
    fig("hạn 9 tháng", "9", 9, "measure", "tháng", location=TVT, optional=True),
    fig("từ 1 đến 1,5 triệu", "1", 1e6, "money", "đồng/tháng", value_max=1.5e6, subject="hỗ trợ tiền ăn", location=TVT),
    fig("điều trị 312 bệnh nhân", "312", 312, "count", "bệnh nhân",
        subject="bệnh nhân lao kháng thuốc bệnh viện thu nhận điều trị", period=SINCE),
    fig("đạt 81,2%", "81,2", 81.2, "percent", "%",
        subject="tỷ lệ điều trị thành công của nhóm bệnh nhân lao kháng thuốc", period=inh(SINCE)),
    fig("điều trị 64 người", "64", 64, "count", "người",
        subject="người bệnh lao kháng thuốc bệnh viện điều trị", period=Y23b),
    fig("trong đó 52 người", "52", 52, "count", "người", total=64,
        subject="người đã hoàn thành phác đồ", period=Y23b),
    fig("phát hiện 1.470 bệnh nhân", "1.470", 1470, "count", "bệnh nhân",
        subject="bệnh nhân lao các thể phát hiện", period=Y23),
    fig("khoảng 122 ca", "122", 122, "measure", "ca/100.000 dân", approx="about",
        subject="tỷ lệ phát hiện bệnh nhân lao", period=Y23),
    fig("còn 30-35%", "30", 30, "percent", "%", value_max=35, status="estimate",
        subject="số người mắc lao trong cộng đồng chưa được phát hiện", period=inh(Y23)),
    fig("khoảng 25.000 người", "25.000", 25000, "count", "người", approx="about", status="target",
        subject="người thuộc nhóm nguy cơ được chụp X-quang sàng lọc", period=NOW),
    fig("cả 9 huyện", "9", 9, "count", "huyện, thành phố", status="target",
        subject="huyện, thành phố mở rộng phác đồ BPaLM", period=NOW),
]

NOTES = [
    "Party newspaper (Báo Cà Mau): breadcrumb, 'Thứ Hai, 15/04/2024 | 08:20', sapo, tag '(CMO) -', quote, byline 'HOÀNG VŨ'.",
    "Distractors: 08:20, 'ấp Kênh Tư' (a name holding a number word), 'BSCKII', 'Xpert', 'BPaLM' (a regimen name).",
    "The patient lives in huyện Trần Văn Thời: his figures get that location; hospital and province figures stay Cà Mau.",
    "The cough's duration 'hơn một tháng' and the regimen length '9 tháng' describe the case, not a statistic: optional.",
    "'sụt 7 kg' is a measure of the patient (period 'Năm 2023' in its sentence). 'mỗi tháng ... từ 1 đến 1,5 triệu đồng' → range 1..1,5 triệu (the multiplier serves both ends), đồng/tháng;",
    "no period (the support runs over the whole treatment).",
    "'từ năm 2019 đến nay' → 2019-01-01 .. published 2024-04-15. The success rate stands in its own sentence: a percent figure,",
    "not an attribute of 312. 'trong đó 52 người' → total 64.",
    "'tương đương khoảng 122 ca/100.000 dân' is a rate (measure), not a share of 1.470: no percent attribute. 'Ước tính vẫn còn 30-35%' →",
    "estimate, range. 'Năm nay, tỉnh phấn đấu' → target for both clauses, year of published (2024). 'cả 9 huyện, thành phố' is a count.",
]

if __name__ == "__main__":
    write("p1308-5", TEXT, NOTES, FIGS, published="2024-04-15", location="Cà Mau")
