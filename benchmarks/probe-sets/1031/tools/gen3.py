"""p1031-3: formal report (UBND tỉnh Hà Nam), straw collected in 2023, flattened '|' table by district."""
from lib import F, P, C, T, I, write

ROWS = [  # place, phát sinh, đã thu gom, trong đó trồng nấm (tấn)
    ("TP Phủ Lý", "Phủ Lý", 18450, 11620, 1240),
    ("Duy Tiên", "Duy Tiên", 52380, 34870, 4150),
    ("Kim Bảng", "Kim Bảng", 41260, 25930, 2870),
    ("Thanh Liêm", "Thanh Liêm", 56710, 37540, 3960),
    ("Bình Lục", "Bình Lục", 78920, 55180, 6320),
    ("Lý Nhân", "Lý Nhân", 80540, 56390, 5780),
]
TOT = [sum(r[i] for r in ROWS) for i in (2, 3, 4)]


def vn(n):
    return f"{n:,}".replace(",", ".")


table = "\n".join(f"{r[0]} | {vn(r[2])} | {vn(r[3])} | {vn(r[4])}" for r in ROWS)
table += f"\nToàn tỉnh | {vn(TOT[0])} | {vn(TOT[1])} | {vn(TOT[2])}"
SHARE = round(TOT[1] / TOT[0] * 100, 1)

TEXT = f"""UBND TỈNH HÀ NAM
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý rơm rạ, không đốt rơm rạ sau thu hoạch năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Năm 2023, toàn tỉnh gieo cấy 59.870 ha lúa (vụ Xuân 30.240 ha, vụ Mùa 29.630 ha); lượng rơm rạ phát sinh ước {vn(TOT[0])} tấn. Đã thu gom, sử dụng {vn(TOT[1])} tấn, đạt {str(SHARE).replace('.', ',')}%, cao hơn 9,2 điểm phần trăm so với năm 2022 và vượt chỉ tiêu Nghị quyết số 15/2022/NQ-HĐND (65%).

2. Cơ giới hóa thu gom
Toàn tỉnh hiện có 286 máy cuộn rơm (tăng 54 máy so với năm 2022) và 37 máy gặt đập liên hợp có bộ phận gom rơm. Tỷ lệ diện tích thu gom rơm bằng máy đạt 58%.

3. Kết quả theo địa bàn năm 2023
Đơn vị tính: tấn
Địa phương | Rơm rạ phát sinh | Đã thu gom, sử dụng | Trong đó: trồng nấm
{table}

4. Xử lý vi phạm
Năm 2023, các địa phương đã xử phạt 23 trường hợp đốt rơm rạ theo Nghị định số 45/2022/NĐ-CP, tổng số tiền 34,5 triệu đồng; tiếp nhận 41 lượt phản ánh của người dân về khói, bụi, giảm 36,9% so với năm 2022.

II. NHIỆM VỤ NĂM 2024
Phấn đấu thu gom, xử lý đạt 75% lượng rơm rạ; hỗ trợ các hợp tác xã đầu tư thêm 40 máy cuộn rơm; dự kiến kinh phí hỗ trợ khoảng 3,2 tỷ đồng từ ngân sách tỉnh.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, NN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TAB = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

FIGS = [
    F("gieo cấy 59.870 ha", "59.870", 59870, "measure", "ha", "diện tích lúa gieo cấy", period=Y23),
    F("vụ Xuân 30.240 ha", "30.240", 30240, "measure", "ha", "diện tích lúa gieo cấy vụ Xuân", total=59870,
      period=Y23),
    F("vụ Mùa 29.630 ha", "29.630", 29630, "measure", "ha", "diện tích lúa gieo cấy vụ Mùa", total=59870,
      period=Y23),
    F(f"ước {vn(TOT[0])} tấn", vn(TOT[0]), TOT[0], "measure", "tấn", "lượng rơm rạ phát sinh", status="estimate",
      period=Y23),
    F(f"sử dụng {vn(TOT[1])} tấn", vn(TOT[1]), TOT[1], "measure", "tấn", "rơm rạ đã thu gom, sử dụng",
      percent=SHARE, change=C("increase", 9.2, "điểm phần trăm", "năm 2022"), target=T(65, "%", True),
      period=I(Y23)),
    F("có 286 máy cuộn rơm", "286", 286, "count", "máy cuộn rơm", "máy cuộn rơm",
      change=C("increase", 54, "máy", "năm 2022")),
    F("37 máy gặt đập", "37", 37, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp có bộ phận gom rơm"),
    F("đạt 58%", "58", 58, "percent", "%", "tỷ lệ diện tích thu gom rơm bằng máy"),
]
# revised after the first run: subjects are the column labels verbatim (FIGURES.md tables; shared gold h23)
COLS = ("Rơm rạ phát sinh", "Đã thu gom, sử dụng", "Trong đó: trồng nấm")
for label, place, *vals in ROWS + [("Toàn tỉnh", "Hà Nam", *TOT)]:
    for i, (v, col) in enumerate(zip(vals, COLS)):
        # anchor: the cell with its neighbours so it is unique
        cells = [vn(x) for x in vals]
        if i == 0:
            anchor = f"{label} | {cells[0]}"
        else:
            anchor = f"{cells[i - 1]} | {cells[i]}"
        FIGS.append(F(anchor, cells[i], v, "measure", "tấn", col, period=TAB, location=place))
FIGS += [
    F("xử phạt 23 trường hợp", "23", 23, "count", "trường hợp", "trường hợp đốt rơm rạ bị xử phạt", period=P(
        "Năm 2023", "2023-01-01", "2023-12-31")),
    F("34,5 triệu đồng", "34,5", 34500000, "money", "đồng", "tiền xử phạt đốt rơm rạ", period=P(
        "Năm 2023", "2023-01-01", "2023-12-31")),
    F("41 lượt phản ánh", "41", 41, "count", "lượt phản ánh", "lượt phản ánh của người dân về khói, bụi",
      change=C("decrease", 36.9, "%", "năm 2022"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 75%", "75", 75, "percent", "%", "lượng rơm rạ thu gom, xử lý", status="target", period=Y24),
    F("thêm 40 máy cuộn rơm", "40", 40, "count", "máy cuộn rơm", "máy cuộn rơm hợp tác xã đầu tư thêm",
      status="target", period=Y24),
    F("khoảng 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh",
      approx="about", status="forecast", period=Y24),
]

NOTES = [
    "Báo cáo UBND tỉnh Hà Nam Số: 27/BC-UBND, 'Hà Nam, ngày 22 tháng 01 năm 2024': kết quả thu gom rơm rạ năm 2023, flattened table.",
    "Not figures: 'Số: 27/BC-UBND', 'Nghị quyết số 15/2022/NQ-HĐND', 'Nghị định số 45/2022/NĐ-CP', section numbers I., II., 1.-4.",
    "The share 'đạt 67,5%' is the percent of the collected tonnage; 'cao hơn 9,2 điểm phần trăm so với năm 2022' its change; the resolution's",
    "'(65%)' after 'vượt chỉ tiêu' its target (met). The bracketed seasons add up to the 59.870 ha: total. Table: period from the line",
    "above ('năm 2023', inherited); district rows take the district as location, 'Toàn tỉnh' Hà Nam; cells get no total.",
    "revised after the first run: table subjects are the column labels as written (FIGURES.md: 'row label and column label', the row",
    "label being a place; shared gold h23 keeps labels verbatim) instead of paraphrases such as 'rơm rạ thu gom dùng trồng nấm'.",
    "Section II 'NHIỆM VỤ NĂM 2024' gives the targets their period (inherited); 'dự kiến kinh phí' is a forecast.",
]

write("p1031-3", TEXT, FIGS, NOTES, published="2024-01-22", location="Hà Nam")
print(TOT, SHARE)
