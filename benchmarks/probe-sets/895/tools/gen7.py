"""p895-7: Chi cục Chăn nuôi và Thú y tỉnh Quảng Ngãi, no dateline, one-cell-per-line table."""
from lib import build, F, P, I, C

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Chăn nuôi ngỗng năm 2023: đàn tăng, giá ổn định

Năm 2023, chăn nuôi ngỗng trên địa bàn tỉnh tiếp tục phát triển. Tổng đàn ngỗng đến cuối năm đạt 96.800 con, tăng 7.300 con so với năm 2022; sản lượng thịt hơi xuất chuồng đạt 392 tấn.

Các địa phương nuôi nhiều ngỗng là huyện Mộ Đức (21.400 con), Tư Nghĩa (18.900 con) và thị xã Đức Phổ (15.200 con). Giá ngỗng hơi bình quân năm 2023 đạt 72.000 đồng/kg; quý IV/2023 giá tăng lên 78.000-82.000 đồng/kg.

Chi cục đã cấp giấy chứng nhận cơ sở an toàn dịch bệnh cho 6 trại ngỗng giống với tổng công suất 12.000 con ngỗng bố mẹ.

Một số chỉ tiêu chăn nuôi ngỗng
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Kế hoạch 2024
Tổng đàn ngỗng
con
89.500
96.800
105.000
Số hộ nuôi ngỗng
hộ
1.240
1.315
1.400
Sản lượng thịt hơi
tấn
361
392
430
Sản lượng trứng ngỗng
nghìn quả
2.150
2.380
2.600

Năm 2024, Chi cục phối hợp với các huyện tổ chức 8 lớp tập huấn kỹ thuật nuôi ngỗng an toàn sinh học cho khoảng 400 lượt người.

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH QUẢNG NGÃI
Địa chỉ: số 138 Hùng Vương, TP Quảng Ngãi, tỉnh Quảng Ngãi
Điện thoại: 0255.3822.614 - Fax: 0255.3823.705
Tổng lượt truy cập: 1.204.387 | Đang trực tuyến: 23
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
END = P("đến cuối năm", end="2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("cuối năm đạt 96.800 con", "96.800", 96800, "count", "con", "tổng đàn ngỗng",
      P("đến cuối năm", end="2023-12-31"), change=C("increase", 7300, unit="con", baseline="năm 2022")),
    F("xuất chuồng đạt 392 tấn", "392", 392, "measure", "tấn", "sản lượng thịt hơi xuất chuồng", I(Y23)),
    F("Mộ Đức (21.400 con)", "21.400", 21400, "count", "con", "đàn ngỗng", I(END), location="Mộ Đức"),
    F("Tư Nghĩa (18.900 con)", "18.900", 18900, "count", "con", "đàn ngỗng", I(END), location="Tư Nghĩa"),
    F("Đức Phổ (15.200 con)", "15.200", 15200, "count", "con", "đàn ngỗng", I(END), location="Đức Phổ"),
    F("đạt 72.000 đồng/kg", "72.000", 72000, "money", "đồng/kg", "giá ngỗng hơi bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 78.000-82.000 đồng/kg", "78.000", 78000, "money", "đồng/kg", "giá ngỗng hơi", value_max=82000,
      period=P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("cho 6 trại", "6", 6, "count", "trại", "trại ngỗng giống được cấp giấy chứng nhận cơ sở an toàn dịch bệnh"),
    F("công suất 12.000 con", "12.000", 12000, "count", "con", "tổng công suất ngỗng bố mẹ của trại ngỗng giống"),
]
ROWS = [
    ("Tổng đàn ngỗng\ncon\n", "tổng đàn ngỗng", "count", "con", 1, ["89.500", "96.800", "105.000"]),
    ("Số hộ nuôi ngỗng\nhộ\n", "số hộ nuôi ngỗng", "count", "hộ", 1, ["1.240", "1.315", "1.400"]),
    ("Sản lượng thịt hơi\ntấn\n", "sản lượng thịt hơi", "measure", "tấn", 1, ["361", "392", "430"]),
    ("Sản lượng trứng ngỗng\nnghìn quả\n", "sản lượng trứng ngỗng", "count", "quả", 1000, ["2.150", "2.380", "2.600"]),
]
COLS = [(Y22, "năm 2022", None), (Y23, "năm 2023", None), (K24, "kế hoạch 2024", "target")]
for head, subj, kind, unit, mult, cells in ROWS:
    for i, cell in enumerate(cells):
        anchor = head + "\n".join(cells[: i + 1])
        per, lab, st = COLS[i]
        extra = {"status": st} if st else {}
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")) * mult, kind, unit, f"{subj} {lab}", per, **extra))
FIGS += [
    F("tổ chức 8 lớp", "8", 8, "count", "lớp", "lớp tập huấn kỹ thuật nuôi ngỗng an toàn sinh học", Y24),
    F("khoảng 400 lượt người", "400", 400, "count", "lượt người", "lượt người được tập huấn", Y24, approx="about"),
]

NOTES = [
    "Chi cục Chăn nuôi và Thú y tỉnh Quảng Ngãi: department site with no dateline (published null), footer address, phone, visit counter.",
    "One-cell-per-line table (Chỉ tiêu / Đơn vị tính / Năm 2022 / Năm 2023 / Kế hoạch 2024): 12 cells, period from the column header,",
    "'Kế hoạch 2024' cells are targets; 'nghìn quả' multiplies the egg cells (2.150 = 2 150 000 quả). Subjects: row label + column label.",
    "'đến cuối năm' takes 2023 from 'Năm 2023' (as-of 2023-12-31). 'tăng 7.300 con so với năm 2022' is the change of 96.800 (unit con).",
    "The district list (Mộ Đức, Tư Nghĩa, thị xã Đức Phổ) has no period phrase of its own: the herd's as-of end-2023, inherited; 'quý IV/2023' dates only the price range.",
    "Not figures: 'số 138 Hùng Vương', phone/fax, 'Tổng lượt truy cập: 1.204.387', 'Đang trực tuyến: 23', menu items.",
]

build("p895-7", TEXT, NOTES, FIGS, published=None, location="Quảng Ngãi")
