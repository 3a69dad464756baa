"""p557-5: Báo Bắc Giang (Party paper), tax arrears quarter I/2024, byline and date at the end."""
from lib import F, P, I, CH, TG, B, emit

TEXT = """Bắc Giang: Quyết liệt thu hồi hơn 420 tỷ đồng nợ thuế

Theo Cục Thuế tỉnh Bắc Giang, tính đến ngày 31/3/2024, tổng số tiền thuế nợ trên địa bàn tỉnh là 421,7 tỷ đồng, chiếm 5,8% tổng thu nội địa, giảm 3,1% so với thời điểm cuối năm 2023. Trong đó, nợ có khả năng thu là 263,5 tỷ đồng; nợ khó thu 98,4 tỷ đồng; nợ đang chờ xử lý 59,8 tỷ đồng.

Số nợ tập trung chủ yếu tại thành phố Bắc Giang (112,6 tỷ đồng), thị xã Việt Yên (87,3 tỷ đồng) và huyện Yên Dũng (46 tỷ đồng), chủ yếu là doanh nghiệp kinh doanh bất động sản, xây dựng.

Quý I/2024, ngành Thuế đã thu hồi được 76,2 tỷ đồng nợ thuế, đạt 25,4% chỉ tiêu thu nợ năm (300 tỷ đồng). Cơ quan thuế đã ban hành 1.215 thông báo tiền thuế nợ, 356 quyết định cưỡng chế; công khai thông tin 42 doanh nghiệp nợ thuế trên các phương tiện thông tin đại chúng, trong đó có Công ty CP Xây dựng số 18 và Công ty TNHH Thương mại 568 có trụ sở tại đường Lê Lợi. Cục Thuế cũng đề nghị tạm hoãn xuất cảnh đối với 17 người đại diện theo pháp luật của doanh nghiệp.

Ông Nguyễn Văn Hải, Phó Cục trưởng Cục Thuế tỉnh cho biết, nhiều doanh nghiệp nợ kéo dài trên 90 ngày, tiền chậm nộp lên tới gần 9 tỷ đồng.

Theo kế hoạch, phấn đấu đến ngày 31/12/2024, tỷ lệ nợ thuế không vượt quá 5% tổng thu ngân sách nhà nước; số nợ có khả năng thu giảm từ 10 đến 15% so với cuối năm 2023.

Minh Hằng

18/04/2024
"""

ASOF = P("tính đến ngày 31/3/2024", end="2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
END24 = P("đến ngày 31/12/2024", end="2024-12-31")
TOT = B(421.7)

FIGS = [
    F("hơn 420 tỷ đồng", "420", B(420), "money", "đồng", "nợ thuế", approx="over"),
    F("là 421,7 tỷ đồng", "421,7", TOT, "money", "đồng", "tổng số tiền thuế nợ trên địa bàn tỉnh", ASOF,
      percent=5.8, change=CH("decrease", 3.1, baseline="thời điểm cuối năm 2023")),
    F("là 263,5 tỷ đồng", "263,5", B(263.5), "money", "đồng", "nợ có khả năng thu", I(ASOF), total=TOT),
    F("khó thu 98,4 tỷ", "98,4", B(98.4), "money", "đồng", "nợ khó thu", I(ASOF), total=TOT),
    F("xử lý 59,8 tỷ", "59,8", B(59.8), "money", "đồng", "nợ đang chờ xử lý", I(ASOF), total=TOT),
    F("(112,6 tỷ đồng)", "112,6", B(112.6), "money", "đồng", "số nợ thuế", I(ASOF), location="thành phố Bắc Giang"),
    F("(87,3 tỷ đồng)", "87,3", B(87.3), "money", "đồng", "số nợ thuế", I(ASOF), location="Việt Yên"),
    F("(46 tỷ đồng)", "46", B(46), "money", "đồng", "số nợ thuế", I(ASOF), location="Yên Dũng"),
    F("được 76,2 tỷ đồng", "76,2", B(76.2), "money", "đồng", "nợ thuế thu hồi được", Q1, percent=25.4,
      target=TG(B(300), "đồng")),
    F("ban hành 1.215 thông báo", "1.215", 1215, "count", "thông báo", "thông báo tiền thuế nợ", I(Q1)),
    F("356 quyết định", "356", 356, "count", "quyết định", "quyết định cưỡng chế", I(Q1)),
    F("thông tin 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", "doanh nghiệp nợ thuế bị công khai thông tin", I(Q1)),
    F("đối với 17 người", "17", 17, "count", "người", "người đại diện theo pháp luật bị đề nghị tạm hoãn xuất cảnh", I(Q1)),
    F("trên 90 ngày", "90", 90, "measure", "ngày", "thời gian nợ kéo dài", approx="over", optional=True),
    F("gần 9 tỷ đồng", "9", B(9), "money", "đồng", "tiền chậm nộp", approx="nearly"),
    F("quá 5% tổng thu", "5", 5, "percent", "%", "tỷ lệ nợ thuế trên tổng thu ngân sách nhà nước", END24,
      approx="at_most", status="target"),
    F("giảm từ 10 đến 15%", "10", 10, "percent", "%", "số nợ có khả năng thu giảm so với cuối năm 2023", END24,
      value_max=15, status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (Party paper): nợ thuế tính đến 31/3/2024 and thu nợ quý I/2024; byline and bare date '18/04/2024' at the end (invented).",
    "The three parts add up to 421,7 tỷ (total). '(300 tỷ đồng)' after 'chỉ tiêu thu nợ năm' is the target of 76,2 tỷ (cf. h09 '(35,5%)').",
    "District list: location per item ('thành phố Bắc Giang', Việt Yên, Yên Dũng), subject = the list's indicator 'số nợ thuế'.",
    "'nợ kéo dài trên 90 ngày' is a duration threshold: optional. 'không vượt quá 5%' = at_most.",
    "Distractors: Công ty CP Xây dựng số 18, Công ty TNHH Thương mại 568, đường Lê Lợi, dates, 'Quý I/2024'.",
]

if __name__ == "__main__":
    emit("p557-5", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Bắc Giang")
