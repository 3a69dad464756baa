"""p915-8: provincial newspaper online (Báo Bắc Giang điện tử), headline figure, (BGĐT) tag, quý I/2025."""
from lib import F, P, I, C, write

TEXT = """Báo Bắc Giang điện tử › Kinh tế › Nông nghiệp
Diệt hơn 1,2 triệu con chuột trong quý I
Cập nhật lúc 10:05, Thứ hai, 07/04/2025

(BGĐT) - Quý I/2025, các địa phương trong tỉnh đã tổ chức ra quân diệt được 1.215.400 con chuột, đạt 81% kế hoạch năm, tăng 14% so với cùng kỳ.

Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, diện tích gieo cấy lúa vụ Xuân năm nay ước đạt 50.200 ha. Tính đến ngày 31/3, chuột gây hại 386 ha, tăng 1,4 lần so với cùng kỳ năm 2024, trong đó nhiều nhất là các huyện Lạng Giang (92 ha), Tân Yên (78 ha), Hiệp Hòa (64 ha). Nguyên nhân do thời tiết ấm, nguồn thức ăn dồi dào; mật độ chuột tại một số cánh đồng ven Quốc lộ 31 lên tới 3-5 con/100 m2.

Để bảo vệ lúa, tỉnh hỗ trợ 100% kinh phí mua thuốc cho các xã có mật độ chuột cao, với 3,5 tấn thuốc sinh học trị giá hơn 630 triệu đồng. Giá thuốc bả sinh học trên thị trường hiện khoảng 180.000 đồng/kg. Ngoài ra, nhiều hợp tác xã trích quỹ mua đuôi chuột với giá 1.000-1.500 đồng/đuôi.

Thời gian tới, ngành nông nghiệp dự kiến tổ chức thêm 2 đợt ra quân vào tháng 5 và tháng 8; phấn đấu cả năm diệt 1,5 triệu con chuột, giữ diện tích lúa bị hại dưới 0,5% diện tích gieo cấy. Theo ông Trần Văn Năm, Chi cục trưởng, nông dân cần diệt chuột tập trung, đồng loạt theo phương châm "4 đúng" khi dùng thuốc và tuyệt đối không dùng điện bẫy chuột.

Hoàng Anh
"""

Q1 = P("quý I", start="2025-01-01", end="2025-03-31")
Q1Y = P("Quý I/2025", start="2025-01-01", end="2025-03-31")
D = P("Tính đến ngày 31/3", end="2025-03-31")
YR = P("cả năm", start="2025-01-01", end="2025-12-31")

FIGS = [
    F("hơn 1,2 triệu con chuột", "1,2", 1_200_000, "count", "con chuột", "chuột diệt được", Q1, approx="over"),
    F("1.215.400 con chuột", "1.215.400", 1215400, "count", "con chuột", "chuột diệt được", Q1Y, percent=81,
      change=C("increase", 14, "%", "cùng kỳ")),
    F("ước đạt 50.200 ha", "50.200", 50200, "measure", "ha", "diện tích gieo cấy lúa vụ Xuân", status="estimate"),
    F("gây hại 386 ha", "386", 386, "measure", "ha", "diện tích lúa bị chuột gây hại", D,
      change=C("increase", 1.4, "lần", "cùng kỳ năm 2024")),
    F("Lạng Giang (92 ha)", "92", 92, "measure", "ha", "diện tích lúa bị chuột gây hại", D, total=386,
      location="Lạng Giang"),
    F("Tân Yên (78 ha)", "78", 78, "measure", "ha", "diện tích lúa bị chuột gây hại", D, total=386,
      location="Tân Yên"),
    F("Hiệp Hòa (64 ha)", "64", 64, "measure", "ha", "diện tích lúa bị chuột gây hại", D, total=386,
      location="Hiệp Hòa"),
    F("3-5 con/100 m2", "3", 3, "measure", "con/100 m2", "mật độ chuột", value_max=5),
    F("100% kinh phí", "100", 100, "percent", "%", "tỷ lệ kinh phí mua thuốc được tỉnh hỗ trợ"),
    F("3,5 tấn", "3,5", 3.5, "measure", "tấn", "thuốc sinh học hỗ trợ"),
    F("hơn 630 triệu đồng", "630", 630_000_000, "money", "đồng", "trị giá thuốc sinh học hỗ trợ", approx="over"),
    F("khoảng 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá thuốc bả sinh học", approx="about"),
    F("1.000-1.500 đồng/đuôi", "1.000", 1000, "money", "đồng/đuôi", "giá mua đuôi chuột", value_max=1500),
    F("thêm 2 đợt", "2", 2, "count", "đợt ra quân", "đợt ra quân tổ chức thêm", status="forecast"),
    F("diệt 1,5 triệu con chuột", "1,5", 1_500_000, "count", "con chuột", "chuột diệt", YR, status="target"),
    F("dưới 0,5%", "0,5", 0.5, "percent", "%", "tỷ lệ diện tích lúa bị hại trên diện tích gieo cấy", YR,
      approx="under", status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang), '(BGĐT) -' tag, 'Cập nhật lúc 10:05, Thứ hai, 07/04/2025' dateline.",
    "Headline 'hơn 1,2 triệu con chuột trong quý I' is its own figure (year from published). 'gấp/tăng 1,4 lần' → change",
    "in lần. The district list after 'trong đó nhiều nhất là' gives parts of 386 ha (total) though they do not add up.",
    "'3-5 con/100 m2' density: denominator in the unit. Distractors: 'Quốc lộ 31', '\"4 đúng\"' (a slogan), 'Trần Văn Năm',",
    "'tháng 5 và tháng 8' (schedule), '10:05'. 'vụ Xuân năm nay' is a crop season: no period for 50.200 ha.",
]

if __name__ == "__main__":
    write("p915-8", TEXT, NOTES, FIGS, published="2025-04-07", location="Bắc Giang")
