"""p1186-3: formal report (UBND tỉnh Đồng Tháp) on 2023 collection of pesticide packaging, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả thu gom, xử lý bao gói thuốc bảo vệ thực vật sau sử dụng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống bể chứa
Tính đến ngày 30/11/2023, toàn tỉnh có 8.915 bể chứa bao gói thuốc bảo vệ thực vật (BVTV) sau sử dụng, bình quân mỗi bể phục vụ khoảng 22 ha đất canh tác lúa. Năm 2023, các địa phương xây mới 742 bể, đạt 106% kế hoạch; sửa chữa, thay thế 318 bể hư hỏng.

Đơn vị tính: bể
Huyện, thành phố | Số bể đến 30/11/2023 | Xây mới năm 2023 | Kế hoạch xây mới 2024
Huyện Tháp Mười | 1.964 | 158 | 120
Huyện Cao Lãnh | 1.602 | 131 | 100
Huyện Tam Nông | 1.385 | 117 | 90
Huyện Thanh Bình | 1.147 | 96 | 80
Các huyện, thành phố còn lại | 2.817 | 240 | 210
Tổng cộng | 8.915 | 742 | 600

2. Thu gom, xử lý
Năm 2023, toàn tỉnh thu gom 186,5 tấn bao gói thuốc BVTV, tăng 9,8% so với năm 2022; trong đó đã chuyển giao cho đơn vị có chức năng xử lý 152,4 tấn. Kinh phí thực hiện ước khoảng 3,2 tỷ đồng, chủ yếu từ nguồn sự nghiệp môi trường.

II. NHIỆM VỤ NĂM 2024
Phấn đấu thu gom trên 200 tấn bao gói thuốc BVTV; tỷ lệ bao gói được xử lý đạt 90% trở lên.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = {
    "Số bể đến 30/11/2023": (P("Số bể đến 30/11/2023", None, "2023-11-30"), "actual", "số bể chứa đến 30/11/2023"),
    "Xây mới năm 2023": (P("Xây mới năm 2023", "2023-01-01", "2023-12-31"), "actual", "bể chứa xây mới năm 2023"),
    "Kế hoạch xây mới 2024": (P("Kế hoạch xây mới 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch xây mới bể chứa 2024"),
}
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, col, place=None):
    per, st, subj = COLS[col]
    kw = {"status": st} if st != "actual" else {}
    if place:
        kw["location"] = place
    else:
        subj = f"{subj} {row}"
    return F(anchor, number, value, "count", "bể", subject=subj, period=per, **kw)


S, X, K = "Số bể đến 30/11/2023", "Xây mới năm 2023", "Kế hoạch xây mới 2024"
REST, TOT = "các huyện, thành phố còn lại", "tổng cộng"

FIGS = [
    F("có 8.915 bể", "8.915", 8915, "count", "bể",
      subject="bể chứa bao gói thuốc bảo vệ thực vật sau sử dụng", period=ASOF),
    F("khoảng 22 ha", "22", 22, "measure", "ha/bể", approx="about",
      subject="diện tích đất canh tác lúa bình quân mỗi bể phục vụ", period=ASOF),
    F("xây mới 742 bể", "742", 742, "count", "bể", percent=106, subject="bể chứa xây mới", period=Y23),
    F("thay thế 318 bể", "318", 318, "count", "bể", subject="bể hư hỏng được sửa chữa, thay thế", period=Y23),
    cell("Tháp Mười | 1.964", "1.964", 1964, "Tháp Mười", S, "Tháp Mười"),
    cell("1.964 | 158", "158", 158, "Tháp Mười", X, "Tháp Mười"),
    cell("158 | 120", "120", 120, "Tháp Mười", K, "Tháp Mười"),
    cell("Cao Lãnh | 1.602", "1.602", 1602, "Cao Lãnh", S, "Cao Lãnh"),
    cell("1.602 | 131", "131", 131, "Cao Lãnh", X, "Cao Lãnh"),
    cell("131 | 100", "100", 100, "Cao Lãnh", K, "Cao Lãnh"),
    cell("Tam Nông | 1.385", "1.385", 1385, "Tam Nông", S, "Tam Nông"),
    cell("1.385 | 117", "117", 117, "Tam Nông", X, "Tam Nông"),
    cell("117 | 90", "90", 90, "Tam Nông", K, "Tam Nông"),
    cell("Thanh Bình | 1.147", "1.147", 1147, "Thanh Bình", S, "Thanh Bình"),
    cell("1.147 | 96", "96", 96, "Thanh Bình", X, "Thanh Bình"),
    cell("96 | 80", "80", 80, "Thanh Bình", K, "Thanh Bình"),
    cell("còn lại | 2.817", "2.817", 2817, REST, S),
    cell("2.817 | 240", "240", 240, REST, X),
    cell("240 | 210", "210", 210, REST, K),
    cell("Tổng cộng | 8.915", "8.915", 8915, TOT, S),
    cell("8.915 | 742", "742", 742, TOT, X),
    cell("742 | 600", "600", 600, TOT, K),
    F("thu gom 186,5 tấn", "186,5", 186.5, "measure", "tấn", change=C("increase", 9.8, "%", "năm 2022"),
      subject="bao gói thuốc BVTV thu gom", period=Y23),
    F("xử lý 152,4 tấn", "152,4", 152.4, "measure", "tấn", total=186.5,
      subject="bao gói thuốc BVTV đã chuyển giao cho đơn vị có chức năng xử lý", period=Y23),
    F("khoảng 3,2 tỷ", "3,2", 3200000000, "money", "đồng", approx="about", status="estimate",
      subject="kinh phí thực hiện thu gom, xử lý bao gói", period=I(Y23)),
    F("trên 200 tấn", "200", 200, "measure", "tấn", approx="over", status="target",
      subject="bao gói thuốc BVTV thu gom", period=Y24),
    F("đạt 90%", "90", 90, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ bao gói được xử lý", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH ĐỒNG THÁP', 'Số: 412/BC-UBND', 'Đồng Tháp, ngày 18 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: bể', rows are districts (→ location) plus 'Các huyện, thành phố còn lại' and 'Tổng cộng'",
    "(location Đồng Tháp, row label kept in the subject). Periods from the column headers (scored); 'Kế hoạch xây mới 2024' → target.",
    "Table cells get no totals (the 'Tổng cộng' row is its own figures). 'đạt 106% kế hoạch' is the share of the 742 new tanks.",
    "152,4 tấn follows 'trong đó' after the 186,5 tấn collected (same thing, same year): total 186.5. '90% trở lên' → at_least.",
    "Distractors: 'Số: 412/BC-UBND', section numbers I./II./1./2., 'Lưu: VT, KT', the date line. Targets under 'NHIỆM VỤ NĂM 2024' inherit 2024.",
]

if __name__ == "__main__":
    write("p1186-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Đồng Tháp")
