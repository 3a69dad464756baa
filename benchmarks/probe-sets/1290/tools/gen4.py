"""p1290-4: provincial Party newspaper (Báo Cà Mau, tag CMO): tố lốc chiều 10/8/2024 at Trần Văn Thời; province YTD."""
from lib import fig, per, day, inh, chg, tgt, write

TEXT = """Báo Cà Mau điện tử
Thời sự | Kinh tế | Xã hội | Nông nghiệp - Nông thôn

Tố lốc quật sập, tốc mái 46 căn nhà ở Trần Văn Thời

Thứ Hai, 12/08/2024 | 10:15

Tố lốc bất ngờ vào chiều 10/8 đã làm nhiều căn nhà ở 3 xã của huyện Trần Văn Thời bị sập, tốc mái; hàng trăm cây chuối, cây tràm bị gãy đổ.

(CMO) - Theo UBND huyện Trần Văn Thời, khoảng 16 giờ ngày 10/8, mưa lớn kèm tố lốc xảy ra trên địa bàn các xã Khánh Bình Tây, Khánh Hải và Trần Hợi. Tố lốc làm 46 căn nhà bị thiệt hại, gồm 6 căn sập hoàn toàn và 40 căn tốc mái. Trong số nhà bị sập có 2 căn của hộ nghèo.

Ông Nguyễn Văn Thắng, Chủ tịch UBND xã Khánh Bình Tây, cho biết: "Cơn lốc đi qua chỉ chừng 5 phút nhưng cuốn bay mái tôn của 27 căn nhà ở ấp 2 và ấp Kênh Tư. Xã đã huy động dân quân giúp bà con dựng lại nhà".

Ngoài nhà ở, tố lốc còn làm khoảng 3,2 ha chuối bị gãy đổ và 1.500 cây tràm bị ngã; ước thiệt hại toàn huyện khoảng 1,4 tỷ đồng. Huyện đã hỗ trợ mỗi căn nhà sập 10 triệu đồng, căn tốc mái 2 triệu đồng, cùng 10 kg gạo cho mỗi hộ.

Theo Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, từ đầu năm đến nay, Cà Mau xảy ra 21 đợt dông, lốc, làm thiệt hại 538 căn nhà, tăng 37,4% so với cùng kỳ năm 2023; trong đó 71 căn sập hoàn toàn. Tổng thiệt hại ước hơn 12 tỷ đồng. Trần Văn Thời đứng thứ hai toàn tỉnh về số nhà bị thiệt hại, sau huyện U Minh.

Ban Chỉ huy đề nghị người dân gia cố nhà cửa, chặt tỉa cây cao gần nhà, theo dõi bản tin thời tiết trên sóng CTV và gọi đường dây nóng 0290.3831.155 khi cần hỗ trợ.

HUỲNH LÂM

Tin cùng chuyên mục:
- Cà Mau chủ động ứng phó gió mùa Tây Nam
- Nông dân U Minh xuống giống vụ lúa - tôm 2024-2025
"""

EV = day("chiều 10/8", "2024-08-10")
EVI = day("ngày 10/8", "2024-08-10", inherited=True)
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-12")
TVT = "Trần Văn Thời"

FIGS = [
    fig("46 căn nhà ở", "46", 46, "count", "căn nhà", subject="căn nhà bị sập, tốc mái", location=TVT),
    fig("ở 3 xã", "3", 3, "count", "xã", subject="xã của huyện Trần Văn Thời có nhà bị sập, tốc mái",
        period=EV, location=TVT),
    fig("hàng trăm cây", "hàng trăm", 100, "count", "cây", approx="over", subject="cây chuối, cây tràm bị gãy đổ",
        period=EV, location=TVT, optional=True),
    fig("làm 46 căn", "46", 46, "count", "căn nhà", subject="căn nhà bị thiệt hại", period=EVI, location=TVT),
    fig("gồm 6 căn", "6", 6, "count", "căn", total=46, subject="căn nhà sập hoàn toàn", period=EVI,
        location=TVT),
    fig("và 40 căn", "40", 40, "count", "căn", total=46, subject="căn nhà tốc mái", period=EVI, location=TVT),
    fig("có 2 căn", "2", 2, "count", "căn", total=6, subject="căn nhà bị sập của hộ nghèo", period=EVI,
        location=TVT),
    fig("chừng 5 phút", "5", 5, "measure", "phút", approx="about", subject="thời gian cơn lốc đi qua",
        location=TVT),
    fig("của 27 căn", "27", 27, "count", "căn nhà", subject="căn nhà bị cuốn bay mái tôn", location=TVT),
    fig("khoảng 3,2 ha", "3,2", 3.2, "measure", "ha", approx="about", subject="diện tích chuối bị gãy đổ",
        location=TVT),
    fig("1.500 cây tràm", "1.500", 1500, "count", "cây tràm", subject="cây tràm bị ngã", location=TVT),
    fig("khoảng 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại toàn huyện", location=TVT),
    fig("sập 10 triệu", "10", 10e6, "money", "đồng/căn", subject="hỗ trợ mỗi căn nhà sập", location=TVT),
    fig("mái 2 triệu", "2", 2e6, "money", "đồng/căn", subject="hỗ trợ mỗi căn nhà tốc mái", location=TVT),
    fig("10 kg gạo", "10", 10, "measure", "kg/hộ", subject="gạo hỗ trợ mỗi hộ", location=TVT),
    fig("xảy ra 21 đợt", "21", 21, "count", "đợt", subject="đợt dông, lốc", period=YTD),
    fig("hại 538 căn", "538", 538, "count", "căn nhà",
        change=chg("increase", 37.4, "%", "cùng kỳ năm 2023"), subject="căn nhà bị thiệt hại", period=YTD),
    fig("đó 71 căn", "71", 71, "count", "căn", total=538, subject="căn nhà sập hoàn toàn", period=YTD),
    fig("ước hơn 12 tỷ", "12", 12e9, "money", "đồng", approx="over", status="estimate",
        subject="tổng thiệt hại", period=inh(YTD)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số nhà bị thiệt hại", period=inh(YTD),
        location=TVT),
]

NOTES = [
    "Provincial Party newspaper (Báo Cà Mau): menu, headline, 'Thứ Hai, 12/08/2024 | 10:15', sapo, tag '(CMO) -', byline, related links.",
    "Distractors: 10:15, 16 giờ (time), 'ấp 2', 'ấp Kênh Tư', sóng CTV, hotline 0290.3831.155, 'vụ lúa - tôm 2024-2025'.",
    "Headline '46 căn nhà' repeats the body's figure (its own figure, no period in the headline). Sapo '3 xã' gets 'chiều 10/8'.",
    "'hàng trăm cây' is a vague quantity (optional; value 100, over).",
    "'46 căn ..., gồm 6 ... và 40 ...' → total 46. 'Trong số nhà bị sập có 2 căn' → 'trong số' cue with the whole stated",
    "before (6 sập) → total 6 (borderline: the whole is named, not repeated as a number).",
    "The quote's '27 căn nhà' is in xã Khánh Bình Tây → location Trần Văn Thời (district). The quote has no date: no period.",
    "Support per unit: đồng/căn, kg/hộ. Province passage: 'từ đầu năm đến nay' (2024-01-01 .. dateline) → location Cà Mau;",
    "'tăng 37,4% so với cùng kỳ năm 2023' → change on 538; 'trong đó 71 căn' → total 538.",
    "'Trần Văn Thời đứng thứ hai toàn tỉnh về số nhà bị thiệt hại' → rank 2, location Trần Văn Thời, subject the ranked index.",
]

if __name__ == "__main__":
    write("p1290-4", TEXT, NOTES, FIGS, published="2024-08-12", location="Cà Mau")
