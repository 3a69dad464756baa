"""p652-5: Báo Đồng Tháp (Party newspaper) — pupils' and students' health insurance, end of 2023."""
from lib import F, P, I, CH, TG, SY, emit

TEXT = """Báo Đồng Tháp Online
Xã hội » Giáo dục

Đồng Tháp: Tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế đạt 98,6%

(ĐT) - Tính đến ngày 31/12/2023, toàn tỉnh có 356.214 học sinh, sinh viên tham gia bảo hiểm y tế (BHYT), đạt tỷ lệ 98,6%, tăng 2,1% so với cùng kỳ năm 2022. Trong đó, học sinh từ mầm non đến THPT là 331.870 em, sinh viên các trường đại học, cao đẳng là 24.344 em. Với kết quả này, Đồng Tháp xếp thứ 8 cả nước về tỷ lệ bao phủ BHYT học sinh, sinh viên.

Có 412/458 trường học đạt tỷ lệ 100% học sinh tham gia BHYT. Các địa phương có tỷ lệ cao là thành phố Sa Đéc (99,7%), huyện Tháp Mười (99,4%), huyện Cao Lãnh (99,1%); thấp nhất là huyện Hồng Ngự (95,8%).

Theo quy định, mức đóng BHYT học sinh, sinh viên năm học 2023-2024 là 972.000 đồng/em/năm; ngân sách nhà nước hỗ trợ 30%, học sinh đóng 680.400 đồng. Riêng học sinh thuộc hộ cận nghèo được tỉnh hỗ trợ thêm 20% theo Nghị quyết số 145/2023/NQ-HĐND.

Năm 2023, các trường được cấp 12,4 tỷ đồng kinh phí chăm sóc sức khỏe ban đầu, tăng 1,3 tỷ đồng so với năm 2022. Cũng trong năm, hơn 3.500 lượt học sinh được quỹ BHYT thanh toán chi phí khám, chữa bệnh với số tiền gần 5,6 tỷ đồng.

Ông Nguyễn Văn Hùng, Phó Giám đốc BHXH tỉnh, cho biết năm học 2023-2024 ngành Giáo dục và BHXH phấn đấu 100% học sinh tham gia BHYT, không để học sinh nào thiếu thẻ khi khám sức khỏe đầu năm.

MINH TÂM

25/01/2024

Báo Đồng Tháp - Số 12 đường 30/4, Phường 1, TP Cao Lãnh. ĐT: 0277.3851.524
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y = SY(2023)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("y tế đạt 98,6%", "98,6", 98.6, "percent", "%", "Tỷ lệ học sinh, sinh viên tham gia bảo hiểm y tế", I(ASOF)),
    F("có 356.214 học sinh", "356.214", 356214, "count", "học sinh, sinh viên", "học sinh, sinh viên tham gia bảo hiểm y tế", ASOF,
      percent=98.6, change=CH("increase", 2.1, baseline="cùng kỳ năm 2022")),
    F("là 331.870 em", "331.870", 331870, "count", "em", "học sinh từ mầm non đến THPT tham gia BHYT", I(ASOF), total=356214),
    F("là 24.344 em", "24.344", 24344, "count", "em", "sinh viên các trường đại học, cao đẳng tham gia BHYT", I(ASOF), total=356214),
    F("xếp thứ 8", "8", 8, "rank", "hạng", "tỷ lệ bao phủ BHYT học sinh, sinh viên", I(ASOF)),
    F("Có 412/458", "412", 412, "count", "trường học", "trường học đạt tỷ lệ 100% học sinh tham gia BHYT", I(ASOF), total=458),
    F("tỷ lệ 100% học sinh tham gia BHYT.", "100", 100, "percent", "%", "tỷ lệ học sinh tham gia BHYT", optional=True),
    F("Sa Đéc (99,7%)", "99,7", 99.7, "percent", "%", "tỷ lệ học sinh tham gia BHYT", I(ASOF), location="Sa Đéc"),
    F("Tháp Mười (99,4%)", "99,4", 99.4, "percent", "%", "tỷ lệ học sinh tham gia BHYT", I(ASOF), location="Tháp Mười"),
    F("Cao Lãnh (99,1%)", "99,1", 99.1, "percent", "%", "tỷ lệ học sinh tham gia BHYT", I(ASOF), location="Cao Lãnh"),
    F("Hồng Ngự (95,8%)", "95,8", 95.8, "percent", "%", "tỷ lệ học sinh tham gia BHYT", I(ASOF), location="Hồng Ngự"),
    F("là 972.000 đồng", "972.000", 972000, "money", "đồng/em/năm", "mức đóng BHYT học sinh, sinh viên", Y),
    F("hỗ trợ 30%", "30", 30, "percent", "%", "ngân sách nhà nước hỗ trợ mức đóng BHYT học sinh", Y),
    F("đóng 680.400 đồng", "680.400", 680400, "money", "đồng", "mức học sinh đóng BHYT", Y),
    F("thêm 20%", "20", 20, "percent", "%", "tỉnh hỗ trợ thêm mức đóng BHYT cho học sinh thuộc hộ cận nghèo"),
    F("cấp 12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng", "kinh phí chăm sóc sức khỏe ban đầu cấp cho các trường", Y23,
      change=CH("increase", 1.3e9, "đồng", "năm 2022")),
    F("hơn 3.500 lượt", "3.500", 3500, "count", "lượt học sinh", "lượt học sinh được quỹ BHYT thanh toán chi phí khám, chữa bệnh", I(Y23), approx="over"),
    F("gần 5,6 tỷ đồng", "5,6", 5.6e9, "money", "đồng", "số tiền quỹ BHYT thanh toán chi phí khám, chữa bệnh cho học sinh", I(Y23), approx="nearly"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "học sinh tham gia BHYT", Y, status="target"),
]

COMMENTS = [
    "Báo Đồng Tháp: BHYT học sinh, sinh viên tính đến 31/12/2023 — số tham gia, cơ cấu, xếp hạng, trường đạt 100%, huyện, mức đóng, kinh phí CSSK ban đầu.",
    "Byline then bare date '25/01/2024' at the end = published. Not figures: '(ĐT)', Nghị quyết số 145/2023/NQ-HĐND, 'Số 12 đường 30/4, Phường 1', phone.",
    "The body's 'đạt tỷ lệ 98,6%' is the share of 356.214 (attribute); the headline 98,6% is a figure. '412/458 trường học đạt tỷ lệ 100%':",
    "the 100% is a threshold naming the schools (optional). Money rate 972.000 keeps 'đồng/em/năm' as unit. 'tăng 1,3 tỷ đồng' → change 1.3e9 đồng.",
    "'Cũng trong năm' inherits 2023 (unscored). Districts in brackets go to location (Sa Đéc is a city, Cao Lãnh here the district).",
]

if __name__ == "__main__":
    emit("p652-5", TEXT, COMMENTS, FIGS, published="2024-01-25", location="Đồng Tháp")
