"""p1552-8: radio site (VOV.VN): Đà Nẵng coastal businesses switch to paper straws and paper cups."""
from lib import F, P, inh, C, T, write

TEXT = """VOV.VN
Thời sự | Kinh tế | Xã hội | Du lịch | Podcast

Đà Nẵng: Hơn 70% cơ sở kinh doanh ven biển dùng ống hút giấy

Thứ Ba, 09:30, 21/05/2024

VOV.VN - Sau hơn 2 năm triển khai mô hình “Biển không nhựa”, phần lớn quán cà phê, nhà hàng, khách sạn ven biển ở Đà Nẵng đã thay ống hút nhựa bằng ống hút giấy, cốc giấy.

Theo Sở Tài nguyên và Môi trường TP Đà Nẵng, đến cuối tháng 4/2024, trong tổng số 1.860 cơ sở kinh doanh ăn uống, lưu trú ven biển, đã có 1.322 cơ sở chuyển sang dùng ống hút giấy, cốc giấy, chiếm 71,1%. Riêng quận Sơn Trà có 412 cơ sở chuyển đổi, đạt 86%, cao nhất thành phố. Năm 2023, lượng rác thải nhựa thu gom tại các bãi biển giảm khoảng 25% so với năm 2022, còn khoảng 14 tấn/tháng.

Theo khảo sát của phóng viên VOV, giá ống hút giấy tại các đại lý hiện từ 180-250 đồng/chiếc, gấp khoảng 3 lần ống hút nhựa; cốc giấy có nắp giá khoảng 1.200 đồng/chiếc. Bà Nguyễn Thị Hạnh, chủ quán cà phê ở số 128 Võ Nguyên Giáp, cho biết mỗi tháng quán dùng khoảng 6.000 ống hút, chi phí tăng thêm chừng 700.000 đồng nhưng du khách, nhất là khách nước ngoài, rất ủng hộ.

Năm 2024, thành phố phấn đấu 100% cơ sở kinh doanh ven biển và 80% chợ truyền thống không sử dụng ống hút nhựa, cốc nhựa dùng một lần. Thành phố cũng hỗ trợ 50% kinh phí mua ống hút giấy cho các hộ kinh doanh nhỏ, tổng kinh phí dự kiến 1,5 tỷ đồng.

Hoàng Long/VOV miền Trung

Nghe bài viết | Chia sẻ
Tin cùng chuyên mục:
- Quảng Nam ra quân làm sạch bờ biển hưởng ứng Ngày Đại dương thế giới 8/6
"""

ASOF = P("đến cuối tháng 4/2024", None, "2024-04-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 70%", "70", 70, "percent", "%", approx="over",
      subject="cơ sở kinh doanh ven biển dùng ống hút giấy"),
    F("số 1.860 cơ sở", "1.860", 1860, "count", "cơ sở",
      subject="cơ sở kinh doanh ăn uống, lưu trú ven biển", period=ASOF),
    F("có 1.322 cơ sở", "1.322", 1322, "count", "cơ sở", total=1860, percent=71.1,
      subject="cơ sở chuyển sang dùng ống hút giấy, cốc giấy", period=ASOF),
    F("có 412 cơ sở", "412", 412, "count", "cơ sở", percent=86,
      subject="cơ sở chuyển đổi", period=inh(ASOF), location="Sơn Trà"),
    F("còn khoảng 14 tấn", "14", 14, "measure", "tấn/tháng", approx="about",
      change=C("decrease", 25, "%", "năm 2022", approx="about"),
      subject="lượng rác thải nhựa thu gom tại các bãi biển", period=Y23),
    F("từ 180-250", "180", 180, "money", "đồng/chiếc", value_max=250,
      change=C("increase", 3, "lần", "ống hút nhựa", approx="about"),
      subject="giá ống hút giấy tại các đại lý"),
    F("khoảng 1.200 đồng", "1.200", 1200, "money", "đồng/chiếc", approx="about",
      subject="giá cốc giấy có nắp"),
    F("khoảng 6.000 ống", "6.000", 6000, "measure", "ống hút/tháng", approx="about",
      subject="ống hút quán dùng mỗi tháng"),
    F("chừng 700.000", "700.000", 700000, "money", "đồng/tháng", approx="about",
      subject="chi phí tăng thêm"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở kinh doanh ven biển không sử dụng ống hút nhựa, cốc nhựa dùng một lần", period=Y24),
    F("và 80%", "80", 80, "percent", "%", status="target",
      subject="chợ truyền thống không sử dụng ống hút nhựa, cốc nhựa dùng một lần", period=Y24),
    F("hỗ trợ 50%", "50", 50, "percent", "%",
      subject="kinh phí mua ống hút giấy hỗ trợ cho các hộ kinh doanh nhỏ", period=inh(Y24)),
    F("dự kiến 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", status="forecast",
      subject="tổng kinh phí hỗ trợ", period=inh(Y24)),
]

NOTES = [
    "Radio site (VOV.VN): menu, headline figure, 'Thứ Ba, 09:30, 21/05/2024', tag 'VOV.VN -', byline, 'Nghe bài viết', related link.",
    "Distractors: 09:30, 'Sau hơn 2 năm' (a duration that locates the story in time), 'số 128 Võ Nguyên Giáp', 'Ngày Đại dương",
    "thế giới 8/6', baseline 'năm 2022'.",
    "1.322 of 'trong tổng số 1.860': total 1860, 'chiếm 71,1%' percent; 'đến cuối tháng 4/2024' is an as-of date (end 2024-04-30).",
    "'Riêng quận Sơn Trà có 412 cơ sở chuyển đổi, đạt 86%': location Sơn Trà, percent 86, no total ('riêng' is no part cue).",
    "'giảm khoảng 25% so với năm 2022, còn khoảng 14 tấn/tháng': the decrease is the change of the amount that follows (borderline:",
    "the change stands before its figure). 'gấp khoảng 3 lần ống hút nhựa' is the change of the straw price (unit lần).",
    "'mỗi tháng quán dùng khoảng 6.000 ống hút, chi phí tăng thêm chừng 700.000 đồng': rates per month; the extra cost is a money",
    "figure of its own (no base amount). 'phấn đấu' governs both clauses of its sentence; 'hỗ trợ 50%' is a standing policy (actual).",
]

if __name__ == "__main__":
    write("p1552-8", TEXT, NOTES, FIGS, published="2024-05-21", location="Đà Nẵng")
