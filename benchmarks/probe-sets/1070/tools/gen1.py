"""p1070-1: Cà Mau province portal, kè chống sạt lở bờ biển Tây (18/10/2024)."""
from lib import F, P, C, write

TEXT = """Cổng Thông tin điện tử tỉnh Cà Mau
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cà Mau đầu tư hơn 1.100 tỷ đồng làm kè chống sạt lở bờ biển Tây
Cập nhật: 18/10/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, bờ biển tỉnh Cà Mau dài 254 km, trong đó bờ biển Tây dài khoảng 147 km. Hiện toàn tuyến có 97 km bờ biển đang bị sạt lở, trong đó có 42 km sạt lở đặc biệt nguy hiểm. Tốc độ sạt lở bình quân từ 20 đến 50 m/năm, có đoạn trên 60 m/năm.

Từ năm 2021 đến nay, tỉnh đã đầu tư xây dựng 18,6 km kè chống sạt lở bờ biển Tây với tổng kinh phí hơn 1.100 tỷ đồng từ nguồn ngân sách Trung ương, vốn dự phòng và vốn ODA. Các tuyến kè được thiết kế dạng tường đứng kết hợp cọc bê tông ly tâm, suất đầu tư bình quân khoảng 60 triệu đồng/m dài.

Năm 2024, tỉnh được bố trí 385 tỷ đồng để thi công 9 công trình kè khẩn cấp tại các huyện Trần Văn Thời, U Minh và Phú Tân. Tính đến ngày 30/9/2024, giá trị khối lượng thực hiện ước đạt 271 tỷ đồng, đạt 70,4% kế hoạch vốn; giải ngân được 236,5 tỷ đồng, tăng 18,2% so với cùng kỳ năm 2023.

Phía sau các tuyến kè, tỉnh đã trồng bổ sung 126 ha rừng phòng hộ, tỷ lệ cây sống đạt trên 85%. Nhờ có kè, khoảng 3.200 hộ dân ven biển không phải di dời; diện tích đất bồi tụ sau kè tăng gấp 2,5 lần so với năm 2021.

Theo Kế hoạch số 145/KH-UBND ngày 12/8/2024 của UBND tỉnh, giai đoạn 2025-2030 tỉnh phấn đấu xây dựng thêm khoảng 46 km kè, nâng tổng chiều dài kè bờ biển Tây lên hơn 64 km, với nhu cầu vốn dự kiến khoảng 4.500 tỷ đồng. Riêng năm 2025, tỉnh dự kiến bố trí 650 tỷ đồng để xử lý 12,4 km bờ biển sạt lở đặc biệt nguy hiểm từ cửa biển Khánh Hội đến Kênh Mới.
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
PLAN = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 1.100 tỷ đồng làm kè", "1.100", 1.1e12, "money", "đồng", "kinh phí làm kè chống sạt lở bờ biển Tây",
      approx="over"),
    F("Cà Mau dài 254 km", "254", 254, "measure", "km", "chiều dài bờ biển tỉnh Cà Mau"),
    F("dài khoảng 147 km", "147", 147, "measure", "km", "chiều dài bờ biển Tây", approx="about", total=254),
    F("có 97 km bờ biển", "97", 97, "measure", "km", "bờ biển đang bị sạt lở"),
    F("có 42 km sạt lở", "42", 42, "measure", "km", "bờ biển sạt lở đặc biệt nguy hiểm", total=97),
    F("từ 20 đến 50 m/năm", "20", 20, "measure", "m/năm", "tốc độ sạt lở bình quân", value_max=50),
    F("trên 60 m/năm", "60", 60, "measure", "m/năm", "tốc độ sạt lở có đoạn", approx="over"),
    F("xây dựng 18,6 km kè", "18,6", 18.6, "measure", "km", "kè chống sạt lở bờ biển Tây đã đầu tư xây dựng",
      period=SINCE),
    F("kinh phí hơn 1.100 tỷ đồng", "1.100", 1.1e12, "money", "đồng", "tổng kinh phí xây dựng kè chống sạt lở bờ biển Tây",
      approx="over", period=SINCE),
    F("khoảng 60 triệu đồng/m", "60", 60e6, "money", "đồng/m", "suất đầu tư bình quân kè",
      approx="about"),
    F("bố trí 385 tỷ đồng", "385", 385e9, "money", "đồng", "vốn bố trí thi công công trình kè khẩn cấp", period=Y24),
    F("thi công 9 công trình", "9", 9, "count", "công trình", "công trình kè khẩn cấp thi công", period=Y24),
    F("ước đạt 271 tỷ đồng", "271", 271e9, "money", "đồng", "giá trị khối lượng thực hiện",
      percent=70.4, status="estimate", period=ASOF),
    F("giải ngân được 236,5 tỷ đồng", "236,5", 236.5e9, "money", "đồng", "vốn giải ngân",
      change=C("increase", 18.2, "%", "cùng kỳ năm 2023"), period=ASOF),
    F("bổ sung 126 ha", "126", 126, "measure", "ha", "rừng phòng hộ trồng bổ sung phía sau kè"),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ cây sống", approx="over"),
    F("khoảng 3.200 hộ", "3.200", 3200, "count", "hộ", "hộ dân ven biển không phải di dời", approx="about"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "diện tích đất bồi tụ sau kè"),
    F("khoảng 46 km kè", "46", 46, "measure", "km", "kè xây dựng thêm", approx="about", status="target", period=PLAN),
    F("hơn 64 km", "64", 64, "measure", "km", "tổng chiều dài kè bờ biển Tây", approx="over", status="target",
      period=PLAN),
    F("khoảng 4.500 tỷ đồng", "4.500", 4.5e12, "money", "đồng", "nhu cầu vốn xây dựng kè", approx="about",
      status="forecast", period=PLAN),
    F("bố trí 650 tỷ đồng", "650", 650e9, "money", "đồng", "vốn bố trí xử lý bờ biển sạt lở đặc biệt nguy hiểm",
      status="forecast", period=Y25),
    F("xử lý 12,4 km", "12,4", 12.4, "measure", "km", "bờ biển sạt lở đặc biệt nguy hiểm được xử lý",
      status="forecast", period=Y25),
]

NOTES = [
    "Cổng TTĐT tỉnh Cà Mau (invented): kè chống sạt lở bờ biển Tây; dateline 'Cập nhật: 18/10/2024 09:45' gives published.",
    "Not figures: 'Lượt xem: 2.316', 'Kế hoạch số 145/KH-UBND ngày 12/8/2024', dates, 'giai đoạn 2025-2030' (a period).",
    "Headline figure and body figure (1.100 tỷ) are both annotated. 'đạt 70,4% kế hoạch vốn' is the percent of 271 tỷ.",
    "'giải ngân được 236,5 tỷ' has its own verb after ';' so it is actual (ước đạt governs only its clause).",
    "'tăng gấp 2,5 lần so với năm 2021' with no base amount is a multiple figure, no change object.",
    "'với nhu cầu vốn dự kiến' carries its own cue: forecast, though it continues a 'phấn đấu' clause.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-10-18", location="Cà Mau")
