from lib import F, P, I, C, T, build

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ / Tin tức / Thanh tra, kiểm tra
05/02/2024 15:30

Kiểm tra an toàn thực phẩm bánh chưng, bánh tét dịp Tết Giáp Thìn 2024

Thực hiện Kế hoạch số 1621/KH-BCĐTW ngày 08/12/2023 của Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm, từ ngày 15/12/2023 đến ngày 31/01/2024, các địa phương trên cả nước đã thành lập 6.482 đoàn kiểm tra an toàn thực phẩm dịp Tết, tập trung vào cơ sở sản xuất bánh chưng, bánh tét, bánh giầy và các làng nghề làm bánh truyền thống.

Các đoàn đã kiểm tra 12.736 cơ sở sản xuất, kinh doanh bánh truyền thống, phát hiện 1.054 cơ sở vi phạm, chiếm 8,3%; xử phạt 512 cơ sở với tổng số tiền hơn 1,9 tỷ đồng. Các đoàn lấy 3.215 mẫu bánh và nguyên liệu (lá dong, gạo nếp, đỗ xanh, thịt) để xét nghiệm nhanh, trong đó 97 mẫu không đạt, chủ yếu dương tính với hàn the và phẩm màu ngoài danh mục.

Một số địa phương có nhiều cơ sở vi phạm là Hà Nội (86 cơ sở), TP Hồ Chí Minh (74 cơ sở), Nghệ An (41 cơ sở) và Thanh Hóa (38 cơ sở). So với dịp Tết Quý Mão 2023, số cơ sở vi phạm giảm 12,4%, số tiền phạt tăng 7,1%.

Cục An toàn thực phẩm khuyến cáo người tiêu dùng chọn mua bánh tại cơ sở có giấy chứng nhận đủ điều kiện; bánh đã luộc chỉ nên bảo quản ở nhiệt độ thường không quá 3 ngày, trong ngăn mát tủ lạnh (từ 0 đến 5 độ C) không quá 10 ngày.

Dự kiến trong tháng 2/2024, Bộ Y tế tiếp tục tổ chức 5 đoàn kiểm tra liên ngành tại 10 tỉnh, thành phố trọng điểm.

Cục An toàn thực phẩm - 138A Giảng Võ, Ba Đình, Hà Nội
Điện thoại: 024.3846.4489 | Lượt truy cập: 3.572.104
"""

KT = P("từ ngày 15/12/2023 đến ngày 31/01/2024", "2023-12-15", "2024-01-31")
T2 = P("trong tháng 2/2024", "2024-02-01", "2024-02-29")
VP = "cơ sở vi phạm an toàn thực phẩm bánh truyền thống"

FIGS = [
    F("thành lập 6.482 đoàn", "6.482", 6482, "count", "đoàn", "đoàn kiểm tra an toàn thực phẩm dịp Tết", KT),
    F("kiểm tra 12.736 cơ sở", "12.736", 12736, "count", "cơ sở", "cơ sở sản xuất, kinh doanh bánh truyền thống được kiểm tra", I(KT)),
    F("phát hiện 1.054 cơ sở", "1.054", 1054, "count", "cơ sở", "cơ sở vi phạm", I(KT), percent=8.3),
    F("xử phạt 512 cơ sở", "512", 512, "count", "cơ sở", "cơ sở bị xử phạt", I(KT)),
    F("hơn 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "tiền phạt", I(KT), approx="over"),
    F("lấy 3.215 mẫu", "3.215", 3215, "count", "mẫu", "mẫu bánh và nguyên liệu xét nghiệm nhanh", I(KT)),
    F("trong đó 97 mẫu", "97", 97, "count", "mẫu", "mẫu không đạt", I(KT), total=3215),
    F("Hà Nội (86 cơ sở)", "86", 86, "count", "cơ sở", VP, I(KT), location="Hà Nội"),
    F("TP Hồ Chí Minh (74 cơ sở)", "74", 74, "count", "cơ sở", VP, I(KT), location="Hồ Chí Minh"),
    F("Nghệ An (41 cơ sở)", "41", 41, "count", "cơ sở", VP, I(KT), location="Nghệ An"),
    F("Thanh Hóa (38 cơ sở)", "38", 38, "count", "cơ sở", VP, I(KT), location="Thanh Hóa"),
    F("vi phạm giảm 12,4%", "12,4", 12.4, "percent", "%", "số cơ sở vi phạm", I(KT)),
    F("phạt tăng 7,1%", "7,1", 7.1, "percent", "%", "số tiền phạt", I(KT)),
    F("không quá 3 ngày", "3", 3, "measure", "ngày", "thời gian bảo quản bánh ở nhiệt độ thường", approx="at_most", optional=True),
    F("từ 0 đến 5 độ C", "0", 0, "measure", "độ C", "nhiệt độ ngăn mát tủ lạnh", value_max=5, optional=True),
    F("không quá 10 ngày", "10", 10, "measure", "ngày", "thời gian bảo quản bánh trong ngăn mát tủ lạnh", approx="at_most", optional=True),
    F("tổ chức 5 đoàn", "5", 5, "count", "đoàn", "đoàn kiểm tra liên ngành của Bộ Y tế", T2, status="forecast"),
    F("tại 10 tỉnh, thành phố", "10", 10, "count", "tỉnh, thành phố", "tỉnh, thành phố trọng điểm được kiểm tra", T2, status="forecast"),
]

build("p826-4", TEXT, FIGS, published="2024-02-05", location="Việt Nam", comments=[
    "Cục An toàn thực phẩm (Bộ Y tế): national food-safety checks on bánh chưng, bánh tét, bánh giầy before Tết Giáp Thìn 2024.",
    "National figures: Việt Nam; the list of provinces with violating establishments gives each item its province as location and the list's indicator as subject.",
    "The list (86+74+41+38) does not add up to 1.054: no total. '1.054 cơ sở vi phạm, chiếm 8,3%' → percent 8.3 (no part-of cue, so no total).",
    "'giảm 12,4%', 'tăng 7,1%' are growth rates without a base amount: percent figures of their own, no change object.",
    "Storage advice (không quá 3 ngày, 0-5 độ C, không quá 10 ngày) is a guideline, not a fact about the world: optional.",
    "Not figures: Kế hoạch số 1621/KH-BCĐTW ngày 08/12/2023, 'Tết Giáp Thìn 2024', 'Tết Quý Mão 2023' (baseline), 138A Giảng Võ, phone, Lượt truy cập, 15:30.",
])
