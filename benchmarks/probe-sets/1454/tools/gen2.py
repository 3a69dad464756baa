"""p1454-2: district portal (huyện Văn Lâm, Hưng Yên): an induction-cooktop maker in KCN Phố Nối A."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

Doanh nghiệp bếp từ ở Văn Lâm mở rộng sản xuất

05/03/2024 - 10:20

Năm 2023, dù sức mua giảm, Công ty TNHH Thiết bị nhà bếp Minh Khang tại Khu công nghiệp Phố Nối A vẫn tiêu thụ 312.000 bếp điện từ các loại, tăng 8,5% so với năm 2022; doanh thu đạt 486 tỷ đồng, vượt 6% kế hoạch; nộp ngân sách hơn 21 tỷ đồng.

Công ty có 3 xưởng sản xuất trên diện tích khoảng 2,4 ha, sử dụng 420 lao động, trong đó gần 60% là lao động nữ và khoảng ba chục kỹ sư điện tử. Thu nhập bình quân năm 2023 của người lao động đạt 9,8 triệu đồng/người/tháng, cao hơn 7% so với năm trước.

Theo ông Trần Văn Khang, Giám đốc công ty, sản phẩm của Minh Khang hiện có mặt tại hơn 1.300 cửa hàng, siêu thị điện máy ở 45 tỉnh, thành phố; giá bán phổ biến từ 1,6 đến 4,5 triệu đồng/chiếc. Năm 2024, công ty phấn đấu tiêu thụ 350.000 sản phẩm, doanh thu 530-550 tỷ đồng; dự kiến tuyển thêm 40-50 lao động khi nhà xưởng thứ tư đi vào hoạt động từ tháng 6.

Hiện trên địa bàn huyện có 11 doanh nghiệp sản xuất đồ điện gia dụng, gồm 7 doanh nghiệp trong nước và 4 doanh nghiệp có vốn đầu tư nước ngoài, tổng vốn đăng ký khoảng 1.950 tỷ đồng. Năm 2023, giá trị sản xuất công nghiệp của nhóm ngành này ước đạt 3.420 tỷ đồng, chiếm 6,2% giá trị sản xuất công nghiệp toàn huyện.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm

Tin khác:
- Văn Lâm: Ra quân tổng vệ sinh môi trường đầu Xuân Giáp Thìn 2024
- Hội nghị triển khai nhiệm vụ công tác quý I/2024

Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên | Điện thoại: 0221.3985.176
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
MK = "Công ty TNHH Thiết bị nhà bếp Minh Khang"

FIGS = [
    fig("thụ 312.000 bếp", "312.000", 312000, "count", "bếp điện từ",
        change=chg("increase", 8.5, "%", "năm 2022"),
        subject=f"bếp điện từ các loại {MK} tiêu thụ", period=Y23),
    fig("đạt 486 tỷ", "486", 486e9, "money", "đồng", change=chg("increase", 6, "%", "kế hoạch"),
        subject=f"doanh thu {MK}", period=Y23),
    fig("hơn 21 tỷ", "21", 21e9, "money", "đồng", approx="over",
        subject=f"nộp ngân sách {MK}", period=Y23),
    fig("có 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng sản xuất của công ty"),
    fig("khoảng 2,4 ha", "2,4", 2.4, "measure", "ha", approx="about",
        subject="diện tích xưởng sản xuất của công ty"),
    fig("dụng 420 lao động", "420", 420, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly", subject="tỷ lệ lao động nữ"),
    fig("khoảng ba chục kỹ sư", "ba chục", 30, "count", "kỹ sư", approx="about", total=420,
        subject="kỹ sư điện tử"),
    fig("đạt 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        change=chg("increase", 7, "%", "năm trước"),
        subject="thu nhập bình quân của người lao động", period=Y23b),
    fig("hơn 1.300 cửa hàng", "1.300", 1300, "count", "cửa hàng", approx="over",
        subject="cửa hàng, siêu thị điện máy có sản phẩm của Minh Khang"),
    fig("ở 45 tỉnh", "45", 45, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có sản phẩm của Minh Khang", location="Việt Nam"),
    fig("từ 1,6 đến 4,5 triệu", "1,6", 1.6e6, "money", "đồng/chiếc", value_max=4.5e6,
        subject="giá bán phổ biến bếp điện từ Minh Khang"),
    fig("thụ 350.000 sản phẩm", "350.000", 350000, "count", "sản phẩm", status="target",
        subject="sản phẩm công ty tiêu thụ", period=Y24),
    fig("thu 530-550 tỷ", "530", 530e9, "money", "đồng", value_max=550e9, status="target",
        subject="doanh thu của công ty", period=Y24),
    fig("thêm 40-50 lao động", "40", 40, "count", "lao động", value_max=50, status="forecast",
        subject="lao động công ty tuyển thêm", period=Y24),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ điện gia dụng trên địa bàn huyện"),
    fig("gồm 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp trong nước"),
    fig("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 1.950 tỷ", "1.950", 1950e9, "money", "đồng", approx="about",
        subject="tổng vốn đăng ký của các doanh nghiệp sản xuất đồ điện gia dụng"),
    fig("ước đạt 3.420 tỷ", "3.420", 3420e9, "money", "đồng", status="estimate", percent=6.2,
        subject="giá trị sản xuất công nghiệp của nhóm ngành đồ điện gia dụng", period=Y23),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner, menu, '05/03/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'Phố Nối A', 'nhà xưởng thứ tư', 'từ tháng 6', 'Giáp Thìn 2024', 'quý I/2024' in links, phone 0221.3985.176.",
    "Location Văn Lâm (district portal; the firm's KCN lies in the district), except the count of provinces '45 tỉnh, thành phố' → Việt Nam (FIGURES.md: a count of provinces is national).",
    "revised after the first run: '45 tỉnh' location Văn Lâm → Việt Nam (the spec names 'a count of provinces' as a national figure).",
    "'Năm 2023, ... tiêu thụ ...; doanh thu ...; nộp ngân sách ...' one sentence: period Năm 2023 for all three; 'vượt 6% kế hoạch' is a change.",
    "'trong đó gần 60% là lao động nữ' is a percent figure of its own; 'khoảng ba chục kỹ sư' (number words) takes total 420.",
    "'Năm 2024, công ty phấn đấu ...' → target for 350.000 and 530-550 tỷ; '; dự kiến tuyển thêm 40-50' → forecast, same sentence period.",
    "'gồm 7 ... và 4 ...' take total 11; 'ước đạt 3.420 tỷ ..., chiếm 6,2%' → estimate with percent attribute.",
]

if __name__ == "__main__":
    write("p1454-2", TEXT, NOTES, FIGS, published="2024-03-05", location="Văn Lâm")
