from lib import *

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức | Thống kê giáo dục | Liên hệ

Quy mô trường, lớp, học sinh năm học 2024-2025

Năm học 2024-2025, thành phố Đà Nẵng có 468 cơ sở giáo dục mầm non và phổ thông với 291.430 học sinh, trẻ em. Quy mô theo từng cấp học như sau:

Cấp học
Số trường (trường)
Số lớp (lớp)
Số học sinh (em)
Tăng so với năm học trước (%)
Mầm non
232
2.846
68.120
1,8
Tiểu học
102
3.195
109.540
2,6
Trung học cơ sở
63
1.842
78.470
4,1
Trung học phổ thông
38
872
35.300
3,5

Bình quân tiểu học 34,3 học sinh/lớp, THCS 42,6 học sinh/lớp; nhiều trường tại quận Hải Châu, Thanh Khê có lớp trên 45 học sinh. Tỷ lệ huy động trẻ nhà trẻ ra lớp đạt 42,5%, trẻ mẫu giáo đạt 98,2%; 100% trẻ 5 tuổi được học 2 buổi/ngày.

Toàn ngành có 15.870 cán bộ quản lý, giáo viên, nhân viên, nhưng đang thiếu 1.120 giáo viên. Năm 2024, thành phố tuyển dụng được 680/850 giáo viên theo chỉ tiêu được giao.

Dự kiến đến năm 2025, thành phố xây mới 12 trường học với tổng vốn 1.450 tỷ đồng, tập trung ở huyện Hòa Vang và quận Liên Chiểu, nhằm giảm sĩ số lớp tại các khu dân cư đông đúc.

Địa chỉ: Tầng 7, Trung tâm Hành chính, 24 Trần Phú, Hải Châu, Đà Nẵng
Điện thoại: 0236.3822.218
Lượt truy cập: 4.512.307
"""

sy = SY(2024)
FIGS = [
    F("có 468 cơ sở", "468", 468, "count", "cơ sở giáo dục", "cơ sở giáo dục mầm non và phổ thông", sy),
    F("với 291.430 học sinh", "291.430", 291430, "count", "học sinh, trẻ em", "học sinh, trẻ em toàn thành phố", sy),
]
rows = [("Mầm non", "mầm non", ["232", "2.846", "68.120", "1,8"]),
        ("Tiểu học", "tiểu học", ["102", "3.195", "109.540", "2,6"]),
        ("Trung học cơ sở", "trung học cơ sở", ["63", "1.842", "78.470", "4,1"]),
        ("Trung học phổ thông", "trung học phổ thông", ["38", "872", "35.300", "3,5"])]
cols = [("count", "trường", "Số trường {}"), ("count", "lớp", "Số lớp {}"), ("count", "em", "Số học sinh {}"),
        ("percent", "%", "Số học sinh {} tăng so với năm học trước")]
for label, low, cells in rows:
    for i, c in enumerate(cells):
        anchor = label + "\n" + "\n".join(cells[:i + 1])
        kind, unit, subj = cols[i]
        FIGS.append(F(anchor, c, parse_num(c), kind, unit, subj.format(low), I(sy)))
FIGS += [
    F("tiểu học 34,3 học sinh/lớp", "34,3", 34.3, "measure", "học sinh/lớp", "bình quân học sinh/lớp tiểu học", I(sy)),
    F("THCS 42,6 học sinh/lớp", "42,6", 42.6, "measure", "học sinh/lớp", "bình quân học sinh/lớp THCS", I(sy)),
    F("trên 45 học sinh", "45", 45, "count", "học sinh", "lớp có trên 45 học sinh", approx="over", optional=True),
    F("đạt 42,5%", "42,5", 42.5, "percent", "%", "tỷ lệ huy động trẻ nhà trẻ ra lớp", I(sy)),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo ra lớp", I(sy)),
    F("; 100% trẻ", "100", 100, "percent", "%", "trẻ 5 tuổi được học 2 buổi/ngày", I(sy)),
    F("trẻ 5 tuổi", "5", 5, "measure", "tuổi", optional=True),
    F("học 2 buổi/ngày", "2", 2, "measure", "buổi/ngày", optional=True),
    F("có 15.870 cán bộ", "15.870", 15870, "count", "cán bộ quản lý, giáo viên, nhân viên", "cán bộ quản lý, giáo viên, nhân viên toàn ngành"),
    F("thiếu 1.120 giáo viên", "1.120", 1120, "count", "giáo viên", "giáo viên toàn ngành đang thiếu"),
    F("được 680/850 giáo viên", "680", 680, "count", "giáo viên", "giáo viên tuyển dụng được", Y(2024, "Năm 2024"),
      target=T(850, "giáo viên")),
    F("mới 12 trường học", "12", 12, "count", "trường học", "trường học xây mới", P("đến năm 2025", None, "2025-12-31"), status="forecast"),
    F("vốn 1.450 tỷ đồng", "1.450", 1450000000000, "money", "đồng", "tổng vốn xây mới trường học", P("đến năm 2025", None, "2025-12-31"),
      status="forecast"),
]

COMMENTS = [
    "Sở GD&ĐT Đà Nẵng site, no dateline (published null): quy mô trường, lớp, học sinh năm học 2024-2025; one-cell-per-line table",
    "(Cấp học | Số trường (trường) | Số lớp (lớp) | Số học sinh (em) | Tăng so với năm học trước (%)) with units in the column headers.",
    "Every cell is a figure; subject = column + row; the '%' column cells are growth rates as the claim (percent, no change).",
    "Headers state no period: table cells inherit the title/lead school year. School year = 2024-09-01..2025-05-31 (chosen convention).",
    "Not figures: 'Tầng 7', '24 Trần Phú', phone, 'Lượt truy cập: 4.512.307' (page furniture). Optional: the threshold 'lớp trên 45 học sinh',",
    "the age class 'trẻ 5 tuổi' and the schedule label 'học 2 buổi/ngày'.",
    "'680/850 giáo viên theo chỉ tiêu được giao' → target 850 (spec: result against plan). 'Dự kiến đến năm 2025' → forecast for 12 and 1.450 tỷ.",
    "Hải Châu/Thanh Khê (threshold sentence) and Hòa Vang/Liên Chiểu (where the forecast schools go) do not make the figures district figures.",
]

emit("p519-7", TEXT, COMMENTS, FIGS, published=None, location="Đà Nẵng")
