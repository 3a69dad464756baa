"""p794-6: national newspaper (VnExpress style) - ốc bươu đen in tarpaulin tanks, Long Mỹ, Hậu Giang."""
from lib import F, build, chg, inh, per

TEXT = """Kinh doanh > Nông nghiệp
Thứ bảy, 8/6/2024, 07:30 (GMT+7)

Lãi 40 triệu đồng mỗi tháng nhờ nuôi ốc bươu đen trong bể bạt

Từ 200 m2 đất vườn bỏ trống, anh Lê Văn Tư ở xã Vĩnh Viễn A, huyện Long Mỹ, tỉnh Hậu Giang xây 36 bể lót bạt nuôi ốc bươu đen, mỗi tháng lãi khoảng 40 triệu đồng.

Anh Tư cho biết, mỗi bể rộng 6 m2, thả 1.500-2.000 con giống. Sau khoảng 3 tháng, ốc đạt cỡ 25-30 con/kg thì thu hoạch. Mỗi tháng anh xuất bán trung bình 1,2 tấn ốc thương phẩm với giá 45.000-50.000 đồng/kg, cùng khoảng 300 kg ốc giống giá 120.000 đồng/kg. Thức ăn chủ yếu là rau muống, bèo tai tượng và cám viên, chi phí chiếm khoảng 35% doanh thu.

Theo TS Trần Thị Sáu, Trường Đại học Cần Thơ, nuôi ốc bươu đen trong bể bạt cho tỷ lệ sống 80-85%, ít dịch bệnh, dễ kiểm soát nguồn nước. Trên cùng diện tích, lợi nhuận cao gấp 3 lần trồng lúa.

Theo Chi cục Thủy sản Hậu Giang, toàn tỉnh hiện có khoảng 180 ha nuôi ốc bươu đen, gấp 2,5 lần năm 2022, chủ yếu ở Long Mỹ, Vị Thủy và Phụng Hiệp. Riêng huyện Long Mỹ có 74 ha với hơn 320 hộ nuôi. Sản lượng 5 tháng đầu năm 2024 của tỉnh ước đạt 1.150 tấn, tăng 27% so với cùng kỳ. Năm nay, Hậu Giang dự kiến hỗ trợ thêm 20 tổ hợp tác nuôi ốc bươu đen tiếp cận vốn vay theo Nghị định số 55/2015/NĐ-CP.

Ốc bươu đen là loài bản địa, khác với ốc bươu vàng, một loài ngoại lai xâm hại. Anh Tư hiện cung cấp ốc giống cho khoảng 50 hộ trong và ngoài tỉnh.

Văn Tú
"""

Y24 = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("Lãi 40 triệu đồng", "40", 40e6, "money", "đồng/tháng", "lãi nuôi ốc bươu đen trong bể bạt",
      location="Long Mỹ"),
    F("Từ 200 m2", "200", 200, "measure", "m2", "đất vườn xây bể nuôi ốc bươu đen", location="Long Mỹ"),
    F("xây 36 bể", "36", 36, "count", "bể", "bể lót bạt nuôi ốc bươu đen", location="Long Mỹ"),
    F("lãi khoảng 40 triệu đồng", "40", 40e6, "money", "đồng/tháng", "lãi nuôi ốc bươu đen", approx="about",
      location="Long Mỹ"),
    F("rộng 6 m2", "6", 6, "measure", "m2", "diện tích mỗi bể", optional=True, location="Long Mỹ"),
    F("thả 1.500-2.000 con giống", "1.500", 1500, "count", "con giống/bể", "con giống thả mỗi bể",
      value_max=2000, location="Long Mỹ"),
    F("khoảng 3 tháng", "3", 3, "measure", "tháng", approx="about", optional=True, location="Long Mỹ"),
    F("cỡ 25-30 con/kg", "25", 25, "measure", "con/kg", value_max=30, optional=True, location="Long Mỹ"),
    F("trung bình 1,2 tấn", "1,2", 1.2, "measure", "tấn/tháng", "ốc thương phẩm xuất bán", location="Long Mỹ"),
    F("giá 45.000-50.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá ốc thương phẩm", value_max=50000,
      location="Long Mỹ"),
    F("khoảng 300 kg", "300", 300, "measure", "kg/tháng", "ốc giống xuất bán", approx="about",
      location="Long Mỹ"),
    F("giá 120.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá ốc giống", location="Long Mỹ"),
    F("khoảng 35% doanh thu", "35", 35, "percent", "%", "chi phí thức ăn trong doanh thu", approx="about",
      location="Long Mỹ"),
    F("sống 80-85%", "80", 80, "percent", "%", "tỷ lệ sống ốc bươu đen nuôi trong bể bạt", value_max=85),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lợi nhuận nuôi ốc bươu đen so với trồng lúa"),
    F("khoảng 180 ha", "180", 180, "measure", "ha", "diện tích nuôi ốc bươu đen", approx="about",
      change=chg("increase", 2.5, "lần", "năm 2022")),
    F("có 74 ha", "74", 74, "measure", "ha", "diện tích nuôi ốc bươu đen", location="Long Mỹ"),
    F("hơn 320 hộ", "320", 320, "count", "hộ", "hộ nuôi ốc bươu đen", approx="over", location="Long Mỹ"),
    F("ước đạt 1.150 tấn", "1.150", 1150, "measure", "tấn", "sản lượng ốc bươu đen",
      per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31"), status="estimate",
      change=chg("increase", 27, baseline="cùng kỳ")),
    F("thêm 20 tổ hợp tác", "20", 20, "count", "tổ hợp tác", "tổ hợp tác nuôi ốc bươu đen được hỗ trợ tiếp cận vốn vay",
      Y24, status="forecast"),
    F("khoảng 50 hộ", "50", 50, "count", "hộ", "hộ được anh Tư cung cấp ốc giống", approx="about",
      location="Long Mỹ"),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Thứ bảy, 8/6/2024, 07:30 (GMT+7)', byline at the end): one farmer's ốc bươu đen tanks in",
    "xã Vĩnh Viễn A, huyện Long Mỹ (his figures: Long Mỹ), then Hậu Giang province figures (default location).",
    "Headline figure '40 triệu đồng mỗi tháng' is the farmer's (same fact as the lead): location Long Mỹ although the headline names no place.",
    "'mỗi tháng' rates carry /tháng in the unit; 'mỗi bể ... thả 1.500-2.000 con giống' -> con giống/bể.",
    "Tank size 6 m2, grow-out 'khoảng 3 tháng' (locates the harvest size) and size 25-30 con/kg are the example's specification: optional.",
    "'gấp 2,5 lần năm 2022' follows 180 ha with a baseline: change (lần). 'gấp 3 lần' standing alone: multiple.",
    "The expert's survival rate and multiple describe the method in general: location Hậu Giang (Trường Đại học Cần Thơ names an institution).",
    "'Năm nay, Hậu Giang dự kiến hỗ trợ thêm 20 tổ hợp tác' -> forecast, period 2024 (published).",
    "Distractors: 07:30 (GMT+7), anh Lê Văn Tư, TS Trần Thị Sáu, xã Vĩnh Viễn A, Nghị định số 55/2015/NĐ-CP.",
]

if __name__ == "__main__":
    build("p794-6", TEXT, FIGS, COMMENTS, published="2024-06-08", location="Hậu Giang")
