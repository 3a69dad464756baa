"""p1076-4: Bộ Y tế portal, Ngày Vi chất dinh dưỡng 2024, national stunting figures (Việt Nam)."""
from lib import F, P, I, C, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Hoạt động của Bộ
Ngày đăng: 31/05/2024 | Lượt xem: 1.204

Gần 5,7 triệu trẻ sẽ được bổ sung vitamin A trong Ngày Vi chất dinh dưỡng

Ngày 31/5, Bộ Y tế tổ chức họp báo về Ngày Vi chất dinh dưỡng (1-2/6) với chủ đề "Bữa ăn đa dạng, đủ vi chất vì tầm vóc Việt". Theo Viện Dinh dưỡng, năm 2023 tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi của cả nước là 18,2%, giảm 1,4 điểm phần trăm so với năm 2020; tỷ lệ thể nhẹ cân là 11,4% và thể gầy còm là 4,9%.

Thấp còi vẫn chênh lệch lớn giữa các vùng: Tây Nguyên 25,9%, Trung du và miền núi phía Bắc 24,6%, Đông Nam Bộ 12,3%. Tỷ lệ ở hai vùng cao nhất gấp khoảng 2 lần vùng thấp nhất. Cả nước còn 6 tỉnh có tỷ lệ thấp còi trên 30%, cao nhất lần lượt là Kon Tum 33,8%, Gia Lai 31,1% và Lai Châu 30,8%.

Số liệu giám sát năm 2023 cũng cho thấy thiếu vi chất dinh dưỡng còn phổ biến: 19,6% trẻ dưới 5 tuổi bị thiếu máu, 58% trẻ thiếu kẽm và khoảng 9,5% trẻ thiếu vitamin A tiền lâm sàng.

Năm nay, toàn quốc dự kiến bổ sung vitamin A cho gần 5,7 triệu trẻ từ 6 đến 60 tháng tuổi, tương đương 96% số trẻ trong độ tuổi, và khoảng 95.000 bà mẹ sau sinh.

Theo Chiến lược quốc gia về dinh dưỡng giai đoạn 2021-2030 (Quyết định số 02/QĐ-TTg ngày 05/01/2022), đến năm 2025 cả nước phấn đấu giảm tỷ lệ thấp còi ở trẻ dưới 5 tuổi xuống dưới 20% và đến năm 2030 xuống dưới 17%, đồng thời khống chế tỷ lệ thừa cân, béo phì ở trẻ dưới 5 tuổi ở mức dưới 10%.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Điện thoại: 024.6273.2273
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")
ST = "tỷ lệ suy dinh dưỡng thể thấp còi"

FIGS = [
    F("Gần 5,7 triệu trẻ", "5,7", 5.7e6, "count", "trẻ", "trẻ được bổ sung vitamin A", approx="nearly",
      status="forecast"),
    F("trẻ em dưới 5 tuổi của", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("là 18,2%", "18,2", 18.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", Y23,
      change=C("decrease", 1.4, "điểm phần trăm", "năm 2020")),
    F("là 11,4%", "11,4", 11.4, "percent", "%", "tỷ lệ thể nhẹ cân", Y23),
    F("là 4,9%", "4,9", 4.9, "percent", "%", "tỷ lệ thể gầy còm", Y23),
    F("Tây Nguyên 25,9%", "25,9", 25.9, "percent", "%", ST, I(Y23), location="Tây Nguyên"),
    F("Bắc 24,6%", "24,6", 24.6, "percent", "%", ST, I(Y23), location="Trung du và miền núi phía Bắc"),
    F("Đông Nam Bộ 12,3%", "12,3", 12.3, "percent", "%", ST, I(Y23), location="Đông Nam Bộ"),
    F("ở hai vùng cao nhất", "hai", 2, "count", "vùng", "vùng có tỷ lệ thấp còi cao nhất", optional=True),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "tỷ lệ thấp còi ở hai vùng cao nhất so với vùng thấp nhất",
      I(Y23), approx="about"),
    F("còn 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh có tỷ lệ thấp còi trên 30%", I(Y23)),
    F("trên 30%", "30", 30, "percent", "%", approx="over", optional=True),
    F("Kon Tum 33,8%", "33,8", 33.8, "percent", "%", ST, I(Y23), location="Kon Tum"),
    F("Gia Lai 31,1%", "31,1", 31.1, "percent", "%", ST, I(Y23), location="Gia Lai"),
    F("Lai Châu 30,8%", "30,8", 30.8, "percent", "%", ST, I(Y23), location="Lai Châu"),
    F("19,6% trẻ", "19,6", 19.6, "percent", "%", "trẻ dưới 5 tuổi bị thiếu máu", Y23b),
    F("trẻ dưới 5 tuổi bị", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("58% trẻ", "58", 58, "percent", "%", "trẻ thiếu kẽm", Y23b),
    F("khoảng 9,5% trẻ", "9,5", 9.5, "percent", "%", "trẻ thiếu vitamin A tiền lâm sàng", Y23b, approx="about"),
    F("cho gần 5,7 triệu trẻ", "5,7", 5.7e6, "count", "trẻ", "trẻ từ 6 đến 60 tháng tuổi được bổ sung vitamin A",
      NOW, approx="nearly", percent=96, status="forecast"),
    F("trẻ từ 6 đến 60 tháng", "6", 6, "measure", "tháng tuổi", value_max=60, optional=True),
    F("khoảng 95.000 bà mẹ", "95.000", 95000, "count", "bà mẹ", "bà mẹ sau sinh được bổ sung vitamin A", NOW,
      approx="about", status="forecast"),
    F("trẻ dưới 5 tuổi xuống", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("xuống dưới 20%", "20", 20, "percent", "%", "tỷ lệ thấp còi ở trẻ dưới 5 tuổi", Y25, approx="under",
      status="target"),
    F("xuống dưới 17%", "17", 17, "percent", "%", "tỷ lệ thấp còi ở trẻ dưới 5 tuổi", Y30, approx="under",
      status="target"),
    F("trẻ dưới 5 tuổi ở mức", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("mức dưới 10%", "10", 10, "percent", "%", "tỷ lệ thừa cân, béo phì ở trẻ dưới 5 tuổi", Y30, approx="under",
      status="target"),
]

NOTES = [
    "Bộ Y tế portal (31/5/2024): Ngày Vi chất dinh dưỡng; national 2023 stunting/underweight/wasting, regions, top provinces,",
    "micronutrient deficiencies, vitamin A forecast 'Năm nay' (= 2024), Chiến lược quốc gia 2021-2030 targets. National: Việt Nam.",
    "Regions (Tây Nguyên, Trung du và miền núi phía Bắc, Đông Nam Bộ) are recorded as the figure's location (not in the spec's list).",
    "'gấp khoảng 2 lần' stands as its own sentence: a multiple. 'trên 30%' is a category threshold (optional).",
    "Distractors: 'Ngày 31/5', '(1-2/6)', giai đoạn 2021-2030, Quyết định số 02/QĐ-TTg ngày 05/01/2022, 138A Giảng Võ, phone, Lượt xem.",
]

if __name__ == "__main__":
    write("p1076-4", TEXT, NOTES, FIGS, published="2024-05-31", location="Việt Nam")
