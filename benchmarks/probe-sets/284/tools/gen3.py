from lib import F, P, ch, tg, write

text = """
UBND TỈNH VĨNH LONG
CÔNG TY TNHH MTV XỔ SỐ KIẾN THIẾT VĨNH LONG
Số: 215/BC-XSKT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình thực hiện kế hoạch sản xuất kinh doanh 9 tháng năm 2024

Kính gửi: Sở Tài chính tỉnh Vĩnh Long.

Thực hiện Công văn số 2874/STC-TCDN ngày 20/9/2024 của Sở Tài chính về việc báo cáo tình hình hoạt động của doanh nghiệp nhà nước, Công ty báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU
Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện 9 tháng năm 2024 | Tỷ lệ so với KH (%)
1. Vé xổ số phát hành | triệu vé | 480 | 361,2 | 75,25
2. Doanh thu | tỷ đồng | 5.400 | 4.182,35 | 77,45
3. Nộp ngân sách nhà nước | tỷ đồng | 1.650 | 1.301,42 | 78,87
4. Lợi nhuận trước thuế | tỷ đồng | 820 | 655,74 | 79,97

II. MỘT SỐ NỘI DUNG KHÁC
1. Tính đến ngày 30/9/2024, công ty có 146 đại lý, giảm 9 đại lý so với đầu năm; công nợ quá hạn của đại lý còn 3,8 tỷ đồng, chiếm 0,9% doanh thu bình quân tháng.
2. Trong 9 tháng, công ty chi trả thưởng 2.096,6 tỷ đồng cho 41,3 triệu vé trúng thưởng; tỷ lệ vé không tiêu thụ được dao động từ 4,2% đến 5,1% mỗi kỳ.
3. Tổng số lao động là 87 người; tiền lương bình quân 26,4 triệu đồng/người/tháng.

III. KẾ HOẠCH QUÝ IV/2024
Phấn đấu doanh thu quý IV đạt khoảng 1.250 tỷ đồng, nộp ngân sách không dưới 380 tỷ đồng, bảo đảm hoàn thành kế hoạch năm được giao theo Quyết định số 3105/QĐ-UBND.

Nơi nhận:
- Như trên;
- Lưu: VT, KT.
GIÁM ĐỐC
Lê Quang Thái
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")

def row(label, unit, kh, th, pct, mult, kind):
    a_kh, n_kh, v_kh = kh
    a_th, n_th, v_th = th
    a_p, n_p, v_p = pct
    return [
        F(a_kh, n_kh, v_kh * mult, kind, unit, f"{label} kế hoạch năm 2024", KH, status="target"),
        F(a_th, n_th, v_th * mult, kind, unit, f"{label} thực hiện 9 tháng năm 2024", TH),
        F(a_p, n_p, v_p, "percent", "%", f"{label} tỷ lệ so với kế hoạch", N9),
    ]

figs = []
figs += row("Vé xổ số phát hành", "vé", ("| 480 |", "480", 480), ("| 361,2 |", "361,2", 361.2), ("| 75,25\n", "75,25", 75.25), 1e6, "count")
figs += row("Doanh thu", "đồng", ("| 5.400 |", "5.400", 5400), ("| 4.182,35 |", "4.182,35", 4182.35), ("| 77,45\n", "77,45", 77.45), 1e9, "money")
figs += row("Nộp ngân sách nhà nước", "đồng", ("| 1.650 |", "1.650", 1650), ("| 1.301,42 |", "1.301,42", 1301.42), ("| 78,87\n", "78,87", 78.87), 1e9, "money")
figs += row("Lợi nhuận trước thuế", "đồng", ("| 820 |", "820", 820), ("| 655,74 |", "655,74", 655.74), ("| 79,97\n", "79,97", 79.97), 1e9, "money")

figs += [
    F("có 146 đại lý", "146", 146, "count", "đại lý", "đại lý", AS, change=ch("decrease", 9, "đầu năm", unit="đại lý")),
    F("còn 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "công nợ quá hạn của đại lý", AS, percent=0.9),
    F("thưởng 2.096,6 tỷ đồng", "2.096,6", 2096.6e9, "money", "đồng", "chi trả thưởng", P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("cho 41,3 triệu vé", "41,3", 41.3e6, "count", "vé", "vé trúng thưởng", P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("từ 4,2% đến 5,1%", "4,2", 4.2, "percent", "%", "tỷ lệ vé không tiêu thụ được mỗi kỳ",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"), value_max=5.1),
    F("là 87 người", "87", 87, "count", "người", "tổng số lao động"),
    F("bình quân 26,4 triệu đồng", "26,4", 26.4e6, "money", "đồng/người/tháng", "tiền lương bình quân"),
    F("khoảng 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "doanh thu quý IV", Q4, approx="about", status="target"),
    F("không dưới 380 tỷ đồng", "380", 380e9, "money", "đồng", "nộp ngân sách quý IV", Q4, approx="at_least", status="target"),
]

header = [
    "Formal SOE report with letterhead (Công ty TNHH MTV XSKT Vĩnh Long, 'Số: 215/BC-XSKT'); place-and-date line gives published 2024-10-07.",
    "Flattened '|' table with a per-row ĐVT column: 'triệu vé' and 'tỷ đồng' are multipliers + unit. Every numeric cell is a figure; plan cells status target,",
    "period from the column headers ('Kế hoạch năm 2024' → year 2024, 'Thực hiện 9 tháng năm 2024' → Jan–Sep 2024; the % column's header names no period, so its 9-month period is marked inherited).",
    "Plan cells are figures of their own, so result cells carry no target and no percent (as h23). Row numbers '1.'–'4.' and section numbers are not figures.",
    "'giảm 9 đại lý so với đầu năm' is the change of 146 đại lý (unit đại lý). 'chiếm 0,9% …' is the share of 3,8 tỷ. 'từ 4,2% đến 5,1%' a range.",
    "Lines 3 (87 người, 26,4 triệu) have no period in their sentence and none is annotated. Section III targets: 'quý IV' (year 2024 from heading), 'không dưới' at_least.",
    "Distractors: Số 215/BC-XSKT, Công văn số 2874/STC-TCDN ngày 20/9/2024, Quyết định số 3105/QĐ-UBND, 'Lưu: VT, KT', dates.",
]
write(3, text, figs, header, published="2024-10-07", location="Vĩnh Long")
