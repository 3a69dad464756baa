"""p1175-5: Party newspaper (Báo Nghệ An): schoolchildren crossing the Lam river by ferry in Thanh Chương; byline and bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Xã hội

Nỗi lo đò ngang mùa nước lớn ở Thanh Chương

Mỗi sáng, hơn 120 học sinh xã Thanh Nho lại xuống đò qua sông Lam để đến trường. Bến đò Nho - Lĩnh chỉ có hai chiếc đò gỗ gắn máy, mỗi chiếc chở tối đa 14 người, nên vào giờ cao điểm từ 6 giờ đến 6 giờ 45, người lái phải chạy liên tục 8 - 10 chuyến.

Ông Trần Văn Lục, 58 tuổi, đã chèo đò ở bến này 26 năm. Ông cho biết thu nhập từ nghề đò chỉ khoảng 4 - 5 triệu đồng/tháng, nhưng vẫn bám bến vì "bỏ thì bọn trẻ không có đường đi học".

Theo UBND huyện Thanh Chương, toàn huyện có 17 bến đò ngang trên sông Lam và sông Giăng, trong đó 6 bến có học sinh đi lại thường xuyên với khoảng 540 em. Năm 2023, huyện phối hợp với Huyện đoàn trao tặng 600 áo phao cho học sinh, tổ chức dạy bơi cho 1.350 em, tăng gần gấp đôi so với năm 2022; tổng kinh phí hơn 270 triệu đồng do các doanh nghiệp tài trợ.

Từ đầu năm đến nay, huyện đã kiểm tra 34 lượt, đình chỉ hoạt động 2 bến không bảo đảm an toàn, yêu cầu 100% người đi đò phải mặc áo phao. Huyện cũng đề xuất tỉnh đầu tư cầu treo Thanh Nho dài 180 m, tổng mức đầu tư dự kiến khoảng 45 tỷ đồng; nếu được bố trí vốn, công trình sẽ khởi công trong năm 2025 và hoàn thành sau 18 tháng.

"Có cầu rồi, mùa lũ các cháu đi học không còn phải nghỉ nữa", ông Lục nói.

HOÀI THU
16/10/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")
BEN = "Bến đò Nho - Lĩnh"

FIGS = [
    fig("hơn 120 học sinh", "120", 120, "count", "học sinh", approx="over",
        subject="học sinh xã Thanh Nho đi đò qua sông Lam đến trường"),
    fig("hai chiếc", "hai", 2, "count", "chiếc đò", subject=f"đò gỗ gắn máy của {BEN}"),
    fig("tối đa 14 người", "14", 14, "measure", "người/chiếc", approx="at_most", subject="sức chở mỗi chiếc đò"),
    fig("8 - 10 chuyến", "8", 8, "count", "chuyến", value_max=10, subject="chuyến đò vào giờ cao điểm"),
    fig("58 tuổi", "58", 58, "measure", "tuổi", subject="tuổi ông Trần Văn Lục", optional=True),
    fig("26 năm", "26", 26, "measure", "năm", subject="thời gian chèo đò của ông Trần Văn Lục", optional=True),
    fig("khoảng 4 - 5 triệu", "4", 4000000, "money", "đồng/tháng", value_max=5000000, approx="about",
        subject="thu nhập từ nghề đò"),
    fig("có 17 bến", "17", 17, "count", "bến đò ngang", subject="bến đò ngang trên sông Lam và sông Giăng"),
    fig("6 bến", "6", 6, "count", "bến", total=17, subject="bến đò ngang có học sinh đi lại thường xuyên"),
    fig("khoảng 540 em", "540", 540, "count", "em", approx="about",
        subject="học sinh đi lại thường xuyên qua bến đò ngang"),
    fig("600 áo phao", "600", 600, "count", "áo phao", subject="áo phao trao tặng cho học sinh", period=Y23),
    fig("1.350 em", "1.350", 1350, "count", "em", change=chg("increase", 2, "lần", "năm 2022", approx="nearly"),
        subject="học sinh được dạy bơi", period=Y23),
    fig("hơn 270 triệu", "270", 270000000, "money", "đồng", approx="over",
        subject="tổng kinh phí trao tặng áo phao, dạy bơi do các doanh nghiệp tài trợ", period=Y23),
    fig("34 lượt", "34", 34, "count", "lượt", subject="lượt kiểm tra bến đò", period=YTD),
    fig("2 bến", "2", 2, "count", "bến", subject="bến đò bị đình chỉ hoạt động do không bảo đảm an toàn",
        period=YTD),
    fig("100% người", "100", 100, "percent", "%", status="target",
        subject="người đi đò phải mặc áo phao", period=YTD, optional=True),
    fig("dài 180 m", "180", 180, "measure", "m", subject="chiều dài cầu treo Thanh Nho", status="forecast",
        optional=True),
    fig("khoảng 45 tỷ", "45", 45000000000, "money", "đồng", approx="about", status="forecast",
        subject="tổng mức đầu tư cầu treo Thanh Nho"),
    fig("sau 18 tháng", "18", 18, "measure", "tháng", status="forecast",
        subject="thời gian xây dựng cầu treo Thanh Nho", optional=True),
]

NOTES = [
    "Party newspaper (Báo Nghệ An style): section path, byline 'HOÀI THU' and bare date '16/10/2024' at the end.",
    "Location: the whole piece is about huyện Thanh Chương (named); Nghệ An is never written. Default location Thanh Chương.",
    "Distractors: times '6 giờ đến 6 giờ 45', the boatman's name 'Trần Văn Lục' (lục = six), 'năm 2025' (start date), the quote.",
    "Age '58 tuổi', '26 năm' at the oar, the rule 'yêu cầu 100% người đi đò phải mặc áo phao', 'sau 18 tháng' (a duration that dates completion): optional.",
    "'tăng gần gấp đôi so với năm 2022' is the change of 1.350 em: 2 lần, approx nearly. 6 bến follows 'trong đó' after 17 bến: total 17;",
    "'với khoảng 540 em' counts pupils, not landings: no total. 'mỗi chiếc chở tối đa 14 người' is a rate (người/chiếc).",
    "'Từ đầu năm đến nay' → 2024-01-01 .. published date. The proposed bridge's cost is forecast ('dự kiến'); its length '180 m' is a design value of a proposal (optional).",
]

if __name__ == "__main__":
    write("p1175-5", TEXT, NOTES, FIGS, published="2024-10-16", location="Thanh Chương")
