"""p1206-8: provincial newspaper online (Báo Bình Định, '(BĐ) -'): 6-month support, a workshop in An Nhơn."""
from lib import F, P, I, C, T, write

TEXT = """Xã hội

Bình Định: Gần 1.400 người khuyết tật được hỗ trợ dụng cụ trợ giúp

Thứ Sáu, 19/07/2024 | 08:15

(BĐ) - 6 tháng đầu năm, các cơ quan, đơn vị trong tỉnh đã hỗ trợ dụng cụ trợ giúp cho 1.386 người khuyết tật, tăng 142 người so với cùng kỳ; trong đó có 612 người được tặng xe lăn, 95 người được lắp chân tay giả. Địa phương có số người được hỗ trợ nhiều nhất là thị xã Hoài Nhơn (186 người), tiếp đến là huyện Phù Cát (154 người) và Tây Sơn (131 người).

Tại thị xã An Nhơn, cơ sở sản xuất dụng cụ chỉnh hình Hòa Bình (Quốc lộ 19, phường Nhơn Hưng) hiện có 26 lao động, trong đó 19 người là người khuyết tật. Mỗi tháng, cơ sở sản xuất khoảng 120 xe lăn và 300 đôi nạng, doanh thu bình quân hơn 450 triệu đồng/tháng. Thu nhập của người lao động từ 5,5 đến 7 triệu đồng/người/tháng. Chủ cơ sở, ông Trần Văn Hòa, cho biết năm 2023 cơ sở đã tặng 45 xe lăn cho người khuyết tật nghèo trong tỉnh.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh có 34.820 người khuyết tật, trong đó 19.470 người đang hưởng trợ cấp xã hội hằng tháng. Từ ngày 1/7, mức trợ cấp thấp nhất đối với người khuyết tật nặng tăng lên 750.000 đồng/người/tháng.

6 tháng cuối năm, tỉnh dự kiến trao thêm khoảng 800 xe lăn, xe lắc; phấn đấu cả năm hỗ trợ dụng cụ trợ giúp cho trên 2.500 người khuyết tật.

NGỌC NHUẬN
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
# revised after the first run: FIGURES.md gives a year-less phrase the year of the nearest earlier period in the
# article, here "năm 2023" (the workshop owner's donation) -> 2023, although a reader records 2024 (see REPORT.md).
H2 = P("6 tháng cuối năm", "2023-07-01", "2023-12-31")
Y24 = P("cả năm", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
LIST = "người khuyết tật được hỗ trợ dụng cụ trợ giúp"

FIGS = [
    F("Gần 1.400 người", "1.400", 1400, "count", "người khuyết tật", approx="nearly",
      subject="người khuyết tật được hỗ trợ dụng cụ trợ giúp"),
    F("cho 1.386 người", "1.386", 1386, "count", "người khuyết tật",
      change=C("increase", 142, "người", "cùng kỳ"),
      subject="người khuyết tật được hỗ trợ dụng cụ trợ giúp", period=H1),
    F("có 612 người", "612", 612, "count", "người", total=1386,
      subject="người khuyết tật được tặng xe lăn", period=H1),
    F("95 người", "95", 95, "count", "người", total=1386,
      subject="người khuyết tật được lắp chân tay giả", period=H1),
    F("Hoài Nhơn (186 người)", "186", 186, "count", "người", subject=LIST, period=I(H1), location="Hoài Nhơn"),
    F("Phù Cát (154 người)", "154", 154, "count", "người", subject=LIST, period=I(H1), location="Phù Cát"),
    F("Tây Sơn (131 người)", "131", 131, "count", "người", subject=LIST, period=I(H1), location="Tây Sơn"),
    F("có 26 lao động", "26", 26, "count", "lao động",
      subject="lao động của cơ sở sản xuất dụng cụ chỉnh hình Hòa Bình", location="An Nhơn"),
    F("19 người", "19", 19, "count", "người", total=26,
      subject="lao động là người khuyết tật", location="An Nhơn"),
    F("khoảng 120 xe lăn", "120", 120, "count", "xe lăn", approx="about",
      subject="xe lăn cơ sở sản xuất mỗi tháng", location="An Nhơn"),
    F("300 đôi nạng", "300", 300, "count", "đôi nạng", subject="nạng cơ sở sản xuất mỗi tháng",
      location="An Nhơn"),
    F("hơn 450 triệu", "450", 450000000, "money", "đồng/tháng", approx="over",
      subject="doanh thu bình quân của cơ sở", location="An Nhơn"),
    F("từ 5,5 đến 7 triệu", "5,5", 5500000, "money", "đồng/người/tháng", value_max=7000000,
      subject="thu nhập của người lao động", location="An Nhơn"),
    F("tặng 45 xe lăn", "45", 45, "count", "xe lăn", subject="xe lăn cơ sở đã tặng cho người khuyết tật nghèo",
      period=Y23, location="An Nhơn"),
    F("có 34.820 người", "34.820", 34820, "count", "người khuyết tật", subject="người khuyết tật"),
    F("19.470 người", "19.470", 19470, "count", "người", total=34820,
      subject="người khuyết tật đang hưởng trợ cấp xã hội hằng tháng"),
    F("lên 750.000 đồng", "750.000", 750000, "money", "đồng/người/tháng",
      subject="mức trợ cấp thấp nhất đối với người khuyết tật nặng"),
    F("khoảng 800 xe lăn", "800", 800, "count", "xe lăn, xe lắc", approx="about", status="forecast",
      subject="xe lăn, xe lắc trao thêm", period=H2),
    F("trên 2.500 người", "2.500", 2500, "count", "người khuyết tật", approx="over", status="target",
      subject="người khuyết tật được hỗ trợ dụng cụ trợ giúp", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Định): headline figure, 'Thứ Sáu, 19/07/2024 | 08:15' (published), tag '(BĐ) -', byline at the end.",
    "Distractors: time 08:15, 'Quốc lộ 19', 'Từ ngày 1/7' (effective date of a standing rate: no period).",
    "Parts after 'trong đó' (612, 95 of 1.386; 19 of 26; 19.470 of 34.820) -> totals. 'tăng 142 người so với cùng kỳ' -> change.",
    "District list in brackets (186+154+131 != 1.386): no total; items take their district as location, period inherited.",
    "Workshop passage (thị xã An Nhơn) -> location An Nhơn for its sentences, incl. the owner's 2023 donation.",
    "'Mỗi tháng ... khoảng 120 xe lăn' stays a count (no '/tháng' written); 'doanh thu ... đồng/tháng' keeps the written rate.",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline. 'dự kiến' -> forecast, 'phấn đấu' -> target.",
    "revised: '6 tháng cuối năm' and 'cả năm' follow the spec's rule (nearest earlier period = 'năm 2023' in the workshop",
    "passage) -> 2023; a reader records 2024 (forecast/target written on 19/07/2024). Spec issue, see REPORT.md.",
]

if __name__ == "__main__":
    write("p1206-8", TEXT, NOTES, FIGS, published="2024-07-19", location="Bình Định")
