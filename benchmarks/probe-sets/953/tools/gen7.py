"""p953-7: Sở TT&TT Sóc Trăng department site, no dateline; one-cell-per-line table by district (9 tháng 2024)."""
from lib import F, P, I, C, T, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG
Tin hoạt động > Bưu chính - Viễn thông

Sóc Trăng đẩy mạnh xử lý SIM rác, SIM kích hoạt sẵn

Thực hiện Chỉ thị số 04/CT-UBND ngày 15/3/2024 của UBND tỉnh, trong 9 tháng năm 2024, Sở Thông tin và Truyền thông chủ trì, phối hợp Công an tỉnh và các doanh nghiệp viễn thông kiểm tra 69 điểm cung cấp dịch vụ viễn thông di động, phát hiện 14 điểm vi phạm, tăng 5 điểm so với cùng kỳ năm 2023. Kết quả kiểm tra theo địa bàn:

Địa bàn
Điểm kiểm tra
Điểm vi phạm
SIM thu giữ
Tiền phạt (triệu đồng)
TP. Sóc Trăng
24
5
1.350
42,5
Mỹ Xuyên
15
3
620
21
Kế Sách
12
2
410
15,5
Vĩnh Châu
18
4
780
30
Tổng cộng
69
14
3.160
109

Đến cuối tháng 9/2024, toàn tỉnh có 1.012.460 thuê bao di động, trong đó thuê bao trả trước chiếm 87,3%. Tỷ lệ thuê bao có thông tin trùng khớp với Cơ sở dữ liệu quốc gia về dân cư đạt 98,7%, tăng 3,1 điểm phần trăm so với đầu năm. Các doanh nghiệp đã khóa 2 chiều 6.245 thuê bao và thu hồi 2.018 số thuê bao không chính chủ. Cộng tác viên rà soát điểm bán được hỗ trợ 150.000 đồng/người/ngày.

Quý IV/2024, Sở dự kiến kiểm tra thêm khoảng 30 điểm bán, tập trung tại các huyện Trần Đề, Cù Lao Dung, Long Phú.

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG
Địa chỉ: Số 19 Lê Lợi, Phường 6, TP. Sóc Trăng
Điện thoại: 0299.3822.140 - Email: stttt@soctrang.gov.vn
Tổng lượt truy cập: 1.874.302
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SEP = P("Đến cuối tháng 9/2024", end="2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

COLS = [("điểm kiểm tra", "count", "điểm", 1), ("điểm vi phạm", "count", "điểm", 1),
        ("SIM thu giữ", "count", "SIM", 1), ("tiền phạt", "money", "đồng", 1e6)]
ROWS = [
    ("TP. Sóc Trăng", "Sóc Trăng", ["24", "5", "1.350", "42,5"]),
    ("Mỹ Xuyên", "Mỹ Xuyên", ["15", "3", "620", "21"]),
    ("Kế Sách", "Kế Sách", ["12", "2", "410", "15,5"]),
    ("Vĩnh Châu", "Vĩnh Châu", ["18", "4", "780", "30"]),
    ("Tổng cộng", "Sóc Trăng", ["69", "14", "3.160", "109"]),
]
TABLE = []
for label, place, cells in ROWS:
    seq = [label] + cells
    for i, (cell, (col, kind, unit, mult)) in enumerate(zip(cells, COLS)):
        prev = seq[i]
        nxt = seq[i + 2] if i + 2 < len(seq) else None
        anchor = f"{prev}\n{cell}" + (f"\n{nxt}" if nxt and i > 0 else "")
        val = float(cell.replace(".", "").replace(",", ".")) * mult
        subj = col + (" tổng cộng" if label == "Tổng cộng" else "")
        TABLE.append(F(anchor, cell, val, kind, unit, subj, I(M9), location=place))

FIGS = [
    F("kiểm tra 69 điểm", "69", 69, "count", "điểm cung cấp dịch vụ viễn thông di động",
      "điểm cung cấp dịch vụ viễn thông di động được kiểm tra", M9),
    F("phát hiện 14 điểm", "14", 14, "count", "điểm", "điểm vi phạm", M9, change=C("increase", 5, "điểm", "cùng kỳ năm 2023")),
    *TABLE,
    F("có 1.012.460 thuê bao", "1.012.460", 1012460, "count", "thuê bao", "thuê bao di động", SEP),
    F("chiếm 87,3%", "87,3", 87.3, "percent", "%", "thuê bao trả trước", SEP),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%",
      "tỷ lệ thuê bao có thông tin trùng khớp với Cơ sở dữ liệu quốc gia về dân cư", I(SEP),
      change=C("increase", 3.1, "điểm phần trăm", "đầu năm")),
    F("khóa 2 chiều 6.245 thuê bao", "6.245", 6245, "count", "thuê bao", "thuê bao bị khóa 2 chiều", I(SEP)),
    F("thu hồi 2.018 số", "2.018", 2018, "count", "số thuê bao", "số thuê bao không chính chủ bị thu hồi", I(SEP)),
    F("150.000 đồng/người/ngày", "150.000", 150000, "money", "đồng/người/ngày",
      "mức hỗ trợ cộng tác viên rà soát điểm bán"),
    F("khoảng 30 điểm", "30", 30, "count", "điểm bán", "điểm bán được kiểm tra thêm", Q4, approx="about",
      status="forecast"),
]

NOTES = [
    "Sở TT&TT Sóc Trăng (department site, no dateline: no published). One-cell-per-line table: header cells one per line, then rows.",
    "Table cells: subject = column label (+ 'tổng cộng' for the total row), the row label is a place -> location (Tổng cộng -> Sóc Trăng);",
    "'Tiền phạt (triệu đồng)' gives money ×10^6; period from '9 tháng năm 2024' in the paragraph above (inherited); no totals on cells.",
    "'trong đó thuê bao trả trước chiếm 87,3%' is a share of another group, a percent figure of its own. 'tăng 3,1 điểm phần trăm' -> change of 98,7%.",
    "Not figures: 'Chỉ thị số 04/CT-UBND ngày 15/3/2024', 'khóa 2 chiều', 'Số 19 Lê Lợi, Phường 6', phone, 'Tổng lượt truy cập: 1.874.302'.",
]

write("p953-7", TEXT, FIGS, NOTES, location="Sóc Trăng")
