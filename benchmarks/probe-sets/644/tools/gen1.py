from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Nghệ An: Kiểm tra 1.126 lượt cơ sở kinh doanh khí, phát hiện 97 cơ sở vi phạm

Cập nhật: 08/10/2024 15:20 | Lượt xem: 3.482

9 tháng năm 2024, Sở Công Thương phối hợp với Cục Quản lý thị trường tỉnh và UBND các huyện, thành phố, thị xã kiểm tra 1.126 lượt cơ sở kinh doanh khí dầu mỏ hóa lỏng (LPG), tăng 18,4% so với cùng kỳ năm 2023. Qua kiểm tra, phát hiện 97 cơ sở vi phạm, chiếm 8,6% số cơ sở được kiểm tra; trong đó 41 cơ sở không có Giấy chứng nhận đủ điều kiện bán lẻ LPG, 23 cơ sở kinh doanh chai LPG không rõ nguồn gốc. Các cơ quan chức năng đã xử phạt vi phạm hành chính hơn 1,3 tỷ đồng, tịch thu 2.450 vỏ bình gas các loại.

Tính đến ngày 30/9/2024, toàn tỉnh có 1.348 cửa hàng bán lẻ LPG, tập trung tại thành phố Vinh (214 cửa hàng), huyện Diễn Châu (96 cửa hàng), huyện Quỳnh Lưu (88 cửa hàng) và huyện Yên Thành (75 cửa hàng). Sản lượng LPG tiêu thụ trên địa bàn 9 tháng ước đạt 38.500 tấn, tăng 6,2% so với cùng kỳ. Giá bán lẻ bình gas 12 kg hiện dao động từ 440.000 đến 475.000 đồng/bình.

Theo Sở Công Thương, nhiều cửa hàng dọc Quốc lộ 1A và Quốc lộ 7 chưa trang bị đủ phương tiện phòng cháy, chữa cháy theo Nghị định số 87/2018/NĐ-CP. Quý IV/2024, Sở dự kiến kiểm tra khoảng 400 cơ sở, tập trung vào các điểm sang chiết, nạp gas trái phép. Phấn đấu đến năm 2025, 100% cửa hàng bán lẻ LPG trên địa bàn được cấp Giấy chứng nhận đủ điều kiện.

Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0238.3844.530 hoặc tại trụ sở Sở Công Thương, số 11 Trường Thi, thành phố Vinh.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")

FIGS = [
    F("Nghệ An: Kiểm tra 1.126 lượt", "1.126", 1126, "count", "lượt cơ sở",
      "cơ sở kinh doanh khí được kiểm tra", I(N9)),
    F("phát hiện 97 cơ sở vi phạm\n", "97", 97, "count", "cơ sở", "cơ sở vi phạm", I(N9)),
    F("thị xã kiểm tra 1.126 lượt", "1.126", 1126, "count", "lượt cơ sở",
      "cơ sở kinh doanh khí dầu mỏ hóa lỏng (LPG) được kiểm tra", N9,
      change=CH("increase", 18.4, "%", "cùng kỳ năm 2023")),
    F("97 cơ sở vi phạm, chiếm", "97", 97, "count", "cơ sở", "cơ sở vi phạm", I(N9), percent=8.6),
    F("trong đó 41 cơ sở", "41", 41, "count", "cơ sở",
      "cơ sở không có Giấy chứng nhận đủ điều kiện bán lẻ LPG", I(N9), total=97),
    F("23 cơ sở kinh doanh", "23", 23, "count", "cơ sở",
      "cơ sở kinh doanh chai LPG không rõ nguồn gốc", I(N9), total=97),
    F("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(N9), approx="over"),
    F("tịch thu 2.450 vỏ", "2.450", 2450, "count", "vỏ bình gas", "vỏ bình gas bị tịch thu", I(N9)),
    F("có 1.348 cửa hàng", "1.348", 1348, "count", "cửa hàng", "cửa hàng bán lẻ LPG", ASOF),
    F("Vinh (214 cửa hàng)", "214", 214, "count", "cửa hàng", "cửa hàng bán lẻ LPG", ASOF, location="Vinh"),
    F("Diễn Châu (96 cửa hàng)", "96", 96, "count", "cửa hàng", "cửa hàng bán lẻ LPG", ASOF, location="Diễn Châu"),
    F("Quỳnh Lưu (88 cửa hàng)", "88", 88, "count", "cửa hàng", "cửa hàng bán lẻ LPG", ASOF, location="Quỳnh Lưu"),
    F("Yên Thành (75 cửa hàng)", "75", 75, "count", "cửa hàng", "cửa hàng bán lẻ LPG", ASOF, location="Yên Thành"),
    F("ước đạt 38.500 tấn", "38.500", 38500, "measure", "tấn", "sản lượng LPG tiêu thụ trên địa bàn",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate",
      change=CH("increase", 6.2, "%", "cùng kỳ")),
    F("bình gas 12 kg", "12", 12, "measure", "kg", "bình gas", optional=True),
    F("từ 440.000 đến 475.000", "440.000", 440000, "money", "đồng/bình",
      "giá bán lẻ bình gas 12 kg", value_max=475000),
    F("khoảng 400 cơ sở", "400", 400, "count", "cơ sở", "cơ sở dự kiến kiểm tra",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("2025, 100%", "100", 100, "percent", "%",
      "cửa hàng bán lẻ LPG được cấp Giấy chứng nhận đủ điều kiện",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Province portal (Cổng TTĐT tỉnh Nghệ An): LPG business inspections 9 months 2024, violations, fines, shops by district, consumption, price.",
    "Breadcrumb, 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 3.482' (counter is furniture). Headline figures take the lead's period (inherited).",
    "'chiếm 8,6% số cơ sở được kiểm tra' is the share of 97 (percent), not a total (no part-of cue; 'lượt cơ sở' vs 'cơ sở').",
    "41 and 23 follow 'trong đó' after 97: total 97. The district list after 'tập trung tại' does not add up and has no cue: no total.",
    "'bình gas 12 kg' is the cylinder type (optional). Price range: 'hiện' gives no period. Distractors: Quốc lộ 1A, Quốc lộ 7,",
    "Nghị định số 87/2018/NĐ-CP, phone 0238.3844.530, 'số 11 Trường Thi'.",
]

emit("p644-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nghệ An")
