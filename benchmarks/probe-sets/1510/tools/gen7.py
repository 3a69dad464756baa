"""p1510-7: news agency (TTXVN): groundbreaking of a wet wipes / cotton swab plant in thị xã Duy Tiên, Hà Nam."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Đầu tư

Hà Nam: Khởi công nhà máy khăn ướt, tăm bông vốn 45 triệu USD

Hà Nam, 05/11/2024 16:20 (TTXVN)

Ngày 5/11, tại Khu công nghiệp Đồng Văn IV, thị xã Duy Tiên, Công ty TNHH Clean Life Vina (vốn đầu tư của Hàn Quốc) đã khởi công xây dựng nhà máy sản xuất khăn ướt và tăm bông. Đây là nhà máy thứ hai của tập đoàn tại Việt Nam.

Dự án có tổng vốn đầu tư 45 triệu USD, xây dựng trên diện tích 6,2 ha. Giai đoạn 1 dự kiến hoàn thành trong quý III/2025 với công suất 150 triệu gói khăn ướt và 1,8 tỷ que tăm bông mỗi năm. Khi đi vào hoạt động ổn định, nhà máy dự kiến tạo việc làm cho khoảng 700 lao động, trong đó trên 80% là lao động địa phương; khoảng 90% sản phẩm xuất khẩu sang Hàn Quốc, Nhật Bản và châu Âu, doanh thu khoảng 60 triệu USD/năm.

Phát biểu tại lễ khởi công, Phó Chủ tịch UBND tỉnh Trần Minh Khoa cho biết, tính đến hết tháng 10/2024, tỉnh có 412 dự án FDI còn hiệu lực với tổng vốn đăng ký hơn 5,1 tỷ USD; 10 tháng năm 2024, tỉnh thu hút 28 dự án FDI mới, tăng 4 dự án so với cùng kỳ. Hà Nam hiện có 3 doanh nghiệp sản xuất khăn ướt, tăm bông với tổng sản lượng năm 2023 đạt 64 triệu gói và 520 triệu que.

Ông Park Ji-hoon, Tổng giám đốc công ty, cam kết thực hiện nghiêm các quy định về bảo vệ môi trường, ưu tiên tuyển dụng lao động tại xã Tiên Nội và các xã lân cận.

Tin liên quan:
- Hà Nam: Thu hút vốn FDI năm 2023 vượt kế hoạch
- Khánh thành Trung tâm hội chợ triển lãm tỉnh Hà Nam
"""

ASOF = per("tính đến hết tháng 10/2024", None, "2024-10-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
DT = "Duy Tiên"

FIGS = [
    fig("vốn 45 triệu USD\n", "45", 45e6, "money", "USD", subject="vốn nhà máy khăn ướt, tăm bông", location="Hà Nam"),
    fig("tư 45 triệu", "45", 45e6, "money", "USD", subject="tổng vốn đầu tư dự án", location=DT),
    fig("tích 6,2 ha", "6,2", 6.2, "measure", "ha", subject="diện tích xây dựng dự án", location=DT),
    fig("suất 150 triệu", "150", 150e6, "measure", "gói/năm", status="forecast",
        subject="công suất khăn ướt giai đoạn 1", location=DT),
    fig("và 1,8 tỷ", "1,8", 1.8e9, "measure", "que/năm", status="forecast",
        subject="công suất tăm bông giai đoạn 1", location=DT),
    fig("khoảng 700 lao động", "700", 700, "count", "lao động", approx="about", status="forecast",
        subject="lao động nhà máy tạo việc làm", location=DT),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="forecast",
        subject="tỷ lệ lao động địa phương", location=DT),
    fig("khoảng 90% sản phẩm", "90", 90, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ sản phẩm xuất khẩu", location=DT),
    fig("khoảng 60 triệu", "60", 60e6, "money", "USD/năm", approx="about", status="forecast",
        subject="doanh thu của nhà máy", location=DT),
    fig("có 412 dự án", "412", 412, "count", "dự án", subject="dự án FDI còn hiệu lực", period=ASOF),
    fig("hơn 5,1 tỷ", "5,1", 5.1e9, "money", "USD", approx="over", subject="tổng vốn đăng ký của các dự án FDI",
        period=ASOF),
    fig("hút 28 dự án", "28", 28, "count", "dự án", change=chg("increase", 4, "dự án", "cùng kỳ"),
        subject="dự án FDI mới thu hút", period=M10),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất khăn ướt, tăm bông"),
    fig("đạt 64 triệu", "64", 64e6, "count", "gói", subject="tổng sản lượng khăn ướt", period=Y23),
    fig("và 520 triệu", "520", 520e6, "count", "que", subject="tổng sản lượng tăm bông", period=Y23),
]

NOTES = [
    "News agency (TTXVN): agency banner, headline with a figure, dateline 'Hà Nam, 05/11/2024 16:20 (TTXVN)', related links.",
    "Distractors: 'Ngày 5/11', 16:20, 'Khu công nghiệp Đồng Văn IV', 'nhà máy thứ hai của tập đoàn' (an ordinal, not a rank),",
    "'Giai đoạn 1', 'quý III/2025' (a completion date), 'năm 2023' in a related-link title.",
    "The plant is in thị xã Duy Tiên → its body figures → Duy Tiên; the headline names only Hà Nam (location Hà Nam); FDI figures → Hà Nam.",
    "'dự kiến hoàn thành ... với công suất ...' and 'dự kiến tạo việc làm ...; khoảng 90% ..., doanh thu khoảng ...' → forecast",
    "(the cue governs the clauses that continue it). Yearly capacities 'mỗi năm' → gói/năm, que/năm; no period ('quý III/2025' dates the",
    "completion, not the capacity). 'trên 80% là lao động địa phương' is a percent of its own (a percent has no whole in lao động).",
    "'tính đến hết tháng 10/2024' → as-of 2024-10-31 for 412 dự án and 5,1 tỷ USD; '28 dự án ... tăng 4 dự án' → change in dự án.",
]

if __name__ == "__main__":
    write("p1510-7", TEXT, NOTES, FIGS, published="2024-11-05", location="Hà Nam")
