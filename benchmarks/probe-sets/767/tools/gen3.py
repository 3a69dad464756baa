"""p767-3: Lai Châu formal report (UBND tỉnh) — 9 months 2024, flattened '|' table by district."""
from lib import fig, per, inh, ch, write

TEXT = """UBND TỈNH LAI CHÂU
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình cấp điện nông thôn, miền núi 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khối lượng hoàn thành
9 tháng năm 2024, toàn tỉnh đã đóng điện cho 15 thôn, bản với 949 hộ dân. Kết quả theo từng huyện tại Bảng 1.

Bảng 1. Kết quả đóng điện 9 tháng năm 2024
Huyện | Thôn, bản (bản) | Số hộ (hộ) | Đường dây trung áp (km) | Trạm biến áp (trạm)
Mường Tè | 6 | 384 | 21,5 | 7
Nậm Nhùn | 4 | 251 | 14,2 | 5
Sìn Hồ | 3 | 196 | 9,8 | 4
Phong Thổ | 2 | 118 | 6,0 | 2
Tổng cộng | 15 | 949 | 51,5 | 18

2. Vốn đầu tư
Kế hoạch vốn năm 2024 được giao là 200 tỷ đồng; đến ngày 30/9/2024 đã giải ngân 142,6 tỷ đồng, đạt 71,3% kế hoạch, tăng 18,4% so với cùng kỳ năm 2023.

3. Tỷ lệ hộ sử dụng điện
Đến 30/9/2024, tỷ lệ hộ dân có điện lưới quốc gia toàn tỉnh đạt 96,4%, tăng 1,1 điểm phần trăm so với cuối năm 2023; riêng huyện Mường Tè đạt 91,7%, thấp nhất tỉnh.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024 tỷ lệ hộ có điện đạt 97%; hoàn thành đóng điện thêm 8 bản (khoảng 520 hộ); giải ngân 100% kế hoạch vốn. Đề nghị Bộ Công Thương bố trí bổ sung 35 tỷ đồng cho các dự án chuyển tiếp.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT.
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TBL = inh(per("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
S30 = per("đến ngày 30/9/2024", end="2024-09-30")
D30 = per("Đến 30/9/2024", end="2024-09-30")
E24 = per("đến 31/12/2024", end="2024-12-31")

COLS = [("bản", "count", "Thôn, bản"), ("hộ", "count", "Số hộ"), ("km", "measure", "Đường dây trung áp"),
        ("trạm", "count", "Trạm biến áp")]
ROWS = [  # (row label, location, anchors per column, numbers, values)
    ("Mường Tè", ["Mường Tè | 6", "| 384", "| 21,5", "21,5 | 7"], ["6", "384", "21,5", "7"]),
    ("Nậm Nhùn", ["Nậm Nhùn | 4", "| 251", "| 14,2", "14,2 | 5"], ["4", "251", "14,2", "5"]),
    ("Sìn Hồ", ["Sìn Hồ | 3", "| 196", "| 9,8", "9,8 | 4"], ["3", "196", "9,8", "4"]),
    ("Phong Thổ", ["Phong Thổ | 2", "| 118", "| 6,0", "6,0 | 2"], ["2", "118", "6,0", "2"]),
    ("Tổng cộng", ["Tổng cộng | 15", "| 949", "| 51,5", "51,5 | 18"], ["15", "949", "51,5", "18"]),
]

FIGS = [
    fig("cho 15 thôn, bản", "15", 15, "count", "thôn, bản", "thôn, bản được đóng điện", M9),
    fig("với 949 hộ dân", "949", 949, "count", "hộ dân", "hộ dân được đóng điện", M9),
]
for label, anchors, nums in ROWS:
    for (unit, kind, col), a, n in zip(COLS, anchors, nums):
        v = float(n.replace(",", "."))
        if label == "Tổng cộng":
            FIGS.append(fig(a, n, v, kind, unit, f"{col} tổng cộng", TBL))
        else:
            FIGS.append(fig(a, n, v, kind, unit, col, TBL, location=label))
FIGS += [
    fig("giao là 200 tỷ đồng", "200", 200e9, "money", "đồng", "kế hoạch vốn được giao", Y24, status="target"),
    fig("giải ngân 142,6 tỷ đồng", "142,6", 142.6e9, "money", "đồng", "vốn đã giải ngân", S30, percent=71.3,
        change=ch("increase", 18.4, baseline="cùng kỳ năm 2023")),
    fig("đạt 96,4%", "96,4", 96.4, "percent", "%", "tỷ lệ hộ dân có điện lưới quốc gia toàn tỉnh", D30,
        change=ch("increase", 1.1, "điểm phần trăm", baseline="cuối năm 2023")),
    fig("đạt 91,7%", "91,7", 91.7, "percent", "%", "tỷ lệ hộ dân có điện lưới quốc gia", D30, location="Mường Tè"),
    fig("đạt 97%", "97", 97, "percent", "%", "tỷ lệ hộ có điện", E24, status="target"),
    fig("thêm 8 bản", "8", 8, "count", "bản", "bản được đóng điện thêm", E24, status="target"),
    fig("khoảng 520 hộ", "520", 520, "count", "hộ", "hộ được đóng điện thêm", E24, approx="about", status="target"),
    fig("giải ngân 100%", "100", 100, "percent", "%", "giải ngân kế hoạch vốn", E24, status="target"),
    fig("bổ sung 35 tỷ đồng", "35", 35e9, "money", "đồng", "vốn đề nghị bố trí bổ sung cho các dự án chuyển tiếp"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND TỈNH LAI CHÂU, Số: 412/BC-UBND, 'Lai Châu, ngày 04 tháng 10 năm 2024'):",
    "rural electrification 9 months 2024, with a flattened '|' table (units in the column headers).",
    "Table: every numeric cell is a figure; district rows → location; subject = column label (+ 'tổng cộng' for the total row);",
    "period from the table title line (inherited, as in probe 469-3); table cells carry no total (the total row is a figure of its own).",
    "'Kế hoạch vốn năm 2024 … 200 tỷ đồng' → target. 142,6 tỷ: percent 71,3 (đạt …% kế hoạch), change +18,4% vs cùng kỳ năm 2023.",
    "'tăng 1,1 điểm phần trăm so với cuối năm 2023' is the change of 96,4% (unit điểm phần trăm).",
    "Section II: 'Phấn đấu đến 31/12/2024' governs the three following clauses (target, as-of 2024-12-31); '(khoảng 520 hộ)' is not",
    "a part of 8 bản (different unit, no total). 'Đề nghị … bổ sung 35 tỷ đồng' has no status cue: actual; no period phrase.",
    "Not figures: Số: 412/BC-UBND, the date line, section numbers I./II./1./2./3., 'Bảng 1', 'quý IV/2024' heading.",
]

if __name__ == "__main__":
    write("p767-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Lai Châu")
