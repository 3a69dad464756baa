from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THANH HÓA
BAN CHỈ ĐẠO LIÊN NGÀNH VỀ AN TOÀN THỰC PHẨM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 518/BC-BCĐ
Thanh Hóa, ngày 08 tháng 10 năm 2024
BÁO CÁO
Kết quả kiểm tra an toàn thực phẩm đối với thức ăn đường phố 9 tháng đầu năm 2024
Thực hiện Kế hoạch số 45/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo, kết quả như sau:
I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Trong 9 tháng đầu năm 2024, các đoàn kiểm tra liên ngành 3 cấp đã kiểm tra 2.874 lượt cơ sở kinh doanh thức ăn đường phố, đạt 104,5% kế hoạch; số cơ sở vi phạm là 412 cơ sở, chiếm 14,3%. Kết quả tại các địa phương:
Đơn vị tính: cơ sở
Địa phương | Số cơ sở được kiểm tra | Số cơ sở vi phạm | Số cơ sở bị xử phạt
TP. Thanh Hóa | 986 | 152 | 64
TP. Sầm Sơn | 742 | 118 | 51
TX. Nghi Sơn | 395 | 47 | 18
Các huyện còn lại | 751 | 95 | 27
Tổng cộng | 2.874 | 412 | 160
2. Công tác xét nghiệm nhanh
Các đoàn đã xét nghiệm nhanh 5.630 mẫu thực phẩm, trong đó có 148 mẫu không đạt; tỷ lệ mẫu không đạt là 2,6%, giảm 0,9 điểm phần trăm so với cùng kỳ năm 2023. Tổng số tiền xử phạt là 587,5 triệu đồng, bằng 126% cùng kỳ; tiêu hủy gần 1,2 tấn thực phẩm các loại.
3. Tình hình ngộ độc thực phẩm
Từ đầu năm đến ngày 30/9/2024, trên địa bàn tỉnh xảy ra 2 vụ ngộ độc thực phẩm liên quan đến thức ăn đường phố với 37 người mắc, không có trường hợp tử vong.
II. NHIỆM VỤ QUÝ IV/2024
Dự kiến trong quý IV/2024 kiểm tra khoảng 900 lượt cơ sở, phấn đấu cả năm đạt trên 3.700 lượt cơ sở được kiểm tra; 100% người kinh doanh tại các tuyến phố ẩm thực được tập huấn.
Nơi nhận:
- Bộ Y tế (b/c);
- Lưu: VT.
"""

N9 = P("Trong 9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
Q4 = P("trong quý IV/2024", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

COLS = ("số cơ sở được kiểm tra", "số cơ sở vi phạm", "số cơ sở bị xử phạt")
ROWS = [  # label, location, cells (as written), anchor templates
    ("TP. Thanh Hóa", "Thanh Hóa", ["986", "152", "64"]),
    ("TP. Sầm Sơn", "Sầm Sơn", ["742", "118", "51"]),
    ("TX. Nghi Sơn", "Nghi Sơn", ["395", "47", "18"]),
    ("Các huyện còn lại", "Thanh Hóa", ["751", "95", "27"]),
    ("Tổng cộng", "Thanh Hóa", ["2.874", "412", "160"]),
]


def table_figs():
    """One figure per numeric cell; anchor = row label + first cell, or the previous cell + this cell."""
    out = []
    for label, loc, cells in ROWS:
        for i, cell in enumerate(cells):
            anchor = f"{label} | {cell}" if i == 0 else f"| {cells[i - 1]} | {cell}"
            subj = COLS[i]
            if label == "Các huyện còn lại":
                subj += " các huyện còn lại"
            elif label == "Tổng cộng":
                subj = "tổng " + subj
            out.append(F(anchor, cell, float(cell.replace(".", "")), "count", "cơ sở", subj, I(N9), location=loc))
    return out


FIGS = [
    F("kiểm tra 2.874 lượt cơ sở", "2.874", 2874, "count", "lượt cơ sở", "lượt cơ sở kinh doanh thức ăn đường phố được kiểm tra", N9,
      percent=104.5),
    F("liên ngành 3 cấp", "3", 3, "count", "cấp", "cấp của các đoàn kiểm tra liên ngành", N9, optional=True),
    F("là 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở vi phạm", N9, percent=14.3),
] + table_figs() + [
    F("nhanh 5.630 mẫu", "5.630", 5630, "count", "mẫu", "mẫu thực phẩm xét nghiệm nhanh", I(N9)),
    F("có 148 mẫu", "148", 148, "count", "mẫu", "mẫu không đạt", I(N9), total=5630),
    F("là 2,6%", "2,6", 2.6, "percent", "%", "tỷ lệ mẫu không đạt", I(N9),
      change=C("decrease", 0.9, "điểm phần trăm", baseline="cùng kỳ năm 2023")),
    F("là 587,5 triệu đồng", "587,5", 587.5e6, "money", "đồng", "tổng số tiền xử phạt", I(N9), percent=126),
    F("gần 1,2 tấn", "1,2", 1.2, "measure", "tấn", "thực phẩm bị tiêu hủy", I(N9), approx="nearly"),
    F("ra 2 vụ", "2", 2, "count", "vụ", "vụ ngộ độc thực phẩm liên quan đến thức ăn đường phố", YTD),
    F("với 37 người", "37", 37, "count", "người", "người mắc ngộ độc thực phẩm", YTD),
    F("khoảng 900 lượt", "900", 900, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", Q4, approx="about", status="forecast"),
    F("trên 3.700 lượt", "3.700", 3700, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YEAR, approx="over", status="target"),
    F("; 100% người", "100", 100, "percent", "%", "người kinh doanh tại các tuyến phố ẩm thực được tập huấn", YEAR, status="target"),
]

NOTES = [
    "Formal report of Thanh Hóa's food-safety steering committee: street-food inspections, 9 months of 2024, with a flattened '|' table.",
    "Published = the report's date line 'Thanh Hóa, ngày 08 tháng 10 năm 2024'.",
    "Table: unit 'cơ sở' from 'Đơn vị tính'; place rows go to location (TP. Thanh Hóa -> Thanh Hóa, TP. Sầm Sơn, TX. Nghi Sơn);",
    "'Các huyện còn lại' and 'Tổng cộng' rows are provincial. Period of the table comes from the sentence above it (inherited).",
    "Table cells get no totals (the Tổng cộng row is its own figure). '2.874 lượt cơ sở' 'đạt 104,5% kế hoạch' is a share (percent).",
    "'tỷ lệ ... là 2,6%, giảm 0,9 điểm phần trăm' is a percent figure with a change in points. '587,5 triệu đồng, bằng 126% cùng kỳ' -> percent 126.",
    "'Dự kiến' governs 900 (forecast); 'phấn đấu cả năm' governs 3.700 and the continuing clause 100% (target); 'cả năm' = 2024.",
    "'không có trường hợp tử vong' is not written as a number: no figure. '3 cấp' (levels of inspection teams) is structure: optional.",
    "Distractors: 'Số: 518/BC-BCĐ', 'Kế hoạch số 45/KH-BCĐ ngày 15/01/2024', section numbers I., II., 1.-3., 'NHIỆM VỤ QUÝ IV/2024'.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-08", location="Thanh Hóa")
