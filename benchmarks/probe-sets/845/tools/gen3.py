"""p845-3: formal report (UBND tỉnh Đồng Tháp), social assistance facilities H1/2024, flattened | table."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả chăm sóc, nuôi dưỡng đối tượng tại các cơ sở trợ giúp xã hội 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Thực hiện Nghị định số 103/2017/NĐ-CP, toàn tỉnh hiện có 5 cơ sở trợ giúp xã hội, gồm 3 cơ sở công lập và 2 cơ sở ngoài công lập, tổng công suất 620 người.

II. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận, nuôi dưỡng
Tính đến ngày 30/6/2024, các cơ sở đang nuôi dưỡng 487 đối tượng, tăng 26 đối tượng so với cuối năm 2023, bằng 78,5% tổng công suất. Cụ thể:
Đơn vị tính: người
Cơ sở | Công suất | Đang nuôi dưỡng | Người cao tuổi | Tiếp nhận mới 6 tháng
Trung tâm Công tác xã hội tỉnh | 250 | 212 | 96 | 18
Cơ sở Bảo trợ xã hội tổng hợp | 150 | 118 | 71 | 9
Trung tâm Điều dưỡng người tâm thần | 120 | 92 | 48 | 7
Mái ấm Tình thương (ngoài công lập) | 60 | 39 | 22 | 3
Nhà dưỡng lão Tâm An (ngoài công lập) | 40 | 26 | 24 | 2
Tổng cộng | 620 | 487 | 261 | 39

2. Kinh phí, chế độ
Trong 6 tháng, kinh phí nuôi dưỡng tại các cơ sở công lập là 9,86 tỷ đồng, đạt 48,2% dự toán năm; mức trợ cấp nuôi dưỡng là 1.440.000 đồng/người/tháng (hệ số 4,0). 100% đối tượng được khám sức khỏe định kỳ; 7 đối tượng đủ điều kiện được đưa về tái hòa nhập cộng đồng.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu tiếp nhận thêm khoảng 30 đối tượng, nâng tỷ lệ sử dụng công suất lên trên 83%; dự kiến đưa vào sử dụng nhà nuôi dưỡng người cao tuổi 2 tầng, 80 giường tại Trung tâm Công tác xã hội tỉnh (số 139, Quốc lộ 30, phường 11, TP Cao Lãnh) trong quý IV/2024./.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Tiếp nhận mới 6 tháng", "2024-01-01", "2024-06-30")
H1b = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inherited=True)

ROWS = [
    ("Trung tâm Công tác xã hội tỉnh", ["250", "212", "96", "18"]),
    ("Cơ sở Bảo trợ xã hội tổng hợp", ["150", "118", "71", "9"]),
    ("Trung tâm Điều dưỡng người tâm thần", ["120", "92", "48", "7"]),
    ("Mái ấm Tình thương (ngoài công lập)", ["60", "39", "22", "3"]),
    ("Nhà dưỡng lão Tâm An (ngoài công lập)", ["40", "26", "24", "2"]),
    ("Tổng cộng", ["620", "487", "261", "39"]),
]
COLS = ["công suất", "đang nuôi dưỡng", "người cao tuổi đang nuôi dưỡng", "tiếp nhận mới 6 tháng"]


def table_figs():
    out = []
    for label, cells in ROWS:
        line = label + " | " + " | ".join(cells)
        for j, cell in enumerate(cells):
            if j == 0:
                anchor = label + " | " + cell + " |"
            else:
                right = " | " + cells[j + 1] if j + 1 < len(cells) else "\n"
                anchor = "| " + cells[j - 1] + " | " + cell + right
            per = {0: I(ASOF), 1: I(ASOF), 2: I(ASOF), 3: H1}[j]
            out.append(F(anchor, cell, int(cell), "count", "người", f"{COLS[j]} {label}", per))
        assert line in TEXT, line
    return out


FIGS = [
    F("hiện có 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở trợ giúp xã hội"),
    F("gồm 3 cơ sở công lập", "3", 3, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập", total=5),
    F("và 2 cơ sở ngoài công lập", "2", 2, "count", "cơ sở", "cơ sở trợ giúp xã hội ngoài công lập", total=5),
    F("tổng công suất 620 người", "620", 620, "count", "người", "tổng công suất các cơ sở trợ giúp xã hội"),
    F("nuôi dưỡng 487 đối tượng", "487", 487, "count", "đối tượng", "đối tượng đang được nuôi dưỡng tại các cơ sở",
      ASOF, percent=78.5, change=C("increase", 26, "đối tượng", "cuối năm 2023")),
    *table_figs(),
    F("là 9,86 tỷ đồng", "9,86", 9.86e9, "money", "đồng", "kinh phí nuôi dưỡng tại các cơ sở công lập", H1b,
      percent=48.2),
    F("là 1.440.000 đồng/người/tháng", "1.440.000", 1440000, "money", "đồng/người/tháng",
      "mức trợ cấp nuôi dưỡng tại cơ sở", H1b),
    F("(hệ số 4,0)", "4,0", 4, "measure", "hệ số", "hệ số trợ cấp nuôi dưỡng", optional=True),
    F("100% đối tượng được khám", "100", 100, "percent", "%", "tỷ lệ đối tượng được khám sức khỏe định kỳ", I(H1b)),
    F("7 đối tượng đủ điều kiện", "7", 7, "count", "đối tượng", "đối tượng được đưa về tái hòa nhập cộng đồng",
      I(H1b)),
    F("khoảng 30 đối tượng", "30", 30, "count", "đối tượng", "đối tượng tiếp nhận thêm", H2,
      approx="about", status="target"),
    F("lên trên 83%", "83", 83, "percent", "%", "tỷ lệ sử dụng công suất", H2, approx="over", status="target"),
    F("2 tầng", "2", 2, "count", "tầng", "số tầng nhà nuôi dưỡng người cao tuổi", optional=True),
    F("80 giường tại", "80", 80, "count", "giường", "giường nhà nuôi dưỡng người cao tuổi",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Đồng Tháp, Số: 215/BC-UBND, 12/7/2024): facilities and residents H1/2024, flattened '|' table.",
    "Distractors: Số: 215/BC-UBND, Nghị định số 103/2017/NĐ-CP, section numbers I.-III., 1., 2., address số 139, Quốc lộ 30, phường 11.",
    "Table: every cell a figure (unit người from 'Đơn vị tính'), subject = column + row label, no totals (the Tổng cộng row is its own figure).",
    "Column 'Tiếp nhận mới 6 tháng' gives H1/2024 (scored); the other columns take the as-of 30/6/2024 of the line above (inherited).",
    "'hệ số 4,0' (coefficient of the allowance) and '2 tầng' (building specification) are optional.",
    "Section III heading '6 THÁNG CUỐI NĂM' gives the targets their period (inherited); 80 giường is a forecast in quý IV/2024.",
]

if __name__ == "__main__":
    build("p845-3", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Đồng Tháp")
