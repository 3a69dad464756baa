"""p885-6: national newspaper, aluminium melting village Tề Lỗ (huyện Yên Lạc, Vĩnh Phúc)."""
from lib import F, P, I, C, write

TEXT = """Thời sự > Môi trường
Chủ nhật, 12/11/2023, 07:30 (GMT+7)

Làng cô nhôm đỏ lửa ngày đêm giữa khu dân cư

Ở xã Tề Lỗ, huyện Yên Lạc, tỉnh Vĩnh Phúc, khoảng 140 hộ đang đặt lò cô nhôm ngay trong sân nhà, mỗi lò nấu 1,5-2 tấn phế liệu mỗi ngày.

Anh Nguyễn Văn Ba, chủ một xưởng ở thôn Nhân Lý, cho biết giá nhôm phế liệu hiện khoảng 38.000 đồng/kg, nhôm thỏi thành phẩm bán được 52.000-54.000 đồng/kg; trừ chi phí than, điện, nhân công, mỗi tấn lãi 2-3 triệu đồng.

Theo UBND xã Tề Lỗ, năm 2022 toàn xã sản xuất khoảng 65.000 tấn nhôm thỏi, doanh thu trên 3.000 tỷ đồng, gấp 1,6 lần năm 2018. Nghề cô nhôm giải quyết việc làm cho 2.400 lao động, thu nhập 250.000-400.000 đồng/người/ngày.

Cái giá phải trả là môi trường. Kết quả quan trắc của Sở Tài nguyên và Môi trường Vĩnh Phúc tháng 8/2023 cho thấy nồng độ bụi tại các tuyến đường trong xã vượt quy chuẩn 2,7 lần, nồng độ CO cao gấp 1,9 lần. Trạm y tế xã ghi nhận 9 tháng năm 2023 có 1.037 lượt người khám bệnh đường hô hấp, tăng 18% so với cùng kỳ.

Huyện Yên Lạc cho biết Cụm công nghiệp Tề Lỗ rộng 15 ha đang được san lấp mặt bằng, dự kiến bố trí cho khoảng 80 hộ. Tuy nhiên, chi phí thuê đất 1,2 triệu đồng/m2 khiến nhiều hộ e ngại. "Cả đời làm nghề trong sân nhà, giờ ra cụm mất thêm 500 triệu đồng thì không kham nổi", anh Ba nói.

Hoàng Tuấn
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
M8 = P("tháng 8/2023", "2023-08-01", "2023-08-31")
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")

FIGS = [
    F("khoảng 140 hộ", "140", 140, "count", "hộ", "hộ đặt lò cô nhôm trong sân nhà", approx="about"),
    F("1,5-2 tấn", "1,5", 1.5, "measure", "tấn/ngày", "phế liệu mỗi lò nấu mỗi ngày", value_max=2),
    F("khoảng 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá nhôm phế liệu", approx="about"),
    F("52.000-54.000", "52.000", 52000, "money", "đồng/kg", "giá nhôm thỏi thành phẩm", value_max=54000),
    F("lãi 2-3 triệu", "2", 2e6, "money", "đồng/tấn", "lãi mỗi tấn", value_max=3e6),
    F("khoảng 65.000 tấn", "65.000", 65000, "measure", "tấn", "nhôm thỏi sản xuất", Y22, approx="about"),
    F("trên 3.000 tỷ đồng", "3.000", 3000e9, "money", "đồng", "doanh thu", Y22, approx="over",
      change=C("increase", 1.6, unit="lần", baseline="năm 2018")),
    F("cho 2.400 lao động", "2.400", 2400, "count", "lao động", "lao động nghề cô nhôm được giải quyết việc làm",
      I(Y22)),
    F("250.000-400.000", "250.000", 250000, "money", "đồng/người/ngày", "thu nhập", I(Y22), value_max=400000),
    F("quy chuẩn 2,7 lần", "2,7", 2.7, "multiple", "lần",
      "nồng độ bụi tại các tuyến đường trong xã vượt quy chuẩn", M8),
    F("gấp 1,9 lần", "1,9", 1.9, "multiple", "lần", "nồng độ CO so với quy chuẩn", M8),
    F("có 1.037 lượt người", "1.037", 1037, "count", "lượt người", "lượt người khám bệnh đường hô hấp", N9,
      change=C("increase", 18, baseline="cùng kỳ")),
    F("rộng 15 ha", "15", 15, "measure", "ha", "diện tích Cụm công nghiệp Tề Lỗ"),
    F("khoảng 80 hộ", "80", 80, "count", "hộ", "hộ được bố trí vào cụm công nghiệp", approx="about",
      status="forecast"),
    F("1,2 triệu đồng/m2", "1,2", 1.2e6, "money", "đồng/m2", "chi phí thuê đất"),
    F("thêm 500 triệu đồng", "500", 500e6, "money", "đồng", "chi phí thêm khi ra cụm công nghiệp", optional=True),
]

NOTES = [
    "National newspaper (dateline 'Chủ nhật, 12/11/2023, 07:30 (GMT+7)'): aluminium melting village Tề Lỗ, huyện Yên Lạc, Vĩnh Phúc.",
    "Location: the district Yên Lạc (commune figures). Sentences with 'hiện' or no period phrase get no period.",
    "'doanh thu trên 3.000 tỷ đồng, gấp 1,6 lần năm 2018': a comparison of that figure with a baseline, read as its change",
    "(increase 1,6 lần, baseline năm 2018). 'vượt quy chuẩn 2,7 lần', 'cao gấp 1,9 lần' with no base amount are multiples.",
    "2.400 lao động and the daily income continue the 'năm 2022' paragraph in another sentence (inherited). 500 triệu in a quote: optional.",
    "Distractors: 'Anh Nguyễn Văn Ba'/'anh Ba' (name), dateline and time, 'năm 2018' (baseline), byline.",
]

write("p885-6", TEXT, NOTES, FIGS, published="2023-11-12", location="Yên Lạc")
