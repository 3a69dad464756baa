"""p1096-2: huyện Hải Hậu (Nam Định) district portal: managing gold shops in 2025."""
from lib import F, period, inherit, change, day, write

TEXT = """Cổng thông tin điện tử huyện Hải Hậu
Tin tức - Sự kiện » Kinh tế

Hải Hậu triển khai quản lý hoạt động kinh doanh vàng năm 2025

Thứ Tư, 19/03/2025 - 14:30

Sáng 18/3, UBND huyện Hải Hậu tổ chức hội nghị triển khai công tác quản lý hoạt động kinh doanh vàng trang sức, mỹ nghệ năm 2025. Dự hội nghị có đại diện Đội Quản lý thị trường số 4, Chi cục Thuế khu vực Hải Hậu - Giao Thủy và 52 cơ sở kinh doanh vàng trên địa bàn.

Theo báo cáo của Phòng Kinh tế và Hạ tầng, tính đến ngày 28/2/2025, toàn huyện có 61 cơ sở kinh doanh vàng, tăng 5 cơ sở so với cuối năm 2023. Các cơ sở tập trung chủ yếu tại thị trấn Yên Định (23 cơ sở), thị trấn Cồn (14 cơ sở) và thị trấn Thịnh Long (9 cơ sở), dọc Quốc lộ 21 và tỉnh lộ 488.

Năm 2024, qua kiểm tra 38 lượt cơ sở, lực lượng chức năng đã phát hiện, xử lý 11 cơ sở vi phạm, phạt tiền 96,5 triệu đồng; riêng 2 tháng đầu năm 2025 đã kiểm tra 12 cơ sở, xử phạt 3 cơ sở với số tiền 27 triệu đồng. Lỗi phổ biến là không niêm yết giá, không lập hóa đơn khi bán hàng.

Đến nay, mới có 44/61 cơ sở sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 72,1%; còn 17 cơ sở chưa thực hiện.

Tại thị trấn Yên Định, giá vàng nhẫn tròn trơn 9999 sáng 18/3 được các cửa hàng niêm yết mua vào 9,72 triệu đồng/chỉ, bán ra 9,87 triệu đồng/chỉ, tăng khoảng 1,3 triệu đồng/chỉ so với đầu năm. Lượng khách mua tăng, nhiều cửa hàng bán được 80-100 chỉ mỗi ngày.

Năm 2025, huyện phấn đấu 100% cơ sở kinh doanh vàng niêm yết giá công khai và sử dụng hóa đơn điện tử; dự kiến tổ chức kiểm tra ít nhất 2 đợt trong năm.

Phạm Thu Hương (Trung tâm VH-TT&TT huyện)
"""

NOTES = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): hội nghị quản lý kinh doanh vàng năm 2025; dateline 'Thứ Tư, 19/03/2025 - 14:30'.",
    "Distractors: Đội Quản lý thị trường số 4, Quốc lộ 21, tỉnh lộ 488, purity label 9999, 'Sáng 18/3'.",
    "Thị trấn (commune-level) items keep the district 'Hải Hậu' as location: FIGURES.md names province, city or district only.",
    "The 52 cơ sở at the meeting get no period (attendance, not a period figure). 'còn 17 cơ sở' has no part-of cue: no total.",
    "Ring price quoted 'sáng 18/3' gets that day as period; the change 'tăng khoảng 1,3 triệu đồng/chỉ' attaches to the sell price before it.",
]

ASOF = period("tính đến ngày 28/2/2025", None, "2025-02-28")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
M2 = period("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
NOW = period("Đến nay", None, "2025-03-19")
D18 = day("sáng 18/3", "2025-03-18")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("và 52 cơ sở", "52", 52, "count", "cơ sở", "cơ sở kinh doanh vàng dự hội nghị"),
    F("toàn huyện có 61 cơ sở", "61", 61, "count", "cơ sở", "cơ sở kinh doanh vàng", ASOF,
      change=change("increase", 5, "cơ sở", "cuối năm 2023")),
    F("Yên Định (23 cơ sở)", "23", 23, "count", "cơ sở", "cơ sở kinh doanh vàng", inherit(ASOF)),
    F("Cồn (14 cơ sở)", "14", 14, "count", "cơ sở", "cơ sở kinh doanh vàng", inherit(ASOF)),
    F("Thịnh Long (9 cơ sở)", "9", 9, "count", "cơ sở", "cơ sở kinh doanh vàng", inherit(ASOF)),
    F("kiểm tra 38 lượt cơ sở", "38", 38, "count", "lượt cơ sở", "lượt cơ sở kinh doanh vàng được kiểm tra", Y24),
    F("xử lý 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở vi phạm bị xử lý", Y24),
    F("phạt tiền 96,5 triệu đồng", "96,5", 96.5e6, "money", "đồng", "tiền phạt", Y24),
    F("kiểm tra 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở được kiểm tra", M2),
    F("xử phạt 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở bị xử phạt", M2),
    F("số tiền 27 triệu đồng", "27", 27e6, "money", "đồng", "số tiền xử phạt", M2),
    F("có 44/61 cơ sở", "44", 44, "count", "cơ sở", "cơ sở sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", NOW,
      total=61, percent=72.1),
    F("còn 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở chưa sử dụng hóa đơn điện tử", NOW),
    F("mua vào 9,72 triệu", "9,72", 9.72e6, "money", "đồng/chỉ", "giá mua vào vàng nhẫn tròn trơn", D18),
    F("bán ra 9,87 triệu", "9,87", 9.87e6, "money", "đồng/chỉ", "giá bán ra vàng nhẫn tròn trơn", D18,
      change=change("increase", 1.3e6, "đồng/chỉ", "đầu năm", approx="about")),
    F("được 80-100 chỉ", "80", 80, "measure", "chỉ/ngày", "lượng vàng nhẫn mỗi cửa hàng bán được", value_max=100),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở kinh doanh vàng niêm yết giá công khai và sử dụng hóa đơn điện tử", Y25, status="target"),
    F("ít nhất 2 đợt", "2", 2, "count", "đợt", "đợt kiểm tra", period("trong năm", "2025-01-01", "2025-12-31"),
      approx="at_least", status="forecast"),
]

write("p1096-2", TEXT, NOTES, FIGS, published="2025-03-19", location="Hải Hậu")
