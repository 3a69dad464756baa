from lib import F, P, I, CH, emit

ROWS = [("Hải Châu", "64", "59", "30"),
        ("Thanh Khê", "58", "55", "28"),
        ("Liên Chiểu", "52", "51", "25"),
        ("Cẩm Lệ", "47", "46", "22"),
        ("Hòa Vang", "58", "57", "35")]

table = "\n".join(["Quận, huyện", "Năm 2022", "Năm 2023", "Kế hoạch kiểm tra 2024"]
                  + [c for row in ROWS for c in row])

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả rà soát cửa hàng bán lẻ khí dầu mỏ hóa lỏng trên địa bàn thành phố

Thực hiện Kế hoạch số 185/KH-SCT, Sở Công Thương đã rà soát toàn bộ cửa hàng bán lẻ LPG trên địa bàn thành phố. Đến ngày 31/12/2023, Đà Nẵng có 268 cửa hàng bán lẻ LPG, giảm 11 cửa hàng so với cuối năm 2022; trong đó 241 cửa hàng đã được cấp Giấy chứng nhận đủ điều kiện, chiếm 89,9%.

Số cửa hàng bán lẻ LPG tại một số quận, huyện
Đơn vị tính: cửa hàng
""" + table + """

Sản lượng LPG bán ra của các cửa hàng năm 2023 đạt khoảng 14.200 tấn, bình quân 53 tấn/cửa hàng. Cũng trong năm 2023, Sở đã kiểm tra 126 cửa hàng, xử phạt 9 cửa hàng với tổng số tiền 97,5 triệu đồng, chủ yếu do không bảo đảm khoảng cách an toàn và để chai LPG ngoài khu vực quy định.

Năm 2024, Sở đề nghị UBND các quận, huyện không cấp phép mới cửa hàng bán lẻ LPG trong khu dân cư có đường kiệt dưới 3,5 m; đồng thời hướng dẫn các cửa hàng lắp đặt thiết bị báo rò rỉ khí.

Phòng Quản lý Kỹ thuật An toàn - Môi trường
Địa chỉ: Tầng 7, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu, Đà Nẵng
Điện thoại: 0236.3822.876
Số lượt truy cập: 1.204.377
"""

ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
COLP = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual", "năm 2023"),
        (P("Kế hoạch kiểm tra 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch kiểm tra 2024")]

FIGS = [
    F("có 268 cửa hàng", "268", 268, "count", "cửa hàng", "cửa hàng bán lẻ LPG", ASOF,
      change=CH("decrease", 11, "cửa hàng", "cuối năm 2022")),
    F("trong đó 241 cửa hàng", "241", 241, "count", "cửa hàng",
      "cửa hàng đã được cấp Giấy chứng nhận đủ điều kiện", ASOF, total=268, percent=89.9),
]
lines = table.split("\n")
for r, (place, *cells) in enumerate(ROWS):
    for i, cell in enumerate(cells):
        per, status, lab = COLP[i]
        if i == 0:
            anchor = f"{place}\n{cell}\n"
        elif i == 1:
            anchor = f"\n{cells[0]}\n{cell}\n{cells[2]}"
        else:
            nxt = ROWS[r + 1][0] if r + 1 < len(ROWS) else "\nSản"
            anchor = f"{cells[1]}\n{cell}\n{nxt}"
        FIGS.append(F(anchor, cell, int(cell), "count", "cửa hàng", f"cửa hàng bán lẻ LPG {lab}",
                      per, status=status, location=place))

FIGS += [
    F("khoảng 14.200 tấn", "14.200", 14200, "measure", "tấn", "sản lượng LPG bán ra của các cửa hàng", Y23,
      approx="about"),
    F("bình quân 53 tấn", "53", 53, "measure", "tấn/cửa hàng", "sản lượng LPG bán ra bình quân", Y23),
    F("kiểm tra 126 cửa hàng", "126", 126, "count", "cửa hàng", "cửa hàng được kiểm tra", Y23),
    F("xử phạt 9 cửa hàng", "9", 9, "count", "cửa hàng", "cửa hàng bị xử phạt", Y23),
    F("97,5 triệu", "97,5", 97.5e6, "money", "đồng", "tổng số tiền xử phạt", Y23),
    F("dưới 3,5 m", "3,5", 3.5, "measure", "m", "đường kiệt", approx="under", optional=True),
]

COMMENTS = [
    "Department site (Sở Công Thương Đà Nẵng), no dateline; footer with address ('Tầng 7', '24 Trần Phú'), phone and 'Số lượt truy cập: 1.204.377'.",
    "One-cell-per-line table with 'Đơn vị tính: cửa hàng': rows are districts (location), subject = indicator + column; period from the",
    "column header ('Kế hoạch kiểm tra 2024' → status target, 2024). The table covers 'một số quận, huyện' only: no totals.",
    "268: as-of 31/12/2023, change decrease 11 vs 'cuối năm 2022'; 241 after 'trong đó': total 268, 'chiếm 89,9%' its percent.",
    "'53 tấn/cửa hàng' is a rate (measure). 'đường kiệt dưới 3,5 m' is a licensing threshold: optional.",
    "Distractors: Kế hoạch số 185/KH-SCT, 'Tầng 7', '24 Trần Phú', phone, visit counter.",
]

emit("p644-7", TEXT, COMMENTS, FIGS, published=None, location="Đà Nẵng")
