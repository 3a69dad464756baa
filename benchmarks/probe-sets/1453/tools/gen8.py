"""p1453-8: news agency (Vietnam+/TTXVN): a second vacuum-bottle factory breaks ground in huyện Đức Hòa, Long An."""
from lib import fig, period, inherit, change, target, write

TEXT = """VIETNAM+ | Kinh tế | Doanh nghiệp

Đầu tư 650 tỷ đồng xây nhà máy bình giữ nhiệt tại Long An

12/06/2024 16:05 GMT+7

Long An (TTXVN) - Ngày 12/6, Công ty cổ phần Gia dụng Sao Phương Nam khởi công nhà máy thứ hai tại Khu công nghiệp Tân Đức, huyện Đức Hòa, với tổng vốn đầu tư 650 tỷ đồng trên diện tích 6,2 ha.

Nhà máy có công suất 8 triệu sản phẩm/năm, gấp đôi nhà máy hiện hữu của công ty tại huyện Bến Lức. Dự kiến quý III/2025, nhà máy sẽ vận hành giai đoạn 1 và tạo việc làm cho khoảng 1.200 lao động.

Theo ông Trần Quốc Bảo, Tổng giám đốc công ty, năm 2023 doanh thu của Sao Phương Nam đạt 1.150 tỷ đồng, tăng 14% so với năm 2022; 5 tháng đầu năm 2024 đạt 560 tỷ đồng, bằng 43% kế hoạch năm. Năm nay, công ty phấn đấu doanh thu 1.300 tỷ đồng.

Sản phẩm của công ty có mặt tại hơn 3.000 điểm bán ở 63/63 tỉnh, thành phố và được xuất khẩu sang 12 quốc gia; thị phần bình giữ nhiệt của công ty ước khoảng 18%.

Phát biểu tại lễ khởi công, Phó Chủ tịch UBND tỉnh Long An cho biết 5 tháng đầu năm, tỉnh thu hút 38 dự án FDI mới với tổng vốn đăng ký gần 520 triệu USD, trong đó lĩnh vực công nghiệp chế biến, chế tạo chiếm 81%. Tỉnh cam kết đồng hành, tạo điều kiện để doanh nghiệp sớm đưa nhà máy vào hoạt động.

Tin liên quan:
- Long An: Khởi công dự án nhà ở xã hội tại Bến Lức
- Xuất khẩu đồ gia dụng tăng trưởng hai con số

(TTXVN/Vietnam+)
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
M5 = period("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
NOW = period("Năm nay", "2024-01-01", "2024-12-31")
M5_LA = period("5 tháng đầu năm", "2024-01-01", "2024-05-31")
DH = "Đức Hòa"
CO = "công ty cổ phần Gia dụng Sao Phương Nam"

FIGS = [
    fig("Đầu tư 650 tỷ", "650", 650e9, "money", "đồng", subject="vốn đầu tư nhà máy bình giữ nhiệt"),
    fig("tư 650 tỷ đồng trên", "650", 650e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy thứ hai",
        location=DH),
    fig("tích 6,2 ha", "6,2", 6.2, "measure", "ha", subject="diện tích nhà máy", location=DH),
    fig("suất 8 triệu", "8", 8e6, "measure", "sản phẩm/năm",
        change=change("increase", 2, "lần", "nhà máy hiện hữu của công ty tại huyện Bến Lức"),
        subject="công suất nhà máy", location=DH),
    fig("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", approx="about", status="forecast",
        subject="lao động nhà máy tạo việc làm", location=DH),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng",
        change=change("increase", 14, "%", "năm 2022"), subject="doanh thu của Sao Phương Nam", period=Y23),
    fig("đạt 560 tỷ", "560", 560e9, "money", "đồng", percent=43,
        subject="doanh thu của Sao Phương Nam", period=M5),
    fig("doanh thu 1.300 tỷ", "1.300", 1300e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=NOW),
    fig("hơn 3.000 điểm", "3.000", 3000, "count", "điểm bán", approx="over",
        subject="điểm bán có sản phẩm của công ty", location="Việt Nam"),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố có sản phẩm của công ty", location="Việt Nam"),
    fig("sang 12 quốc gia", "12", 12, "count", "quốc gia", subject="quốc gia công ty xuất khẩu sang"),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about", status="estimate",
        subject="thị phần bình giữ nhiệt của công ty"),
    fig("thu hút 38 dự án", "38", 38, "count", "dự án", subject="dự án FDI mới", period=M5_LA),
    fig("gần 520 triệu", "520", 520e6, "money", "USD", approx="nearly",
        subject="tổng vốn đăng ký dự án FDI mới", period=M5_LA),
    fig("chiếm 81%", "81", 81, "percent", "%",
        subject="tỷ trọng lĩnh vực công nghiệp chế biến, chế tạo", period=M5_LA),
]

NOTES = [
    "News agency (Vietnam+/TTXVN): section bar, headline, '12/06/2024 16:05 GMT+7', dateline tag 'Long An (TTXVN) -', related links, source line.",
    "Distractors: 16:05, 'Ngày 12/6', 'nhà máy thứ hai' (ordinal), 'quý III/2025' and 'giai đoạn 1' (a date and a phase name),",
    "'63/63' is a figure, 'hai con số' in a related link title is not.",
    "Locations: the headline names Long An; the new plant's figures are in huyện Đức Hòa; the company (its existing plant in",
    "huyện Bến Lức) and the provincial FDI figures are Long An (default); the nationwide sales network (3.000 points, 63/63",
    "provinces) is Việt Nam (a count of provinces). The market share of the company stays with the company (Long An, borderline).",
    "'gấp đôi nhà máy hiện hữu' → change increase 2 lần (number word 'đôi'); the baseline plant in Bến Lức is not the location.",
    "'Dự kiến quý III/2025, nhà máy sẽ vận hành giai đoạn 1 và tạo việc làm cho khoảng 1.200 lao động' → forecast; 'quý III/2025'",
    "dates the start of operation, not the jobs, so no period (not scored).",
    "'Năm nay' → 2024 (published). '5 tháng đầu năm' (no year) → 2024 from the nearest earlier period.",
    "'trong đó lĩnh vực ... chiếm 81%' → percent figure of its own (the share of a part).",
]

if __name__ == "__main__":
    write(8, TEXT, NOTES, FIGS, published="2024-06-12", location="Long An")
