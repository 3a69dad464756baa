"""p1132-8: provincial newspaper online (Báo Bình Phước, BPO): Bù Gia Mập national park, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Bù Gia Mập: 16 cây gỗ quý được công nhận Cây Di sản Việt Nam

Thứ Sáu, 12/07/2024 | 16:05

(BPO) - Sáng 10/7, tại xã Bù Gia Mập, huyện Bù Gia Mập, Hội Bảo vệ thiên nhiên và môi trường Việt Nam trao bằng công nhận 16 cây gỗ quý là Cây Di sản Việt Nam, gồm 15 cây dầu rái và một cây gõ đỏ. Các cây có tuổi từ 250 đến 400 năm, đường kính thân từ 1,2 đến 2,1 m; hai cây dầu rái lớn nhất có chu vi lần lượt 6,4 m và 5,8 m.

Vườn quốc gia Bù Gia Mập có tổng diện tích hơn 25.500 ha, đã ghi nhận 1.520 loài thực vật bậc cao, trong đó 78 loài quý hiếm như gõ đỏ, cẩm lai, trắc, giáng hương. 6 tháng đầu năm, đơn vị đã ươm 45.000 cây giống bản địa, đạt 56% kế hoạch năm; trồng bổ sung 38 ha rừng tại phân khu phục hồi sinh thái.

Cũng trong 6 tháng, vườn đón 6.800 lượt khách tham quan, gấp 1,6 lần cùng kỳ năm 2023; doanh thu từ dịch vụ du lịch sinh thái ước đạt gần 1,2 tỷ đồng. Lực lượng kiểm lâm đã tổ chức 312 lượt tuần tra, phát hiện 9 vụ vi phạm, tịch thu hơn 4 m3 gỗ các loại.

Theo ông Trần Văn Hòa, Giám đốc Vườn quốc gia, 6 tháng cuối năm đơn vị phấn đấu ươm thêm 35.000 cây giống, nâng tổng số cả năm lên 80.000 cây; dự kiến đón khoảng 7.000 lượt khách. Đơn vị cũng đề nghị tỉnh hỗ trợ 3,5 tỷ đồng để xây dựng vườn sưu tập thực vật quy mô 15 ha.

Ngọc Bích
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1B = P("trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
PARK = "Vườn quốc gia Bù Gia Mập"
DAY = P("Sáng 10/7", "2024-07-10", "2024-07-10")

FIGS = [
    F("Bù Gia Mập: 16 cây", "16", 16, "count", "cây", subject="cây gỗ quý được công nhận Cây Di sản Việt Nam"),
    F("công nhận 16 cây", "16", 16, "count", "cây", subject="cây gỗ quý được công nhận là Cây Di sản Việt Nam", period=DAY),
    F("gồm 15 cây", "15", 15, "count", "cây", total=16, subject="cây dầu rái", period=DAY),
    F("một cây gõ", "một", 1, "count", "cây", total=16, subject="cây gõ đỏ", period=DAY),
    F("từ 250 đến 400 năm", "250", 250, "measure", "năm", value_max=400, subject="tuổi các cây di sản"),
    F("từ 1,2 đến 2,1 m", "1,2", 1.2, "measure", "m", value_max=2.1, subject="đường kính thân các cây di sản"),
    F("hai cây dầu", "hai", 2, "count", "cây", optional=True, subject="cây dầu rái lớn nhất"),
    F("lần lượt 6,4 m", "6,4", 6.4, "measure", "m", subject="chu vi cây dầu rái lớn nhất"),
    F("và 5,8 m", "5,8", 5.8, "measure", "m", subject="chu vi cây dầu rái lớn nhất"),
    F("hơn 25.500 ha", "25.500", 25500, "measure", "ha", approx="over",
      subject=f"tổng diện tích {PARK}"),
    F("ghi nhận 1.520 loài", "1.520", 1520, "count", "loài", subject="loài thực vật bậc cao ghi nhận"),
    F("78 loài", "78", 78, "count", "loài", total=1520, subject="loài thực vật quý hiếm"),
    F("ươm 45.000 cây", "45.000", 45000, "count", "cây giống", percent=56,
      subject="cây giống bản địa ươm", period=H1),
    F("bổ sung 38 ha", "38", 38, "measure", "ha", subject="diện tích rừng trồng bổ sung", period=H1),
    F("đón 6.800 lượt", "6.800", 6800, "count", "lượt khách",
      change=C("increase", 1.6, "lần", "cùng kỳ năm 2023"), subject="lượt khách tham quan", period=H1B),
    F("gần 1,2 tỷ", "1,2", 1200000000, "money", "đồng", approx="nearly", status="estimate",
      subject="doanh thu từ dịch vụ du lịch sinh thái", period=H1B),
    F("312 lượt tuần tra", "312", 312, "count", "lượt tuần tra", subject="lượt tuần tra lực lượng kiểm lâm tổ chức",
      period=I(H1B)),
    F("9 vụ", "9", 9, "count", "vụ vi phạm", subject="vụ vi phạm phát hiện", period=I(H1B)),
    F("hơn 4 m3", "4", 4, "measure", "m3", approx="over", subject="gỗ các loại tịch thu", period=I(H1B)),
    F("thêm 35.000 cây", "35.000", 35000, "count", "cây giống", status="target",
      subject="cây giống ươm thêm", period=H2),
    F("lên 80.000 cây", "80.000", 80000, "count", "cây", status="target",
      subject="tổng số cây giống ươm cả năm", period=YEAR),
    F("khoảng 7.000 lượt", "7.000", 7000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách đón", period=H2),
    F("hỗ trợ 3,5 tỷ", "3,5", 3500000000, "money", "đồng",
      subject="kinh phí đề nghị tỉnh hỗ trợ xây dựng vườn sưu tập thực vật"),
    F("quy mô 15 ha", "15", 15, "measure", "ha", subject="quy mô vườn sưu tập thực vật"),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Phước): headline figure, 'Thứ Sáu, 12/07/2024 | 16:05', tag '(BPO) -', byline 'Ngọc Bích' at the end.",
    "Default location Bù Gia Mập (the district where the park and the trees stand; BPO implies Bình Phước).",
    "Distractors: time 16:05, 'Sáng 10/7' (ceremony date, the period of the recognition figures: 2024-07-10), 'xã Bù Gia Mập' (name).",
    "'16 cây …, gồm 15 cây dầu rái và một cây gõ đỏ' → parts with total 16; 'một' is a number word.",
    "'hai cây dầu rái lớn nhất có chu vi lần lượt 6,4 m và 5,8 m': the list items are the figures; 'hai' only names how many (optional).",
    "Year-less '6 tháng đầu năm', 'trong 6 tháng', '6 tháng cuối năm', 'cả năm' take 2024 (dateline). 'đạt 56% kế hoạch năm' → percent.",
    "'gấp 1,6 lần cùng kỳ năm 2023' is the change of 6.800 lượt. 'phấn đấu' governs the clause continued by 'nâng tổng số cả năm'; 'dự kiến' → forecast.",
    "'ước đạt gần 1,2 tỷ đồng' → estimate, nearly; the cue governs only its clause after ';'.",
    "The 3,5 tỷ request ('đề nghị … hỗ trợ') is an actual request amount, not a target; the 15 ha size of the planned garden likewise has no cue.",
]

if __name__ == "__main__":
    write("p1132-8", TEXT, NOTES, FIGS, published="2024-07-12", location="Bù Gia Mập")
