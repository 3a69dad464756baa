"""p581-3: UBND tỉnh Bình Định formal report — consumer protection H1/2024 with a flattened '|' table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác bảo vệ quyền lợi người tiêu dùng 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận, giải quyết khiếu nại
Trong 6 tháng đầu năm 2024, các cơ quan bảo vệ quyền lợi người tiêu dùng trên địa bàn tỉnh tiếp nhận 96 vụ việc, tăng 18,5% so với cùng kỳ năm 2023; đã giải quyết 81/96 vụ việc, đạt 84,4%. Số tiền doanh nghiệp hoàn trả, bồi thường cho người tiêu dùng là 642,5 triệu đồng.

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | 6 tháng 2023 | 6 tháng 2024 | So sánh (%)
Vụ việc tiếp nhận | vụ việc | 81 | 96 | 118,5
Vụ việc giải quyết thành công | vụ việc | 70 | 81 | 115,7
Cuộc gọi qua đường dây nóng | cuộc gọi | 412 | 538 | 130,6
Cơ sở bị xử phạt | cơ sở | 164 | 187 | 114,0
Tiền phạt vi phạm hành chính | triệu đồng | 1.528,0 | 1.874,6 | 122,7

2. Kiểm tra, xử lý vi phạm
Lực lượng quản lý thị trường đã kiểm tra 215 cơ sở, xử phạt 187 cơ sở (chiếm 87%), trong đó vi phạm về niêm yết giá 64 cơ sở, ghi nhãn hàng hóa 52 cơ sở, kinh doanh hàng hóa không rõ nguồn gốc 71 cơ sở.

3. Quản lý hoạt động khuyến mại
Sở Công Thương tiếp nhận 1.136 hồ sơ thông báo thực hiện khuyến mại của 214 thương nhân; xác nhận 23 chương trình khuyến mại mang tính may rủi với tổng giá trị giải thưởng hơn 9,8 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu tỷ lệ giải quyết vụ việc khiếu nại cả năm 2024 đạt từ 85 đến 90%. Dự kiến tổ chức 04 lớp tập huấn Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 (có hiệu lực từ ngày 01/7/2024) cho khoảng 300 doanh nghiệp.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K5.
"""

H24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inherited=True)


def row(label, unit, kind, mult, cells, anchors):
    """cells: (number, value) for 6 tháng 2023, 6 tháng 2024, So sánh (%)."""
    (n1, v1), (n2, v2), (n3, v3) = cells
    a1, a2, a3 = anchors
    return [
        F(a1, n1, v1 * mult, kind, unit, f"{label} 6 tháng 2023", C23),
        F(a2, n2, v2 * mult, kind, unit, f"{label} 6 tháng 2024", C24),
        F(a3, n3, v3, "percent", "%", f"{label} so sánh (%)", INH(H24)),
    ]


FIGS = [
    F("tiếp nhận 96 vụ việc", "96", 96, "count", "vụ việc",
      "vụ việc các cơ quan bảo vệ quyền lợi người tiêu dùng tiếp nhận", H24,
      change=CH("increase", 18.5, baseline="cùng kỳ năm 2023")),
    F("81/96 vụ việc", "81", 81, "count", "vụ việc", "vụ việc đã giải quyết", H24, total=96, percent=84.4),
    F("là 642,5 triệu đồng", "642,5", 642500000, "money", "đồng",
      "số tiền doanh nghiệp hoàn trả, bồi thường cho người tiêu dùng", INH(H24)),
]
FIGS += row("Vụ việc tiếp nhận", "vụ việc", "count", 1, [("81", 81), ("96", 96), ("118,5", 118.5)],
            ["vụ việc | 81 |", "| 81 | 96 |", "118,5"])
FIGS += row("Vụ việc giải quyết thành công", "vụ việc", "count", 1, [("70", 70), ("81", 81), ("115,7", 115.7)],
            ["| 70 |", "| 70 | 81 |", "115,7"])
FIGS += row("Cuộc gọi qua đường dây nóng", "cuộc gọi", "count", 1, [("412", 412), ("538", 538), ("130,6", 130.6)],
            ["| 412 |", "| 538 |", "130,6"])
FIGS += row("Cơ sở bị xử phạt", "cơ sở", "count", 1, [("164", 164), ("187", 187), ("114,0", 114.0)],
            ["| 164 |", "| 164 | 187 |", "114,0"])
FIGS += row("Tiền phạt vi phạm hành chính", "đồng", "money", 1e6,
            [("1.528,0", 1528.0), ("1.874,6", 1874.6), ("122,7", 122.7)],
            ["| 1.528,0 |", "| 1.874,6 |", "122,7"])
FIGS += [
    F("kiểm tra 215 cơ sở", "215", 215, "count", "cơ sở", "cơ sở lực lượng quản lý thị trường kiểm tra", INH(H24)),
    F("xử phạt 187 cơ sở", "187", 187, "count", "cơ sở", "cơ sở bị xử phạt", INH(H24), percent=87),
    F("niêm yết giá 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở vi phạm về niêm yết giá", INH(H24), total=187),
    F("hàng hóa 52 cơ sở", "52", 52, "count", "cơ sở", "cơ sở vi phạm về ghi nhãn hàng hóa", INH(H24), total=187),
    F("nguồn gốc 71 cơ sở", "71", 71, "count", "cơ sở",
      "cơ sở kinh doanh hàng hóa không rõ nguồn gốc", INH(H24), total=187),
    F("tiếp nhận 1.136 hồ sơ", "1.136", 1136, "count", "hồ sơ",
      "hồ sơ thông báo thực hiện khuyến mại Sở Công Thương tiếp nhận", INH(H24)),
    F("của 214 thương nhân", "214", 214, "count", "thương nhân", "thương nhân thông báo thực hiện khuyến mại", INH(H24)),
    F("xác nhận 23 chương trình", "23", 23, "count", "chương trình",
      "chương trình khuyến mại mang tính may rủi được xác nhận", INH(H24)),
    F("hơn 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng",
      "tổng giá trị giải thưởng chương trình khuyến mại mang tính may rủi", INH(H24), approx="over"),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "tỷ lệ giải quyết vụ việc khiếu nại cả năm",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=90, status="target"),
    F("tổ chức 04 lớp", "04", 4, "count", "lớp",
      "lớp tập huấn Luật Bảo vệ quyền lợi người tiêu dùng", H2, status="forecast"),
    F("khoảng 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp",
      "doanh nghiệp được tập huấn", H2, approx="about", status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Bình Định formal report Số: 186/BC-UBND (invented), place-and-date line 'Bình Định, ngày 08 tháng 7 năm 2024' = published.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị | 6 tháng 2023 | 6 tháng 2024 | So sánh (%). Every numeric cell is a figure; period from the",
    "column header (scored); the 'So sánh (%)' cells are percent figures with no period column (period inherited, unscored).",
    "'triệu đồng' unit cells are money ×10^6. Not figures: 'Số: 186/BC-UBND', 'Bảng 1', section numbers I./1./2./3./II., '01/7/2024',",
    "'Luật ... năm 2023', 'K5'. 64 + 52 + 71 = 187 after 'trong đó': total 187. 81/96: total 96, percent 84,4.",
    "'Phấn đấu' → target; 'Dự kiến' → forecast for 04 lớp and khoảng 300 doanh nghiệp (heading '6 tháng cuối năm' gives an inherited period).",
]

if __name__ == "__main__":
    emit("p581-3", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Bình Định")
