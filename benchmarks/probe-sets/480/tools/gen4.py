"""p480-4: Bộ Y tế ministry site, national blood collection 2023 and H1/2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của Bộ

Năm 2023, cả nước tiếp nhận gần 1,8 triệu đơn vị máu

Ngày đăng: 14/06/2024 | Lượt xem: 3.256

Nhân Ngày Quốc tế người hiến máu 14/6, Cục Quản lý Khám, chữa bệnh (Bộ Y tế) cho biết năm 2023 cả nước đã tiếp nhận 1.796.512 đơn vị máu, tăng 4,6% so với năm 2022; trong đó 1.757.089 đơn vị từ người hiến máu tình nguyện, chiếm 97,8%. Số người hiến máu tương đương khoảng 1,6% dân số.

Hiện cả nước có 4 trung tâm truyền máu khu vực đặt tại Hà Nội, Huế, TP Hồ Chí Minh và Cần Thơ, cùng 142 ngân hàng máu tại các bệnh viện. Riêng Viện Huyết học - Truyền máu Trung ương tiếp nhận 476.300 đơn vị, chiếm 26,5% lượng máu cả nước.

Các địa phương có tỷ lệ người dân hiến máu cao là Hà Nội (3,1%), Đà Nẵng (2,7%), Thừa Thiên Huế (2,5%) và TP Hồ Chí Minh (2,2%); thấp nhất là Lai Châu với 0,38%.

6 tháng đầu năm 2024, cả nước tiếp nhận khoảng 905.000 đơn vị máu, đạt 48% kế hoạch năm. Tuy vậy, tình trạng thiếu máu cục bộ vẫn xảy ra vào dịp Tết và mùa hè, có thời điểm lượng máu dự trữ chỉ đáp ứng dưới 50% nhu cầu điều trị.

Theo Kế hoạch số 1156/KH-BYT, đến năm 2025 cả nước phấn đấu tiếp nhận 2,2 triệu đơn vị máu/năm, tỷ lệ người hiến máu đạt 2% dân số; đến năm 2030 đạt 2,5% dân số.

Mọi thông tin về hiến máu tình nguyện, người dân liên hệ đường dây nóng 1900 9095 hoặc số 14 Trần Thánh Tông, quận Hai Bà Trưng, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("gần 1,8 triệu", "1,8", 1800000, "count", "đơn vị máu", "đơn vị máu cả nước tiếp nhận", Y23, approx="nearly"),
    F("tiếp nhận 1.796.512 đơn vị máu", "1.796.512", 1796512, "count", "đơn vị máu", "đơn vị máu cả nước đã tiếp nhận",
      Y23, change=CH("increase", 4.6, "%", "năm 2022")),
    F("1.757.089 đơn vị", "1.757.089", 1757089, "count", "đơn vị", "đơn vị máu từ người hiến máu tình nguyện", Y23,
      total=1796512, percent=97.8),
    F("khoảng 1,6% dân số", "1,6", 1.6, "percent", "%", "người hiến máu so với dân số", INH(Y23), approx="about"),
    F("có 4 trung tâm", "4", 4, "count", "trung tâm truyền máu khu vực", "trung tâm truyền máu khu vực"),
    F("142 ngân hàng máu", "142", 142, "count", "ngân hàng máu", "ngân hàng máu tại các bệnh viện"),
    F("tiếp nhận 476.300 đơn vị", "476.300", 476300, "count", "đơn vị",
      "đơn vị máu Viện Huyết học - Truyền máu Trung ương tiếp nhận", INH(Y23), percent=26.5),
    F("Hà Nội (3,1%)", "3,1", 3.1, "percent", "%", "tỷ lệ người dân hiến máu", INH(Y23), location="Hà Nội"),
    F("Đà Nẵng (2,7%)", "2,7", 2.7, "percent", "%", "tỷ lệ người dân hiến máu", INH(Y23), location="Đà Nẵng"),
    F("Huế (2,5%)", "2,5", 2.5, "percent", "%", "tỷ lệ người dân hiến máu", INH(Y23), location="Thừa Thiên Huế"),
    F("Minh (2,2%)", "2,2", 2.2, "percent", "%", "tỷ lệ người dân hiến máu", INH(Y23), location="Hồ Chí Minh"),
    F("với 0,38%", "0,38", 0.38, "percent", "%", "tỷ lệ người dân hiến máu", INH(Y23), location="Lai Châu"),
    F("khoảng 905.000 đơn vị", "905.000", 905000, "count", "đơn vị máu", "đơn vị máu cả nước tiếp nhận", H1,
      approx="about", percent=48),
    F("dưới 50% nhu cầu", "50", 50, "percent", "%", "lượng máu dự trữ đáp ứng nhu cầu điều trị", approx="under"),
    F("2,2 triệu đơn vị", "2,2", 2200000, "measure", "đơn vị máu/năm", "đơn vị máu cả nước tiếp nhận", T25,
      status="target"),
    F("đạt 2% dân số", "2", 2, "percent", "%", "tỷ lệ người hiến máu", T25, status="target"),
    F("đạt 2,5% dân số", "2,5", 2.5, "percent", "%", "tỷ lệ người hiến máu", T30, status="target"),
]

COMMENTS = [
    "Bộ Y tế portal (Ngày đăng 14/06/2024, Lượt xem 3.256): national blood collection 2023, regional centres, provinces, H1/2024, targets.",
    "Distractors: 'Ngày Quốc tế người hiến máu 14/6', 'Kế hoạch số 1156/KH-BYT', hotline '1900 9095', 'số 14 Trần Thánh Tông', counter.",
    "1.757.089 is a part of 1.796.512 after 'trong đó' and carries its share 97,8%. National figures -> Việt Nam;",
    "provinces in the rate list go to location (TP Hồ Chí Minh -> 'Hồ Chí Minh' after the prefix; Huế item is 'Thừa Thiên Huế').",
    "The four centres' cities are a list after a national count: location stays Việt Nam. The Viện's 476.300 is a national institution's",
    "figure in a national article: Việt Nam. '2,2 triệu đơn vị máu/năm' keeps the rate in the unit. 'Hiện' sentences get no period.",
    "revised after the first run: '2,2 triệu đơn vị máu/năm' was kind count; a figure with a rate unit is a measure (spec, Rates).",
    "'đến năm 2025 ... phấn đấu' governs the next clause too; 'đến năm 2030 đạt 2,5%' is a target of its own.",
]

if __name__ == "__main__":
    emit("p480-4", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Việt Nam")
