"""p1210-1: Yên Bái province portal, konjac (khoai nưa) under forest canopy, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Yên Bái: Gần 2.300 ha khoai nưa dưới tán rừng

Cập nhật: 22/07/2024 08:15 | Lượt xem: 2.417

(yenbai.gov.vn) - 6 tháng đầu năm, các địa phương trong tỉnh đã trồng mới 315 ha khoai nưa dưới tán rừng, đạt 63% kế hoạch năm, nâng tổng diện tích lên 2.284 ha, tăng 18,2% so với cùng kỳ năm 2023. Trong đó, huyện Văn Yên 870 ha, Văn Chấn 640 ha, Trấn Yên 415 ha, các huyện còn lại 359 ha.

Khoai nưa được trồng dưới tán rừng quế, rừng tự nhiên nghèo, sau 2 năm cho thu hoạch, năng suất củ tươi bình quân 25-30 tấn/ha. Giá củ tươi hiện dao động từ 7.000 đến 9.000 đồng/kg; trừ chi phí, mỗi ha cho lãi khoảng 150 triệu đồng mỗi chu kỳ.

Tại xã Đông Cuông, huyện Văn Yên, Công ty TNHH Nông lâm sản Hoàng Gia liên kết với 214 hộ trồng 186 ha khoai nưa và bao tiêu toàn bộ sản phẩm. Năm 2023, công ty thu mua gần 3.100 tấn củ tươi, chế biến khoảng 420 tấn bột konjac, trong đó 65% xuất khẩu sang Nhật Bản và Hàn Quốc. Nhà máy của công ty đặt tại tổ dân phố số 4, thị trấn Mậu A, điện thoại 0216.3862.555.

Theo kế hoạch, năm 2024 tỉnh phấn đấu trồng mới 500 ha; đến năm 2025, diện tích khoai nưa dưới tán rừng toàn tỉnh đạt ít nhất 2.700 ha. Hộ trồng mới được hỗ trợ một lần 10 triệu đồng/ha theo Nghị quyết số 69/2020/NQ-HĐND của HĐND tỉnh.
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
AREA = "diện tích khoai nưa dưới tán rừng"
VY = "Văn Yên"

FIGS = [
    fig("Gần 2.300 ha", "2.300", 2300, "measure", "ha", approx="nearly", subject=AREA),
    fig("trồng mới 315 ha", "315", 315, "measure", "ha", percent=63,
        subject="diện tích khoai nưa dưới tán rừng trồng mới", period=H1),
    fig("lên 2.284 ha", "2.284", 2284, "measure", "ha", change=chg("increase", 18.2, "%", "cùng kỳ năm 2023"),
        subject="tổng diện tích khoai nưa dưới tán rừng", period=H1),
    fig("Văn Yên 870 ha", "870", 870, "measure", "ha", total=2284, subject=AREA, period=inh(H1), location=VY),
    fig("Văn Chấn 640 ha", "640", 640, "measure", "ha", total=2284, subject=AREA, period=inh(H1), location="Văn Chấn"),
    fig("Trấn Yên 415 ha", "415", 415, "measure", "ha", total=2284, subject=AREA, period=inh(H1), location="Trấn Yên"),
    fig("còn lại 359 ha", "359", 359, "measure", "ha", total=2284,
        subject="diện tích khoai nưa dưới tán rừng các huyện còn lại", period=inh(H1)),
    fig("sau 2 năm", "2", 2, "measure", "năm", optional=True, subject="thời gian từ khi trồng khoai nưa đến thu hoạch"),
    fig("25-30 tấn/ha", "25", 25, "measure", "tấn/ha", value_max=30,
        subject="năng suất củ tươi bình quân khoai nưa"),
    fig("từ 7.000 đến", "7.000", 7000, "money", "đồng/kg", value_max=9000, subject="giá củ tươi khoai nưa"),
    fig("khoảng 150 triệu", "150", 150000000, "money", "đồng/ha", approx="about",
        subject="lãi mỗi ha khoai nưa mỗi chu kỳ"),
    fig("với 214 hộ", "214", 214, "count", "hộ",
        subject="hộ liên kết trồng khoai nưa với Công ty TNHH Nông lâm sản Hoàng Gia", location=VY),
    fig("trồng 186 ha", "186", 186, "measure", "ha",
        subject="diện tích khoai nưa liên kết với Công ty TNHH Nông lâm sản Hoàng Gia", location=VY),
    fig("gần 3.100 tấn", "3.100", 3100, "measure", "tấn", approx="nearly",
        subject="củ tươi khoai nưa công ty thu mua", period=Y23, location=VY),
    fig("khoảng 420 tấn", "420", 420, "measure", "tấn", approx="about",
        subject="bột konjac công ty chế biến", period=Y23, location=VY),
    fig("65% xuất khẩu", "65", 65, "percent", "%",
        subject="tỷ lệ bột konjac xuất khẩu sang Nhật Bản và Hàn Quốc", period=Y23, location=VY),
    fig("trồng mới 500 ha", "500", 500, "measure", "ha", status="target",
        subject="diện tích khoai nưa trồng mới", period=Y24),
    fig("ít nhất 2.700 ha", "2.700", 2700, "measure", "ha", approx="at_least", status="target",
        subject=AREA, period=TO25),
    fig("10 triệu đồng/ha", "10", 10000000, "money", "đồng/ha",
        subject="mức hỗ trợ hộ trồng mới khoai nưa"),
]

NOTES = [
    "Province portal (Yên Bái): konjac under forest canopy, first half of 2024. 'Cập nhật: 22/07/2024 08:15 | Lượt xem: 2.417'.",
    "Distractors: view counter, 08:15, 'tổ dân phố số 4', phone 0216.3862.555, Nghị quyết số 69/2020/NQ-HĐND, 'hỗ trợ một lần' (once, not a count).",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline. District parts after 'Trong đó' add up to 2.284 (870+640+415+359): total 2284.",
    "The 2.284 ha stock gets the sentence's period. 'sau 2 năm' (crop cycle) optional. Company passage placed in Văn Yên (xã Đông Cuông).",
    "'trong đó 65% xuất khẩu' is a percent figure of its own. The 63% share after 'đạt' is the percent of 315 ha.",
]

if __name__ == "__main__":
    write("p1210-1", TEXT, NOTES, FIGS, published="2024-07-22", location="Yên Bái")
