from lib import *

TEXT = """Bắc Giang: Quyết liệt thu hồi nợ đọng thuế
Thứ Tư, 16/10/2024 - 07:15

(BBG) - Tính đến ngày 30/9/2024, tổng số tiền thuế nợ trên địa bàn tỉnh là 1.286 tỷ đồng, tăng 9,4% so với thời điểm 31/12/2023 và chiếm 7,8% tổng thu ngân sách nội địa. Trong đó, nợ có khả năng thu 894 tỷ đồng, chiếm 69,5%; nợ khó thu 248 tỷ đồng; nợ đang chờ xử lý 144 tỷ đồng.

Từ đầu năm đến nay, Cục Thuế tỉnh đã thu hồi được 512 tỷ đồng tiền nợ thuế, đạt 85,3% chỉ tiêu Tổng cục Thuế giao. Cơ quan thuế đã ban hành 4.127 quyết định cưỡng chế nợ thuế với tổng số tiền 689 tỷ đồng, qua đó thu được gần 203 tỷ đồng. Đơn vị cũng công khai thông tin 326 người nộp thuế nợ kéo dài trên Báo Bắc Giang và trang thông tin điện tử của ngành; đề nghị tạm hoãn xuất cảnh đối với 94 trường hợp là người đại diện theo pháp luật của doanh nghiệp.

Đến cuối tháng 9, một số đơn vị như Công ty TNHH Xây dựng số 18 vẫn còn nợ hơn 27 tỷ đồng tiền thuế và tiền chậm nộp.

Theo ông Nguyễn Văn Hải, Phó Cục trưởng Cục Thuế tỉnh, các khoản nợ tập trung ở khu vực ngoài quốc doanh (khoảng 78%) và tiền sử dụng đất, tiền thuê đất (trên 15%). Trong quý IV, ngành Thuế phấn đấu thu nợ tối thiểu 180 tỷ đồng, đưa tỷ lệ nợ thuế xuống dưới 5% tổng thu ngân sách nhà nước theo Nghị quyết số 23/NQ-CP.

Đối với hộ kinh doanh, trong tháng 9 có 1.540 hộ nợ thuế từ 1 đến 3 tháng được gửi thông báo đôn đốc, trong đó huyện Lục Ngạn 412 hộ, Yên Thế 236 hộ.

Thu Hà
"""

D30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")
E9 = P("Đến cuối tháng 9", None, "2024-09-30")
Q4 = P("Trong quý IV", "2024-10-01", "2024-12-31")
T9 = P("trong tháng 9", "2024-09-01", "2024-09-30")

FIGS = [
    F("là 1.286 tỷ đồng", "1.286", ty(1286), "money", "đồng", "tổng số tiền thuế nợ trên địa bàn tỉnh",
      percent=7.8, change=ch("+", 9.4, baseline="thời điểm 31/12/2023"), period=D30),
    F("thu 894 tỷ đồng", "894", ty(894), "money", "đồng", "nợ có khả năng thu",
      total=ty(1286), percent=69.5, period=I(D30)),
    F("khó thu 248 tỷ đồng", "248", ty(248), "money", "đồng", "nợ khó thu", total=ty(1286), period=I(D30)),
    F("xử lý 144 tỷ đồng", "144", ty(144), "money", "đồng", "nợ đang chờ xử lý", total=ty(1286), period=I(D30)),
    F("được 512 tỷ đồng", "512", ty(512), "money", "đồng", "tiền nợ thuế thu hồi được", percent=85.3, period=YTD),
    F("ban hành 4.127 quyết định", "4.127", 4127, "count", "quyết định cưỡng chế",
      "quyết định cưỡng chế nợ thuế", period=I(YTD)),
    F("tiền 689 tỷ đồng", "689", ty(689), "money", "đồng", "tổng số tiền cưỡng chế nợ thuế", period=I(YTD)),
    F("gần 203 tỷ đồng", "203", ty(203), "money", "đồng", "tiền thu được qua cưỡng chế", approx="nearly", period=I(YTD)),
    F("thông tin 326 người", "326", 326, "count", "người nộp thuế",
      "người nộp thuế nợ kéo dài bị công khai thông tin", period=I(YTD)),
    F("với 94 trường hợp", "94", 94, "count", "trường hợp", "trường hợp đề nghị tạm hoãn xuất cảnh", period=I(YTD)),
    F("hơn 27 tỷ đồng", "27", ty(27), "money", "đồng", "tiền thuế và tiền chậm nộp còn nợ", approx="over", period=E9),
    F("(khoảng 78%)", "78", 78, "percent", "%", "tỷ trọng nợ thuế ở khu vực ngoài quốc doanh",
      approx="about", period=I(D30)),
    F("(trên 15%)", "15", 15, "percent", "%", "tỷ trọng nợ tiền sử dụng đất, tiền thuê đất",
      approx="over", period=I(D30)),
    F("tối thiểu 180 tỷ đồng", "180", ty(180), "money", "đồng", "thu nợ thuế", approx="at_least",
      status="target", period=Q4),
    F("dưới 5% tổng thu", "5", 5, "percent", "%", "tỷ lệ nợ thuế so với tổng thu ngân sách nhà nước",
      approx="under", status="target", period=Q4),
    F("có 1.540 hộ", "1.540", 1540, "count", "hộ", "hộ kinh doanh nợ thuế được gửi thông báo đôn đốc", period=T9),
    F("từ 1 đến 3 tháng", "1", 1, "measure", "tháng", "thời gian nợ thuế", value_max=3, optional=True),
    F("Lục Ngạn 412 hộ", "412", 412, "count", "hộ", "hộ kinh doanh nợ thuế được gửi thông báo đôn đốc",
      total=1540, location="Lục Ngạn", period=T9),
    F("Yên Thế 236 hộ", "236", 236, "count", "hộ", "hộ kinh doanh nợ thuế được gửi thông báo đôn đốc",
      total=1540, location="Yên Thế", period=T9),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, tag '(BBG)'): nợ thuế đến 30/9/2024 and debt recovery. Dateline 'Thứ Tư, 16/10/2024 - 07:15', byline at the end.",
    "Distractors: '31/12/2023' (baseline date), 'Công ty TNHH Xây dựng số 18' (name), 'Nghị quyết số 23/NQ-CP', 'Báo Bắc Giang' (newspaper name).",
    "Debt breakdown after 'Trong đó' (894 + 248 + 144 = 1.286): total 1.286 tỷ; 1.286 has change 9,4% and share 'chiếm 7,8%' (percent).",
    "'đạt 85,3% chỉ tiêu' is the percent of 512 tỷ (as h14 'đạt 57,31% kế hoạch'). 'Từ đầu năm đến nay' ends at the dateline.",
    "'thu được gần 203 tỷ' after 689 tỷ has no part-of cue: no total. Bracketed shares of the debt (78%, 15%) are percent figures.",
    "'Trong quý IV … phấn đấu' gives status target and period Q4 to both targets. 'từ 1 đến 3 tháng' (age of the debt) optional.",
    "'trong đó huyện Lục Ngạn 412 hộ, Yên Thế 236 hộ' are parts of 1.540 hộ with their districts as location.",
]

write(2, TEXT, COMMENTS, FIGS, published="2024-10-16", location="Bắc Giang")
