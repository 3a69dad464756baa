from lib import *

TEXT = """
Cao Bằng: Homestay "cất cánh" cùng Công viên địa chất toàn cầu

(CBĐT) - Quý III/2024, Cao Bằng đón 1,05 triệu lượt khách, tăng 9,8% so với quý III/2023. Từ đầu năm đến nay, tổng lượt khách đạt 2,76 triệu lượt, bằng 82% kế hoạch năm, trong đó khách lưu trú tại homestay đạt 214.000 lượt. Tổng thu từ du lịch ước đạt 1,12 nghìn tỷ đồng.

Tính đến 30/9, toàn tỉnh có 143 homestay, tập trung chủ yếu ở các huyện Trùng Khánh (41 cơ sở), Hà Quảng (29 cơ sở), Nguyên Bình (18 cơ sở) và Bảo Lạc (12 cơ sở). Thực hiện Quyết định số 1038/QĐ-UBND, UBND tỉnh đã công nhận 12 điểm du lịch cộng đồng, trong đó có 3 điểm được công nhận trong quý III.

Tại làng đá Khuổi Ky (xã Đàm Thủy, huyện Trùng Khánh), cách thác Bản Giốc khoảng 5 km, 17/17 hộ tham gia làm homestay; mỗi hộ thu từ 80-150 triệu đồng/năm. Trong 9 tháng, Sở Văn hóa, Thể thao và Du lịch phối hợp với Tổ chức Hợp tác quốc tế Nhật Bản (JICA) mở 6 khóa đào tạo về quản lý homestay, hướng dẫn viên bản địa cho 240 người.

Theo bình chọn của Booking.com, Cao Bằng đứng thứ 5 trong 10 điểm đến hiếu khách nhất Việt Nam năm 2024. Kế hoạch năm 2024, tỉnh phấn đấu đón 3,35 triệu lượt khách, tổng thu từ du lịch đạt 1,5 nghìn tỷ đồng; dự kiến đến năm 2025 có 200 homestay. Du khách cần hỗ trợ xin liên hệ Trung tâm Thông tin và Xúc tiến du lịch, số 033 phố Kim Đồng, thành phố Cao Bằng.
"""

q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
ytd = P("Từ đầu năm đến nay", "2024-01-01", None)
ytdi = P("Từ đầu năm đến nay", "2024-01-01", None, inh=True)
s30 = P("Tính đến 30/9", None, "2024-09-30")
s30i = P("Tính đến 30/9", None, "2024-09-30", inh=True)
m9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("đón 1,05 triệu", "1,05", 1050000, "count", "lượt khách", "lượt khách", q3,
      change={"direction": "increase", "value": 9.8, "unit": "%", "baseline": "quý III/2023"}),
    F("đạt 2,76 triệu lượt", "2,76", 2760000, "count", "lượt", "tổng lượt khách", ytd, percent=82),
    F("đạt 214.000 lượt", "214.000", 214000, "count", "lượt", "khách lưu trú tại homestay", ytd, total=2760000),
    F("ước đạt 1,12 nghìn tỷ", "1,12", 1120000000000, "money", "đồng", "tổng thu từ du lịch", ytdi, status="estimate"),
    F("có 143 homestay", "143", 143, "count", "homestay", "homestay", s30),
    F("Trùng Khánh (41 cơ sở)", "41", 41, "count", "cơ sở", "homestay", s30, location="Trùng Khánh"),
    F("Hà Quảng (29 cơ sở)", "29", 29, "count", "cơ sở", "homestay", s30, location="Hà Quảng"),
    F("Nguyên Bình (18 cơ sở)", "18", 18, "count", "cơ sở", "homestay", s30, location="Nguyên Bình"),
    F("Bảo Lạc (12 cơ sở)", "12", 12, "count", "cơ sở", "homestay", s30, location="Bảo Lạc"),
    F("công nhận 12 điểm", "12", 12, "count", "điểm du lịch cộng đồng", "điểm du lịch cộng đồng được công nhận", s30i),
    F("có 3 điểm", "3", 3, "count", "điểm", "điểm du lịch cộng đồng được công nhận",
      P("trong quý III", "2024-07-01", "2024-09-30")),
    F("khoảng 5 km", "5", 5, "measure", "km", "khoảng cách từ làng đá Khuổi Ky đến thác Bản Giốc", approx="about",
      location="Trùng Khánh", optional=True),
    F("17/17 hộ", "17", 17, "count", "hộ", "hộ tham gia làm homestay", total=17, location="Trùng Khánh"),
    F("từ 80-150 triệu", "80", 80000000, "money", "đồng/năm", "thu nhập mỗi hộ làm homestay", value_max=150000000,
      location="Trùng Khánh"),
    F("mở 6 khóa", "6", 6, "count", "khóa đào tạo", "khóa đào tạo về quản lý homestay, hướng dẫn viên bản địa", m9),
    F("cho 240 người", "240", 240, "count", "người", "người được đào tạo", m9),
    F("đứng thứ 5", "5", 5, "rank", "hạng", "điểm đến hiếu khách nhất Việt Nam", Y(2024), total=10),
    F("đón 3,35 triệu", "3,35", 3350000, "count", "lượt khách", "lượt khách", Y(2024), status="target"),
    F("đạt 1,5 nghìn tỷ", "1,5", 1500000000000, "money", "đồng", "tổng thu từ du lịch", Y(2024), status="target"),
    F("có 200 homestay", "200", 200, "count", "homestay", "homestay", P("đến năm 2025", None, "2025-12-31"),
      status="forecast"),
]

COMMENTS = [
    "Báo Cao Bằng (CBĐT tag, provincial Party paper): homestays and community tourism Q3/2024. No dateline anywhere: published null.",
    "'Từ đầu năm đến nay' with no published date: start 2024-01-01 (year of the nearest earlier period 'Quý III/2024'), end null (FIGURES.md).",
    "'Tính đến 30/9', 'trong quý III', 'Trong 9 tháng' have no year: 2024 from 'Quý III/2024'. 'bằng 82% kế hoạch năm' = percent of 2,76 triệu.",
    "214.000 (trong đó) is part of 2,76 triệu. 3 điểm (in quý III) gets no total: flow vs the cumulative 12 (different period); the 12 inherits 'Tính đến 30/9' from its paragraph.",
    "Distractors: 'Quyết định số 1038/QĐ-UBND', 'số 033 phố Kim Đồng', 'quý III/2023' (baseline), 'năm 2025'. 'khoảng 5 km' optional (geography).",
    "'17/17 hộ': total 17. 'đứng thứ 5 trong 10 điểm đến': rank 5 with total 10. Khuổi Ky figures: location Trùng Khánh (its district).",
    "'Kế hoạch năm 2024, tỉnh phấn đấu …' targets; 'dự kiến đến năm 2025 có 200 homestay' forecast.",
]

write("p466-8", TEXT, FIGS, COMMENTS, published=None, location="Cao Bằng")
