"""p1514-8: news agency (TTXVN): a Japanese-owned household porcelain factory opens in huyện Tiền Hải, Thái Bình."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thái Bình khánh thành nhà máy sứ gia dụng vốn 1.250 tỷ đồng

27/08/2024 16:05

Thái Bình (TTXVN) - Ngày 27/8, Công ty TNHH Sứ Hikari Việt Nam (vốn Nhật Bản) khánh thành nhà máy sản xuất bát đĩa, đồ sứ gia dụng tại Khu công nghiệp Tiền Hải, huyện Tiền Hải.

Nhà máy có tổng vốn đầu tư 1.250 tỷ đồng (khoảng 50 triệu USD), xây dựng trên diện tích 8,5 ha, gồm hai xưởng tạo hình và một lò nung con lăn dài 120 m. Công suất giai đoạn 1 đạt 18 triệu sản phẩm/năm; giai đoạn 2 dự kiến nâng lên 30 triệu sản phẩm/năm vào năm 2027.

Theo ông Tanaka Hiroshi, Tổng giám đốc công ty, dự kiến khoảng 85% sản lượng của nhà máy được xuất khẩu sang Nhật Bản, Mỹ và châu Âu. Hiện nhà máy tạo việc làm cho 620 lao động địa phương, thu nhập bình quân từ 8 đến 9 triệu đồng/người/tháng; khi chạy hết công suất, số lao động dự kiến tăng lên hơn 1.000 người.

Phát biểu tại buổi lễ, ông Trần Đức Khiêm, Phó Chủ tịch UBND tỉnh Thái Bình, cho biết 7 tháng đầu năm 2024, tỉnh thu hút 26 dự án đầu tư mới với tổng vốn đăng ký hơn 15.700 tỷ đồng, gấp 2,3 lần cùng kỳ năm 2023. Khu công nghiệp Tiền Hải hiện có 41 dự án, tỷ lệ lấp đầy đạt 76%. Năm 2023, Thái Bình đứng thứ 3 vùng đồng bằng sông Hồng về thu hút vốn FDI.

Thế Duyệt (TTXVN)
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y27 = per("vào năm 2027", "2027-01-01", "2027-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TH = "Tiền Hải"

FIGS = [
    fig("vốn 1.250 tỷ", "1.250", 1250e9, "money", "đồng", subject="vốn nhà máy sứ gia dụng"),
    fig("đầu tư 1.250 tỷ", "1.250", 1250e9, "money", "đồng", subject="tổng vốn đầu tư nhà máy", location=TH),
    fig("khoảng 50 triệu", "50", 50e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư nhà máy", location=TH, optional=True),
    fig("tích 8,5 ha", "8,5", 8.5, "measure", "ha", subject="diện tích xây dựng nhà máy", location=TH),
    fig("hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng tạo hình", location=TH),
    fig("một lò nung", "một", 1, "count", "lò nung", subject="lò nung con lăn", location=TH),
    fig("dài 120 m", "120", 120, "measure", "m", subject="chiều dài lò nung con lăn", location=TH),
    fig("đạt 18 triệu", "18", 18e6, "measure", "sản phẩm/năm", subject="công suất giai đoạn 1", location=TH),
    fig("lên 30 triệu", "30", 30e6, "measure", "sản phẩm/năm", status="forecast",
        subject="công suất giai đoạn 2", period=Y27, location=TH),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about", status="forecast",
        subject="sản lượng của nhà máy được xuất khẩu", location=TH),
    fig("cho 620 lao động", "620", 620, "count", "lao động",
        subject="lao động địa phương nhà máy tạo việc làm", location=TH),
    fig("từ 8 đến 9 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân", location=TH),
    fig("hơn 1.000 người", "1.000", 1000, "count", "người", approx="over", status="forecast",
        subject="số lao động khi chạy hết công suất", location=TH),
    fig("hút 26 dự án", "26", 26, "count", "dự án", subject="dự án đầu tư mới tỉnh thu hút", period=M7),
    fig("hơn 15.700 tỷ", "15.700", 15700e9, "money", "đồng", approx="over",
        change=chg("increase", 2.3, "lần", "cùng kỳ năm 2023"), subject="tổng vốn đăng ký", period=M7),
    fig("có 41 dự án", "41", 41, "count", "dự án", subject="dự án Khu công nghiệp Tiền Hải", location=TH),
    fig("đạt 76%", "76", 76, "percent", "%", subject="tỷ lệ lấp đầy Khu công nghiệp Tiền Hải", location=TH),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="thu hút vốn FDI vùng đồng bằng sông Hồng", period=Y23),
]

NOTES = [
    "News agency (TTXVN): headline with a figure, '27/08/2024 16:05', place tag 'Thái Bình (TTXVN) -', byline '(TTXVN)' at the end.",
    "Distractors: 16:05, 'Ngày 27/8', 'giai đoạn 1', 'giai đoạn 2' (phase labels), 'Khu công nghiệp Tiền Hải' (a name), 'cùng kỳ năm 2023'.",
    "Factory and industrial-park figures → Tiền Hải (district); province-wide FDI figures and the rank → Thái Bình (default).",
    "The headline names only Thái Bình, so its '1.250 tỷ đồng' keeps the default location (borderline: the body places the factory in Tiền Hải).",
    "'(khoảng 50 triệu USD)' restates 1.250 tỷ đồng in USD: optional (a conversion, not a new fact).",
    "'dự kiến nâng lên 30 triệu sản phẩm/năm vào năm 2027' → forecast, period 2027. 'dự kiến khoảng 85% ...' → forecast, about.",
    "'620 lao động' (Hiện) actual; 'số lao động dự kiến tăng lên hơn 1.000 người' → the new level, forecast, over (not a change).",
    "'hơn 15.700 tỷ đồng, gấp 2,3 lần cùng kỳ năm 2023' → change 2.3 lần. 'Năm 2023, Thái Bình đứng thứ 3 vùng ...' → rank 3.",
]

if __name__ == "__main__":
    write("p1514-8", TEXT, NOTES, FIGS, published="2024-08-27", location="Thái Bình")
