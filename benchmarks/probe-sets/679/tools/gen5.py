"""p679-5: Báo Bà Rịa - Vũng Tàu (Party newspaper): beach clean-up day and waste collected."""
from lib import F, P, I, CH, emit

TEXT = """Ra quân làm sạch bãi biển, thu gom gần 27 tấn rác

BR-VT - Sáng 9/6, hưởng ứng Tuần lễ Biển và Hải đảo Việt Nam năm 2024 và Ngày Đại dương thế giới (8/6), Tỉnh Đoàn Bà Rịa - Vũng Tàu phối hợp với Sở Tài nguyên và Môi trường tổ chức chương trình "Hãy làm sạch biển" lần thứ 7 đồng loạt tại 12 điểm ven biển.

Hơn 3.600 đoàn viên, thanh niên, tình nguyện viên và du khách đã tham gia, thu gom gần 27 tấn rác thải trên chiều dài khoảng 35 km bờ biển. Trong đó, TP. Vũng Tàu thu gom 9,4 tấn; huyện Long Điền 6,2 tấn; huyện Đất Đỏ 4,8 tấn và huyện Xuyên Mộc 6,3 tấn.

Theo Sở Tài nguyên và Môi trường, từ đầu năm đến nay, lực lượng vệ sinh môi trường đã thu gom khoảng 1.152,6 tấn rác trên các bãi biển, tăng 8% so với cùng kỳ năm 2023; riêng rác thải nhựa chiếm từ 38 đến 42% khối lượng rác thu gom. Chi phí thu gom, vận chuyển và xử lý bình quân 420.000 đồng/tấn.

Bà Rịa - Vũng Tàu có 305 km bờ biển, trong đó khoảng 72 km bãi tắm. Năm 2023, các bãi tắm trên địa bàn tỉnh đón 9,1 triệu lượt khách; riêng ngày cao điểm 2/9 có hơn 160.000 lượt khách tắm biển tại Bãi Sau (TP. Vũng Tàu).

Tỉnh phấn đấu đến năm 2025 giảm 50% lượng rác thải nhựa trên các bãi biển so với năm 2020, 100% bãi tắm được trang bị thùng rác phân loại tại nguồn.

Tại chương trình, Ban tổ chức đã trao tặng 200 thùng rác phân loại cho các khu dân cư ven biển và phát động phong trào "Chủ nhật xanh" trên tuyến đường 3 Tháng 2.

MINH THU

10/6/2024
"""

D9 = P("Sáng 9/6", "2024-06-09", "2024-06-09")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-06-10")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("biển, thu gom gần 27", "27", 27, "measure", "tấn", "rác thu gom khi ra quân làm sạch bãi biển",
      approx="nearly"),
    F("tại 12 điểm", "12", 12, "count", "điểm", "điểm ven biển tổ chức chương trình \"Hãy làm sạch biển\"", D9),
    F("Hơn 3.600 đoàn viên", "3.600", 3600, "count", "đoàn viên",
      "đoàn viên, thanh niên, tình nguyện viên và du khách tham gia", I(D9), approx="over"),
    F("gần 27 tấn rác thải", "27", 27, "measure", "tấn", "rác thải thu gom", I(D9), approx="nearly"),
    F("khoảng 35 km", "35", 35, "measure", "km", "chiều dài bờ biển được làm sạch", approx="about"),
    F("thu gom 9,4 tấn", "9,4", 9.4, "measure", "tấn", "rác thải thu gom", I(D9), total=27, location="Vũng Tàu"),
    F("Long Điền 6,2 tấn", "6,2", 6.2, "measure", "tấn", "rác thải thu gom", I(D9), total=27, location="Long Điền"),
    F("Đất Đỏ 4,8 tấn", "4,8", 4.8, "measure", "tấn", "rác thải thu gom", I(D9), total=27, location="Đất Đỏ"),
    F("Xuyên Mộc 6,3 tấn", "6,3", 6.3, "measure", "tấn", "rác thải thu gom", I(D9), total=27, location="Xuyên Mộc"),
    F("khoảng 1.152,6 tấn", "1.152,6", 1152.6, "measure", "tấn", "rác thu gom trên các bãi biển", YTD,
      approx="about", change=CH("increase", 8, "%", "cùng kỳ năm 2023")),
    F("từ 38 đến 42%", "38", 38, "percent", "%", "rác thải nhựa trong khối lượng rác thu gom", YTD, value_max=42),
    F("420.000 đồng/tấn", "420.000", 420000, "money", "đồng/tấn",
      "chi phí thu gom, vận chuyển và xử lý bình quân"),
    F("có 305 km", "305", 305, "measure", "km", "bờ biển"),
    F("khoảng 72 km", "72", 72, "measure", "km", "bãi tắm", approx="about", total=305),
    F("đón 9,1 triệu", "9,1", 9100000, "count", "lượt khách", "lượt khách các bãi tắm trên địa bàn tỉnh đón", Y23),
    F("hơn 160.000 lượt", "160.000", 160000, "count", "lượt khách", "lượt khách tắm biển tại Bãi Sau",
      P("ngày cao điểm 2/9", "2023-09-02", "2023-09-02"), approx="over", location="Vũng Tàu"),
    F("giảm 50% lượng", "50", 50, "percent", "%",
      "giảm lượng rác thải nhựa trên các bãi biển so với năm 2020", Y25, status="target"),
    F("100% bãi tắm", "100", 100, "percent", "%", "bãi tắm được trang bị thùng rác phân loại tại nguồn", Y25,
      status="target"),
    F("tặng 200 thùng", "200", 200, "count", "thùng rác", "thùng rác phân loại trao tặng cho các khu dân cư ven biển",
      I(D9)),
]

COMMENTS = [
    "Báo Bà Rịa - Vũng Tàu (Party newspaper): 'BR-VT -' place tag, byline MINH THU and bare date 10/6/2024 at the end.",
    "Not figures: dates 9/6, 8/6, 2/9, 'lần thứ 7' (ordinal), 'Chủ nhật xanh', 'đường 3 Tháng 2' (a road name), the closing date.",
    "District parts after 'Trong đó' (9,4 + 6,2 + 4,8 + 6,3 = 26,7 ≈ gần 27) -> total 27, district in location.",
    "'Sáng 9/6' is a one-day period (year from 'năm 2024' in the same sentence); 'ngày cao điểm 2/9' takes 2023 from 'Năm 2023' earlier in its sentence.",
    "'từ đầu năm đến nay' ends at the closing date. 'riêng rác thải nhựa chiếm từ 38 đến 42%' is its own percent figure (the plastics have no amount).",
    "'giảm 50% ... so với năm 2020' is a target rate that is the claim: percent figure, no change. Lengths of coast have no period.",
]

if __name__ == "__main__":
    emit("p679-5", TEXT, COMMENTS, FIGS, published="2024-06-10", location="Bà Rịa - Vũng Tàu")
