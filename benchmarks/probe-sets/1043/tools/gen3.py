from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH NGHỆ AN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả tiếp nhận, cứu hộ và xử lý động vật hoang dã bị tịch thu năm 2023

I. TÌNH HÌNH VI PHẠM
Năm 2023, lực lượng Kiểm lâm, Công an, Quản lý thị trường trên địa bàn tỉnh phát hiện, xử lý 47 vụ vi phạm về động vật hoang dã, tăng 6 vụ so với năm 2022; tịch thu 302 cá thể động vật sống và 186,5 kg sản phẩm (vảy tê tê, xương, sừng). Xử phạt hành chính 39 vụ với số tiền 1.245 triệu đồng; khởi tố hình sự 8 vụ, 11 bị can theo Điều 244 Bộ luật Hình sự.

II. KẾT QUẢ CỨU HỘ
Toàn bộ động vật sống được xử lý theo Nghị định số 35/2019/NĐ-CP. Kết quả năm 2023 như sau:
Đơn vị tính: cá thể
Nhóm loài | Tiếp nhận | Thả về tự nhiên | Chuyển giao cơ sở cứu hộ | Chết, tiêu hủy
Tê tê | 58 | 31 | 22 | 5
Linh trưởng | 34 | 12 | 19 | 3
Rùa, ba ba | 96 | 81 | 9 | 6
Chim | 73 | 68 | 0 | 5
Bò sát khác | 41 | 35 | 4 | 2
Tổng cộng | 302 | 227 | 54 | 21

Trung tâm Cứu hộ của Vườn quốc gia Pù Mát tiếp nhận 247 cá thể, chiếm 81,8% tổng số động vật tiếp nhận toàn tỉnh. Chi phí chăm sóc bình quân 85.000 đồng/cá thể/ngày; tổng kinh phí năm 2023 là 2,35 tỷ đồng, đạt 94% dự toán.

III. NHIỆM VỤ NĂM 2024
1. Phấn đấu thả về tự nhiên trên 80% số cá thể đủ điều kiện sau cứu hộ.
2. Dự kiến nâng cấp 3 khu chuồng cách ly tại Vườn quốc gia Pù Mát, tổng kinh phí khoảng 4,5 tỷ đồng.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T23 = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)  # the line above the table
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

rows = [("Tê tê", ["58", "31", "22", "5"]),
        ("Linh trưởng", ["34", "12", "19", "3"]),
        ("Rùa, ba ba", ["96", "81", "9", "6"]),
        ("Chim", ["73", "68", "0", "5"]),
        ("Bò sát khác", ["41", "35", "4", "2"]),
        ("Tổng cộng", ["302", "227", "54", "21"])]
cols = ["tiếp nhận", "thả về tự nhiên", "chuyển giao cơ sở cứu hộ", "chết, tiêu hủy"]

FIGS = [
    F("xử lý 47 vụ", "47", 47, "count", "vụ", change=C("increase", 6, "vụ", baseline="năm 2022"),
      subject="vụ vi phạm về động vật hoang dã", period=Y23),
    F("tịch thu 302 cá thể", "302", 302, "count", "cá thể",
      subject="cá thể động vật sống bị tịch thu", period=Y23),
    F("186,5 kg", "186,5", 186.5, "measure", "kg",
      subject="sản phẩm động vật hoang dã bị tịch thu", period=Y23),
    F("hành chính 39 vụ", "39", 39, "count", "vụ",
      subject="vụ xử phạt hành chính", period=I(Y23)),
    F("1.245 triệu đồng", "1.245", 1.245e9, "money", "đồng",
      subject="số tiền xử phạt hành chính", period=I(Y23)),
    F("hình sự 8 vụ", "8", 8, "count", "vụ",
      subject="vụ khởi tố hình sự", period=I(Y23)),
    F("11 bị can", "11", 11, "count", "bị can",
      subject="bị can bị khởi tố", period=I(Y23)),
]
for label, cells in rows:
    for j, (cell, col) in enumerate(zip(cells, cols)):
        anchor = f"{label} | " + " | ".join(cells[:j + 1])  # row label up to this cell
        name = "tổng số cá thể" if label == "Tổng cộng" else label
        FIGS.append(F(anchor, cell, float(cell), "count", "cá thể",
                      subject=f"{name} {col}", period=T23))

FIGS += [
    F("tiếp nhận 247 cá thể", "247", 247, "count", "cá thể", percent=81.8,
      subject="cá thể Trung tâm Cứu hộ Vườn quốc gia Pù Mát tiếp nhận", period=I(Y23)),
    F("85.000 đồng/cá thể/ngày", "85.000", 85000, "money", "đồng/cá thể/ngày",
      subject="chi phí chăm sóc bình quân", period=I(P("năm 2023", "2023-01-01", "2023-12-31"))),
    F("là 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", percent=94,
      subject="tổng kinh phí chăm sóc", period=Y23b),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="cá thể đủ điều kiện thả về tự nhiên sau cứu hộ", period=Y24),
    F("nâng cấp 3 khu chuồng", "3", 3, "count", "khu chuồng cách ly", status="forecast",
      subject="khu chuồng cách ly nâng cấp", period=Y24),
    F("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí nâng cấp khu chuồng cách ly", period=Y24),
]

emit("p1043-3", TEXT, FIGS, published="2024-01-18", location="Nghệ An", comments=[
    "Formal report of UBND tỉnh Nghệ An (Số: 287/BC-UBND) on confiscated wildlife 2023, with a flattened | table.",
    "Distractors: Số: 287/BC-UBND, Điều 244 Bộ luật Hình sự, Nghị định số 35/2019/NĐ-CP, section numbers I.-III., 1., 2.",
    "39 vụ + 8 vụ add up to 47 but no part-of cue stands between them: no total.",
    "Table cells: subject = row label + column label; period from the line above the table (inherited); the 0 cell is a figure; no totals for cells.",
    "247 cá thể 'chiếm 81,8% tổng số động vật tiếp nhận toàn tỉnh' -> percent 81.8; no total (the whole is named, not numbered, in that sentence).",
    "Section III heading 'NHIỆM VỤ NĂM 2024' gives the period of its items (inherited).",
    "revised: 85.000 đồng/cá thể/ngày period made inherited (năm 2023 of the report stands in earlier sentences; the later 'năm 2023' belongs to the total).",
])
