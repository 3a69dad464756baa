from lib import F, P, I, CH, emit

TEXT = """BÁO HẢI DƯƠNG ĐIỆN TỬ
Kinh tế

Cá rô phi chết hàng loạt, người nuôi thiệt hại hàng chục tỷ đồng

(BHD) - Từ đầu năm đến nay, toàn tỉnh có 1.286 ha ao nuôi cá rô phi bị bệnh, chiếm 36,7% diện tích nuôi cá rô phi, trong đó 412 ha bị thiệt hại trên 70%. Lượng cá chết khoảng 2.150 tấn, ước tổng giá trị thiệt hại trên 64 tỷ đồng.

Theo Chi cục Chăn nuôi và Thú y tỉnh, nguyên nhân chủ yếu do vi khuẩn Streptococcus agalactiae gây bệnh khi nhiệt độ nước vượt 32 độ C. Thiệt hại nặng nhất là các huyện Thanh Hà (356 ha), Ninh Giang (298 ha), Tứ Kỳ (214 ha) và Gia Lộc (187 ha).

Hải Dương hiện có khoảng 12.600 ha nuôi cá, trong đó diện tích nuôi cá rô phi khoảng 3.500 ha. Sản lượng cá rô phi 8 tháng năm 2023 đạt 28.900 tấn, giảm 6,4% so với cùng kỳ năm 2022. Giá cá rô phi thương phẩm tại ao hiện ở mức 32.000-35.000 đồng/kg, tăng khoảng 3.000 đồng/kg so với tháng 7 nhưng người nuôi vẫn không có lãi do giá thức ăn ở mức cao, khoảng 12.000-13.500 đồng/kg.

Để khắc phục, Sở Nông nghiệp và PTNT đã đề nghị UBND tỉnh hỗ trợ người nuôi theo Nghị định số 02/2017/NĐ-CP với mức 8-10 triệu đồng/ha; đồng thời cung ứng 3 tấn hóa chất Chlorine cho các vùng có dịch. Ngành nông nghiệp khuyến cáo người nuôi thả giống cỡ lớn từ 50 đến 100 g/con, mật độ không quá 3 con/m2.

Thành Chung
12/09/2023
"""

PN = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-12")
P8 = P("8 tháng năm 2023", "2023-01-01", "2023-08-31")
S_SICK = "diện tích ao nuôi cá rô phi bị bệnh"
S_DMG = "diện tích ao nuôi cá rô phi bị thiệt hại"

FIGS = [
    F("hàng chục tỷ đồng", "hàng chục", 10e9, "money", "đồng", "thiệt hại của người nuôi cá rô phi", approx="about"),
    F("có 1.286 ha", "1.286", 1286, "measure", "ha", S_SICK, PN, percent=36.7),
    F("đó 412 ha", "412", 412, "measure", "ha", "diện tích ao nuôi cá rô phi bị thiệt hại trên 70%", PN, total=1286),
    F("thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại", PN, approx="over", optional=True),
    F("khoảng 2.150 tấn", "2.150", 2150, "measure", "tấn", "lượng cá rô phi chết", I(PN), approx="about"),
    F("trên 64 tỷ đồng", "64", 64e9, "money", "đồng", "tổng giá trị thiệt hại", I(PN), approx="over", status="estimate"),
    F("vượt 32 độ C", "32", 32, "measure", "độ C", "nhiệt độ nước", approx="over", optional=True),
    F("Thanh Hà (356 ha)", "356", 356, "measure", "ha", S_DMG, I(PN), location="Thanh Hà"),
    F("Ninh Giang (298 ha)", "298", 298, "measure", "ha", S_DMG, I(PN), location="Ninh Giang"),
    F("Tứ Kỳ (214 ha)", "214", 214, "measure", "ha", S_DMG, I(PN), location="Tứ Kỳ"),
    F("Gia Lộc (187 ha)", "187", 187, "measure", "ha", S_DMG, I(PN), location="Gia Lộc"),
    F("khoảng 12.600 ha", "12.600", 12600, "measure", "ha", "diện tích nuôi cá", approx="about"),
    F("khoảng 3.500 ha", "3.500", 3500, "measure", "ha", "diện tích nuôi cá rô phi", approx="about", total=12600),
    F("đạt 28.900 tấn", "28.900", 28900, "measure", "tấn", "sản lượng cá rô phi", P8,
      change=CH("decrease", 6.4, baseline="cùng kỳ năm 2022")),
    F("mức 32.000-35.000", "32.000", 32000, "money", "đồng/kg", "giá cá rô phi thương phẩm tại ao", value_max=35000,
      change=CH("increase", 3000, "đồng/kg", "tháng 7", "about")),
    F("khoảng 12.000-13.500", "12.000", 12000, "money", "đồng/kg", "giá thức ăn", value_max=13500, approx="about"),
    F("mức 8-10 triệu", "8", 8e6, "money", "đồng/ha", "mức hỗ trợ người nuôi", value_max=10e6),
    F("ứng 3 tấn", "3", 3, "measure", "tấn", "hóa chất Chlorine cung ứng cho các vùng có dịch"),
    F("từ 50 đến 100 g/con", "50", 50, "measure", "g/con", "cỡ giống thả khuyến cáo", value_max=100, optional=True),
    F("không quá 3 con/m2", "3", 3, "measure", "con/m2", "mật độ thả khuyến cáo", approx="at_most", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Hải Dương): tilapia disease losses 2023 — sick pond area by district, dead fish, losses, area, output, prices, support.",
    "No dateline at the top: the bare date '12/09/2023' after the byline at the end is the article's date.",
    "'Từ đầu năm đến nay' runs 2023-01-01 .. published (2023-09-12). 'hàng chục tỷ đồng' (headline) is a number word (FIGURES.md §2): 1e10, about.",
    "'chiếm 36,7%' is the share of 1.286 ha; 'trong đó 412 ha' -> total 1286; 'trên 70%' is a damage threshold (optional).",
    "'ước tổng giá trị thiệt hại trên 64 tỷ' -> estimate; '2.150 tấn' in the clause before is actual. District list ('Thiệt hại nặng nhất là các huyện ...') has no part cue -> no total;",
    "its subject is the indicator the list sentence names (area damaged), [revised after the first run: was 'diện tích ... bị bệnh'].",
    "'32 độ C', '50-100 g/con', '3 con/m2' are thresholds/recommendations (optional). Distractor: Nghị định số 02/2017/NĐ-CP.",
    "'tăng khoảng 3.000 đồng/kg so với tháng 7' is the price's change. 'khoảng 12.600 ha ..., trong đó ... khoảng 3.500 ha' -> total 12600.",
]

if __name__ == "__main__":
    emit(5, TEXT, COMMENTS, FIGS, published="2023-09-12", location="Hải Dương")
