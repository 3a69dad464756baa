from lib import F, P, I, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Đồng Tháp
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cập nhật: 16/07/2024 08:30
Lượt xem: 3.184

Đồng Tháp: Tổng đàn vịt 6 tháng đầu năm đạt gần 4,2 triệu con

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, tổng đàn vịt trên địa bàn tỉnh ước đạt 4.185.600 con, tăng 6,3% so với cùng kỳ năm 2023, đạt 52,3% kế hoạch năm. Trong đó, đàn vịt đẻ khoảng 1,35 triệu con, đàn vịt thịt hơn 2,8 triệu con. Sản lượng trứng vịt ước đạt 198,5 triệu quả, tăng 4,1% so với cùng kỳ; sản lượng thịt vịt hơi xuất chuồng đạt 12.460 tấn.

Vịt chạy đồng vẫn là hình thức nuôi chủ yếu với 1.240 đàn, tập trung ở các huyện Tháp Mười (315 đàn), Tam Nông (286 đàn), Thanh Bình (204 đàn) và Cao Lãnh (178 đàn). Toàn tỉnh hiện có 27 cơ sở ấp trứng gia cầm, công suất bình quân 45.000 quả/mẻ; tỷ lệ ấp nở đạt từ 82 đến 88%.

Giá vịt thịt tại trại dao động 42.000-46.000 đồng/kg; trứng vịt loại 1 khoảng 2.600 đồng/quả, cao hơn 300 đồng/quả so với đầu năm.

Để phòng dịch cúm gia cầm, ngành thú y đã tiêm 2.750.000 liều vắc xin cho đàn thủy cầm, đạt 85,6% kế hoạch; kinh phí mua vắc xin từ ngân sách tỉnh là 3,8 tỷ đồng.

Năm 2024, tỉnh phấn đấu tổng đàn vịt đạt 8 triệu con; đến năm 2025 có ít nhất 30% đàn vịt được nuôi theo hướng an toàn sinh học, gắn với Quyết định số 1520/QĐ-UBND ngày 15/3/2023 của UBND tỉnh.

Bản quyền thuộc Cổng Thông tin điện tử tỉnh Đồng Tháp
Địa chỉ: số 12 đường 30/4, Phường 1, TP. Cao Lãnh. Điện thoại: 0277.3851.286
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt gần 4,2 triệu con", "4,2", 4200000, "count", "con", "tổng đàn vịt", H1, approx="nearly"),
    F("ước đạt 4.185.600 con", "4.185.600", 4185600, "count", "con", "tổng đàn vịt", S1,
      percent=52.3, change=CH("increase", 6.3, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 1,35 triệu con", "1,35", 1350000, "count", "con", "đàn vịt đẻ", I(S1),
      approx="about", total=4185600, status="estimate"),
    F("hơn 2,8 triệu con", "2,8", 2800000, "count", "con", "đàn vịt thịt", I(S1),
      approx="over", total=4185600, status="estimate"),
    F("ước đạt 198,5 triệu quả", "198,5", 198500000, "count", "quả", "sản lượng trứng vịt", I(S1),
      change=CH("increase", 4.1, baseline="cùng kỳ"), status="estimate"),
    F("đạt 12.460 tấn", "12.460", 12460, "measure", "tấn", "sản lượng thịt vịt hơi xuất chuồng", I(S1)),
    F("với 1.240 đàn", "1.240", 1240, "count", "đàn", "vịt chạy đồng"),
    F("(315 đàn)", "315", 315, "count", "đàn", "vịt chạy đồng", location="Tháp Mười"),
    F("(286 đàn)", "286", 286, "count", "đàn", "vịt chạy đồng", location="Tam Nông"),
    F("(204 đàn)", "204", 204, "count", "đàn", "vịt chạy đồng", location="Thanh Bình"),
    F("(178 đàn)", "178", 178, "count", "đàn", "vịt chạy đồng", location="Cao Lãnh"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở ấp trứng gia cầm"),
    F("45.000 quả/mẻ", "45.000", 45000, "measure", "quả/mẻ", "công suất bình quân cơ sở ấp trứng"),
    F("từ 82 đến 88%", "82", 82, "percent", "%", "tỷ lệ ấp nở", value_max=88),
    F("42.000-46.000 đồng/kg", "42.000", 42000, "money", "đồng/kg", "giá vịt thịt tại trại", value_max=46000),
    F("khoảng 2.600 đồng/quả", "2.600", 2600, "money", "đồng/quả", "giá trứng vịt loại 1", approx="about",
      change=CH("increase", 300, "đồng/quả", baseline="đầu năm")),
    F("tiêm 2.750.000 liều", "2.750.000", 2750000, "count", "liều", "vắc xin cúm gia cầm tiêm cho đàn thủy cầm",
      percent=85.6),
    F("là 3,8 tỷ đồng", "3,8", 3800000000, "money", "đồng", "kinh phí mua vắc xin từ ngân sách tỉnh"),
    F("đạt 8 triệu con", "8", 8000000, "count", "con", "tổng đàn vịt", Y24, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "đàn vịt được nuôi theo hướng an toàn sinh học", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đồng Tháp: tổng đàn vịt 6 tháng đầu năm 2024, vịt chạy đồng theo huyện, lò ấp, giá, tiêm phòng, mục tiêu.",
    "Province portal: breadcrumb, 'Cập nhật: 16/07/2024 08:30', 'Lượt xem: 3.184' (counter, not a figure).",
    "Headline '6 tháng đầu năm' has no year: takes 2024 from the Cập nhật line. 'Trong đó' parts take total 4.185.600 and keep 'ước'.",
    "District items in brackets do not add up to 1.240 and follow no cue: no total. '30/4' (street), 'Phường 1', phone, QĐ number are distractors.",
]

if __name__ == "__main__":
    emit("p745-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Đồng Tháp")
