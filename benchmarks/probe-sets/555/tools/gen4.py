from lib import *

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ » Tin tức » Tin tổng hợp

Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2024: 2.806 thí sinh đoạt giải

Ngày đăng: 09/02/2024 | Lượt xem: 12.385

Bộ Giáo dục và Đào tạo vừa công bố kết quả kỳ thi chọn học sinh giỏi quốc gia THPT năm 2024. Kỳ thi có 6.314 thí sinh dự thi 13 môn; có 2.806 thí sinh đoạt giải, chiếm 44,44% tổng số thí sinh dự thi, tăng 1,6% so với năm 2023.

Trong số thí sinh đoạt giải có 144 giải Nhất, 698 giải Nhì, 1.009 giải Ba và 955 giải Khuyến khích.

Hà Nội tiếp tục dẫn đầu cả nước với 159 thí sinh đoạt giải; tiếp theo là Nghệ An (108), Vĩnh Phúc (102), Hà Tĩnh (96) và Hải Phòng (91). Trường Đại học Sư phạm Hà Nội là đơn vị có tỷ lệ thí sinh đoạt giải cao nhất với 92,31%.

Môn Tin học có tỷ lệ đoạt giải thấp nhất, khoảng 37%; môn Tiếng Nhật cao nhất, hơn 60%. Ở môn Toán, điểm của thí sinh dao động từ 5,5 đến 36,25 điểm trên thang 40 điểm; ngưỡng điểm xét giải Nhất là 28 điểm.

Theo Quy chế thi ban hành kèm Thông tư số 17/2023/TT-BGDĐT, số lượng giải không quá 60% tổng số thí sinh dự thi.

Vòng thi chọn đội tuyển Olympic quốc tế năm 2024 dự kiến có khoảng 52 thí sinh tham gia, tổ chức trong hai ngày 23 và 24/3/2024.

Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4795
"""

Y = YEAR(2024)
IY = INH(Y)
FIGS = [
    F("2.806 thí sinh đoạt giải\n", "2.806", 2806, "count", "thí sinh",
      "thí sinh đoạt giải kỳ thi chọn học sinh giỏi quốc gia THPT", Y),
    F("có 6.314 thí sinh", "6.314", 6314, "count", "thí sinh", "thí sinh dự thi", IY),
    F("13 môn", "13", 13, "count", "môn", "môn thi", IY),
    F("có 2.806 thí sinh", "2.806", 2806, "count", "thí sinh", "thí sinh đoạt giải", IY,
      percent=44.44, change=CH("increase", 1.6, "%", "năm 2023")),
    F("144 giải Nhất", "144", 144, "count", "giải Nhất", "giải Nhất", IY, total=2806),
    F("698 giải Nhì", "698", 698, "count", "giải Nhì", "giải Nhì", IY, total=2806),
    F("1.009 giải Ba", "1.009", 1009, "count", "giải Ba", "giải Ba", IY, total=2806),
    F("955 giải Khuyến khích", "955", 955, "count", "giải Khuyến khích", "giải Khuyến khích", IY, total=2806),
    F("với 159 thí sinh", "159", 159, "count", "thí sinh", "thí sinh đoạt giải", IY, location="Hà Nội"),
    F("Nghệ An (108)", "108", 108, "count", "thí sinh", "thí sinh đoạt giải", IY, location="Nghệ An"),
    F("Vĩnh Phúc (102)", "102", 102, "count", "thí sinh", "thí sinh đoạt giải", IY, location="Vĩnh Phúc"),
    F("Hà Tĩnh (96)", "96", 96, "count", "thí sinh", "thí sinh đoạt giải", IY, location="Hà Tĩnh"),
    F("Hải Phòng (91)", "91", 91, "count", "thí sinh", "thí sinh đoạt giải", IY, location="Hải Phòng"),
    F("với 92,31%", "92,31", 92.31, "percent", "%",
      "tỷ lệ thí sinh đoạt giải của Trường Đại học Sư phạm Hà Nội", IY, location="Hà Nội"),
    F("khoảng 37%", "37", 37, "percent", "%", "tỷ lệ đoạt giải môn Tin học", IY, approx="about"),
    F("hơn 60%", "60", 60, "percent", "%", "tỷ lệ đoạt giải môn Tiếng Nhật", IY, approx="over"),
    F("từ 5,5 đến 36,25 điểm", "5,5", 5.5, "measure", "điểm", "điểm của thí sinh môn Toán", IY,
      value_max=36.25),
    F("thang 40 điểm", "40", 40, "measure", "điểm", optional=True),
    F("là 28 điểm", "28", 28, "measure", "điểm", "ngưỡng điểm xét giải Nhất môn Toán", IY),
    F("không quá 60%", "60", 60, "percent", "%", "số lượng giải so với tổng số thí sinh dự thi",
      approx="at_most"),
    F("khoảng 52 thí sinh", "52", 52, "count", "thí sinh", "thí sinh tham gia vòng thi chọn đội tuyển Olympic quốc tế",
      Y, approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ GD&ĐT), 'Ngày đăng: 09/02/2024 | Lượt xem: 12.385': kết quả thi chọn học sinh giỏi quốc gia THPT năm 2024.",
    "National article: location Việt Nam, provinces in the list go to location; the university (Trường ĐHSP Hà Nội) takes Hà Nội (as h21).",
    "'chiếm 44,44% tổng số thí sinh dự thi' is the percent of 2.806; no part-of cue ties 2.806 to 6.314, so no total.",
    "'Trong số thí sinh đoạt giải có …' after a sentence break: the prize counts add up to 2.806 (total).",
    "'trên thang 40 điểm' (scale) is optional; 'không quá 60%' (cap in the rules) is at_most. 'hai ngày 23 và 24/3/2024' is a",
    "duration/date, not a figure. Distractors: Thông tư số 17/2023/TT-BGDĐT, Lượt xem, '35 Đại Cồ Việt', phone.",
]

if __name__ == "__main__":
    emit("p555-4", TEXT, COMMENTS, FIGS, published="2024-02-09", location="Việt Nam")
