"""p693-7: Sở TN&MT Thái Nguyên department site, no dateline — mobile motorbike emission checks 2023 (one cell per line table)."""
from lib import F, P, I, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI NGUYÊN
Trung tâm Quan trắc tài nguyên và môi trường

Kết quả đo kiểm khí thải xe mô tô, xe gắn máy năm 2023

Năm 2023, Trung tâm Quan trắc tài nguyên và môi trường tổ chức 46 buổi đo kiểm khí thải lưu động cho 11.482 lượt xe mô tô, xe gắn máy trên địa bàn 4 địa phương, đạt 114,8% kế hoạch năm. Kết quả cụ thể như sau:

Bảng: Kết quả đo kiểm theo địa bàn
Đơn vị tính: xe
Địa bàn
Số xe được đo
Số xe đạt
Tỷ lệ đạt (%)
TP. Thái Nguyên
4.916
4.388
89,3
TP. Sông Công
2.275
1.962
86,2
TP. Phổ Yên
2.630
2.341
89,0
Huyện Đồng Hỷ
1.661
1.390
83,7

Tỷ lệ xe đạt chuẩn bình quân toàn tỉnh là 87,8%, cao hơn 1,5 điểm phần trăm so với năm 2022. Trong số 1.401 xe không đạt, xe đăng ký trước năm 2005 chiếm 63,2%. Số xe không đạt chủ yếu vượt giới hạn nồng độ CO (4,5% thể tích) hoặc HC (1.200 ppm) theo QCVN 77:2014/BTNMT.

Tổng chi phí đo kiểm năm 2023 là 652 triệu đồng, bình quân khoảng 56.800 đồng/lượt xe.

Năm 2024, Trung tâm dự kiến mở rộng đo kiểm ra 9 huyện, thành phố với khoảng 15.000 lượt xe.

Chủ phương tiện cần đo kiểm, vui lòng liên hệ Phòng Quan trắc hiện trường, số 425 đường Phan Đình Phùng, TP. Thái Nguyên; điện thoại 0208.3856.247 (giờ hành chính).

Bản quyền thuộc Sở Tài nguyên và Môi trường tỉnh Thái Nguyên
Tổng số lượt truy cập: 1.204.577
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Thái Nguyên", "TP. Thái Nguyên\n", ("4.916", 4916), ("4.388", 4388), ("89,3", 89.3)),
    ("Sông Công", "TP. Sông Công\n", ("2.275", 2275), ("1.962", 1962), ("86,2", 86.2)),
    ("Phổ Yên", "TP. Phổ Yên\n", ("2.630", 2630), ("2.341", 2341), ("89,0", 89.0)),
    ("Đồng Hỷ", "Huyện Đồng Hỷ\n", ("1.661", 1661), ("1.390", 1390), ("83,7", 83.7)),
]

FIGS = [
    F("tổ chức 46 buổi", "46", 46, "count", "buổi", "buổi đo kiểm khí thải lưu động", Y23),
    F("cho 11.482 lượt", "11.482", 11482, "count", "lượt xe mô tô, xe gắn máy",
      "lượt xe mô tô, xe gắn máy được đo kiểm khí thải", Y23, percent=114.8),
    F("bàn 4 địa phương", "4", 4, "count", "địa phương", "địa phương được đo kiểm khí thải", Y23),
]
for place, label, tested, passed, rate in ROWS:
    FIGS.append(F(label + tested[0] + "\n", tested[0], tested[1], "count", "xe", "Số xe được đo", I(Y23),
                  location=place))
    FIGS.append(F("\n" + passed[0] + "\n" + rate[0], passed[0], passed[1], "count", "xe", "Số xe đạt", I(Y23),
                  location=place))
    FIGS.append(F(passed[0] + "\n" + rate[0], rate[0], rate[1], "percent", "%", "Tỷ lệ đạt", I(Y23),
                  location=place))
FIGS += [
    F("là 87,8%", "87,8", 87.8, "percent", "%", "tỷ lệ xe đạt chuẩn bình quân toàn tỉnh", I(Y23),
      change=CH("increase", 1.5, "điểm phần trăm", "năm 2022")),
    F("số 1.401 xe", "1.401", 1401, "count", "xe", "xe không đạt", I(Y23)),
    F("chiếm 63,2%", "63,2", 63.2, "percent", "%", "tỷ lệ xe đăng ký trước năm 2005 trong số xe không đạt", I(Y23)),
    F("(4,5% thể tích)", "4,5", 4.5, "percent", "%", "giới hạn nồng độ CO", optional=True),
    F("(1.200 ppm)", "1.200", 1200, "measure", "ppm", "giới hạn nồng độ HC", optional=True),
    F("là 652 triệu", "652", 652000000, "money", "đồng", "tổng chi phí đo kiểm", Y23),
    F("khoảng 56.800 đồng", "56.800", 56800, "money", "đồng/lượt xe", "chi phí đo kiểm bình quân", Y23, approx="about"),
    F("ra 9 huyện", "9", 9, "count", "huyện, thành phố", "huyện, thành phố được đo kiểm khí thải", Y24,
      status="forecast"),
    F("khoảng 15.000 lượt", "15.000", 15000, "count", "lượt xe", "lượt xe được đo kiểm khí thải", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Sở TN&MT Thái Nguyên department page (invented), no dateline: published null. Footer counter and phone are not figures.",
    "One-cell-per-line table with 'Đơn vị tính: xe' (the rate column is %): row labels are places (location); subject = column label;",
    "period from the title/lead 'năm 2023' (inherited, not scored). No total row; table cells get no total/percent attributes.",
    "'đạt 114,8% kế hoạch năm' is the percent of 11.482. Regulatory limits '(4,5% thể tích)', '(1.200 ppm)' are optional.",
    "Not figures: QCVN 77:2014/BTNMT, 'số 425', 'Bảng'. 'dự kiến' → forecast (9 huyện, 15.000 lượt).",
]

if __name__ == "__main__":
    emit("p693-7", TEXT, COMMENTS, FIGS, location="Thái Nguyên")
