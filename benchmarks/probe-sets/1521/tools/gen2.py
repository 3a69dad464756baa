"""p1521-2: district portal (huyện Đức Hòa, Long An): a wall-panel and wallpaper maker, 2023 results, 2024 plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức / Kinh tế

Doanh nghiệp sản xuất tấm ốp tường vượt kế hoạch doanh thu

18/04/2024 - 10:20

Đặt nhà máy tại Khu công nghiệp Hải Sơn, Công ty TNHH Trang trí Nội thất Phú An hiện vận hành bốn dây chuyền ép đùn tấm ốp tường nhựa giả gỗ và hai dây chuyền in giấy dán tường, tổng công suất khoảng 3,6 triệu m2/năm. Năm 2023, công ty tiêu thụ 2,85 triệu m2 sản phẩm, tăng 14% so với năm 2022; doanh thu đạt 312 tỷ đồng, vượt 4% kế hoạch, trong đó doanh thu xuất khẩu sang Campuchia, Lào chiếm khoảng 22%.

Công ty sử dụng 186 lao động, trong đó 64 lao động nữ, thu nhập bình quân 9,2 triệu đồng/người/tháng. Quý I/2024, sản lượng tiêu thụ đạt 710.000 m2, bằng 23,7% kế hoạch năm. Giá bán tấm ốp tại nhà máy dao động từ 95.000 đến 180.000 đồng/m2 tùy mẫu mã.

Năm 2024, công ty phấn đấu đạt doanh thu 350 tỷ đồng và dự kiến tuyển thêm 40-50 lao động khi đưa dây chuyền thứ 5 vào hoạt động.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 9 doanh nghiệp sản xuất vật liệu trang trí nội thất, gồm 6 doanh nghiệp sản xuất tấm ốp và 3 doanh nghiệp sản xuất giấy dán tường, giải quyết việc làm cho hơn 1.100 lao động.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Đức Hòa: Hội nghị đối thoại doanh nghiệp năm 2024
- Xã Hựu Thạnh ra mắt sản phẩm OCOP mới

Địa chỉ: Số 1 Nguyễn Văn Hưởng, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.212
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("bốn dây chuyền", "bốn", 4, "count", "dây chuyền",
        subject="dây chuyền ép đùn tấm ốp tường nhựa giả gỗ"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền in giấy dán tường"),
    fig("khoảng 3,6 triệu", "3,6", 3.6e6, "measure", "m2/năm", approx="about", subject="tổng công suất"),
    fig("tiêu thụ 2,85 triệu", "2,85", 2.85e6, "measure", "m2",
        change=chg("increase", 14, "%", "năm 2022"), subject="sản phẩm công ty tiêu thụ", period=Y23),
    fig("đạt 312 tỷ", "312", 312e9, "money", "đồng", change=chg("increase", 4, "%", "kế hoạch"),
        subject="doanh thu", period=Y23),
    fig("khoảng 22%", "22", 22, "percent", "%", approx="about",
        subject="doanh thu xuất khẩu sang Campuchia, Lào", period=Y23),
    fig("sử dụng 186 lao động", "186", 186, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("64 lao động nữ", "64", 64, "count", "lao động", total=186, subject="lao động nữ"),
    fig("9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("710.000 m2", "710.000", 710000, "measure", "m2", percent=23.7,
        subject="sản lượng tiêu thụ", period=Q1),
    fig("từ 95.000 đến 180.000", "95.000", 95000, "money", "đồng/m2", value_max=180000,
        subject="giá bán tấm ốp tại nhà máy"),
    fig("doanh thu 350 tỷ", "350", 350e9, "money", "đồng", status="target", subject="doanh thu",
        period=Y24),
    fig("thêm 40-50 lao động", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động tuyển thêm", period=Y24),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất vật liệu trang trí nội thất"),
    fig("gồm 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp sản xuất tấm ốp"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp sản xuất giấy dán tường"),
    fig("hơn 1.100 lao động", "1.100", 1100, "count", "lao động", approx="over",
        subject="lao động được giải quyết việc làm"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): a maker of wood-look PVC wall panels and wallpaper in KCN Hải Sơn.",
    "Distractors: '18/04/2024 - 10:20', 'dây chuyền thứ 5' (ordinal), 'Số 1 Nguyễn Văn Hưởng', phone 0272.3850.212, 'năm 2024' in a link.",
    "Number words 'bốn', 'hai'. 'vượt 4% kế hoạch' is a gap to plan: change increase 4 % baseline 'kế hoạch' (FIGURES.md, result against plan).",
    "'trong đó doanh thu xuất khẩu ... chiếm khoảng 22%' is a share of export revenue, not of 312 tỷ as a whole: a percent figure of its own.",
    "'bằng 23,7% kế hoạch năm' → percent 23,7 of the 710.000 m2. 64 of 186 ('trong đó'); 6 and 3 of 9 ('gồm').",
    "'phấn đấu' → target for 350 tỷ; 'dự kiến' governs its own clause → forecast for 40-50. Present-tense counts ('hiện', 'sử dụng') get no period.",
    "Default location Đức Hòa: the district banner implies it and every figure is of the district or a firm in it.",
]

if __name__ == "__main__":
    write("p1521-2", TEXT, NOTES, FIGS, published="2024-04-18", location="Đức Hòa")
