"""p853-6: national newspaper (VnExpress style), Hà Nội e-waste bins in residential areas."""
from lib import F, change, period, inherit, write

TEXT = """Thời sự > Môi trường

Hà Nội đặt 500 thùng thu gom rác thải điện tử tại khu dân cư

Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Sau 8 tháng thí điểm, thành phố đã thu về hơn 23 tấn pin, điện thoại, máy tính hỏng từ các thùng thu gom đặt tại chung cư, trụ sở phường.

Theo Sở Tài nguyên và Môi trường Hà Nội, mô hình được triển khai từ tháng 7/2024 tại 12 quận, với 500 thùng thu gom màu xanh lá, mỗi thùng dung tích 240 lít. Tính đến ngày 28/2/2025, các thùng đã tiếp nhận 23,4 tấn rác thải điện tử, trong đó pin các loại chiếm khoảng 38%. Quận Cầu Giấy thu được nhiều nhất với 3,1 tấn, tiếp theo là Đống Đa 2,8 tấn và Hoàng Mai 2,5 tấn.

Ông Lê Văn Dũng, Phó trưởng phòng Quản lý chất thải rắn của Sở, cho biết chi phí thu gom, vận chuyển và xử lý bình quân khoảng 12.000-15.000 đồng/kg, do các nhà sản xuất tham gia chương trình tái chế chi trả. "Trước đây phần lớn pin thải bị bỏ lẫn vào rác sinh hoạt. Mỗi ngày Hà Nội phát sinh khoảng 7.000 tấn rác sinh hoạt, chỉ cần 0,1% là pin thì đã có 7 tấn chất độc hại", ông nói.

Chị Nguyễn Thu Hằng, cư dân tòa HH2 khu đô thị Linh Đàm, cho biết gia đình chị đã mang tới thùng thu gom 2 chiếc điện thoại hỏng và khoảng 1 kg pin tiểu.

Theo kế hoạch, năm 2025 thành phố sẽ mở rộng mô hình ra toàn bộ 30 quận, huyện, thị xã với tổng số 1.200 thùng thu gom, kinh phí dự kiến khoảng 4,5 tỷ đồng. Ngoài ra, Hà Nội đang duy trì 6 điểm thu gom cố định tại các trung tâm thương mại và hơn 180 điểm thu hồi của các hãng điện thoại.

Gia Chính
"""

ASOF = period("Tính đến ngày 28/2/2025", None, "2025-02-28")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đặt 500 thùng", "500", 500, "count", "thùng thu gom",
      subject="thùng thu gom rác thải điện tử đặt tại khu dân cư"),
    F("hơn 23 tấn", "23", 23, "measure", "tấn", approx="over",
      subject="pin, điện thoại, máy tính hỏng thu về"),
    F("tại 12 quận", "12", 12, "count", "quận", subject="quận triển khai mô hình"),
    F("với 500 thùng", "500", 500, "count", "thùng thu gom", subject="thùng thu gom"),
    F("dung tích 240 lít", "240", 240, "measure", "lít", subject="dung tích mỗi thùng", optional=True),
    F("tiếp nhận 23,4 tấn", "23,4", 23.4, "measure", "tấn",
      subject="rác thải điện tử các thùng đã tiếp nhận", per=ASOF),
    F("chiếm khoảng 38%", "38", 38, "percent", "%", approx="about",
      subject="pin các loại trong rác thải điện tử tiếp nhận", per=ASOF),
    F("nhiều nhất với 3,1 tấn", "3,1", 3.1, "measure", "tấn", subject="rác thải điện tử thu được",
      location="Cầu Giấy", per=inherit(ASOF)),
    F("Đống Đa 2,8 tấn", "2,8", 2.8, "measure", "tấn", subject="rác thải điện tử thu được",
      location="Đống Đa", per=inherit(ASOF)),
    F("Hoàng Mai 2,5 tấn", "2,5", 2.5, "measure", "tấn", subject="rác thải điện tử thu được",
      location="Hoàng Mai", per=inherit(ASOF)),
    F("khoảng 12.000-15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", value_max=15000,
      approx="about", subject="chi phí thu gom, vận chuyển và xử lý bình quân"),
    F("khoảng 7.000 tấn", "7.000", 7000, "measure", "tấn/ngày", approx="about",
      subject="rác sinh hoạt phát sinh mỗi ngày"),
    F("chỉ cần 0,1%", "0,1", 0.1, "percent", "%", subject="pin trong rác sinh hoạt (giả định)",
      optional=True),
    F("có 7 tấn", "7", 7, "measure", "tấn", subject="chất độc hại (giả định)", optional=True),
    F("thu gom 2 chiếc", "2", 2, "count", "chiếc", subject="điện thoại hỏng gia đình chị Hằng mang tới",
      optional=True),
    F("khoảng 1 kg", "1", 1, "measure", "kg", approx="about", subject="pin tiểu gia đình chị Hằng mang tới",
      optional=True),
    F("toàn bộ 30 quận", "30", 30, "count", "quận, huyện, thị xã", status="target",
      subject="quận, huyện, thị xã mở rộng mô hình", per=Y25),
    F("tổng số 1.200 thùng", "1.200", 1200, "count", "thùng thu gom", status="target",
      subject="tổng số thùng thu gom", per=Y25),
    F("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí mở rộng mô hình", per=Y25),
    F("duy trì 6 điểm", "6", 6, "count", "điểm thu gom cố định",
      subject="điểm thu gom cố định tại các trung tâm thương mại"),
    F("hơn 180 điểm", "180", 180, "count", "điểm thu hồi", approx="over",
      subject="điểm thu hồi của các hãng điện thoại"),
]

NOTES = [
    "VnExpress-style national paper: Hà Nội thí điểm thùng thu gom rác thải điện tử (Chủ nhật, 16/3/2025, 07:30 GMT+7); byline at the end.",
    "Distractors: 07:30 (GMT+7), 'Sau 8 tháng thí điểm' (duration), 'từ tháng 7/2024' (launch date), 'tòa HH2', 'Mỗi ngày'.",
    "'mỗi thùng dung tích 240 lít' (specification), the hypothetical '0,1% … 7 tấn' and one household's '2 chiếc … 1 kg' are optional.",
    "'trong đó pin các loại chiếm khoảng 38%' is a percent figure of its own (no base amount for pin). District list → locations.",
    "'Theo kế hoạch' → target (30 quận, 1.200 thùng); 'kinh phí dự kiến' → forecast. 'Tính đến ngày 28/2/2025' is an as-of date (start null).",
]

write("p853-6", TEXT, NOTES, FIGS, published="2025-03-16", location="Hà Nội")
