"""p822-1: province portal (Thanh Hóa) - e-invoices from cash registers for household businesses."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
THANH HÓA: HƠN 6.200 HỘ KINH DOANH SỬ DỤNG HÓA ĐƠN ĐIỆN TỬ TỪ MÁY TÍNH TIỀN
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo Cục Thuế tỉnh Thanh Hóa, tính đến ngày 31/7/2024, toàn tỉnh có 6.248 hộ, cá nhân kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 89,3% kế hoạch năm. Trong đó, 5.412 hộ đã phát sinh hóa đơn, chiếm 86,6%.

Trong 7 tháng đầu năm 2024, các hộ kinh doanh đã lập hơn 4,7 triệu hóa đơn với tổng doanh thu ghi nhận khoảng 3.860 tỷ đồng, tăng 27,4% so với cùng kỳ năm 2023. Số thuế giá trị gia tăng và thu nhập cá nhân nộp qua các hóa đơn này đạt 118,6 tỷ đồng.

Hiện ngành Thuế đang quản lý 52.870 hộ kinh doanh, gồm 47.915 hộ nộp thuế theo phương pháp khoán và 4.955 hộ nộp thuế theo phương pháp kê khai. Tổng số thuế khoán lập bộ tháng 7 là 31,2 tỷ đồng, bình quân khoảng 650.000 đồng/hộ/tháng.

Các địa phương có số hộ sử dụng hóa đơn điện tử từ máy tính tiền nhiều nhất lần lượt là TP Thanh Hóa (2.136 hộ), TP Sầm Sơn (874 hộ), thị xã Nghi Sơn (612 hộ) và TP Bỉm Sơn (405 hộ). Riêng lĩnh vực kinh doanh xăng dầu, 100% cửa hàng bán lẻ đã xuất hóa đơn điện tử theo từng lần bán hàng.

Thực hiện Nghị định số 123/2020/NĐ-CP và Thông tư số 78/2021/TT-BTC, ngành Thuế Thanh Hóa phấn đấu đến hết năm 2024 có ít nhất 7.000 hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Ông Lê Văn Tám, Phó Cục trưởng Cục Thuế tỉnh, cho biết trong tháng 9 đơn vị sẽ tổ chức hội nghị đối thoại với hộ kinh doanh lần thứ 3; mọi vướng mắc xin liên hệ đường dây nóng 0237.3852.161.
"""

ASOF = P("tính đến ngày 31/7/2024", end="2024-07-31")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
JUL = P("tháng 7", "2024-07-01", "2024-07-31")
INV = "hộ kinh doanh sử dụng hóa đơn điện tử từ máy tính tiền"

FIGS = [
    F("HƠN 6.200 HỘ KINH DOANH", "6.200", 6200, "count", "hộ kinh doanh", INV, approx="over"),
    F("có 6.248 hộ", "6.248", 6248, "count", "hộ",
      "hộ, cá nhân kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF, percent=89.3),
    F("5.412 hộ", "5.412", 5412, "count", "hộ", "hộ đã phát sinh hóa đơn điện tử", I(ASOF),
      total=6248, percent=86.6),
    F("hơn 4,7 triệu hóa đơn", "4,7", 4.7e6, "count", "hóa đơn", "hóa đơn do hộ kinh doanh lập", M7,
      approx="over"),
    F("khoảng 3.860 tỷ đồng", "3.860", 3.86e12, "money", "đồng", "tổng doanh thu ghi nhận qua hóa đơn", M7,
      approx="about", change=C("increase", 27.4, baseline="cùng kỳ năm 2023")),
    F("đạt 118,6 tỷ đồng", "118,6", 118.6e9, "money", "đồng",
      "số thuế giá trị gia tăng và thu nhập cá nhân nộp qua hóa đơn", I(M7)),
    F("quản lý 52.870 hộ", "52.870", 52870, "count", "hộ kinh doanh", "hộ kinh doanh ngành Thuế đang quản lý"),
    F("gồm 47.915 hộ", "47.915", 47915, "count", "hộ", "hộ nộp thuế theo phương pháp khoán", total=52870),
    F("và 4.955 hộ", "4.955", 4955, "count", "hộ", "hộ nộp thuế theo phương pháp kê khai", total=52870),
    F("là 31,2 tỷ đồng", "31,2", 31.2e9, "money", "đồng", "tổng số thuế khoán lập bộ", JUL),
    F("khoảng 650.000 đồng/hộ/tháng", "650.000", 650000, "money", "đồng/hộ/tháng", "thuế khoán bình quân", JUL,
      approx="about"),
    F("TP Thanh Hóa (2.136 hộ)", "2.136", 2136, "count", "hộ", INV, I(ASOF), location="Thanh Hóa"),
    F("(874 hộ)", "874", 874, "count", "hộ", INV, I(ASOF), location="Sầm Sơn"),
    F("(612 hộ)", "612", 612, "count", "hộ", INV, I(ASOF), location="Nghi Sơn"),
    F("(405 hộ)", "405", 405, "count", "hộ", INV, I(ASOF), location="Bỉm Sơn"),
    F("100% cửa hàng", "100", 100, "percent", "%",
      "cửa hàng bán lẻ xăng dầu xuất hóa đơn điện tử theo từng lần bán hàng"),
    F("ít nhất 7.000 hộ", "7.000", 7000, "count", "hộ kinh doanh",
      "hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
      P("đến hết năm 2024", end="2024-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: hộ kinh doanh dùng hóa đơn điện tử khởi tạo từ máy tính tiền (7 tháng 2024).",
    "Distractors: Lượt xem 2.316, 09:45, Nghị định số 123/2020/NĐ-CP, Thông tư số 78/2021/TT-BTC, Ông Lê Văn Tám,",
    "'tháng 9', 'lần thứ 3', hotline 0237.3852.161. 'đạt 89,3% kế hoạch năm' is the share of 6.248 (percent attribute).",
    "The district list is a ranking (no total). Sentences starting 'Hiện' get no period.",
]

write(1, TEXT, FIGS, NOTES, published="2024-08-14", location="Thanh Hóa")
