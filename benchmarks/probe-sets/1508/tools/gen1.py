"""p1508-1: province portal (Quảng Ninh): waste-sorting bins handed out in 9 months of 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức > Tài nguyên - Môi trường

Hơn 25 nghìn thùng rác phân loại đến tay người dân

Cập nhật: 18/10/2024 09:45 | Lượt xem: 1.386

9 tháng đầu năm 2024, các địa phương trên địa bàn tỉnh Quảng Ninh đã cấp phát 25.460 thùng rác nhựa phục vụ phân loại chất thải rắn sinh hoạt tại nguồn, tăng 38,2% so với cùng kỳ năm 2023, bằng 84,9% kế hoạch năm. Trong đó, thùng đựng chất thải thực phẩm 11.820 chiếc, thùng đựng chất thải rắn sinh hoạt khác 10.150 chiếc, thùng đựng chất thải có khả năng tái chế 3.490 chiếc.

Tổng kinh phí mua sắm thùng rác khoảng 9,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 60%, phần còn lại do ngân sách cấp huyện và xã hội hóa.

Hiện nay, 13/13 huyện, thị xã, thành phố đã triển khai phân loại rác tại nguồn theo Điều 75 Luật Bảo vệ môi trường năm 2020, với khoảng 186.000 hộ gia đình tham gia, chiếm 61,5% tổng số hộ toàn tỉnh. TP Hạ Long dẫn đầu với hơn 52.000 hộ; tiếp đến là TP Cẩm Phả (31.400 hộ) và TP Uông Bí (18.750 hộ).

Lượng chất thải rắn sinh hoạt phát sinh trên địa bàn tỉnh khoảng 1.450 tấn/ngày; tỷ lệ thu gom, xử lý ở khu vực đô thị đạt 98%, khu vực nông thôn đạt 90,4%. Nhờ phân loại, lượng rác đưa đi chôn lấp năm nay giảm khoảng 12% so với năm 2023.

Quý IV/2024, tỉnh phấn đấu cấp phát thêm 4.500 thùng rác cho các xã đảo và miền núi, nâng tỷ lệ hộ tham gia phân loại lên ít nhất 65%. Dự kiến đến năm 2025, 100% hộ gia đình khu vực đô thị được trang bị thùng rác phân loại.

Tin liên quan:
- Hạ Long: Ra quân Ngày Chủ nhật xanh lần thứ 3
- Vân Đồn triển khai mô hình "Đổi rác lấy quà" năm 2024
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
HH = "hộ gia đình tham gia phân loại rác tại nguồn"

FIGS = [
    F("Hơn 25 nghìn", "25", 25e3, "count", "thùng rác", approx="over",
      subject="thùng rác phân loại đến tay người dân"),
    F("cấp phát 25.460 thùng", "25.460", 25460, "count", "thùng rác", percent=84.9,
      change=C("increase", 38.2, "%", "cùng kỳ năm 2023"),
      subject="thùng rác nhựa cấp phát phục vụ phân loại chất thải rắn sinh hoạt tại nguồn", period=NINE),
    F("thực phẩm 11.820 chiếc", "11.820", 11820, "count", "chiếc", total=25460,
      subject="thùng đựng chất thải thực phẩm", period=I(NINE)),
    F("khác 10.150 chiếc", "10.150", 10150, "count", "chiếc", total=25460,
      subject="thùng đựng chất thải rắn sinh hoạt khác", period=I(NINE)),
    F("tái chế 3.490 chiếc", "3.490", 3490, "count", "chiếc", total=25460,
      subject="thùng đựng chất thải có khả năng tái chế", period=I(NINE)),
    F("khoảng 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", approx="about",
      subject="tổng kinh phí mua sắm thùng rác"),
    F("hỗ trợ 60%", "60", 60, "percent", "%",
      subject="ngân sách tỉnh hỗ trợ kinh phí mua sắm thùng rác"),
    F("13/13 huyện", "13", 13, "count", "huyện, thị xã, thành phố", total=13,
      subject="huyện, thị xã, thành phố đã triển khai phân loại rác tại nguồn"),
    F("khoảng 186.000 hộ", "186.000", 186000, "count", "hộ gia đình", approx="about", percent=61.5,
      subject=HH),
    F("hơn 52.000 hộ", "52.000", 52000, "count", "hộ", approx="over", subject=HH, location="Hạ Long"),
    F("(31.400 hộ)", "31.400", 31400, "count", "hộ", subject=HH, location="Cẩm Phả"),
    F("(18.750 hộ)", "18.750", 18750, "count", "hộ", subject=HH, location="Uông Bí"),
    F("khoảng 1.450 tấn/ngày", "1.450", 1450, "measure", "tấn/ngày", approx="about",
      subject="lượng chất thải rắn sinh hoạt phát sinh"),
    F("đạt 98%", "98", 98, "percent", "%",
      subject="tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt ở khu vực đô thị"),
    F("đạt 90,4%", "90,4", 90.4, "percent", "%",
      subject="tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt ở khu vực nông thôn"),
    F("giảm khoảng 12%", "12", 12, "percent", "%", approx="about",
      subject="lượng rác đưa đi chôn lấp", period=NOW),
    F("thêm 4.500 thùng", "4.500", 4500, "count", "thùng rác", status="target",
      subject="thùng rác cấp phát thêm cho các xã đảo và miền núi", period=Q4),
    F("ít nhất 65%", "65", 65, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ hộ tham gia phân loại", period=Q4),
    F("2025, 100% hộ", "100", 100, "percent", "%", status="forecast",
      subject="hộ gia đình khu vực đô thị được trang bị thùng rác phân loại", period=TO25),
]

NOTES = [
    "Province portal (Quảng Ninh): bins for sorting at source handed out in 9 months of 2024; breadcrumb, 'Cập nhật: 18/10/2024 09:45 | Lượt xem: 1.386', related links.",
    "Distractors: 09:45, 'Lượt xem: 1.386', 'Điều 75', 'Luật Bảo vệ môi trường năm 2020', 'lần thứ 3', 'năm 2024' in a link title.",
    "Headline 'Hơn 25 nghìn thùng rác' is a figure of its own (over, 25 000); it has no period phrase.",
    "'bằng 84,9% kế hoạch năm' is the percent attribute of 25.460; 'Trong đó' parts after a sentence break take total 25.460 and inherit the period.",
    "'trong đó ngân sách tỉnh hỗ trợ 60%' is a share of the 9,6 tỷ, not a share that 9,6 tỷ has: a percent figure of its own.",
    "The list 'TP Hạ Long ... hơn 52.000 hộ; TP Cẩm Phả (31.400 hộ), TP Uông Bí (18.750 hộ)' shares the indicator of 186.000 hộ; no part-of cue, so no total.",
    "'năm nay' takes the year of the dateline (2024). 'Quý IV/2024 ... phấn đấu' governs both clauses (target). 'Dự kiến đến năm 2025' → forecast, start null.",
]

if __name__ == "__main__":
    write("p1508-1", TEXT, NOTES, FIGS, published="2024-10-18", location="Quảng Ninh")
