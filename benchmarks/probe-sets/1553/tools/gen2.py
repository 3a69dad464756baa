"""p1553-2: district portal (huyện Đức Hòa, Long An): a new sports-shoe factory opens."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội

Khánh thành nhà máy giày thể thao tạo việc làm cho hơn 3.000 lao động

18/03/2025 - 10:20

Sáng 17/3, Công ty TNHH Giày thể thao Tân Việt Phong tổ chức lễ khánh thành nhà máy tại Khu công nghiệp Hải Sơn, xã Đức Hòa Hạ. Nhà máy có tổng vốn đầu tư 65 triệu USD, xây dựng trên diện tích 12,5 ha, gồm ba xưởng may mũ giày và hai xưởng gò ráp đế.

Giai đoạn 1, nhà máy có công suất 8 triệu đôi/năm, sử dụng hơn 3.000 lao động, trong đó khoảng 70% là lao động nữ. Thu nhập bình quân của công nhân từ 8,5 đến 10 triệu đồng/người/tháng, chưa kể tiền thưởng và phụ cấp.

Theo ông Lý Minh Khang, Giám đốc nhà máy, sản phẩm chủ yếu là giày chạy bộ và giày đá bóng xuất khẩu sang Hoa Kỳ, Nhật Bản và Hàn Quốc. Năm 2025, công ty phấn đấu xuất khẩu 5,6 triệu đôi, doanh thu đạt khoảng 90 triệu USD. Dự kiến đến năm 2027, công ty đầu tư giai đoạn 2, nâng công suất lên 15 triệu đôi/năm và tuyển thêm từ 2.500 đến 3.000 lao động.

Hiện trên địa bàn huyện có 14 doanh nghiệp sản xuất giày dép, túi xách, giải quyết việc làm cho khoảng 21.000 lao động. Năm 2024, giá trị sản xuất ngành giày dép của huyện đạt 6.850 tỷ đồng, tăng 9,8% so với năm 2023. Mục tiêu đến năm 2030, huyện thu hút thêm ba chục doanh nghiệp ngành da giày.

Nguồn: Phòng Kinh tế - Hạ tầng huyện Đức Hòa

Tin khác:
- Đức Hòa: Ra quân Tháng Thanh niên năm 2025
- Hội nghị đối thoại với doanh nghiệp quý I

UBND huyện Đức Hòa - Địa chỉ: Số 1 đường Võ Văn Tần, thị trấn Hậu Nghĩa - ĐT: 0272.3850.411
"""

Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T27 = per("đến năm 2027", None, "2027-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("cho hơn 3.000 lao động", "3.000", 3000, "count", "lao động", approx="over",
        subject="lao động được tạo việc làm"),
    fig("tư 65 triệu USD", "65", 65e6, "money", "USD", subject="tổng vốn đầu tư nhà máy"),
    fig("diện tích 12,5 ha", "12,5", 12.5, "measure", "ha", subject="diện tích nhà máy"),
    fig("gồm ba xưởng", "ba", 3, "count", "xưởng", subject="xưởng may mũ giày"),
    fig("và hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng gò ráp đế"),
    fig("công suất 8 triệu", "8", 8e6, "measure", "đôi/năm", subject="công suất nhà máy giai đoạn 1"),
    fig("sử dụng hơn 3.000 lao động", "3.000", 3000, "count", "lao động", approx="over",
        subject="lao động nhà máy sử dụng"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="tỷ lệ lao động nữ"),
    fig("từ 8,5 đến 10 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập bình quân của công nhân"),
    fig("xuất khẩu 5,6 triệu", "5,6", 5.6e6, "count", "đôi", status="target",
        subject="giày công ty xuất khẩu", period=Y25),
    fig("khoảng 90 triệu USD", "90", 90e6, "money", "USD", approx="about", status="target",
        subject="doanh thu công ty", period=Y25),
    fig("lên 15 triệu", "15", 15e6, "measure", "đôi/năm", status="forecast",
        subject="công suất nhà máy", period=T27),
    fig("từ 2.500 đến 3.000 lao động", "2.500", 2500, "count", "lao động", value_max=3000, status="forecast",
        subject="lao động công ty tuyển thêm", period=T27),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép, túi xách trên địa bàn huyện"),
    fig("khoảng 21.000 lao động", "21.000", 21000, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp giày dép, túi xách giải quyết việc làm"),
    fig("đạt 6.850 tỷ", "6.850", 6850e9, "money", "đồng", change=chg("increase", 9.8, "%", "năm 2023"),
        subject="giá trị sản xuất ngành giày dép của huyện", period=Y24),
    fig("thêm ba chục doanh nghiệp", "ba chục", 30, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp ngành da giày huyện thu hút thêm", period=T30),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): portal banner naming the district, breadcrumb, '18/03/2025 - 10:20', Nguồn, Tin khác, address footer.",
    "Distractors: 'Sáng 17/3', 10:20, 'Giai đoạn 1' / 'giai đoạn 2' (phase names), 'năm 2025' and 'quý I' in link titles, 'Số 1 đường Võ Văn Tần', phone.",
    "Headline 'hơn 3.000 lao động' and body 'sử dụng hơn 3.000 lao động' are two figures.",
    "'gồm ba xưởng ... và hai xưởng' follows no count of xưởng (the whole is the factory, 12,5 ha): no total.",
    "'trong đó khoảng 70% là lao động nữ' is a percent figure of its own (no chiếm/đạt after an amount).",
    "'phấn đấu' governs 'doanh thu đạt khoảng 90 triệu USD' (same sentence, continuing clause): target. 'Dự kiến đến năm 2027' → forecast, start null.",
    "'ba chục doanh nghiệp' = 30 (number words). All figures are located in Đức Hòa (the factory is in xã Đức Hòa Hạ of the district).",
]

if __name__ == "__main__":
    write("p1553-2", TEXT, NOTES, FIGS, published="2025-03-18", location="Đức Hòa")
