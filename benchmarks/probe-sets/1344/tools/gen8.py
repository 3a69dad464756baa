"""p1344-8: radio/TV site (Đài PT-TH Lạng Sơn): firewood prices in winter, illegal firewood cutting, stoves for 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """LSTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LẠNG SƠN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Giá củi đun tăng khi trời chuyển rét

Thứ Tư, 18/12/2024 - 19:10 | Lượt xem: 3.405

(LSTV) - Những ngày này, tại các chợ phiên ở huyện Đình Lập, lượng củi đun bày bán tăng gấp đôi so với đầu tháng, giá bán cũng nhích lên từ 10-15%.

Bà Hoàng Thị Mai, người bán củi ở chợ thị trấn Đình Lập, cho biết mỗi bó củi khô nặng khoảng 20 kg hiện có giá 35.000-40.000 đồng, mỗi ngày bà bán được ba chục bó. Củi keo, củi thông xẻ sẵn được bán theo xe, mỗi xe công nông chở khoảng 1,5 khối có giá 1,2 triệu đồng.

Theo Chi cục Kiểm lâm tỉnh, từ đầu năm đến nay, lực lượng kiểm lâm đã phát hiện, xử lý 46 vụ khai thác, vận chuyển củi trái phép, giảm 11 vụ so với cùng kỳ năm 2023; tịch thu gần 85 m3 củi các loại và 3 máy cưa xích Stihl MS 382, phạt tiền 312 triệu đồng. Huyện Đình Lập có số vụ vi phạm nhiều nhất với 14 vụ.

Toàn tỉnh hiện còn khoảng 62% hộ gia đình ở nông thôn sử dụng củi làm chất đốt chính. Tỷ lệ che phủ rừng của tỉnh đạt 63,8%, xếp thứ 4 các tỉnh miền núi phía Bắc. Để giảm áp lực lên rừng, năm 2025 tỉnh dự kiến hỗ trợ 2.000 bếp tiết kiệm củi cho hộ nghèo tại 5 huyện vùng cao, mỗi bếp trị giá 1,8 triệu đồng.

Văn Thắng - Thu Trang
Bản tin Thời sự 19h45 ngày 18/12/2024
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-12-18")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
DL = "Đình Lập"

FIGS = [
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="lượng củi đun bày bán", location=DL),
    fig("từ 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá bán củi đun", location=DL),
    fig("khoảng 20 kg", "20", 20, "measure", "kg", approx="about", subject="mỗi bó củi khô nặng", location=DL),
    fig("giá 35.000-40.000", "35.000", 35000, "money", "đồng/bó", value_max=40000,
        subject="giá mỗi bó củi khô", location=DL),
    fig("ba chục bó", "ba chục", 30, "measure", "bó/ngày", subject="củi bà bán được mỗi ngày", location=DL),
    fig("khoảng 1,5 khối", "1,5", 1.5, "measure", "khối/xe", approx="about",
        subject="củi mỗi xe công nông chở", location=DL),
    fig("giá 1,2 triệu", "1,2", 1.2e6, "money", "đồng/xe", subject="giá mỗi xe củi", location=DL),
    fig("xử lý 46 vụ", "46", 46, "count", "vụ", change=chg("decrease", 11, "vụ", "cùng kỳ năm 2023"),
        subject="vụ khai thác, vận chuyển củi trái phép", period=YTD),
    fig("gần 85 m3", "85", 85, "measure", "m3", approx="nearly", subject="củi các loại tịch thu", period=YTD),
    fig("và 3 máy", "3", 3, "count", "máy cưa xích", subject="máy cưa xích tịch thu", period=YTD),
    fig("tiền 312 triệu", "312", 312e6, "money", "đồng", subject="phạt tiền", period=YTD),
    fig("với 14 vụ", "14", 14, "count", "vụ", subject="số vụ vi phạm", period=inh(YTD), location=DL),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="hộ gia đình ở nông thôn sử dụng củi làm chất đốt chính"),
    fig("đạt 63,8%", "63,8", 63.8, "percent", "%", subject="tỷ lệ che phủ rừng"),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", subject="tỷ lệ che phủ rừng"),
    fig("hỗ trợ 2.000 bếp", "2.000", 2000, "count", "bếp", status="forecast",
        subject="bếp tiết kiệm củi hỗ trợ cho hộ nghèo", period=Y25),
    fig("tại 5 huyện", "5", 5, "count", "huyện", status="forecast", subject="huyện vùng cao", period=Y25),
    fig("giá 1,8 triệu", "1,8", 1.8e6, "money", "đồng/bếp", status="forecast", subject="mỗi bếp trị giá", period=Y25),
]

NOTES = [
    "Radio/TV site (LSTV, Lạng Sơn): 'Thứ Tư, 18/12/2024 - 19:10 | Lượt xem: 3.405', tag '(LSTV) -', bylines, bulletin time.",
    "Distractors: 19:10, Lượt xem 3.405, 'máy cưa xích Stihl MS 382' (a model name), '19h45 ngày 18/12/2024', 'đầu tháng' and",
    "'cùng kỳ năm 2023' as baselines, 'mỗi bó', 'mỗi xe' (denominators).",
    "'tăng gấp đôi so với đầu tháng' is a multiple standing alone as the claim (number word 'đôi' = 2). 'nhích lên từ 10-15%' is a",
    "growth-rate range: percent, no change. Market passage in huyện Đình Lập → location Đình Lập.",
    "'mỗi bó củi khô nặng khoảng 20 kg' is a weight (measure, kg); prices and the daily sale are rates (đồng/bó, bó/ngày, khối/xe, đồng/xe).",
    "'ba chục bó' = 30 (number words).",
    "'từ đầu năm đến nay' (year 2024 from the dateline) governs the whole ';' sentence: 46 vụ, 85 m3, 3 máy, 312 triệu;",
    "'giảm 11 vụ so với cùng kỳ năm 2023' is the change of 46 vụ. 'Huyện Đình Lập ... 14 vụ' has no part-of cue: no total.",
    "'xếp thứ 4 các tỉnh miền núi phía Bắc' → rank of Lạng Sơn's forest cover. 'năm 2025 tỉnh dự kiến' → forecast for its three figures.",
]

if __name__ == "__main__":
    write("p1344-8", TEXT, NOTES, FIGS, published="2024-12-18", location="Lạng Sơn")
