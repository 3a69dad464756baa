from lib import F, P, I, CH, TG, emit

ROWS = [("Nhóm 1", "2", "512,4", "6,8"),
        ("Nhóm 2", "9", "1.394,7", "3,9"),
        ("Nhóm 3", "14", "561,2", "1,7"),
        ("Nhóm 4", "2", "17,7", "0")]
table = "\n".join(["Nhóm tự chủ | Số đơn vị | Tổng thu (tỷ đồng) | Thu nhập tăng thêm bình quân (triệu đồng/người/tháng)"]
                  + [" | ".join(r) for r in ROWS])

TEXT = """UBND TỈNH THÁI BÌNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                               Độc lập - Tự do - Hạnh phúc
Số: 58/BC-UBND          Thái Bình, ngày 12 tháng 3 năm 2024

BÁO CÁO
Kết quả thực hiện cơ chế tự chủ tài chính tại các đơn vị
sự nghiệp y tế công lập năm 2023

Thực hiện Công văn số 1124/BYT-KH-TC ngày 05/3/2024 của Bộ Y tế, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH THỰC HIỆN
1. Phân loại mức độ tự chủ
Năm 2023, toàn tỉnh có 27 đơn vị sự nghiệp y tế công lập được giao tự chủ tài chính, tăng 3 đơn vị so với năm 2022. Tổng nguồn thu sự nghiệp của các đơn vị đạt 2.486 tỷ đồng, tăng 11,5% so với năm 2022, trong đó thu từ quỹ bảo hiểm y tế 1.732 tỷ đồng.

Bảng 1. Kết quả tự chủ theo nhóm đơn vị năm 2023
""" + table + """

2. Kết quả nổi bật
Bệnh viện Đa khoa tỉnh và Bệnh viện Phụ sản là 2 đơn vị tự bảo đảm chi thường xuyên và chi đầu tư. Năm 2023, công suất sử dụng giường bệnh bình quân của các bệnh viện tuyến tỉnh đạt 112,6%, tuyến huyện đạt 89,4%; tỷ lệ hài lòng của người bệnh bình quân đạt 94,1%.

II. KHÓ KHĂN, VƯỚNG MẮC
Còn 5 đơn vị tuyến huyện chưa cân đối được nguồn thu; chi phí khám, chữa bệnh BHYT vượt dự toán giai đoạn 2022-2023 còn khoảng 46,3 tỷ đồng chưa được thanh toán.

III. ĐỀ XUẤT
Dự kiến năm 2024, chuyển thêm 3 đơn vị lên Nhóm 2; phấn đấu đến năm 2025 có ít nhất 60% đơn vị tự bảo đảm chi thường xuyên trở lên.

Nơi nhận:
- Bộ Y tế (b/c);
- Lưu: VT, VX3.                TM. ỦY BAN NHÂN DÂN
                               KT. CHỦ TỊCH
                               PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TB = I(P("năm 2023", "2023-01-01", "2023-12-31"))
GD = P("giai đoạn 2022-2023", "2022-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 27 đơn vị", "27", 27, "count", "đơn vị",
      "đơn vị sự nghiệp y tế công lập được giao tự chủ tài chính", Y23,
      change=CH("increase", 3, "đơn vị", "năm 2022")),
    F("đạt 2.486 tỷ", "2.486", 2486000000000, "money", "đồng",
      "tổng nguồn thu sự nghiệp của các đơn vị", I(Y23),
      change=CH("increase", 11.5, "%", "năm 2022")),
    F("tế 1.732 tỷ", "1.732", 1732000000000, "money", "đồng",
      "thu từ quỹ bảo hiểm y tế", I(Y23), total=2486000000000),
]
COLS = [("count", "đơn vị", 1, "số đơn vị"),
        ("money", "đồng", 1e9, "tổng thu"),
        ("money", "đồng/người/tháng", 1e6, "thu nhập tăng thêm bình quân")]
for grp, *cells in ROWS:
    for i, cell in enumerate(cells):
        kind, unit, mult, lab = COLS[i]
        v = float(cell.replace(".", "").replace(",", "."))
        v = round(v * mult)
        if i == 0:
            anchor = f"{grp} | {cell} |"
        elif i == 1:
            anchor = f"| {cell} |"
        else:
            anchor = f"{cells[1]} | {cell}"
        FIGS.append(F(anchor, cell, v, kind, unit, f"{lab} {grp.lower()}", TB))

FIGS += [
    F("là 2 đơn vị", "2", 2, "count", "đơn vị", "đơn vị tự bảo đảm chi thường xuyên và chi đầu tư"),
    F("đạt 112,6%", "112,6", 112.6, "percent", "%",
      "công suất sử dụng giường bệnh bình quân của các bệnh viện tuyến tỉnh", Y23),
    F("đạt 89,4%", "89,4", 89.4, "percent", "%",
      "công suất sử dụng giường bệnh bình quân của các bệnh viện tuyến huyện", Y23),
    F("đạt 94,1%", "94,1", 94.1, "percent", "%", "tỷ lệ hài lòng của người bệnh bình quân", Y23),
    F("Còn 5 đơn vị", "5", 5, "count", "đơn vị", "đơn vị tuyến huyện chưa cân đối được nguồn thu"),
    F("khoảng 46,3 tỷ", "46,3", 46300000000, "money", "đồng",
      "chi phí khám, chữa bệnh BHYT vượt dự toán chưa được thanh toán", GD, approx="about"),
    F("thêm 3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị chuyển lên Nhóm 2", Y24, status="forecast"),
    F("ít nhất 60%", "60", 60, "percent", "%", "đơn vị tự bảo đảm chi thường xuyên trở lên", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report under the letterhead of UBND tỉnh Thái Bình, 'Số: 58/BC-UBND', place-and-date line 12/3/2024: financial autonomy of",
    "public health units in 2023, flattened '|' table by autonomy group (units in the column headers: tỷ đồng, triệu đồng/người/tháng).",
    "Every numeric cell is a figure, the '0' included; the group labels 'Nhóm 1' … 'Nhóm 4' are names, not figures; no total on table cells",
    "(no cue), table periods from the title line 'Bảng 1 … năm 2023' (inherited). '1.732 tỷ' after 'trong đó' is part of 2.486 tỷ.",
    "'là 2 đơn vị' (no period phrase in its sentence, not inherited: it is a standing classification) has no period; 'Còn 5 đơn vị' likewise.",
    "'Dự kiến năm 2024 ... 3 đơn vị' forecast; 'phấn đấu đến năm 2025 ... ít nhất 60%' target, at_least. 'giai đoạn 2022-2023' is the period",
    "of the unpaid overrun. Distractors: 'Số: 58/BC-UBND', 'Công văn số 1124/BYT-KH-TC ngày 05/3/2024', section numbers, 'Bảng 1', 'VX3'.",
]

emit("p488-3", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Thái Bình")
