"""p813-6: national newspaper, Hà Nội / quận Tây Hồ: SUP boom on Hồ Tây and new safety rules (June 2024)."""
from lib import F, period, inherit, change, write

TEXT = """Thứ bảy, 15/6/2024, 08:15 (GMT+7)
Hà Nội siết quản lý dịch vụ chèo SUP trên Hồ Tây

Số người chèo ván đứng trên Hồ Tây tăng mạnh, trong khi phần lớn điểm cho thuê chưa được cấp phép và chưa có lực lượng cứu hộ.

Theo UBND quận Tây Hồ, quanh hồ hiện có khoảng 25 điểm cho thuê ván SUP, kayak, nhưng chỉ 4 điểm đã được cấp phép kinh doanh dịch vụ thể thao dưới nước. Sáng sớm và chiều tối cuối tuần, trên mặt hồ rộng khoảng 500 ha có lúc có hơn 300 người chèo cùng lúc.

Giá thuê ván phổ biến 100.000-150.000 đồng/giờ, kèm áo phao. Chủ một điểm cho thuê ở phố Trích Sài cho biết vào ngày cao điểm, cơ sở của anh phục vụ 80-100 lượt khách, thu về 8-10 triệu đồng.

Toàn thành phố hiện có 12 câu lạc bộ SUP, kayak với khoảng 2.000 thành viên, gấp 4 lần so với năm 2021. Từ đầu năm đến nay, trên các hồ ở Hà Nội đã xảy ra 3 vụ đuối nước liên quan đến người chèo SUP, làm 1 người tử vong.

Ngày 12/6, UBND quận Tây Hồ ban hành kế hoạch quản lý, theo đó người chèo chỉ được hoạt động trong vùng nước cách bờ không quá 200 m, phải mặc áo phao và không chèo khi có gió từ cấp 5 trở lên. Quận dự kiến bố trí 3 điểm trực cứu hộ với 12 nhân viên, hoàn thành trước ngày 30/6. Hành vi kinh doanh không phép có thể bị phạt từ 5 đến 10 triệu đồng theo Nghị định số 45/2019/NĐ-CP.

Ngọc Anh
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-06-15")

FIGS = [
    F("khoảng 25 điểm", "25", 25, "count", "điểm", "điểm cho thuê ván SUP, kayak quanh Hồ Tây", approx="about"),
    F("chỉ 4 điểm", "4", 4, "count", "điểm", "điểm đã được cấp phép kinh doanh dịch vụ thể thao dưới nước"),
    F("khoảng 500 ha", "500", 500, "measure", "ha", "diện tích mặt Hồ Tây", approx="about"),
    F("hơn 300 người", "300", 300, "count", "người", "người chèo cùng lúc", approx="over"),
    F("100.000-150.000 đồng/giờ", "100.000", 100000, "money", "đồng/giờ", "giá thuê ván SUP",
      value_max=150000),
    F("phục vụ 80-100 lượt khách", "80", 80, "count", "lượt khách", "lượt khách một điểm cho thuê phục vụ ngày cao điểm",
      value_max=100),
    F("8-10 triệu đồng", "8", 8e6, "money", "đồng", "tiền một điểm cho thuê thu về ngày cao điểm", value_max=1e7),
    F("có 12 câu lạc bộ", "12", 12, "count", "câu lạc bộ", "câu lạc bộ SUP, kayak", location="Hà Nội"),
    F("khoảng 2.000 thành viên", "2.000", 2000, "count", "thành viên", "thành viên câu lạc bộ SUP, kayak",
      approx="about", change=change("increase", 4, unit="lần", baseline="năm 2021"), location="Hà Nội"),
    F("xảy ra 3 vụ đuối nước", "3", 3, "count", "vụ đuối nước", "vụ đuối nước liên quan đến người chèo SUP", YTD,
      location="Hà Nội"),
    F("làm 1 người tử vong", "1", 1, "count", "người", "người tử vong", YTD, location="Hà Nội"),
    F("không quá 200 m", "200", 200, "measure", "m", "khoảng cách vùng chèo đến bờ", approx="at_most",
      optional=True),
    F("từ cấp 5 trở lên", "5", 5, "measure", "cấp", "cấp gió", approx="at_least", optional=True),
    F("bố trí 3 điểm trực cứu hộ", "3", 3, "count", "điểm trực cứu hộ", "điểm trực cứu hộ", status="forecast"),
    F("với 12 nhân viên", "12", 12, "count", "nhân viên", "nhân viên trực cứu hộ", status="forecast"),
    F("từ 5 đến 10 triệu đồng", "5", 5e6, "money", "đồng", "mức phạt kinh doanh không phép", value_max=1e7),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ bảy, 15/6/2024, 08:15 (GMT+7)', byline at the end): SUP on Hồ Tây, quận Tây Hồ, Hà Nội.",
    "Location: figures about Hồ Tây and the district's plan -> Tây Hồ (the district); citywide clubs and drownings -> Hà Nội.",
    "'khoảng 25 điểm …, nhưng chỉ 4 điểm đã được cấp phép': no part-of cue (trong đó/trong số/'/'), so no total.",
    "Gold change after the first run: the 8-10 triệu subject follows the sentence's wording (thu về), not the paraphrase doanh thu.",
    "Rule thresholds 'không quá 200 m', 'gió từ cấp 5 trở lên' are optional. Distractors: 08:15, Ngày 12/6, trước ngày 30/6,",
    "phố Trích Sài, Nghị định số 45/2019/NĐ-CP. Figures with 'hiện' and the renter's day figures carry no period.",
]

write(6, TEXT, FIGS, NOTES, published="2024-06-15", location="Tây Hồ")
