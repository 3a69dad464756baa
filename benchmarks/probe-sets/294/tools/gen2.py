from lib import *

TEXT = """Kinh tế
Tín dụng ưu tiên tiếp sức cho sản xuất, kinh doanh
Thứ Tư, 18/10/2023 | 16:45
Thu Hằng

Tính đến 30/9/2023, tổng dư nợ cho vay của các tổ chức tín dụng trên địa bàn tỉnh Thái Bình đạt 88.415 tỷ đồng, tăng 7,3% so với cuối năm 2022, cao hơn mức tăng trưởng tín dụng chung của cả nước (5,73%).

Dòng vốn tiếp tục được hướng vào các lĩnh vực ưu tiên theo chủ trương của Chính phủ; dư nợ các lĩnh vực này chiếm 43,6% tổng dư nợ. Cụ thể, dư nợ cho vay nông nghiệp, nông thôn đạt 30.150 tỷ đồng, tăng 9,2%; cho vay doanh nghiệp nhỏ và vừa 11.870 tỷ đồng, tăng 4,1%; cho vay công nghiệp hỗ trợ 1.035 tỷ đồng; cho vay ứng dụng công nghệ cao 412 tỷ đồng, giảm 2,6% so với cuối năm trước.

Theo địa bàn, dư nợ tập trung lớn ở thành phố Thái Bình (31.240 tỷ đồng), huyện Đông Hưng (8.950 tỷ đồng) và huyện Thái Thụy (7.620 tỷ đồng); thấp nhất là huyện Kiến Xương với 4.380 tỷ đồng.

Từ đầu năm đến nay, các ngân hàng đã cơ cấu lại thời hạn trả nợ cho 1.284 khách hàng với dư nợ 2.165 tỷ đồng theo Thông tư số 02/2023/TT-NHNN; miễn, giảm lãi cho gần 3.000 khách hàng. Qua chương trình kết nối ngân hàng - doanh nghiệp, 9 tháng năm 2023 các ngân hàng đã cho vay mới khoảng 6.700 tỷ đồng.

Nợ xấu được kiểm soát ở mức 1,26% tổng dư nợ, giảm 0,15 điểm phần trăm so với đầu năm. Ông Trần Văn Quân, Phó Giám đốc NHNN chi nhánh tỉnh cho biết, toàn ngành phấn đấu tăng trưởng tín dụng cả năm 2023 đạt 10-11%, đồng thời đề nghị UBND tỉnh chỉ đạo các sở, ngành phối hợp xử lý dứt điểm hai dự án bất động sản có dư nợ xấu lớn.

Bạn đọc có thể phản ánh qua số điện thoại 0227.3831.205 của NHNN chi nhánh tỉnh.
"""

D30 = P("Tính đến 30/9/2023", None, "2023-09-30")
D30i = P("Tính đến 30/9/2023", None, "2023-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-18")
YTDi = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-18", inh=True)
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SUBJ = "dư nợ"  # revised: the sentence names the indicator "dư nợ" (was "dư nợ cho vay")

FIGS = [
    F("đạt 88.415 tỷ đồng", "88.415", ty(88415), "money", "đồng",
      "tổng dư nợ cho vay của các tổ chức tín dụng", change=ch("+", 7.3, baseline="cuối năm 2022"), period=D30),
    F("cả nước (5,73%)", "5,73", 5.73, "percent", "%", "mức tăng trưởng tín dụng chung của cả nước",
      location="Việt Nam", period=D30),
    F("chiếm 43,6% tổng dư nợ", "43,6", 43.6, "percent", "%", "dư nợ các lĩnh vực ưu tiên", period=D30i),
    F("đạt 30.150 tỷ đồng", "30.150", ty(30150), "money", "đồng", "dư nợ cho vay nông nghiệp, nông thôn",
      change=ch("+", 9.2), period=D30i),
    F("và vừa 11.870 tỷ đồng", "11.870", ty(11870), "money", "đồng", "cho vay doanh nghiệp nhỏ và vừa",
      change=ch("+", 4.1), period=D30i),
    F("hỗ trợ 1.035 tỷ đồng", "1.035", ty(1035), "money", "đồng", "cho vay công nghiệp hỗ trợ", period=D30i),
    F("cao 412 tỷ đồng", "412", ty(412), "money", "đồng", "cho vay ứng dụng công nghệ cao",
      change=ch("-", 2.6, baseline="cuối năm trước"), period=D30i),
    F("Thái Bình (31.240 tỷ đồng)", "31.240", ty(31240), "money", "đồng", SUBJ, location="Thái Bình", period=D30i),
    F("Đông Hưng (8.950 tỷ đồng)", "8.950", ty(8950), "money", "đồng", SUBJ, location="Đông Hưng", period=D30i),
    F("Thái Thụy (7.620 tỷ đồng)", "7.620", ty(7620), "money", "đồng", SUBJ, location="Thái Thụy", period=D30i),
    F("với 4.380 tỷ đồng", "4.380", ty(4380), "money", "đồng", SUBJ, location="Kiến Xương", period=D30i),
    F("cho 1.284 khách hàng", "1.284", 1284, "count", "khách hàng", "khách hàng được cơ cấu lại thời hạn trả nợ",
      period=YTD),
    F("dư nợ 2.165 tỷ đồng", "2.165", ty(2165), "money", "đồng", "dư nợ được cơ cấu lại thời hạn trả nợ", period=YTD),
    F("gần 3.000 khách hàng", "3.000", 3000, "count", "khách hàng", "khách hàng được miễn, giảm lãi",
      approx="nearly", period=YTD),
    F("khoảng 6.700 tỷ đồng", "6.700", ty(6700), "money", "đồng",
      "cho vay mới qua chương trình kết nối ngân hàng - doanh nghiệp", approx="about", period=M9),
    F("mức 1,26% tổng dư nợ", "1,26", 1.26, "percent", "%", "Nợ xấu",
      change=ch("-", 0.15, "điểm phần trăm", "đầu năm"), period=D30i),
    F("đạt 10-11%", "10", 10, "percent", "%", "tăng trưởng tín dụng", value_max=11, status="target", period=Y23),
    F("hai dự án bất động sản", "hai", 2, "count", "dự án bất động sản", "dự án bất động sản có dư nợ xấu lớn"),
]

COMMENTS = [
    "Party newspaper (Báo Thái Bình style): section label, headline, dateline 'Thứ Tư, 18/10/2023 | 16:45', byline after it.",
    "Distractors: 'Thông tư số 02/2023/TT-NHNN', phone 0227.3831.205, a person's name and title.",
    "'cả nước (5,73%)': national credit growth, location Việt Nam, percent figure of its own (growth as the claim).",
    "'Cụ thể,' after a share (43,6%) is no whole in đồng, so the sector amounts get no total; each carries its own change.",
    "District list: city/district names are locations, subject = list indicator 'dư nợ' as the sentence names it; period from 'Tính đến 30/9/2023' (inherited).",
    "'Từ đầu năm đến nay' runs 2023-01-01 to the dateline 2023-10-18. 'hai dự án' is a count (number word).",
    "revised: district-list subject 'dư nợ cho vay' -> 'dư nợ' (the words of the list's own sentence).",
    "'Nợ xấu … ở mức 1,26%, giảm 0,15 điểm phần trăm so với đầu năm': a level with its change (unit điểm phần trăm).",
]

write(2, TEXT, COMMENTS, FIGS, published="2023-10-18", location="Thái Bình")
