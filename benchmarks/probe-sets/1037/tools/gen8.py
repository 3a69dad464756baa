"""p1037-8: Báo Bắc Giang online, headline figure, (BGĐT) tag; cremation 9 months 2024."""
from lib import F, P, I, C, T, emit

TEXT = """Báo Bắc Giang điện tử
Xã hội

Hơn 2.600 ca hỏa táng trong 9 tháng

Cập nhật lúc 15:10, Thứ Hai, 21/10/2024

(BGĐT) - 9 tháng năm 2024, toàn tỉnh có 2.617 ca hỏa táng, tăng 18,4% so với cùng kỳ năm 2023. Tỷ lệ hỏa táng toàn tỉnh đạt 37,2%, đứng thứ 3 trong khu vực trung du và miền núi phía Bắc.

Các địa phương có số ca hỏa táng cao là TP Bắc Giang, thị xã Việt Yên và huyện Hiệp Hòa, lần lượt 812, 406 và 331 ca; thấp nhất là huyện Sơn Động với tỷ lệ hỏa táng chỉ đạt 6,3%. Người dân ở các huyện miền núi phải di chuyển 60-80 km mới đến được đài hóa thân.

Hiện tỉnh có 2 đài hóa thân tại TP Bắc Giang và huyện Lạng Giang với tổng số 5 lò; giá dịch vụ hỏa táng bình quân 6,8 triệu đồng/ca.

Thực hiện Nghị quyết số 35/2023/NQ-HĐND của HĐND tỉnh, mỗi trường hợp hỏa táng được hỗ trợ 4 triệu đồng. 9 tháng qua, ngân sách tỉnh đã chi khoảng 10,5 tỷ đồng hỗ trợ các gia đình.

Về quy hoạch, toàn tỉnh đã quy hoạch 209 nghĩa trang cấp xã, trong đó 46 nghĩa trang đã được đầu tư hạ tầng đồng bộ, chiếm 22%. Từ đầu năm đến nay, các địa phương đã quy tập gần 1.900 ngôi mộ về nghĩa trang tập trung.

Dự kiến cả năm 2024 toàn tỉnh có khoảng 3.500 ca hỏa táng. Tỉnh phấn đấu đến năm 2025 tỷ lệ hỏa táng đạt 45%, đến năm 2030 đạt 60%.

Hải Yến
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("Hơn 2.600 ca", "2.600", 2600, "count", "ca", "ca hỏa táng", P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("có 2.617 ca", "2.617", 2617, "count", "ca", "ca hỏa táng", M9, change=C("increase", 18.4, "%", "cùng kỳ năm 2023")),
    F("đạt 37,2%", "37,2", 37.2, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", I(M9)),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tỷ lệ hỏa táng trong khu vực trung du và miền núi phía Bắc", I(M9)),
    F("lần lượt 812", "812", 812, "count", "ca", "ca hỏa táng", I(M9), location="Bắc Giang"),
    F("812, 406", "406", 406, "count", "ca", "ca hỏa táng", I(M9), location="Việt Yên"),
    F("406 và 331 ca", "331", 331, "count", "ca", "ca hỏa táng", I(M9), location="Hiệp Hòa"),
    F("đạt 6,3%", "6,3", 6.3, "percent", "%", "tỷ lệ hỏa táng", I(M9), location="Sơn Động"),
    F("60-80 km", "60", 60, "measure", "km", "quãng đường người dân các huyện miền núi đến đài hóa thân", value_max=80),
    F("có 2 đài hóa thân", "2", 2, "count", "đài hóa thân", "đài hóa thân"),
    F("số 5 lò", "5", 5, "count", "lò", "tổng số lò hỏa táng"),
    F("bình quân 6,8 triệu", "6,8", 6.8e6, "money", "đồng/ca", "giá dịch vụ hỏa táng bình quân"),
    F("hỗ trợ 4 triệu đồng", "4", 4e6, "money", "đồng/trường hợp", "mức hỗ trợ mỗi trường hợp hỏa táng"),
    F("khoảng 10,5 tỷ đồng", "10,5", 10.5e9, "money", "đồng", "kinh phí hỗ trợ hỏa táng ngân sách tỉnh đã chi",
      P("9 tháng qua", "2024-01-01", "2024-09-30"), approx="about"),
    F("quy hoạch 209 nghĩa trang", "209", 209, "count", "nghĩa trang", "nghĩa trang cấp xã được quy hoạch"),
    F("46 nghĩa trang", "46", 46, "count", "nghĩa trang", "nghĩa trang được đầu tư hạ tầng đồng bộ", total=209, percent=22),
    F("gần 1.900 ngôi mộ", "1.900", 1900, "count", "ngôi mộ", "ngôi mộ quy tập về nghĩa trang tập trung",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21"), approx="nearly"),
    F("khoảng 3.500 ca", "3.500", 3500, "count", "ca", "ca hỏa táng", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ hỏa táng", P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ hỏa táng", P("đến năm 2030", None, "2030-12-31"), status="target"),
]
COMMENTS = [
    "Báo Bắc Giang online: headline figure, 'Cập nhật lúc 15:10, Thứ Hai, 21/10/2024', '(BGĐT) -' tag; hỏa táng 9 tháng năm 2024.",
    "Not figures: the dateline and time, 'Thứ Hai', 'Nghị quyết số 35/2023/NQ-HĐND', byline.",
    "'lần lượt 812, 406 và 331 ca' shares the indicator 'số ca hỏa táng'; TP Bắc Giang, thị xã Việt Yên, huyện Hiệp Hòa are the locations.",
    "'đứng thứ 3 trong khu vực ...' is a rank figure of its own (no total: the region's province count is not stated).",
    "Headline '9 tháng' takes 2024 from the dateline. '9 tháng qua' = 9 tháng năm 2024. 2 đài hóa thân in TP Bắc Giang and Lạng Giang:",
    "location Bắc Giang (two places; the city shares the province's name).",
]
emit("p1037-8", TEXT, FIGS, COMMENTS, published="2024-10-21", location="Bắc Giang")
