"""p571-4: Ministry of Justice portal, judicial record certificates (lý lịch tư pháp) 2023, VNeID pilot."""
import sys
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ BỘ TƯ PHÁP
Trang chủ > Tin tức > Hoạt động của Bộ

Năm 2023, cả nước cấp hơn 1,6 triệu Phiếu lý lịch tư pháp

Ngày đăng: 22/01/2024 10:30 | Lượt xem: 3.057

Theo báo cáo tổng kết của Trung tâm Lý lịch tư pháp quốc gia, năm 2023, Trung tâm và Sở Tư pháp các tỉnh, thành phố đã cấp 1.624.518 Phiếu lý lịch tư pháp, tăng 12,4% so với năm 2022; trong đó Trung tâm cấp 65.210 phiếu, Sở Tư pháp các địa phương cấp 1.559.308 phiếu. Phiếu cấp theo yêu cầu của cá nhân chiếm 94,7%, chủ yếu là Phiếu lý lịch tư pháp số 1.

Các địa phương cấp nhiều phiếu nhất là Hà Nội (312.450 phiếu), TP Hồ Chí Minh (286.120 phiếu) và Bình Dương (97.300 phiếu). Đáng chú ý, Bình Dương vươn lên đứng thứ 3, vượt Đồng Nai và Hải Phòng.

Tính đến ngày 15/01/2024, sau hơn 3 tháng thí điểm cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID, đã có 21.563 hồ sơ được tiếp nhận, trong đó Hà Nội 17.902 hồ sơ, Thừa Thiên Huế 3.661 hồ sơ. Thời gian giải quyết bình quân còn khoảng 4 ngày làm việc.

Năm 2024, Bộ Tư pháp đặt mục tiêu ít nhất 30% hồ sơ đề nghị cấp Phiếu lý lịch tư pháp được nộp qua VNeID, tiến tới mở rộng thí điểm ra 63/63 tỉnh, thành phố.

Trung tâm Lý lịch tư pháp quốc gia - Địa chỉ: 58-60 Trần Phú, Ba Đình, Hà Nội. Điện thoại: (024) 6273 9315.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 15/01/2024", None, "2024-01-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1,6 triệu", "1,6", 1.6e6, "count", "Phiếu lý lịch tư pháp", "Phiếu lý lịch tư pháp được cấp", Y23, approx="over"),
    F("cấp 1.624.518 Phiếu", "1.624.518", 1624518, "count", "Phiếu lý lịch tư pháp", "Phiếu lý lịch tư pháp được cấp", y23,
      change=CH("increase", 12.4, baseline="năm 2022")),
    F("cấp 65.210 phiếu", "65.210", 65210, "count", "phiếu", "phiếu do Trung tâm Lý lịch tư pháp quốc gia cấp", y23, total=1624518),
    F("cấp 1.559.308 phiếu", "1.559.308", 1559308, "count", "phiếu", "phiếu do Sở Tư pháp các địa phương cấp", y23, total=1624518),
    F("chiếm 94,7%", "94,7", 94.7, "percent", "%", "phiếu cấp theo yêu cầu của cá nhân", I(y23)),
    F("Hà Nội (312.450 phiếu)", "312.450", 312450, "count", "phiếu", "phiếu lý lịch tư pháp được cấp", I(y23), location="Hà Nội"),
    F("Minh (286.120 phiếu)", "286.120", 286120, "count", "phiếu", "phiếu lý lịch tư pháp được cấp", I(y23),
      location="TP Hồ Chí Minh"),
    F("Bình Dương (97.300 phiếu)", "97.300", 97300, "count", "phiếu", "phiếu lý lịch tư pháp được cấp", I(y23), location="Bình Dương"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "số phiếu lý lịch tư pháp được cấp", I(y23), location="Bình Dương"),
    F("có 21.563 hồ sơ", "21.563", 21563, "count", "hồ sơ", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID", ASOF),
    F("Hà Nội 17.902 hồ sơ", "17.902", 17902, "count", "hồ sơ", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID", ASOF,
      total=21563, location="Hà Nội"),
    F("Huế 3.661 hồ sơ", "3.661", 3661, "count", "hồ sơ", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID", ASOF,
      total=21563, location="Thừa Thiên Huế"),
    F("khoảng 4 ngày", "4", 4, "measure", "ngày làm việc", "thời gian giải quyết bình quân", I(ASOF), approx="about"),
    F("ít nhất 30%", "30", 30, "percent", "%", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp được nộp qua VNeID", Y24,
      approx="at_least", status="target"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố mở rộng thí điểm", Y24, total=63, status="target"),
]

COMMENTS = [
    "Ministry of Justice portal, breadcrumb, 'Ngày đăng: 22/01/2024 10:30 | Lượt xem: 3.057': judicial record certificates issued in 2023, VNeID pilot.",
    "National figures, location Việt Nam; provinces in the list go to location. The pilot total (two provinces) is the ministry's total: Việt Nam.",
    "Not figures: 'Phiếu lý lịch tư pháp số 1' (a form name), 'hơn 3 tháng' (duration locating the pilot), '58-60 Trần Phú' (address, not a range),",
    "phone (024) 6273 9315, Lượt xem 3.057. '63/63 tỉnh, thành phố' continues the 'đặt mục tiêu' clause: target.",
]

ok = emit("p571-4", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Việt Nam")
sys.exit(0 if ok else 1)
