"""p1502-2: district portal (huyện Văn Lâm, Hưng Yên): a recycled-plastic chair cooperative in xã Chỉ Đạo."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ / Tin tức / Kinh tế - Xã hội

Ghế nhựa tái chế của Hợp tác xã Minh Phát vào siêu thị

18/03/2025 - 10:20

Được thành lập năm 2018 với 7 thành viên, hiện Hợp tác xã Nhựa Minh Phát (thôn Minh Khai, xã Chỉ Đạo) có 23 thành viên, hai xưởng sản xuất với diện tích khoảng 4.500 m2. Năm 2024, hợp tác xã thu gom, tái chế khoảng 2.800 tấn nhựa phế liệu, sản xuất hơn 1,6 triệu chiếc ghế nhựa các loại và 120.000 bộ bàn ghế trẻ em; doanh thu đạt 46 tỷ đồng, tăng 18% so với năm 2023 và bằng 115% kế hoạch; lợi nhuận sau thuế 3,2 tỷ đồng.

Sản phẩm của hợp tác xã hiện có mặt tại 35 siêu thị và hơn 200 đại lý ở các tỉnh phía Bắc. Giá bán ghế đẩu từ 25.000 đến 40.000 đồng/chiếc, bộ bàn ghế trẻ em 180.000 đồng/bộ. Hợp tác xã tạo việc làm cho 65 lao động, trong đó 41 lao động nữ, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Ông Nguyễn Văn Thắng, Giám đốc hợp tác xã cho biết, năm 2025 đơn vị phấn đấu doanh thu đạt 55 tỷ đồng; dự kiến đầu tư thêm ba máy ép phun với kinh phí khoảng 4,5 tỷ đồng.

Toàn huyện hiện có 312 hộ và 27 doanh nghiệp sản xuất, tái chế nhựa, tập trung chủ yếu tại xã Chỉ Đạo. Giá trị sản xuất của ngành nhựa năm 2024 ước đạt 1.950 tỷ đồng, chiếm khoảng 9% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện.

Nguồn: Phòng Kinh tế và Hạ tầng

Tin khác:
- Văn Lâm: Hội nghị triển khai nhiệm vụ năm 2025
- Xã Chỉ Đạo ra quân bảo vệ môi trường làng nghề

UBND huyện Văn Lâm - Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên - Điện thoại: 0221.3985.127
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("với 7 thành viên", "7", 7, "count", "thành viên",
        subject="thành viên khi thành lập hợp tác xã", period=Y18),
    fig("có 23 thành viên", "23", 23, "count", "thành viên",
        subject="thành viên Hợp tác xã Nhựa Minh Phát"),
    fig("hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng sản xuất của hợp tác xã"),
    fig("khoảng 4.500 m2", "4.500", 4500, "measure", "m2", approx="about",
        subject="diện tích xưởng sản xuất"),
    fig("khoảng 2.800 tấn", "2.800", 2800, "measure", "tấn", approx="about",
        subject="nhựa phế liệu hợp tác xã thu gom, tái chế", period=Y24),
    fig("hơn 1,6 triệu", "1,6", 1.6e6, "count", "chiếc", approx="over",
        subject="ghế nhựa các loại hợp tác xã sản xuất", period=Y24),
    fig("và 120.000 bộ", "120.000", 120000, "count", "bộ",
        subject="bộ bàn ghế trẻ em hợp tác xã sản xuất", period=Y24),
    fig("đạt 46 tỷ", "46", 46e9, "money", "đồng", percent=115,
        change=chg("increase", 18, "%", "năm 2023"),
        subject="doanh thu của hợp tác xã", period=Y24),
    fig("thuế 3,2 tỷ", "3,2", 3.2e9, "money", "đồng",
        subject="lợi nhuận sau thuế của hợp tác xã", period=Y24),
    fig("tại 35 siêu thị", "35", 35, "count", "siêu thị",
        subject="siêu thị có sản phẩm của hợp tác xã"),
    fig("hơn 200 đại lý", "200", 200, "count", "đại lý", approx="over",
        subject="đại lý có sản phẩm của hợp tác xã"),
    fig("từ 25.000 đến 40.000", "25.000", 25000, "money", "đồng/chiếc", value_max=40000,
        subject="giá bán ghế đẩu"),
    fig("em 180.000 đồng/bộ", "180.000", 180000, "money", "đồng/bộ",
        subject="giá bán bộ bàn ghế trẻ em"),
    fig("cho 65 lao động", "65", 65, "count", "lao động",
        subject="lao động hợp tác xã tạo việc làm"),
    fig("trong đó 41 lao động", "41", 41, "count", "lao động", total=65, subject="lao động nữ"),
    fig("quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động hợp tác xã"),
    fig("đạt 55 tỷ", "55", 55e9, "money", "đồng", status="target",
        subject="doanh thu của hợp tác xã", period=Y25),
    fig("thêm ba máy", "ba", 3, "count", "máy ép phun", status="forecast",
        subject="máy ép phun đầu tư thêm", period=Y25),
    fig("khoảng 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí đầu tư máy ép phun", period=Y25),
    fig("có 312 hộ", "312", 312, "count", "hộ", subject="hộ sản xuất, tái chế nhựa"),
    fig("và 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, tái chế nhựa"),
    fig("ước đạt 1.950 tỷ", "1.950", 1950e9, "money", "đồng", status="estimate", percent=9,
        subject="giá trị sản xuất của ngành nhựa", period=Y24b),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner, breadcrumb, '18/03/2025 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address/phone footer.",
    "Distractors: 10:20, 'năm 2025' in a link title, phone 0221.3985.127, 'thôn Minh Khai'. The founding year 'năm 2018' locates '7 thành viên' only.",
    "Location: every figure is the district's or of a cooperative in xã Chỉ Đạo (a commune of Văn Lâm) → default Văn Lâm.",
    "'tăng 18% so với năm 2023 và bằng 115% kế hoạch' → change + percent of 46 tỷ; '65 lao động, trong đó 41 lao động nữ' → total 65.",
    "'năm 2025 đơn vị phấn đấu ...; dự kiến đầu tư thêm ba máy ...' → target for 55 tỷ, forecast for ba máy and 4,5 tỷ (the 'dự kiến' clause has its own cue).",
    "'chiếm khoảng 9%' after 1.950 tỷ → percent attribute 9 (estimate).",
]

if __name__ == "__main__":
    write("p1502-2", TEXT, NOTES, FIGS, published="2025-03-18", location="Văn Lâm")
