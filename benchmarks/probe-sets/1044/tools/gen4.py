"""p1044-4: ministry site (Bộ Xây dựng) — quản lý, sử dụng tạm thời hè phố trên cả nước (2023, tính đến 31/5/2024)."""
from lib import F, build, change, period, inherit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hạ tầng kỹ thuật
Ngày đăng: 05/06/2024 | Lượt xem: 1.127

Quản lý vỉa hè đô thị: 52/63 địa phương đã ban hành quy định cho sử dụng tạm thời

Ngày 4/6, tại Hà Nội, Bộ Xây dựng tổ chức hội nghị trực tuyến sơ kết 3 năm thực hiện Nghị định số 123/2021/NĐ-CP về quản lý, sử dụng tạm thời lòng đường, hè phố.

Theo báo cáo của Cục Hạ tầng kỹ thuật, tính đến ngày 31/5/2024, cả nước đã có 52 tỉnh, thành phố ban hành quy định về quản lý, sử dụng tạm thời một phần hè phố ngoài mục đích giao thông, chiếm 82,5% số địa phương; 11 địa phương còn lại đang hoàn thiện dự thảo. Các đô thị loại đặc biệt và loại I đã cấp phép sử dụng tạm thời vỉa hè cho khoảng 46.500 hộ kinh doanh, với tổng diện tích gần 1,27 triệu m2.

Năm 2023, các địa phương thu phí sử dụng tạm thời hè phố đạt trên 312 tỷ đồng, tăng 26,8% so với năm 2022; trong đó TP Hồ Chí Minh, Hà Nội và Đà Nẵng lần lượt đạt 118 tỷ đồng, 96 tỷ đồng và 21,5 tỷ đồng.

Cũng trong năm 2023, lực lượng chức năng các địa phương đã xử lý khoảng 187.000 trường hợp lấn chiếm lòng đường, vỉa hè để kinh doanh, buôn bán, xử phạt hơn 214 tỷ đồng. Hà Nội là địa phương xử lý nhiều nhất với 52.340 trường hợp, tiếp đến là TP Hồ Chí Minh 48.760 trường hợp và Hải Phòng 9.815 trường hợp.

Theo Nghị định số 100/2019/NĐ-CP, cá nhân bày, bán hàng hóa trên lòng đường, hè phố bị phạt tiền từ 2 đến 3 triệu đồng; tổ chức bị phạt gấp 2 lần mức phạt đối với cá nhân.

Lãnh đạo Bộ Xây dựng đề nghị các địa phương phấn đấu đến năm 2025 có 100% đô thị từ loại III trở lên ban hành quy chế quản lý vỉa hè, bảo đảm dành tối thiểu 1,5 m bề rộng vỉa hè cho người đi bộ.
"""

AS = period("tính đến ngày 31/5/2024", None, "2024-05-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
FEE = "phí sử dụng tạm thời hè phố"
CASES = "trường hợp lấn chiếm lòng đường, vỉa hè để kinh doanh, buôn bán được xử lý"

FIGS = [
    F("52/63 địa phương", "52", 52, "count", "địa phương", "địa phương đã ban hành quy định cho sử dụng tạm thời vỉa hè",
      total=63),
    F("có 52 tỉnh, thành phố", "52", 52, "count", "tỉnh, thành phố",
      "tỉnh, thành phố ban hành quy định về quản lý, sử dụng tạm thời một phần hè phố", AS, percent=82.5),
    F("11 địa phương còn lại", "11", 11, "count", "địa phương", "địa phương đang hoàn thiện dự thảo", AS),
    F("khoảng 46.500 hộ", "46.500", 46500, "count", "hộ kinh doanh", "hộ kinh doanh được cấp phép sử dụng tạm thời vỉa hè",
      inherit(AS), approx="about"),
    F("gần 1,27 triệu m2", "1,27", 1.27e6, "measure", "m2", "tổng diện tích vỉa hè được cấp phép sử dụng tạm thời",
      inherit(AS), approx="nearly"),
    F("trên 312 tỷ đồng", "312", 312e9, "money", "đồng", FEE, Y23, approx="over",
      change=change("increase", 26.8, baseline="năm 2022")),
    F("đạt 118 tỷ đồng", "118", 118e9, "money", "đồng", FEE, Y23, total=312e9, location="TP Hồ Chí Minh"),
    F("96 tỷ đồng", "96", 96e9, "money", "đồng", FEE, Y23, total=312e9, location="Hà Nội"),
    F("21,5 tỷ đồng", "21,5", 21.5e9, "money", "đồng", FEE, Y23, total=312e9, location="Đà Nẵng"),
    F("khoảng 187.000 trường hợp", "187.000", 187000, "count", "trường hợp", CASES, Y23b, approx="about"),
    F("hơn 214 tỷ đồng", "214", 214e9, "money", "đồng", "tiền xử phạt lấn chiếm lòng đường, vỉa hè", Y23b,
      approx="over"),
    F("với 52.340 trường hợp", "52.340", 52340, "count", "trường hợp", CASES, inherit(Y23b), location="Hà Nội"),
    F("48.760 trường hợp", "48.760", 48760, "count", "trường hợp", CASES, inherit(Y23b), location="TP Hồ Chí Minh"),
    F("9.815 trường hợp", "9.815", 9815, "count", "trường hợp", CASES, inherit(Y23b), location="Hải Phòng"),
    F("từ 2 đến 3 triệu đồng", "2", 2e6, "money", "đồng", "mức phạt tiền đối với cá nhân bày, bán hàng hóa trên lòng đường, hè phố",
      value_max=3e6, optional=True),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "mức phạt đối với tổ chức so với cá nhân", optional=True),
    F("có 100% đô thị", "100", 100, "percent", "%", "đô thị từ loại III trở lên ban hành quy chế quản lý vỉa hè", T25,
      status="target"),
    F("tối thiểu 1,5 m", "1,5", 1.5, "measure", "m", "bề rộng vỉa hè dành cho người đi bộ", approx="at_least",
      status="target", optional=True),
]

NOTES = [
    "Cổng TTĐT Bộ Xây dựng: sơ kết Nghị định số 123/2021/NĐ-CP, quản lý, sử dụng tạm thời hè phố trên cả nước.",
    "'Ngày đăng: 05/06/2024' is the dateline; 'Lượt xem: 1.127', 'Ngày 4/6', 'sơ kết 3 năm' (a duration naming the review),",
    "'Nghị định số 100/2019/NĐ-CP', 'loại I', 'loại III' (urban classes) are not figures. National figures: Việt Nam; list items",
    "that are cities (TP Hồ Chí Minh, Hà Nội, Đà Nẵng, Hải Phòng) take the city as location, the list's indicator as subject.",
    "'trong đó … lần lượt đạt 118, 96 và 21,5 tỷ đồng' are parts of the 312 tỷ (total). '11 địa phương còn lại' has no part-of cue.",
    "The decree's fine range and 'gấp 2 lần' (a rule, not a statistic) and the 1,5 m width standard are optional.",
]

build(4, TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
