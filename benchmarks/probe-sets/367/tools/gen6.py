from lib import *

ROWS = [("Cá sấu xiêm", ["142.300", "151.800", "38,6"]),
        ("Nhím", ["96.450", "104.200", "26,5"]),
        ("Rắn các loại", ["58.700", "67.350", "17,1"]),
        ("Khỉ đuôi dài", ["41.200", "43.950", "11,2"]),
        ("Loài khác", ["23.150", "26.000", "6,6"]),
        ("Tổng số", ["361.800", "393.300", "100"])]
table = "Đơn vị tính: cá thể\nLoài nuôi\nNăm 2022\nNăm 2023\nTỷ trọng năm 2023 (%)\n"
for label, cells in ROWS:
    table += label + "\n" + "\n".join(cells) + "\n"

TEXT = """CHI CỤC KIỂM LÂM TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Ngày cập nhật: 10/04/2024

Tổng đàn động vật hoang dã nuôi tại Đồng Nai tiếp tục tăng

Năm 2023, tổng đàn động vật hoang dã nuôi trên địa bàn tỉnh Đồng Nai đạt 393.300 cá thể, tăng 8,7% so với năm 2022; số cơ sở nuôi giảm còn 2.918 cơ sở (năm 2022 là 3.047 cơ sở) do một số hộ chuyển sang chăn nuôi vật nuôi khác. Số lượng cá thể một số loài nuôi chủ yếu như sau:

""" + table + """
Huyện Long Thành và huyện Xuân Lộc là hai địa phương có tổng đàn lớn nhất, lần lượt đạt 118.400 cá thể và 86.900 cá thể, cộng lại chiếm 52% tổng đàn của tỉnh.

Quý I/2024, Chi cục đã cấp mã số mới cho 46 cơ sở nuôi, chấm dứt hoạt động 83 cơ sở; kiểm tra 205 lượt cơ sở, phát hiện 5 trường hợp nuôi không chứng minh được nguồn gốc hợp pháp, tịch thu 27 cá thể.

Theo Quyết định số 2517/QĐ-UBND của UBND tỉnh, trong năm 2024 Chi cục phấn đấu giảm ít nhất 5% số cơ sở nuôi nhỏ lẻ trong khu dân cư và hoàn thành di dời 100% cơ sở nuôi cá sấu ra khỏi khu dân cư trước ngày 31/12/2024.

Chi cục Kiểm lâm tỉnh Đồng Nai - Số 236 Phạm Văn Thuận, TP Biên Hòa. Điện thoại: 0251.3822.615
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 393.300 cá thể", "393.300", 393300, "count", "cá thể", "tổng đàn động vật hoang dã nuôi", Y23,
      change=C("increase", 8.7, "%", "năm 2022")),
    F("giảm còn 2.918 cơ sở", "2.918", 2918, "count", "cơ sở", "cơ sở nuôi", Y23),
    F("năm 2022 là 3.047 cơ sở", "3.047", 3047, "count", "cơ sở", "cơ sở nuôi", P("năm 2022", "2022-01-01", "2022-12-31")),
]
prev = "Tỷ trọng năm 2023 (%)"
for label, cells in ROWS:
    for i, num in enumerate(cells):
        left = label if i == 0 else cells[i - 1]
        anchor = f"{left}\n{num}\n"
        if i < 2:
            FIGS.append(F(anchor, num, parse_num(num), "count", "cá thể", f"{label} năm {2022 + i}", Y22 if i == 0 else Y23))
        else:
            FIGS.append(F(anchor, num, parse_num(num), "percent", "%", f"{label} tỷ trọng năm 2023", Y23))

FIGS += [
    F("đạt 118.400 cá thể", "118.400", 118400, "count", "cá thể", "tổng đàn động vật hoang dã nuôi", Y23_I, location="Long Thành"),
    F("và 86.900 cá thể", "86.900", 86900, "count", "cá thể", "tổng đàn động vật hoang dã nuôi", Y23_I, location="Xuân Lộc"),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có tổng đàn lớn nhất", Y23_I, optional=True),
    F("chiếm 52% tổng đàn", "52", 52, "percent", "%", "tỷ trọng tổng đàn của Long Thành và Xuân Lộc trong tổng đàn của tỉnh", Y23_I),
    F("cho 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở nuôi được cấp mã số mới", Q1),
    F("chấm dứt hoạt động 83 cơ sở", "83", 83, "count", "cơ sở", "cơ sở nuôi chấm dứt hoạt động", Q1),
    F("kiểm tra 205 lượt", "205", 205, "count", "lượt cơ sở", "lượt kiểm tra cơ sở", Q1),
    F("phát hiện 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp nuôi không chứng minh được nguồn gốc hợp pháp", Q1),
    F("tịch thu 27 cá thể", "27", 27, "count", "cá thể", "cá thể bị tịch thu", Q1),
    F("ít nhất 5% số", "5", 5, "percent", "%", "giảm số cơ sở nuôi nhỏ lẻ trong khu dân cư", Y24, approx="at_least", status="target"),
    F("di dời 100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi cá sấu di dời ra khỏi khu dân cư", Y24, status="target"),
]

emit("p367-6", TEXT, [
    "Chi cục Kiểm lâm tỉnh Đồng Nai site, 'Ngày cập nhật: 10/04/2024' (no time): 2023 herd and farm numbers, a one-cell-per-line table",
    "(Đơn vị tính: cá thể; Loài nuôi × Năm 2022 | Năm 2023 | Tỷ trọng năm 2023 (%)), districts, Q1/2024 management, 2024 targets.",
    "Table cells: subject = row label + column label (as FIGURES.md and shared h24: 'Nhím năm 2022'); period from the column header (scored);",
    "unit 'cá thể' from Đơn vị tính, '%' for the share column; the 'Tổng số' share 100 is a cell like any other. No totals for table cells.",
    "'giảm còn 2.918' states the new level only: no change. '(năm 2022 là 3.047 cơ sở)' is a figure with its own period.",
    "'lần lượt đạt 118.400 … và 86.900 …' items take Long Thành / Xuân Lộc; 'cộng lại chiếm 52%' is the pair's share: a percent figure of its own.",
    "Distractors: Quyết định số 2517/QĐ-UBND, 'trước ngày 31/12/2024', address, phone, menu.",
    "revised: count/share cell subjects were '<row> nuôi' / 'tỷ trọng <row>'; now row label + column label as FIGURES.md says for tables.",
], FIGS, published="2024-04-10", location="Đồng Nai")
