from lib import F, P, C, T, write

TEXT = """
CÔNG AN TỈNH THÁI BÌNH
CÔNG AN HUYỆN KIẾN XƯƠNG
Số: 1186/BC-CAH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiến Xương, ngày 20 tháng 12 năm 2023

BÁO CÁO
Tổng kết công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2023

Thực hiện Kế hoạch số 52/KH-CAT-PC07 ngày 12/01/2023 của Công an tỉnh, Công an huyện báo cáo kết quả công tác PCCC và CNCH năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023) như sau:

I. TÌNH HÌNH CHÁY, NỔ VÀ SỰ CỐ, TAI NẠN
Trong năm, trên địa bàn huyện xảy ra 11 vụ cháy (giảm 4 vụ so với năm 2022), không xảy ra nổ; thiệt hại ước tính 1,85 tỷ đồng. Không có người chết, 1 người bị thương. Xảy ra 6 vụ tai nạn, sự cố, chủ yếu là đuối nước; lực lượng chức năng đã cứu được 2 người, tìm kiếm 4 thi thể.

II. CÔNG TÁC KIỂM TRA, XỬ LÝ VI PHẠM
Bảng 1. Kết quả kiểm tra an toàn PCCC theo loại hình cơ sở
Đơn vị tính: lượt cơ sở
Loại hình | Kiểm tra định kỳ | Kiểm tra đột xuất | Có vi phạm | Tỷ lệ khắc phục (%)
Nhà ở kết hợp kinh doanh | 412 | 38 | 126 | 87,3
Cơ sở sản xuất | 157 | 21 | 64 | 92,2
Trường học, cơ sở y tế | 86 | 4 | 17 | 100
Chợ, trung tâm thương mại | 23 | 6 | 15 | 73,3
Cộng | 678 | 69 | 222 | 88,7

Qua kiểm tra, đã xử phạt vi phạm hành chính 47 cơ sở với tổng số tiền 286,5 triệu đồng (năm 2022 là 198 triệu đồng); tạm đình chỉ 3 cơ sở, đình chỉ 1 cơ sở theo Nghị định số 144/2021/NĐ-CP. Toàn huyện duy trì 214 Tổ liên gia an toàn PCCC với 3.868 hộ tham gia và 96 Điểm chữa cháy công cộng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu giảm từ 5 đến 10% số vụ cháy so với năm 2023; 100% cơ sở thuộc diện quản lý được kiểm tra định kỳ; thành lập thêm ít nhất 30 Tổ liên gia an toàn PCCC.

Nơi nhận:
- Công an tỉnh (PC07);
- Lưu: VT, ĐCS.
TRƯỞNG CÔNG AN HUYỆN
Thượng tá Phạm Văn Thành
"""

Y = P("Trong năm", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24i = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = ["Kiểm tra định kỳ", "Kiểm tra đột xuất", "Có vi phạm", "Tỷ lệ khắc phục"]
ROWS = [
    ("Nhà ở kết hợp kinh doanh", ["412", "38", "126", "87,3"]),
    ("Cơ sở sản xuất", ["157", "21", "64", "92,2"]),
    ("Trường học, cơ sở y tế", ["86", "4", "17", "100"]),
    ("Chợ, trung tâm thương mại", ["23", "6", "15", "73,3"]),
    ("Cộng", ["678", "69", "222", "88,7"]),
]


def num(s):
    return float(s.replace(",", ".")) if "," in s else int(s)


FIGS = [
    F("xảy ra 11 vụ cháy", "11", 11, "count", "vụ cháy", "vụ cháy",
      change=C("decrease", 4, "vụ", "năm 2022"), period=Y),
    F("ước tính 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "thiệt hại do cháy",
      status="estimate", period=Y),
    F("1 người bị thương", "1", 1, "count", "người", "người bị thương", period=Yi),
    F("Xảy ra 6 vụ tai nạn", "6", 6, "count", "vụ tai nạn, sự cố", "vụ tai nạn, sự cố", period=Yi),
    F("cứu được 2 người", "2", 2, "count", "người", "người được cứu", period=Yi),
    F("tìm kiếm 4 thi thể", "4", 4, "count", "thi thể", "thi thể được tìm kiếm", period=Yi),
]
for label, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    pos = 0
    for col, cell in zip(COLS, cells):
        # anchor: the cell with its neighbours on the row
        i = line.index(" " + cell + " ", pos) if col != COLS[-1] else line.rindex(" " + cell)
        pos = i + 1
        if col == COLS[0]:
            anchor = label + " | " + cell + " |"
        elif col == COLS[-1]:
            anchor = "| " + cells[2] + " | " + cell + "\n"
        else:
            k = COLS.index(col)
            anchor = cells[k - 1] + " | " + cell + " | " + cells[k + 1]
            if label != "Cộng":
                anchor = anchor
        pct = col == COLS[-1]
        subj = col + " " + label
        FIGS.append(F(anchor, cell, num(cell), "percent" if pct else "count", "%" if pct else "lượt cơ sở",
                      subj, period=Yi))

FIGS += [
    F("hành chính 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", period=Yi),
    F("tiền 286,5 triệu đồng", "286,5", 286500000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính",
      period=Yi),
    F("là 198 triệu đồng", "198", 198000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("tạm đình chỉ 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở bị tạm đình chỉ", period=Yi),
    F("đình chỉ 1 cơ sở", "1", 1, "count", "cơ sở", "cơ sở bị đình chỉ", period=Yi),
    F("duy trì 214 Tổ", "214", 214, "count", "Tổ liên gia an toàn PCCC", "Tổ liên gia an toàn PCCC", period=Yi),
    F("với 3.868 hộ", "3.868", 3868, "count", "hộ", "hộ tham gia Tổ liên gia an toàn PCCC", period=Yi),
    F("và 96 Điểm", "96", 96, "count", "Điểm chữa cháy công cộng", "Điểm chữa cháy công cộng", period=Yi),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "số vụ cháy giảm so với năm 2023", value_max=10,
      status="target", period=Y24i),
    F("100% cơ sở thuộc diện", "100", 100, "percent", "%", "cơ sở thuộc diện quản lý được kiểm tra định kỳ",
      status="target", period=Y24i),
    F("ít nhất 30 Tổ", "30", 30, "count", "Tổ liên gia an toàn PCCC", "Tổ liên gia an toàn PCCC thành lập thêm",
      approx="at_least", status="target", period=Y24i),
]

write(3, TEXT, [
    "Formal report with letterhead (Công an huyện Kiến Xương, Thái Bình, 'Số: 1186/BC-CAH'); the place-and-date line is its date (2023-12-20).",
    "'Trong năm' in the year-end report is 2023 (nearest earlier date, and the title). Flattened '|' table with 'Đơn vị tính: lượt cơ sở'",
    "and a '(%)' column: every numeric cell is a figure, subject = column + row label, period 'năm 2023' from the text (inherited); no totals",
    "for table cells (the 'Cộng' row is a figure of its own, as in probe 205). '(năm 2022 là 198 triệu đồng)' is a bracketed figure with its own period.",
    "Section III 'NĂM 2024' gives the targets their period (inherited); 'Phấn đấu giảm từ 5 đến 10%' is a target percent range (a rate, no change).",
    "Distractors: document numbers, 'Kế hoạch số 52/KH-CAT-PC07', dates 15/12/2022–14/12/2023, 'Nghị định số 144/2021/NĐ-CP', 'Bảng 1', I./II./III., signer.",
], FIGS, published="2023-12-20", location="Kiến Xương")
