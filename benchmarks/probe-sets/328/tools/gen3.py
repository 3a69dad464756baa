from lib import F, P, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC THÚ Y

Hưởng ứng Ngày Thế giới phòng, chống bệnh Dại lần thứ 18: Tiêm phòng cho chó, mèo là giải pháp then chốt

Theo Cục Thú y, cả nước hiện có khoảng 6,5 triệu con chó và hơn 4,2 triệu con mèo, phần lớn được nuôi thả rông. Năm 2023, tổng số chó, mèo được tiêm phòng dại đạt 3,9 triệu con, chiếm khoảng 36% tổng đàn; chỉ có 18/63 tỉnh, thành phố đạt tỷ lệ tiêm phòng trên 70%.

Cũng trong năm 2023, cả nước ghi nhận 82 ca tử vong do bệnh dại tại 32 tỉnh, thành phố, giảm 9 ca so với năm 2022. Các tỉnh có số ca tử vong cao là Gia Lai (9 ca), Nghệ An (7 ca), Phú Thọ (6 ca), Bình Phước (5 ca). Mỗi năm có khoảng 500.000 người phải điều trị dự phòng sau khi bị chó, mèo cắn, với chi phí ước tính hơn 1.000 tỷ đồng.

Trong 8 tháng đầu năm 2024, các địa phương đã bố trí khoảng 125 tỷ đồng mua khoảng 4,1 triệu liều vắc xin dại cho chó, mèo.

Theo Chương trình quốc gia phòng, chống bệnh Dại giai đoạn 2022-2030 ban hành kèm theo Quyết định số 1622/QĐ-TTg ngày 25/12/2022 của Thủ tướng Chính phủ, mục tiêu đến năm 2025 có trên 70% tổng đàn chó, mèo được tiêm phòng. Đến năm 2030, giảm 50% số ca tử vong do bệnh dại so với giai đoạn 2016-2021 và xây dựng được 2.000 vùng an toàn dịch bệnh dại.

Cục Thú y đề nghị UBND các tỉnh, thành phố chỉ đạo thống kê 100% hộ nuôi chó, mèo; xử lý nghiêm việc nuôi chó thả rông theo Nghị định số 90/2017/NĐ-CP; thông báo ổ dịch về Cục qua số điện thoại 024.3869.6788 hoặc địa chỉ số 15 ngõ 78 đường Giải Phóng, Hà Nội.

Phòng Dịch tễ thú y
"""

LOC = "Việt Nam"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y23bi = P("trong năm 2023", "2023-01-01", "2023-12-31", inh=True)
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("Đến năm 2030", None, "2030-12-31")
DEATH = "ca tử vong do bệnh dại"

FIGS = [
    F("lần thứ 18", "18", 18, "count", "lần", optional=True),
    F("khoảng 6,5 triệu con", "6,5", 6500000, "count", "con", "chó", approx="about"),
    F("hơn 4,2 triệu con", "4,2", 4200000, "count", "con", "mèo", approx="over"),
    F("đạt 3,9 triệu con", "3,9", 3900000, "count", "con", "chó, mèo được tiêm phòng dại", Y23, percent=36),
    F("18/63 tỉnh", "18", 18, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt tỷ lệ tiêm phòng trên 70%", Y23i, total=63),
    F("phòng trên 70%.", "70", 70, "percent", "%", "tỷ lệ tiêm phòng", Y23i, approx="over", optional=True),
    F("ghi nhận 82 ca", "82", 82, "count", "ca", DEATH, Y23b,
      change={"direction": "decrease", "value": 9, "unit": "ca", "baseline": "năm 2022"}),
    F("tại 32 tỉnh", "32", 32, "count", "tỉnh, thành phố", "tỉnh, thành phố có ca tử vong do bệnh dại", Y23b),
    F("Gia Lai (9 ca)", "9", 9, "count", "ca", DEATH, Y23bi, loc="Gia Lai"),
    F("Nghệ An (7 ca)", "7", 7, "count", "ca", DEATH, Y23bi, loc="Nghệ An"),
    F("Phú Thọ (6 ca)", "6", 6, "count", "ca", DEATH, Y23bi, loc="Phú Thọ"),
    F("Bình Phước (5 ca)", "5", 5, "count", "ca", DEATH, Y23bi, loc="Bình Phước"),
    F("khoảng 500.000 người", "500.000", 500000, "count", "người", "người phải điều trị dự phòng sau khi bị chó, mèo cắn",
      approx="about"),
    F("hơn 1.000 tỷ đồng", "1.000", 1000000000000, "money", "đồng", "chi phí điều trị dự phòng", approx="over",
      status="estimate"),
    F("khoảng 125 tỷ đồng", "125", 125000000000, "money", "đồng", "kinh phí mua vắc xin dại cho chó, mèo", M8,
      approx="about"),
    F("khoảng 4,1 triệu liều", "4,1", 4100000, "count", "liều", "liều vắc xin dại cho chó, mèo", M8, approx="about"),
    F("có trên 70% tổng đàn", "70", 70, "percent", "%", "tổng đàn chó, mèo được tiêm phòng", T25, approx="over",
      status="target"),
    F("giảm 50% số ca", "50", 50, "percent", "%", "giảm số ca tử vong do bệnh dại", T30, status="target"),
    F("được 2.000 vùng", "2.000", 2000, "count", "vùng", "vùng an toàn dịch bệnh dại", T30, status="target"),
    F("thống kê 100% hộ", "100", 100, "percent", "%", "hộ nuôi chó, mèo được thống kê", optional=True),
]

COMMENTS = [
    "Ministry site (Cục Thú y, Bộ NN&PTNT): national rabies situation 2023 and programme targets. No dateline anywhere: published null.",
    "Location Việt Nam for national figures; provinces in the death list get their own location. The Cục's address '… Hà Nội' is a distractor.",
    "'chiếm khoảng 36%' is the percent of 3,9 triệu (its approx belongs to the share, not to the count). '18/63' total 63.",
    "'trên 70%' inside the definition of the 18 provinces is a threshold: optional. 'lần thứ 18' (edition) optional.",
    "'Mỗi năm' is no period: 500.000 người and 1.000 tỷ đồng have none; 'ước tính hơn' gives estimate + over.",
    "'giảm 50% số ca …' is a target rate standing as the claim: percent figure, status target, no change object.",
    "'thống kê 100% hộ …' is an instruction (đề nghị … chỉ đạo), optional. Distractors: QĐ 1622/QĐ-TTg ngày 25/12/2022, NĐ 90/2017/NĐ-CP, giai đoạn 2016-2021/2022-2030, phone, address.",
]

emit(3, COMMENTS, TEXT, FIGS, published=None, default_loc=LOC)
