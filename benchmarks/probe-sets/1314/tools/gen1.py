"""p1314-1: province portal (Quảng Trị): wood-pellet exports, 9 months 2024; a plant in huyện Gio Linh."""
from lib import fig, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu viên nén gỗ 9 tháng đạt gần 95 triệu USD

Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.836

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu viên nén gỗ của tỉnh ước đạt 94,6 triệu USD, tăng 12,3% so với cùng kỳ năm 2023, bằng 78,8% kế hoạch năm. Sản lượng xuất khẩu ước đạt 712.000 tấn, chủ yếu sang Nhật Bản (468.000 tấn) và Hàn Quốc (231.000 tấn). Viên nén gỗ chiếm khoảng 41% tổng kim ngạch xuất khẩu hàng hóa của tỉnh.

Hiện toàn tỉnh có 9 nhà máy sản xuất viên nén với tổng công suất trên 1,2 triệu tấn/năm, sử dụng khoảng 1.400 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng. Nguyên liệu chủ yếu là mùn cưa, dăm bào và cành ngọn keo; mỗi tấn viên nén cần từ 1,6 đến 1,8 tấn nguyên liệu tươi.

Tại Khu công nghiệp Quán Ngang, huyện Gio Linh, nhà máy của Công ty cổ phần Năng lượng sinh khối Cửa Việt trong 9 tháng xuất khẩu 186.000 tấn, chiếm 26,1% sản lượng toàn tỉnh. Giá xuất khẩu bình quân khoảng 128 USD/tấn, giảm 6 USD so với cùng kỳ. Công ty đang lắp đặt thêm một dây chuyền công suất 8 tấn/giờ.

Quý IV, ngành công thương phấn đấu xuất khẩu thêm 240.000 tấn, đưa kim ngạch cả năm lên khoảng 125 triệu USD, vượt 4% kế hoạch.

Tin liên quan:
- Hội thảo phát triển rừng gỗ lớn giai đoạn 2021-2025
- Gio Linh: Khởi công đường nối Quốc lộ 9 với cảng Cửa Việt
"""

NINE = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = period("9 tháng", "2024-01-01", "2024-09-30")
NINE_GL = period("trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = period("Quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
GL = "Gio Linh"

FIGS = [
    fig("đạt gần 95 triệu", "95", 95e6, "money", "USD", approx="nearly",
        subject="xuất khẩu viên nén gỗ", period=NINE_H),
    fig("ước đạt 94,6 triệu", "94,6", 94.6e6, "money", "USD", status="estimate", percent=78.8,
        change=change("increase", 12.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu viên nén gỗ của tỉnh", period=NINE),
    fig("ước đạt 712.000 tấn", "712.000", 712000, "measure", "tấn", status="estimate",
        subject="sản lượng viên nén gỗ xuất khẩu", period=inherit(NINE)),
    fig("(468.000 tấn)", "468.000", 468000, "measure", "tấn", status="estimate",
        subject="sản lượng viên nén gỗ xuất khẩu sang Nhật Bản", period=inherit(NINE)),
    fig("(231.000 tấn)", "231.000", 231000, "measure", "tấn", status="estimate",
        subject="sản lượng viên nén gỗ xuất khẩu sang Hàn Quốc", period=inherit(NINE)),
    fig("khoảng 41%", "41", 41, "percent", "%", approx="about",
        subject="tỷ trọng viên nén gỗ trong tổng kim ngạch xuất khẩu hàng hóa của tỉnh", period=inherit(NINE)),
    fig("có 9 nhà máy", "9", 9, "count", "nhà máy", subject="nhà máy sản xuất viên nén"),
    fig("trên 1,2 triệu", "1,2", 1.2e6, "measure", "tấn/năm", approx="over",
        subject="tổng công suất các nhà máy sản xuất viên nén"),
    fig("khoảng 1.400 lao động", "1.400", 1400, "count", "lao động", approx="about",
        subject="lao động các nhà máy viên nén sử dụng"),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động"),
    fig("từ 1,6 đến 1,8 tấn", "1,6", 1.6, "measure", "tấn/tấn viên nén", value_max=1.8,
        subject="nguyên liệu tươi cần cho mỗi tấn viên nén"),
    fig("xuất khẩu 186.000 tấn", "186.000", 186000, "measure", "tấn", percent=26.1,
        subject="viên nén nhà máy của Công ty cổ phần Năng lượng sinh khối Cửa Việt xuất khẩu",
        period=NINE_GL, location=GL),
    fig("khoảng 128 USD/tấn", "128", 128, "money", "USD/tấn", approx="about",
        change=change("decrease", 6, "USD", "cùng kỳ"),
        subject="giá xuất khẩu bình quân", period=inherit(NINE_GL), location=GL),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền",
        subject="dây chuyền công ty đang lắp đặt thêm", location=GL),
    fig("suất 8 tấn/giờ", "8", 8, "measure", "tấn/giờ", subject="công suất dây chuyền", location=GL),
    fig("thêm 240.000 tấn", "240.000", 240000, "measure", "tấn", status="target",
        subject="viên nén xuất khẩu thêm", period=Q4),
    fig("khoảng 125 triệu", "125", 125e6, "money", "USD", approx="about", status="target",
        change=change("increase", 4, "%", "kế hoạch"),
        subject="kim ngạch xuất khẩu viên nén cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Quảng Trị): wood-pellet exports 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 15:10 | Lượt xem: 1.836', related links.",
    "Distractors: 15:10, Lượt xem 1.836, 'giai đoạn 2021-2025' and 'Quốc lộ 9' in link titles, 'Khu công nghiệp Quán Ngang'.",
    "Headline '9 tháng đạt gần 95 triệu USD' is its own figure (actual: the headline says 'đạt'); year-less '9 tháng' takes 2024 from published.",
    "'chủ yếu sang Nhật Bản (468.000 tấn) và Hàn Quốc (231.000 tấn)': 699.000 < 712.000 and 'chủ yếu' is no cue, so no total;",
    "the bracketed items have no verb of their own and continue the 'ước đạt' clause: estimate. Trade partners are not places: Quảng Trị.",
    "'mỗi tấn viên nén cần từ 1,6 đến 1,8 tấn': a ratio, the denominator goes into the unit (tấn/tấn viên nén).",
    "Plant in huyện Gio Linh: location Gio Linh for its 5 figures; 'giảm 6 USD so với cùng kỳ' is a change in USD.",
    "'vượt 4% kế hoạch' is a change with baseline 'kế hoạch' (spec: gap to a plan); 'phấn đấu' governs the 'đưa ... lên' clause: target.",
]

if __name__ == "__main__":
    write("p1314-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Quảng Trị")
