"""p570-4: ministry site (Bộ Y tế) — national nutrition surveillance 2023, provinces, vitamin A, 2025/2030 targets."""
from lib import F, P, I, CH, AGE, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Tin hoạt động
Ngày đăng: 26/04/2024 | Lượt xem: 3.508

Năm 2023, tỷ lệ trẻ dưới 5 tuổi thấp còi giảm còn 18,2%

Ngày 25/4, tại Hà Nội, Viện Dinh dưỡng tổ chức hội nghị công bố kết quả giám sát dinh dưỡng năm 2023. Theo đó, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi trên toàn quốc là 18,2%, giảm 0,9% so với năm 2022; thể nhẹ cân là 11,3%; tỷ lệ thừa cân, béo phì là 9,6%.

Kon Tum, Lai Châu và Gia Lai là ba tỉnh có tỷ lệ thấp còi cao nhất, lần lượt là 32,6%, 29,4% và 28,7%. Cả nước còn 14 tỉnh có tỷ lệ thấp còi trên 25%, giảm 3 tỉnh so với năm 2022.

Về bổ sung vi chất, năm 2023 có 3,62 triệu trẻ em từ 6 đến 36 tháng tuổi được uống vitamin A, đạt 96,8%. Tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn đạt 45,4%, tăng so với mức 38,7% của năm 2020. Năm 2024, Bộ Y tế đã cấp 7,8 triệu viên nang vitamin A cho 63 tỉnh, thành phố.

Theo Chiến lược quốc gia về dinh dưỡng giai đoạn 2021-2030 ban hành kèm theo Quyết định số 02/QĐ-TTg ngày 05/01/2022, đến năm 2025 tỷ lệ thấp còi ở trẻ em dưới 5 tuổi giảm xuống dưới 19% và đến năm 2030 còn dưới 17%. Cũng đến năm 2030, tỷ lệ thừa cân, béo phì ở trẻ em dưới 5 tuổi được khống chế ở mức dưới 10%.

Viện Dinh dưỡng, số 48B Tăng Bạt Hổ, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3971.7090.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ST = "tỷ lệ thấp còi"

FIGS = [
    F("giảm còn 18,2%", "18,2", 18.2, "percent", "%", "tỷ lệ trẻ dưới 5 tuổi thấp còi", P("Năm 2023", "2023-01-01", "2023-12-31")),
    AGE("tỷ lệ trẻ dưới 5 tuổi thấp còi", "5", 5, approx="under"),
    AGE("trẻ em dưới 5 tuổi trên toàn quốc", "5", 5, approx="under"),
    F("toàn quốc là 18,2%", "18,2", 18.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", I(Y23),
      change=CH("decrease", 0.9, baseline="năm 2022")),
    F("nhẹ cân là 11,3%", "11,3", 11.3, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân", I(Y23)),
    F("béo phì là 9,6%", "9,6", 9.6, "percent", "%", "tỷ lệ thừa cân, béo phì", I(Y23)),
    F("là ba tỉnh", "ba", 3, "count", "tỉnh", optional=True),
    F("lần lượt là 32,6%", "32,6", 32.6, "percent", "%", ST, I(Y23), location="Kon Tum"),
    F("32,6%, 29,4%", "29,4", 29.4, "percent", "%", ST, I(Y23), location="Lai Châu"),
    F("và 28,7%", "28,7", 28.7, "percent", "%", ST, I(Y23), location="Gia Lai"),
    F("còn 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh có tỷ lệ thấp còi trên 25%", I(Y23),
      change=CH("decrease", 3, unit="tỉnh", baseline="năm 2022")),
    F("trên 25%", "25", 25, "percent", "%", approx="over", optional=True),
    F("có 3,62 triệu trẻ em", "3,62", 3.62e6, "count", "trẻ em", "trẻ em từ 6 đến 36 tháng tuổi được uống vitamin A", Y23,
      percent=96.8),
    AGE("từ 6 đến 36 tháng", "6", 6, "tháng tuổi", value_max=36),
    AGE("dưới 6 tháng tuổi", "6", 6, "tháng tuổi", approx="under"),
    F("đạt 45,4%", "45,4", 45.4, "percent", "%", "tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn", I(Y23)),
    F("mức 38,7%", "38,7", 38.7, "percent", "%", "tỷ lệ trẻ dưới 6 tháng tuổi được bú mẹ hoàn toàn",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("cấp 7,8 triệu viên nang", "7,8", 7.8e6, "count", "viên nang", "viên nang vitamin A Bộ Y tế cấp",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được cấp viên nang vitamin A",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    AGE("trẻ em dưới 5 tuổi giảm", "5", 5, approx="under"),
    F("dưới 19%", "19", 19, "percent", "%", "tỷ lệ thấp còi ở trẻ em dưới 5 tuổi", P("đến năm 2025", None, "2025-12-31"),
      approx="under", status="target"),
    F("dưới 17%", "17", 17, "percent", "%", "tỷ lệ thấp còi ở trẻ em dưới 5 tuổi", P("đến năm 2030", None, "2030-12-31"),
      approx="under", status="target"),
    AGE("trẻ em dưới 5 tuổi được khống chế", "5", 5, approx="under"),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ thừa cân, béo phì ở trẻ em dưới 5 tuổi",
      P("Cũng đến năm 2030", None, "2030-12-31"), approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế: kết quả giám sát dinh dưỡng năm 2023 (national). 'Ngày đăng: 26/04/2024 | Lượt xem: 3.508' — the counter is furniture.",
    "National figures: location Việt Nam (the meeting venue 'tại Hà Nội' and the address are not the place of the figures).",
    "'lần lượt' list: each percent takes its province as location. 'ba tỉnh' (top-N list) and the threshold 'trên 25%' are optional.",
    "'tăng so với mức 38,7% của năm 2020': the baseline level is a figure of its own (period 2020); 45,4% has no change (no amount given).",
    "'giai đoạn 2021-2030', 'Quyết định số 02/QĐ-TTg ngày 05/01/2022', '48B Tăng Bạt Hổ', 'quận Hai Bà Trưng', the phone are not figures.",
    "Targets 'đến năm 2025/2030 … dưới N%' are target figures with as-of periods (start null). Age brackets optional.",
]

if __name__ == "__main__":
    emit("p570-4", TEXT, COMMENTS, FIGS, published="2024-04-26", location="Việt Nam")
