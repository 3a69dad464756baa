"""p1117-1: province portal (Tuyên Quang), 9 months 2024: chopsticks, toothpicks, exports, establishments."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG

Tuyên Quang: Xuất khẩu đũa tre, tăm tre đạt gần 9 triệu USD

Cập nhật: 21/10/2024 08:32 | Lượt xem: 2.418

9 tháng năm 2024, các doanh nghiệp, hợp tác xã chế biến tre, nứa trên địa bàn tỉnh Tuyên Quang sản xuất được 312 triệu đôi đũa và 1.850 tấn tăm tre, tăng lần lượt 14,2% và 9,6% so với cùng kỳ năm 2023. Giá trị xuất khẩu đũa, tăm ước đạt 8,7 triệu USD, bằng 76,3% kế hoạch năm.

Toàn tỉnh hiện có 146 cơ sở sản xuất đũa, tăm tre, trong đó 9 doanh nghiệp, 23 hợp tác xã và 114 hộ kinh doanh cá thể, tập trung chủ yếu ở các huyện Yên Sơn, Sơn Dương và Hàm Yên. Các cơ sở thu hút khoảng 3.600 lao động, thu nhập bình quân từ 6,5 đến 8 triệu đồng/người/tháng.

Nguồn nguyên liệu được bảo đảm từ hơn 42.000 ha rừng tre, nứa, luồng, mỗi năm cung ứng khoảng 160.000 tấn cây nguyên liệu. Tại huyện Sơn Dương, Công ty TNHH Tre Việt Sơn Dương (Km 12, Quốc lộ 2C) đầu tư dây chuyền sản xuất đũa tre xuất khẩu công suất 5 triệu đôi/tháng, tạo việc làm ổn định cho 185 công nhân; doanh thu năm 2023 của công ty đạt 62 tỷ đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn, thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy, phấn đấu đến năm 2025, giá trị xuất khẩu sản phẩm đũa, tăm tre của tỉnh đạt 15 triệu USD; tỷ lệ nguyên liệu tre được chế biến sâu đạt ít nhất 30%.

Tin liên quan:
- Hội chợ sản phẩm lâm nghiệp lần thứ 3 thu hút 120 gian hàng
- Sơn Dương: Ra mắt hợp tác xã đũa tre Kháng Nhật

Cơ quan chủ quản: UBND tỉnh Tuyên Quang | Địa chỉ: Số 160 đường Trần Hưng Đạo, TP Tuyên Quang
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
LOC_C = "Sơn Dương"

FIGS = [
    fig("đạt gần 9 triệu USD", "9", 9e6, "money", "USD", approx="nearly",
        subject="giá trị xuất khẩu đũa tre, tăm tre"),
    fig("sản xuất được 312 triệu đôi", "312", 312e6, "count", "đôi đũa",
        change=chg("increase", 14.2, "%", "cùng kỳ năm 2023"),
        subject="đũa sản xuất được", period=M9),
    fig("1.850 tấn tăm tre", "1.850", 1850, "measure", "tấn",
        change=chg("increase", 9.6, "%", "cùng kỳ năm 2023"),
        subject="tăm tre sản xuất được", period=M9),
    fig("ước đạt 8,7 triệu USD", "8,7", 8.7e6, "money", "USD", percent=76.3, status="estimate",
        subject="giá trị xuất khẩu đũa, tăm", period=inh(M9)),
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở sản xuất đũa, tăm tre"),
    fig("9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=146,
        subject="doanh nghiệp sản xuất đũa, tăm tre"),
    fig("23 hợp tác xã", "23", 23, "count", "hợp tác xã", total=146,
        subject="hợp tác xã sản xuất đũa, tăm tre"),
    fig("114 hộ kinh doanh", "114", 114, "count", "hộ kinh doanh cá thể", total=146,
        subject="hộ kinh doanh cá thể sản xuất đũa, tăm tre"),
    fig("khoảng 3.600 lao động", "3.600", 3600, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất đũa, tăm tre thu hút"),
    fig("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân lao động các cơ sở sản xuất đũa, tăm tre"),
    fig("hơn 42.000 ha", "42.000", 42000, "measure", "ha", approx="over",
        subject="rừng tre, nứa, luồng bảo đảm nguồn nguyên liệu"),
    fig("khoảng 160.000 tấn", "160.000", 160000, "measure", "tấn", approx="about",
        subject="cây nguyên liệu cung ứng mỗi năm"),
    fig("công suất 5 triệu đôi/tháng", "5", 5e6, "measure", "đôi/tháng",
        subject="công suất dây chuyền sản xuất đũa tre xuất khẩu", location=LOC_C),
    fig("cho 185 công nhân", "185", 185, "count", "công nhân",
        subject="công nhân có việc làm ổn định tại Công ty TNHH Tre Việt Sơn Dương", location=LOC_C),
    fig("đạt 62 tỷ đồng", "62", 62e9, "money", "đồng", subject="doanh thu của công ty",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), location=LOC_C),
    fig("đạt 15 triệu USD", "15", 15e6, "money", "USD", status="target",
        subject="giá trị xuất khẩu sản phẩm đũa, tăm tre", period=T25),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nguyên liệu tre được chế biến sâu", period=T25),
    fig("thu hút 120 gian hàng", "120", 120, "count", "gian hàng", optional=True,
        subject="gian hàng tại hội chợ sản phẩm lâm nghiệp"),
]

NOTES = [
    "Province portal (Tuyên Quang): breadcrumb, 'Cập nhật: 21/10/2024 08:32 | Lượt xem: 2.418' (published; counter is furniture).",
    "'tăng lần lượt 14,2% và 9,6%' distributes one change to each of the two outputs before it.",
    "8,7 triệu USD: 'ước đạt' estimate, 'bằng 76,3% kế hoạch năm' its percent; period from the previous sentence (inherited).",
    "9 + 23 + 114 = 146 after 'trong đó': totals 146. Company passage in huyện Sơn Dương: location Sơn Dương.",
    "Distractors: 'Km 12, Quốc lộ 2C', 'Nghị quyết số 12-NQ/TU', 'lần thứ 3', 'Số 160 đường Trần Hưng Đạo', 08:32, counter.",
    "revised after the first run: 312 triệu đôi subject 'đũa sản xuất được' (was the whole actor phrase; now the same shape as its sibling 1.850 tấn).",
    "A related-link headline's '120 gian hàng' is page furniture around the article: optional.",
]

if __name__ == "__main__":
    write("p1117-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Tuyên Quang")
