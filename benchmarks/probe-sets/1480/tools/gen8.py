"""p1480-8: news agency (TTXVN / Vietnam+): groundbreaking of a 150 million USD glue and tape plant in Hải Phòng."""
from lib import fig, per, write

TEXT = """VIETNAM+ | THÔNG TẤN XÃ VIỆT NAM
Kinh tế › Đầu tư
Thứ Năm, 21/03/2024 - 15:12

Hải Phòng khởi công nhà máy keo dán, băng dính vốn 150 triệu USD

Hải Phòng, 21/3 (TTXVN) - Ngày 21/3, tại Khu công nghiệp Nam Đình Vũ (quận Hải An), Công ty TNHH Hanil Chemtech Việt Nam đã khởi công xây dựng nhà máy sản xuất keo dán và băng dính kỹ thuật với tổng vốn đầu tư 150 triệu USD.

Nhà máy được xây dựng trên diện tích 12,5 ha, chia thành hai giai đoạn. Giai đoạn 1 có vốn đầu tư 90 triệu USD, công suất thiết kế mỗi năm 36.000 tấn keo và 200 triệu m2 băng dính; giai đoạn 2 dự kiến nâng công suất keo lên 60.000 tấn/năm. Khi hoạt động hết công suất, nhà máy dự kiến tạo việc làm cho khoảng 800 lao động, doanh thu đạt khoảng 280 triệu USD/năm và nộp ngân sách 12-15 triệu USD mỗi năm.

Ông Kim Jae-won, Tổng giám đốc Hanil Chemtech cho biết, dự kiến khoảng 65% sản phẩm của nhà máy sẽ xuất khẩu sang Hàn Quốc, Mỹ và châu Âu, phần còn lại cung cấp cho các nhà máy điện tử, ô tô tại miền Bắc.

Phát biểu tại lễ khởi công, Phó Chủ tịch UBND thành phố Lê Văn Thắng cho biết, năm 2023 Hải Phòng thu hút 3,25 tỷ USD vốn FDI, đứng thứ 3 cả nước; riêng 2 tháng đầu năm 2024 đạt 412 triệu USD. Hiện thành phố có 14 dự án sản xuất keo dán, băng dính và vật liệu kết dính với tổng vốn đăng ký gần 640 triệu USD.

(TTXVN/Vietnam+)

Tin cùng chuyên mục:
- Hải Phòng: Xúc tiến đầu tư vào các khu kinh tế ven biển
- Doanh nghiệp Hàn Quốc mở rộng đầu tư tại miền Bắc
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
HA = "Hải An"

FIGS = [
    fig("vốn 150 triệu USD", "150", 150e6, "money", "USD", subject="vốn nhà máy keo dán, băng dính"),
    fig("đầu tư 150 triệu USD", "150", 150e6, "money", "USD",
        subject="tổng vốn đầu tư nhà máy sản xuất keo dán và băng dính kỹ thuật", location=HA),
    fig("diện tích 12,5 ha", "12,5", 12.5, "measure", "ha", subject="diện tích nhà máy", location=HA),
    fig("hai giai đoạn", "hai", 2, "count", "giai đoạn", subject="giai đoạn xây dựng nhà máy", location=HA,
        optional=True),
    fig("đầu tư 90 triệu USD", "90", 90e6, "money", "USD", subject="vốn đầu tư giai đoạn 1", location=HA),
    fig("mỗi năm 36.000 tấn", "36.000", 36000, "measure", "tấn/năm", subject="công suất thiết kế keo giai đoạn 1",
        location=HA),
    fig("200 triệu m2", "200", 200e6, "measure", "m2/năm", subject="công suất thiết kế băng dính giai đoạn 1",
        location=HA),
    fig("lên 60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", status="forecast",
        subject="công suất keo giai đoạn 2", location=HA),
    fig("khoảng 800 lao động", "800", 800, "count", "lao động", approx="about", status="forecast",
        subject="lao động nhà máy tạo việc làm", location=HA),
    fig("khoảng 280 triệu USD/năm", "280", 280e6, "money", "USD/năm", approx="about", status="forecast",
        subject="doanh thu nhà máy", location=HA),
    fig("sách 12-15 triệu USD", "12", 12e6, "money", "USD/năm", value_max=15e6, status="forecast",
        subject="nộp ngân sách mỗi năm", location=HA),
    fig("khoảng 65% sản phẩm", "65", 65, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ sản phẩm của nhà máy xuất khẩu", location=HA),
    fig("thu hút 3,25 tỷ USD", "3,25", 3.25e9, "money", "USD", subject="vốn FDI thu hút", period=Y23),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="thu hút vốn FDI", period=Y23),
    fig("đạt 412 triệu USD", "412", 412e6, "money", "USD", subject="vốn FDI thu hút", period=M2),
    fig("có 14 dự án", "14", 14, "count", "dự án",
        subject="dự án sản xuất keo dán, băng dính và vật liệu kết dính"),
    fig("gần 640 triệu USD", "640", 640e6, "money", "USD", approx="nearly", subject="tổng vốn đăng ký"),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): header date 'Thứ Năm, 21/03/2024 - 15:12' (published), dateline 'Hải Phòng, 21/3 (TTXVN) -',",
    "source line, related links. The plant in KCN Nam Đình Vũ (quận Hải An): location Hải An; city figures: Hải Phòng.",
    "The headline '150 triệu USD' names only Hải Phòng: its location is Hải Phòng.",
    "'Giai đoạn 1', 'giai đoạn 2' are names; 'chia thành hai giai đoạn' describes the plan's structure: optional.",
    "'công suất thiết kế mỗi năm 36.000 tấn keo và 200 triệu m2 băng dính' -> rates tấn/năm, m2/năm (actual: registered specs).",
    "'dự kiến' governs the 60.000 tấn/năm clause, the 800 / 280 triệu / 12-15 triệu chain and the 65% (forecast).",
    "'USD mỗi năm' -> unit 'USD/năm'. The 90 triệu USD of phase 1 has no part cue: no total.",
    "'2 tháng đầu năm 2024' ends on 2024-02-29. 'đứng thứ 3 cả nước' is Hải Phòng's rank.",
]

if __name__ == "__main__":
    write("p1480-8", TEXT, NOTES, FIGS, published="2024-03-21", location="Hải Phòng")
