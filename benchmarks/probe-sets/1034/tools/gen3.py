"""p1034-3: formal report (UBND tỉnh Đắk Lắk), kết quả hoạt động công chứng năm 2023, flattened | table."""
from lib import C, F, I, P, T, write

TEXT = """UBND TỈNH ĐẮK LẮK
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả tổ chức và hoạt động công chứng năm 2023

I. TÌNH HÌNH TỔ CHỨC
1. Tính đến ngày 31/12/2023, toàn tỉnh có 27 tổ chức hành nghề công chứng (01 Phòng Công chứng, 26 Văn phòng công chứng) với 54 công chứng viên, tăng 5 người so với năm 2022.
2. Trong năm, UBND tỉnh cho phép thành lập 3 văn phòng công chứng mới; chấp thuận chuyển đổi 01 văn phòng từ doanh nghiệp tư nhân sang công ty hợp danh.

II. KẾT QUẢ HOẠT ĐỘNG
1. Năm 2023, các tổ chức hành nghề công chứng đã công chứng 71.860 việc, giảm 6,4% so với năm 2022; tổng phí công chứng và thù lao thu được 52,7 tỷ đồng; nộp ngân sách nhà nước 5,84 tỷ đồng, vượt 16,8% so với chỉ tiêu (chỉ tiêu giao 5 tỷ đồng). Số việc theo địa bàn:

Đơn vị tính: việc
Địa bàn | Bất động sản | Giao dịch khác | Tổng số
TP Buôn Ma Thuột | 28.415 | 10.236 | 38.651
TX Buôn Hồ | 3.902 | 1.158 | 5.060
Huyện Krông Pắc | 4.377 | 987 | 5.364
Các huyện còn lại | 17.690 | 5.095 | 22.785
Tổng cộng | 54.384 | 17.476 | 71.860

2. Hợp đồng, giao dịch về bất động sản chiếm 75,7% tổng số việc; riêng hợp đồng thế chấp chiếm khoảng 18%.
3. Sở Tư pháp đã kiểm tra 8 tổ chức hành nghề công chứng, xử phạt 01 công chứng viên với số tiền 15 triệu đồng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu số việc công chứng tăng từ 5 đến 7% so với năm 2023; dự kiến thành lập mới 2-3 văn phòng công chứng tại các huyện Ea Súp, M'Drắk theo Luật Công chứng năm 2014.

Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT, STP.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")

ROWS = [  # (label, location, cells as written, anchor prefix)
    ("TP Buôn Ma Thuột", "Buôn Ma Thuột", ("28.415", "10.236", "38.651")),
    ("TX Buôn Hồ", "Buôn Hồ", ("3.902", "1.158", "5.060")),
    ("Huyện Krông Pắc", "Krông Pắc", ("4.377", "987", "5.364")),
    ("Các huyện còn lại", "Đắk Lắk", ("17.690", "5.095", "22.785")),
    ("Tổng cộng", "Đắk Lắk", ("54.384", "17.476", "71.860")),
]
COLS = ("việc công chứng bất động sản", "việc công chứng giao dịch khác", "tổng số việc công chứng")

FIGS = [
    F("có 27 tổ chức", "27", 27, "count", "tổ chức hành nghề công chứng",
      "tổ chức hành nghề công chứng", ASOF),
    F("(01 Phòng Công chứng", "01", 1, "count", "Phòng Công chứng", "Phòng Công chứng", ASOF, total=27),
    F("26 Văn phòng công chứng", "26", 26, "count", "Văn phòng công chứng",
      "Văn phòng công chứng", ASOF, total=27),
    F("với 54 công chứng viên", "54", 54, "count", "công chứng viên", "công chứng viên", ASOF,
      change=C("increase", 5, "người", "năm 2022")),
    F("thành lập 3 văn phòng", "3", 3, "count", "văn phòng công chứng",
      "văn phòng công chứng được cho phép thành lập mới", I(Y23)),
    F("đổi 01 văn phòng", "01", 1, "count", "văn phòng",
      "văn phòng công chứng được chấp thuận chuyển đổi sang công ty hợp danh", I(Y23)),
    F("công chứng 71.860 việc", "71.860", 71860, "count", "việc", "việc công chứng",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=C("decrease", 6.4, "%", "năm 2022")),
    F("thu được 52,7 tỷ đồng", "52,7", 52.7e9, "money", "đồng", "tổng phí công chứng và thù lao",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("nước 5,84 tỷ đồng", "5,84", 5.84e9, "money", "đồng", "nộp ngân sách nhà nước",
      P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=C("increase", 16.8, "%", "chỉ tiêu"), target=T(5e9, "đồng", True)),
]
for label, loc, cells in ROWS:
    for j, (cell, col) in enumerate(zip(cells, COLS)):
        anchor = f"{label} | {cell}" if j == 0 else (f"| {cells[j-1]} | {cell}")
        v = float(cell.replace(".", ""))
        subj = col if label in ("TP Buôn Ma Thuột", "TX Buôn Hồ", "Huyện Krông Pắc") else f"{col} {label.lower()}"
        FIGS.append(F(anchor, cell, v, "count", "việc", subj, I(Y23), location=loc))
FIGS += [
    F("chiếm 75,7%", "75,7", 75.7, "percent", "%",
      "tỷ lệ hợp đồng, giao dịch về bất động sản trong tổng số việc", I(Y23)),
    F("khoảng 18%", "18", 18, "percent", "%", "tỷ lệ hợp đồng thế chấp", I(Y23), approx="about"),
    F("kiểm tra 8 tổ chức", "8", 8, "count", "tổ chức hành nghề công chứng",
      "tổ chức hành nghề công chứng được kiểm tra", I(Y23)),
    F("xử phạt 01 công chứng viên", "01", 1, "count", "công chứng viên",
      "công chứng viên bị xử phạt", I(Y23)),
    F("tiền 15 triệu đồng", "15", 15e6, "money", "đồng", "tiền xử phạt", I(Y23)),
    F("từ 5 đến 7%", "5", 5, "percent", "%", "tốc độ tăng số việc công chứng", I(Y24),
      value_max=7, status="target"),
    F("mới 2-3 văn phòng", "2", 2, "count", "văn phòng công chứng",
      "văn phòng công chứng thành lập mới", I(Y24), value_max=3, status="forecast"),
]

HEADER = [
    "Báo cáo UBND tỉnh Đắk Lắk số 318/BC-UBND: tổ chức và hoạt động công chứng năm 2023; flattened '|' table of việc by địa bàn.",
    "'Đắk Lắk, ngày 15 tháng 01 năm 2024' is the report's date. 'Số: 318/BC-UBND', section numbers I.-III., 1.-3., 'Luật Công chứng năm 2014' are not figures.",
    "'(chỉ tiêu giao 5 tỷ đồng)' is the target of 5,84 tỷ (an attribute, not a figure); 'vượt 16,8% so với chỉ tiêu' its change.",
    "Table cells: unit 'việc' from 'Đơn vị tính'; period from 'Năm 2023' in the sentence above the table (inherited); no totals for cells.",
    "Rows 'Các huyện còn lại' and 'Tổng cộng' get the province as location; the 2-3 new offices in two districts likewise.",
    "Section III period comes from the heading 'PHƯƠNG HƯỚNG NĂM 2024' (inherited); 'tăng từ 5 đến 7%' is a target growth rate (no change object).",
]

write("p1034-3", TEXT, HEADER, FIGS, published="2024-01-15", location="Đắk Lắk")
