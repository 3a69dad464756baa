"""p1430-8: radio/TV site (Đài PT-TH Cần Thơ): BHYT payments for children's rehabilitation, 10 months of 2024; district list; rank."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Sức khỏe | Video | Podcast

Quỹ BHYT chi hơn 11 tỷ đồng cho phục hồi chức năng trẻ em

Cập nhật lúc 18:30, 15/11/2024

(THCT) - Theo Bảo hiểm xã hội thành phố Cần Thơ, 10 tháng năm 2024, quỹ bảo hiểm y tế đã thanh toán 38.560 lượt khám, điều trị phục hồi chức năng cho trẻ em với số tiền 11,24 tỷ đồng, tăng 17,5% so với cùng kỳ năm 2023. Trong đó, trẻ bại não chiếm 41% số lượt điều trị.

Số lượt điều trị tập trung ở quận Ninh Kiều (12.400 lượt), quận Cái Răng (5.130 lượt) và huyện Phong Điền (2.960 lượt). Riêng quý III/2024, số lượt điều trị đạt 11.870 lượt, cao hơn 8,2% so với quý II.

Tỷ lệ trẻ dưới 6 tuổi có thẻ BHYT đạt 99,1%, đứng thứ 3 khu vực Đồng bằng sông Cửu Long. Tuy vậy, thành phố vẫn còn khoảng ba nghìn trẻ thuộc đối tượng khác chưa tham gia BHYT.

Chi phí bình quân một lượt điều trị ngoại trú khoảng 290.000 đồng, nội trú khoảng 3,1 triệu đồng/đợt. Giá dịch vụ tập vận động trên máy được BHYT thanh toán là 51.300 đồng/lần theo Thông tư số 21/2024/TT-BYT.

Bảo hiểm xã hội thành phố dự báo cả năm 2024, chi khám, chữa bệnh phục hồi chức năng cho trẻ em sẽ vào khoảng 13,5 tỷ đồng. Năm 2025, thành phố phấn đấu tỷ lệ bao phủ BHYT toàn dân đạt 95,5%.

Đường dây nóng: 0292.3821.246
Bản tin Sức khỏe phát sóng lúc 18h30 thứ Bảy hằng tuần trên kênh THTPCT.
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
YR = per("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ_L = "số lượt điều trị"

FIGS = [
    fig("hơn 11 tỷ", "11", 11e9, "money", "đồng", approx="over",
        subject="quỹ BHYT chi cho phục hồi chức năng trẻ em"),
    fig("thanh toán 38.560 lượt", "38.560", 38560, "count", "lượt",
        subject="lượt khám, điều trị phục hồi chức năng cho trẻ em quỹ bảo hiểm y tế đã thanh toán", period=M10),
    fig("tiền 11,24 tỷ", "11,24", 11.24e9, "money", "đồng", change=chg("increase", 17.5, "%", "cùng kỳ năm 2023"),
        subject="số tiền quỹ bảo hiểm y tế đã thanh toán cho phục hồi chức năng trẻ em", period=M10),
    fig("chiếm 41%", "41", 41, "percent", "%", subject="tỷ lệ trẻ bại não trong số lượt điều trị",
        period=inh(M10)),
    fig("(12.400 lượt)", "12.400", 12400, "count", "lượt", subject=SUBJ_L, period=inh(M10), location="Ninh Kiều"),
    fig("(5.130 lượt)", "5.130", 5130, "count", "lượt", subject=SUBJ_L, period=inh(M10), location="Cái Răng"),
    fig("(2.960 lượt)", "2.960", 2960, "count", "lượt", subject=SUBJ_L, period=inh(M10), location="Phong Điền"),
    fig("đạt 11.870 lượt", "11.870", 11870, "count", "lượt", change=chg("increase", 8.2, "%", "quý II"),
        subject="số lượt điều trị", period=Q3),
    fig("đạt 99,1%", "99,1", 99.1, "percent", "%", subject="tỷ lệ trẻ dưới 6 tuổi có thẻ BHYT"),
    fig("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", subject="tuổi của trẻ", optional=True),
    fig("thứ 3 khu vực", "3", 3, "rank", "hạng", subject="tỷ lệ trẻ dưới 6 tuổi có thẻ BHYT"),
    fig("khoảng ba nghìn trẻ", "ba", 3000, "count", "trẻ", approx="about",
        subject="trẻ thuộc đối tượng khác chưa tham gia BHYT"),
    fig("khoảng 290.000 đồng", "290.000", 290000, "money", "đồng/lượt", approx="about",
        subject="chi phí bình quân một lượt điều trị ngoại trú"),
    fig("khoảng 3,1 triệu", "3,1", 3.1e6, "money", "đồng/đợt", approx="about",
        subject="chi phí bình quân điều trị nội trú"),
    fig("là 51.300 đồng/lần", "51.300", 51300, "money", "đồng/lần",
        subject="giá dịch vụ tập vận động trên máy được BHYT thanh toán"),
    fig("khoảng 13,5 tỷ", "13,5", 13.5e9, "money", "đồng", approx="about", status="forecast",
        subject="chi khám, chữa bệnh phục hồi chức năng cho trẻ em", period=YR),
    fig("đạt 95,5%", "95,5", 95.5, "percent", "%", status="target", subject="tỷ lệ bao phủ BHYT toàn dân",
        period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, 'Cập nhật lúc 18:30, 15/11/2024' (published), tag '(THCT) -', hotline, broadcast time.",
    "Distractors: 18:30, 'Thông tư số 21/2024/TT-BYT', phone 0292.3821.246, '18h30 thứ Bảy', 'quý II' as a baseline.",
    "Headline 'hơn 11 tỷ đồng' has no period phrase: no period. 'Trong đó, trẻ bại não chiếm 41% số lượt' (after a sentence break) is a percent figure of its own.",
    "District list 'quận Ninh Kiều (12.400 lượt), ...': the districts are locations, the subject is the list's indicator as stated before the list ('Số lượt điều trị'); the parts do not add up to 38.560 and are introduced by 'tập trung ở', so no total.",
    "'Riêng quý III/2024 ... cao hơn 8,2% so với quý II' is the change of 11.870 lượt. 'đứng thứ 3 khu vực Đồng bằng sông Cửu Long' -> rank 3, location Cần Thơ.",
    "'khoảng ba nghìn trẻ' = 3 000 (number word with multiplier). 'dự báo' -> forecast; 'phấn đấu' -> target.",
    "revised after the first run: the three district items take the list's stated indicator 'số lượt điều trị' as subject (was a fuller phrase from the previous paragraph).",
]

if __name__ == "__main__":
    write("p1430-8", TEXT, NOTES, FIGS, published="2024-11-15", location="Cần Thơ")
