"""p1549-8: news agency (TTXVN / Vietnam+): groundbreaking of a toothbrush plant in huyện Thái Thụy, Thái Bình."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | Kinh tế > Doanh nghiệp

Thái Bình: Khởi công nhà máy bàn chải đánh răng vốn 45 triệu USD

Thứ Ba, 08/04/2025 - 16:45

Thái Bình (TTXVN) - Ngày 8/4, tại Khu công nghiệp Liên Hà Thái (huyện Thái Thụy), Công ty TNHH Hanvit Oral Care Việt Nam khởi công xây dựng nhà máy sản xuất bàn chải đánh răng và chỉ nha khoa với tổng vốn đầu tư 45 triệu USD (khoảng 1.150 tỷ đồng).

Nhà máy được xây dựng trên diện tích 6,2 ha, chia làm 2 giai đoạn. Giai đoạn 1 có công suất thiết kế khoảng 250 triệu sản phẩm/năm, dự kiến hoàn thành vào quý II/2026; giai đoạn 2 dự kiến nâng công suất lên 400 triệu sản phẩm/năm. Khi đi vào hoạt động ổn định, nhà máy dự kiến tạo việc làm cho 1.500-1.800 lao động, trong đó ít nhất 80% là lao động địa phương. Dự kiến khoảng 95% sản phẩm sẽ được xuất khẩu sang Hoa Kỳ, châu Âu và Nhật Bản.

Ông Kim Jae-won, Tổng Giám đốc công ty cho biết, đây là dự án thứ hai của tập đoàn tại Việt Nam, sau nhà máy tại Bắc Ninh hiện sử dụng trên 4.200 công nhân.

Phát biểu tại lễ khởi công, Phó Chủ tịch UBND tỉnh cho biết, quý I/2025, Thái Bình thu hút 14 dự án đầu tư mới, trong đó có 6 dự án FDI với tổng vốn đăng ký 312 triệu USD, tăng 2,4 lần so với cùng kỳ. Hiện KCN Liên Hà Thái đã cho thuê 185/460 ha đất công nghiệp.

(TTXVN/Vietnam+)

Tin cùng chuyên mục:
- Bắc Ninh: Khánh thành nhà máy linh kiện điện tử thứ ba của tập đoàn Hàn Quốc
"""

Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
TT = "Thái Thụy"

FIGS = [
    fig("vốn 45 triệu USD\n", "45", 45e6, "money", "USD", subject="vốn nhà máy bàn chải đánh răng",
        location="Thái Bình"),
    fig("tư 45 triệu USD", "45", 45e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=TT),
    fig("khoảng 1.150 tỷ", "1.150", 1150e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư nhà máy",
        location=TT, optional=True),
    fig("diện tích 6,2 ha", "6,2", 6.2, "measure", "ha", subject="diện tích nhà máy", location=TT),
    fig("làm 2 giai đoạn", "2", 2, "count", "giai đoạn", subject="giai đoạn xây dựng nhà máy", location=TT),
    fig("khoảng 250 triệu", "250", 250e6, "measure", "sản phẩm/năm", approx="about",
        subject="công suất thiết kế giai đoạn 1", location=TT),
    fig("lên 400 triệu", "400", 400e6, "measure", "sản phẩm/năm", status="forecast",
        subject="công suất giai đoạn 2", location=TT),
    fig("cho 1.500-1.800", "1.500", 1500, "count", "lao động", value_max=1800, status="forecast",
        subject="lao động nhà máy tạo việc làm", location=TT),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="forecast",
        subject="lao động địa phương", location=TT),
    fig("khoảng 95%", "95", 95, "percent", "%", approx="about", status="forecast",
        subject="sản phẩm được xuất khẩu", location=TT),
    fig("trên 4.200 công nhân", "4.200", 4200, "count", "công nhân", approx="over",
        subject="công nhân nhà máy của tập đoàn", location="Bắc Ninh"),
    fig("thu hút 14 dự án", "14", 14, "count", "dự án", subject="dự án đầu tư mới thu hút", period=Q1,
        location="Thái Bình"),
    fig("có 6 dự án", "6", 6, "count", "dự án", total=14, subject="dự án FDI", period=Q1, location="Thái Bình"),
    fig("ký 312 triệu", "312", 312e6, "money", "USD", change=chg("increase", 2.4, "lần", "cùng kỳ"),
        subject="tổng vốn đăng ký của các dự án FDI", period=Q1, location="Thái Bình"),
    fig("thuê 185/460 ha", "185", 185, "measure", "ha", total=460,
        subject="đất công nghiệp KCN Liên Hà Thái đã cho thuê", location=TT),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): headline, 'Thứ Ba, 08/04/2025 - 16:45', tag 'Thái Bình (TTXVN) -', source line, related link.",
    "Distractors: 16:45, 'Ngày 8/4', 'Giai đoạn 1', 'giai đoạn 2' (labels), 'quý II/2026', ordinals 'dự án thứ hai' and",
    "'nhà máy ... thứ ba' in a link title, 'Kim Jae-won', '(TTXVN/Vietnam+)'.",
    "The plant stands in KCN Liên Hà Thái, huyện Thái Thụy: its figures get Thái Thụy; the headline names only Thái Bình (location",
    "Thái Bình, borderline). The investment round-up of quý I/2025 is provincial (Thái Bình); the earlier plant's workers are in Bắc Ninh.",
    "'(khoảng 1.150 tỷ đồng)' restates 45 triệu USD in đồng: optional.",
    "'chia làm 2 giai đoạn' counts phases (required). Status: the capacity of phase 1 stands before its 'dự kiến hoàn thành' clause:",
    "actual (a cue does not govern earlier clauses); phase 2 'dự kiến nâng ... lên 400 triệu' → forecast; 'dự kiến tạo việc làm ...,",
    "trong đó ít nhất 80%' → forecast for both; 'Dự kiến khoảng 95%' → forecast. None of these has a period phrase.",
    "'trong đó có 6 dự án FDI' → total 14; 'tăng 2,4 lần so với cùng kỳ' → change in lần; '185/460 ha' → total 460.",
]

if __name__ == "__main__":
    write("p1549-8", TEXT, NOTES, FIGS, published="2025-04-08", location="Thái Bình")
