"""p1304-4: provincial newspaper (Báo Ninh Bình): sapodilla harvest in xã Khánh Hòa, huyện Yên Khánh."""
from lib import F, P, I, C, T, year, write

TEXT = """Báo Ninh Bình điện tử
Kinh tế | Nông nghiệp

Hồng xiêm Yên Khánh được mùa, giá bán tăng 20%

Thứ Năm, 12/12/2024 | 09:12

(BNB) - Những ngày này, các nhà vườn ở xã Khánh Hòa, huyện Yên Khánh đang tất bật thu hoạch hồng xiêm. Năm nay cây sai quả, giá bán tại vườn cao hơn khoảng 20% so với vụ trước.

Toàn xã hiện có 68 ha hồng xiêm, chủ yếu là giống hồng xiêm Xuân Đỉnh, với khoảng 450 hộ trồng. Năm 2024, sản lượng ước đạt 1.020 tấn, tăng 12% so với năm 2023; với giá bán bình quân 28.000 đồng/kg, tổng giá trị ước khoảng 28,5 tỷ đồng. Thương lái đến tận vườn thu mua rồi chở đi Hà Nội, Hải Phòng, Nam Định.

Gia đình ông Phạm Văn Thịnh ở xóm 5 có 1,2 ha với hơn 300 gốc hồng xiêm từ 15 đến 20 năm tuổi. Vụ này ông thu khoảng 22 tấn quả, trừ chi phí lãi gần 500 triệu đồng. "Hồng xiêm ghép cho quả sau hai năm, cây trưởng thành cho năng suất 80-100 kg/gốc", ông Thịnh cho biết.

Theo UBND huyện Yên Khánh, toàn huyện có khoảng 210 ha hồng xiêm, trong đó 95 ha cho thu hoạch ổn định. Huyện đặt mục tiêu đến năm 2026 mở rộng thêm 40 ha, xây dựng nhãn hiệu tập thể "Hồng xiêm Yên Khánh" và đưa ít nhất 3 sản phẩm đạt OCOP 4 sao.

Minh Hằng

Tin cùng chuyên mục:
- Ninh Bình: Hội chợ nông sản an toàn lần thứ 3 năm 2024
- Kim Sơn: Nông dân thu lãi từ mô hình cói xen cá
"""

NOW = year("Năm nay", 2024)
Y24 = year("Năm 2024", 2024)
TO26 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("giá bán tăng 20%", "20", 20, "percent", "%", subject="giá bán hồng xiêm"),
    F("cao hơn khoảng 20%", "20", 20, "percent", "%", approx="about",
      subject="giá bán hồng xiêm tại vườn", period=NOW),
    F("có 68 ha", "68", 68, "measure", "ha", subject="diện tích hồng xiêm toàn xã"),
    F("khoảng 450 hộ", "450", 450, "count", "hộ", approx="about", subject="hộ trồng hồng xiêm"),
    F("ước đạt 1.020 tấn", "1.020", 1020, "measure", "tấn", status="estimate",
      change=C("increase", 12, "%", "năm 2023"), subject="sản lượng hồng xiêm", period=Y24),
    F("bình quân 28.000", "28.000", 28000, "money", "đồng/kg", status="estimate", subject="giá bán bình quân",
      period=Y24),
    F("ước khoảng 28,5 tỷ", "28,5", 28.5e9, "money", "đồng", approx="about", status="estimate",
      subject="tổng giá trị hồng xiêm", period=Y24),
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích hồng xiêm của gia đình ông Phạm Văn Thịnh"),
    F("hơn 300 gốc", "300", 300, "count", "gốc", approx="over", subject="gốc hồng xiêm của gia đình ông Thịnh"),
    F("từ 15 đến 20 năm", "15", 15, "measure", "năm", value_max=20, subject="tuổi cây hồng xiêm"),
    F("khoảng 22 tấn", "22", 22, "measure", "tấn", approx="about", subject="sản lượng quả ông Thịnh thu"),
    F("gần 500 triệu", "500", 500e6, "money", "đồng", approx="nearly", subject="tiền lãi sau khi trừ chi phí"),
    F("sau hai năm", "hai", 2, "measure", "năm", subject="thời gian hồng xiêm ghép cho quả", optional=True),
    F("80-100 kg/gốc", "80", 80, "measure", "kg/gốc", value_max=100,
      subject="năng suất cây hồng xiêm trưởng thành"),
    F("khoảng 210 ha", "210", 210, "measure", "ha", approx="about", subject="diện tích hồng xiêm toàn huyện"),
    F("95 ha cho thu hoạch", "95", 95, "measure", "ha", total=210,
      subject="diện tích hồng xiêm cho thu hoạch ổn định"),
    F("thêm 40 ha", "40", 40, "measure", "ha", status="target",
      subject="diện tích hồng xiêm mở rộng thêm", period=TO26),
    F("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm đạt OCOP 4 sao", period=TO26),
]

NOTES = [
    "Provincial newspaper (Báo Ninh Bình): menu, headline figure, 'Thứ Năm, 12/12/2024 | 09:12', tag '(BNB) -', byline, related links.",
    "Distractors: 09:12, 'xóm 5', 'OCOP 4 sao', 'lần thứ 3', 'năm 2024' in a link, baseline 'vụ trước', 'năm 2023'.",
    "Commune (xã Khánh Hòa) figures take the district Yên Khánh as location. Headline and sapo growth rates are percent figures, no change.",
    "'Năm nay' → 2024 (published). 'với giá bán bình quân 28.000 đồng/kg' is an adjunct (no verb) of the clause 'tổng giá trị ước",
    "khoảng ...', so that clause's cue governs it: estimate, period Năm 2024 (revised after the first run; it was 'actual').",
    "'Vụ này' (this harvest) gives no dated period. 'sau hai năm' (time to first fruit) is a fact-duration: optional.",
]

if __name__ == "__main__":
    write("p1304-4", TEXT, NOTES, FIGS, published="2024-12-12", location="Yên Khánh")
