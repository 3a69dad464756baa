from lib import F, P, I, ch, tg, build

A = """BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH THANH HÓA
Giáo dục - Đào tạo

Thanh Hóa: 99,37% thí sinh đỗ tốt nghiệp THPT

(BTH) - Năm 2024, Thanh Hóa có 43.317 thí sinh dự thi tốt nghiệp THPT, đông thứ 3 cả nước sau Hà Nội và TP Hồ Chí Minh. Kết quả, 43.043 thí sinh đỗ tốt nghiệp, đạt tỷ lệ 99,37%.

Điểm trung bình các môn thi của tỉnh đạt 6,94 điểm, cao hơn mức bình quân cả nước 0,23 điểm, xếp thứ 14/63 tỉnh, thành phố. Tỷ lệ tốt nghiệp tại 11 huyện miền núi dao động từ 97,85% đến 99,12%, thấp nhất là huyện Mường Lát.

Trường THPT chuyên Lam Sơn tiếp tục có điểm trung bình cao nhất tỉnh với 8,12 điểm; có 412/415 học sinh của trường đạt tổng điểm khối A00 hoặc D01 từ 24 điểm trở lên. Các trường THPT Hàm Rồng, Đào Duy Từ, Lê Lợi cũng đạt điểm trung bình trên 7,5 điểm.

Giai đoạn 2020-2024, tỷ lệ tốt nghiệp THPT của tỉnh luôn duy trì trên 98,5%. Ước có khoảng 31.000 thí sinh, chiếm hơn 71% tổng số thí sinh dự thi, sử dụng kết quả thi để xét tuyển đại học, cao đẳng năm nay.

Tại lễ tuyên dương chiều 18/7 ở Cung Văn hóa thiếu nhi (số 1 đường Lê Hoàn, TP Thanh Hóa), Quỹ Khuyến học tỉnh trao thưởng tổng cộng 1,25 tỷ đồng cho 250 học sinh có thành tích cao, mức thưởng từ 3 đến 10 triệu đồng mỗi em.

Theo kế hoạch, năm 2025 tỉnh phấn đấu đưa điểm trung bình các môn thi lên 7,0 điểm và nằm trong nhóm 10 tỉnh dẫn đầu cả nước về điểm thi tốt nghiệp THPT.

Lê Hoa

19/7/2024
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = I(Y)

figs = [
    F("Thanh Hóa: 99,37%", "99,37", 99.37, "percent", "%", "thí sinh đỗ tốt nghiệp THPT"),
    F("có 43.317 thí sinh", "43.317", 43317, "count", "thí sinh", "thí sinh dự thi tốt nghiệp THPT", period=Y),
    F("đông thứ 3 cả nước", "3", 3, "rank", "hạng", "số thí sinh dự thi tốt nghiệp THPT", period=Y),
    F("quả, 43.043 thí sinh", "43.043", 43043, "count", "thí sinh", "thí sinh đỗ tốt nghiệp", percent=99.37, period=Yi),
    F("đạt 6,94 điểm", "6,94", 6.94, "measure", "điểm", "điểm trung bình các môn thi của tỉnh",
      change=ch("increase", 0.23, "điểm", "mức bình quân cả nước"), period=Yi),
    F("xếp thứ 14/63", "14", 14, "rank", "hạng", "điểm trung bình các môn thi của tỉnh", total=63, period=Yi),
    F("tại 11 huyện miền núi", "11", 11, "count", "huyện", "huyện miền núi", optional=True),
    F("từ 97,85% đến 99,12%", "97,85", 97.85, "percent", "%", "tỷ lệ tốt nghiệp tại các huyện miền núi",
      value_max=99.12, period=Yi),
    F("với 8,12 điểm", "8,12", 8.12, "measure", "điểm", "điểm trung bình Trường THPT chuyên Lam Sơn", period=Yi),
    F("có 412/415 học sinh", "412", 412, "count", "học sinh", "học sinh đạt tổng điểm khối A00 hoặc D01 từ 24 điểm trở lên",
      total=415, period=Yi),
    F("từ 24 điểm trở lên", "24", 24, "measure", "điểm", "ngưỡng tổng điểm", approx="at_least", optional=True),
    F("trên 7,5 điểm", "7,5", 7.5, "measure", "điểm", "điểm trung bình các trường THPT Hàm Rồng, Đào Duy Từ, Lê Lợi",
      approx="over", period=Yi),
    F("duy trì trên 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ tốt nghiệp THPT của tỉnh", approx="over",
      period=P("Giai đoạn 2020-2024", "2020-01-01", "2024-12-31")),
    F("khoảng 31.000 thí sinh", "31.000", 31000, "count", "thí sinh",
      "thí sinh sử dụng kết quả thi để xét tuyển đại học, cao đẳng", approx="about", percent=71, status="estimate",
      period=P("năm nay", "2024-01-01", "2024-12-31")),
    F("tổng cộng 1,25 tỷ đồng", "1,25", 1250000000, "money", "đồng", "tiền thưởng Quỹ Khuyến học tỉnh trao"),
    F("cho 250 học sinh", "250", 250, "count", "học sinh", "học sinh có thành tích cao được thưởng"),
    F("từ 3 đến 10 triệu đồng", "3", 3000000, "money", "đồng", "mức thưởng mỗi em", value_max=10000000),
    F("lên 7,0 điểm", "7,0", 7.0, "measure", "điểm", "điểm trung bình các môn thi", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("nhóm 10 tỉnh", "10", 10, "count", "tỉnh", "nhóm tỉnh dẫn đầu", status="target", optional=True),
]

build(5, [
    "Party newspaper (Báo Thanh Hóa), '(BTH) -' lead, byline and a bare date '19/7/2024' at the end (the article's date).",
    "'43.043 thí sinh đỗ tốt nghiệp, đạt tỷ lệ 99,37%' -> the share is the count's percent, not a figure of its own; the title's 99,37% is a figure.",
    "'cao hơn mức bình quân cả nước 0,23 điểm' -> change of 6,94 with that baseline. '11 huyện miền núi' structure count optional; range 97,85-99,12.",
    "'412/415 học sinh' total 415; thresholds 'từ 24 điểm trở lên' optional; 'trên 7,5 điểm' for three schools is one figure (location Thanh Hóa).",
    "'Ước có khoảng 31.000 ..., chiếm hơn 71%' estimate with percent. '1,25 tỷ đồng', '250 học sinh', range 'từ 3 đến 10 triệu đồng' (undated, no period).",
    "'Theo kế hoạch, năm 2025 ... phấn đấu ... 7,0 điểm' target; 'nhóm 10 tỉnh' label optional. Distractors: 'số 1 đường Lê Hoàn', 'chiều 18/7', 'khối A00/D01'.",
], A, figs, published="2024-07-19", location="Thanh Hóa")
