"""p944-2: district portal (huyện Hòa Vang, Đà Nẵng), cremation campaign, 10 months of 2023."""
from lib import F, P, I, chg, tgt, article

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÒA VANG
Tin tức > Văn hóa - Xã hội
Thứ Ba, 14/11/2023 - 10:20

Hòa Vang vận động người dân hỏa táng, tổ chức tang lễ văn minh

Thực hiện Kế hoạch số 214/KH-UBND của UBND thành phố Đà Nẵng về vận động hỏa táng giai đoạn 2021-2025, 10 tháng năm 2023, trên địa bàn huyện có 612 người mất, trong đó 187 trường hợp được gia đình chọn hình thức hỏa táng, chiếm 30,6%, tăng 41 trường hợp so với cùng kỳ năm 2022.

Các xã có tỷ lệ hỏa táng cao là Hòa Liên (46,2%), Hòa Châu (42,8%) và Hòa Phước (39,5%); thấp nhất là xã Hòa Bắc, chỉ đạt 7,4%.

Hiện nay, người dân trong huyện chủ yếu hỏa táng tại Cơ sở hỏa táng Hòa Sơn (thôn Phú Thượng, xã Hòa Sơn), cách trung tâm thành phố khoảng 15 km. Cơ sở có 3 lò hỏa táng, công suất tối đa 24 ca/ngày; giá dịch vụ hỏa táng trọn gói từ 6,5 đến 9 triệu đồng/ca tùy loại lò.

Trong 10 tháng, Nhà tang lễ Trung tâm Y tế huyện đã phục vụ 156 lễ tang, bằng 128% cùng kỳ; trong đó 64 lễ tang có gia đình lựa chọn hỏa táng.

Theo Nghị quyết số 56/2021/NQ-HĐND của HĐND thành phố, mỗi trường hợp hỏa táng có hộ khẩu thường trú tại Đà Nẵng được hỗ trợ 5 triệu đồng. Từ đầu năm đến nay, huyện đã chi trả gần 935 triệu đồng cho các gia đình.

Phấn đấu cả năm 2023, tỷ lệ hỏa táng toàn huyện đạt 35%; đến năm 2025 đạt trên 45%. Mọi thông tin xin liên hệ Phòng Văn hóa và Thông tin huyện, điện thoại 0236.3846.217.

Minh Thư
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")

FIGS = [
    F("có 612 người mất", "612", 612, "count", "người", "người mất", M10),
    F("trong đó 187 trường hợp", "187", 187, "count", "trường hợp", "trường hợp được gia đình chọn hình thức hỏa táng",
      M10, total=612, percent=30.6, change=chg("increase", 41, "trường hợp", "cùng kỳ năm 2022")),
    F("Hòa Liên (46,2%)", "46,2", 46.2, "percent", "%", "tỷ lệ hỏa táng xã Hòa Liên", I(M10)),
    F("Hòa Châu (42,8%)", "42,8", 42.8, "percent", "%", "tỷ lệ hỏa táng xã Hòa Châu", I(M10)),
    F("Hòa Phước (39,5%)", "39,5", 39.5, "percent", "%", "tỷ lệ hỏa táng xã Hòa Phước", I(M10)),
    F("chỉ đạt 7,4%", "7,4", 7.4, "percent", "%", "tỷ lệ hỏa táng xã Hòa Bắc", I(M10)),
    F("khoảng 15 km", "15", 15, "measure", "km", "khoảng cách từ Cơ sở hỏa táng Hòa Sơn đến trung tâm thành phố",
      approx="about"),
    F("có 3 lò hỏa táng", "3", 3, "count", "lò hỏa táng", "lò hỏa táng Cơ sở hỏa táng Hòa Sơn"),
    F("tối đa 24 ca/ngày", "24", 24, "measure", "ca/ngày", "công suất Cơ sở hỏa táng Hòa Sơn", approx="at_most"),
    F("từ 6,5 đến 9 triệu", "6,5", 6.5e6, "money", "đồng/ca", "giá dịch vụ hỏa táng trọn gói", value_max=9e6),
    F("phục vụ 156 lễ tang", "156", 156, "count", "lễ tang", "lễ tang Nhà tang lễ Trung tâm Y tế huyện phục vụ",
      P("Trong 10 tháng", "2023-01-01", "2023-10-31"), percent=128),
    F("trong đó 64 lễ tang", "64", 64, "count", "lễ tang", "lễ tang có gia đình lựa chọn hỏa táng",
      P("Trong 10 tháng", "2023-01-01", "2023-10-31"), total=156),
    F("hỗ trợ 5 triệu đồng", "5", 5e6, "money", "đồng/trường hợp",
      "hỗ trợ mỗi trường hợp hỏa táng có hộ khẩu thường trú tại Đà Nẵng", location="Đà Nẵng"),
    F("gần 935 triệu đồng", "935", 935e6, "money", "đồng", "huyện chi trả hỗ trợ hỏa táng",
      P("Từ đầu năm đến nay", "2023-01-01", "2023-11-14"), approx="nearly"),
    F("toàn huyện đạt 35%", "35", 35, "percent", "%", "tỷ lệ hỏa táng toàn huyện",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("trên 45%", "45", 45, "percent", "%", "tỷ lệ hỏa táng toàn huyện",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

NOTES = [
    "District portal (Hòa Vang, Đà Nẵng): cremation campaign, 10 months of 2023.",
    "Commune list items (Hòa Liên ...) keep the district as location (FIGURES.md names province, city or district);",
    "the commune stays in the subject. The city's support rate (5 triệu đồng per case) is Đà Nẵng's.",
    "'Kế hoạch số 214/KH-UBND', 'giai đoạn 2021-2025', 'Nghị quyết số 56/2021/NQ-HĐND', phone, 'Thứ Ba' are not figures.",
    "'bằng 128% cùng kỳ' after 156 lễ tang is its percent attribute.",
]

if __name__ == "__main__":
    article("p944-2", TEXT, FIGS, published="2023-11-14", location="Hòa Vang", notes=NOTES)
