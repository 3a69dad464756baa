"""p1196-8: provincial newspaper online (Báo Bình Phước, '(BPO) -'), land inside the bauxite planning area."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH PHƯỚC ĐIỆN TỬ
Kinh tế | Thứ Sáu, 23/08/2024 - 09:35

Gần 28.000 ha đất "treo" vì quy hoạch khoáng sản bô-xít

(BPO) - Theo Sở Tài nguyên và Môi trường, tỉnh hiện có khoảng 27.850 ha đất thuộc khu vực quy hoạch thăm dò, khai thác quặng bô-xít, phân bố tại 3 huyện và 1 thị xã. Trong đó, Bù Gia Mập có diện tích lớn nhất với 11.420 ha, tiếp đến là Phú Riềng 8.960 ha, Bù Đăng 5.130 ha và thị xã Phước Long 2.340 ha.

Phần lớn diện tích này đang được người dân trồng cao su, điều và hồ tiêu, với khoảng 6.700 hộ canh tác. Do nằm trong quy hoạch, từ năm 2020 đến nay, 215 dự án đầu tư và 1.340 hồ sơ chuyển mục đích sử dụng đất của người dân bị tạm dừng hoặc chậm giải quyết.

Ông Trần Văn Lâm ở thôn 4, xã Đa Kia (huyện Bù Gia Mập) cho biết, gia đình có 3,5 ha cao su đang cho mủ, mỗi năm thu khoảng 180 triệu đồng. Muốn vay vốn mở rộng sản xuất nhưng ngân hàng chỉ cho vay tối đa 30% giá trị tài sản vì đất nằm trong vùng quy hoạch.

Tại kỳ họp thứ 17 ngày 12/7, HĐND tỉnh đã thông qua nghị quyết đề nghị Trung ương điều chỉnh giảm khoảng 9.500 ha ra khỏi quy hoạch, chiếm 34,1% tổng diện tích. Tỉnh phấn đấu đến hết năm 2025 hoàn thành thăm dò chi tiết 2 khu vực có triển vọng nhất ở Bù Gia Mập và Phú Riềng, với trữ lượng dự kiến từ 120 đến 150 triệu tấn quặng tinh.

Ngọc Bích
"""

SINCE = P("từ năm 2020 đến nay", "2020-01-01", "2024-08-23")
T25 = P("đến hết năm 2025", None, "2025-12-31")
QH = "diện tích đất thuộc khu vực quy hoạch thăm dò, khai thác quặng bô-xít"

FIGS = [
    F("Gần 28.000 ha", "28.000", 28000, "measure", "ha", approx="nearly",
      subject="đất treo vì quy hoạch khoáng sản bô-xít"),
    F("khoảng 27.850 ha", "27.850", 27850, "measure", "ha", approx="about", subject=QH),
    F("tại 3 huyện", "3", 3, "count", "huyện", subject="huyện có đất thuộc khu vực quy hoạch bô-xít"),
    F("và 1 thị xã", "1", 1, "count", "thị xã", subject="thị xã có đất thuộc khu vực quy hoạch bô-xít"),
    F("với 11.420 ha", "11.420", 11420, "measure", "ha", total=27850, subject=QH, location="Bù Gia Mập"),
    F("Phú Riềng 8.960 ha", "8.960", 8960, "measure", "ha", total=27850, subject=QH, location="Phú Riềng"),
    F("Bù Đăng 5.130 ha", "5.130", 5130, "measure", "ha", total=27850, subject=QH, location="Bù Đăng"),
    F("Phước Long 2.340 ha", "2.340", 2340, "measure", "ha", total=27850, subject=QH,
      location="Phước Long"),
    F("khoảng 6.700 hộ", "6.700", 6700, "count", "hộ", approx="about",
      subject="hộ canh tác trên diện tích quy hoạch bô-xít"),
    F("215 dự án", "215", 215, "count", "dự án",
      subject="dự án đầu tư bị tạm dừng hoặc chậm giải quyết", period=SINCE),
    F("1.340 hồ sơ", "1.340", 1340, "count", "hồ sơ",
      subject="hồ sơ chuyển mục đích sử dụng đất bị tạm dừng hoặc chậm giải quyết", period=SINCE),
    F("có 3,5 ha", "3,5", 3.5, "measure", "ha",
      subject="cao su đang cho mủ của gia đình ông Trần Văn Lâm", location="Bù Gia Mập"),
    F("khoảng 180 triệu", "180", 180e6, "money", "đồng/năm", approx="about",
      subject="thu từ cao su mỗi năm của gia đình ông Trần Văn Lâm", location="Bù Gia Mập"),
    F("tối đa 30%", "30", 30, "percent", "%", approx="at_most",
      subject="mức cho vay so với giá trị tài sản", location="Bù Gia Mập"),
    F("khoảng 9.500 ha", "9.500", 9500, "measure", "ha", approx="about", percent=34.1,
      subject="diện tích đề nghị điều chỉnh giảm ra khỏi quy hoạch"),
    F("chi tiết 2 khu vực", "2", 2, "count", "khu vực", status="target",
      subject="khu vực có triển vọng nhất hoàn thành thăm dò chi tiết", period=T25),
    F("từ 120 đến 150 triệu", "120", 120e6, "measure", "tấn", value_max=150e6, status="forecast",
      subject="trữ lượng dự kiến quặng tinh"),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Phước): 'Thứ Sáu, 23/08/2024 - 09:35', tag '(BPO) -', byline at the end.",
    "The body says only 'tỉnh'; the tag BPO and the districts imply Bình Phước (default location).",
    "Parts after 'Trong đó' add up (11.420 + 8.960 + 5.130 + 2.340 = 27.850): total 27.850; each district is its location.",
    "Distractors: time 09:35, 'thôn 4', 'kỳ họp thứ 17', 'ngày 12/7'. The farmer's figures (xã Đa Kia) take his district Bù Gia Mập.",
    "'3 huyện và 1 thị xã' count the places listed next (required: the text states them as a count).",
    "The 9.500 ha of a request is a stated area (actual), share 34,1% of the total → percent attribute; no period.",
    "'Tỉnh phấn đấu đến hết năm 2025 … 2 khu vực' → target; 'trữ lượng dự kiến' → forecast, no period (the deadline is not the reserve's period).",
]

if __name__ == "__main__":
    write("p1196-8", TEXT, NOTES, FIGS, published="2024-08-23", location="Bình Phước")
