"""p1081-3: UBND tỉnh Quảng Trị formal report, special-purpose hydro-met stations, 9 months 2023, flattened | table (2023-10-25)."""
from lib import F, P, C, T, day, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 25 tháng 10 năm 2023

BÁO CÁO
Kết quả vận hành mạng lưới trạm quan trắc khí tượng thủy văn chuyên dùng 9 tháng đầu năm 2023

Thực hiện Nghị định số 38/2016/NĐ-CP của Chính phủ, UBND tỉnh báo cáo như sau:

I. HIỆN TRẠNG MẠNG LƯỚI
Tính đến ngày 30/9/2023, toàn tỉnh có 70 trạm quan trắc chuyên dùng do các chủ công trình thủy lợi, thủy điện và địa phương quản lý, phân bố như sau:
Đơn vị tính: trạm
Huyện | Trạm đo mưa | Trạm đo mực nước | Trạm khí tượng | Tổng số
Hướng Hóa | 18 | 3 | 2 | 23
Đakrông | 14 | 4 | 1 | 19
Hải Lăng | 9 | 5 | 1 | 15
Triệu Phong | 8 | 4 | 1 | 13
Tổng cộng | 49 | 16 | 5 | 70

II. KẾT QUẢ VẬN HÀNH
1. Trong 9 tháng đầu năm 2023, tỷ lệ số liệu truyền về đầy đủ đạt 95,2%, tăng 3,1% so với cùng kỳ năm 2022; có 7 trạm bị hư hỏng do sét đánh, đã khắc phục 6 trạm.
2. Đài Khí tượng Thủy văn tỉnh phát hành 842 bản tin, trong đó 96 bản tin cảnh báo mưa lớn, lũ; độ chính xác dự báo mưa 24 giờ đạt khoảng 82%.
3. Kinh phí duy tu, bảo dưỡng ước thực hiện 2,35 tỷ đồng, đạt 78,3% kế hoạch năm.

III. NHIỆM VỤ QUÝ IV/2023
Dự kiến lắp đặt bổ sung 12 trạm đo mưa tại huyện Hướng Hóa và Đakrông; phấn đấu tỷ lệ số liệu truyền về đầy đủ cả năm đạt trên 96%.

Nơi nhận:
- Bộ Tài nguyên và Môi trường (b/c);
- Lưu: VT, TNMT.
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30", inh=True)
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9i = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30", inh=True)
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inh=True)
COLS = ["trạm đo mưa", "trạm đo mực nước", "trạm khí tượng", "tổng số trạm"]
ROWS = [("Hướng Hóa", ["18", "3", "2", "23"]),
        ("Đakrông", ["14", "4", "1", "19"]),
        ("Hải Lăng", ["9", "5", "1", "15"]),
        ("Triệu Phong", ["8", "4", "1", "13"]),
        ("Tổng cộng", ["49", "16", "5", "70"])]

FIGS = [F("toàn tỉnh có 70 trạm", "70", 70, "count", "trạm", "trạm quan trắc chuyên dùng",
          P("Tính đến ngày 30/9/2023", None, "2023-09-30"))]
for label, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for i, cell in enumerate(cells):
        # anchor: the cell with its left neighbour (and the right one where needed for uniqueness)
        left = label if i == 0 else cells[i - 1]
        anchor = f"{left} | {cell}" + (f" | {cells[i + 1]}" if i + 1 < len(cells) else "\n")
        assert anchor in line + "\n"
        subj = COLS[i] if label != "Tổng cộng" else "tổng cộng " + COLS[i]
        loc = "Quảng Trị" if label == "Tổng cộng" else label
        FIGS.append(F(anchor, cell, int(cell), "count", "trạm", subj, ASOF, location=loc))

FIGS += [
    F("đạt 95,2%", "95,2", 95.2, "percent", "%", "tỷ lệ số liệu truyền về đầy đủ", M9,
      change=C("increase", 3.1, "%", "cùng kỳ năm 2022")),
    F("có 7 trạm bị hư hỏng", "7", 7, "count", "trạm", "trạm bị hư hỏng do sét đánh", M9),
    F("khắc phục 6 trạm", "6", 6, "count", "trạm", "trạm bị hư hỏng đã khắc phục", M9),
    F("phát hành 842 bản tin", "842", 842, "count", "bản tin", "bản tin Đài Khí tượng Thủy văn tỉnh phát hành", M9i),
    F("trong đó 96 bản tin", "96", 96, "count", "bản tin", "bản tin cảnh báo mưa lớn, lũ", M9i, total=842),
    F("dự báo mưa 24 giờ", "24", 24, "measure", "giờ", "hạn dự báo mưa", optional=True),
    F("khoảng 82%", "82", 82, "percent", "%", "độ chính xác dự báo mưa 24 giờ", M9i, approx="about"),
    F("ước thực hiện 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "kinh phí duy tu, bảo dưỡng", M9i,
      percent=78.3, status="estimate"),
    F("bổ sung 12 trạm đo mưa", "12", 12, "count", "trạm đo mưa", "trạm đo mưa lắp đặt bổ sung", Q4,
      status="forecast", location="Quảng Trị"),
    F("trên 96%", "96", 96, "percent", "%", "tỷ lệ số liệu truyền về đầy đủ",
      P("cả năm", "2023-01-01", "2023-12-31"), approx="over", status="target"),
]

NOTES = [
    "Formal report UBND tỉnh Quảng Trị Số 287/BC-UBND (25/10/2023): special-purpose stations by district as of 30/9/2023 in a flattened '|' table,",
    "operation results for 9 months 2023, Q4 tasks. Letterhead, document number, decree 38/2016/NĐ-CP, section numbers I-III and 1-3 are not figures.",
    "Table: unit from 'Đơn vị tính: trạm'; district row labels are locations, the 'Tổng cộng' row is the province; cells get no totals;",
    "the as-of period stands in the sentence before the table (inherited). Items 2-3 of section II take '9 tháng đầu năm 2023' from item 1 (inherited).",
    "'dự báo mưa 24 giờ' names the forecast range (optional). 'đạt 78,3% kế hoạch năm' is the share of the 2,35 tỷ (percent).",
    "'12 trạm … tại huyện Hướng Hóa và Đakrông' covers two districts: location is the province.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2023-10-25", location="Quảng Trị")
