"""p892-2: district portal (huyện Yên Thế, Bắc Giang), gà đồi quý I/2024."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THẾ
Kinh tế | Nông nghiệp - Nông thôn
Thứ Hai, 15/04/2024 - 10:20

Chăn nuôi gà đồi quý I tăng trưởng khá

Theo báo cáo của Trạm Chăn nuôi và Thú y huyện, trong quý I/2024 tổng đàn gà của huyện duy trì khoảng 5,8 triệu con; sản lượng gà hơi xuất chuồng đạt 9.200 tấn, tăng 6,2% so với cùng kỳ năm 2023. Các xã có đàn gà lớn gồm Đồng Tâm (620 nghìn con), Tam Hiệp (540 nghìn con) và Hồng Kỳ (480 nghìn con).

Từ đầu năm đến nay, giá gà đồi xuất chuồng dao động 55.000-62.000 đồng/kg, giá gà giống 9.000-11.000 đồng/con. Với mức giá này, người nuôi lãi bình quân 12.000-15.000 đồng/kg. Doanh thu từ chăn nuôi gà quý I ước đạt 560 tỷ đồng.

Công tác phòng dịch được chú trọng: huyện đã tiêm phòng vắc xin cúm gia cầm được 1,2 triệu liều, đạt 45% kế hoạch năm; không để xảy ra ổ dịch. Hiện huyện có 27 cơ sở chăn nuôi gà được chứng nhận VietGAHP và 3 chuỗi liên kết tiêu thụ, mỗi chuỗi bình quân bao tiêu khoảng 150 tấn/tháng. Hợp tác xã Gà đồi Yên Thế số 1 tại thôn Đồng Vương đã ký hợp đồng cung ứng gà cho 6 siêu thị và 14 cửa hàng thực phẩm sạch.

Trong năm 2024, huyện phấn đấu sản lượng gà hơi xuất chuồng đạt 36.000 tấn, giá trị đạt 2.100 tỷ đồng. Dự kiến cuối tháng 5, huyện tổ chức Lễ hội Gà đồi Yên Thế lần thứ 4 tại sân vận động huyện trên Tỉnh lộ 242, thu hút khoảng 50 gian hàng.

Hoàng Lan - Trung tâm VH-TT&TT huyện
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 5,8 triệu con", "5,8", 5800000, "count", "con", "tổng đàn gà", Q1, approx="about"),
    F("đạt 9.200 tấn", "9.200", 9200, "measure", "tấn", "sản lượng gà hơi xuất chuồng", Q1,
      change=C("increase", 6.2, "%", "cùng kỳ năm 2023")),
    F("(620 nghìn con)", "620", 620000, "count", "con", "đàn gà xã Đồng Tâm", I(Q1)),
    F("(540 nghìn con)", "540", 540000, "count", "con", "đàn gà xã Tam Hiệp", I(Q1)),
    F("(480 nghìn con)", "480", 480000, "count", "con", "đàn gà xã Hồng Kỳ", I(Q1)),
    F("55.000-62.000", "55.000", 55000, "money", "đồng/kg", "giá gà đồi xuất chuồng", YTD, value_max=62000),
    F("9.000-11.000", "9.000", 9000, "money", "đồng/con", "giá gà giống", YTD, value_max=11000),
    F("12.000-15.000", "12.000", 12000, "money", "đồng/kg", "lãi bình quân của người nuôi gà", I(YTD),
      value_max=15000),
    F("ước đạt 560 tỷ đồng", "560", 560000000000, "money", "đồng", "doanh thu từ chăn nuôi gà",
      P("quý I", "2024-01-01", "2024-03-31"), status="estimate"),
    F("1,2 triệu liều", "1,2", 1200000, "count", "liều", "vắc xin cúm gia cầm đã tiêm phòng", percent=45),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở chăn nuôi gà được chứng nhận VietGAHP"),
    F("3 chuỗi liên kết", "3", 3, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ gà"),
    F("khoảng 150 tấn/tháng", "150", 150, "measure", "tấn/tháng", "sản lượng gà bao tiêu bình quân mỗi chuỗi",
      approx="about"),
    F("cho 6 siêu thị", "6", 6, "count", "siêu thị", "siêu thị được hợp tác xã cung ứng gà"),
    F("14 cửa hàng", "14", 14, "count", "cửa hàng", "cửa hàng thực phẩm sạch được hợp tác xã cung ứng gà"),
    F("đạt 36.000 tấn", "36.000", 36000, "measure", "tấn", "sản lượng gà hơi xuất chuồng", Y24, status="target"),
    F("đạt 2.100 tỷ đồng", "2.100", 2100000000000, "money", "đồng", "giá trị sản lượng gà hơi xuất chuồng", Y24,
      status="target"),
    F("khoảng 50 gian hàng", "50", 50, "count", "gian hàng", "gian hàng tại Lễ hội Gà đồi Yên Thế",
      approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Yên Thế (Bắc Giang), invented: chăn nuôi gà đồi quý I/2024. Dateline 'Thứ Hai, 15/04/2024 - 10:20'.",
    "Communes in the bracketed list stay in the subject; location is the district. The list after 'gồm' is not a breakdown of 5,8 triệu.",
    "'Từ đầu năm đến nay' ends at the dateline. The 1,2 triệu liều sentence has no period phrase (none given).",
    "Distractors: 'Hợp tác xã Gà đồi Yên Thế số 1', 'Lễ hội ... lần thứ 4', 'Tỉnh lộ 242', 'tháng 5', '10:20'.",
    "'giá trị đạt 2.100 tỷ đồng' continues the phấn đấu clause: target. 'Dự kiến ... khoảng 50 gian hàng': forecast;",
    "'cuối tháng 5' only dates the event: no period given.",
]

write(2, TEXT, FIGS, NOTES, published="2024-04-15", location="Yên Thế")
