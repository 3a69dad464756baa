"""p725-7: Phòng Cảnh sát PCCC và CNCH, Công an TP. Hồ Chí Minh (department site, no dateline) — boarding-house review Q1/2024, one cell per line."""
from lib import F, P, I, CH, emit

TEXT = """PHÒNG CẢNH SÁT PCCC VÀ CNCH - CÔNG AN TP. HỒ CHÍ MINH
Trang chủ | Tin tức | Hướng dẫn PCCC | Liên hệ

Kết quả rà soát an toàn PCCC nhà trọ tại 5 địa bàn trọng điểm

Trong quý I/2024, lực lượng Cảnh sát PCCC phối hợp chính quyền địa phương rà soát nhà trọ, nhà cho thuê tại 5 địa bàn tập trung đông công nhân, lao động tự do. Kết quả cụ thể như sau:

Bảng. Kết quả rà soát nhà trọ quý I/2024
Đơn vị tính: cơ sở
Địa bàn
Tổng số nhà trọ
Đã kiểm tra
Chưa có lối thoát nạn thứ hai
Bình Tân
4.318
3.906
1.127
TP. Thủ Đức
5.642
4.870
1.384
Gò Vấp
2.735
2.511
642
Bình Chánh
3.980
3.214
1.015
Tân Phú
2.207
2.207
518

Tổng cộng, 16.708 trên tổng số 18.882 cơ sở đã được kiểm tra, đạt 88,5%. Số cơ sở chưa có lối thoát nạn thứ hai là 4.686 cơ sở, chiếm khoảng 28% số cơ sở đã kiểm tra. Riêng quận Tân Phú đã hoàn thành kiểm tra toàn bộ nhà trọ trên địa bàn.

Qua rà soát, nhiều dãy trọ có lối đi chung rộng dưới 1 m, phòng chỉ từ 10 đến 12 m2 nhưng có 3-4 người ở, hầu hết dùng chung cầu thang bộ, không có lối thoát nạn thứ hai.

Trong quý II/2024, Phòng phấn đấu kiểm tra 2.174 cơ sở còn lại và hướng dẫn ít nhất 3.000 hộ lắp đặt thang thoát hiểm, ô thoát nạn.

Địa chỉ: 258 Trần Hưng Đạo, phường Nguyễn Cư Trinh, Quận 1
Điện thoại: 069.3187.450 - Đường dây nóng: 114
Tổng lượt truy cập: 1.274.903
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1i = I(Q1)
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
COLS = ["Tổng số nhà trọ", "nhà trọ đã kiểm tra", "nhà trọ chưa có lối thoát nạn thứ hai"]
ROWS = [
    ("Bình Tân", "Bình Tân", ["4.318", "3.906", "1.127"]),
    ("TP. Thủ Đức", "Thủ Đức", ["5.642", "4.870", "1.384"]),
    ("Gò Vấp", "Gò Vấp", ["2.735", "2.511", "642"]),
    ("Bình Chánh", "Bình Chánh", ["3.980", "3.214", "1.015"]),
    ("Tân Phú", "Tân Phú", ["2.207", "2.207", "518"]),
]

TABLE = []
for label, loc, cells in ROWS:
    for i, (col, cell) in enumerate(zip(COLS, cells)):
        if i == 0:
            anchor = f"{label}\n{cell}"
        elif i == 1:
            anchor = f"{cells[0]}\n{cell}\n{cells[2]}"
        else:
            anchor = f"{cells[1]}\n{cell}\n"
        if i == 1 and label == "Tân Phú":
            # both cells read 2.207: anchor on the second one and the cell after it
            anchor = f"{cell}\n{cells[2]}"
        v = int(cell.replace(".", ""))
        TABLE.append(F(anchor, cell, v, "count", "cơ sở", subject=col, period=Q1i, location=loc))

FIGS = [
    F("tại 5 địa bàn trọng điểm", "5", 5, "count", "địa bàn", optional=True),
    F("tại 5 địa bàn tập trung", "5", 5, "count", "địa bàn", optional=True),
] + TABLE + [
    F("Tổng cộng, 16.708", "16.708", 16708, "count", "cơ sở", total=18882, percent=88.5,
      subject="cơ sở đã được kiểm tra", period=Q1i),
    F("là 4.686 cơ sở", "4.686", 4686, "count", "cơ sở", percent=28,
      subject="cơ sở chưa có lối thoát nạn thứ hai", period=Q1i),
    F("rộng dưới 1 m", "1", 1, "measure", "m", approx="under",
      subject="chiều rộng lối đi chung của nhiều dãy trọ"),
    F("từ 10 đến 12 m2", "10", 10, "measure", "m2", value_max=12,
      subject="diện tích phòng trọ"),
    F("có 3-4 người", "3", 3, "count", "người", value_max=4,
      subject="người ở mỗi phòng trọ"),
    F("kiểm tra 2.174 cơ sở", "2.174", 2174, "count", "cơ sở", status="target",
      subject="cơ sở còn lại được kiểm tra", period=Q2),
    F("ít nhất 3.000 hộ", "3.000", 3000, "count", "hộ", approx="at_least", status="target",
      subject="hộ được hướng dẫn lắp đặt thang thoát hiểm, ô thoát nạn", period=Q2),
]

COMMENTS = [
    "Phòng Cảnh sát PCCC và CNCH, Công an TP. Hồ Chí Minh (department site): rà soát nhà trọ quý I/2024 tại 5 địa bàn; NO dateline.",
    "Table with one cell per line and 'Đơn vị tính: cơ sở': each numeric cell is a figure; the row (a district / TP. Thủ Đức) is the location,",
    "the column label is the subject; period from the table title 'quý I/2024' (inherited, not scored). Tân Phú's two 2.207 cells are two figures.",
    "'16.708 trên tổng số 18.882': 18.882 is the total attribute, not a figure of its own. '5 địa bàn' is the scope of the review (optional).",
    "'258 Trần Hưng Đạo', 'Quận 1', '069.3187.450', '114', 'Tổng lượt truy cập: 1.274.903' are page furniture / identifiers.",
]

if __name__ == "__main__":
    emit("p725-7", TEXT, COMMENTS, FIGS, published=None, location="TP. Hồ Chí Minh")
