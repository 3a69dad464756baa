"""p906-7: Bình Dương food-safety sub-department site (no dateline) - school kitchen inspections 2022-2024, one-cell-per-line table."""
from lib import F, P, I, CH, write

TEXT = """SỞ Y TẾ TỈNH BÌNH DƯƠNG
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả giám sát bếp ăn tập thể trường học giai đoạn 2022-2024

Bình Dương có số lượng học sinh ăn bán trú lớn, với khoảng 285.000 học sinh ăn tại trường mỗi ngày, chiếm gần 60% tổng số học sinh. Hiện toàn tỉnh có 612 bếp ăn tập thể trường học, trong đó 438 bếp do trường tự nấu và 174 bếp do đơn vị cung cấp suất ăn đảm nhận.

Kết quả kiểm tra, giám sát qua các năm như sau:

Đơn vị tính: lượt cơ sở
Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Số lượt được kiểm tra
1.284
1.356
1.402
Số lượt đạt yêu cầu
1.161
1.259
1.327
Số lượt bị xử phạt
38
29
21
Tỷ lệ đạt (%)
90,4
92,8
94,7

Năm 2024, Chi cục đã lấy 946 mẫu thực phẩm, nước uống tại bếp ăn trường học để kiểm nghiệm, phát hiện 27 mẫu không đạt, chiếm 2,9%. Tổng số tiền xử phạt là 412,5 triệu đồng, giảm 18% so với năm 2023. Các lỗi phổ biến là nhân viên chưa được khám sức khỏe, không lưu mẫu thức ăn đủ 24 giờ.

Kế hoạch năm 2025, Chi cục sẽ giám sát ít nhất 1.450 lượt bếp ăn trường học và tập huấn cho 3.000 người trực tiếp chế biến; phấn đấu tỷ lệ đạt trên 95%.

CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 11, Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.915 - Email: ccattp@binhduong.gov.vn
Đang truy cập: 37 | Tổng lượt truy cập: 1.208.664
"""

YEARS = [("Năm 2022", "2022-01-01", "2022-12-31"), ("Năm 2023", "2023-01-01", "2023-12-31"),
         ("Năm 2024", "2024-01-01", "2024-12-31")]
ROWS = [
    ("Số lượt được kiểm tra", "Số lượt được kiểm tra\n1.284", ["1.284", "1.356", "1.402"]),
    ("Số lượt đạt yêu cầu", "Số lượt đạt yêu cầu\n1.161", ["1.161", "1.259", "1.327"]),
    ("Số lượt bị xử phạt", "Số lượt bị xử phạt\n38", ["38", "29", "21"]),
    ("Tỷ lệ đạt", "Tỷ lệ đạt (%)\n90,4", ["90,4", "92,8", "94,7"]),
]


def val(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, first, cells in ROWS:
    anchor = first
    for i, (cell, (ytxt, ys, ye)) in enumerate(zip(cells, YEARS)):
        if i:
            anchor = f"{cells[i - 1]}\n{cell}"
        subj = f"{label.lower()} năm {ytxt[-4:]}"
        if label == "Tỷ lệ đạt":
            TABLE.append(F(anchor, cell, val(cell), "percent", "%", subj, P(ytxt, ys, ye)))
        else:
            TABLE.append(F(anchor, cell, val(cell), "count", "lượt cơ sở", subj, P(ytxt, ys, ye)))

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 285.000 học sinh", "285.000", 285000, "count", "học sinh", "học sinh ăn bán trú tại trường mỗi ngày",
      approx="about", percent=60),
    F("có 612 bếp ăn", "612", 612, "count", "bếp ăn", "bếp ăn tập thể trường học"),
    F("trong đó 438 bếp", "438", 438, "count", "bếp", "bếp ăn do trường tự nấu", total=612),
    F("và 174 bếp", "174", 174, "count", "bếp", "bếp ăn do đơn vị cung cấp suất ăn đảm nhận", total=612),
] + TABLE + [
    F("lấy 946 mẫu", "946", 946, "count", "mẫu", "mẫu thực phẩm, nước uống tại bếp ăn trường học lấy kiểm nghiệm", Y24),
    F("phát hiện 27 mẫu", "27", 27, "count", "mẫu", "mẫu không đạt", Y24, percent=2.9),
    F("là 412,5 triệu đồng", "412,5", 412.5e6, "money", "đồng", "tổng số tiền xử phạt", I(Y24),
      change=CH("decrease", 18, "%", "năm 2023")),
    F("ít nhất 1.450 lượt", "1.450", 1450, "count", "lượt", "lượt bếp ăn trường học được giám sát", K25,
      approx="at_least", status="target"),
    F("cho 3.000 người", "3.000", 3000, "count", "người", "người trực tiếp chế biến được tập huấn", K25, status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ đạt", K25, approx="over", status="target"),
]

NOTES = [
    "Chi cục ATVSTP Bình Dương page: no dateline (published absent), footer with address, phone, visit counters.",
    "One-cell-per-line table: header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Năm 2024, then each row's cells; periods from the",
    "column headers (scored), unit from 'Đơn vị tính: lượt cơ sở', % for the 'Tỷ lệ đạt (%)' row. No totals in table cells.",
    "'Kế hoạch năm 2025 ... ; phấn đấu ... trên 95%' all target, period năm 2025. 'lưu mẫu thức ăn đủ 24 giờ' is a rule's duration: optional.",
    "Distractors: giai đoạn 2022-2024, Tầng 11, Tháp A, phone 0274.3822.915, Đang truy cập: 37, Tổng lượt truy cập: 1.208.664.",
]

FIGS.append(F("đủ 24 giờ", "24", 24, "measure", "giờ", "thời gian lưu mẫu thức ăn", optional=True))

if __name__ == "__main__":
    write("p906-7", TEXT, FIGS, NOTES, location="Bình Dương")
