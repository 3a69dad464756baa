"""p1036-6: national newspaper (VnExpress style): Bến Tre nearshore wind, plants by district, 10-month output, costs, grid."""
from lib import F, P, I, C, T, emit

TEXT = """Kinh doanh › Vĩ mô
Thứ bảy, 9/11/2024, 07:30 (GMT+7)
Bến Tre dự kiến có thêm 5 nhà máy điện gió trong năm 2025
Với 65 km bờ biển, Bến Tre đặt mục tiêu đến năm 2030 có 1.500 MW điện gió, gấp gần 4 lần công suất hiện tại.

Theo Sở Công Thương Bến Tre, hiện tỉnh có 7 nhà máy điện gió vận hành thương mại, tổng công suất 388 MW, tập trung tại các huyện Thạnh Phú (4 nhà máy), Bình Đại (2 nhà máy) và Ba Tri (1 nhà máy). 10 tháng năm 2024, các nhà máy phát lên lưới khoảng 910 triệu kWh, tăng 38% so với cùng kỳ năm ngoái, nộp ngân sách gần 150 tỷ đồng.

Ông Nguyễn Văn Bốn, Phó giám đốc Sở, cho biết 5 dự án đang thi công có tổng công suất 360 MW, tổng vốn khoảng 16.500 tỷ đồng, dự kiến vận hành trong năm 2025. Đến nay đã có 64/93 móng trụ tua-bin được đổ bê tông, 38 tua-bin đã lắp đặt xong.

Theo tính toán, vùng gần bờ của Bến Tre có tốc độ gió trung bình 6,8 m/s ở độ cao 150 m, suất đầu tư điện gió gần bờ khoảng 1,7-2 triệu USD/MW. Chi phí điện gió ngoài khơi hiện cao hơn, khoảng 3-4 triệu USD/MW. Cả nước hiện có khoảng 5.000 MW điện gió vận hành; Bến Tre đứng thứ 6 về công suất.

Theo Sở, khó khăn lớn nhất là hạ tầng truyền tải: đường dây 220 kV Bình Đại - Mỏ Cày mới đáp ứng khoảng 70% nhu cầu giải tỏa công suất. Tỉnh dự kiến bổ sung 2 trạm biến áp 220 kV với tổng dung lượng 500 MVA vào năm 2026.

Hoài Thanh
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
NOW = P("Đến nay", None, "2024-11-09")

FIGS = [
    F("thêm 5 nhà máy", "5", 5, "count", "nhà máy", "nhà máy điện gió có thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("Với 65 km", "65", 65, "measure", "km", "chiều dài bờ biển"),
    F("có 1.500 MW", "1.500", 1500, "measure", "MW", "công suất điện gió", P("đến năm 2030", None, "2030-12-31"),
      status="target", change=C("increase", 4, "lần", "công suất hiện tại", approx="nearly")),
    F("có 7 nhà máy", "7", 7, "count", "nhà máy", "nhà máy điện gió vận hành thương mại"),
    F("công suất 388 MW", "388", 388, "measure", "MW", "tổng công suất nhà máy điện gió vận hành thương mại"),
    F("Thạnh Phú (4 nhà máy)", "4", 4, "count", "nhà máy", "nhà máy điện gió vận hành thương mại", total=7,
      location="Thạnh Phú"),
    F("Bình Đại (2 nhà máy)", "2", 2, "count", "nhà máy", "nhà máy điện gió vận hành thương mại", total=7,
      location="Bình Đại"),
    F("Ba Tri (1 nhà máy)", "1", 1, "count", "nhà máy", "nhà máy điện gió vận hành thương mại", total=7,
      location="Ba Tri"),
    F("khoảng 910 triệu kWh", "910", 910e6, "measure", "kWh", "sản lượng các nhà máy điện gió phát lên lưới", M10,
      approx="about", change=C("increase", 38, "%", "cùng kỳ năm ngoái")),
    F("gần 150 tỷ đồng", "150", 150e9, "money", "đồng", "nộp ngân sách của các nhà máy điện gió", M10,
      approx="nearly"),
    F("5 dự án đang thi công", "5", 5, "count", "dự án", "dự án điện gió đang thi công"),
    F("công suất 360 MW", "360", 360, "measure", "MW", "tổng công suất dự án điện gió đang thi công"),
    F("khoảng 16.500 tỷ đồng", "16.500", 16500e9, "money", "đồng", "tổng vốn dự án điện gió đang thi công",
      approx="about"),
    F("có 64/93 móng", "64", 64, "count", "móng trụ tua-bin", "móng trụ tua-bin được đổ bê tông", NOW, total=93),
    F("38 tua-bin", "38", 38, "count", "tua-bin", "tua-bin đã lắp đặt xong", NOW),
    F("trung bình 6,8 m/s", "6,8", 6.8, "measure", "m/s", "tốc độ gió trung bình vùng gần bờ"),
    F("độ cao 150 m", "150", 150, "measure", "m", "độ cao đo tốc độ gió", optional=True),
    F("khoảng 1,7-2 triệu USD/MW", "1,7", 1.7e6, "money", "USD/MW", "suất đầu tư điện gió gần bờ",
      value_max=2e6, approx="about"),
    F("khoảng 3-4 triệu USD/MW", "3", 3e6, "money", "USD/MW", "chi phí điện gió ngoài khơi",
      value_max=4e6, approx="about"),
    F("khoảng 5.000 MW", "5.000", 5000, "measure", "MW", "công suất điện gió vận hành", approx="about",
      location="Việt Nam"),
    F("đứng thứ 6", "6", 6, "rank", "hạng", "công suất điện gió"),
    F("đường dây 220 kV", "220", 220, "measure", "kV", "cấp điện áp đường dây Bình Đại - Mỏ Cày", optional=True),
    F("khoảng 70%", "70", 70, "percent", "%", "nhu cầu giải tỏa công suất được đáp ứng", approx="about"),
    F("bổ sung 2 trạm", "2", 2, "count", "trạm biến áp", "trạm biến áp bổ sung",
      P("năm 2026", "2026-01-01", "2026-12-31"), status="forecast"),
    F("biến áp 220 kV với", "220", 220, "measure", "kV", "cấp điện áp trạm biến áp bổ sung", optional=True),
    F("dung lượng 500 MVA", "500", 500, "measure", "MVA", "tổng dung lượng trạm biến áp bổ sung",
      P("năm 2026", "2026-01-01", "2026-12-31"), status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ bảy, 9/11/2024, 07:30 (GMT+7)': Bến Tre wind; headline forecast '5 nhà máy' in 2025,",
    "lead target 1.500 MW with 'gấp gần 4 lần công suất hiện tại' as its change. District list in brackets after '7 nhà máy' adds up",
    "to it (total 7, location the district). 'Cả nước … khoảng 5.000 MW' is Việt Nam; 'Bến Tre đứng thứ 6' a rank. 'hiện' gives no",
    "period; 'Đến nay' ends at the dateline. Distractors: 07:30 (GMT+7), Nguyễn Văn Bốn (number word in a name), Bình Đại - Mỏ Cày.",
]

if __name__ == "__main__":
    emit("p1036-6", TEXT, NOTES, FIGS, published="2024-11-09", location="Bến Tre")
