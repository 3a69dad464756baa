from lib import F, P, I, CH, emit

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Kinh tế › Nông nghiệp

Cam Vinh được mùa, nông dân thu gần 2.400 tỷ đồng

(Baonghean.vn) - Năm 2023, tổng diện tích cam toàn tỉnh Nghệ An đạt 5.912 ha, giảm 1.240 ha so với năm 2020 do chuyển đổi diện tích già cỗi, nhiễm bệnh vàng lá thối rễ. Tuy nhiên, nhờ áp dụng quy trình thâm canh, năng suất cam năm 2023 bình quân đạt 19,6 tấn/ha, cao hơn 2,3 tấn/ha so với năm 2022; sản lượng ước đạt 98.400 tấn.

Các huyện có diện tích cam lớn gồm Quỳ Hợp (1.870 ha), Nghĩa Đàn (1.245 ha), Con Cuông (862 ha) và Yên Thành (615 ha). Tại xóm 5, xã Minh Hợp, huyện Quỳ Hợp, nhiều hộ có vườn cam trên 3 ha.

Giá cam Vinh tại vườn đầu vụ từ 20.000 - 25.000 đồng/kg, cuối vụ (trước Tết Nguyên đán) tăng lên 30.000-35.000 đồng/kg. Với giá bán bình quân khoảng 24.000 đồng/kg, giá trị thu được từ cây cam ước gần 2.400 tỷ đồng.

Hiện toàn tỉnh có 1.532 ha cam đạt chứng nhận VietGAP, chiếm gần 26% diện tích; 326 ha được chứng nhận hữu cơ. Chỉ dẫn địa lý số 00011 cho sản phẩm cam Vinh được Cục Sở hữu trí tuệ cấp từ năm 2007.

Theo Kế hoạch số 532/KH-UBND của UBND tỉnh, phấn đấu đến năm 2025, diện tích cam đạt chứng nhận VietGAP, hữu cơ chiếm từ 40 đến 50% tổng diện tích; sản lượng cam đạt 110.000 tấn.

THANH HƯƠNG
27/11/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thu gần 2.400 tỷ đồng", "2.400", 2400000000000, "money", "đồng", "giá trị thu được từ cây cam", I(Y23),
      approx="nearly"),
    F("đạt 5.912 ha", "5.912", 5912, "measure", "ha", "tổng diện tích cam", Y23,
      change=CH("decrease", 1240, "ha", baseline="năm 2020")),
    F("đạt 19,6 tấn/ha", "19,6", 19.6, "measure", "tấn/ha", "năng suất cam bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 2.3, "tấn/ha", baseline="năm 2022")),
    F("ước đạt 98.400 tấn", "98.400", 98400, "measure", "tấn", "sản lượng cam",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("Quỳ Hợp (1.870 ha)", "1.870", 1870, "measure", "ha", "diện tích cam", I(Y23), location="Quỳ Hợp"),
    F("Nghĩa Đàn (1.245 ha)", "1.245", 1245, "measure", "ha", "diện tích cam", I(Y23), location="Nghĩa Đàn"),
    F("Con Cuông (862 ha)", "862", 862, "measure", "ha", "diện tích cam", I(Y23), location="Con Cuông"),
    F("Yên Thành (615 ha)", "615", 615, "measure", "ha", "diện tích cam", I(Y23), location="Yên Thành"),
    F("trên 3 ha", "3", 3, "measure", "ha", "diện tích vườn cam của nhiều hộ", approx="over",
      location="Quỳ Hợp", optional=True),
    F("từ 20.000 - 25.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", "giá cam Vinh tại vườn đầu vụ", I(Y23),
      value_max=25000),
    F("lên 30.000-35.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá cam Vinh tại vườn cuối vụ", I(Y23),
      value_max=35000),
    F("khoảng 24.000 đồng/kg", "24.000", 24000, "money", "đồng/kg", "giá bán cam bình quân", I(Y23), approx="about"),
    F("ước gần 2.400 tỷ đồng", "2.400", 2400000000000, "money", "đồng", "giá trị thu được từ cây cam", I(Y23),
      approx="nearly", status="estimate"),
    F("có 1.532 ha", "1.532", 1532, "measure", "ha", "diện tích cam đạt chứng nhận VietGAP", percent=26),
    F("326 ha", "326", 326, "measure", "ha", "diện tích cam được chứng nhận hữu cơ"),
    F("từ 40 đến 50%", "40", 40, "percent", "%", "tỷ lệ diện tích cam đạt chứng nhận VietGAP, hữu cơ trong tổng diện tích",
      T25, value_max=50, status="target"),
    F("đạt 110.000 tấn", "110.000", 110000, "measure", "tấn", "sản lượng cam", T25, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Nghệ An): Vinh oranges 2023 — area, yield, output, districts, prices, VietGAP and organic, 2025 targets.",
    "Byline and bare date `27/11/2023` at the end give published. `(Baonghean.vn)` tag, `xóm 5`, `Chỉ dẫn địa lý số 00011`,",
    "`Kế hoạch số 532/KH-UBND`, `năm 2007` are distractors. `tăng lên 30.000-35.000 đồng/kg` is the new level, not a change.",
    "`chiếm gần 26% diện tích` is the VietGAP area's percent (its `gần` belongs to the share, the area itself is exact).",
    "`gồm` after `Các huyện` follows no whole figure: no total. `vườn cam trên 3 ha` (a description of households) optional.",
    "The headline amount repeats the body's: two figures; the headline drops `ước` (actual as written).",
]

if __name__ == "__main__":
    emit("p603-5", TEXT, COMMENTS, FIGS, published="2023-11-27", location="Nghệ An")
