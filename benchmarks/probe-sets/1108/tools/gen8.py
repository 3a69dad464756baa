"""p1108-8: provincial newspaper online (Báo Cà Mau, (CMO) tag) - Đầm Dơi bird sanctuary."""
from lib import F, P, I, C, build

TEXT = """Báo Cà Mau điện tử > Du lịch
Sân chim Đầm Dơi đón hơn 9.000 lượt khách
Thứ Hai, 30/12/2024 | 16:05

(CMO) - Năm 2024, Sân chim Đầm Dơi (thị trấn Đầm Dơi, huyện Đầm Dơi) đón hơn 9.000 lượt khách tham quan, tăng gần 1,8 lần so với năm 2023; doanh thu từ vé và dịch vụ ước đạt 450 triệu đồng, vượt 12,5% kế hoạch năm.

Sân chim rộng khoảng 13 ha, hiện là nơi cư trú của hơn 30 loài chim với số lượng ước tính trên 150.000 con, chủ yếu là cò, diệc, cồng cộc và điên điển. Vào cao điểm mùa sinh sản, mật độ tổ có nơi lên đến 12 tổ/cây.

Ban quản lý sân chim hiện có 7 người, trong đó 4 người trực bảo vệ 24/24 giờ. Trong năm, Công an huyện phối hợp kiểm tra, phát hiện 3 trường hợp bẫy bắt chim ở khu vực giáp ranh, xử phạt 21 triệu đồng; thả về tự nhiên 126 cá thể chim.

Ngoài sân chim trung tâm, trên địa bàn huyện còn 5 sân chim tự nhiên do hộ dân quản lý với tổng diện tích khoảng 46 ha, lần lượt tại các xã Tân Tiến (14 ha), Tạ An Khương (11 ha), Nguyễn Huân (9 ha), Quách Phẩm (7 ha) và Tân Thuận (5 ha). Hộ giữ sân chim được hỗ trợ 300.000 đồng/ha/năm.

Năm 2025, huyện phấn đấu đón 12.000 lượt khách; dự kiến đầu tư 5 tỷ đồng xây dựng tháp quan sát và đường dạo bằng bê tông dài 1,2 km theo Nghị quyết số 15/NQ-HĐND của HĐND huyện.

HOÀNG ANH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
INY = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SC = "diện tích sân chim tự nhiên do hộ dân quản lý"

FIGS = [
    F("Sân chim Đầm Dơi đón hơn 9.000", "9.000", 9000, "count", "lượt khách", "lượt khách đến Sân chim Đầm Dơi", approx="over"),
    F("huyện Đầm Dơi) đón hơn 9.000", "9.000", 9000, "count", "lượt khách", "lượt khách tham quan Sân chim Đầm Dơi", Y24,
      approx="over", change=C("increase", 1.8, "lần", "năm 2023", approx="nearly")),
    F("ước đạt 450 triệu đồng", "450", 450000000, "money", "đồng", "doanh thu từ vé và dịch vụ", Y24,
      status="estimate", change=C("increase", 12.5, "%", "kế hoạch năm")),
    F("khoảng 13 ha", "13", 13, "measure", "ha", "diện tích sân chim", approx="about"),
    F("hơn 30 loài", "30", 30, "count", "loài", "loài chim cư trú", approx="over"),
    F("trên 150.000 con", "150.000", 150000, "count", "con", "số lượng chim", approx="over", status="estimate"),
    F("lên đến 12 tổ/cây", "12", 12, "measure", "tổ/cây", "mật độ tổ chim mùa sinh sản"),
    F("có 7 người", "7", 7, "count", "người", "người của ban quản lý sân chim"),
    F("trong đó 4 người", "4", 4, "count", "người", "người trực bảo vệ", total=7),
    F("phát hiện 3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp bẫy bắt chim", INY),
    F("xử phạt 21 triệu đồng", "21", 21000000, "money", "đồng", "tiền xử phạt", INY),
    F("thả về tự nhiên 126 cá thể", "126", 126, "count", "cá thể", "cá thể chim thả về tự nhiên", INY),
    F("còn 5 sân chim", "5", 5, "count", "sân chim", "sân chim tự nhiên do hộ dân quản lý"),
    F("khoảng 46 ha", "46", 46, "measure", "ha", "tổng " + SC, approx="about"),
    F("Tân Tiến (14 ha)", "14", 14, "measure", "ha", SC, total=46),
    F("Tạ An Khương (11 ha)", "11", 11, "measure", "ha", SC, total=46),
    F("Nguyễn Huân (9 ha)", "9", 9, "measure", "ha", SC, total=46),
    F("Quách Phẩm (7 ha)", "7", 7, "measure", "ha", SC, total=46),
    F("Tân Thuận (5 ha)", "5", 5, "measure", "ha", SC, total=46),
    F("hỗ trợ 300.000 đồng/ha/năm", "300.000", 300000, "money", "đồng/ha/năm", "mức hỗ trợ hộ giữ sân chim"),
    F("đón 12.000 lượt khách", "12.000", 12000, "count", "lượt khách", "lượt khách", Y25, status="target"),
    F("đầu tư 5 tỷ đồng", "5", 5000000000, "money", "đồng", "vốn đầu tư xây dựng tháp quan sát và đường dạo", Y25, status="forecast"),
    F("dài 1,2 km", "1,2", 1.2, "measure", "km", "chiều dài đường dạo bằng bê tông", Y25, status="forecast"),
]

NOTES = [
    "Báo Cà Mau online: headline with a figure, 'Thứ Hai, 30/12/2024 | 16:05', '(CMO) -' tag, byline at the end. Location: huyện Đầm Dơi (named).",
    "Headline 9.000 has no period (year-less headline). 'tăng gần 1,8 lần so với năm 2023' is the change of 9.000 (unit lần, approx nearly).",
    "'vượt 12,5% kế hoạch năm' is a gap to plan: the change of 450 triệu with baseline kế hoạch năm (FIGURES.md).",
    "Commune list (xã Tân Tiến ...) adds up to 46 ha right after the whole: total 46; communes are not districts, so location stays Đầm Dơi.",
    "'Trong năm' in a year-end article = 2024. '; dự kiến đầu tư' -> forecast, governing the 1,2 km road of the same clause.",
    "Distractors: 16:05, '24/24 giờ' (round the clock, not a fraction), Nghị quyết số 15/NQ-HĐND, '(CMO)'.",
]

build("p1108-8", TEXT, FIGS, NOTES, published="2024-12-30", location="Đầm Dơi")
