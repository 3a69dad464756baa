"""p1523-8: radio/TV site (Đài PT-TH Thanh Hóa): school-supply sets (bút chì, tẩy, gọt bút chì) for children in Mường Lát."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTV - Đài Phát thanh và Truyền hình Thanh Hóa
Thời sự | Xã hội | Giáo dục | Video | Podcast

Trao hơn 3.500 bộ đồ dùng học tập cho học sinh vùng cao Mường Lát

Cập nhật lúc 17:25 ngày 05/09/2024

Ngày 5/9, Công ty cổ phần Văn phòng phẩm Hoa Phượng phối hợp với Hội Khuyến học tỉnh trao 3.560 bộ đồ dùng học tập cho học sinh tiểu học tại 4 xã biên giới của huyện Mường Lát.

Mỗi bộ gồm 10 bút chì, 2 cục tẩy, một gọt bút chì, thước kẻ và 10 quyển vở, trị giá khoảng 150.000 đồng. Tổng giá trị quà tặng gần 540 triệu đồng, trong đó công ty đóng góp 400 triệu đồng, phần còn lại do các nhà hảo tâm ủng hộ.

Theo Phòng Giáo dục và Đào tạo huyện, hiện toàn huyện có 7.860 học sinh tiểu học, tăng 215 em so với năm học trước; trong đó học sinh dân tộc Mông chiếm 78,5%. Tỷ lệ hộ nghèo của huyện còn trên 40%, nhiều gia đình chưa đủ điều kiện mua sắm đồ dùng học tập cho con.

Nhân dịp này, Đài Phát thanh và Truyền hình tỉnh trao 50 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh vượt khó học giỏi.

Từ năm 2020 đến nay, chương trình "Tiếp sức em đến trường" đã trao tặng gần 21.000 bộ đồ dùng học tập và hơn ba chục nghìn quyển vở cho học sinh 11 huyện miền núi của tỉnh. Dự kiến trong tháng 10, chương trình sẽ trao khoảng 2.000 bộ đồ dùng học tập cho học sinh huyện Quan Sơn.

Lê Hà - Trung Kiên (TTV)

Lượt xem: 1.027 | Bình luận (0)
"""

SINCE = per("Từ năm 2020 đến nay", "2020-01-01", "2024-09-05")
DAY = per("Ngày 5/9", "2024-09-05", "2024-09-05")
OCT = per("trong tháng 10", "2024-10-01", "2024-10-31")
TH = "Thanh Hóa"

FIGS = [
    fig("Trao hơn 3.500 bộ", "3.500", 3500, "count", "bộ", approx="over", subject="bộ đồ dùng học tập trao cho học sinh vùng cao"),
    fig("trao 3.560 bộ", "3.560", 3560, "count", "bộ", subject="bộ đồ dùng học tập trao cho học sinh tiểu học", period=DAY),
    fig("tại 4 xã", "4", 4, "count", "xã", subject="xã biên giới", period=DAY),
    fig("gồm 10 bút chì", "10", 10, "count", "bút chì/bộ", subject="bút chì mỗi bộ"),
    fig("2 cục tẩy", "2", 2, "count", "cục tẩy/bộ", subject="cục tẩy mỗi bộ"),
    fig("một gọt bút chì", "một", 1, "count", "gọt bút chì/bộ", subject="gọt bút chì mỗi bộ"),
    fig("10 quyển vở", "10", 10, "count", "quyển vở/bộ", subject="quyển vở mỗi bộ"),
    fig("khoảng 150.000 đồng", "150.000", 150000, "money", "đồng/bộ", approx="about", subject="trị giá mỗi bộ"),
    fig("gần 540 triệu", "540", 540e6, "money", "đồng", approx="nearly", subject="tổng giá trị quà tặng"),
    fig("góp 400 triệu", "400", 400e6, "money", "đồng", total=540e6, subject="giá trị công ty đóng góp"),
    fig("có 7.860 học sinh", "7.860", 7860, "count", "học sinh",
        change=chg("increase", 215, "em", "năm học trước"), subject="học sinh tiểu học"),
    fig("chiếm 78,5%", "78,5", 78.5, "percent", "%", subject="học sinh dân tộc Mông"),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", subject="tỷ lệ hộ nghèo của huyện"),
    fig("trao 50 suất", "50", 50, "count", "suất học bổng", subject="suất học bổng trao cho học sinh vượt khó học giỏi"),
    fig("suất 2 triệu", "2", 2e6, "money", "đồng/suất", subject="học bổng mỗi suất"),
    fig("gần 21.000 bộ", "21.000", 21000, "count", "bộ", approx="nearly",
        subject="bộ đồ dùng học tập chương trình đã trao tặng", period=SINCE, location=TH),
    fig("hơn ba chục nghìn", "ba chục", 30000, "count", "quyển vở", approx="over",
        subject="quyển vở chương trình đã trao tặng", period=SINCE, location=TH),
    fig("học sinh 11 huyện", "11", 11, "count", "huyện", subject="huyện miền núi của tỉnh", period=SINCE, location=TH),
    fig("khoảng 2.000 bộ", "2.000", 2000, "count", "bộ", approx="about", status="forecast",
        subject="bộ đồ dùng học tập chương trình sẽ trao", period=OCT, location="Quan Sơn"),
]

NOTES = [
    "Radio/TV site (TTV, Đài PT-TH Thanh Hóa): channel menu, 'Cập nhật lúc 17:25 ngày 05/09/2024', byline '(TTV)', 'Lượt xem: 1.027 | Bình luận (0)'.",
    "Distractors: 17:25, 'Ngày 5/9', 'năm học trước', the programme name, 'Lượt xem: 1.027', 'Bình luận (0)'.",
    "Location Mường Lát for the event and the district's pupils; the programme's totals ('học sinh 11 huyện miền núi của tỉnh') are Thanh Hóa; the next handover is in Quan Sơn.",
    "Headline 'hơn 3.500 bộ' and body '3.560 bộ' are two figures. The set contents after 'Mỗi bộ gồm' are per-set counts (unit X/bộ); 'gồm' follows no figure, so no total.",
    "'gần 540 triệu đồng, trong đó công ty đóng góp 400 triệu đồng' → total 540 triệu. 'tăng 215 em so với năm học trước' is the change (unit em) of 7.860 học sinh.",
    "'trong đó học sinh dân tộc Mông chiếm 78,5%' is a percent figure of its own. 'hơn ba chục nghìn quyển vở' = over 30 000 (number words with a multiplier).",
    "revised: 'Ngày 5/9' (event day, as 'Ngày 10/10/2022' in the shared gold h25) is now the period of 3.560 bộ and 4 xã; 'Từ năm 2020 đến nay' now also of '11 huyện' (same sentence).",
    "'Từ năm 2020 đến nay' ends at the dateline 2024-09-05; 'Dự kiến trong tháng 10' → forecast, October 2024.",
]

if __name__ == "__main__":
    write("p1523-8", TEXT, NOTES, FIGS, published="2024-09-05", location="Mường Lát")
