"""p898-8: provincial newspaper online (Báo Đắk Nông) — Cư Jút spends on reducing human-elephant conflict; headline figure, (BĐN) tag."""
from lib import F, P, I, C, T, write

TEXT = """Báo Đắk Nông điện tử
Thứ Ba, 05/09/2023 07:30

Cư Jút chi gần 1,5 tỷ đồng giảm xung đột người - voi

(BĐN) - 8 tháng đầu năm 2023, huyện Cư Jút đã chi gần 1,5 tỷ đồng cho các hoạt động giảm thiểu xung đột giữa người và voi rừng, tăng 35% so với cùng kỳ năm 2022. Trong đó, kinh phí hỗ trợ người dân bị thiệt hại là 620 triệu đồng, chiếm 41,3%; kinh phí làm hàng rào điện và hào ngăn voi là 780 triệu đồng.

Hiện đàn voi rừng khoảng 7-9 con thường xuyên di chuyển từ Vườn quốc gia Yok Đôn (Đắk Lắk) sang các xã Ea Pô, Đắk Wil và Tâm Thắng. Từ đầu năm đến nay, voi đã xâm nhập nương rẫy 28 lượt, phá hoại 12,6 ha ngô, sắn, điều của 41 hộ, trong đó xã Đắk Wil có 19 hộ bị thiệt hại.

Mức hỗ trợ được áp dụng theo Quyết định số 1215/QĐ-UBND của UBND tỉnh: 8 triệu đồng/ha đối với cây hằng năm và 15 triệu đồng/ha đối với cây lâu năm.

Huyện đã xây dựng 4,5 km hàng rào điện và đào 2,8 km hào ngăn voi tại xã Ea Pô, đưa tổng chiều dài công trình ngăn voi trên địa bàn lên 11,2 km. Ông Y Nam, thôn Buôn Trum, xã Ea Pô, cho biết nhờ hàng rào điện dọc Tỉnh lộ 4, đã 2 tháng nay voi không còn vào rẫy của gia đình.

Theo UBND huyện, dự kiến đến cuối năm 2023 sẽ hoàn thành thêm 3 km hàng rào điện, nâng tỷ lệ diện tích canh tác ven rừng được bảo vệ lên khoảng 60%. Huyện cũng phấn đấu 100% thôn, buôn giáp rừng có tổ tự quản canh voi.

Hoàng Bắc
"""

M8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
SINCE = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-05")
END23 = P("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("chi gần 1,5 tỷ đồng giảm", "1,5", 1_500_000_000, "money", "đồng",
      "kinh phí cho các hoạt động giảm xung đột người - voi", I(M8), approx="nearly"),
    F("chi gần 1,5 tỷ đồng cho", "1,5", 1_500_000_000, "money", "đồng",
      "kinh phí cho các hoạt động giảm thiểu xung đột giữa người và voi rừng", M8, approx="nearly",
      change=C("increase", 35, "%", "cùng kỳ năm 2022")),
    F("là 620 triệu đồng", "620", 620_000_000, "money", "đồng", "kinh phí hỗ trợ người dân bị thiệt hại",
      I(M8), total=1_500_000_000, percent=41.3),
    F("là 780 triệu đồng", "780", 780_000_000, "money", "đồng", "kinh phí làm hàng rào điện và hào ngăn voi",
      I(M8), total=1_500_000_000),
    F("khoảng 7-9 con", "7", 7, "count", "con", "voi rừng trong đàn", value_max=9, approx="about"),
    F("nương rẫy 28 lượt", "28", 28, "count", "lượt", "lượt voi xâm nhập nương rẫy", SINCE),
    F("phá hoại 12,6 ha", "12,6", 12.6, "measure", "ha", "diện tích ngô, sắn, điều bị voi phá hoại", SINCE),
    F("của 41 hộ", "41", 41, "count", "hộ", "hộ bị voi phá hoại", SINCE),
    F("có 19 hộ", "19", 19, "count", "hộ", "hộ bị thiệt hại", SINCE, total=41),
    F("8 triệu đồng/ha", "8", 8_000_000, "money", "đồng/ha", "mức hỗ trợ đối với cây hằng năm"),
    F("15 triệu đồng/ha", "15", 15_000_000, "money", "đồng/ha", "mức hỗ trợ đối với cây lâu năm"),
    F("xây dựng 4,5 km", "4,5", 4.5, "measure", "km", "hàng rào điện xây dựng"),
    F("đào 2,8 km", "2,8", 2.8, "measure", "km", "hào ngăn voi"),
    F("lên 11,2 km", "11,2", 11.2, "measure", "km", "tổng chiều dài công trình ngăn voi"),
    F("đã 2 tháng nay", "2", 2, "measure", "tháng", "thời gian voi không còn vào rẫy", optional=True),
    F("thêm 3 km", "3", 3, "measure", "km", "hàng rào điện hoàn thành thêm", END23, status="forecast"),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ lệ diện tích canh tác ven rừng được bảo vệ", END23,
      approx="about", status="forecast"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "thôn, buôn giáp rừng có tổ tự quản canh voi",
      status="target"),
]

NOTES = [
    "Báo Đắk Nông: Cư Jút chi cho giảm xung đột người - voi 8 tháng đầu năm 2023; headline figure repeats the lead; '(BĐN) -' tag.",
    "Not figures: 'Thứ Ba, 05/09/2023 07:30', 'Quyết định số 1215/QĐ-UBND', 'Tỉnh lộ 4', 'Ông Y Nam' (name), 'thôn Buôn Trum'.",
    "'đã 2 tháng nay voi không còn vào rẫy' is mostly a duration that locates a fact in time; a reader might count it: optional.",
    "'Trong đó, … 620 triệu đồng, chiếm 41,3%; … 780 triệu đồng' → parts of the 1,5 tỷ (total = its value 1.5e9). 'trong đó xã Đắk Wil có 19 hộ' → total 41.",
    "Location Cư Jút throughout (communes lie in it; 'Yok Đôn (Đắk Lắk)' is where the herd comes from, not the place of a figure).",
    "'dự kiến đến cuối năm 2023 sẽ hoàn thành thêm 3 km …, nâng … lên khoảng 60%' → forecast for both; 'phấn đấu 100%' → target without a period phrase.",
]

if __name__ == "__main__":
    write(8, TEXT, NOTES, FIGS, published="2023-09-05", location="Cư Jút")
