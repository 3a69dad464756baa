"""p1038-6: national newspaper (VnExpress style), Bình Định bò lai 3B, November 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ năm, 14/11/2024, 07:30 (GMT+7)

Nông dân Bình Định thu trăm triệu đồng mỗi năm nhờ bò lai 3B

Từ đầu năm đến nay, Bình Định đã thụ tinh nhân tạo hơn 41.200 con bò, chủ yếu bằng tinh bò 3B nhập khẩu từ Bỉ và tinh bò Red Angus.

Theo Sở Nông nghiệp và Phát triển nông thôn Bình Định, tính đến tháng 9/2024 tổng đàn bò của tỉnh đạt gần 280.000 con, trong đó bò lai chiếm 90,6%, đứng thứ nhất cả nước. Trong năm 2024, tỉnh dự kiến thụ tinh nhân tạo 52.000 con bò, trong đó 60% sử dụng tinh bò chuyên thịt.

Ông Nguyễn Văn Bảy ở xã Ân Tường Tây, huyện Hoài Ân, hiện nuôi 15 con bò 3B. Mỗi năm ông xuất bán 8-10 con bò thịt, trọng lượng 550-650 kg/con, giá bán 85.000-90.000 đồng/kg hơi, trừ chi phí thu lãi khoảng 250 triệu đồng. "Bò 3B lúc 24 tháng tuổi nặng gấp đôi bò lai Zebu cùng tuổi, thịt nạc nhiều nên thương lái tranh mua", ông Bảy nói.

Thịt bò 3B cho tỷ lệ thịt xẻ 65-70%, cao hơn bò lai Zebu khoảng 15%. Giá một liều tinh 3B khoảng 200.000 đồng, được tỉnh hỗ trợ 50% theo Nghị quyết số 08/2023/NQ-HĐND. Toàn tỉnh có 265 dẫn tinh viên, bình quân mỗi người phụ trách 1.050 con bò cái.

Theo Cục Chăn nuôi, năm 2023 cả nước có khoảng 6,4 triệu con bò, tỷ lệ bò lai đạt khoảng 65%; Bình Định là một trong 5 tỉnh có số bò được thụ tinh nhân tạo lớn nhất.

Ngọc Oanh
"""

NOTES = [
    "National newspaper (VnExpress style): bò lai 3B ở Bình Định. Dateline 'Thứ năm, 14/11/2024, 07:30 (GMT+7)'; byline at the end.",
    "Distractors: time '07:30 (GMT+7)', bull breed name '3B', 'ông Nguyễn Văn Bảy', Nghị quyết số 08/2023/NQ-HĐND;",
    "'trăm triệu' in the headline is vague (not annotated).",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline. 'đứng thứ nhất cả nước' is a rank (1) of the share 90,6%.",
    "'trong đó 60%' after a forecast count is a percent figure of its own (forecast continues). '65-70%, cao hơn … khoảng 15%':",
    "the 15% is the change of the range. National figures of Cục Chăn nuôi have location Việt Nam. 'một trong 5 tỉnh' is a top-5 label (optional).",
    "The farmer's figures take the district (Hoài Ân) as location. '24 tháng tuổi' is a specification (optional).",
    "revised: added 'nặng gấp đôi' as an optional multiple (2, a number word); 250 triệu subject now uses the words of its own",
    "sentence ('thu lãi mỗi năm trừ chi phí'; 'từ nuôi bò' was copied from another article's sentence).",
]

FIGS = [
    F("hơn 41.200 con bò", "41.200", 41200, "count", "con", "bò được thụ tinh nhân tạo",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14"), approx="over"),
    F("đạt gần 280.000 con", "280.000", 280000, "count", "con", "tổng đàn bò",
      P("tính đến tháng 9/2024", None, "2024-09-30"), approx="nearly"),
    F("chiếm 90,6%", "90,6", 90.6, "percent", "%", "tỷ lệ bò lai", P("tính đến tháng 9/2024", None, "2024-09-30")),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", "tỷ lệ bò lai", P("tính đến tháng 9/2024", None, "2024-09-30")),
    F("thụ tinh nhân tạo 52.000 con", "52.000", 52000, "count", "con", "bò được thụ tinh nhân tạo",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("trong đó 60%", "60", 60, "percent", "%", "tỷ lệ sử dụng tinh bò chuyên thịt",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("nuôi 15 con bò", "15", 15, "count", "con", "bò 3B ông Bảy nuôi", location="Hoài Ân"),
    F("bán 8-10 con", "8", 8, "count", "con", "bò thịt xuất bán mỗi năm", value_max=10, location="Hoài Ân"),
    F("trọng lượng 550-650 kg/con", "550", 550, "measure", "kg/con", "trọng lượng bò thịt xuất bán",
      value_max=650, location="Hoài Ân"),
    F("bán 85.000-90.000", "85.000", 85000, "money", "đồng/kg", "giá bán bò hơi", value_max=90000,
      location="Hoài Ân"),
    F("khoảng 250 triệu đồng", "250", 250e6, "money", "đồng", "thu lãi mỗi năm trừ chi phí", approx="about",
      location="Hoài Ân"),
    F("nặng gấp đôi", "đôi", 2, "multiple", "lần", "khối lượng bò 3B so với bò lai Zebu cùng tuổi", optional=True,
      location="Hoài Ân"),
    F("lúc 24 tháng tuổi", "24", 24, "measure", "tháng", "tuổi bò 3B", optional=True, location="Hoài Ân"),
    F("thịt xẻ 65-70%", "65", 65, "percent", "%", "tỷ lệ thịt xẻ bò 3B", value_max=70,
      change=C("increase", 15, "%", "bò lai Zebu", approx="about")),
    F("khoảng 200.000 đồng", "200.000", 200000, "money", "đồng", "giá một liều tinh 3B", approx="about"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ giá tinh 3B"),
    F("có 265 dẫn tinh viên", "265", 265, "count", "dẫn tinh viên", "dẫn tinh viên toàn tỉnh"),
    F("trách 1.050 con", "1.050", 1050, "measure", "con/người", "bò cái mỗi dẫn tinh viên phụ trách bình quân"),
    F("khoảng 6,4 triệu con", "6,4", 6.4e6, "count", "con", "tổng đàn bò cả nước",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", location="Việt Nam"),
    F("đạt khoảng 65%", "65", 65, "percent", "%", "tỷ lệ bò lai cả nước",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", location="Việt Nam"),
    F("trong 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh có số bò được thụ tinh nhân tạo lớn nhất", optional=True,
      location="Việt Nam"),
]

if __name__ == "__main__":
    write("p1038-6", TEXT, NOTES, FIGS, published="2024-11-14", location="Bình Định")
