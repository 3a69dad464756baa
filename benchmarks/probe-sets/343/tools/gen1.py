from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH
Trang chủ > Tin tức > Đô thị

TP Hồ Chí Minh: Số điểm ngập do mưa trên tuyến đường chính giảm còn 9 điểm
Cập nhật: 08/10/2024 09:15 | Lượt xem: 2.417

Theo Sở Xây dựng, tính đến ngày 30/9/2024, trên địa bàn thành phố còn 9 điểm ngập do mưa trên các tuyến đường chính, giảm 4 điểm so với cuối năm 2023. Từ năm 2021 đến nay, thành phố đã xử lý dứt điểm 27 điểm ngập do mưa, đạt 75% kế hoạch giai đoạn 2021-2025 được giao tại Quyết định số 1930/QĐ-UBND.

Trong 9 điểm còn lại, TP Thủ Đức có 4 điểm, Quận 12 có 2 điểm, quận Bình Tân có 2 điểm và quận Gò Vấp có 1 điểm. Các điểm này chủ yếu nằm trên Quốc lộ 13, đường Kinh Dương Vương và khu vực ven kênh Tham Lương.

Riêng tháng 9/2024, thành phố ghi nhận 14 trận mưa, trong đó có 3 trận mưa lớn với lượng mưa trên 100 mm. Trận mưa chiều 23/9/2024 có lượng mưa tại trạm Tân Sơn Hòa đạt 142,6 mm, cao nhất từ đầu mùa mưa; các trạm Mạc Đĩnh Chi và Phú An lần lượt đạt 118 mm và 96,4 mm. Mưa lớn khiến 11 tuyến đường bị ngập sâu từ 0,2 đến 0,4 m, thời gian ngập kéo dài khoảng 45 phút.

Để giảm ngập, Trung tâm Quản lý hạ tầng kỹ thuật đã bố trí gần 200 công nhân trực 24/24 giờ, vận hành 42 máy bơm cơ động với tổng công suất hơn 36.000 m3/giờ tại các điểm trũng.

Năm 2025, thành phố phấn đấu xóa thêm 5 điểm ngập, nâng tỷ lệ xử lý điểm ngập giai đoạn 2021-2025 lên 90%. Người dân phản ánh tình trạng ngập qua đường dây nóng 1022 hoặc số điện thoại 028.3829.1234.

Bài liên quan: Triều cường đạt đỉnh 1,68 m ngày 19/10"""

CITY = "TP Hồ Chí Minh"
FIGS = [
    F("giảm còn 9 điểm", "9", 9, "count", "điểm", "điểm ngập do mưa trên tuyến đường chính"),
    F("thành phố còn 9 điểm ngập", "9", 9, "count", "điểm ngập",
      "điểm ngập do mưa trên các tuyến đường chính",
      change={"direction": "decrease", "value": 4, "unit": "điểm", "approx": "exact", "baseline": "cuối năm 2023"},
      period=P("tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("dứt điểm 27 điểm ngập", "27", 27, "count", "điểm ngập", "điểm ngập do mưa được xử lý dứt điểm",
      percent=75, period=P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-08")),
    F("Trong 9 điểm còn lại", "9", 9, "count", "điểm", "điểm ngập do mưa còn lại", optional=True),
    F("Thủ Đức có 4 điểm", "4", 4, "count", "điểm", "điểm ngập do mưa còn lại", total=9,
      period=P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True), location="Thủ Đức"),
    F("Quận 12 có 2 điểm", "2", 2, "count", "điểm", "điểm ngập do mưa còn lại", total=9,
      period=P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True), location="Quận 12"),
    F("Bình Tân có 2 điểm", "2", 2, "count", "điểm", "điểm ngập do mưa còn lại", total=9,
      period=P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True), location="Bình Tân"),
    F("Gò Vấp có 1 điểm", "1", 1, "count", "điểm", "điểm ngập do mưa còn lại", total=9,
      period=P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True), location="Gò Vấp"),
    F("ghi nhận 14 trận mưa", "14", 14, "count", "trận mưa", "trận mưa",
      period=P("tháng 9/2024", "2024-09-01", "2024-09-30")),
    F("có 3 trận mưa lớn", "3", 3, "count", "trận mưa lớn", "trận mưa lớn", total=14,
      period=P("tháng 9/2024", "2024-09-01", "2024-09-30")),
    F("lượng mưa trên 100 mm", "100", 100, "measure", "mm", "lượng mưa", approx="over", optional=True),
    F("đạt 142,6 mm", "142,6", 142.6, "measure", "mm", "lượng mưa tại trạm",
      period=P("23/9/2024", "2024-09-23", "2024-09-23")),
    F("đạt 118 mm", "118", 118, "measure", "mm", "lượng mưa tại trạm",
      period=P("23/9/2024", "2024-09-23", "2024-09-23", inh=True)),
    F("và 96,4 mm", "96,4", 96.4, "measure", "mm", "lượng mưa tại trạm",
      period=P("23/9/2024", "2024-09-23", "2024-09-23", inh=True)),
    F("khiến 11 tuyến đường", "11", 11, "count", "tuyến đường", "tuyến đường bị ngập",
      period=P("23/9/2024", "2024-09-23", "2024-09-23", inh=True)),
    F("từ 0,2 đến 0,4 m", "0,2", 0.2, "measure", "m", "độ sâu ngập", value_max=0.4,
      period=P("23/9/2024", "2024-09-23", "2024-09-23", inh=True)),
    F("khoảng 45 phút", "45", 45, "measure", "phút", "thời gian ngập", approx="about",
      period=P("23/9/2024", "2024-09-23", "2024-09-23", inh=True)),
    F("gần 200 công nhân", "200", 200, "count", "công nhân", "công nhân trực", approx="nearly"),
    F("vận hành 42 máy bơm", "42", 42, "count", "máy bơm", "máy bơm cơ động vận hành"),
    F("hơn 36.000 m3/giờ", "36.000", 36000, "measure", "m3/giờ", "tổng công suất máy bơm cơ động",
      approx="over"),
    F("xóa thêm 5 điểm ngập", "5", 5, "count", "điểm ngập", "điểm ngập xóa thêm", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("lên 90%", "90", 90, "percent", "%", "tỷ lệ xử lý điểm ngập giai đoạn 2021-2025", status="target",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("đạt đỉnh 1,68 m", "1,68", 1.68, "measure", "m", "đỉnh triều cường", optional=True),
]

COMMENTS = [
    "Cổng TTĐT TP Hồ Chí Minh: điểm ngập do mưa còn 9 (30/9/2024), xử lý 27 điểm từ 2021, mưa tháng 9/2024, mục tiêu 2025.",
    "Dateline 'Cập nhật: 08/10/2024 09:15' with view counter 'Lượt xem: 2.417' (page furniture).",
    "Distractors: Quyết định số 1930/QĐ-UBND, Quận 12 / Quốc lộ 13 (names), '24/24 giờ', hotline 1022, phone 028.3829.1234, dates 23/9/2024, 19/10.",
    "'Trong 9 điểm còn lại' restates the 9 (optional) and makes it the total of the district items; district items get their district as location.",
    "'giảm 4 điểm so với cuối năm 2023' is the change of the 9. '27 điểm ..., đạt 75% kế hoạch' -> percent 75. 'Từ năm 2021 đến nay' ends at the dateline.",
    "A rain event on one day (23/9/2024) is given that day as its period; later sentences inherit it. 'trên 100 mm' is a threshold (optional).",
    "The headline's 'giảm còn 9 điểm' is a figure (as h01's headline), no period in it.",
    "'Bài liên quan' teaser line (1,68 m) is page furniture around the article: optional.",
]
build("p343-1", TEXT, COMMENTS, {"published": "2024-10-08", "location": CITY}, FIGS)
