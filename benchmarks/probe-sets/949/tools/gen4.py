"""p949-4: Cục Kiểm lâm (Bộ NN&PTNT) site, national cajuput area and forest fires (05/04/2024)."""
from lib import F, period, change, year, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC KIỂM LÂM
Trang chủ » Tin tức » Phòng cháy, chữa cháy rừng
Chủ động phòng cháy rừng tràm vùng Đồng bằng sông Cửu Long
Ngày đăng: 05/04/2024 | Lượt xem: 1.128

Theo Cục Kiểm lâm, cả nước hiện có khoảng 250.000 ha rừng tràm, trong đó vùng Đồng bằng sông Cửu Long có hơn 212.000 ha, chiếm khoảng 85%. Các địa phương có diện tích rừng tràm lớn lần lượt là Long An (47.300 ha), Kiên Giang (36.950 ha), Cà Mau (34.562 ha) và Đồng Tháp (9.870 ha).

Từ đầu năm đến ngày 31/3/2024, cả nước xảy ra 178 vụ cháy rừng, làm thiệt hại 412,5 ha rừng, tăng 37 vụ so với cùng kỳ năm 2023; riêng vùng Đồng bằng sông Cửu Long xảy ra 21 vụ, thiệt hại 58,3 ha, chủ yếu là rừng tràm. Năm 2023, cả nước xảy ra 361 vụ cháy rừng, diện tích thiệt hại 1.094 ha, số vụ giảm 18,4% so với năm 2022.

Dự báo trong tháng 4/2024, khoảng 120.000 ha rừng tràm ở vùng Đồng bằng sông Cửu Long có nguy cơ cháy ở cấp V. Hệ thống cảnh báo cháy rừng của Cục Kiểm lâm hiện cập nhật điểm cháy từ ảnh vệ tinh 4 lần/ngày; từ đầu mùa khô đã phát hiện 1.418 điểm nghi cháy, gửi cảnh báo tới các địa phương.

Tại phiên họp thứ hai của Ban Chỉ đạo, thực hiện Chỉ thị số 1410/CT-BNN-TCLN ngày 23/2/2024 của Bộ trưởng Bộ NN&PTNT, Cục Kiểm lâm đã thành lập 3 đoàn công tác kiểm tra tại 6 tỉnh có rừng tràm lớn. Bộ đặt mục tiêu giai đoạn 2021-2025 giảm ít nhất 30% diện tích rừng bị cháy so với giai đoạn 2016-2020, tỷ lệ che phủ rừng toàn quốc duy trì ổn định ở mức 42%.

Cục Kiểm lâm, số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5676.
"""

Q = period("Từ đầu năm đến ngày 31/3/2024", "2024-01-01", "2024-03-31")
REG = "Đồng bằng sông Cửu Long"
AREA = "diện tích rừng tràm"
G = period("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("khoảng 250.000 ha", "250.000", 250000, "measure", "ha", approx="about", subject=AREA),
    F("hơn 212.000 ha", "212.000", 212000, "measure", "ha", approx="over", total=250000, percent=85,
      subject=AREA, location=REG),
    F("Long An (47.300 ha)", "47.300", 47300, "measure", "ha", subject=AREA, location="Long An"),
    F("Kiên Giang (36.950 ha)", "36.950", 36950, "measure", "ha", subject=AREA, location="Kiên Giang"),
    F("Cà Mau (34.562 ha)", "34.562", 34562, "measure", "ha", subject=AREA, location="Cà Mau"),
    F("Đồng Tháp (9.870 ha)", "9.870", 9870, "measure", "ha", subject=AREA, location="Đồng Tháp"),
    F("xảy ra 178 vụ", "178", 178, "count", "vụ", change=change("increase", 37, "vụ", "cùng kỳ năm 2023"),
      subject="vụ cháy rừng", period=Q),
    F("thiệt hại 412,5 ha", "412,5", 412.5, "measure", "ha", subject="diện tích rừng bị thiệt hại do cháy",
      period=Q),
    F("xảy ra 21 vụ", "21", 21, "count", "vụ", total=178, subject="vụ cháy rừng", period=Q, location=REG),
    F("thiệt hại 58,3 ha", "58,3", 58.3, "measure", "ha", total=412.5,
      subject="diện tích rừng bị thiệt hại do cháy", period=Q, location=REG),
    F("xảy ra 361 vụ", "361", 361, "count", "vụ", change=change("decrease", 18.4, "%", "năm 2022"),
      subject="vụ cháy rừng", period=year(2023, "Năm 2023")),
    F("thiệt hại 1.094 ha", "1.094", 1094, "measure", "ha", subject="diện tích rừng bị thiệt hại do cháy",
      period=year(2023, "Năm 2023")),
    F("khoảng 120.000 ha", "120.000", 120000, "measure", "ha", approx="about", status="forecast",
      subject="diện tích rừng tràm có nguy cơ cháy ở cấp V",
      period=period("tháng 4/2024", "2024-04-01", "2024-04-30"), location=REG),
    F("4 lần/ngày", "4", 4, "measure", "lần/ngày", subject="tần suất cập nhật điểm cháy từ ảnh vệ tinh"),
    F("phát hiện 1.418 điểm", "1.418", 1418, "count", "điểm nghi cháy", subject="điểm nghi cháy phát hiện"),
    F("thành lập 3 đoàn", "3", 3, "count", "đoàn công tác", subject="đoàn công tác kiểm tra"),
    F("tại 6 tỉnh", "6", 6, "count", "tỉnh", subject="tỉnh có rừng tràm lớn được kiểm tra"),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="giảm diện tích rừng bị cháy so với giai đoạn 2016-2020", period=G),
    F("ở mức 42%", "42", 42, "percent", "%", status="target", subject="tỷ lệ che phủ rừng toàn quốc", period=G),
]

NOTES = [
    "Cục Kiểm lâm (Bộ NN&PTNT): diện tích rừng tràm cả nước và ĐBSCL, cháy rừng quý I/2024 và năm 2023, cảnh báo, mục tiêu 2021-2025.",
    "Distractors: 'Ngày đăng: 05/04/2024', 'Lượt xem: 1.128', 'cấp V', 'phiên họp thứ hai' (ordinal), 'Chỉ thị số 1410/CT-BNN-TCLN',",
    "'23/2/2024', 'giai đoạn 2016-2020' (baseline), address 'số 2 Ngọc Hà', phone '024.3733.5676'.",
    "Location: national figures Việt Nam; figures of the Mekong region carry the region's name 'Đồng bằng sông Cửu Long' (the text names",
    "that place; it is neither a province nor the country); the ranked province list gives each item its province (no total: it does not add up).",
    "'riêng vùng ĐBSCL xảy ra 21 vụ, thiệt hại 58,3 ha' states a part of the national count of the same period: totals 178 and 412,5.",
    "'tăng 37 vụ' (unit vụ) and 'số vụ giảm 18,4%' belong to the counts of fires, across the area clause in between.",
    "'từ đầu mùa khô' gives no period (start not stated); 'hiện' gives none.",
    "The 2021-2025 target sentence continues into '42%': status target, period giai đoạn 2021-2025 for both.",
]

write("p949-4", TEXT, NOTES, FIGS, published="2024-04-05", location="Việt Nam")
