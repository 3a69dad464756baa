"""p483-7: department site (Chi cục CN&TY Bắc Giang), no dateline, one-cell-per-line table of avian flu vaccination."""
from lib import F, P, I, CH, TG, emit

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH BẮC GIANG
Trang chủ / Hoạt động chuyên môn / Phòng chống dịch bệnh

Kết quả tiêm phòng vắc xin cúm gia cầm năm 2023 và kế hoạch năm 2024

Năm 2023, toàn tỉnh tiêm được 9,86 triệu liều vắc xin cúm gia cầm, đạt 102,4% kế hoạch, tăng 8,7% so với năm 2022. Kết quả tại 4 huyện trọng điểm chăn nuôi gia cầm như sau:

Bảng: Kết quả tiêm phòng cúm gia cầm tại các huyện trọng điểm
Đơn vị tính: nghìn liều
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Lục Ngạn
1.520,4
1.684,2
1.750
Yên Thế
2.105,8
2.236,5
2.300
Lạng Giang
1.318,6
1.402,0
1.450
Tân Yên
987,3
1.046,7
1.100

Cũng trong năm 2023, Chi cục đã lấy 1.240 mẫu giám sát lưu hành vi rút cúm tại 15 chợ buôn bán gia cầm sống, trong đó 37 mẫu dương tính với vi rút cúm A/H5 (chiếm 2,98%). Đặc biệt, tại huyện Yên Thế, tỷ lệ mẫu dương tính lên tới 6,4%.

Năm 2024, tỉnh dự kiến tiêm khoảng 10,5 triệu liều vắc xin cúm gia cầm, ngân sách hỗ trợ 50% giá vắc xin cho các hộ chăn nuôi dưới 2.000 con; mức hỗ trợ tối đa 400 đồng/liều.

Các tổ chức, cá nhân chăn nuôi gia cầm liên hệ Trạm Chăn nuôi và Thú y các huyện, thành phố để đăng ký tiêm phòng.

Chi cục Chăn nuôi và Thú y tỉnh Bắc Giang
Địa chỉ: số 12 đường Hùng Vương, TP Bắc Giang | ĐT: 0204.3854.226
Tổng lượt truy cập: 1.208.554
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

TABLE = [
    ("Lục Ngạn", ("Lục Ngạn\n1.520,4", "1.520,4", 1520.4), ("1.684,2", "1.684,2", 1684.2), ("1.750", "1.750", 1750)),
    ("Yên Thế", ("Yên Thế\n2.105,8", "2.105,8", 2105.8), ("2.236,5", "2.236,5", 2236.5), ("2.300", "2.300", 2300)),
    ("Lạng Giang", ("1.318,6", "1.318,6", 1318.6), ("1.402,0", "1.402,0", 1402.0), ("1.450", "1.450", 1450)),
    ("Tân Yên", ("987,3", "987,3", 987.3), ("1.046,7", "1.046,7", 1046.7), ("1.100", "1.100", 1100)),
]

FIGS = [
    F("tiêm được 9,86 triệu liều", "9,86", 9860000, "count", "liều", "vắc xin cúm gia cầm đã tiêm", Y23,
      percent=102.4, change=CH("increase", 8.7, "%", "năm 2022")),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện trọng điểm chăn nuôi gia cầm"),
]
for place, c22, c23, k24 in TABLE:
    FIGS += [
        F(c22[0], c22[1], round(c22[2] * 1000), "count", "liều", "vắc xin cúm gia cầm tiêm phòng năm 2022", Y22,
          location=place),
        F(c23[0], c23[1], round(c23[2] * 1000), "count", "liều", "vắc xin cúm gia cầm tiêm phòng năm 2023", Y23,
          location=place),
        F(k24[0], k24[1], round(k24[2] * 1000), "count", "liều", "vắc xin cúm gia cầm tiêm phòng kế hoạch 2024", K24,
          location=place, status="target"),
    ]
FIGS += [
    F("lấy 1.240 mẫu", "1.240", 1240, "count", "mẫu", "mẫu giám sát lưu hành vi rút cúm", Y23),
    F("tại 15 chợ", "15", 15, "count", "chợ", "chợ buôn bán gia cầm sống được lấy mẫu", Y23),
    F("trong đó 37 mẫu", "37", 37, "count", "mẫu", "mẫu dương tính với vi rút cúm A/H5", Y23, total=1240,
      percent=2.98),
    F("lên tới 6,4%", "6,4", 6.4, "percent", "%", "tỷ lệ mẫu dương tính", I(Y23), location="Yên Thế"),
    F("khoảng 10,5 triệu liều", "10,5", 10500000, "count", "liều", "vắc xin cúm gia cầm dự kiến tiêm", Y24,
      approx="about", status="forecast"),
    F("hỗ trợ 50% giá", "50", 50, "percent", "%", "ngân sách hỗ trợ giá vắc xin cho các hộ chăn nuôi dưới 2.000 con",
      Y24, status="forecast"),
    F("dưới 2.000 con", "2.000", 2000, "count", "con", "quy mô hộ chăn nuôi được hỗ trợ", approx="under",
      optional=True),
    F("tối đa 400 đồng/liều", "400", 400, "money", "đồng/liều", "mức hỗ trợ vắc xin cúm gia cầm", Y24,
      approx="at_most", status="forecast"),
]

COMMENTS = [
    "Chi cục Chăn nuôi và Thú y tỉnh Bắc Giang (department site), no dateline: published null. Footer counter is not a figure.",
    "One-cell-per-line table under 'Đơn vị tính: nghìn liều' (x1000): columns Năm 2022 | Năm 2023 | Kế hoạch 2024, periods",
    "from the headers (scored, as in h23), 'Kế hoạch 2024' -> target; district row labels are locations.",
    "'trong đó 37 mẫu ... (chiếm 2,98%)' is a part of 1.240 samples (total) with its share (percent).",
    "'dự kiến' governs the 2024 sentence and its continuing clauses (50%, 400 đồng/liều -> forecast). Threshold 'dưới 2.000 con' optional.",
    "Not figures: A/H5, phone 0204.3854.226, 'số 12 đường Hùng Vương', 'Tổng lượt truy cập: 1.208.554'.",
]

if __name__ == "__main__":
    emit("p483-7", TEXT, COMMENTS, FIGS, published=None, default_location="Bắc Giang")
