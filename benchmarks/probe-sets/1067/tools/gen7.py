from lib import F, P, I, C, T, write

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Nâng cao chất lượng nước mắm truyền thống Long Hải, Phước Hải

Năm 2023, toàn tỉnh có 132 cơ sở sản xuất nước mắm được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm, chiếm 88% tổng số cơ sở; sản lượng đạt 14,2 triệu lít, tăng 6,1% so với năm 2022. Sản lượng theo địa phương như sau:
Đơn vị tính: nghìn lít
Huyện, thành phố
Năm 2022
Năm 2023
So sánh (%)
Long Điền
6.420
6.850
106,7
Đất Đỏ
3.950
4.120
104,3
Vũng Tàu
2.280
2.360
103,5
Xuyên Mộc
730
870
119,2
Tổng cộng
13.380
14.200
106,1
Trong năm, Chi cục đã kiểm tra 46 cơ sở, phát hiện 7 cơ sở vi phạm, xử phạt 52,5 triệu đồng. Trong 60 mẫu nước mắm lấy kiểm nghiệm, có 57 mẫu đạt chỉ tiêu histamin (dưới 400 mg/kg).

Nước mắm Long Hải được ủ chượp theo phương pháp truyền thống từ cá cơm than, cá cơm sọc tiêu với muối hạt, thời gian ủ 10-12 tháng, độ đạm đạt 25-40 gN/l.

Năm 2024, Chi cục phấn đấu 100% cơ sở sản xuất nước mắm được kiểm tra, giám sát định kỳ; hỗ trợ thêm 5 sản phẩm đạt OCOP.

CHI CỤC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN
Địa chỉ: Số 17 đường 3 Tháng 2, phường 8, TP Vũng Tàu
Điện thoại: 0254.3511.427 - Fax: 0254.3511.428
Tổng lượt truy cập: 1.204.583 | Đang online: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN23 = P("Trong năm", "2023-01-01", "2023-12-31")
SL = "sản lượng nước mắm"
CMP = "so sánh sản lượng nước mắm"


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def row(place, a, b, c, loc, subj=SL):
    return [
        F(f"{place}\n{a}\n", a, num(a) * 1e3, "measure", "lít", subj, Y22, location=loc),
        F(f"{a}\n{b}\n", b, num(b) * 1e3, "measure", "lít", subj, Y23, location=loc),
        F(f"{b}\n{c}\n", c, num(c), "percent", "%", CMP if subj == SL else "so sánh " + subj,
          location=loc),
    ]


FIGS = [
    F("có 132 cơ sở", "132", 132, "count", "cơ sở",
      "cơ sở sản xuất nước mắm được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", Y23, percent=88),
    F("đạt 14,2 triệu lít", "14,2", 14.2e6, "measure", "lít", SL, Y23,
      change=C("increase", 6.1, baseline="năm 2022")),
]
FIGS += row("Long Điền", "6.420", "6.850", "106,7", "Long Điền")
FIGS += row("Đất Đỏ", "3.950", "4.120", "104,3", "Đất Đỏ")
FIGS += row("Vũng Tàu", "2.280", "2.360", "103,5", "Vũng Tàu")
FIGS += row("Xuyên Mộc", "730", "870", "119,2", "Xuyên Mộc")
FIGS += row("Tổng cộng", "13.380", "14.200", "106,1", "Bà Rịa - Vũng Tàu", "sản lượng nước mắm tổng cộng")
FIGS += [
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở được Chi cục kiểm tra", IN23),
    F("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở vi phạm", IN23),
    F("xử phạt 52,5 triệu đồng", "52,5", 52.5e6, "money", "đồng", "tiền xử phạt vi phạm", IN23),
    F("Trong 60 mẫu", "60", 60, "count", "mẫu", "mẫu nước mắm lấy kiểm nghiệm", I(IN23)),
    F("có 57 mẫu", "57", 57, "count", "mẫu", "mẫu đạt chỉ tiêu histamin", I(IN23), total=60),
    F("dưới 400 mg/kg", "400", 400, "measure", "mg/kg", "chỉ tiêu histamin", approx="under", optional=True),
    F("ủ 10-12 tháng", "10", 10, "measure", "tháng", "thời gian ủ chượp", value_max=12),
    F("đạt 25-40 gN/l", "25", 25, "measure", "gN/l", "độ đạm nước mắm Long Hải", value_max=40),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất nước mắm được kiểm tra, giám sát định kỳ",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm đạt OCOP",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Department site (Chi cục QLCL NLS&TS Bà Rịa - Vũng Tàu), no dateline; footer address, phones, visit counter and online count are not figures.",
    "One-cell-per-line table: Đơn vị tính: nghìn lít applies to the Năm 2022/Năm 2023 columns; 'So sánh (%)' cells are percent figures (no period column).",
    "'Trong năm' = 2023 (the article's year). 'Trong 60 mẫu ..., có 57 mẫu' -> total 60. Histamine limit 'dưới 400 mg/kg' optional (threshold).",
]

if __name__ == "__main__":
    write("p1067-7", TEXT, FIGS, NOTES, published=None, location="Bà Rịa - Vũng Tàu")
