"""p852-5: Báo Thừa Thiên Huế, làng mứt Kim Long (TP. Huế), byline + bare date at the end (2024-02-03)."""
from lib import F, P, I, C, T, write_set

TEXT = """Làng mứt Kim Long rộn ràng vào vụ Tết

Những ngày này, không khí làm mứt ở phường Kim Long (TP. Huế) rộn ràng hơn mọi năm. Theo UBND phường, toàn phường hiện có 32 hộ làm mứt gừng, mứt sen, mỗi hộ bình quân 4-6 lao động; riêng vụ Tết này các hộ đã thuê thêm hơn 150 lao động thời vụ.

Bà Trần Thị Thu, chủ cơ sở mứt Thu Hằng ở kiệt 12 Kim Long, cho biết năm 2023 cơ sở làm được khoảng 3,5 tấn mứt gừng. Từ ngày 15/12/2023 đến nay, cơ sở đã xuất bán hơn 2 tấn, dự kiến cả vụ đạt 4 tấn. Sản phẩm của cơ sở từng được giới thiệu tại Festival Nghề truyền thống Huế lần thứ 8.

Mứt gừng Kim Long được bán với giá 200.000 đồng/kg, mứt sen trần 350.000-400.000 đồng/kg, cao hơn khoảng 15% so với Tết năm trước do giá nguyên liệu tăng. Giá gừng tươi hiện ở mức 35.000 đồng/kg, gấp đôi năm 2023.

Theo Sở Công Thương, dịp Tết Giáp Thìn toàn tỉnh có 5 làng nghề, 86 cơ sở sản xuất mứt, bánh truyền thống, cung ứng ra thị trường khoảng 420 tấn sản phẩm; trong đó mứt gừng, mứt sen chiếm khoảng 35%. Hàng hóa được bày bán tại các chợ, siêu thị và hơn 40 điểm bán dọc Quốc lộ 1A trên địa bàn tỉnh.

Năm 2024, TP. Huế đặt mục tiêu đưa mứt gừng Kim Long đạt OCOP 4 sao và hỗ trợ 10 hộ đầu tư lò sấy, với kinh phí dự kiến 300 triệu đồng. Ông Lê Văn Năm, Chủ tịch UBND phường Kim Long, cho biết phường sẽ xây dựng 1 điểm trưng bày sản phẩm mứt phục vụ du khách.

MINH HIỀN
03/02/2024
"""

SINCE = P("Từ ngày 15/12/2023 đến nay", "2023-12-15", "2024-02-03")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hiện có 32 hộ", "32", 32, "count", "hộ", "hộ làm mứt gừng, mứt sen", location="Huế"),
    F("bình quân 4-6 lao động", "4", 4, "measure", "lao động/hộ", "lao động bình quân mỗi hộ",
      value_max=6, location="Huế"),
    F("hơn 150 lao động", "150", 150, "count", "lao động", "lao động thời vụ thuê thêm", approx="over",
      location="Huế"),
    F("khoảng 3,5 tấn", "3,5", 3.5, "measure", "tấn", "mứt gừng cơ sở làm được",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", location="Huế"),
    F("hơn 2 tấn", "2", 2, "measure", "tấn", "mứt gừng cơ sở đã xuất bán", SINCE, approx="over", location="Huế"),
    F("cả vụ đạt 4 tấn", "4", 4, "measure", "tấn", "mứt gừng cơ sở làm cả vụ", status="forecast", location="Huế"),
    F("giá 200.000 đồng/kg", "200.000", 200000, "money", "đồng/kg", "giá mứt gừng Kim Long", location="Huế"),
    F("350.000-400.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá mứt sen trần", value_max=400000,
      change=C("increase", 15, baseline="Tết năm trước", approx="about"), location="Huế"),
    F("mức 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá gừng tươi",
      change=C("increase", 2, "lần", "năm 2023"), location="Huế"),
    F("có 5 làng nghề", "5", 5, "count", "làng nghề", "làng nghề sản xuất mứt, bánh truyền thống"),
    F("86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở sản xuất mứt, bánh truyền thống"),
    F("khoảng 420 tấn", "420", 420, "measure", "tấn", "sản phẩm cung ứng ra thị trường", approx="about"),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "mứt gừng, mứt sen", approx="about"),
    F("hơn 40 điểm bán", "40", 40, "count", "điểm bán", "điểm bán mứt trên địa bàn tỉnh", approx="over"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", Y24, status="target", location="Huế",
      optional=True),
    F("hỗ trợ 10 hộ", "10", 10, "count", "hộ", "hộ được hỗ trợ đầu tư lò sấy", Y24, status="target",
      location="Huế"),
    F("dự kiến 300 triệu đồng", "300", 300e6, "money", "đồng", "kinh phí hỗ trợ hộ đầu tư lò sấy", Y24,
      status="forecast", location="Huế"),
    F("xây dựng 1 điểm", "1", 1, "count", "điểm trưng bày", "điểm trưng bày sản phẩm mứt", status="forecast",
      location="Huế", optional=True),
]

NOTES = [
    "Báo Thừa Thiên Huế style (invented): byline 'MINH HIỀN' and bare date '03/02/2024' at the end give published.",
    "Kim Long figures are located 'Huế' (the city, TP. Huế); the Sở Công Thương province figures 'Thừa Thiên Huế'.",
    "Distractors: 'kiệt 12 Kim Long', 'Festival ... lần thứ 8' (ordinal), 'Quốc lộ 1A', names 'Lê Văn Năm', 'Thu Hằng'.",
    "'vụ Tết này', 'dịp Tết Giáp Thìn', 'cả vụ', 'hiện' give no calendar period. 'gấp đôi năm 2023' is the change of 35.000 đồng/kg (2 lần).",
    "'trong đó mứt gừng, mứt sen chiếm khoảng 35%' is a percent figure of its own (no count for the part).",
    "'kinh phí dự kiến' = forecast. 'OCOP 4 sao' (a rating) and 'sẽ xây dựng 1 điểm' are optional.",
    "'hơn 40 điểm bán dọc Quốc lộ 1A trên địa bàn tỉnh': location Thừa Thiên Huế.",
]

if __name__ == "__main__":
    write_set(5, TEXT, FIGS, NOTES, published="2024-02-03", location="Thừa Thiên Huế")
