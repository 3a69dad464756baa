"""p1410-4: Party newspaper (Báo Bắc Giang, tag BGĐT): a BSF farmer in xã Tân Thanh (Lạng Giang)."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế > Nông nghiệp - Nông thôn

Thứ Năm, 14/03/2024 | 15:12

Làm giàu từ nuôi ruồi lính đen

(BGĐT) - Tận dụng phụ phẩm nông nghiệp nuôi ruồi lính đen làm thức ăn cho gà, cá, anh Hoàng Văn Thắng ở thôn Đồng Sen, xã Tân Thanh (Lạng Giang) mỗi năm thu lãi gần 500 triệu đồng.

Năm 2020, sau 6 năm làm công nhân ở Khu công nghiệp Quang Châu, anh Thắng về quê vay 300 triệu đồng xây trại nuôi rộng 400 m2 sát Quốc lộ 1. Hiện trang trại đã mở rộng lên 1.200 m2, chia thành 3 khu: nhân giống, nuôi ấu trùng và ủ phân.

Mỗi ngày, anh thu mua khoảng 3 tấn bã đậu, cám hỏng, rau thải với giá 300-500 đồng/kg, thu về 500-600 kg ấu trùng tươi. Khoảng 70% sản lượng ấu trùng dùng nuôi đàn gà ri 2.000 con và 2 ao cá rộng 5.000 m2 của gia đình, số còn lại bán cho các trại lân cận với giá 8.000 đồng/kg.

Theo anh Thắng, thay một phần cám công nghiệp bằng ấu trùng giúp chi phí thức ăn giảm 25-30%, gà chắc thịt, giá bán cao hơn gà nuôi cám từ 10.000 đến 15.000 đồng/kg. Năm 2023, trừ chi phí, gia đình anh lãi gần 500 triệu đồng, tạo việc làm cho 4 lao động địa phương với thu nhập 6,5 triệu đồng/người/tháng.

Theo Hội Nông dân huyện Lạng Giang, toàn huyện hiện có 14 hộ nuôi ruồi lính đen, tăng gấp đôi so với năm 2022. Huyện đặt mục tiêu đến năm 2025 có ít nhất 30 hộ nuôi, mỗi hộ xử lý bình quân 1 tấn phụ phẩm/ngày.

Nguyễn Thành

Tin cùng chuyên mục:
- Lạng Giang: Phát triển sản phẩm OCOP gắn với du lịch nông thôn
- Bắc Giang: Ra quân tiêm phòng vụ xuân cho đàn gia súc, gia cầm
"""

Y20 = P("Năm 2020", "2020-01-01", "2020-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
BY25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thu lãi gần 500", "500", 500e6, "money", "đồng/năm", approx="nearly",
      subject="lãi anh Hoàng Văn Thắng thu mỗi năm"),
    F("sau 6 năm", "6", 6, "measure", "năm", subject="thời gian làm công nhân", period=Y20, optional=True),
    F("vay 300 triệu", "300", 300e6, "money", "đồng", subject="tiền vay xây trại nuôi", period=Y20),
    F("rộng 400 m2", "400", 400, "measure", "m2", subject="diện tích trại nuôi", period=Y20),
    F("lên 1.200 m2", "1.200", 1200, "measure", "m2", subject="diện tích trang trại"),
    F("thành 3 khu", "3", 3, "count", "khu", subject="khu của trang trại"),
    F("khoảng 3 tấn", "3", 3, "measure", "tấn/ngày", approx="about",
      subject="bã đậu, cám hỏng, rau thải anh thu mua mỗi ngày"),
    F("300-500", "300", 300, "money", "đồng/kg", value_max=500, subject="giá thu mua bã đậu, cám hỏng, rau thải"),
    F("500-600 kg", "500", 500, "measure", "kg/ngày", value_max=600, subject="ấu trùng tươi thu về mỗi ngày"),
    F("Khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="sản lượng ấu trùng dùng nuôi đàn gà ri và ao cá của gia đình"),
    F("2.000 con", "2.000", 2000, "count", "con", subject="đàn gà ri"),
    F("2 ao cá", "2", 2, "count", "ao", subject="ao cá của gia đình"),
    F("5.000 m2", "5.000", 5000, "measure", "m2", subject="diện tích ao cá"),
    F("8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", subject="giá bán ấu trùng cho các trại lân cận"),
    F("giảm 25-30%", "25", 25, "percent", "%", value_max=30, subject="chi phí thức ăn giảm"),
    F("từ 10.000 đến 15.000", "10.000", 10000, "money", "đồng/kg", value_max=15000,
      subject="giá bán gà cao hơn gà nuôi cám"),
    F("anh lãi gần 500", "500", 500e6, "money", "đồng", approx="nearly", subject="lãi của gia đình anh",
      period=Y23),
    F("cho 4 lao động", "4", 4, "count", "lao động", subject="lao động địa phương có việc làm", period=Y23),
    F("6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", subject="thu nhập của lao động", period=Y23),
    F("có 14 hộ", "14", 14, "count", "hộ", change=C("increase", 2, "lần", "năm 2022"),
      subject="hộ nuôi ruồi lính đen"),
    F("ít nhất 30 hộ", "30", 30, "count", "hộ", approx="at_least", status="target",
      subject="hộ nuôi ruồi lính đen", period=BY25),
    F("bình quân 1 tấn", "1", 1, "measure", "tấn/ngày", status="target",
      subject="phụ phẩm mỗi hộ xử lý bình quân", period=BY25),
]

NOTES = [
    "Party/provincial newspaper (Báo Bắc Giang): 'Thứ Năm, 14/03/2024 | 15:12', sapo with tag '(BGĐT) -', byline, 'Tin cùng chuyên mục'.",
    "Distractors: 15:12, 'Quốc lộ 1', 'Năm 2020' (year), 'một phần cám' (a part, not one), '1 tấn phụ phẩm/ngày' is a figure (a target rate), not a denominator.",
    "'sau 6 năm làm công nhân': a duration of the farmer's past, optional (a reader may count it or read it as a time locator).",
    "'Năm 2020, ... vay 300 triệu đồng xây trại nuôi rộng 400 m2' → period 2020; 'Hiện' figures have none. 'Mỗi ngày' amounts are rates (/ngày).",
    "Sapo 'mỗi năm thu lãi gần 500 triệu đồng' (đồng/năm, no period) and body 'Năm 2023 ... lãi gần 500 triệu đồng' (period 2023) are two figures.",
    "'giá bán cao hơn gà nuôi cám từ 10.000 đến 15.000 đồng/kg': the gap is the claim (no base amount) → a money figure with no change.",
    "'14 hộ, tăng gấp đôi so với năm 2022' → change increase 2 lần. 'Huyện đặt mục tiêu đến năm 2025' governs both clauses (target).",
    "Location Lạng Giang (the district in the sapo's bracket, and 'huyện Lạng Giang').",
]

if __name__ == "__main__":
    write("p1410-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Lạng Giang")
