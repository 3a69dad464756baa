import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TABLE = {
    "Hồng Bàng": ["18.240", "21.560", "24.830", "19.870"],
    "Lê Chân": ["12.110", "14.950", "17.420", "13.260"],
    "Ngô Quyền": ["9.680", "11.240", "13.190", "10.370"],
}
COLS = {"Quý I": ("2023-01-01", "2023-03-31"), "Quý II": ("2023-04-01", "2023-06-30"),
        "Quý III": ("2023-07-01", "2023-09-30"), "Quý IV": ("2023-10-01", "2023-12-31")}

rows = "\n".join(["Quận"] + list(COLS)) + "\n" + "\n".join(
    "\n".join([k] + v) for k, v in TABLE.items())

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ HẢI PHÒNG
Trang chủ » Tin tức » Vận tải hành khách

Kết quả khai thác xe đạp công cộng năm 2023

Năm 2023 là năm đầu tiên hệ thống xe đạp công cộng của thành phố Hải Phòng vận hành đủ 12 tháng. Toàn hệ thống có 30 trạm và 300 xe, đặt tại 3 quận Hồng Bàng, Lê Chân và Ngô Quyền. Tổng số lượt thuê cả năm đạt 186.720 lượt, vượt 24,5% kế hoạch; doanh thu đạt 712,4 triệu đồng.

Lượt thuê xe đạp công cộng theo quận và theo quý năm 2023:
Đơn vị tính: lượt
""" + rows + """

Quý III là quý cao điểm, trùng mùa du lịch hè và Lễ hội Hoa Phượng Đỏ. Trạm có lượt thuê cao nhất là trạm Nhà hát Thành phố với 21.530 lượt, chiếm 11,5% tổng lượt thuê; thời gian thuê bình quân 32 phút/lượt. Tỷ lệ xe hỏng phải sửa chữa trong năm là 3,2%, giảm 1,1 điểm phần trăm so với năm 2022.

Đến ngày 31/12/2023, có 4.326 thẻ thành viên còn hiệu lực, tăng 1.105 thẻ so với cuối năm 2022. Giá thuê hiện hành là 5.000 đồng/60 phút; thẻ tháng 120.000 đồng.

Năm 2024, Sở đặt chỉ tiêu 230.000 lượt thuê và lắp đặt thêm 20 trạm tại các quận Kiến An, Hải An.

Ý kiến phản ánh xin gửi về đường dây nóng 0225.3842.633 hoặc địa chỉ số 6 Lý Tự Trọng, quận Hồng Bàng.
Tổng lượt truy cập: 2.418.903
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("cả năm", "2023-01-01", "2023-12-31")
ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 30 trạm", "30", 30, "count", "trạm", "trạm xe đạp công cộng", I(Y23)),
    F("và 300 xe", "300", 300, "count", "xe", "xe đạp công cộng", I(Y23)),
    F("tại 3 quận", "3", 3, "count", "quận", "quận đặt trạm xe đạp công cộng", I(Y23)),
    F("đạt 186.720 lượt", "186.720", 186720, "count", "lượt", "tổng số lượt thuê", Y23b,
      change=CH("increase", 24.5, baseline="kế hoạch")),
    F("712,4 triệu đồng", "712,4", 712400000, "money", "đồng", "doanh thu", Y23b),
]
for district, cells in TABLE.items():
    for (col, (s, e)), cell in zip(COLS.items(), cells):
        FIGS.append(F(cell, cell, float(cell.replace(".", "")), "count", "lượt",
                      f"lượt thuê xe đạp công cộng {col}", P(col, s, e), location=district))
FIGS += [
    F("với 21.530 lượt", "21.530", 21530, "count", "lượt", "lượt thuê trạm Nhà hát Thành phố", I(Y23), percent=11.5),
    F("bình quân 32 phút/lượt", "32", 32, "measure", "phút/lượt", "thời gian thuê bình quân", I(Y23)),
    F("là 3,2%", "3,2", 3.2, "percent", "%", "tỷ lệ xe hỏng phải sửa chữa", P("trong năm", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 1.1, "điểm phần trăm", "năm 2022")),
    F("có 4.326 thẻ", "4.326", 4326, "count", "thẻ thành viên", "thẻ thành viên còn hiệu lực", ASOF,
      change=CH("increase", 1105, "thẻ", "cuối năm 2022")),
    F("là 5.000 đồng/60 phút", "5.000", 5000, "money", "đồng/60 phút", "giá thuê hiện hành"),
    F("tháng 120.000 đồng", "120.000", 120000, "money", "đồng", "giá thẻ tháng"),
    F("chỉ tiêu 230.000 lượt", "230.000", 230000, "count", "lượt thuê", "lượt thuê", Y24, status="target"),
    F("thêm 20 trạm", "20", 20, "count", "trạm", "trạm lắp đặt thêm", Y24, status="target"),
]

COMMENTS = [
    "Sở GTVT Hải Phòng (department site, no dateline; visit counter 'Tổng lượt truy cập: 2.418.903' in the footer): xe đạp công cộng năm 2023.",
    "One-cell-per-line table with 'Đơn vị tính: lượt': rows are districts (→ location), columns Quý I–IV of 2023 (period scored, year from",
    "the table's title line); every cell is a figure, subject 'lượt thuê xe đạp công cộng quý …'. Rows sum to 186.720.",
    "Not figures: 'năm đầu tiên' (ordinal), 'đủ 12 tháng' (duration), hotline '0225.3842.633', 'số 6 Lý Tự Trọng', '/60 phút', counter.",
    "'vượt 24,5% kế hoạch' is a gap to plan → change with baseline 'kế hoạch'; 'tăng 1.105 thẻ so với cuối năm 2022' → change in thẻ.",
    "'Tỷ lệ xe hỏng … là 3,2%, giảm 1,1 điểm phần trăm so với năm 2022': a level (not a growth rate) with its change attached.",
    "'20 trạm tại các quận Kiến An, Hải An' covers two districts: location stays Hải Phòng.",
]

if __name__ == "__main__":
    emit("p733-7", TEXT, COMMENTS, FIGS, location="Hải Phòng")
