"""p1490-2: district portal (huyện Văn Lâm, Hưng Yên): an electric-oven and microwave plant in KCN Phố Nối A."""
from lib import F, P, inh, ch, tg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội | Thủ tục hành chính

Nhà máy lò nướng điện tại Khu công nghiệp Phố Nối A mở rộng sản xuất

12/03/2024 - 08:45

Năm 2023, Công ty TNHH Thiết bị nhiệt gia dụng Hưng Phát (Khu công nghiệp Phố Nối A, huyện Văn Lâm) sản xuất 412.000 chiếc lò nướng điện và lò vi sóng, tăng 15% so với năm 2022; doanh thu đạt 684 tỷ đồng, vượt 4% kế hoạch.

Nhà máy hiện vận hành ba dây chuyền lắp ráp, công suất thiết kế 600.000 sản phẩm/năm, sử dụng 526 lao động, trong đó 318 lao động nữ; thu nhập bình quân 9,4 triệu đồng/người/tháng. Khoảng 70% sản phẩm của công ty được xuất khẩu sang Nhật Bản, Hàn Quốc và Australia, phần còn lại phân phối qua hơn 1.300 đại lý, cửa hàng điện máy trong nước. Các dòng lò nướng HP-35 và HP-45 của nhà máy đều đã được chứng nhận hợp quy theo QCVN 4:2009/BKHCN về an toàn điện và QCVN 9:2012/BKHCN về tương thích điện từ.

Năm 2024, công ty phấn đấu sản lượng đạt 480.000 sản phẩm, doanh thu khoảng 800 tỷ đồng; dự kiến đầu tư thêm một dây chuyền sơn tĩnh điện với vốn từ 45 đến 50 tỷ đồng và tuyển thêm khoảng 120 lao động.

Hiện trên địa bàn huyện có 9 doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng, gồm 6 doanh nghiệp FDI và 3 doanh nghiệp trong nước, giải quyết việc làm cho gần 4.000 lao động. Năm 2023, giá trị sản xuất của nhóm ngành này ước đạt 2.150 tỷ đồng, chiếm khoảng 4,5% giá trị sản xuất công nghiệp toàn huyện.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm

Tin khác:
- Văn Lâm: Hội nghị đối thoại với doanh nghiệp năm 2024
- Huyện Văn Lâm ra quân Tết trồng cây đầu Xuân Giáp Thìn

Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên. Điện thoại: 0221.3985.214
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23b = Y23
CO = "Công ty TNHH Thiết bị nhiệt gia dụng Hưng Phát"

FIGS = [
    F("sản xuất 412.000 chiếc", "412.000", 412000, "count", "chiếc",
      change=ch("increase", 15, "%", "năm 2022"),
      subject=f"lò nướng điện và lò vi sóng {CO} sản xuất", period=Y23),
    F("đạt 684 tỷ", "684", 684e9, "money", "đồng", change=ch("increase", 4, "%", "kế hoạch"),
      subject=f"doanh thu của {CO}", period=Y23),
    F("ba dây chuyền", "ba", 3, "count", "dây chuyền", subject="dây chuyền lắp ráp nhà máy vận hành"),
    F("thiết kế 600.000", "600.000", 600000, "measure", "sản phẩm/năm", subject="công suất thiết kế của nhà máy"),
    F("sử dụng 526 lao động", "526", 526, "count", "lao động", subject="lao động nhà máy sử dụng"),
    F("318 lao động nữ", "318", 318, "count", "lao động", total=526, subject="lao động nữ"),
    F("bình quân 9,4 triệu", "9,4", 9.4e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động"),
    F("Khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="sản phẩm của công ty được xuất khẩu"),
    F("hơn 1.300 đại lý", "1.300", 1300, "count", "đại lý, cửa hàng điện máy", approx="over",
      subject="đại lý, cửa hàng điện máy trong nước phân phối sản phẩm"),
    F("đạt 480.000 sản phẩm", "480.000", 480000, "count", "sản phẩm", status="target",
      subject="sản lượng của công ty", period=Y24),
    F("khoảng 800 tỷ", "800", 800e9, "money", "đồng", approx="about", status="target",
      subject="doanh thu của công ty", period=Y24),
    F("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
      subject="dây chuyền sơn tĩnh điện đầu tư thêm", period=Y24),
    F("từ 45 đến 50 tỷ", "45", 45e9, "money", "đồng", value_max=50e9, status="forecast",
      subject="vốn đầu tư dây chuyền sơn tĩnh điện", period=Y24),
    F("khoảng 120 lao động", "120", 120, "count", "lao động", approx="about", status="forecast",
      subject="lao động tuyển thêm", period=Y24),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng trên địa bàn huyện"),
    F("gồm 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9, subject="doanh nghiệp FDI"),
    F("3 doanh nghiệp trong nước", "3", 3, "count", "doanh nghiệp", total=9, subject="doanh nghiệp trong nước"),
    F("gần 4.000 lao động", "4.000", 4000, "count", "lao động", approx="nearly",
      subject="lao động được giải quyết việc làm"),
    F("ước đạt 2.150 tỷ", "2.150", 2150e9, "money", "đồng", status="estimate", percent=4.5,
      subject="giá trị sản xuất của nhóm ngành sản xuất, lắp ráp đồ điện gia dụng", period=Y23b),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): a household oven plant in KCN Phố Nối A; dateline '12/03/2024 - 08:45'.",
    "Distractors: 'HP-35', 'HP-45' (model names), 'QCVN 4:2009/BKHCN', 'QCVN 9:2012/BKHCN', '08:45', phone 0221.3985.214, 'năm 2024' in a link title.",
    "Location Văn Lâm for every figure (district portal; the plant is in the district). Export partners are not places of the figures.",
    "'vượt 4% kế hoạch' after doanh thu is a change against the plan (FIGURES.md: a gap to a plan is a change with that baseline).",
    "'Năm 2024, công ty phấn đấu ...; dự kiến ...': the first clause is target, the 'dự kiến' clause forecast; both take Năm 2024.",
    "'Hiện trên địa bàn huyện có 9 doanh nghiệp ..., gồm 6 ... và 3 ...': parts take total 9; 'Hiện' gives no period.",
    "'chiếm khoảng 4,5%' after 2.150 tỷ is its percent attribute (approx of the attribute is not scored).",
]

if __name__ == "__main__":
    write("p1490-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Văn Lâm")
