"""p1510-2: district portal (huyện Đức Hòa, Long An): a cotton swab maker in xã Hựu Thạnh, district figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

Doanh nghiệp tăm bông ở Hựu Thạnh mở rộng sản xuất

Ngày đăng: 18/07/2024

Công ty TNHH Bông Y tế Phước An đóng tại ấp Tân Hòa, xã Hựu Thạnh được thành lập năm 2016, hiện có 3 xưởng sản xuất với tổng diện tích khoảng 8.500 m2. Công ty sử dụng 260 lao động, trong đó 184 lao động nữ, thu nhập từ 7,5 đến 9 triệu đồng/người/tháng.

Năm 2023, công ty sản xuất 1,2 tỷ que tăm bông, tăng 15% so với năm 2022; doanh thu đạt khoảng 148 tỷ đồng, vượt 8% kế hoạch. Mỗi tháng công ty sử dụng khoảng 45 tấn bông xơ. Sản phẩm được đóng hộp 200 que, giá bán từ 12.000 đến 18.000 đồng/hộp.

6 tháng đầu năm 2024, công ty xuất khẩu được 96 triệu que sang Malaysia và Philippines, tăng gấp đôi cùng kỳ. Năm 2024, công ty phấn đấu doanh thu đạt 165 tỷ đồng, xuất khẩu từ 25 đến 30% sản lượng; dự kiến tuyển thêm 40 lao động.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 7 doanh nghiệp sản xuất tăm bông, khăn ướt, gồm 4 doanh nghiệp tăm bông và 3 doanh nghiệp khăn ướt, giải quyết việc làm cho gần 900 lao động. 6 tháng đầu năm 2024, giá trị sản xuất của nhóm ngành này ước đạt 310 tỷ đồng, tăng 9,2% so với cùng kỳ, chiếm 1,6% giá trị sản xuất công nghiệp toàn huyện.

Nguồn: Phòng Kinh tế huyện Đức Hòa

Tin khác:
- Đức Hòa tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024
- Xã Hựu Thạnh ra mắt mô hình "Dân vận khéo"

Địa chỉ: Số 01 đường Nguyễn Văn Dương, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3850.236
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng sản xuất của Công ty TNHH Bông Y tế Phước An"),
    fig("khoảng 8.500 m2", "8.500", 8500, "measure", "m2", approx="about", subject="tổng diện tích các xưởng sản xuất"),
    fig("sử dụng 260 lao động", "260", 260, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("184 lao động nữ", "184", 184, "count", "lao động", total=260, subject="lao động nữ"),
    fig("từ 7,5 đến 9 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của lao động"),
    fig("xuất 1,2 tỷ", "1,2", 1.2e9, "count", "que", change=chg("increase", 15, "%", "năm 2022"),
        subject="tăm bông công ty sản xuất", period=Y23),
    fig("khoảng 148 tỷ", "148", 148e9, "money", "đồng", approx="about", change=chg("increase", 8, "%", "kế hoạch"),
        subject="doanh thu của công ty", period=Y23),
    fig("khoảng 45 tấn", "45", 45, "measure", "tấn/tháng", approx="about",
        subject="bông xơ công ty sử dụng mỗi tháng"),
    fig("hộp 200 que", "200", 200, "count", "que", subject="số que mỗi hộp tăm bông", optional=True),
    fig("từ 12.000 đến 18.000", "12.000", 12000, "money", "đồng/hộp", value_max=18000,
        subject="giá bán tăm bông"),
    fig("được 96 triệu", "96", 96e6, "count", "que", change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="tăm bông công ty xuất khẩu sang Malaysia và Philippines", period=H1),
    fig("đạt 165 tỷ", "165", 165e9, "money", "đồng", status="target", subject="doanh thu của công ty", period=Y24),
    fig("từ 25 đến 30%", "25", 25, "percent", "%", value_max=30, status="target",
        subject="tỷ lệ sản lượng xuất khẩu", period=Y24),
    fig("thêm 40 lao động", "40", 40, "count", "lao động", status="forecast",
        subject="lao động công ty tuyển thêm", period=Y24),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất tăm bông, khăn ướt"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=7, subject="doanh nghiệp tăm bông"),
    fig("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7, subject="doanh nghiệp khăn ướt"),
    fig("gần 900 lao động", "900", 900, "count", "lao động", approx="nearly",
        subject="lao động được giải quyết việc làm"),
    fig("ước đạt 310 tỷ", "310", 310e9, "money", "đồng", status="estimate", percent=1.6,
        change=chg("increase", 9.2, "%", "cùng kỳ"),
        subject="giá trị sản xuất của nhóm ngành tăm bông, khăn ướt", period=H1),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, 'Ngày đăng: 18/07/2024', 'Nguồn:', 'Tin khác', address and phone footer.",
    "Everything is in huyện Đức Hòa (xã Hựu Thạnh is a commune of it): location Đức Hòa for all figures.",
    "Distractors: founding year 'năm 2016', 'ấp Tân Hòa', 'Số 01', phone 0272.3850.236, '6 tháng đầu năm 2024' in a link title.",
    "'trong đó 184 lao động nữ' → total 260. 'vượt 8% kế hoạch' → change (increase 8%, baseline kế hoạch), as the spec says.",
    "'Mỗi tháng ... khoảng 45 tấn' → unit tấn/tháng. 'hộp 200 que' (pack size) is optional.",
    "'tăng gấp đôi cùng kỳ' → change increase 2 lần ('đôi' = 2).",
    "'Năm 2024, công ty phấn đấu ...; dự kiến tuyển thêm 40 lao động' → 165 tỷ and 25-30% target, 40 forecast (own cue).",
    "'gồm 4 ... và 3 ...' → total 7. '310 tỷ ... ước đạt' → estimate, change 9,2% then share 1,6% (percent attribute).",
]

if __name__ == "__main__":
    write("p1510-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Đức Hòa")
