"""p1096-4: Bộ Công Thương / Tổng cục QLTT site: surprise inspection of gold shops in TP Hồ Chí Minh (May 2024) + national totals."""
from lib import F, period, inherit, write

TEXT = """BỘ CÔNG THƯƠNG
TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG
Trang chủ / Tin tức / Chống buôn lậu, gian lận thương mại

TP Hồ Chí Minh: Tạm giữ hơn 10.000 sản phẩm vàng trang sức có dấu hiệu vi phạm

Ngày đăng: 28/05/2024 | Lượt xem: 1.045

Thực hiện Công điện số 05/CĐ-TCQLTT ngày 15/5/2024 của Tổng cục Quản lý thị trường, từ ngày 16/5 đến ngày 26/5/2024, Cục Quản lý thị trường TP Hồ Chí Minh đã kiểm tra đột xuất 21 cửa hàng kinh doanh vàng, trong đó có 6 cửa hàng thuộc hệ thống của các doanh nghiệp lớn.

Qua kiểm tra, lực lượng chức năng phát hiện 14/21 cửa hàng có dấu hiệu vi phạm, gồm 9 cửa hàng kinh doanh hàng hóa không rõ nguồn gốc, xuất xứ và 5 cửa hàng không ghi nhãn hoặc ghi nhãn không đầy đủ. Đoàn kiểm tra đã tạm giữ 10.236 sản phẩm vàng trang sức với tổng trọng lượng khoảng 27,4 kg, trị giá ước tính trên 41 tỷ đồng.

Theo Cục Quản lý thị trường TP Hồ Chí Minh, toàn thành phố hiện có khoảng 1.960 doanh nghiệp, hộ kinh doanh vàng, tập trung tại Quận 5 (318 cơ sở), Quận 11 (164 cơ sở) và quận Tân Bình (121 cơ sở).

Trên phạm vi cả nước, từ đầu năm 2024 đến nay, lực lượng Quản lý thị trường đã kiểm tra 1.042 vụ việc liên quan đến kinh doanh vàng, xử lý 312 vụ vi phạm, thu nộp ngân sách nhà nước hơn 9,6 tỷ đồng. Số vụ vi phạm tăng 46% so với cùng kỳ năm 2023.

Tổng cục trưởng yêu cầu các Cục Quản lý thị trường địa phương tăng cường kiểm tra; dự kiến trong tháng 6/2024, Tổng cục sẽ thành lập 5 đoàn kiểm tra liên ngành tại các địa phương trọng điểm.

TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG
Địa chỉ: Số 91 Đinh Tiên Hoàng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3936.6012
"""

NOTES = [
    "Bộ Công Thương, Tổng cục QLTT site: kiểm tra đột xuất cửa hàng vàng tại TP Hồ Chí Minh 16-26/5/2024 and national totals since 1/1/2024.",
    "Distractors: Công điện số 05/CĐ-TCQLTT, Lượt xem 1.045, 'Quận 5', 'Quận 11' (district names), address Số 91 Đinh Tiên Hoàng, phone.",
    "'14/21 cửa hàng' total 21; the parts after 'gồm' (9 + 5) take 14. National figures (cả nước) are Việt Nam.",
    "'Số vụ vi phạm tăng 46% …' stands alone: a percent figure without change. 'hiện có khoảng 1.960' has no period ('hiện').",
]

INSP = period("từ ngày 16/5 đến ngày 26/5/2024", "2024-05-16", "2024-05-26")
INH = inherit(INSP)
YTD = period("từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-28")

FIGS = [
    F("hơn 10.000 sản phẩm", "10.000", 10000, "count", "sản phẩm", "sản phẩm vàng trang sức có dấu hiệu vi phạm bị tạm giữ",
      approx="over"),
    F("đột xuất 21 cửa hàng", "21", 21, "count", "cửa hàng", "cửa hàng kinh doanh vàng được kiểm tra đột xuất", INSP),
    F("có 6 cửa hàng", "6", 6, "count", "cửa hàng", "cửa hàng thuộc hệ thống của các doanh nghiệp lớn", INSP, total=21),
    F("phát hiện 14/21 cửa hàng", "14", 14, "count", "cửa hàng", "cửa hàng có dấu hiệu vi phạm", INH, total=21),
    F("gồm 9 cửa hàng", "9", 9, "count", "cửa hàng", "cửa hàng kinh doanh hàng hóa không rõ nguồn gốc, xuất xứ", INH, total=14),
    F("và 5 cửa hàng", "5", 5, "count", "cửa hàng", "cửa hàng không ghi nhãn hoặc ghi nhãn không đầy đủ", INH, total=14),
    F("tạm giữ 10.236 sản phẩm", "10.236", 10236, "count", "sản phẩm", "sản phẩm vàng trang sức bị tạm giữ", INH),
    F("khoảng 27,4 kg", "27,4", 27.4, "measure", "kg", "tổng trọng lượng sản phẩm tạm giữ", INH, approx="about"),
    F("trên 41 tỷ đồng", "41", 41e9, "money", "đồng", "trị giá sản phẩm tạm giữ", INH, approx="over", status="estimate"),
    F("khoảng 1.960 doanh nghiệp", "1.960", 1960, "count", "doanh nghiệp, hộ kinh doanh",
      "doanh nghiệp, hộ kinh doanh vàng", approx="about"),
    F("Quận 5 (318 cơ sở)", "318", 318, "count", "cơ sở", "cơ sở kinh doanh vàng", location="Quận 5"),
    F("Quận 11 (164 cơ sở)", "164", 164, "count", "cơ sở", "cơ sở kinh doanh vàng", location="Quận 11"),
    F("Tân Bình (121 cơ sở)", "121", 121, "count", "cơ sở", "cơ sở kinh doanh vàng", location="Tân Bình"),
    F("kiểm tra 1.042 vụ việc", "1.042", 1042, "count", "vụ việc", "vụ việc liên quan đến kinh doanh vàng được kiểm tra", YTD,
      location="Việt Nam"),
    F("xử lý 312 vụ", "312", 312, "count", "vụ", "vụ vi phạm được xử lý", YTD, location="Việt Nam"),
    F("hơn 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "thu nộp ngân sách nhà nước", YTD, approx="over", location="Việt Nam"),
    F("tăng 46%", "46", 46, "percent", "%", "tăng số vụ vi phạm", inherit(YTD), location="Việt Nam"),
    F("thành lập 5 đoàn", "5", 5, "count", "đoàn", "đoàn kiểm tra liên ngành", period("tháng 6/2024", "2024-06-01", "2024-06-30"),
      status="forecast", location="Việt Nam"),
]

write("p1096-4", TEXT, NOTES, FIGS, published="2024-05-28", location="TP Hồ Chí Minh")
