"""p843-2: Minh Hóa district portal (Quảng Bình), handover of cleared land in border communes."""
from lib import F, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MINH HÓA
Trang chủ / Tin tức - Sự kiện / Quốc phòng - An ninh
Ngày đăng: 18/05/2023

Bàn giao hơn 268 ha đất sạch bom mìn cho người dân vùng biên giới

Sáng 17/5, tại xã Dân Hóa, Ban Quản lý dự án khắc phục hậu quả bom mìn huyện phối hợp với Tổ chức Cố vấn bom mìn (MAG) tổ chức lễ bàn giao đất sau rà phá cho các địa phương. Đây là lần thứ 2 dự án bàn giao đất sạch tại huyện.

Từ tháng 4/2022 đến tháng 4/2023, dự án đã khảo sát 21 thôn, bản thuộc 6 xã, xác định 37 khu vực nghi ô nhiễm với tổng diện tích 412 ha. Các đội rà phá đã làm sạch 268,7 ha, đạt 104% kế hoạch; phát hiện, tiêu hủy 1.356 quả bom, mìn, vật nổ, trong đó có 3 quả bom từ 250 kg trở lên nằm gần Quốc lộ 12A.

Toàn bộ diện tích sau rà phá được bàn giao cho 312 hộ dân để trồng rừng, làm nương rẫy, trong đó 187 hộ là đồng bào dân tộc thiểu số. Cùng với rà phá, dự án tổ chức 46 buổi tuyên truyền phòng tránh tai nạn bom mìn cho gần 3.200 lượt người, học sinh chiếm khoảng 40%.

Theo thống kê của Phòng Lao động - Thương binh và Xã hội, toàn huyện có 218 nạn nhân bom mìn còn sống, trong đó 64 người bị khuyết tật nặng. Năm 2022, huyện đã trao 25 suất quà cho nạn nhân có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng; số nạn nhân được vay vốn sản xuất là 19 người, tăng 7 người so với năm 2021.

Năm 2023, dự án phấn đấu rà phá thêm 300 ha tại xã Hóa Sơn và xã Dân Hóa, tổng kinh phí dự kiến khoảng 9,5 tỷ đồng theo Kế hoạch số 56/KH-UBND của UBND huyện.

Đinh Thị Hoa - Phòng Văn hóa và Thông tin huyện
"""

PROJ = period("Từ tháng 4/2022 đến tháng 4/2023", "2022-04-01", "2023-04-30")
Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Bàn giao hơn 268 ha", "268", "measure", "ha", "diện tích đất sạch bom mìn bàn giao cho người dân",
      approx="over"),
    F("khảo sát 21 thôn", "21", "count", "thôn, bản", "thôn, bản được khảo sát", PROJ),
    F("thuộc 6 xã", "6", "count", "xã", "xã có thôn, bản được khảo sát", PROJ),
    F("xác định 37 khu vực", "37", "count", "khu vực", "khu vực nghi ô nhiễm bom mìn", PROJ),
    F("diện tích 412 ha", "412", "measure", "ha", "tổng diện tích khu vực nghi ô nhiễm", PROJ),
    F("làm sạch 268,7 ha", "268,7", "measure", "ha", "diện tích rà phá làm sạch", inherit(PROJ), percent=104),
    F("tiêu hủy 1.356 quả", "1.356", "count", "quả", "bom, mìn, vật nổ được phát hiện, tiêu hủy", inherit(PROJ)),
    F("có 3 quả bom", "3", "count", "quả", "bom từ 250 kg trở lên", inherit(PROJ), total=1356),
    F("từ 250 kg trở lên", "250", "measure", "kg", "trọng lượng bom", approx="at_least", optional=True),
    F("cho 312 hộ dân", "312", "count", "hộ", "hộ dân được bàn giao đất sau rà phá", inherit(PROJ)),
    F("trong đó 187 hộ", "187", "count", "hộ", "hộ đồng bào dân tộc thiểu số được bàn giao đất", inherit(PROJ),
      total=312),
    F("tổ chức 46 buổi", "46", "count", "buổi", "buổi tuyên truyền phòng tránh tai nạn bom mìn", inherit(PROJ)),
    F("gần 3.200 lượt người", "3.200", "count", "lượt người", "lượt người được tuyên truyền", inherit(PROJ),
      approx="nearly"),
    F("chiếm khoảng 40%", "40", "percent", "%", "tỷ lệ học sinh trong số lượt người được tuyên truyền",
      inherit(PROJ), approx="about"),
    F("có 218 nạn nhân", "218", "count", "nạn nhân", "nạn nhân bom mìn còn sống"),
    F("trong đó 64 người", "64", "count", "người", "nạn nhân bị khuyết tật nặng", total=218),
    F("trao 25 suất quà", "25", "count", "suất quà", "suất quà trao cho nạn nhân có hoàn cảnh khó khăn", Y22),
    F("mỗi suất 1 triệu đồng", "1", "money", "đồng/suất", "giá trị mỗi suất quà", Y22),
    F("là 19 người", "19", "count", "người", "nạn nhân được vay vốn sản xuất", Y22,
      change=change("increase", 7, "người", "năm 2021")),
    F("thêm 300 ha", "300", "measure", "ha", "diện tích rà phá bom mìn", Y23, status="target"),
    F("khoảng 9,5 tỷ đồng", "9,5", "money", "đồng", "tổng kinh phí rà phá", Y23, approx="about",
      status="forecast"),
]

NOTES = [
    "Minh Hóa district portal (Quảng Bình): land handover after clearance by a MAG project, victims, risk education.",
    "District portal: location Minh Hóa (the communes lie in it). Headline 'hơn 268 ha' has no period phrase.",
    "Project period 'Từ tháng 4/2022 đến tháng 4/2023' scored in its own sentence, inherited by the following ones.",
    "'bom từ 250 kg trở lên' is a category threshold (optional). 'học sinh chiếm khoảng 40%' is a share of the 3.200",
    "lượt người (a percent figure of its own, not an attribute of the count it follows).",
    "Distractors: Ngày đăng, 'Sáng 17/5', 'lần thứ 2', Quốc lộ 12A, Kế hoạch số 56/KH-UBND.",
]

if __name__ == "__main__":
    write("p843-2", TEXT, FIGS, published="2023-05-18", location="Minh Hóa", notes=NOTES)
