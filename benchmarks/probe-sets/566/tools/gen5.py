"""p566-5: Party newspaper (Báo Đồng Khởi, Bến Tre), saline intrusion in the 2023-2024 dry season; byline + date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Báo Đồng Khởi › Kinh tế › Nông nghiệp

Xâm nhập mặn mùa khô 2023-2024: ranh mặn 4‰ vào sâu 65 km

Theo Trung tâm Khí tượng Thủy văn tỉnh Bến Tre, từ đầu mùa khô đến nay, xâm nhập mặn trên địa bàn tỉnh xuất hiện sớm và sâu hơn mùa khô năm trước. Ranh mặn 4‰ trên sông Cổ Chiên và sông Hàm Luông vào sâu từ 60 đến 65 km, sâu hơn TBNN khoảng 10 km; ranh mặn 1‰ vào sâu khoảng 75 km.

Độ mặn cao nhất đo được tại trạm An Thuận (huyện Ba Tri) ngày 15/2/2024 là 28,6‰, cao hơn cùng kỳ năm 2023 là 3,2‰. Tại trạm Sơn Đốc (huyện Giồng Trôm), độ mặn lớn nhất 12,4‰; tại cầu Hàm Luông (TP. Bến Tre) 6,8‰.

Tính đến ngày 20/2/2024, toàn tỉnh có khoảng 4.500 hộ thiếu nước sinh hoạt, trong đó nhiều nhất là các huyện Ba Tri (1.850 hộ), Thạnh Phú (1.420 hộ), Bình Đại (960 hộ). Từ đầu năm đến nay, tỉnh đã đầu tư 37,5 tỷ đồng xây dựng 3 cống ngăn mặn và nạo vét 42 km kênh; hệ thống cống Bến Rớ, Cái Quao trữ được hơn 14 triệu m³ nước ngọt.

Dự báo từ nay đến tháng 4/2024 còn 3 đợt triều cường gây xâm nhập mặn cao, độ mặn lớn nhất tại các cửa sông có thể đạt 30-32‰. Ngành nông nghiệp khuyến cáo người dân không xuống giống lúa trên diện tích 8.600 ha vùng có nguy cơ cao, ưu tiên trữ nước ngọt trong ao, bồn chứa.

MINH TRÍ
22/02/2024
"""

ASOF = P("Tính đến ngày 20/2/2024", None, "2024-02-20")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-02-22")
FC = P("từ nay đến tháng 4/2024", "2024-02-22", "2024-04-30")
SEASON = P("từ đầu mùa khô đến nay", None, "2024-02-22", inh=True)

FIGS = [
    F("ranh mặn 4‰ vào sâu 65", "4", 4, "measure", "‰", "ranh mặn", optional=True),
    F("vào sâu 65 km", "65", 65, "measure", "km", "ranh mặn 4‰ vào sâu", SEASON),
    F("Ranh mặn 4‰ trên", "4", 4, "measure", "‰", "ranh mặn", optional=True),
    F("từ 60 đến 65 km", "60", 60, "measure", "km", "ranh mặn 4‰ trên sông Cổ Chiên và sông Hàm Luông vào sâu",
      SEASON, value_max=65, change=CH("increase", 10, "km", "TBNN", approx="about")),
    F("ranh mặn 1‰", "1", 1, "measure", "‰", "ranh mặn", optional=True),
    F("khoảng 75 km", "75", 75, "measure", "km", "ranh mặn 1‰ vào sâu", SEASON, approx="about"),
    F("là 28,6‰", "28,6", 28.6, "measure", "‰", "độ mặn cao nhất tại trạm An Thuận",
      P("ngày 15/2/2024", "2024-02-15", "2024-02-15"), location="Ba Tri",
      change=CH("increase", 3.2, "‰", "cùng kỳ năm 2023")),
    F("nhất 12,4‰", "12,4", 12.4, "measure", "‰", "độ mặn lớn nhất tại trạm Sơn Đốc", SEASON, location="Giồng Trôm"),
    F("6,8‰", "6,8", 6.8, "measure", "‰", "độ mặn lớn nhất tại cầu Hàm Luông", SEASON, location="Bến Tre"),
    F("khoảng 4.500 hộ", "4.500", 4500, "count", "hộ", "hộ thiếu nước sinh hoạt", ASOF, approx="about"),
    F("Ba Tri (1.850 hộ)", "1.850", 1850, "count", "hộ", "hộ thiếu nước sinh hoạt", ASOF, total=4500,
      location="Ba Tri"),
    F("Thạnh Phú (1.420 hộ)", "1.420", 1420, "count", "hộ", "hộ thiếu nước sinh hoạt", ASOF, total=4500,
      location="Thạnh Phú"),
    F("Bình Đại (960 hộ)", "960", 960, "count", "hộ", "hộ thiếu nước sinh hoạt", ASOF, total=4500,
      location="Bình Đại"),
    F("đầu tư 37,5 tỷ đồng", "37,5", 37.5e9, "money", "đồng", "vốn đầu tư xây dựng cống ngăn mặn và nạo vét kênh", YTD),
    F("3 cống", "3", 3, "count", "cống", "cống ngăn mặn xây dựng", YTD),
    F("42 km", "42", 42, "measure", "km", "kênh nạo vét", YTD),
    F("hơn 14 triệu m³", "14", 14e6, "measure", "m³", "nước ngọt trữ được", YTD, approx="over"),
    F("còn 3 đợt triều cường", "3", 3, "count", "đợt triều cường", "đợt triều cường gây xâm nhập mặn cao", FC,
      status="forecast"),
    F("đạt 30-32‰", "30", 30, "measure", "‰", "độ mặn lớn nhất tại các cửa sông", FC, value_max=32,
      status="forecast"),
    F("diện tích 8.600 ha", "8.600", 8600, "measure", "ha", "diện tích vùng có nguy cơ cao khuyến cáo không xuống giống lúa"),
]

COMMENTS = [
    "Báo Đồng Khởi (Bến Tre): xâm nhập mặn mùa khô 2023-2024; byline 'MINH TRÍ' and the date 22/02/2024 at the end.",
    "Salinity in ‰ is a measure with unit '‰' (not a percent). '4‰', '1‰' in 'ranh mặn 4‰' name an isohaline: thresholds, optional.",
    "'sâu hơn TBNN khoảng 10 km' after 60-65 km is its change (about). 'trong đó nhiều nhất là các huyện …' parts take the whole 4.500.",
    "'từ nay đến tháng 4/2024' starts at the dateline; 'Từ đầu năm đến nay' ends at it. 'trên diện tích 8.600 ha': 'trên' = 'on', exact.",
    "Not figures: 'mùa khô 2023-2024', dates, the byline date. TP. Bến Tre (city) and the province compare equal after the prefix.",
]

if __name__ == "__main__":
    emit("p566-5", TEXT, COMMENTS, FIGS, published="2024-02-22", location="Bến Tre")
