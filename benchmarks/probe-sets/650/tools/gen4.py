"""p650-4: ministry site (Bộ Y tế) — national rabies deaths 8 months 2024, PEP, dog vaccination rate, programme targets, vaccine prices."""
from lib import F, P, I, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Tin tổng hợp

8 tháng năm 2024, cả nước có 61 ca tử vong do bệnh dại

27/09/2024 14:30

Nhân Ngày Thế giới phòng chống bệnh dại lần thứ 18 (28/9), Cục Y tế dự phòng, Bộ Y tế cho biết trong 8 tháng năm 2024, cả nước ghi nhận 61 trường hợp tử vong do bệnh dại tại 24 tỉnh, thành phố, tăng 5 trường hợp so với cùng kỳ năm 2023. Các địa phương có nhiều ca tử vong là Gia Lai (8 ca), Đắk Lắk (6 ca), Nghệ An (5 ca) và Phú Thọ (4 ca).

Năm 2023, cả nước có 82 ca tử vong do bệnh dại và hơn 500.000 người phải tiêm vắc xin phòng dại sau phơi nhiễm; chi phí tiêm phòng ước khoảng 1.000 tỷ đồng. Đa số người tử vong không tiêm vắc xin, chỉ khoảng 5% có tiêm nhưng không đủ liều.

Theo Cục Thú y, cả nước hiện có khoảng 7,2 triệu con chó và gần 3,5 triệu con mèo, nhưng tỷ lệ tiêm phòng dại chỉ đạt 35-40%. Tỷ lệ này tại Gia Lai và Đắk Lắk lần lượt là 52% và 38%.

Chương trình quốc gia phòng, chống bệnh dại giai đoạn 2022-2030 (Quyết định số 1622/QĐ-TTg) đặt mục tiêu đến năm 2025 giảm 30% số ca tử vong do bệnh dại và đến năm 2030 có trên 70% số chó nuôi được tiêm phòng.

Hiện vắc xin dại cho người do 3 nhà sản xuất cung ứng; giá mỗi liều tại cơ sở dịch vụ từ 250.000 đến 350.000 đồng, một phác đồ đủ liều tốn khoảng 1-1,4 triệu đồng. Bộ Y tế khuyến cáo khi bị chó, mèo cắn cần rửa vết thương bằng xà phòng ít nhất 15 phút và đến ngay cơ sở y tế. Đường dây nóng: 1900 9095.
"""

M8 = P("trong 8 tháng năm 2024", "2024-01-01", "2024-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
DEATH = "ca tử vong do bệnh dại"

FIGS = [
    F("cả nước có 61 ca", "61", 61, "count", "ca", DEATH, P("8 tháng năm 2024", "2024-01-01", "2024-08-31")),
    F("ghi nhận 61 trường hợp", "61", 61, "count", "trường hợp", "trường hợp tử vong do bệnh dại", M8,
      change=CH("increase", 5, "trường hợp", "cùng kỳ năm 2023")),
    F("tại 24 tỉnh, thành phố", "24", 24, "count", "tỉnh, thành phố", "tỉnh, thành phố có trường hợp tử vong do bệnh dại", M8),
    F("Gia Lai (8 ca)", "8", 8, "count", "ca", DEATH, I(M8), location="Gia Lai"),
    F("Đắk Lắk (6 ca)", "6", 6, "count", "ca", DEATH, I(M8), location="Đắk Lắk"),
    F("Nghệ An (5 ca)", "5", 5, "count", "ca", DEATH, I(M8), location="Nghệ An"),
    F("Phú Thọ (4 ca)", "4", 4, "count", "ca", DEATH, I(M8), location="Phú Thọ"),
    F("có 82 ca", "82", 82, "count", "ca", DEATH, Y23),
    F("hơn 500.000 người", "500.000", 500000, "count", "người", "người phải tiêm vắc xin phòng dại sau phơi nhiễm", Y23,
      approx="over"),
    F("khoảng 1.000 tỷ đồng", "1.000", 1e12, "money", "đồng", "chi phí tiêm phòng", Y23, approx="about", status="estimate"),
    F("khoảng 5%", "5", 5, "percent", "%", "người tử vong có tiêm nhưng không đủ liều", I(Y23), approx="about"),
    F("khoảng 7,2 triệu con", "7,2", 7.2e6, "count", "con", "chó", approx="about"),
    F("gần 3,5 triệu con", "3,5", 3.5e6, "count", "con", "mèo", approx="nearly"),
    F("35-40%", "35", 35, "percent", "%", "tỷ lệ tiêm phòng dại", value_max=40),
    F("là 52%", "52", 52, "percent", "%", "tỷ lệ tiêm phòng dại", location="Gia Lai"),
    F("và 38%", "38", 38, "percent", "%", "tỷ lệ tiêm phòng dại", location="Đắk Lắk"),
    F("giảm 30%", "30", 30, "percent", "%", "mức giảm số ca tử vong do bệnh dại", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("trên 70%", "70", 70, "percent", "%", "số chó nuôi được tiêm phòng", P("đến năm 2030", None, "2030-12-31"),
      approx="over", status="target"),
    F("3 nhà sản xuất", "3", 3, "count", "nhà sản xuất", "nhà sản xuất cung ứng vắc xin dại cho người"),
    F("từ 250.000 đến 350.000 đồng", "250.000", 250000, "money", "đồng", "giá mỗi liều vắc xin dại tại cơ sở dịch vụ",
      value_max=350000),
    F("khoảng 1-1,4 triệu", "1", 1e6, "money", "đồng", "chi phí một phác đồ đủ liều", value_max=1.4e6, approx="about"),
    F("ít nhất 15 phút", "15", 15, "measure", "phút", "thời gian rửa vết thương bằng xà phòng", approx="at_least",
      optional=True),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế: 8 tháng năm 2024 cả nước 61 ca tử vong do bệnh dại; năm 2023; đàn chó/mèo, tỷ lệ tiêm phòng; mục tiêu chương trình quốc gia; giá vắc xin.",
    "Dateline '27/09/2024 14:30'. 'lần thứ 18', '(28/9)', 'giai đoạn 2022-2030', 'Quyết định số 1622/QĐ-TTg', '1900 9095' are not figures.",
    "National figures: Việt Nam; listed provinces go to location. The province items neither follow a part-of cue nor add up to 61: no total.",
    "'lần lượt là 52% và 38%' pairs with Gia Lai, Đắk Lắk. 'giảm 30%' / 'trên 70%' are targets with their own 'đến năm …' period each.",
    "'ít nhất 15 phút' is advice (a guideline, not a statistic): optional. 'ước khoảng 1.000 tỷ' = estimate, about.",
]

if __name__ == "__main__":
    emit("p650-4", TEXT, COMMENTS, FIGS, published="2024-09-27", location="Việt Nam")
