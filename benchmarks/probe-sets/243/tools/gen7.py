from lib import *

text = """CỤC THỐNG KÊ TỈNH HƯNG YÊN
Số liệu thống kê > Công nghiệp

Một số chỉ tiêu ngành dệt may, da giày 6 tháng đầu năm 2024
Ngày cập nhật: 05/08/2024

6 tháng đầu năm 2024, chỉ số sản xuất ngành sản xuất trang phục của tỉnh ước tăng 6,9% so với cùng kỳ; ngành sản xuất da và các sản phẩm có liên quan giảm 2,3%. Sản phẩm quần áo may sẵn ước đạt 62,4 triệu cái, giày dép da 8,15 triệu đôi. Riêng quý II/2024, chỉ số sản xuất ngành trang phục tăng 8,2% so với quý trước.

Trong 6 tháng, toàn tỉnh có thêm 12 doanh nghiệp dệt may, da giày thành lập mới với tổng vốn đăng ký 865 tỷ đồng; 5 doanh nghiệp tạm ngừng hoạt động do thiếu đơn hàng. Thu nhập bình quân của lao động ngành may đạt 8,6 triệu đồng/người/tháng, ngành giày 7,9 triệu đồng/người/tháng.

Các doanh nghiệp dệt may, da giày tập trung dọc Quốc lộ 5 và Quốc lộ 39, trong các khu công nghiệp Phố Nối A, Thăng Long II.

Bảng 1. Số doanh nghiệp và lao động ngành dệt may, da giày phân theo huyện, thị xã (tính đến 30/6/2024)

Huyện, thị xã

Số doanh nghiệp

Số lao động (người)

Tỷ lệ lao động nữ (%)

Thị xã Mỹ Hào

46

18.520

76,4

Huyện Yên Mỹ

38

15.240

78,1

Huyện Văn Lâm

29

9.870

74,9

Huyện Khoái Châu

17

4.310

81,2

Toàn tỉnh

213

61.350

77,0

Theo kế hoạch, đến năm 2025 toàn tỉnh phấn đấu có khoảng 250 doanh nghiệp dệt may, da giày; giá trị xuất khẩu nhóm hàng dệt may, giày dép đạt 1,9 tỷ USD.

Nguồn: Cục Thống kê tỉnh Hưng Yên
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
T6 = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
T = per("tính đến 30/6/2024", None, "2024-06-30", inh=True)
rows = [
    ("Mỹ Hào", "Mỹ Hào\n\n46", "46", "46\n\n18.520", "18.520", "18.520\n\n76,4", "76,4"),
    ("Yên Mỹ", "Yên Mỹ\n\n38", "38", "38\n\n15.240", "15.240", "15.240\n\n78,1", "78,1"),
    ("Văn Lâm", "Văn Lâm\n\n29", "29", "29\n\n9.870", "9.870", "9.870\n\n74,9", "74,9"),
    ("Khoái Châu", "Khoái Châu\n\n17", "17", "17\n\n4.310", "4.310", "4.310\n\n81,2", "81,2"),
    ("Hưng Yên", "Toàn tỉnh\n\n213", "213", "213\n\n61.350", "61.350", "61.350\n\n77,0", "77,0"),
]
figs = [
    fig("ước tăng 6,9%", "6,9", 6.9, "percent", "%", "chỉ số sản xuất ngành sản xuất trang phục", H1, status="estimate"),
    fig("giảm 2,3%", "2,3", 2.3, "percent", "%", "chỉ số sản xuất ngành sản xuất da và các sản phẩm có liên quan", H1,
        status="estimate"),
    fig("ước đạt 62,4 triệu cái", "62,4", 62.4e6, "count", "cái", "sản phẩm quần áo may sẵn", H1i, status="estimate"),
    fig("8,15 triệu đôi", "8,15", 8.15e6, "count", "đôi", "giày dép da", H1i, status="estimate"),
    fig("tăng 8,2%", "8,2", 8.2, "percent", "%", "chỉ số sản xuất ngành trang phục so với quý trước",
        per("quý II/2024", "2024-04-01", "2024-06-30")),
    fig("thêm 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp dệt may, da giày thành lập mới", T6),
    fig("đăng ký 865 tỷ đồng", "865", 865e9, "money", "đồng", "tổng vốn đăng ký", T6),
    fig("5 doanh nghiệp tạm", "5", 5, "count", "doanh nghiệp", "doanh nghiệp tạm ngừng hoạt động", T6),
    fig("đạt 8,6 triệu đồng", "8,6", 8.6e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động ngành may",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30", inh=True)),
    fig("giày 7,9 triệu đồng", "7,9", 7.9e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động ngành giày",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30", inh=True)),
]
for loc, a1, n1, a2, n2, a3, n3 in rows:
    figs.append(fig(a1, n1, num(n1), "count", "doanh nghiệp", "Số doanh nghiệp ngành dệt may, da giày", T, location=loc))
    figs.append(fig(a2, n2, num(n2), "count", "người", "Số lao động ngành dệt may, da giày", T, location=loc))
    figs.append(fig(a3, n3, num(n3), "percent", "%", "Tỷ lệ lao động nữ ngành dệt may, da giày", T, location=loc))
P25 = per("đến năm 2025", None, "2025-12-31")
figs += [
    fig("khoảng 250 doanh nghiệp", "250", 250, "count", "doanh nghiệp", "doanh nghiệp dệt may, da giày", P25,
        approx="about", status="target"),
    fig("đạt 1,9 tỷ USD", "1,9", 1.9e9, "money", "USD", "giá trị xuất khẩu nhóm hàng dệt may, giày dép", P25,
        status="target"),
]
emit("p243-7", text, [
    "Cục Thống kê tỉnh Hưng Yên (statistics office site): textile, garment and footwear indicators, 6 months 2024; 'Ngày cập nhật' without time.",
    "One-cell-per-line table by district (Bảng 1): every numeric cell is a figure; the row label is a place, so it is the location and",
    "the subject is the column label; 'Toàn tỉnh' = Hưng Yên. Unit from the column header ('(người)', '(%)'); period from the caption",
    "'(tính đến 30/6/2024)' (not in the cell's own line: inherited). 'giảm 2,3%' is a growth-rate claim (percent, value 2.3). 'Trong 6 tháng' = first half of 2024.",
    "Distractors: 'Quốc lộ 5', 'Quốc lộ 39', 'Phố Nối A', 'Thăng Long II', 'Bảng 1', 'Ngày cập nhật: 05/08/2024'.",
], figs, published="2024-08-05", location="Hưng Yên")
