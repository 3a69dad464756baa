"""p1122-5: Party newspaper (Báo Sơn La), Jan 2021: cold protection for crops and livestock, a dairy farm in Mộc Châu."""
from lib import F, P, D, I, C, T, write

TEXT = """Chủ động phòng, chống rét cho cây trồng, vật nuôi

Những ngày qua, không khí lạnh tăng cường khiến nhiệt độ tại nhiều huyện vùng cao của tỉnh xuống thấp, có nơi dưới 2 độ C. Ngày 10/1, nhiệt độ thấp nhất tại huyện Mộc Châu là 3,5 độ C, huyện Sốp Cộp 4,2 độ C; bản Phiêng Cại, xã Tà Xùa (Bắc Yên) xuất hiện sương muối.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có trên 489.000 con trâu, bò, ngựa. Từ ngày 1/12/2020 đến nay, các địa phương đã hướng dẫn người dân gia cố 62.500 chuồng trại, dự trữ trên 410.000 tấn thức ăn thô xanh; che phủ ni lông cho 1.350 ha mạ và 980 ha chè. Nhờ chủ động phòng chống, đến ngày 11/1 toàn tỉnh mới có 21 con gia súc bị chết do rét, giảm 84 con so với cùng kỳ năm 2020.

Tại huyện Mộc Châu, trang trại bò sữa của gia đình ông Đinh Văn Hùng ở tiểu khu 70, xã Đông Sang có 85 con bò, trong đó 52 con đang cho sữa. Ông Hùng đã lắp 12 bóng đèn sưởi, quây bạt kín các dãy chuồng và trộn thêm 10% cám ngô vào khẩu phần. “Gia đình dự trữ hơn 40 tấn cỏ ủ chua, đủ cho đàn bò ăn đến hết tháng 3”, ông Hùng cho biết. Mỗi ngày trang trại vẫn cung cấp khoảng 1,2 tấn sữa tươi cho Công ty cổ phần Giống bò sữa Mộc Châu.

Sở Giáo dục và Đào tạo yêu cầu các trường mầm non, tiểu học cho học sinh nghỉ học khi nhiệt độ xuống dưới 7 độ C. Sáng 11/1, huyện Bắc Yên đã cho khoảng 9.600 học sinh nghỉ học.

Dự báo trong 10 ngày tới, rét đậm, rét hại còn tiếp diễn. Tỉnh đề nghị các địa phương bố trí kinh phí dự phòng, phấn đấu giảm ít nhất 50% số gia súc chết rét so với mùa đông năm trước.

THU HÀ
12/01/2021
"""

D10 = D("Ngày 10/1", "2021-01-10")
SINCE = P("Từ ngày 1/12/2020 đến nay", "2020-12-01", "2021-01-12")
ASOF = P("đến ngày 11/1", None, "2021-01-11")
D11 = D("Sáng 11/1", "2021-01-11")
FARM = "trang trại bò sữa của gia đình ông Đinh Văn Hùng"

FIGS = [
    F("có nơi dưới 2 độ C", "2", 2, "measure", "độ C", approx="under",
      subject="nhiệt độ tại nhiều huyện vùng cao"),
    F("là 3,5 độ C", "3,5", 3.5, "measure", "độ C", subject="nhiệt độ thấp nhất", period=D10, location="Mộc Châu"),
    F("Sốp Cộp 4,2 độ C", "4,2", 4.2, "measure", "độ C", subject="nhiệt độ thấp nhất", period=D10,
      location="Sốp Cộp"),
    F("trên 489.000 con", "489.000", 489000, "count", "con trâu, bò, ngựa", approx="over",
      subject="đàn trâu, bò, ngựa"),
    F("gia cố 62.500 chuồng trại", "62.500", 62500, "count", "chuồng trại", subject="chuồng trại được gia cố",
      period=SINCE),
    F("trên 410.000 tấn", "410.000", 410000, "measure", "tấn", approx="over",
      subject="thức ăn thô xanh dự trữ", period=SINCE),
    F("1.350 ha mạ", "1.350", 1350, "measure", "ha", subject="diện tích mạ được che phủ ni lông", period=SINCE),
    F("980 ha chè", "980", 980, "measure", "ha", subject="diện tích chè được che phủ ni lông", period=SINCE),
    F("có 21 con gia súc", "21", 21, "count", "con gia súc", change=C("decrease", 84, "con", "cùng kỳ năm 2020"),
      subject="gia súc bị chết do rét", period=ASOF),
    F("có 85 con bò", "85", 85, "count", "con bò", subject="bò của " + FARM, location="Mộc Châu"),
    F("trong đó 52 con", "52", 52, "count", "con", total=85, subject="bò đang cho sữa của trang trại",
      location="Mộc Châu"),
    F("lắp 12 bóng đèn sưởi", "12", 12, "count", "bóng đèn sưởi", subject="bóng đèn sưởi lắp cho chuồng bò",
      location="Mộc Châu"),
    F("thêm 10% cám ngô", "10", 10, "percent", "%", subject="tỷ lệ cám ngô trộn thêm vào khẩu phần",
      location="Mộc Châu"),
    F("hơn 40 tấn", "40", 40, "measure", "tấn", approx="over", subject="cỏ ủ chua dự trữ của gia đình",
      location="Mộc Châu"),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn/ngày", approx="about",
      subject="sữa tươi trang trại cung cấp mỗi ngày", location="Mộc Châu"),
    F("dưới 7 độ C", "7", 7, "measure", "độ C", approx="under", optional=True),
    F("khoảng 9.600 học sinh", "9.600", 9600, "count", "học sinh", approx="about",
      subject="học sinh được nghỉ học", period=D11, location="Bắc Yên"),
    F("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="mức giảm số gia súc chết rét so với mùa đông năm trước"),
]

NOTES = [
    "Party newspaper (Báo Sơn La): headline, body, byline 'THU HÀ' and bare date '12/01/2021' at the end. Default location Sơn La.",
    "The text only says 'tỉnh' but the newspaper, its districts (Mộc Châu, Sốp Cộp, Bắc Yên) imply Sơn La.",
    "Distractors: 'tiểu khu 70' (a place name), 'hết tháng 3', 'trong 10 ngày tới' (a period of the forecast, not a figure),",
    "'Công ty cổ phần Giống bò sữa Mộc Châu' (name). 'giảm 84 con so với cùng kỳ năm 2020' is the change of 21 con.",
    "Farm passage in xã Đông Sang, huyện Mộc Châu: its figures take location Mộc Châu, no period (present tense, no date).",
    "'Mỗi ngày ... khoảng 1,2 tấn sữa' is a per-day rate: unit tấn/ngày. 'giảm ít nhất 50%' is a target rate standing as the claim.",
]

if __name__ == "__main__":
    write("p1122-5", TEXT, NOTES, FIGS, published="2021-01-12", location="Sơn La")
