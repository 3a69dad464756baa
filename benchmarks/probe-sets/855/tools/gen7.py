from lib import F, P, I, C, T, write

HEAD = """CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Quảng Ninh tăng cường giám sát thức ăn đường phố tại các điểm du lịch
Năm 2024, Chi cục An toàn vệ sinh thực phẩm đã phối hợp với các địa phương kiểm tra 1.865 lượt cơ sở kinh doanh thức ăn đường phố, đạt 116,6% kế hoạch năm, tập trung tại thành phố Hạ Long (842 lượt), Móng Cái (317 lượt) và Vân Đồn (205 lượt). Số cơ sở vi phạm là 203 cơ sở, giảm 14 cơ sở so với năm 2023; đã xử phạt 89 cơ sở, tổng số tiền phạt 156,8 triệu đồng.
Kết quả xét nghiệm nhanh các mẫu thực phẩm tại điểm kinh doanh thức ăn đường phố năm 2024 như sau:
Đơn vị tính: mẫu
Chỉ tiêu
Số mẫu test
Đạt
Không đạt
"""
ROWS = [
    ("Hàn the", "hàn the", ["640", "628", "12"]),
    ("Formol", "formol", ["515", "509", "6"]),
    ("Phẩm màu", "phẩm màu", ["380", "369", "11"]),
    ("Dầu mỡ ôi khét", "dầu mỡ ôi khét", ["465", "441", "24"]),
    ("Methanol", "methanol", ["120", "120", "0"]),
    ("Tổng cộng", "tổng", ["2.120", "2.067", "53"]),
]
TABLE = "".join(label + "\n" + "\n".join(cells) + "\n" for label, _, cells in ROWS)
TAIL = """Tỷ lệ mẫu không đạt năm 2024 là 2,5%, thấp hơn mức 3,1% của năm 2023. Các mẫu dầu mỡ không đạt tập trung ở các quầy chiên rán tại khu du lịch Bãi Cháy.
Năm 2025, Chi cục phấn đấu giảm tỷ lệ mẫu không đạt xuống dưới 2% và kiểm tra tối thiểu 2.000 lượt cơ sở; mỗi cơ sở vi phạm sẽ bị tái kiểm tra trong vòng 30 ngày.
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH QUẢNG NINH
Địa chỉ: Tầng 4, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.162 - Fax: 0203.3835.163
Lượt truy cập: 486.209
"""
TEXT = HEAD + TABLE + TAIL

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TB = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)  # stated in the line above the table
COLS = ("số mẫu test", "đạt", "không đạt")


def table_figs():
    """One figure per numeric cell. Anchor: row label + first cell; for later cells the cell itself,
    the rest of its row and the next line, so that the cell is the first whole occurrence of its number."""
    out = []
    for r, (label, name, cells) in enumerate(ROWS):
        nxt = ROWS[r + 1][0] if r + 1 < len(ROWS) else "Tỷ lệ"
        for i, cell in enumerate(cells):
            anchor = f"{label}\n{cell}" if i == 0 else "\n".join(cells[i:] + [nxt])
            if label == "Tổng cộng":
                subj = "tổng số " + ("mẫu test" if i == 0 else f"mẫu {COLS[i]}")
            elif i == 0:
                subj = f"mẫu test {name}"
            else:
                subj = f"mẫu {name} {COLS[i]}"
            out.append(F(anchor, cell, float(cell.replace(".", "")), "count", "mẫu", subj, TB))
    return out


FIGS = [
    F("kiểm tra 1.865 lượt", "1.865", 1865, "count", "lượt cơ sở", "lượt cơ sở kinh doanh thức ăn đường phố được kiểm tra", Y24,
      percent=116.6),
    F("Hạ Long (842 lượt)", "842", 842, "count", "lượt", "lượt cơ sở kinh doanh thức ăn đường phố được kiểm tra", Y24, location="Hạ Long"),
    F("Móng Cái (317 lượt)", "317", 317, "count", "lượt", "lượt cơ sở kinh doanh thức ăn đường phố được kiểm tra", Y24, location="Móng Cái"),
    F("Vân Đồn (205 lượt)", "205", 205, "count", "lượt", "lượt cơ sở kinh doanh thức ăn đường phố được kiểm tra", Y24, location="Vân Đồn"),
    F("là 203 cơ sở", "203", 203, "count", "cơ sở", "cơ sở vi phạm", I(Y24), change=C("decrease", 14, "cơ sở", baseline="năm 2023")),
    F("xử phạt 89 cơ sở", "89", 89, "count", "cơ sở", "cơ sở bị xử phạt", I(Y24)),
    F("phạt 156,8 triệu đồng", "156,8", 156.8e6, "money", "đồng", "tổng số tiền phạt", I(Y24)),
] + table_figs() + [
    F("là 2,5%", "2,5", 2.5, "percent", "%", "tỷ lệ mẫu không đạt", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("mức 3,1%", "3,1", 3.1, "percent", "%", "tỷ lệ mẫu không đạt", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("dưới 2%", "2", 2, "percent", "%", "tỷ lệ mẫu không đạt", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="under", status="target"),
    F("tối thiểu 2.000 lượt", "2.000", 2000, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="at_least", status="target"),
    F("vòng 30 ngày", "30", 30, "measure", "ngày", "thời hạn tái kiểm tra cơ sở vi phạm", optional=True),
]

NOTES = [
    "Department site (Chi cục ATVSTP Quảng Ninh), no dateline; footer with address, phone/fax and a visit counter.",
    "Table pasted one cell per line: header cells Chỉ tiêu / Số mẫu test / Đạt / Không đạt, then each row's cells; unit 'mẫu' from 'Đơn vị tính'.",
    "Table cells: subject = row label + column label; period 'năm 2024' from the sentence above the table (inherited); the zero cell is a figure.",
    "District list in brackets after 1.865 (842+317+205 = 1.364) does not add up to the whole: no total; items take their place as location.",
    "'thấp hơn mức 3,1% của năm 2023' gives no change value (a level, not a gap): 3,1% is a figure of its own with period 2023.",
    "'trong vòng 30 ngày' (a re-inspection deadline) is a rule, not a statistic: optional.",
    "Distractors: 'Tầng 4', 'Trụ sở Liên cơ quan số 3', phone/fax 0203.3835.162/163, 'Lượt truy cập: 486.209', menu bar.",
]

write(7, TEXT, FIGS, NOTES, published=None, location="Quảng Ninh")
