from lib import F, P, C, T, write

ROWS = [
    ("Sàng lọc tăng huyết áp", "150.000", "83.412", "55,6"),
    ("Quản lý điều trị tăng huyết áp", "42.000", "38.975", "92,8"),
    ("Sàng lọc đái tháo đường", "90.000", "47.236", "52,5"),
    ("Quản lý điều trị đái tháo đường", "12.500", "10.318", "82,5"),
    ("Sàng lọc bệnh phổi tắc nghẽn mạn tính (COPD)", "8.000", "3.105", "38,8"),
]
table = "\n".join(f"{i}\n{r}\n{a}\n{b}\n{c}" for i, (r, a, b, c) in enumerate(ROWS, 1))

TEXT = f"""Bắc Giang: Sơ kết 6 tháng phòng, chống bệnh không lây nhiễm
25-07-2024 16:05

Chiều 24/7, Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Bắc Giang tổ chức sơ kết Dự án phòng, chống bệnh không lây nhiễm 6 tháng đầu năm 2024 theo Kế hoạch số 58/KH-SYT của Sở Y tế. Kết quả một số chỉ tiêu chính như sau:

Kết quả sàng lọc, quản lý bệnh không lây nhiễm
Đơn vị tính: người
TT
Chỉ tiêu
Kế hoạch năm 2024
Thực hiện 6 tháng
Tỷ lệ so với KH (%)
{table}

Tính đến ngày 30/6/2024, toàn tỉnh có 192/192 trạm y tế xã, phường, thị trấn triển khai quản lý tăng huyết áp, đái tháo đường; trong đó 27 trạm được chọn triển khai mô hình điểm quản lý bệnh phổi tắc nghẽn mạn tính và hen phế quản.

Huyện Lục Ngạn và Yên Thế đạt tỷ lệ sàng lọc tăng huyết áp cao nhất, lần lượt 71,2% và 68,5% kế hoạch; thấp nhất là thành phố Bắc Giang với 41,3%. Nguyên nhân là người dân khu vực đô thị ít tham gia các đợt khám tại trạm y tế.

Kinh phí thực hiện dự án 6 tháng đầu năm là 1,26 tỷ đồng, bằng 52% dự toán năm. 6 tháng cuối năm, CDC phấn đấu hoàn thành 100% kế hoạch sàng lọc, tổ chức thêm từ 120 đến 150 đợt khám lưu động tại các xã vùng cao.

Địa chỉ: CDC Bắc Giang, số 47 đường Lê Lợi, TP Bắc Giang. Điện thoại: 0204.3854.628.
"""

HEADER = [
    "Department site (CDC Bắc Giang), dateline '25-07-2024 16:05': sơ kết 6 tháng 2024, one-cell-per-line table",
    "(TT | Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ so với KH (%)), 'Đơn vị tính: người'.",
    "Row numbers 1-5 are not figures. Plan cells: status target, period năm 2024 (column header); result cells: period 6 tháng 2024",
    "(column header, year from the text); % cells: percent figures, period inherited from the text above. Subject = row label + column label.",
    "Distractors: 'Chiều 24/7', 'Kế hoạch số 58/KH-SYT', '(COPD)', 'số 47 đường Lê Lợi', phone 0204.3854.628, '6 tháng cuối năm' (period).",
    "192/192 has total 192; the 27 after 'trong đó' is part of it. District list 'lần lượt … kế hoạch' gets locations;",
    "'thành phố Bắc Giang với 41,3%' is the city (location Bắc Giang). 1,26 tỷ carries percent 52 ('bằng 52% dự toán').",
]

Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H6 = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
A30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")

def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))

FIGS = []
for r, a, b, c in ROWS:
    FIGS.append(F(f"{r}\n{a}", a, num(a), "count", "người", f"{r} kế hoạch năm 2024", status="target", period=Y24))
    FIGS.append(F(f"{a}\n{b}", b, num(b), "count", "người", f"{r} thực hiện 6 tháng", period=H6))
    FIGS.append(F(f"{b}\n{c}", c, num(c), "percent", "%", f"{r} tỷ lệ so với kế hoạch", period=H6i))

SUBJ_L = "tỷ lệ sàng lọc tăng huyết áp so với kế hoạch"
FIGS += [
    F("có 192/192 trạm", "192", 192, "count", "trạm y tế xã, phường, thị trấn",
      "trạm y tế xã, phường, thị trấn triển khai quản lý tăng huyết áp, đái tháo đường", total=192, period=A30),
    F("trong đó 27 trạm", "27", 27, "count", "trạm", "trạm được chọn triển khai mô hình điểm quản lý bệnh phổi tắc nghẽn mạn tính và hen phế quản",
      total=192, period=A30),
    F("lần lượt 71,2%", "71,2", 71.2, "percent", "%", SUBJ_L, period=H6i, location="Lục Ngạn"),
    F("và 68,5% kế hoạch", "68,5", 68.5, "percent", "%", SUBJ_L, period=H6i, location="Yên Thế"),
    F("Bắc Giang với 41,3%", "41,3", 41.3, "percent", "%", SUBJ_L, period=H6i, location="Bắc Giang"),
    F("là 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "Kinh phí thực hiện dự án", percent=52,
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "kế hoạch sàng lọc hoàn thành", status="target",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
    F("từ 120 đến 150 đợt", "120", 120, "count", "đợt khám lưu động", "đợt khám lưu động tại các xã vùng cao tổ chức thêm",
      value_max=150, status="target", period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
]

write(7, TEXT, HEADER, FIGS, published="2024-07-25", location="Bắc Giang")
