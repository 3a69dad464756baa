"""p721-1: Hậu Giang province portal — mít Thái diện tích, sản lượng, giá, mã số vùng trồng, chế biến sấy, mục tiêu 2025."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Hậu Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Hậu Giang: Mít Thái phủ xanh hơn 11.200 ha, 6 tháng thu về trên 1.350 tỷ đồng

Cập nhật: 15/07/2024 09:42
Lượt xem: 3.482

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh Hậu Giang có 11.236 ha mít, trong đó diện tích cho trái đạt 8.470 ha, chiếm 75,4%. Mít được trồng tập trung tại các huyện Long Mỹ (3.120 ha), Vị Thủy (2.865 ha), Phụng Hiệp (2.410 ha) và Châu Thành A (1.290 ha).

Sản lượng mít thu hoạch 6 tháng đầu năm ước đạt 98.500 tấn, tăng 12,3% so với cùng kỳ năm 2023. Năng suất bình quân khoảng 23,6 tấn/ha. Với giá bán bình quân 13.700 đồng/kg, doanh thu từ mít ước đạt 1.352,6 tỷ đồng.

Hiện giá mít Thái loại 1 tại vườn dao động từ 14.000 đến 16.000 đồng/kg, loại 2 từ 9.000 đến 11.000 đồng/kg. So với tháng 3/2024, giá mít loại 1 tăng gần 40%.

Toàn tỉnh có 42 mã số vùng trồng mít với diện tích 3.960 ha phục vụ xuất khẩu, trong đó 37 mã số đủ điều kiện xuất sang thị trường Trung Quốc. Ngoài tiêu thụ trái tươi, tỉnh có 5 cơ sở chế biến mít sấy, công suất khoảng 2.400 tấn nguyên liệu/năm; riêng Công ty TNHH Nông sản Sấy Việt 68 tại Khu công nghiệp Sông Hậu (giai đoạn 1) thu mua bình quân 15 tấn mít tươi mỗi ngày.

Phấn đấu đến năm 2025, diện tích mít toàn tỉnh đạt 12.000 ha, trong đó 50% diện tích sản xuất theo tiêu chuẩn VietGAP hoặc tương đương; giá trị sản xuất bình quân đạt 350 triệu đồng/ha/năm.

Minh Khang
Địa chỉ: Số 02 Đường 3/2, phường 5, TP. Vị Thanh, tỉnh Hậu Giang. Điện thoại: 0293.3870.456
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("phủ xanh hơn 11.200 ha", "11.200", 11200, "measure", "ha", "diện tích mít Thái", INH(ASOF), approx="over"),
    F("thu về trên 1.350 tỷ đồng", "1.350", 1350e9, "money", "đồng", "thu về từ mít Thái",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 11.236 ha mít", "11.236", 11236, "measure", "ha", "diện tích mít", ASOF),
    F("cho trái đạt 8.470 ha", "8.470", 8470, "measure", "ha", "diện tích mít cho trái", ASOF,
      total=11236, percent=75.4),
    F("Long Mỹ (3.120 ha)", "3.120", 3120, "measure", "ha", "diện tích trồng mít", INH(ASOF), location="Long Mỹ"),
    F("Vị Thủy (2.865 ha)", "2.865", 2865, "measure", "ha", "diện tích trồng mít", INH(ASOF), location="Vị Thủy"),
    F("Phụng Hiệp (2.410 ha)", "2.410", 2410, "measure", "ha", "diện tích trồng mít", INH(ASOF), location="Phụng Hiệp"),
    F("Châu Thành A (1.290 ha)", "1.290", 1290, "measure", "ha", "diện tích trồng mít", INH(ASOF), location="Châu Thành A"),
    F("ước đạt 98.500 tấn", "98.500", 98500, "measure", "tấn", "sản lượng mít thu hoạch", H1,
      change=CH("increase", 12.3, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 23,6 tấn/ha", "23,6", 23.6, "measure", "tấn/ha", "năng suất bình quân", INH(H1), approx="about"),
    F("bình quân 13.700 đồng/kg", "13.700", 13700, "money", "đồng/kg", "giá bán bình quân", INH(H1)),
    F("ước đạt 1.352,6 tỷ đồng", "1.352,6", 1352.6e9, "money", "đồng", "doanh thu từ mít", INH(H1), status="estimate"),
    F("từ 14.000 đến 16.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá mít Thái loại 1 tại vườn",
      value_max=16000),
    F("từ 9.000 đến 11.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá mít Thái loại 2 tại vườn",
      value_max=11000),
    F("tăng gần 40%", "40", 40, "percent", "%", "giá mít loại 1 so với tháng 3/2024", approx="nearly"),
    F("có 42 mã số", "42", 42, "count", "mã số vùng trồng", "mã số vùng trồng mít phục vụ xuất khẩu"),
    F("diện tích 3.960 ha", "3.960", 3960, "measure", "ha", "diện tích vùng trồng mít có mã số phục vụ xuất khẩu"),
    F("trong đó 37 mã số", "37", 37, "count", "mã số", "mã số vùng trồng đủ điều kiện xuất sang thị trường Trung Quốc",
      total=42),
    F("có 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở chế biến mít sấy"),
    F("khoảng 2.400 tấn", "2.400", 2400, "measure", "tấn/năm", "công suất chế biến mít sấy",
      approx="about"),
    F("bình quân 15 tấn", "15", 15, "measure", "tấn/ngày", "mít tươi Công ty TNHH Nông sản Sấy Việt 68 thu mua mỗi ngày"),
    F("đạt 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích mít toàn tỉnh", T25, status="target"),
    F("trong đó 50% diện tích", "50", 50, "percent", "%", "diện tích mít sản xuất theo tiêu chuẩn VietGAP hoặc tương đương",
      T25, status="target"),
    F("đạt 350 triệu đồng/ha/năm", "350", 350e6, "money", "đồng/ha/năm", "giá trị sản xuất bình quân", T25,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hậu Giang: mít Thái — diện tích tính đến 30/6/2024, sản lượng và doanh thu 6 tháng, giá tại vườn, mã số vùng trồng, cơ sở sấy, mục tiêu 2025.",
    "Distractors: 'Lượt xem: 3.482', 'Công ty TNHH Nông sản Sấy Việt 68', '(giai đoạn 1)', 'Số 02 Đường 3/2, phường 5', phone, 'tháng 3/2024' (a baseline).",
    "Headline '6 tháng' takes 2024 from the dateline; headline area inherits the lead's as-of period. District list (no cue, does not add up): no total.",
    "'chiếm 75,4%' is the share of 8.470 ha; '37 mã số' after 'trong đó' counts mã số, so its whole is the 42 (not the 3.960 ha).",
    "'50% diện tích' after 'trong đó' is a percent figure of its own (a percent has no whole); targets carry 'đến năm 2025' (start null).",
    "Price 13.700 đồng/kg stands in an adverbial phrase before the 'ước đạt' clause: actual.",
    "revised after the first run: headline subject 'doanh thu từ mít' → 'thu về từ mít Thái' (as the headline names it, FIGURES.md 'subject');",
    "unit 'tấn nguyên liệu/năm' → 'tấn/năm' (shortest noun phrase; the material belongs to the subject); '15 tấn … mỗi ngày' unit → 'tấn/ngày' (rate; no score effect).",
]

if __name__ == "__main__":
    emit("p721-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Hậu Giang")
