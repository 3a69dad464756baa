"""p1480-2: district portal (huyện Đức Hòa, Long An): one glue maker's 2023 results and 2024 plan."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức / Kinh tế - Xã hội

Nhà máy keo dán Phú Hòa Sơn mở rộng sản xuất
27/02/2024 - 08:40

Năm 2023, dù thị trường đồ gỗ xuất khẩu gặp khó, Công ty cổ phần Keo dán Phú Hòa Sơn (KCN Hải Sơn, xã Đức Hòa Hạ) vẫn sản xuất 18.600 tấn keo các loại, tăng 6% so với năm 2022; doanh thu đạt 742 tỷ đồng, vượt 4% kế hoạch; nộp ngân sách gần 36 tỷ đồng.

Công ty hiện vận hành ba dây chuyền keo dán gỗ và hai dây chuyền keo nóng chảy (hot-melt) với 236 công nhân, trong đó 58 lao động nữ; thu nhập bình quân từ 9 đến 11 triệu đồng/người/tháng.

Sản phẩm chủ yếu cung cấp cho các nhà máy đồ gỗ ở Bình Dương, Đồng Nai; khoảng 30% sản lượng được xuất khẩu sang Campuchia, Malaysia. Giá keo dán gỗ hiện dao động 28.000-32.000 đồng/kg, giảm khoảng 1.500 đồng/kg so với cuối năm 2022.

Năm 2024, công ty phấn đấu sản lượng đạt 21.000 tấn, doanh thu trên 850 tỷ đồng. Dự kiến trong quý II, công ty khởi công nhà xưởng thứ hai rộng 1,2 ha, vốn đầu tư khoảng 95 tỷ đồng, tạo việc làm cho 40-50 lao động.

Theo Phòng Kinh tế - Hạ tầng, toàn huyện Đức Hòa hiện có 9 doanh nghiệp sản xuất keo dán và băng keo, gồm 6 doanh nghiệp keo dán và 3 doanh nghiệp băng keo; tổng sản lượng keo dán năm 2023 khoảng 41.000 tấn.

Nguồn: Phòng Văn hóa và Thông tin huyện Đức Hòa
Tin khác:
- Đức Hòa ra quân thu hút đầu tư năm 2024
- Hội nghị đối thoại doanh nghiệp quý I

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An. Điện thoại: 0272.3851.106
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
CO = "Công ty cổ phần Keo dán Phú Hòa Sơn"

FIGS = [
    fig("sản xuất 18.600 tấn", "18.600", 18600, "measure", "tấn", change=chg("increase", 6, "%", "năm 2022"),
        subject=f"keo các loại {CO} sản xuất", period=Y23),
    fig("đạt 742 tỷ", "742", 742e9, "money", "đồng", change=chg("increase", 4, "%", "kế hoạch"),
        subject=f"doanh thu {CO}", period=Y23),
    fig("gần 36 tỷ", "36", 36e9, "money", "đồng", approx="nearly", subject=f"nộp ngân sách {CO}", period=Y23),
    fig("ba dây chuyền", "ba", 3, "count", "dây chuyền", subject="dây chuyền keo dán gỗ công ty vận hành"),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền keo nóng chảy (hot-melt)"),
    fig("236 công nhân", "236", 236, "count", "công nhân", subject="công nhân của công ty"),
    fig("trong đó 58 lao động", "58", 58, "count", "lao động", total=236, subject="lao động nữ"),
    fig("từ 9 đến 11 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=11e6,
        subject="thu nhập bình quân"),
    fig("khoảng 30% sản lượng", "30", 30, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng được xuất khẩu sang Campuchia, Malaysia"),
    fig("dao động 28.000-32.000", "28.000", 28000, "money", "đồng/kg", value_max=32000,
        change=chg("decrease", 1500, "đồng/kg", "cuối năm 2022", approx="about"), subject="giá keo dán gỗ"),
    fig("đạt 21.000 tấn", "21.000", 21000, "measure", "tấn", status="target", subject="sản lượng công ty",
        period=Y24),
    fig("trên 850 tỷ", "850", 850e9, "money", "đồng", approx="over", status="target", subject="doanh thu công ty",
        period=Y24),
    fig("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", status="forecast", subject="diện tích nhà xưởng thứ hai",
        period=Q2),
    fig("khoảng 95 tỷ", "95", 95e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư nhà xưởng thứ hai", period=Q2),
    fig("cho 40-50 lao động", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động nhà xưởng mới tạo việc làm", period=Q2),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất keo dán và băng keo"),
    fig("gồm 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9, subject="doanh nghiệp keo dán"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=9, subject="doanh nghiệp băng keo"),
    fig("khoảng 41.000 tấn", "41.000", 41000, "measure", "tấn", approx="about",
        subject="tổng sản lượng keo dán toàn huyện", period=Y23b),
]

NOTES = [
    "District portal (huyện Đức Hòa, tỉnh Long An): banner, breadcrumb, '27/02/2024 - 08:40' under the headline (published),",
    "'Nguồn:', 'Tin khác', address footer ('Khu phố 3'), phone. Every figure describes the company or the district: location Đức Hòa.",
    "'vượt 4% kế hoạch' is a gap to the plan: change +4% with baseline 'kế hoạch'. 'gồm 6 ... và 3' are parts of 9.",
    "'trong đó 58 lao động nữ' is a part of 236 công nhân. 'giảm khoảng 1.500 đồng/kg' is the change of the price range.",
    "'Dự kiến trong quý II' (2024 from 'Năm 2024') governs the workshop figures: forecast with period quý II/2024.",
    "'nhà xưởng thứ hai' is an ordinal, 'hot-melt', 'KCN Hải Sơn', 'Khu phố 3', 'quý I' in a link title are not figures.",
    "The 'hiện' figures (lines, workers, wages, prices, 9 firms) get no period.",
]

if __name__ == "__main__":
    write("p1480-2", TEXT, NOTES, FIGS, published="2024-02-27", location="Đức Hòa")
