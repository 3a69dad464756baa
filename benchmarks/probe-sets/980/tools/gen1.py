"""p980-1: province portal (Thanh Hóa), 6 months 2024 inspection results."""
from lib import F, P, I, C, build

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Thanh Hóa: 6 tháng kiểm định hơn 98 nghìn lượt phương tiện
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.318

Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, các trung tâm đăng kiểm xe cơ giới trên địa bàn tỉnh đã kiểm định 98.425 lượt phương tiện, tăng 12,6% so với cùng kỳ năm 2023, đạt 52,3% kế hoạch năm. Trong đó, ô tô con dưới 9 chỗ 46.780 lượt; ô tô tải, xe đầu kéo 38.112 lượt; ô tô khách 9.650 lượt; còn lại là rơ moóc, sơ mi rơ moóc.

Tỷ lệ phương tiện không đạt ở lần kiểm định đầu là 14,2%, giảm 1,8 điểm phần trăm so với cùng kỳ; lỗi chủ yếu ở hệ thống phanh, đèn chiếu sáng và khí thải. Tổng phí kiểm định và lệ phí cấp giấy chứng nhận ước đạt 37,6 tỷ đồng.

Hiện toàn tỉnh có 9 trung tâm đăng kiểm với 21 dây chuyền kiểm định và 74 đăng kiểm viên; trong đó có 3 trung tâm do doanh nghiệp đầu tư theo Nghị định số 139/2018/NĐ-CP. Các trung tâm có lượng xe lớn nhất là Trung tâm 36-01S (21.540 lượt) và Trung tâm 36-03D (17.905 lượt), đều nằm trên Quốc lộ 1A. Bình quân mỗi dây chuyền kiểm định 55-60 xe/ngày, thời gian kiểm định một xe khoảng 40 phút.

Tính đến ngày 30/6/2024, có 28.960 lượt chủ xe đặt lịch kiểm định qua ứng dụng, chiếm 29,4% tổng số lượt.

Năm 2024, Sở đặt mục tiêu kiểm định khoảng 188.000 lượt phương tiện và đưa thêm 2 dây chuyền vào hoạt động tại thị xã Nghi Sơn.

Thực hiện: Phòng Quản lý vận tải, phương tiện và người lái - Sở GTVT
"""

H1 = P("6 tháng", "2024-01-01", "2024-06-30")
S1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 98 nghìn lượt", "98", 98000, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm định", approx="over", period=H1),
    F("kiểm định 98.425 lượt", "98.425", 98425, "count", "lượt phương tiện",
      "lượt phương tiện được kiểm định", percent=52.3,
      change=C("increase", 12.6, "%", "cùng kỳ năm 2023"), period=S1),
    F("ô tô con dưới 9 chỗ", "9", 9, "count", "chỗ", approx="under", optional=True),
    F("chỗ 46.780 lượt", "46.780", 46780, "count", "lượt",
      "lượt ô tô con dưới 9 chỗ được kiểm định", total=98425, period=I(S1)),
    F("xe đầu kéo 38.112 lượt", "38.112", 38112, "count", "lượt",
      "lượt ô tô tải, xe đầu kéo được kiểm định", total=98425, period=I(S1)),
    F("ô tô khách 9.650 lượt", "9.650", 9650, "count", "lượt",
      "lượt ô tô khách được kiểm định", total=98425, period=I(S1)),
    F("lần kiểm định đầu là 14,2%", "14,2", 14.2, "percent", "%",
      "tỷ lệ phương tiện không đạt ở lần kiểm định đầu",
      change=C("decrease", 1.8, "điểm phần trăm", "cùng kỳ"), period=I(S1)),
    F("ước đạt 37,6 tỷ đồng", "37,6", 37.6e9, "money", "đồng",
      "tổng phí kiểm định và lệ phí cấp giấy chứng nhận", status="estimate", period=I(S1)),
    F("có 9 trung tâm đăng kiểm", "9", 9, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm"),
    F("với 21 dây chuyền", "21", 21, "count", "dây chuyền kiểm định", "dây chuyền kiểm định"),
    F("và 74 đăng kiểm viên", "74", 74, "count", "đăng kiểm viên", "đăng kiểm viên"),
    F("có 3 trung tâm do doanh nghiệp", "3", 3, "count", "trung tâm",
      "trung tâm do doanh nghiệp đầu tư", total=9),
    F("36-01S (21.540 lượt)", "21.540", 21540, "count", "lượt",
      "lượng xe kiểm định của Trung tâm 36-01S", period=I(S1)),
    F("36-03D (17.905 lượt)", "17.905", 17905, "count", "lượt",
      "lượng xe kiểm định của Trung tâm 36-03D", period=I(S1)),
    F("kiểm định 55-60 xe/ngày", "55", 55, "measure", "xe/ngày",
      "xe kiểm định bình quân mỗi dây chuyền", value_max=60),
    F("khoảng 40 phút", "40", 40, "measure", "phút", "thời gian kiểm định một xe", approx="about"),
    F("có 28.960 lượt chủ xe", "28.960", 28960, "count", "lượt chủ xe",
      "lượt chủ xe đặt lịch kiểm định qua ứng dụng", percent=29.4, period=ASOF),
    F("khoảng 188.000 lượt", "188.000", 188000, "count", "lượt phương tiện",
      "lượt phương tiện kiểm định", approx="about", status="target", period=Y24),
    F("thêm 2 dây chuyền", "2", 2, "count", "dây chuyền", "dây chuyền kiểm định đưa thêm vào hoạt động",
      status="target", period=Y24, location="Nghi Sơn"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: kết quả kiểm định xe cơ giới 6 tháng đầu năm 2024 (headline year-less: 2024 from the dateline).",
    "Not figures: 'Lượt xem: 2.318', dateline time, Nghị định số 139/2018/NĐ-CP, centre codes 36-01S / 36-03D, Quốc lộ 1A.",
    "'dưới 9 chỗ' is a category threshold (optional). The three 'Trong đó' parts take the whole 98.425.",
    "3 trung tâm follows 'trong đó' after 9 trung tâm (same thing): total 9. 2 dây chuyền is located at thị xã Nghi Sơn.",
]

build("p980-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Thanh Hóa")
