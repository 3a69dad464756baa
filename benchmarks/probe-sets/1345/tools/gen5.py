"""p1345-5: national newspaper: cervical cancer burden in Việt Nam, WHO 90-70-90 commitment, HPV vaccine into EPI."""
from lib import F, opt_age, period, inherit, change, write

TEXT = """Sức khỏe > Các bệnh > Ung thư
Thứ năm, 7/3/2024, 06:00 (GMT+7)

Mỗi ngày 7 phụ nữ Việt tử vong vì ung thư cổ tử cung

Việt Nam ghi nhận hơn 4.600 ca mắc mới ung thư cổ tử cung mỗi năm, trong khi tỷ lệ phụ nữ được sàng lọc mới khoảng 28%, thấp xa khuyến cáo của WHO.

Theo số liệu GLOBOCAN của Tổ chức Nghiên cứu Ung thư Quốc tế, năm 2022 Việt Nam có 4.612 ca mắc mới và 2.571 ca tử vong do ung thư cổ tử cung; bệnh đứng thứ 11 trong các loại ung thư phổ biến và thứ 7 ở nữ giới. Tỷ lệ mắc chuẩn hóa theo tuổi là 6,6 ca/100.000 phụ nữ.

"Khoảng 70% ca bệnh đến viện ở giai đoạn muộn, khi cơ hội chữa khỏi đã giảm nhiều", PGS.TS Trần Minh Đức, chuyên gia ung bướu, cho biết.

Việt Nam đã cam kết thực hiện chiến lược của WHO: đến năm 2030, 90% trẻ em gái được tiêm đủ vắc xin HPV trước 15 tuổi, 70% phụ nữ được sàng lọc bằng xét nghiệm hiệu quả cao và 90% phụ nữ mắc bệnh được điều trị.

Trong khi đó, vắc xin HPV chưa có trong Chương trình tiêm chủng mở rộng; tỷ lệ bao phủ ở trẻ em gái 9-14 tuổi ước chỉ khoảng 10-12%, chủ yếu tiêm dịch vụ tại Hà Nội, TP HCM. Ở nông thôn, tỷ lệ phụ nữ được sàng lọc dưới 15%.

Bộ Y tế dự kiến năm 2025 đưa vắc xin HPV vào chương trình, bắt đầu với khoảng 1 triệu trẻ em gái lớp 5, kinh phí mua vắc xin ước tính hơn 1.000 tỷ đồng.

Thùy An

Xem thêm:
- Tiêm vắc xin HPV cho nam giới: nên hay không?
- Những dấu hiệu sớm của ung thư cổ tử cung chị em cần biết
"""

Y22 = period("năm 2022", "2022-01-01", "2022-12-31")
TO2030 = period("đến năm 2030", None, "2030-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Mỗi ngày 7", "7", 7, "measure", "phụ nữ/ngày",
      subject="phụ nữ Việt tử vong vì ung thư cổ tử cung"),
    F("hơn 4.600", "4.600", 4600, "measure", "ca/năm", approx="over",
      subject="ca mắc mới ung thư cổ tử cung"),
    F("khoảng 28%", "28", 28, "percent", "%", approx="about",
      subject="tỷ lệ phụ nữ được sàng lọc"),
    F("có 4.612 ca", "4.612", 4612, "count", "ca", subject="ca mắc mới", per=Y22),
    F("2.571 ca", "2.571", 2571, "count", "ca", subject="ca tử vong do ung thư cổ tử cung", per=Y22),
    F("thứ 11", "11", 11, "rank", "hạng",
      subject="ung thư cổ tử cung trong các loại ung thư phổ biến", per=Y22),
    F("thứ 7 ở nữ giới", "7", 7, "rank", "hạng", subject="ung thư cổ tử cung ở nữ giới", per=Y22),
    F("là 6,6 ca", "6,6", 6.6, "measure", "ca/100.000 phụ nữ",
      subject="tỷ lệ mắc chuẩn hóa theo tuổi", per=inherit(Y22)),
    F("Khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="ca bệnh đến viện ở giai đoạn muộn"),
    F("2030, 90%", "90", 90, "percent", "%", status="target",
      subject="trẻ em gái được tiêm đủ vắc xin HPV", per=TO2030),
    opt_age("trước 15 tuổi", "15", 15, approx="under"),
    F("70% phụ nữ được sàng lọc bằng", "70", 70, "percent", "%", status="target",
      subject="phụ nữ được sàng lọc bằng xét nghiệm hiệu quả cao", per=TO2030),
    F("và 90% phụ nữ", "90", 90, "percent", "%", status="target",
      subject="phụ nữ mắc bệnh được điều trị", per=TO2030),
    opt_age("em gái 9-14 tuổi", "9", 9, 14),
    F("khoảng 10-12%", "10", 10, "percent", "%", value_max=12, approx="about", status="estimate",
      subject="tỷ lệ bao phủ ở trẻ em gái"),
    F("dưới 15%", "15", 15, "percent", "%", approx="under",
      subject="tỷ lệ phụ nữ được sàng lọc ở nông thôn"),
    F("khoảng 1 triệu", "1", 1e6, "count", "trẻ em gái", approx="about", status="forecast",
      subject="trẻ em gái lớp 5", per=Y25),
    F("hơn 1.000 tỷ", "1.000", 1000e9, "money", "đồng", approx="over", status="estimate",
      subject="kinh phí mua vắc xin", per=Y25),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ năm, 7/3/2024, 06:00 (GMT+7)', sapo, quote, byline, 'Xem thêm' links. All figures national: location Việt Nam.",
    "Distractors: 06:00, (GMT+7), the dateline, '100.000' (the rate's denominator in '6,6 ca/100.000 phụ nữ'), 'lớp 5', 'PGS.TS'.",
    "Headline 'Mỗi ngày 7 phụ nữ' and sapo 'hơn 4.600 ca ... mỗi năm' are rates: measure, units 'phụ nữ/ngày', 'ca/năm' (borderline kind).",
    "'đứng thứ 11 ... và thứ 7 ở nữ giới' are ranks (năm 2022). '6,6 ca/100.000 phụ nữ' inherits năm 2022 from the previous sentence.",
    "WHO strategy adopted by Việt Nam: three target percents 'đến năm 2030' (start null). 'trước 15 tuổi', '9-14 tuổi' are optional ages.",
    "'ước chỉ khoảng 10-12%' → range, about, estimate. 'dự kiến năm 2025 ... khoảng 1 triệu' → forecast; 'ước tính hơn 1.000 tỷ' → estimate.",
]

if __name__ == "__main__":
    write("p1345-5", TEXT, NOTES, FIGS, published="2024-03-07", location="Việt Nam")
