from decimal import Decimal as D
from lib import F, P, write
def ty(x): return int(D(str(x)) * 10**9)
def tr(x): return int(D(str(x)) * 10**6)

A = """BÁO TUYÊN QUANG
Xã hội
18/10/2024 08:30

Tín dụng chính sách tiếp sức hộ nghèo vùng cao

(BTQ) - Đến hết quý III/2024, tổng dư nợ tín dụng chính sách trên địa bàn tỉnh đạt 4.862 tỷ đồng, tăng 318 tỷ đồng so với đầu năm, với gần 81.000 hộ còn dư nợ. Riêng quý III, ngân hàng giải ngân 512 tỷ đồng cho 9.640 lượt khách hàng.

Tại các huyện vùng cao, nguồn vốn được ưu tiên cho đồng bào dân tộc thiểu số. Từ đầu năm đến nay, cho vay theo Nghị định số 28/2022/NĐ-CP đạt 126 tỷ đồng với 2.130 hộ được vay; mức vay bình quân từ 50 đến 100 triệu đồng/hộ.

Chị Ma Thị Hoa ở thôn 3, xã Thượng Lâm (Lâm Bình) vay 80 triệu đồng nuôi bò, trồng quế; đến nay gia đình đã có 6 con bò, thu nhập trên 120 triệu đồng/năm.

Dư nợ, số hộ vay và tỷ lệ nợ quá hạn ở một số huyện đến 30/9/2024:

Huyện
Dư nợ (tỷ đồng)
Số hộ còn dư nợ
Nợ quá hạn (%)
Lâm Bình
412,6
6.814
0,04
Na Hang
538,9
8.127
0,06
Chiêm Hóa
896,3
14.205
0,03
Hàm Yên
721,5
11.732
0,05

Theo Giám đốc NHCSXH chi nhánh tỉnh, toàn tỉnh có 2.156 Tổ tiết kiệm và vay vốn; tỷ lệ nợ quá hạn chung chỉ 0,05%, thấp hơn mức bình quân toàn quốc. Năm 2024, chi nhánh phấn đấu dư nợ tăng thêm 420 tỷ đồng, trong đó dành khoảng 30% cho các huyện Lâm Bình, Na Hang, Chiêm Hóa.

Minh Anh
"""

AS = P("Đến hết quý III/2024", None, "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-18")
TAB = P("đến 30/9/2024", None, "2024-09-30", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("đạt 4.862 tỷ đồng", "4.862", ty(4862), "money", "đồng", "tổng dư nợ tín dụng chính sách",
      change={"direction": "increase", "value": ty(318), "unit": "đồng", "baseline": "đầu năm"}, period=AS),
    F("gần 81.000 hộ", "81.000", 81000, "count", "hộ", "hộ còn dư nợ", approx="nearly", period=AS),
    F("giải ngân 512 tỷ đồng", "512", ty(512), "money", "đồng", "ngân hàng giải ngân", period=Q3),
    F("cho 9.640 lượt", "9.640", 9640, "count", "lượt khách hàng", "lượt khách hàng được giải ngân", period=Q3),
    F("đạt 126 tỷ đồng", "126", ty(126), "money", "đồng", "cho vay theo Nghị định số 28/2022/NĐ-CP", period=TD),
    F("với 2.130 hộ", "2.130", 2130, "count", "hộ", "hộ được vay", period=TD),
    F("từ 50 đến 100 triệu đồng/hộ", "50", tr(50), "money", "đồng/hộ", "mức vay bình quân", value_max=tr(100), period=TD),
    F("vay 80 triệu đồng", "80", tr(80), "money", "đồng", "khoản vay của chị Ma Thị Hoa", optional=True, location="Lâm Bình"),
    F("có 6 con bò", "6", 6, "count", "con bò", "bò của gia đình", optional=True, location="Lâm Bình"),
    F("trên 120 triệu đồng/năm", "120", tr(120), "money", "đồng/năm", "thu nhập của gia đình", approx="over", optional=True, location="Lâm Bình"),
]
tab = [("Lâm Bình", "412,6", "6.814", "0,04"), ("Na Hang", "538,9", "8.127", "0,06"),
       ("Chiêm Hóa", "896,3", "14.205", "0,03"), ("Hàm Yên", "721,5", "11.732", "0,05")]
for name, d, h, q in tab:
    figs.append(F(f"{name}\n{d}", d, ty(d.replace(",", ".")), "money", "đồng", "Dư nợ", period=TAB, location=name))
    figs.append(F(f"{d}\n{h}", h, int(h.replace(".", "")), "count", "hộ", "Số hộ còn dư nợ", period=TAB, location=name))
    figs.append(F(f"{h}\n{q}", q, float(q.replace(",", ".")), "percent", "%", "Nợ quá hạn", period=TAB, location=name))
figs += [
    F("có 2.156 Tổ", "2.156", 2156, "count", "Tổ tiết kiệm và vay vốn", "Tổ tiết kiệm và vay vốn", period=P("Đến hết quý III/2024", None, "2024-09-30", inherited=True)),
    F("chỉ 0,05%", "0,05", 0.05, "percent", "%", "tỷ lệ nợ quá hạn chung", period=P("Đến hết quý III/2024", None, "2024-09-30", inherited=True)),
    F("thêm 420 tỷ đồng", "420", ty(420), "money", "đồng", "dư nợ tăng thêm", status="target", period=Y24),
    F("khoảng 30%", "30", 30, "percent", "%", "dư nợ tăng thêm dành cho các huyện Lâm Bình, Na Hang, Chiêm Hóa", approx="about", status="target", period=Y24),
]
write(5, A, figs, [
    "Party newspaper (Báo Tuyên Quang, '(BTQ)' tag, bare 'dd/mm/yyyy hh:mm' dateline, byline at the end): policy credit Q3/2024.",
    "One-cell-per-line table (4 districts × Dư nợ (tỷ đồng) / Số hộ còn dư nợ / Nợ quá hạn (%)): district → location, subject = column label;",
    "the period stands in the caption line above the table ('đến 30/9/2024'), not in a cell's sentence: inherited.",
    "'Từ đầu năm đến nay' runs 2024-01-01 .. published (2024-10-18). 'từ 50 đến 100 triệu đồng/hộ' is a range (value_max).",
    "The anecdote of one borrower (80 triệu, 6 con bò, 120 triệu đồng/năm) is optional. Distractors: 'thôn 3', 'Nghị định số 28/2022/NĐ-CP', the dateline.",
    "'30%' of the planned 420 tỷ is a percent figure (target) in its own right: after 'trong đó' but a percent has no whole. Its place list is the subject's scope.",
], published="2024-10-18", location="Tuyên Quang")
