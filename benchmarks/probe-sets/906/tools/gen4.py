"""p906-4: Ministry of Education site - national semi-boarding meals, food safety, 2030 targets (03/2025)."""
from lib import F, P, I, CH, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ / Tin tức / Tin tổng hợp

Cả nước có gần 3,2 triệu trẻ mầm non ăn bán trú tại trường

Ngày đăng: 14/03/2025 | Lượt xem: 1.046

Theo báo cáo tổng kết năm học 2023-2024, cả nước có 15.320 cơ sở giáo dục mầm non tổ chức bán trú, chiếm 98,7% số cơ sở; số trẻ được ăn bán trú tại trường là 3.184.500 trẻ, tăng 2,4% so với năm học trước. Ở cấp tiểu học, 71,5% học sinh học 2 buổi/ngày được tổ chức ăn trưa tại trường.

Về an toàn thực phẩm, năm 2024 cả nước ghi nhận 11 vụ ngộ độc thực phẩm tại trường học và bếp ăn cung cấp cho trường học với 1.218 người mắc, giảm 3 vụ so với năm 2023; không có trường hợp tử vong. Các địa phương có số người mắc nhiều nhất lần lượt là Khánh Hòa (412 người), Đồng Nai (267 người) và Quảng Nam (135 người).

Chi phí bữa ăn bán trú giữa các vùng còn chênh lệch lớn: mức thu tiền ăn ở khu vực thành thị phổ biến từ 30.000 đến 45.000 đồng/trẻ/ngày, trong khi tại nhiều xã đặc biệt khó khăn chỉ khoảng 15.000 đồng/trẻ/ngày. Như vậy, chi phí một bữa ăn ở thành phố cao gấp 2 đến 3 lần vùng khó khăn.

Năm 2024, ngân sách nhà nước chi hơn 4.870 tỷ đồng thực hiện chính sách hỗ trợ tiền ăn trưa cho trẻ mẫu giáo theo Nghị định số 105/2020/NĐ-CP và hỗ trợ học sinh bán trú theo Nghị định số 116/2016/NĐ-CP, với khoảng 1,1 triệu trẻ em, học sinh được thụ hưởng. Mức hỗ trợ tiền ăn trưa cho trẻ mẫu giáo là 160.000 đồng/trẻ/tháng.

Mục tiêu đến năm 2030, 100% cơ sở giáo dục có tổ chức bán trú đáp ứng điều kiện an toàn thực phẩm; tỷ lệ trẻ mầm non suy dinh dưỡng thể thấp còi giảm xuống dưới 10%, tỷ lệ thừa cân, béo phì ở học sinh phổ thông được khống chế dưới 19%.

Bộ Giáo dục và Đào tạo - Số 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.4795
"""

NH = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SICK = "người mắc ngộ độc thực phẩm tại trường học"

FIGS = [
    F("gần 3,2 triệu trẻ", "3,2", 3.2e6, "count", "trẻ", "trẻ mầm non ăn bán trú tại trường", approx="nearly"),
    F("có 15.320 cơ sở", "15.320", 15320, "count", "cơ sở giáo dục mầm non", "cơ sở giáo dục mầm non tổ chức bán trú", NH,
      percent=98.7),
    F("là 3.184.500 trẻ", "3.184.500", 3184500, "count", "trẻ", "trẻ được ăn bán trú tại trường", NH,
      change=CH("increase", 2.4, "%", "năm học trước")),
    F("71,5% học sinh", "71,5", 71.5, "percent", "%", "học sinh tiểu học học 2 buổi/ngày được tổ chức ăn trưa tại trường",
      I(NH)),
    F("học 2 buổi/ngày", "2", 2, "measure", "buổi/ngày", "số buổi học mỗi ngày", optional=True),
    F("ghi nhận 11 vụ", "11", 11, "count", "vụ", "vụ ngộ độc thực phẩm tại trường học và bếp ăn cung cấp cho trường học", Y24,
      change=CH("decrease", 3, "vụ", "năm 2023")),
    F("với 1.218 người", "1.218", 1218, "count", "người", SICK, Y24),
    F("Khánh Hòa (412 người)", "412", 412, "count", "người", SICK, I(Y24), location="Khánh Hòa"),
    F("Đồng Nai (267 người)", "267", 267, "count", "người", SICK, I(Y24), location="Đồng Nai"),
    F("Quảng Nam (135 người)", "135", 135, "count", "người", SICK, I(Y24), location="Quảng Nam"),
    F("từ 30.000 đến 45.000", "30.000", 30000, "money", "đồng/trẻ/ngày", "mức thu tiền ăn bán trú ở khu vực thành thị",
      value_max=45000),
    F("khoảng 15.000 đồng/trẻ/ngày", "15.000", 15000, "money", "đồng/trẻ/ngày",
      "mức thu tiền ăn bán trú tại các xã đặc biệt khó khăn", approx="about"),
    F("gấp 2 đến 3 lần", "2", 2, "multiple", "lần", "chi phí một bữa ăn ở thành phố so với vùng khó khăn", value_max=3),
    F("hơn 4.870 tỷ đồng", "4.870", 4.87e12, "money", "đồng",
      "ngân sách nhà nước chi thực hiện chính sách hỗ trợ tiền ăn trưa cho trẻ mẫu giáo và học sinh bán trú",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("khoảng 1,1 triệu trẻ em", "1,1", 1.1e6, "count", "trẻ em, học sinh", "trẻ em, học sinh được thụ hưởng chính sách",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("là 160.000 đồng", "160.000", 160000, "money", "đồng/trẻ/tháng", "mức hỗ trợ tiền ăn trưa cho trẻ mẫu giáo"),
    F("năm 2030, 100% cơ sở", "100", 100, "percent", "%", "cơ sở giáo dục có tổ chức bán trú đáp ứng điều kiện an toàn thực phẩm",
      T30, status="target"),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ trẻ mầm non suy dinh dưỡng thể thấp còi", T30,
      approx="under", status="target"),
    F("dưới 19%", "19", 19, "percent", "%", "tỷ lệ thừa cân, béo phì ở học sinh phổ thông", T30,
      approx="under", status="target"),
]

NOTES = [
    "Ministry of Education news page: national semi-boarding figures (school year 2023-2024), school food poisoning 2024,",
    "meal cost gap, support budget, 2030 targets. Location Việt Nam; the ranking list items are provinces (location), no total.",
    "'học 2 buổi/ngày' names a schooling mode: optional. 'gấp 2 đến 3 lần' stands as its own claim: multiple, range.",
    "Distractors: Nghị định 105/2020, 116/2016, address Số 35 Đại Cồ Việt, phone 024.3869.4795, Lượt xem.",
]

if __name__ == "__main__":
    write("p906-4", TEXT, FIGS, NOTES, published="2025-03-14", location="Việt Nam")
