"""p521-7: Cục Quản lý thị trường Đồng Nai (department site, no dateline) — inspection results 2023, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI
Trang chủ › Hoạt động nghiệp vụ

Kết quả kiểm tra, kiểm soát thị trường năm 2023

Năm 2023, lực lượng Quản lý thị trường tỉnh Đồng Nai đã kiểm tra 1.286 vụ, phát hiện và xử lý 1.034 vụ vi phạm, giảm 6,4% so với năm 2022; tổng số tiền thu nộp ngân sách nhà nước 9.728 triệu đồng, đạt 121,6% chỉ tiêu được giao. Trong đó, vi phạm về giá, niêm yết giá 296 vụ; hàng giả, hàng xâm phạm quyền sở hữu trí tuệ 187 vụ; hàng nhập lậu 243 vụ. Hàng hóa vi phạm bị tạm giữ có trị giá khoảng 4,6 tỷ đồng, chủ yếu là mỹ phẩm, quần áo, thực phẩm chức năng và thuốc lá điếu nhập lậu.

Kết quả cụ thể của các đơn vị như sau:
Bảng 2. Kết quả kiểm tra theo đơn vị năm 2023
Đơn vị
Kiểm tra (vụ)
Vi phạm (vụ)
Tiền phạt (triệu đồng)
Đội QLTT số 1
352
284
2.415
Đội QLTT số 2
297
241
1.986,5
Đội QLTT số 3
331
263
2.230
Đội QLTT cơ động
306
246
3.096,5
Tổng cộng
1.286
1.034
9.728

Năm 2024, Cục phấn đấu kiểm tra không dưới 1.300 vụ, thu nộp ngân sách trên 10 tỷ đồng; tập trung kiểm soát giá các mặt hàng thiết yếu dịp Tết, xăng dầu, phân bón và thuốc chữa bệnh.

Mọi thông tin phản ánh xin gửi về đường dây nóng 0251.3822.417 hoặc trụ sở Cục tại số 4 đường 30/4, phường Thanh Bình, TP. Biên Hòa.

Bản quyền thuộc Cục Quản lý thị trường tỉnh Đồng Nai
Số lượt truy cập: 1.204.337
"""

COMMENTS = [
    "Department site (Cục QLTT Đồng Nai), no dateline: market inspection results 2023, with a one-cell-per-line table",
    "(rows = teams, columns Kiểm tra (vụ) | Vi phạm (vụ) | Tiền phạt (triệu đồng)); units and multiplier from the column headers.",
    "Every numeric cell is a figure, the 'Tổng cộng' row included; team names 'Đội QLTT số 1/2/3' and 'Bảng 2' are not figures.",
    "Table period from its title 'năm 2023' (not a column header): inherited. Teams are not places: location Đồng Nai.",
    "'Trong đó, vi phạm về giá ... 296 vụ' after the money figure: the whole counting the same thing is 1.034 vụ vi phạm → total 1034.",
    "'phấn đấu ... không dưới 1.300 vụ' → target, at_least; 'trên 10 tỷ đồng' → target, over. Distractors: phone, 'số 4 đường 30/4', visit counter.",
]

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TB = INH(P("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def cells(row, anchors, values):
    heads = [("kiểm tra", "count", "vụ", 1), ("vi phạm", "count", "vụ", 1), ("tiền phạt", "money", "đồng", 1e6)]
    out = []
    for (col, kind, unit, mult), a, (num, v) in zip(heads, anchors, values):
        out.append(F(a, num, v * mult, kind, unit, subject=f"{row} {col}", period=TB))
    return out


FIGS = [
    F("kiểm tra 1.286 vụ", "1.286", 1286, "count", "vụ", subject="vụ kiểm tra", period=Y23),
    F("xử lý 1.034 vụ vi phạm", "1.034", 1034, "count", "vụ",
      change=CH("decrease", 6.4, baseline="năm 2022"), subject="vụ vi phạm được phát hiện và xử lý", period=Y23),
    F("9.728 triệu đồng", "9.728", 9728e6, "money", "đồng", percent=121.6,
      subject="tổng số tiền thu nộp ngân sách nhà nước", period=Y23),
    F("giá 296 vụ", "296", 296, "count", "vụ", total=1034, subject="vi phạm về giá, niêm yết giá", period=INH(Y23)),
    F("trí tuệ 187 vụ", "187", 187, "count", "vụ", total=1034,
      subject="hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=INH(Y23)),
    F("lậu 243 vụ", "243", 243, "count", "vụ", total=1034, subject="hàng nhập lậu", period=INH(Y23)),
    F("khoảng 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", approx="about",
      subject="trị giá hàng hóa vi phạm bị tạm giữ", period=INH(Y23)),
]
FIGS += cells("Đội QLTT số 1", ["\n352\n", "\n284\n", "\n2.415\n"], [("352", 352), ("284", 284), ("2.415", 2415)])
FIGS += cells("Đội QLTT số 2", ["\n297\n", "\n241\n", "\n1.986,5\n"], [("297", 297), ("241", 241), ("1.986,5", 1986.5)])
FIGS += cells("Đội QLTT số 3", ["\n331\n", "\n263\n", "\n2.230\n"], [("331", 331), ("263", 263), ("2.230", 2230)])
FIGS += cells("Đội QLTT cơ động", ["\n306\n", "\n246\n", "\n3.096,5\n"], [("306", 306), ("246", 246), ("3.096,5", 3096.5)])
FIGS += cells("Tổng cộng", ["\n1.286\n", "\n1.034\n", "\n9.728\n"], [("1.286", 1286), ("1.034", 1034), ("9.728", 9728)])
FIGS += [
    F("không dưới 1.300 vụ", "1.300", 1300, "count", "vụ", approx="at_least", status="target",
      subject="vụ kiểm tra", period=Y24),
    F("trên 10 tỷ đồng", "10", 10e9, "money", "đồng", approx="over", status="target",
      subject="thu nộp ngân sách", period=Y24),
]

emit("p521-7", TEXT, COMMENTS, FIGS, location="Đồng Nai")
