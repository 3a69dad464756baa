"""p1481-2: district portal (huyện Đức Hòa, Long An): a jumbo-bag company's 2024 results, the district's packaging firms."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Tin tức | Kinh tế | Văn bản | Liên hệ

Bao bì Sông Vàm tăng trưởng 15% năm 2024
05/03/2025 - 08:40

Năm 2024, Công ty cổ phần Bao bì Sông Vàm (Lô C3-12, đường số 9, KCN Hải Sơn, xã Đức Hòa Hạ) sản xuất 2,4 triệu bao jumbo và 36 triệu bao PP dệt; doanh thu đạt 1.150 tỷ đồng, tăng 15% so với năm 2023, vượt 4,5% kế hoạch. Khoảng 92% sản lượng được xuất khẩu sang Nhật Bản, Hàn Quốc và châu Âu.

Công ty hiện vận hành ba nhà xưởng với tổng diện tích 5,8 ha, 260 máy dệt tròn và 14 dây chuyền may bao jumbo đạt chứng nhận ISO 9001:2015. Toàn công ty có 1.850 lao động, trong đó 1.420 lao động nữ; thu nhập bình quân từ 9 đến 10,5 triệu đồng/người/tháng.

Năm 2025, công ty phấn đấu doanh thu 1.300 tỷ đồng, dự kiến tuyển thêm 200-250 lao động khi đưa nhà xưởng số 4 vào hoạt động.

Theo Phòng Kinh tế huyện, trên địa bàn Đức Hòa hiện có 31 doanh nghiệp sản xuất bao bì nhựa, trong đó 12 doanh nghiệp chuyên sản xuất bao PP dệt và bao jumbo, chủ yếu tại các KCN Hải Sơn, Đức Hòa 1 và Tân Đức. Năm 2024, các doanh nghiệp này nộp ngân sách hơn 85 tỷ đồng, giải quyết việc làm cho gần 6.000 lao động địa phương.

Nguồn: Phòng Kinh tế huyện Đức Hòa

Tin khác:
- Đức Hòa ra quân thu ngân sách năm 2025
- Hội nghị đối thoại doanh nghiệp quý I

UBND HUYỆN ĐỨC HÒA
Địa chỉ: thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An. Điện thoại: 0272.3850.126
"""

Y24h = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CO = "Công ty cổ phần Bao bì Sông Vàm"

FIGS = [
    fig("tăng trưởng 15%", "15", 15, "percent", "%", subject="tăng trưởng Bao bì Sông Vàm", period=Y24h),
    fig("sản xuất 2,4 triệu", "2,4", 2.4e6, "count", "bao jumbo",
        subject=f"bao jumbo {CO} sản xuất", period=Y24),
    fig("và 36 triệu bao", "36", 36e6, "count", "bao PP dệt",
        subject=f"bao PP dệt {CO} sản xuất", period=Y24),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng",
        change=chg("increase", 15, "%", "năm 2023"), subject=f"doanh thu {CO}", period=Y24),
    fig("vượt 4,5% kế hoạch", "4,5", 4.5, "percent", "%", subject="doanh thu vượt kế hoạch",
        period=Y24, optional=True),
    fig("Khoảng 92%", "92", 92, "percent", "%", approx="about",
        subject="sản lượng được xuất khẩu", period=inh(Y24)),
    fig("ba nhà xưởng", "ba", 3, "count", "nhà xưởng", subject="nhà xưởng công ty vận hành"),
    fig("5,8 ha", "5,8", 5.8, "measure", "ha", subject="tổng diện tích nhà xưởng"),
    fig("260 máy", "260", 260, "count", "máy dệt tròn", subject="máy dệt tròn công ty vận hành"),
    fig("14 dây chuyền", "14", 14, "count", "dây chuyền", subject="dây chuyền may bao jumbo"),
    fig("có 1.850 lao động", "1.850", 1850, "count", "lao động", subject="lao động toàn công ty"),
    fig("1.420 lao động nữ", "1.420", 1420, "count", "lao động", total=1850, subject="lao động nữ"),
    fig("từ 9 đến 10,5", "9", 9e6, "money", "đồng/người/tháng", value_max=10.5e6,
        subject="thu nhập bình quân"),
    fig("doanh thu 1.300 tỷ", "1.300", 1300e9, "money", "đồng", status="target",
        subject="doanh thu công ty", period=Y25),
    fig("thêm 200-250", "200", 200, "count", "lao động", value_max=250, status="forecast",
        subject="lao động công ty tuyển thêm", period=Y25),
    fig("có 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bao bì nhựa trên địa bàn Đức Hòa"),
    fig("12 doanh nghiệp chuyên", "12", 12, "count", "doanh nghiệp", total=31,
        subject="doanh nghiệp chuyên sản xuất bao PP dệt và bao jumbo"),
    fig("hơn 85 tỷ", "85", 85e9, "money", "đồng", approx="over",
        subject="nộp ngân sách của các doanh nghiệp bao bì", period=Y24),
    fig("gần 6.000 lao động", "6.000", 6000, "count", "lao động", approx="nearly",
        subject="lao động địa phương được giải quyết việc làm", period=Y24),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, date line '05/03/2025 - 08:40' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'Lô C3-12, đường số 9', 'ISO 9001:2015', 'nhà xưởng số 4', 'KCN ... Đức Hòa 1', 'quý I' in a link, phone 0272.3850.126.",
    "'tăng 15% so với năm 2023, vượt 4,5% kế hoạch': the first is the change of 1.150 tỷ; the second change is a percent figure of its own (optional by the spec).",
    "'Khoảng 92% sản lượng được xuất khẩu' is a share with no base amount in its sentence: a percent figure (period năm 2024 inherited).",
    "'1.420 lao động nữ' after 'trong đó' → total 1.850. '12 doanh nghiệp' after 'trong đó' → total 31.",
    "'phấn đấu doanh thu 1.300 tỷ' target; 'dự kiến tuyển thêm 200-250 lao động' forecast (own cue). Headline growth 15% is a percent figure.",
    "Units: '2,4 triệu bao jumbo' and '36 triệu bao PP dệt' keep the product (the two counts differ by what is counted).",
    "Location: Đức Hòa (the district) for the whole article; the company is in KCN Hải Sơn, Đức Hòa.",
]

if __name__ == "__main__":
    write("p1481-2", TEXT, NOTES, FIGS, published="2025-03-05", location="Đức Hòa")
