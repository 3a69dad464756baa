"""p1351-8: radio/TV site (Đài PT-TH Lào Cai): launch of the month of action, child marriage, child labour, Sa Pa gifts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LÀO CAI
Thời sự | Kinh tế | Xã hội | Video | Phát thanh | Truyền hình

Lào Cai: Tảo hôn giảm mạnh, trẻ em vùng cao được bảo vệ tốt hơn

Cập nhật lúc 19:45, 01/06/2024

THLC - Sáng 1/6, tại thị xã Sa Pa, UBND tỉnh Lào Cai tổ chức lễ phát động Tháng hành động vì trẻ em năm 2024.

Theo Sở Lao động - Thương binh và Xã hội, năm 2023 toàn tỉnh có 142 trường hợp tảo hôn, giảm 37 trường hợp so với năm 2022; tỷ lệ tảo hôn giảm còn 3,1%. Huyện Bắc Hà có số trường hợp tảo hôn nhiều nhất với 31 trường hợp, tiếp đến là huyện Si Ma Cai 26 trường hợp và huyện Mường Khương 22 trường hợp. Hai huyện Bảo Thắng và Bảo Yên không còn trường hợp tảo hôn.

Qua kiểm tra 56 cơ sở sản xuất, kinh doanh, cơ quan chức năng phát hiện 12 trẻ em lao động trái quy định và đã đưa các em trở về với gia đình. Năm 2023, Quỹ Bảo trợ trẻ em tỉnh hỗ trợ phẫu thuật tim bẩm sinh cho 46 trẻ em với tổng kinh phí gần 3,2 tỷ đồng.

Tại lễ phát động, Ban tổ chức trao 500 suất quà, mỗi suất trị giá 500.000 đồng, cùng 20 chiếc xe đạp cho trẻ em có hoàn cảnh khó khăn của thị xã Sa Pa.

Năm 2024, tỉnh phấn đấu giảm tỷ lệ tảo hôn xuống dưới 2,5%, không để xảy ra hôn nhân cận huyết thống; 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.

Video: Lễ phát động Tháng hành động vì trẻ em (03:25)

Hồng Nhung - Văn Tuấn / THLC
Kênh THLC - Số 276 đường Hoàng Liên, phường Cốc Lếu, TP Lào Cai
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SP = "Sa Pa"
TH = "trường hợp tảo hôn"

FIGS = [
    fig("có 142 trường hợp", "142", 142, "count", "trường hợp", change=chg("decrease", 37, "trường hợp", "năm 2022"),
        subject=TH, period=Y23),
    fig("còn 3,1%", "3,1", 3.1, "percent", "%", subject="tỷ lệ tảo hôn", period=Y23),
    fig("với 31 trường hợp", "31", 31, "count", "trường hợp", subject=TH, location="Bắc Hà", period=inh(Y23)),
    fig("Cai 26 trường hợp", "26", 26, "count", "trường hợp", subject=TH, location="Si Ma Cai", period=inh(Y23)),
    fig("Khương 22 trường hợp", "22", 22, "count", "trường hợp", subject=TH, location="Mường Khương",
        period=inh(Y23)),
    fig("Hai huyện", "Hai", 2, "count", "huyện", subject="huyện không còn trường hợp tảo hôn", period=inh(Y23)),
    fig("kiểm tra 56 cơ sở", "56", 56, "count", "cơ sở", subject="cơ sở sản xuất, kinh doanh được kiểm tra"),
    fig("phát hiện 12 trẻ em", "12", 12, "count", "trẻ em", subject="trẻ em lao động trái quy định"),
    fig("cho 46 trẻ em", "46", 46, "count", "trẻ em", subject="trẻ em được hỗ trợ phẫu thuật tim bẩm sinh",
        period=Y23b),
    fig("gần 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí hỗ trợ phẫu thuật tim bẩm sinh", period=Y23b),
    fig("trao 500 suất", "500", 500, "count", "suất quà", subject="suất quà trao cho trẻ em có hoàn cảnh khó khăn",
        location=SP),
    fig("giá 500.000 đồng", "500.000", 500000, "money", "đồng/suất", subject="trị giá mỗi suất quà", location=SP),
    fig("cùng 20 chiếc", "20", 20, "count", "chiếc xe đạp",
        subject="xe đạp trao cho trẻ em có hoàn cảnh khó khăn", location=SP),
    fig("dưới 2,5%", "2,5", 2.5, "percent", "%", approx="under", status="target", subject="tỷ lệ tảo hôn",
        period=Y24),
    fig("100% trẻ em", "100", 100, "percent", "%", status="target",
        subject="trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế", period=Y24),
    fig("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", subject="độ tuổi trẻ em được cấp thẻ bảo hiểm y tế",
        optional=True),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Lào Cai): channel menu, 'Cập nhật lúc 19:45, 01/06/2024' (published), tag 'THLC -', video with duration, byline, address.",
    "Distractors: 19:45, 'Sáng 1/6', '(03:25)' video length, 'Số 276 đường Hoàng Liên', 'Tháng hành động vì trẻ em năm 2024' (a campaign name).",
    "'giảm 37 trường hợp so với năm 2022' → change in trường hợp. 'tỷ lệ tảo hôn giảm còn 3,1%' is the level reached: percent 3,1, no change.",
    "List 'Huyện Bắc Hà ... 31 trường hợp, tiếp đến là huyện Si Ma Cai 26 ... và huyện Mường Khương 22' → each item's district in location.",
    "'Hai huyện Bảo Thắng và Bảo Yên' is a count of 2 districts (number word); location stays Lào Cai (two districts, not one).",
    "The gifts at the launch in thị xã Sa Pa → location Sa Pa; 'mỗi suất trị giá 500.000 đồng' → unit đồng/suất.",
    "'Năm 2024, tỉnh phấn đấu ...' governs both clauses (target). 'dưới 6 tuổi' is an age bound inside the subject: optional.",
]

if __name__ == "__main__":
    write("p1351-8", TEXT, NOTES, FIGS, published="2024-06-01", location="Lào Cai")
