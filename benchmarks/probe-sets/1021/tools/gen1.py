"""p1021-1: province portal (Đồng Nai), pedestrian overpasses on national highways."""
from lib import F, P, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Xây dựng

Đồng Nai: đưa vào sử dụng thêm 6 cầu vượt bộ hành trên các tuyến quốc lộ

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.317

Theo Sở Giao thông vận tải, tính đến ngày 31/7/2024, trên địa bàn tỉnh có 27 cầu vượt bộ hành đang khai thác, tăng 6 cầu so với cuối năm 2023. Trong đó, Quốc lộ 1A có 11 cầu, Quốc lộ 51 có 9 cầu, Quốc lộ 20 có 4 cầu, số còn lại nằm trên các tuyến đường tỉnh.

Các cầu mới được đầu tư theo Kế hoạch số 215/KH-UBND ngày 12/3/2023 của UBND tỉnh, với tổng kinh phí khoảng 58 tỷ đồng, bình quân gần 9,7 tỷ đồng/cầu. Mỗi cầu có nhịp chính dài 32 m, lối đi rộng 2,5 m; riêng 2 cầu gần Bệnh viện Đa khoa Đồng Nai và Trường THPT Nguyễn Trãi được lắp thang máy cho người khuyết tật. Trong 7 tháng đầu năm 2024, vốn giải ngân cho các công trình ước đạt 42,3 tỷ đồng, đạt 73% kế hoạch vốn năm, tăng 18,5% so với cùng kỳ.

Qua khảo sát trong quý II/2024, lưu lượng người đi bộ qua các cầu vượt trên Quốc lộ 1A đoạn qua TP Biên Hòa đạt khoảng 1.200-1.500 lượt/ngày, tập trung vào giờ học sinh đi học, tan học; trong khi nhiều cầu trên Quốc lộ 20 thuộc huyện Định Quán chỉ có dưới 100 lượt/ngày.

Từ đầu năm đến nay, trên các tuyến quốc lộ qua địa bàn tỉnh xảy ra 14 vụ tai nạn giao thông liên quan đến người đi bộ, làm chết 9 người, bị thương 7 người, giảm 5 vụ so với cùng kỳ năm 2023. Trong số này, 4 vụ xảy ra trong phạm vi 300 m tính từ cổng trường học.

Theo kế hoạch, giai đoạn 2024-2025 tỉnh tiếp tục đầu tư thêm 8 cầu vượt bộ hành tại các điểm trường sát quốc lộ, tổng mức đầu tư dự kiến 76 tỷ đồng. Mục tiêu đến năm 2025, 100% trường học nằm sát quốc lộ có cầu vượt hoặc hầm chui cho học sinh qua đường.
"""

ASOF = P("tính đến ngày 31/7/2024", end="2024-07-31")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
G = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("thêm 6 cầu vượt bộ hành", "6", 6, "count", "cầu vượt bộ hành",
      subject="cầu vượt bộ hành đưa vào sử dụng thêm"),
    F("có 27 cầu vượt bộ hành", "27", 27, "count", "cầu vượt bộ hành",
      change=chg("increase", 6, "cầu", "cuối năm 2023"),
      subject="cầu vượt bộ hành đang khai thác", period=ASOF),
    F("Quốc lộ 1A có 11 cầu", "11", 11, "count", "cầu", total=27,
      subject="cầu vượt bộ hành trên Quốc lộ 1A", period=inh(ASOF)),
    F("Quốc lộ 51 có 9 cầu", "9", 9, "count", "cầu", total=27,
      subject="cầu vượt bộ hành trên Quốc lộ 51", period=inh(ASOF)),
    F("Quốc lộ 20 có 4 cầu", "4", 4, "count", "cầu", total=27,
      subject="cầu vượt bộ hành trên Quốc lộ 20", period=inh(ASOF)),
    F("khoảng 58 tỷ đồng", "58", 58e9, "money", "đồng", approx="about",
      subject="tổng kinh phí đầu tư các cầu mới"),
    F("gần 9,7 tỷ đồng/cầu", "9,7", 9.7e9, "money", "đồng/cầu", approx="nearly",
      subject="kinh phí bình quân mỗi cầu"),
    F("nhịp chính dài 32 m", "32", 32, "measure", "m", subject="chiều dài nhịp chính mỗi cầu"),
    F("lối đi rộng 2,5 m", "2,5", 2.5, "measure", "m", subject="chiều rộng lối đi cầu vượt"),
    F("riêng 2 cầu gần", "2", 2, "count", "cầu", subject="cầu được lắp thang máy cho người khuyết tật"),
    F("ước đạt 42,3 tỷ đồng", "42,3", 42.3e9, "money", "đồng", percent=73,
      change=chg("increase", 18.5, "%", "cùng kỳ"), status="estimate",
      subject="vốn giải ngân cho các công trình cầu vượt", period=M7),
    F("khoảng 1.200-1.500 lượt/ngày", "1.200", 1200, "measure", "lượt/ngày", value_max=1500, approx="about",
      subject="lưu lượng người đi bộ qua các cầu vượt trên Quốc lộ 1A", period=Q2, location="Biên Hòa"),
    F("dưới 100 lượt/ngày", "100", 100, "measure", "lượt/ngày", approx="under",
      subject="lưu lượng người đi bộ qua cầu vượt trên Quốc lộ 20", period=Q2, location="Định Quán"),
    F("xảy ra 14 vụ tai nạn", "14", 14, "count", "vụ",
      change=chg("decrease", 5, "vụ", "cùng kỳ năm 2023"),
      subject="vụ tai nạn giao thông liên quan đến người đi bộ trên các tuyến quốc lộ", period=YTD),
    F("làm chết 9 người", "9", 9, "count", "người", subject="người chết do tai nạn liên quan đến người đi bộ",
      period=YTD),
    F("bị thương 7 người", "7", 7, "count", "người", subject="người bị thương do tai nạn liên quan đến người đi bộ",
      period=YTD),
    F("4 vụ xảy ra", "4", 4, "count", "vụ", total=14,
      subject="vụ tai nạn xảy ra gần cổng trường học", period=inh(YTD)),
    F("phạm vi 300 m", "300", 300, "measure", "m", subject="phạm vi tính từ cổng trường học", optional=True),
    F("thêm 8 cầu vượt bộ hành", "8", 8, "count", "cầu vượt bộ hành", status="target",
      subject="cầu vượt bộ hành đầu tư thêm tại các điểm trường sát quốc lộ", period=G),
    F("dự kiến 76 tỷ đồng", "76", 76e9, "money", "đồng", status="forecast",
      subject="tổng mức đầu tư cầu vượt bộ hành", period=G),
    F("2025, 100% trường học", "100", 100, "percent", "%", status="target",
      subject="trường học nằm sát quốc lộ có cầu vượt hoặc hầm chui",
      period=P("đến năm 2025", end="2025-12-31")),
]

NOTES = [
    "Đồng Nai province portal: pedestrian overpasses on national highways, costs, disbursement, users per day, accidents, plan.",
    "Distractors: Quốc lộ 1A/51/20, Kế hoạch số 215/KH-UBND ngày 12/3/2023, Lượt xem 2.317, 09:45, THPT Nguyễn Trãi.",
    "11/9/4 cầu follow 'Trong đó' after the 27 bridges (next sentence): total 27, period inherited.",
    "'giảm 5 vụ' belongs to 14 vụ (same unit), across the two casualty clauses.",
]

write("p1021-1", TEXT, FIGS, published="2024-08-14", location="Đồng Nai", notes=NOTES)
