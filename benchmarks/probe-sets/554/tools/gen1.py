"""p554-1: Thái Nguyên province portal, FDI in the first half of 2024, KCN occupancy and workers."""
from lib import *

TEXT = """Cổng thông tin điện tử tỉnh Thái Nguyên
Trang chủ > Tin tức - Sự kiện > Kinh tế - Đầu tư

Thái Nguyên thu hút 412 triệu USD vốn FDI trong 6 tháng đầu năm

Cập nhật: 09/07/2024 14:20

Theo Sở Kế hoạch và Đầu tư, 6 tháng đầu năm 2024, tỉnh đã cấp mới Giấy chứng nhận đăng ký đầu tư cho 14 dự án có vốn đầu tư trực tiếp nước ngoài (FDI) với tổng vốn đăng ký 268,5 triệu USD, tăng 34,2% so với cùng kỳ năm 2023; điều chỉnh tăng vốn cho 9 lượt dự án với số vốn tăng thêm hơn 143 triệu USD. Tính chung, tổng vốn FDI đăng ký cấp mới và tăng thêm đạt khoảng 412 triệu USD, bằng 82% kế hoạch năm.

Trong số 6 quốc gia, vùng lãnh thổ có dự án cấp mới, Hàn Quốc dẫn đầu với 5 dự án, vốn đăng ký 121,3 triệu USD, chiếm 45,2% tổng vốn cấp mới; tiếp đến là Trung Quốc với 4 dự án, 78,6 triệu USD và Nhật Bản với 2 dự án, 35 triệu USD.

Vốn thực hiện của các dự án FDI trong 6 tháng ước đạt 1,12 tỷ USD, tăng 6,8% so với cùng kỳ. Khu vực FDI đóng góp khoảng 96% kim ngạch xuất khẩu của tỉnh.

Tính đến ngày 30/6/2024, tỉnh có 6 khu công nghiệp (KCN) đã thành lập với tổng diện tích 1.985 ha; tỷ lệ lấp đầy bình quân đạt 71,4%, riêng KCN Yên Bình đạt gần 90%. Các doanh nghiệp trong KCN đang sử dụng 132.600 lao động, trong đó lao động nữ chiếm 64,5%.

Năm 2024, tỉnh phấn đấu thu hút từ 500 đến 550 triệu USD vốn FDI; phấn đấu đến năm 2025 tỷ lệ lấp đầy các KCN đạt trên 80%. Tỉnh cũng đang hoàn thiện thủ tục khởi công hạ tầng KCN Phú Bình quy mô 650 ha dọc Quốc lộ 3 mới và KCN Sông Công II giai đoạn 2 theo Quyết định số 1259/QĐ-UBND.

Thông tin chi tiết liên hệ: Trung tâm Xúc tiến đầu tư tỉnh, số 18 đường Nha Trang, TP. Thái Nguyên; điện thoại 0208.3855.291.

Lượt xem: 1.873
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6 = P("trong 6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Thái Nguyên thu hút 412 triệu USD", "412", 412e6, "money", "USD", "vốn FDI thu hút", H1),
    F("cho 14 dự án", "14", 14, "count", "dự án",
      "dự án có vốn đầu tư trực tiếp nước ngoài (FDI) được cấp mới Giấy chứng nhận đăng ký đầu tư", H),
    F("đăng ký 268,5 triệu USD", "268,5", 268.5e6, "money", "USD", "tổng vốn đăng ký cấp mới", H,
      change=CH("increase", 34.2, baseline="cùng kỳ năm 2023")),
    F("cho 9 lượt dự án", "9", 9, "count", "lượt dự án", "lượt dự án điều chỉnh tăng vốn", H),
    F("hơn 143 triệu USD", "143", 143e6, "money", "USD", "số vốn tăng thêm", H, approx="over"),
    F("khoảng 412 triệu USD", "412", 412e6, "money", "USD", "tổng vốn FDI đăng ký cấp mới và tăng thêm", I(H),
      approx="about", percent=82),
    F("Trong số 6 quốc gia", "6", 6, "count", "quốc gia, vùng lãnh thổ",
      "quốc gia, vùng lãnh thổ có dự án cấp mới", I(H)),
    F("dẫn đầu với 5 dự án", "5", 5, "count", "dự án", "dự án cấp mới của Hàn Quốc", I(H)),
    F("vốn đăng ký 121,3 triệu USD", "121,3", 121.3e6, "money", "USD", "vốn đăng ký cấp mới của Hàn Quốc", I(H),
      percent=45.2),
    F("Trung Quốc với 4 dự án", "4", 4, "count", "dự án", "dự án cấp mới của Trung Quốc", I(H)),
    F("78,6 triệu USD", "78,6", 78.6e6, "money", "USD", "vốn đăng ký cấp mới của Trung Quốc", I(H)),
    F("Nhật Bản với 2 dự án", "2", 2, "count", "dự án", "dự án cấp mới của Nhật Bản", I(H)),
    F("2 dự án, 35 triệu USD", "35", 35e6, "money", "USD", "vốn đăng ký cấp mới của Nhật Bản", I(H)),
    F("ước đạt 1,12 tỷ USD", "1,12", 1.12e9, "money", "USD", "vốn thực hiện của các dự án FDI", H6,
      change=CH("increase", 6.8, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 96% kim ngạch", "96", 96, "percent", "%", "khu vực FDI đóng góp kim ngạch xuất khẩu của tỉnh", I(H6),
      approx="about"),
    F("tỉnh có 6 khu công nghiệp", "6", 6, "count", "khu công nghiệp", "khu công nghiệp (KCN) đã thành lập", ASOF),
    F("tổng diện tích 1.985 ha", "1.985", 1985, "measure", "ha", "tổng diện tích khu công nghiệp", ASOF),
    F("bình quân đạt 71,4%", "71,4", 71.4, "percent", "%", "tỷ lệ lấp đầy bình quân", ASOF),
    F("đạt gần 90%", "90", 90, "percent", "%", "tỷ lệ lấp đầy KCN Yên Bình", ASOF, approx="nearly"),
    F("sử dụng 132.600 lao động", "132.600", 132600, "count", "lao động", "lao động doanh nghiệp trong KCN sử dụng", I(ASOF)),
    F("chiếm 64,5%", "64,5", 64.5, "percent", "%", "lao động nữ", I(ASOF)),
    F("từ 500 đến 550 triệu USD", "500", 500e6, "money", "USD", "vốn FDI thu hút", Y24,
      value_max=550e6, status="target"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ lấp đầy các KCN", T25, approx="over", status="target"),
    F("quy mô 650 ha", "650", 650, "measure", "ha", "quy mô KCN Phú Bình"),
]

COMMENTS = [
    "Cổng TTĐT Thái Nguyên: FDI 6 tháng đầu năm 2024 (cấp mới, tăng thêm, đối tác), vốn thực hiện, KCN (lấp đầy, lao động), mục tiêu 2024/2025.",
    "Headline '6 tháng đầu năm' takes 2024 (dateline). Country items: location Thái Nguyên, investor in the subject (h26 convention).",
    "'trong đó lao động nữ chiếm 64,5%' has no count for women: a percent figure of its own, not the share of 132.600.",
    "'riêng KCN Yên Bình đạt gần 90%' is a percent beside a percent: no total. 'phấn đấu đến năm 2025 ... trên 80%' is a target.",
    "KCN Phú Bình 650 ha stands in a sentence of its own with no period or plan cue: actual, no period.",
    "Distractors: Quốc lộ 3, KCN Sông Công II giai đoạn 2, Quyết định số 1259/QĐ-UBND, số 18 đường Nha Trang, 0208.3855.291, Lượt xem: 1.873.",
]

emit("p554-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Thái Nguyên")
