from lib import *

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hạ tầng kỹ thuật
Ngày đăng: 24/07/2024 | Lượt xem: 932

Cả nước có 49/63 tỉnh, thành phố đã có cơ sở hỏa táng

Theo số liệu tổng hợp của Cục Hạ tầng kỹ thuật, tính đến ngày 30/6/2024, cả nước có 112 cơ sở hỏa táng đang hoạt động với tổng số 287 lò, phân bố tại 49/63 tỉnh, thành phố. Số cơ sở hỏa táng hiện nay gấp 2,3 lần năm 2015. Tuy nhiên, vẫn còn 14 tỉnh chưa có cơ sở hỏa táng, chủ yếu thuộc vùng trung du và miền núi phía Bắc và Tây Nguyên.

Tỷ lệ hỏa táng bình quân cả nước năm 2023 ước đạt 28,7%, trong đó khu vực đô thị khoảng 41,2%, khu vực nông thôn khoảng 17,5%. Một số địa phương có tỷ lệ hỏa táng cao là TP Hồ Chí Minh (92%), Hà Nội (75,3%), Hải Phòng (73,4%), Đà Nẵng (68,5%). Thái Bình đứng thứ 3 vùng đồng bằng sông Hồng với 72,8%.

Về nghĩa trang, cả nước hiện có khoảng 65.000 nghĩa trang với tổng diện tích trên 104.000 ha, trong đó hơn 80% là nghĩa trang nhỏ lẻ, phân tán, gây lãng phí quỹ đất.

Chương trình nâng cao tỷ lệ sử dụng hình thức hỏa táng (Quyết định số 1679/QĐ-TTg) đặt mục tiêu đến năm 2025 tỷ lệ hỏa táng bình quân cả nước đạt 30%; đến năm 2030 đạt 40%, riêng các đô thị loại I trở lên đạt 70%. Vốn đầu tư hạ tầng hỏa táng giai đoạn 2021-2025 ước khoảng 3.600 tỷ đồng, chủ yếu từ nguồn xã hội hóa.

Thông tư số 02/2023/TT-BXD quy định diện tích đất tối đa cho mỗi phần mộ cát táng là 3 m², mộ hung táng không quá 5 m².

Cục Hạ tầng kỹ thuật - Số 37 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
S = "tỷ lệ hỏa táng"

FIGS = [
    F("Cả nước có 49/63", "49", 49, "count", "tỉnh, thành phố", "tỉnh, thành phố đã có cơ sở hỏa táng", total=63),
    F("có 112 cơ sở", "112", 112, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động", ASOF),
    F("tổng số 287 lò", "287", 287, "count", "lò", "lò hỏa táng", ASOF),
    F("tại 49/63", "49", 49, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở hỏa táng", ASOF, total=63),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số cơ sở hỏa táng so với năm 2015"),
    F("còn 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh chưa có cơ sở hỏa táng"),
    F("ước đạt 28,7%", "28,7", 28.7, "percent", "%", "tỷ lệ hỏa táng bình quân cả nước", Y23, status="estimate"),
    F("khoảng 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ hỏa táng khu vực đô thị", Y23, approx="about",
      status="estimate"),
    F("khoảng 17,5%", "17,5", 17.5, "percent", "%", "tỷ lệ hỏa táng khu vực nông thôn", Y23, approx="about",
      status="estimate"),
    F("(92%)", "92", 92, "percent", "%", S, I(Y23), location="TP Hồ Chí Minh"),
    F("(75,3%)", "75,3", 75.3, "percent", "%", S, I(Y23), location="Hà Nội"),
    F("(73,4%)", "73,4", 73.4, "percent", "%", S, I(Y23), location="Hải Phòng"),
    F("(68,5%)", "68,5", 68.5, "percent", "%", S, I(Y23), location="Đà Nẵng"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tỷ lệ hỏa táng vùng đồng bằng sông Hồng", I(Y23), location="Thái Bình"),
    F("với 72,8%", "72,8", 72.8, "percent", "%", S, I(Y23), location="Thái Bình"),
    F("khoảng 65.000 nghĩa trang", "65.000", 65000, "count", "nghĩa trang", "nghĩa trang", approx="about"),
    F("trên 104.000 ha", "104.000", 104000, "measure", "ha", "tổng diện tích nghĩa trang", approx="over"),
    F("hơn 80%", "80", 80, "percent", "%", "tỷ lệ nghĩa trang nhỏ lẻ, phân tán", approx="over"),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ hỏa táng bình quân cả nước", T25, status="target"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ hỏa táng bình quân cả nước", T30, status="target"),
    F("trở lên đạt 70%", "70", 70, "percent", "%", "tỷ lệ hỏa táng các đô thị loại I trở lên", T30, status="target"),
    F("khoảng 3.600 tỷ đồng", "3.600", 3.6e12, "money", "đồng", "vốn đầu tư hạ tầng hỏa táng", GD,
      approx="about", status="estimate"),
    F("là 3 m²", "3", 3, "measure", "m²", "diện tích đất tối đa cho mỗi phần mộ cát táng", approx="at_most"),
    F("không quá 5 m²", "5", 5, "measure", "m²", "diện tích đất cho mỗi phần mộ hung táng", approx="at_most"),
]

COMMENTS = [
    "Bộ Xây dựng portal: cơ sở hỏa táng cả nước (30/6/2024), tỷ lệ hỏa táng 2023 by area and locality, nghĩa trang, targets (invented).",
    "Distractors: 'Lượt xem: 932', 'Quyết định số 1679/QĐ-TTg', 'Thông tư số 02/2023/TT-BXD', 'đô thị loại I', 'năm 2015' baseline,",
    "address 'Số 37 Lê Đại Hành', 'giai đoạn 2021-2025'. 'gấp 2,3 lần năm 2015' standing alone is a multiple.",
    "National figures: location Việt Nam; list items take their province. 'ước' carries into the 'trong đó' clause (estimate);",
    "the next sentence's list has no cue (actual). 'tối đa … là 3 m²' and 'không quá 5 m²' are at_most norms.",
]

if __name__ == "__main__":
    emit("p779-4", TEXT, COMMENTS, FIGS, published="2024-07-24", location="Việt Nam")
