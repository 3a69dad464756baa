"""p1063-6: national newspaper, Đồng Nai queues after Tết (2024), national references."""
from lib import F, P, I, C, T, write

text = """Thời sự › Lao động - Việc làm
Thứ ba, 12/3/2024, 06:00 (GMT+7)

Hàng nghìn công nhân xếp hàng nộp hồ sơ thất nghiệp

Sau Tết Nguyên đán, mỗi ngày Trung tâm Dịch vụ việc làm Đồng Nai tiếp nhận 700-900 hồ sơ hưởng trợ cấp thất nghiệp, gấp 2 lần ngày thường. Nhiều người phải đến từ 5h sáng để lấy số thứ tự.

Theo Sở Lao động - Thương binh và Xã hội Đồng Nai, năm 2023 toàn tỉnh có hơn 57.000 người nộp hồ sơ hưởng trợ cấp thất nghiệp, tăng khoảng 30% so với năm 2022. Riêng hai tháng đầu năm 2024, số hồ sơ đã là 11.284, trong khi cả quý I/2023 chỉ có 9.560 hồ sơ.

Chị Trần Thị Mỹ, 32 tuổi, quê Thanh Hóa, làm công nhân một công ty giày da ở thành phố Biên Hòa, bị cho nghỉ việc từ tháng 1. "Lương tôi gần 7 triệu đồng mỗi tháng, giờ được hưởng 60% là khoảng 4,2 triệu đồng, trong 6 tháng", chị nói.

Ông Nguyễn Minh Khang, Phó giám đốc Trung tâm, cho biết đơn vị đã bố trí thêm 15 cán bộ và mở 3 điểm tiếp nhận tại các huyện Trảng Bom, Long Thành, Nhơn Trạch. Năm 2024, trung tâm dự kiến tiếp nhận khoảng 65.000 hồ sơ.

Trên cả nước, năm 2023 có hơn 1 triệu người nộp hồ sơ hưởng trợ cấp thất nghiệp, trong đó khoảng 60% thuộc các ngành dệt may, da giày, điện tử. Theo Bộ Lao động - Thương binh và Xã hội, số dư Quỹ bảo hiểm thất nghiệp hiện khoảng 59.000 tỷ đồng, đủ chi trả trong nhiều năm.

Phước Tuấn
"""

figs = [
    F("Hàng nghìn công nhân", "Hàng nghìn", 1000, "count", "công nhân", "công nhân xếp hàng nộp hồ sơ thất nghiệp",
      approx="about", optional=True),
    F("700-900 hồ sơ", "700", 700, "count", "hồ sơ", "hồ sơ hưởng trợ cấp thất nghiệp tiếp nhận mỗi ngày",
      value_max=900, change=C("increase", 2, "lần", "ngày thường")),
    F("hơn 57.000 người", "57.000", 57000, "count", "người", "người nộp hồ sơ hưởng trợ cấp thất nghiệp",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over",
      change=C("increase", 30, "%", "năm 2022", approx="about")),
    F("là 11.284", "11.284", 11284, "count", "hồ sơ", "hồ sơ",
      P("hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")),
    F("có 9.560 hồ sơ", "9.560", 9560, "count", "hồ sơ", "hồ sơ", P("quý I/2023", "2023-01-01", "2023-03-31")),
    F("32 tuổi", "32", 32, "measure", "tuổi", optional=True),
    F("gần 7 triệu đồng", "7", 7e6, "money", "đồng/tháng", approx="nearly", optional=True),
    F("hưởng 60%", "60", 60, "percent", "%", optional=True),
    F("khoảng 4,2 triệu đồng", "4,2", 4.2e6, "money", "đồng", approx="about", optional=True),
    F("trong 6 tháng", "6", 6, "measure", "tháng", optional=True),
    F("thêm 15 cán bộ", "15", 15, "count", "cán bộ", "cán bộ bố trí thêm"),
    F("mở 3 điểm", "3", 3, "count", "điểm tiếp nhận", "điểm tiếp nhận"),
    F("khoảng 65.000 hồ sơ", "65.000", 65000, "count", "hồ sơ", "hồ sơ tiếp nhận",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("hơn 1 triệu người", "1", 1e6, "count", "người", "người nộp hồ sơ hưởng trợ cấp thất nghiệp",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over", location="Việt Nam"),
    F("khoảng 60%", "60", 60, "percent", "%", "người nộp hồ sơ thuộc các ngành dệt may, da giày, điện tử",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", location="Việt Nam"),
    F("khoảng 59.000 tỷ đồng", "59.000", 59e12, "money", "đồng", "số dư Quỹ bảo hiểm thất nghiệp", approx="about",
      location="Việt Nam"),
]
notes = [
    "National newspaper (VnExpress style dateline 'Thứ ba, 12/3/2024, 06:00 (GMT+7)'), byline at the end. Place: Đồng Nai;",
    "the last paragraph is national (Trên cả nước, Bộ LĐ-TB&XH): location Việt Nam. 'quê Thanh Hóa' does not localise anything.",
    "'700-900 hồ sơ, gấp 2 lần ngày thường' -> range with change 2 lần (baseline ngày thường). 'Sau Tết Nguyên đán' gives no dated period.",
    "'hai tháng đầu năm 2024' = 2024-01-01..2024-02-29. The worker's personal figures (age, wage, 60%, benefit, 6 tháng) are an",
    "example's specification: optional. 'Hàng nghìn' in the headline is vague (optional, about 1000).",
    "'khoảng 60%' after 'trong đó' is a share of another figure: percent figure of its own (cf. 786 '85%').",
    "Distractors: dateline and 06:00, '5h sáng', 'số thứ tự', 'hai tháng đầu năm', 'quý I/2023' as period only.",
]
write(6, text, figs, notes, published="2024-03-12", location="Đồng Nai")
