"""p1489-2: district portal (huyện Đức Hòa, Long An): a blender and juicer maker, 2023 results, 2024 plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức - Sự kiện / Kinh tế

Doanh nghiệp sản xuất máy xay sinh tố mở rộng thị trường

19/03/2024 - 10:20

Công ty TNHH Gia dụng Phúc An Long, đóng tại Khu công nghiệp Tân Đức, xã Đức Hòa Hạ, là một trong ba doanh nghiệp sản xuất máy xay sinh tố, máy ép trái cây trên địa bàn huyện. Năm 2023, công ty sản xuất 820.000 sản phẩm, tăng 15% so với năm 2022; doanh thu đạt 312 tỷ đồng, vượt 4% kế hoạch; nộp ngân sách hơn 18 tỷ đồng.

Công ty hiện có 460 lao động, trong đó hơn 300 người là lao động địa phương, thu nhập bình quân 9,5 triệu đồng/người/tháng. Nhà máy vận hành bốn dây chuyền lắp ráp, gồm ba dây chuyền máy xay sinh tố và một dây chuyền máy ép chậm.

Ông Trần Minh Khoa, Giám đốc công ty cho biết, khoảng 65% sản lượng được xuất khẩu sang Thái Lan, Philippines và Malaysia. Giá bán máy xay sinh tố trong nước từ 450.000 đến 1,2 triệu đồng/chiếc; máy ép chậm từ 2,5 đến 4 triệu đồng/chiếc.

Năm 2024, công ty phấn đấu đạt doanh thu 350 tỷ đồng, tuyển thêm từ 80 đến 100 lao động. Dự kiến trong quý II, công ty khởi công thêm một nhà xưởng diện tích 6.000 m2 tại lô C12, đường số 5 của khu công nghiệp.

Toàn huyện hiện có 5 doanh nghiệp sản xuất, lắp ráp thiết bị điện gia dụng với tổng vốn đăng ký khoảng 45 triệu USD, giải quyết việc làm cho gần 1.200 lao động. Giai đoạn 2021-2025, huyện phấn đấu thu hút thêm ít nhất hai dự án sản xuất thiết bị gia dụng.

Nguồn: Phòng Kinh tế - Hạ tầng huyện

Tin khác:
- Đức Hòa ra quân Tháng Công nhân năm 2024
- Hội nghị đối thoại doanh nghiệp quý I

Địa chỉ: Số 2 đường Nguyễn Trung Trực, khu phố 1, thị trấn Hậu Nghĩa
Điện thoại: 0272.3850.311
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
GD = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    fig("trong ba doanh nghiệp", "ba", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất máy xay sinh tố, máy ép trái cây trên địa bàn huyện"),
    fig("sản xuất 820.000 sản phẩm", "820.000", 820000, "count", "sản phẩm",
        change=chg("increase", 15, "%", "năm 2022"), subject="sản phẩm công ty sản xuất", period=Y23),
    fig("đạt 312 tỷ", "312", 312e9, "money", "đồng", change=chg("increase", 4, "%", "kế hoạch"),
        subject="doanh thu của công ty", period=Y23),
    fig("hơn 18 tỷ", "18", 18e9, "money", "đồng", approx="over", subject="nộp ngân sách của công ty", period=Y23),
    fig("có 460 lao động", "460", 460, "count", "lao động", subject="lao động của công ty"),
    fig("hơn 300 người", "300", 300, "count", "người", approx="over", total=460,
        subject="lao động địa phương"),
    fig("bình quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của lao động công ty"),
    fig("bốn dây chuyền", "bốn", 4, "count", "dây chuyền", subject="dây chuyền lắp ráp nhà máy vận hành"),
    fig("gồm ba dây chuyền", "ba", 3, "count", "dây chuyền", total=4,
        subject="dây chuyền máy xay sinh tố"),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền", total=4,
        subject="dây chuyền máy ép chậm"),
    fig("khoảng 65% sản lượng", "65", 65, "percent", "%", approx="about",
        subject="sản lượng được xuất khẩu"),
    fig("từ 450.000 đến 1,2 triệu", "450.000", 450000, "money", "đồng/chiếc", value_max=1.2e6,
        subject="giá bán máy xay sinh tố trong nước"),
    fig("từ 2,5 đến 4 triệu", "2,5", 2.5e6, "money", "đồng/chiếc", value_max=4e6,
        subject="giá bán máy ép chậm"),
    fig("doanh thu 350 tỷ", "350", 350e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=Y24),
    fig("từ 80 đến 100 lao động", "80", 80, "count", "lao động", value_max=100, status="target",
        subject="lao động tuyển thêm", period=Y24),
    fig("thêm một nhà xưởng", "một", 1, "count", "nhà xưởng", status="forecast",
        subject="nhà xưởng công ty khởi công thêm", period=Q2),
    fig("tích 6.000 m2", "6.000", 6000, "measure", "m2", status="forecast",
        subject="diện tích nhà xưởng", period=Q2),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, lắp ráp thiết bị điện gia dụng"),
    fig("khoảng 45 triệu", "45", 45e6, "money", "USD", approx="about", subject="tổng vốn đăng ký"),
    fig("gần 1.200 lao động", "1.200", 1200, "count", "lao động", approx="nearly",
        subject="lao động được giải quyết việc làm"),
    fig("ít nhất hai dự án", "hai", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất thiết bị gia dụng thu hút thêm", period=GD),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): portal banner naming the district, breadcrumb, '19/03/2024 - 10:20', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'lô C12, đường số 5', 'Số 2 đường Nguyễn Trung Trực, khu phố 1', phone 0272.3850.311, 'quý I' and 'năm 2024' in link titles.",
    "'một trong ba doanh nghiệp': 'ba' is a count of firms; 'một trong' (one of) is not a figure.",
    "'vượt 4% kế hoạch' after the revenue is a change with baseline 'kế hoạch' (FIGURES.md: result against plan).",
    "'trong đó hơn 300 người' → total 460; 'bốn dây chuyền, gồm ba ... và một ...' → parts with total 4 (they add up).",
    "'khoảng 65% sản lượng được xuất khẩu' is a percent figure of its own (no amount before it).",
    "'Năm 2024, công ty phấn đấu ...' governs both clauses (target); 'Dự kiến trong quý II' governs the workshop and its area (forecast).",
    "Location: the district Đức Hòa throughout; Thái Lan, Philippines, Malaysia are trade partners.",
    "No period for standing figures ('hiện', prices).",
]

if __name__ == "__main__":
    write("p1489-2", TEXT, NOTES, FIGS, published="2024-03-19", location="Đức Hòa")
