from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Bắc Giang: 95 xã đạt chuẩn nông thôn mới nâng cao

Cập nhật: 18/07/2024 08:30 | Lượt xem: 1.284

Theo Văn phòng Điều phối nông thôn mới tỉnh, tính đến ngày 30/6/2024, Bắc Giang có 182/182 xã đạt chuẩn nông thôn mới (NTM); 95 xã đạt chuẩn NTM nâng cao, chiếm 52,2% tổng số xã; 31 xã đạt chuẩn NTM kiểu mẫu theo Bộ tiêu chí ban hành kèm Quyết định số 318/QĐ-TTg. Toàn tỉnh có 8/10 đơn vị cấp huyện hoàn thành nhiệm vụ, đạt chuẩn NTM, trong đó huyện Tân Yên và huyện Yên Dũng đạt chuẩn NTM nâng cao.

Trong 6 tháng đầu năm 2024, tỉnh có thêm 9 xã đạt chuẩn NTM nâng cao và 4 xã đạt chuẩn NTM kiểu mẫu. Các xã đã xây dựng mới, nâng cấp 186,5 km đường giao thông nông thôn. Hiện toàn tỉnh có 1.120 thôn được công nhận thôn NTM kiểu mẫu, tăng 135 thôn so với cuối năm 2023.

Thu nhập bình quân đầu người khu vực nông thôn năm 2024 ước đạt 63,8 triệu đồng/người/năm, tăng 5,1 triệu đồng so với năm 2023. Tỷ lệ hộ nghèo khu vực nông thôn hiện còn 1,62%.

Tổng nguồn vốn huy động thực hiện Chương trình MTQG xây dựng NTM 6 tháng đầu năm đạt 3.245,6 tỷ đồng, trong đó: ngân sách trung ương 412,3 tỷ đồng, ngân sách địa phương 1.186 tỷ đồng, vốn tín dụng 1.432,3 tỷ đồng, người dân và cộng đồng đóng góp 215 tỷ đồng.

Năm 2024, tỉnh phấn đấu có thêm 15 xã đạt chuẩn NTM nâng cao, 10 xã đạt chuẩn NTM kiểu mẫu; đến năm 2025 có 100% huyện đạt chuẩn NTM, thu nhập bình quân khu vực nông thôn đạt trên 70 triệu đồng/người/năm.

Cổng Thông tin điện tử tỉnh Bắc Giang - Số 82 đường Hùng Vương, TP Bắc Giang. Điện thoại: 0204.3854.216
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = Y("Năm 2024", 2024)
T25 = P("đến năm 2025", end="2025-12-31")
VON = 3245.6e9

FIGS = [
    F("Bắc Giang: 95 xã", "95", 95, "count", "xã", "xã đạt chuẩn nông thôn mới nâng cao", I(ASOF)),
    F("có 182/182 xã", "182", 182, "count", "xã", "xã đạt chuẩn nông thôn mới (NTM)", ASOF, total=182),
    F("; 95 xã đạt chuẩn NTM nâng cao", "95", 95, "count", "xã", "xã đạt chuẩn NTM nâng cao", ASOF, percent=52.2),
    F("; 31 xã", "31", 31, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", ASOF),
    F("có 8/10 đơn vị", "8", 8, "count", "đơn vị cấp huyện", "đơn vị cấp huyện hoàn thành nhiệm vụ, đạt chuẩn NTM", I(ASOF), total=10),
    F("thêm 9 xã", "9", 9, "count", "xã", "xã đạt chuẩn NTM nâng cao", H1),
    F("và 4 xã", "4", 4, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", H1),
    F("nâng cấp 186,5 km", "186,5", 186.5, "measure", "km", "đường giao thông nông thôn xây dựng mới, nâng cấp", I(H1)),
    F("có 1.120 thôn", "1.120", 1120, "count", "thôn", "thôn được công nhận thôn NTM kiểu mẫu",
      change=CH("increase", 135, "thôn", "cuối năm 2023")),
    F("ước đạt 63,8 triệu", "63,8", 63.8e6, "money", "đồng/người/năm", "Thu nhập bình quân đầu người khu vực nông thôn",
      Y("năm 2024", 2024), change=CH("increase", 5.1e6, "đồng", "năm 2023"), status="estimate"),
    F("còn 1,62%", "1,62", 1.62, "percent", "%", "Tỷ lệ hộ nghèo khu vực nông thôn"),
    F("đạt 3.245,6 tỷ", "3.245,6", VON, "money", "đồng",
      "Tổng nguồn vốn huy động thực hiện Chương trình MTQG xây dựng NTM", H1b),
    F("trung ương 412,3 tỷ", "412,3", 412.3e9, "money", "đồng", "ngân sách trung ương", H1b, total=VON),
    F("địa phương 1.186 tỷ", "1.186", 1186e9, "money", "đồng", "ngân sách địa phương", H1b, total=VON),
    F("tín dụng 1.432,3 tỷ", "1.432,3", 1432.3e9, "money", "đồng", "vốn tín dụng", H1b, total=VON),
    F("đóng góp 215 tỷ", "215", 215e9, "money", "đồng", "người dân và cộng đồng đóng góp", H1b, total=VON),
    F("thêm 15 xã", "15", 15, "count", "xã", "xã đạt chuẩn NTM nâng cao", Y24, status="target"),
    F(", 10 xã", "10", 10, "count", "xã", "xã đạt chuẩn NTM kiểu mẫu", Y24, status="target"),
    F("có 100% huyện", "100", 100, "percent", "%", "huyện đạt chuẩn NTM", T25, status="target"),
    F("trên 70 triệu", "70", 70e6, "money", "đồng/người/năm", "thu nhập bình quân khu vực nông thôn", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang (province portal): kết quả xây dựng NTM 6 tháng đầu năm 2024, vốn huy động, mục tiêu 2024-2025.",
    "Breadcrumb, 'Cập nhật: 18/07/2024 08:30' dateline, 'Lượt xem: 1.284' counter; QĐ 318/QĐ-TTg, address and phone are distractors.",
    "Headline 95 xã takes the lead's as-of date (inherited). 'chiếm 52,2% tổng số xã' is the share of the 95; no whole number stated, so no total.",
    "The four funding sources after 'trong đó:' add up to 3.245,6 tỷ (total). 'Hiện' sentences get no period.",
    "Targets: 'phấn đấu' governs both clauses; 'đến năm 2025' gives an as-of end for the 2025 targets.",
]

if __name__ == "__main__":
    emit("p490-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Bắc Giang")
