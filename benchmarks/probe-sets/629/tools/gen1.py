from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 15/07/2024 08:30

Ninh Bình: 6 tháng đầu năm sản xuất gần 5,6 triệu tấn xi măng

Theo Sở Công Thương, 6 tháng đầu năm 2024, sản lượng clinker trên địa bàn tỉnh ước đạt 4,85 triệu tấn, tăng 3,2% so với cùng kỳ; sản lượng xi măng ước đạt 5,58 triệu tấn, bằng 47,3% kế hoạch năm, giảm 1,8% so với cùng kỳ năm 2023. Trong đó, xi măng xuất khẩu ước đạt khoảng 1,35 triệu tấn, chiếm 24,2% tổng sản lượng.

Hiện toàn tỉnh có 6 nhà máy xi măng đang hoạt động (Gia Viễn 3 nhà máy, Hoa Lư 2 nhà máy, Tam Điệp 1 nhà máy) với tổng công suất thiết kế 14,2 triệu tấn/năm; hiệu suất huy động công suất bình quân chỉ đạt từ 75 đến 80%. Dây chuyền số 2 của Nhà máy xi măng Duyên Hà đã dừng lò để bảo dưỡng định kỳ trong tháng 5.

Về tiêu thụ, lượng xi măng tiêu thụ nội địa ước đạt 4,1 triệu tấn, giảm 4,6% so với cùng kỳ do thị trường bất động sản trầm lắng. Giá xi măng bao bán tại nhà máy dao động từ 1.180.000 đến 1.350.000 đồng/tấn, tăng khoảng 50.000 đồng/tấn so với cuối năm 2023. Lượng clinker và xi măng tồn kho tính đến ngày 30/6/2024 khoảng 320 nghìn tấn.

Trong 6 tháng đầu năm, các doanh nghiệp xi măng đã nộp ngân sách nhà nước hơn 2.850 tỷ đồng, chiếm gần 31% tổng thu nội địa của tỉnh. Các nhà máy đang sử dụng 7.420 lao động, thu nhập bình quân đạt 9,8 triệu đồng/người/tháng.

Thực hiện Quyết định số 1266/QĐ-TTg của Thủ tướng Chính phủ, năm 2024 tỉnh phấn đấu sản lượng xi măng đạt 11,8 triệu tấn; đến năm 2025, tỷ lệ sử dụng vật liệu xây không nung trong các công trình xây dựng đạt trên 40%.

Lượt xem: 1.482
Địa chỉ: Số 2 đường Lê Đại Hành, TP. Ninh Bình. Điện thoại: 0229.3871.452
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("sản xuất gần 5,6 triệu tấn", "5,6", 5600000, "measure", "tấn", "sản lượng xi măng sản xuất",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("ước đạt 4,85 triệu tấn", "4,85", 4850000, "measure", "tấn", "sản lượng clinker", H1,
      change=CH("increase", 3.2, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 5,58 triệu tấn", "5,58", 5580000, "measure", "tấn", "sản lượng xi măng", H1,
      percent=47.3, change=CH("decrease", 1.8, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 1,35 triệu tấn", "1,35", 1350000, "measure", "tấn", "xi măng xuất khẩu", I(H1),
      approx="about", total=5580000, percent=24.2, status="estimate"),
    F("có 6 nhà máy", "6", 6, "count", "nhà máy", "nhà máy xi măng đang hoạt động"),
    F("Gia Viễn 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy xi măng đang hoạt động",
      total=6, location="Gia Viễn"),
    F("Hoa Lư 2 nhà máy", "2", 2, "count", "nhà máy", "nhà máy xi măng đang hoạt động",
      total=6, location="Hoa Lư"),
    F("Tam Điệp 1 nhà máy", "1", 1, "count", "nhà máy", "nhà máy xi măng đang hoạt động",
      total=6, location="Tam Điệp"),
    F("thiết kế 14,2 triệu tấn/năm", "14,2", 14200000, "measure", "tấn/năm", "tổng công suất thiết kế"),
    F("từ 75 đến 80%", "75", 75, "percent", "%", "hiệu suất huy động công suất bình quân", value_max=80),
    F("ước đạt 4,1 triệu tấn", "4,1", 4100000, "measure", "tấn", "lượng xi măng tiêu thụ nội địa", I(H1),
      change=CH("decrease", 4.6, baseline="cùng kỳ"), status="estimate"),
    F("từ 1.180.000 đến 1.350.000 đồng/tấn", "1.180.000", 1180000, "money", "đồng/tấn",
      "giá xi măng bao bán tại nhà máy", value_max=1350000,
      change=CH("increase", 50000, unit="đồng/tấn", baseline="cuối năm 2023", approx="about")),
    F("khoảng 320 nghìn tấn", "320", 320000, "measure", "tấn", "lượng clinker và xi măng tồn kho",
      P("tính đến ngày 30/6/2024", None, "2024-06-30"), approx="about"),
    F("hơn 2.850 tỷ đồng", "2.850", 2850000000000, "money", "đồng",
      "ngân sách nhà nước các doanh nghiệp xi măng đã nộp", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"),
      approx="over", percent=31),
    F("sử dụng 7.420 lao động", "7.420", 7420, "count", "lao động", "lao động các nhà máy đang sử dụng"),
    F("đạt 9,8 triệu đồng/người/tháng", "9,8", 9800000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("đạt 11,8 triệu tấn", "11,8", 11800000, "measure", "tấn", "sản lượng xi măng",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trên 40%", "40", 40, "percent", "%",
      "tỷ lệ sử dụng vật liệu xây không nung trong các công trình xây dựng",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Probe 629-1. Province portal (Ninh Bình): cement and clinker output H1/2024, plants by district, consumption, prices, stock, budget, 2024/2025 targets.",
    "Headline 'gần 5,6 triệu tấn' is its own figure (period from the headline's '6 tháng đầu năm', year from the Cập nhật line).",
    "Bracketed plant breakdown right after '6 nhà máy' adds up (3+2+1): parts carry total 6 and the district as location.",
    "Not figures: Cập nhật date/time, 'Dây chuyền số 2', 'tháng 5', 'Quyết định số 1266/QĐ-TTg', 'Lượt xem: 1.482', address 'Số 2', phone.",
]

if __name__ == "__main__":
    emit("p629-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Ninh Bình")
