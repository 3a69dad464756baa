"""p767-1: Nghệ An province portal — rural electrification results 2023, districts, 2025 target."""
from lib import fig, per, inh, ch, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Nghệ An: 99,6% hộ dân có điện lưới quốc gia
Cập nhật: 18/03/2024 10:25 | Lượt xem: 1.482

Tính đến ngày 31/12/2023, toàn tỉnh Nghệ An có 99,6% số hộ dân được sử dụng điện lưới quốc gia, trong đó khu vực nông thôn đạt 99,4%.

Trong năm 2023, từ nguồn vốn Chương trình cấp điện nông thôn, miền núi và hải đảo theo Quyết định số 1740/QĐ-TTg, tỉnh đã đóng điện cho 41 thôn, bản với 3.250 hộ dân thuộc các huyện Kỳ Sơn (1.120 hộ), Tương Dương (865 hộ), Quế Phong (742 hộ) và Con Cuông (523 hộ). Các dự án đã xây dựng mới 186,5 km đường dây trung áp, 312 km đường dây hạ áp và 58 trạm biến áp với tổng dung lượng 5.875 kVA.

Tổng vốn đầu tư các dự án là 412,8 tỷ đồng, trong đó ngân sách trung ương 350,9 tỷ đồng, chiếm 85%; phần còn lại do ngân sách tỉnh và Tổng công ty Điện lực miền Bắc đối ứng. Giá trị giải ngân năm 2023 đạt 389,2 tỷ đồng, bằng 94,3% kế hoạch vốn được giao.

Theo Sở Công Thương, hiện toàn tỉnh vẫn còn khoảng 4.120 hộ tại 57 thôn, bản chưa có điện lưới, chủ yếu ở vùng biên giới dọc Quốc lộ 7. Nhiều hộ đang dùng thủy điện nhỏ gia đình công suất từ 0,5 đến 1 kW, không ổn định vào mùa khô.

Năm 2024, tỉnh phấn đấu đóng điện thêm cho 1.800 hộ; đến năm 2025, tỷ lệ hộ dân nông thôn có điện lưới quốc gia đạt trên 99,8%. Sở Công Thương đề nghị các huyện rà soát, hoàn thành bàn giao mặt bằng trước ngày 30/6/2024.

Mọi thông tin xin liên hệ: Phòng Quản lý năng lượng, Sở Công Thương Nghệ An, số 26 Trường Thi, TP Vinh; điện thoại 0238.3844.715.
"""

ASOF = per("Tính đến ngày 31/12/2023", end="2023-12-31")
Y23 = per("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", end="2025-12-31")
DIST = "hộ dân được đóng điện"

FIGS = [
    fig("Nghệ An: 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ hộ dân có điện lưới quốc gia", inh(ASOF)),
    fig("có 99,6% số hộ dân", "99,6", 99.6, "percent", "%", "số hộ dân được sử dụng điện lưới quốc gia", ASOF),
    fig("nông thôn đạt 99,4%", "99,4", 99.4, "percent", "%",
        "số hộ dân khu vực nông thôn được sử dụng điện lưới quốc gia", ASOF),
    fig("cho 41 thôn, bản", "41", 41, "count", "thôn, bản", "thôn, bản được đóng điện", Y23),
    fig("với 3.250 hộ dân", "3.250", 3250, "count", "hộ dân", DIST, Y23),
    fig("Kỳ Sơn (1.120 hộ)", "1.120", 1120, "count", "hộ", DIST, Y23, total=3250, location="Kỳ Sơn"),
    fig("Tương Dương (865 hộ)", "865", 865, "count", "hộ", DIST, Y23, total=3250, location="Tương Dương"),
    fig("Quế Phong (742 hộ)", "742", 742, "count", "hộ", DIST, Y23, total=3250, location="Quế Phong"),
    fig("Con Cuông (523 hộ)", "523", 523, "count", "hộ", DIST, Y23, total=3250, location="Con Cuông"),
    fig("186,5 km", "186,5", 186.5, "measure", "km", "đường dây trung áp xây dựng mới", inh(Y23)),
    fig("312 km", "312", 312, "measure", "km", "đường dây hạ áp xây dựng mới", inh(Y23)),
    fig("58 trạm biến áp", "58", 58, "count", "trạm biến áp", "trạm biến áp xây dựng mới", inh(Y23)),
    fig("5.875 kVA", "5.875", 5875, "measure", "kVA", "tổng dung lượng trạm biến áp", inh(Y23)),
    fig("là 412,8 tỷ đồng", "412,8", 412.8e9, "money", "đồng", "tổng vốn đầu tư các dự án", inh(Y23)),
    fig("trung ương 350,9 tỷ đồng", "350,9", 350.9e9, "money", "đồng", "vốn ngân sách trung ương", inh(Y23),
        total=412.8e9, percent=85),
    fig("đạt 389,2 tỷ đồng", "389,2", 389.2e9, "money", "đồng", "giá trị giải ngân", Y23, percent=94.3),
    fig("khoảng 4.120 hộ", "4.120", 4120, "count", "hộ", "hộ chưa có điện lưới", approx="about"),
    fig("tại 57 thôn, bản", "57", 57, "count", "thôn, bản", "thôn, bản chưa có điện lưới"),
    fig("từ 0,5 đến 1 kW", "0,5", 0.5, "measure", "kW", "công suất thủy điện nhỏ gia đình", value_max=1),
    fig("thêm cho 1.800 hộ", "1.800", 1800, "count", "hộ", "hộ được đóng điện thêm", Y24, status="target"),
    fig("đạt trên 99,8%", "99,8", 99.8, "percent", "%", "tỷ lệ hộ dân nông thôn có điện lưới quốc gia", T25,
        approx="over", status="target"),
]

COMMENTS = [
    "Nghệ An province portal (breadcrumb, 'Cập nhật: 18/03/2024 10:25 | Lượt xem: 1.482'): rural electrification 2023.",
    "District list 'Kỳ Sơn (1.120 hộ) …' adds up to 3.250 hộ: parts with total 3250, district as location.",
    "'chiếm 85%' after the central-budget part is its percent; 'bằng 94,3% kế hoạch vốn' is the percent of the disbursement.",
    "Not figures: Quyết định số 1740/QĐ-TTg, Quốc lộ 7, ngày 30/6/2024, số 26 Trường Thi, 0238.3844.715, Lượt xem 1.482.",
    "'hiện … còn khoảng 4.120 hộ' has no period phrase: no period. Headline and the unperioded 2023 sentences: inherited.",
]

if __name__ == "__main__":
    write("p767-1", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Nghệ An")
