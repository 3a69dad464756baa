from lib import F, P, CH, emit

HEAD = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
Chuyên mục: Trồng trọt - Bảo vệ thực vật

Đồng Nai mở rộng diện tích cây ăn quả đạt chuẩn xuất khẩu
Ngày cập nhật: 27/11/2024

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/10/2024, toàn tỉnh Đồng Nai có 85.600 ha cây ăn quả, trong đó diện tích sầu riêng khoảng 13.500 ha, tập trung ở các huyện Tân Phú, Định Quán, Xuân Lộc và thành phố Long Khánh.

Năm 2024, tỉnh được phía Trung Quốc cấp thêm 36 mã số vùng trồng sầu riêng, nâng tổng số lên 128 mã với diện tích 5.270 ha; số cơ sở đóng gói sầu riêng được cấp mã là 64 cơ sở. Huyện Tân Phú dẫn đầu với 41 mã số (1.980 ha), tiếp theo là huyện Định Quán 29 mã số (1.215 ha) và thành phố Long Khánh 22 mã số (806 ha).

Diện tích một số cây ăn quả chủ lực của tỉnh
Đơn vị tính: ha

Cây trồng

Năm 2023

Ước năm 2024

Kế hoạch năm 2025
"""
ROWS = [
    ("Sầu riêng", ["12.150", "13.520", "14.000"]),
    ("Chôm chôm", ["10.830", "10.620", "10.500"]),
    ("Bưởi", ["8.940", "9.210", "9.500"]),
    ("Chuối", ["7.460", "7.980", "8.600"]),
    ("Xoài", ["9.320", "9.105", "9.000"]),
]
TAIL = """
Để đáp ứng yêu cầu của thị trường Trung Quốc, giai đoạn 2021-2025 tỉnh đã hỗ trợ 2.300 nông hộ thực hiện quy trình VietGAP, GlobalGAP với tổng kinh phí trên 18 tỷ đồng. Sở đề nghị các địa phương kiểm tra định kỳ ít nhất 2 lần/năm đối với mỗi mã số vùng trồng. Mọi vướng mắc liên hệ Phòng Trồng trọt, số 1597 đường Phạm Văn Thuận, phường Thống Nhất, TP Biên Hòa.
"""
body = []
for label, cells in ROWS:
    body.append(label)
    body.extend(cells)
TEXT = HEAD + "\n" + "\n\n".join(body) + "\n" + TAIL

T31 = P("tính đến ngày 31/10/2024", None, "2024-10-31")
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")
N24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước năm 2024", P("Ước năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch năm 2025", P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target")]
MS = "mã số vùng trồng sầu riêng"

FIGS = [
    F("có 85.600 ha", "85.600", 85600, "measure", "ha", "diện tích cây ăn quả", T31),
    F("khoảng 13.500 ha", "13.500", 13500, "measure", "ha", "diện tích sầu riêng", T31, total=85600, approx="about"),
    F("thêm 36 mã", "36", 36, "count", "mã số vùng trồng", "mã số vùng trồng sầu riêng được cấp thêm", N24),
    F("lên 128 mã", "128", 128, "count", "mã", "tổng số mã số vùng trồng sầu riêng", N24),
    F("diện tích 5.270 ha", "5.270", 5270, "measure", "ha", "diện tích mã số vùng trồng sầu riêng", N24),
    F("là 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở đóng gói sầu riêng được cấp mã", N24),
    F("với 41 mã", "41", 41, "count", "mã số", MS, N24i, location="Tân Phú"),
    F("(1.980 ha)", "1.980", 1980, "measure", "ha", "diện tích mã số vùng trồng", N24i, location="Tân Phú"),
    F("Quán 29 mã", "29", 29, "count", "mã số", MS, N24i, location="Định Quán"),
    F("(1.215 ha)", "1.215", 1215, "measure", "ha", "diện tích mã số vùng trồng", N24i, location="Định Quán"),
    F("Khánh 22 mã", "22", 22, "count", "mã số", MS, N24i, location="Long Khánh"),
    F("(806 ha)", "806", 806, "measure", "ha", "diện tích mã số vùng trồng", N24i, location="Long Khánh"),
]
for label, cells in ROWS:
    for j, cell in enumerate(cells):
        prev = label if j == 0 else cells[j - 1]
        anchor = f"{prev}\n\n{cell}"
        col, per, st = COLS[j]
        v = float(cell.replace(".", ""))
        kw = {"status": st} if st else {}
        FIGS.append(F(anchor, cell, v, "measure", "ha", f"diện tích {label} {col}", per, **kw))
FIGS += [
    F("hỗ trợ 2.300 nông hộ", "2.300", 2300, "count", "nông hộ", "nông hộ được hỗ trợ thực hiện quy trình VietGAP, GlobalGAP", GD),
    F("trên 18 tỷ đồng", "18", 18000000000, "money", "đồng", "tổng kinh phí hỗ trợ", GD, approx="over"),
    F("ít nhất 2 lần/năm", "2", 2, "measure", "lần/năm", "tần suất kiểm tra định kỳ mã số vùng trồng",
      approx="at_least", optional=True),
]

emit("p280-6", TEXT, [
    "Sở NN&PTNT Đồng Nai (department site): fruit-tree area, durian growing-area codes by district, packing houses; one-cell-per-line table.",
    "Dateline 'Ngày cập nhật: 27/11/2024' (no time). Table: 'Đơn vị tính: ha'; columns Năm 2023 | Ước năm 2024 (estimate) | Kế hoạch năm 2025 (target).",
    "Table cells: subject = crop + column label; period from the column header (scored, as in shared h23).",
    "Distractors: address 'số 1597 đường Phạm Văn Thuận', 'VietGAP/GlobalGAP', 'giai đoạn 2021-2025' (period). '2 lần/năm' is a rule (optional).",
    "District list: the place goes to location; bracketed areas are a second figure of each item (not parts). 13.500 ha is part of 85.600 ('trong đó').",
    "'Năm 2024' in the list's previous sentence: inherited.",
], FIGS, published="2024-11-27", location="Đồng Nai")
