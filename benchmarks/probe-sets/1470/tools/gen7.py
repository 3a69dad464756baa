"""p1470-7: news agency (TTXVN): a wheelbarrow cooperative in huyện Hoằng Hóa, Thanh Hóa."""
from lib import fig, per, inh, chg, write

TEXT = """Thanh Hóa: Hợp tác xã cơ khí đưa xe cút kít đi khắp ba miền

18/06/2024 08:15

Thanh Hóa (TTXVN) - Từ một tổ hợp tác 7 thành viên thành lập năm 2015, đến nay Hợp tác xã Cơ khí Hoằng Đạt (xã Hoằng Đạt, huyện Hoằng Hóa) đã có 36 thành viên, mỗi năm cung ứng ra thị trường từ 25.000 đến 28.000 chiếc xe cút kít, xe rùa.

Ông Lê Đình Toàn, Giám đốc hợp tác xã cho biết, năm 2023 hợp tác xã đạt doanh thu 14,2 tỷ đồng, lợi nhuận gần 1,9 tỷ đồng; thu nhập bình quân của thành viên và người lao động 7,8 triệu đồng/tháng. Năm tháng đầu năm 2024, doanh thu đạt 6,4 tỷ đồng, bằng 42% kế hoạch năm.

Sản phẩm chủ lực là xe rùa thùng tôn dày 1 ly, bánh hơi, tải trọng khoảng 150 kg, giá bán 650.000-720.000 đồng/chiếc. Hợp tác xã hiện có 3 xưởng với tổng diện tích 2.400 m2 cùng 12 máy dập, máy hàn bán tự động. Khoảng 40% sản lượng được bán cho các công trình xây dựng ở Tây Nguyên và Nam Trung Bộ.

Theo Liên minh Hợp tác xã tỉnh, toàn tỉnh Thanh Hóa hiện có 14 hợp tác xã và tổ hợp tác làm cơ khí dân dụng, thu hút hơn 600 lao động. Năm 2024, tỉnh hỗ trợ Hợp tác xã Cơ khí Hoằng Đạt 450 triệu đồng để mua máy cắt laser. Mục tiêu năm 2025, hợp tác xã nâng sản lượng lên 35.000 chiếc, tạo việc làm cho ít nhất 60 lao động.

Hoa Mai (TTXVN)
"""

Y15 = per("năm 2015", "2015-01-01", "2015-12-31")
NOW = per("đến nay", None, "2024-06-18")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M5 = per("Năm tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
TH = "Thanh Hóa"

FIGS = [
    fig("khắp ba miền", "ba", 3, "count", "miền", subject="miền có sản phẩm của hợp tác xã", optional=True),
    fig("hợp tác 7 thành viên", "7", 7, "count", "thành viên",
        subject="thành viên của tổ hợp tác khi thành lập", period=Y15),
    fig("có 36 thành viên", "36", 36, "count", "thành viên",
        subject="thành viên của Hợp tác xã Cơ khí Hoằng Đạt", period=NOW),
    fig("từ 25.000 đến 28.000", "25.000", 25000, "measure", "chiếc/năm", value_max=28000,
        subject="xe cút kít, xe rùa hợp tác xã cung ứng ra thị trường mỗi năm"),
    fig("doanh thu 14,2 tỷ", "14,2", 14.2e9, "money", "đồng", subject="doanh thu của hợp tác xã", period=Y23),
    fig("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly", subject="lợi nhuận của hợp tác xã",
        period=Y23),
    fig("lao động 7,8 triệu", "7,8", 7.8e6, "money", "đồng/tháng",
        subject="thu nhập bình quân của thành viên và người lao động", period=Y23),
    fig("đạt 6,4 tỷ", "6,4", 6.4e9, "money", "đồng", percent=42, subject="doanh thu", period=M5),
    fig("dày 1 ly", "1", 1, "measure", "ly", subject="độ dày thùng tôn xe rùa", optional=True),
    fig("khoảng 150 kg", "150", 150, "measure", "kg", approx="about", subject="tải trọng xe rùa",
        optional=True),
    fig("650.000-720.000", "650.000", 650000, "money", "đồng/chiếc", value_max=720000,
        subject="giá bán xe rùa"),
    fig("có 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng của hợp tác xã"),
    fig("2.400 m2", "2.400", 2400, "measure", "m2", subject="tổng diện tích xưởng"),
    fig("12 máy dập", "12", 12, "count", "máy", subject="máy dập, máy hàn bán tự động"),
    fig("Khoảng 40% sản lượng", "40", 40, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng được bán cho các công trình xây dựng ở Tây Nguyên và Nam Trung Bộ"),
    fig("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã",
        subject="hợp tác xã và tổ hợp tác làm cơ khí dân dụng", location=TH),
    fig("hơn 600 lao động", "600", 600, "count", "lao động", approx="over",
        subject="lao động các hợp tác xã và tổ hợp tác làm cơ khí dân dụng thu hút", location=TH),
    fig("Hoằng Đạt 450 triệu", "450", 450e6, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ Hợp tác xã Cơ khí Hoằng Đạt mua máy cắt laser", period=Y24),
    fig("lên 35.000 chiếc", "35.000", 35000, "count", "chiếc", status="target",
        subject="sản lượng của hợp tác xã", period=Y25),
    fig("ít nhất 60 lao động", "60", 60, "count", "lao động", approx="at_least", status="target",
        subject="lao động được tạo việc làm", period=Y25),
]

NOTES = [
    "News agency (TTXVN): headline, bare '18/06/2024 08:15', place tag 'Thanh Hóa (TTXVN) -', byline 'Hoa Mai (TTXVN)'.",
    "Distractors: 08:15, 'Từ một tổ hợp tác' (indefinite 'a'), the founding year 'năm 2015', 'Năm tháng đầu năm 2024' ('Năm' = five, a period).",
    "'khắp ba miền' is the set phrase for the whole country; a careful annotator may or may not count it: optional.",
    "The cooperative is in xã Hoằng Đạt, huyện Hoằng Hóa: default location Hoằng Hóa; the province's totals (14 HTX, 600 workers) → Thanh Hóa.",
    "  The 450 triệu support goes to this cooperative → Hoằng Hóa (borderline: the province is the giver).",
    "'7 thành viên thành lập năm 2015' → period 2015; 'đến nay ... đã có 36 thành viên' → as-of the dateline (start null, end 2024-06-18).",
    "'mỗi năm ... từ 25.000 đến 28.000 chiếc' is a yearly rate (chiếc/năm, range), no period.",
    "'Năm tháng đầu năm 2024' = 5 months → 2024-01-01..2024-05-31; 'bằng 42% kế hoạch năm' → percent attribute.",
    "'thùng tôn dày 1 ly', 'tải trọng khoảng 150 kg' are product specifications: optional.",
    "'Mục tiêu năm 2025' governs both clauses → target; 'ít nhất 60 lao động' → at_least.",
]

if __name__ == "__main__":
    write("p1470-7", TEXT, NOTES, FIGS, published="2024-06-18", location="Hoằng Hóa")
