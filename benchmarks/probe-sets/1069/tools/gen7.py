"""p1069-7: Sở Y tế Lào Cai department site (no dateline), cluster treatment, one-cell-per-line table."""
from lib import fig, write, P, inh, CH, TG

TEXT = """SỞ Y TẾ TỈNH LÀO CAI
Trang chủ / Tin hoạt động / Môi trường y tế

Lào Cai nâng hiệu quả xử lý chất thải y tế theo mô hình cụm

Năm 2023, các cơ sở y tế trên địa bàn tỉnh phát sinh khoảng 523 kg chất thải y tế nguy hại mỗi ngày, trong đó chất thải lây nhiễm chiếm 89%. Tỉnh tổ chức 3 cụm xử lý đặt tại Bệnh viện Đa khoa tỉnh, Trung tâm Y tế thị xã Sa Pa và Trung tâm Y tế huyện Bảo Thắng, tiếp nhận chất thải của 187/213 cơ sở y tế công lập; 26 trạm y tế vùng cao còn lại xử lý tại chỗ.

Lượng chất thải xử lý theo cụm năm 2023 đạt 190,9 tấn, tăng 5,8% so với năm 2022. Chi phí vận chuyển từ các xã vùng cao về cụm xử lý bình quân 4.500 đồng/kg, gấp 1,5 lần vùng thấp.

Kết quả xử lý chất thải y tế nguy hại theo cụm
Đơn vị tính: tấn
Cụm xử lý
Năm 2022
Năm 2023
Kế hoạch 2024
Cụm TP Lào Cai
112,4
118,9
125
Cụm Sa Pa
38,6
41,2
45
Cụm Bảo Thắng
29,5
30,8
33
Tổng số
180,5
190,9
203

Năm 2024, Sở Y tế phấn đấu 100% chất thải y tế nguy hại của các cơ sở tuyến huyện được xử lý theo cụm, đồng thời trang bị thêm 12 xe máy ba bánh thu gom cho các trạm y tế vùng cao theo Quyết định số 2315/QĐ-UBND.

SỞ Y TẾ TỈNH LÀO CAI
Địa chỉ: Tầng 4, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai
Điện thoại: 0214.3840.130 - Email: syt@laocai.gov.vn
Lượt truy cập: 1.284.672
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("Năm 2022", "2022", "actual"), ("Năm 2023", "2023", "actual"), ("Kế hoạch 2024", "2024", "target")]
rows = [("Cụm TP Lào Cai", "Lào Cai", ["112,4", "118,9", "125"], None),
        ("Cụm Sa Pa", "Sa Pa", ["38,6", "41,2", "45"], None),
        ("Cụm Bảo Thắng", "Bảo Thắng", ["29,5", "30,8", "33"], None),
        ("Tổng số", "Lào Cai", ["180,5", "190,9", "203"], None)]
FIGS = [
    fig("khoảng 523 kg", "523", "measure", "kg/ngày", "chất thải y tế nguy hại phát sinh mỗi ngày", Y23, approx="about"),
    fig("chiếm 89%", "89", "percent", "%", "chất thải lây nhiễm trong chất thải y tế nguy hại", Y23),
    fig("tổ chức 3 cụm xử lý", "3", "count", "cụm xử lý", "cụm xử lý chất thải y tế"),
    fig("của 187/213 cơ sở", "187", "count", "cơ sở y tế", "cơ sở y tế công lập gửi chất thải về cụm xử lý", total=213),
    fig("26 trạm y tế vùng cao", "26", "count", "trạm y tế", "trạm y tế vùng cao xử lý chất thải tại chỗ"),
    fig("đạt 190,9 tấn", "190,9", "measure", "tấn", "chất thải xử lý theo cụm", P("năm 2023", "2023-01-01", "2023-12-31"),
        change=CH("increase", 5.8, "%", "năm 2022")),
    fig("bình quân 4.500 đồng/kg", "4.500", "money", "đồng/kg", "chi phí vận chuyển từ các xã vùng cao về cụm xử lý",
        change=CH("increase", 1.5, "lần", "vùng thấp")),
]
prev = "Kế hoạch 2024"
for label, loc, cells, _ in rows:
    left = label
    for (col, yr, st), cell in zip(COLS, cells):
        anchor = f"{left}\n{cell}"
        kw = {"status": st} if st != "actual" else {}
        pre = "tổng số " if label == "Tổng số" else ""
        FIGS.append(fig(anchor, cell, "measure", "tấn", f"{pre}chất thải y tế nguy hại xử lý theo cụm {col.lower()}",
                        P(col, f"{yr}-01-01", f"{yr}-12-31"), location=loc, **kw))
        left = cell
FIGS += [
    fig("phấn đấu 100% chất thải", "100", "percent", "%", "chất thải y tế nguy hại của các cơ sở tuyến huyện được xử lý theo cụm",
        P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("thêm 12 xe máy ba bánh", "12", "count", "xe máy ba bánh", "xe máy ba bánh thu gom trang bị thêm cho các trạm y tế vùng cao",
        P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]
NOTES = [
    "Sở Y tế Lào Cai site (invented), no dateline: cluster treatment 2022-2024, one-cell-per-line table (Đơn vị tính: tấn).",
    "Not figures: footer 'Tầng 4, Khối 5', phone 0214.3840.130, 'Lượt truy cập: 1.284.672', Quyết định số 2315/QĐ-UBND.",
    "Table cells: period from column headers (scored); 'Kế hoạch 2024' → target; row labels 'Cụm <place>' give the location",
    "(Cụm TP Lào Cai → Lào Cai city, same name as the province); Tổng số → Lào Cai province. No totals on cells.",
    "'trong đó chất thải lây nhiễm chiếm 89%' has no part amount: a percent figure. 'gấp 1,5 lần vùng thấp' is the change of 4.500 đồng/kg.",
    "'26 trạm y tế vùng cao còn lại' has no part-of cue: no total. 'trang bị thêm 12 xe' continues the 'phấn đấu' sentence: target.",
]
write("p1069-7", TEXT, FIGS, NOTES, published=None, location="Lào Cai")
