from lib import *

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH KIÊN GIANG
Trang chủ » Thể dục thể thao » Phong trào

Phong trào đua ghe Ngo ở Kiên Giang ngày càng phát triển

Những năm gần đây, phong trào đua ghe Ngo trong đồng bào Khmer tỉnh Kiên Giang phát triển mạnh. Nếu năm 2022 toàn tỉnh có 19 ghe Ngo tham gia giải cấp tỉnh thì năm 2024 đã tăng lên 31 ghe, gấp hơn 1,6 lần. Hiện toàn tỉnh có 76 chùa Khmer, trong đó 48 chùa có ghe Ngo.

Bảng: Số ghe Ngo tham gia Giải đua ghe Ngo tỉnh phân theo địa phương
Đơn vị tính: ghe
Địa phương
Năm 2022
Năm 2023
Năm 2024
Châu Thành
6
8
9
Gò Quao
5
6
8
Giồng Riềng
4
5
7
Hòn Đất
2
3
4
TP. Rạch Giá
2
2
3
Toàn tỉnh
19
24
31

Giai đoạn 2022-2024, tỉnh đã hỗ trợ 2,15 tỷ đồng cho các chùa đóng mới, sửa chữa ghe Ngo, bình quân khoảng 45 triệu đồng/ghe. Năm 2024, tổng số vận động viên tham gia giải cấp tỉnh là 1.736 người; số lượt khán giả ước đạt 85.000 lượt, bằng 121% so với năm 2023.

Sở phấn đấu đến năm 2025 mỗi huyện có đông đồng bào Khmer duy trì ít nhất 1 đội ghe nữ; Giải đua ghe Ngo tỉnh năm 2025 dự kiến có từ 35 đến 40 ghe tham gia.

Bản quyền thuộc Sở Văn hóa và Thể thao tỉnh Kiên Giang
Địa chỉ: Số 06 Lý Thường Kiệt, phường Vĩnh Thanh Vân, TP. Rạch Giá
Tổng số lượt truy cập: 1.284.507
"""

SUBJ = "Số ghe Ngo tham gia Giải đua ghe Ngo tỉnh"
COLS = [Y(2022, "Năm 2022"), Y(2023, "Năm 2023"), Y(2024, "Năm 2024")]


def trow(label, loc, nums, anchors):
    out = []
    for (n, a, p) in zip(nums, anchors, COLS):
        out.append(F(a, str(n), n, "count", "ghe", f"{SUBJ} {p['text'].lower()}", p, location=loc))
    return out


FIGS = [
    F("có 19 ghe Ngo", "19", 19, "count", "ghe Ngo", "ghe Ngo tham gia giải cấp tỉnh", Y(2022)),
    F("lên 31 ghe", "31", 31, "count", "ghe", "ghe Ngo tham gia giải cấp tỉnh", Y(2024),
      change=CH("increase", 1.6, "lần", "năm 2022", "over")),
    F("có 76 chùa Khmer", "76", 76, "count", "chùa Khmer", "chùa Khmer"),
    F("48 chùa có ghe Ngo", "48", 48, "count", "chùa", "chùa có ghe Ngo", total=76),
] + (
    trow("Châu Thành", "Châu Thành", (6, 8, 9), ("Châu Thành\n6", "Châu Thành\n6\n8", "Châu Thành\n6\n8\n9")) +
    trow("Gò Quao", "Gò Quao", (5, 6, 8), ("Gò Quao\n5", "Gò Quao\n5\n6", "Gò Quao\n5\n6\n8")) +
    trow("Giồng Riềng", "Giồng Riềng", (4, 5, 7), ("Giồng Riềng\n4", "Giồng Riềng\n4\n5", "Giồng Riềng\n4\n5\n7")) +
    trow("Hòn Đất", "Hòn Đất", (2, 3, 4), ("Hòn Đất\n2", "Hòn Đất\n2\n3", "Hòn Đất\n2\n3\n4")) +
    trow("Rạch Giá", "Rạch Giá", (2, 2, 3), ("Rạch Giá\n2", "\n2\n3\nToàn tỉnh", "3\nToàn tỉnh")) +
    trow("Toàn tỉnh", "Kiên Giang", (19, 24, 31), ("Toàn tỉnh\n19", "Toàn tỉnh\n19\n24", "24\n31"))
) + [
    F("hỗ trợ 2,15 tỷ đồng", "2,15", 2.15e9, "money", "đồng", "hỗ trợ các chùa đóng mới, sửa chữa ghe Ngo",
      P("Giai đoạn 2022-2024", "2022-01-01", "2024-12-31")),
    F("khoảng 45 triệu đồng/ghe", "45", 45e6, "money", "đồng/ghe", "bình quân hỗ trợ mỗi ghe",
      P("Giai đoạn 2022-2024", "2022-01-01", "2024-12-31"), approx="about"),
    F("là 1.736 người", "1.736", 1736, "count", "người", "tổng số vận động viên tham gia giải cấp tỉnh", Y(2024, "Năm 2024")),
    F("ước đạt 85.000 lượt", "85.000", 85000, "count", "lượt", "số lượt khán giả", Y(2024, "Năm 2024"),
      percent=121, status="estimate"),
    F("ít nhất 1 đội", "1", 1, "count", "đội ghe nữ", "đội ghe nữ mỗi huyện có đông đồng bào Khmer duy trì",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("từ 35 đến 40 ghe", "35", 35, "count", "ghe", "ghe tham gia Giải đua ghe Ngo tỉnh", Y(2025),
      value_max=40, status="forecast"),
]

COMMENTS = [
    "Department site (Sở Văn hóa và Thể thao Kiên Giang), no dateline, visit counter in the footer: ghe Ngo movement 2022-2024.",
    "One-cell-per-line table with 'Đơn vị tính: ghe', columns Năm 2022 | Năm 2023 | Năm 2024: every cell is a figure, period from the column",
    "header (scored), districts to location, 'Toàn tỉnh' row = Kiên Giang. No totals on table cells (the table states none).",
    "'gấp hơn 1,6 lần' right after 31 ghe is its change (lần, over), not a multiple figure. 'bằng 121% so với năm 2023' after a count is its percent.",
    "'Số 06 Lý Thường Kiệt', 'Tổng số lượt truy cập: 1.284.507' are not figures. 'Hiện' gives no period. 'dự kiến' -> forecast; 'phấn đấu đến năm 2025' -> target.",
]

if __name__ == "__main__":
    emit("p740-7", TEXT, COMMENTS, FIGS, published=None, location="Kiên Giang")
