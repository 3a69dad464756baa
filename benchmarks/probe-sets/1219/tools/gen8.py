"""p1219-8: provincial newspaper online (Báo Ninh Thuận, NTO): titanium planning zone blocks land use in Thuận Nam."""
from lib import F, P, I, C, T, write

TEXT = """BÁO NINH THUẬN ĐIỆN TỬ
Kinh tế | Tài nguyên - Môi trường

Gỡ vướng quy hoạch khoáng sản titan ở Thuận Nam

Thứ Sáu, 24/05/2024 | 16:40

(NTO) - Ninh Thuận hiện có khoảng 10.400 ha đất nằm trong quy hoạch thăm dò, khai thác titan, chủ yếu tại huyện Thuận Nam và Ninh Phước, khiến hơn 3.200 hộ dân gặp khó khi chuyển mục đích sử dụng đất, xây nhà.

Theo Sở Công Thương, Ninh Thuận đứng thứ 2 cả nước (sau Bình Thuận) về tài nguyên titan, ước khoảng 75 triệu tấn khoáng vật nặng. Tuy nhiên, đến nay mới có 2 mỏ được cấp phép khai thác với tổng diện tích 187 ha; năm 2023 sản lượng đạt 14.300 tấn tinh quặng, chỉ bằng 31,5% công suất thiết kế.

Tại xã Phước Diêm (huyện Thuận Nam), có 1.150 hộ dân sống trong vùng quy hoạch titan. Ông Nguyễn Thành Long, Chủ tịch UBND xã, cho biết từ năm 2021 đến nay xã nhận 214 hồ sơ xin chuyển mục đích sử dụng đất nhưng chỉ giải quyết được 37 hồ sơ. "Nhiều gia đình có ba thế hệ sống chung trong căn nhà cấp 4 xuống cấp mà không được xây mới", ông Long nói.

Tỉnh đã kiến nghị Bộ Tài nguyên và Môi trường đưa khoảng 5.600 ha ra khỏi quy hoạch, tương đương 53,8% diện tích quy hoạch hiện nay. Dự kiến trong quý III, tỉnh hoàn thành rà soát để trình Thủ tướng Chính phủ điều chỉnh Quyết định số 866/QĐ-TTg.

Bên cạnh đó, từ đầu năm đến nay, lực lượng chức năng đã phát hiện, xử lý 9 vụ khai thác cát titan trái phép tại huyện Ninh Phước, phạt tiền 245 triệu đồng, tịch thu 2 máy xúc và hơn 60 tấn cát nhiễm quặng.

Văn Miên
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE21 = P("từ năm 2021 đến nay", "2021-01-01", "2024-05-24")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-05-24")
TN, NP = "Thuận Nam", "Ninh Phước"

FIGS = [
    F("khoảng 10.400 ha", "10.400", 10400, "measure", "ha", approx="about",
      subject="đất nằm trong quy hoạch thăm dò, khai thác titan"),
    F("hơn 3.200 hộ", "3.200", 3200, "count", "hộ dân", approx="over",
      subject="hộ dân gặp khó khi chuyển mục đích sử dụng đất, xây nhà"),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="xếp hạng về tài nguyên titan cả nước"),
    F("khoảng 75 triệu", "75", 75000000, "measure", "tấn", approx="about", status="estimate",
      subject="tài nguyên titan"),
    F("có 2 mỏ", "2", 2, "count", "mỏ", subject="mỏ được cấp phép khai thác"),
    F("diện tích 187 ha", "187", 187, "measure", "ha", subject="tổng diện tích mỏ được cấp phép"),
    F("đạt 14.300 tấn", "14.300", 14300, "measure", "tấn", percent=31.5,
      subject="sản lượng tinh quặng", period=Y23),
    F("có 1.150 hộ", "1.150", 1150, "count", "hộ dân",
      subject="hộ dân sống trong vùng quy hoạch titan", location=TN),
    F("nhận 214 hồ sơ", "214", 214, "count", "hồ sơ",
      subject="hồ sơ xin chuyển mục đích sử dụng đất xã nhận", period=SINCE21, location=TN),
    F("được 37 hồ sơ", "37", 37, "count", "hồ sơ",
      subject="hồ sơ xin chuyển mục đích sử dụng đất được giải quyết", period=SINCE21, location=TN),
    F("có ba thế hệ", "ba", 3, "count", "thế hệ", optional=True, location=TN),
    F("khoảng 5.600 ha", "5.600", 5600, "measure", "ha", approx="about", percent=53.8,
      subject="diện tích kiến nghị đưa ra khỏi quy hoạch"),
    F("xử lý 9 vụ", "9", 9, "count", "vụ",
      subject="vụ khai thác cát titan trái phép bị phát hiện, xử lý", period=YTD, location=NP),
    F("245 triệu", "245", 245000000, "money", "đồng", subject="tiền phạt", period=YTD, location=NP),
    F("2 máy xúc", "2", 2, "count", "máy xúc", subject="máy xúc bị tịch thu", period=YTD, location=NP),
    F("hơn 60 tấn", "60", 60, "measure", "tấn", approx="over",
      subject="cát nhiễm quặng bị tịch thu", period=YTD, location=NP),
]

NOTES = [
    "Provincial newspaper online (Báo Ninh Thuận, '(NTO) -' tag): titanium planning zone blocks land use. 'Thứ Sáu, 24/05/2024 | 16:40', byline at the end.",
    "Distractors: time 16:40, 'nhà cấp 4' (house grade), Quyết định số 866/QĐ-TTg, 'quý III' (a period with no figure), '(sau Bình Thuận)'.",
    "'đứng thứ 2 cả nước' is a rank about Ninh Thuận. 'ước khoảng 75 triệu tấn' → estimate, about.",
    "'nhận 214 hồ sơ … nhưng chỉ giải quyết được 37 hồ sơ': no part-of cue (trong đó, trên tổng số, /) → 37 has no total.",
    "'từ năm 2021 đến nay', 'từ đầu năm đến nay' end at the dateline 2024-05-24. Phước Diêm passage → Thuận Nam; enforcement → Ninh Phước.",
    "'khoảng 5.600 ha …, tương đương 53,8%' → percent 53.8. 'ba thế hệ' (generations in a quote) optional.",
]

if __name__ == "__main__":
    write("p1219-8", TEXT, NOTES, FIGS, published="2024-05-24", location="Ninh Thuận")
