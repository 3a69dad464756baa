"""p893-4: Bộ Xây dựng (ministry site) - national picture of workers renting rooms, social housing for workers."""
from lib import F, P, I, C, T, build

TEXT = """
BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Nhà ở và thị trường bất động sản

Phần lớn công nhân khu công nghiệp vẫn phải thuê trọ

Ngày đăng: 05/03/2025 | Lượt xem: 1.204

Theo Bộ Xây dựng, cả nước hiện có 425 khu công nghiệp đang hoạt động với khoảng 4,3 triệu lao động, trong đó khoảng 1,5 triệu công nhân có nhu cầu về nhà ở. Các địa phương có nhiều công nhân thuê trọ nhất là Bình Dương, TP Hồ Chí Minh, Đồng Nai và Bắc Ninh với lần lượt khoảng 620.000, 410.000, 285.000 và 190.000 người.

Kết quả khảo sát của Viện Công nhân và Công đoàn năm 2024 với 3.600 công nhân tại 12 tỉnh, thành phố cho thấy 68,4% công nhân đang ở trọ. Chi phí thuê trọ bình quân 1,42 triệu đồng/người/tháng, chiếm khoảng 16,8% thu nhập, tăng 12,5% so với khảo sát năm 2022; diện tích ở bình quân chỉ 6,5 m2/người. Ở nhóm công nhân có con nhỏ, chi phí nhà ở gấp 1,6 lần nhóm công nhân độc thân.

Về nhà ở xã hội, tính đến hết năm 2024 cả nước có 103 dự án nhà ở cho công nhân khu công nghiệp đã hoàn thành với khoảng 40.500 căn hộ; 78 dự án đang triển khai với 58.320 căn. Theo Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021-2030 (Quyết định số 338/QĐ-TTg ngày 3/4/2023), năm 2025 cả nước phấn đấu hoàn thành khoảng 100.275 căn hộ.

Bộ Xây dựng đề nghị các địa phương dành tối thiểu 20% quỹ đất ở trong các dự án khu công nghiệp cho nhà lưu trú công nhân và sớm ban hành tiêu chí nhà trọ an toàn trước ngày 30/6/2025.

Địa chỉ: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
END24 = P("tính đến hết năm 2024", end="2024-12-31")
GD = P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

SUBJ_LIST = "công nhân thuê trọ"
FIGS = [
    F("có 425 khu công nghiệp", "425", 425, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
    F("khoảng 4,3 triệu lao động", "4,3", 4300000, "count", "lao động", "lao động tại các khu công nghiệp",
      approx="about"),
    F("khoảng 1,5 triệu công nhân", "1,5", 1500000, "count", "công nhân", "công nhân có nhu cầu về nhà ở",
      approx="about", total=4300000),
    F("khoảng 620.000", "620.000", 620000, "count", "người", SUBJ_LIST, approx="about", location="Bình Dương"),
    F("620.000, 410.000", "410.000", 410000, "count", "người", SUBJ_LIST, approx="about",
      location="TP Hồ Chí Minh"),
    F("410.000, 285.000", "285.000", 285000, "count", "người", SUBJ_LIST, approx="about", location="Đồng Nai"),
    F("và 190.000 người", "190.000", 190000, "count", "người", SUBJ_LIST, approx="about", location="Bắc Ninh"),
    F("với 3.600 công nhân", "3.600", 3600, "count", "công nhân", "công nhân được khảo sát", Y24),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát", Y24),
    F("cho thấy 68,4% công nhân", "68,4", 68.4, "percent", "%", "công nhân đang ở trọ", Y24),
    F("bình quân 1,42 triệu", "1,42", 1420000, "money", "đồng/người/tháng", "chi phí thuê trọ bình quân",
      I(Y24), percent=16.8, change=C("increase", 12.5, "%", "khảo sát năm 2022")),
    F("chỉ 6,5 m2/người", "6,5", 6.5, "measure", "m2/người", "diện tích ở bình quân", I(Y24)),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần",
      "chi phí nhà ở của nhóm công nhân có con nhỏ so với nhóm công nhân độc thân", I(Y24)),
    F("có 103 dự án", "103", 103, "count", "dự án", "dự án nhà ở cho công nhân khu công nghiệp đã hoàn thành",
      END24),
    F("khoảng 40.500 căn hộ", "40.500", 40500, "count", "căn hộ", "căn hộ của các dự án đã hoàn thành", END24,
      approx="about"),
    F("78 dự án", "78", 78, "count", "dự án", "dự án nhà ở cho công nhân đang triển khai", END24),
    F("với 58.320 căn", "58.320", 58320, "count", "căn", "căn hộ của các dự án đang triển khai", END24),
    F("ít nhất 1 triệu căn hộ", "1", 1000000, "count", "căn hộ",
      "căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp", GD,
      approx="at_least", status="target", optional=True),
    F("khoảng 100.275 căn hộ", "100.275", 100275, "count", "căn hộ", "căn hộ nhà ở xã hội hoàn thành", Y25,
      approx="about", status="target"),
    F("tối thiểu 20% quỹ đất", "20", 20, "percent", "%",
      "quỹ đất ở trong các dự án khu công nghiệp dành cho nhà lưu trú công nhân", approx="at_least",
      status="target", optional=True),
]

NOTES = [
    "Bộ Xây dựng: công nhân KCN thuê trọ, khảo sát Viện Công nhân và Công đoàn năm 2024, nhà ở xã hội cho công nhân. National: Việt Nam.",
    "'lần lượt khoảng 620.000, 410.000, 285.000 và 190.000 người': the 'khoảng' and the indicator are shared by every item; provinces are locations.",
    "'trong đó khoảng 1,5 triệu công nhân' follows the 4,3 triệu lao động (same people): total 4.300.000.",
    "'chiếm khoảng 16,8% thu nhập' is the share of the 1,42 triệu rent; 'gấp 1,6 lần' stands as its own claim: multiple.",
    "The name of the Đề án ('ít nhất 1 triệu căn hộ … giai đoạn 2021-2030') states its target: status target, optional (it stands inside a programme's name).",
    "Distractors: Lượt xem 1.204, Quyết định số 338/QĐ-TTg ngày 3/4/2023, 'trước ngày 30/6/2025' (a deadline), address 37 Lê Đại Hành, phone.",
    "'tối thiểu 20% quỹ đất' is a norm requested of the provinces: target, optional; no period (the deadline is a date, not the figure's period).",
]

build("p893-4", TEXT, FIGS, NOTES, published="2025-03-05", location="Việt Nam")
