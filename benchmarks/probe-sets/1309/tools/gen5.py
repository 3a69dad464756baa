"""p1309-5: national newspaper: fog over Hà Nội, Nội Bài flights and the Pháp Vân - Cầu Giẽ expressway, 13/2/2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự | Giao thông
Thứ năm, 13/2/2025, 11:20 (GMT+7)

Sương mù dày đặc, hơn 40 chuyến bay ở Nội Bài bị ảnh hưởng

Sương mù bao phủ Hà Nội và nhiều tỉnh đồng bằng Bắc Bộ sáng 13/2 khiến tầm nhìn tại sân bay Nội Bài giảm còn 150 m, nhiều chuyến bay phải bay chờ hoặc chuyển hướng.

Theo Cảng hàng không quốc tế Nội Bài, từ 5 giờ đến 9 giờ sáng nay có 43 chuyến bay bị ảnh hưởng, gồm 31 chuyến chậm cất cánh, 9 chuyến phải bay chờ và 3 chuyến chuyển hướng hạ cánh xuống sân bay Cát Bi (Hải Phòng) và Vân Đồn (Quảng Ninh). Chuyến bay VN1562 chở 184 hành khách từ TP HCM phải bay vòng gần 40 phút trước khi hạ cánh.

Từ đầu năm nay, Nội Bài đã có 11 buổi sáng sương mù làm gián đoạn khai thác, nhiều hơn 4 buổi so với cùng kỳ năm trước.

Trên cao tốc Pháp Vân - Cầu Giẽ, đoạn qua huyện Thường Tín, tầm nhìn có lúc chỉ 30-40 m. Từ 6 giờ đến 7 giờ 30, tuyến đường này xảy ra 2 vụ va chạm liên hoàn làm 7 ô tô hư hỏng, 2 người bị thương nhẹ.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, độ ẩm không khí ở Hà Nội sáng nay lên tới 98%, nhiệt độ 17-19 độ C. Sương mù dự báo còn xuất hiện đến hết ngày 16/2, sau đó không khí lạnh tràn về khiến nhiệt độ giảm 5-7 độ C.

Năm 2024, sân bay Nội Bài phục vụ hơn 29,6 triệu lượt khách, tăng 12,5% so với năm 2023, trong đó có 37 ngày phải điều chỉnh khai thác do thời tiết xấu. Hiện Nội Bài có 2 đường cất hạ cánh, trong đó đường băng 11R/29L được trang bị hệ thống hạ cánh chính xác tiêu chuẩn CAT II.

Võ Hải
"""

D13 = per("sáng 13/2", "2025-02-13", "2025-02-13")
NOW = per("sáng nay", "2025-02-13", "2025-02-13")
YTD = per("Từ đầu năm nay", "2025-01-01", "2025-02-13")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TT = "Thường Tín"
FL = "chuyến bay bị ảnh hưởng"

FIGS = [
    fig("hơn 40 chuyến bay", "40", 40, "count", "chuyến bay", approx="over", subject="chuyến bay ở Nội Bài bị ảnh hưởng"),
    fig("giảm còn 150 m", "150", 150, "measure", "m", subject="tầm nhìn tại sân bay Nội Bài", period=D13),
    fig("có 43 chuyến bay", "43", 43, "count", "chuyến bay", subject="chuyến bay bị ảnh hưởng", period=NOW),
    fig("gồm 31 chuyến", "31", 31, "count", "chuyến", total=43, subject="chuyến bay chậm cất cánh", period=NOW),
    fig("9 chuyến phải bay chờ", "9", 9, "count", "chuyến", total=43, subject="chuyến bay phải bay chờ", period=NOW),
    fig("3 chuyến chuyển hướng", "3", 3, "count", "chuyến", total=43,
        subject="chuyến bay chuyển hướng hạ cánh xuống sân bay Cát Bi và Vân Đồn", period=NOW),
    fig("chở 184 hành khách", "184", 184, "count", "hành khách", subject="hành khách chuyến bay VN1562 chở",
        period=inh(NOW)),
    fig("gần 40 phút", "40", 40, "measure", "phút", approx="nearly", subject="thời gian chuyến bay VN1562 phải bay vòng",
        period=inh(NOW)),
    fig("có 11 buổi sáng", "11", 11, "count", "buổi sáng", change=chg("increase", 4, "buổi", "cùng kỳ năm trước"),
        subject="buổi sáng sương mù làm gián đoạn khai thác", period=YTD),
    fig("chỉ 30-40 m", "30", 30, "measure", "m", value_max=40, subject="tầm nhìn trên cao tốc Pháp Vân - Cầu Giẽ",
        location=TT, period=inh(NOW)),
    fig("xảy ra 2 vụ", "2", 2, "count", "vụ", subject="vụ va chạm liên hoàn", period=inh(NOW)),
    fig("làm 7 ô tô", "7", 7, "count", "ô tô", subject="ô tô hư hỏng", period=inh(NOW)),
    fig("2 người bị thương", "2", 2, "count", "người", subject="người bị thương nhẹ do va chạm liên hoàn",
        period=inh(NOW)),
    fig("lên tới 98%", "98", 98, "percent", "%", subject="độ ẩm không khí", period=NOW),
    fig("nhiệt độ 17-19", "17", 17, "measure", "độ C", value_max=19, subject="nhiệt độ", period=NOW),
    fig("giảm 5-7 độ C", "5", 5, "measure", "độ C", value_max=7, status="forecast", subject="nhiệt độ giảm"),
    fig("hơn 29,6 triệu", "29,6", 29.6e6, "count", "lượt khách", approx="over",
        change=chg("increase", 12.5, "%", "năm 2023"), subject="lượt khách sân bay Nội Bài phục vụ", period=Y24),
    fig("có 37 ngày", "37", 37, "count", "ngày", subject="ngày phải điều chỉnh khai thác do thời tiết xấu", period=Y24),
    fig("có 2 đường cất hạ cánh", "2", 2, "count", "đường cất hạ cánh", subject="đường cất hạ cánh của Nội Bài"),
]

NOTES = [
    "National newspaper: section line, 'Thứ năm, 13/2/2025, 11:20 (GMT+7)', headline, lead, byline at the end.",
    "Distractors: 11:20, GMT+7, 'sáng 13/2', 'từ 5 giờ đến 9 giờ', flight number VN1562, 'Từ 6 giờ đến 7 giờ 30', 'ngày 16/2',",
    "runway '11R/29L' (not a part of a whole), 'CAT II', 'năm trước' (a baseline).",
    "Location Hà Nội (Nội Bài is in Hà Nội); the 3 flights that land at Cát Bi (Hải Phòng) and Vân Đồn (Quảng Ninh) stay Hà Nội.",
    "The expressway paragraph names huyện Thường Tín: the visibility '30-40 m' of 'đoạn qua huyện Thường Tín' is located there.",
    "revised after the first run: the next sentence's '2 vụ', '7 ô tô', '2 người' stand on 'tuyến đường này' (the whole route,",
    "not the section 'đoạn'), so they are not placed in Thường Tín: location back to the article's Hà Nội.",
    "revised after the first run: casualty subjects name their cause ('người bị thương nhẹ do va chạm liên hoàn').",
    "'giảm còn 150 m' = down to 150 m: the level, no change object. 'nhiệt độ giảm 5-7 độ C' is a forecast drop: a measure range.",
    "'gồm 31 ..., 9 ... và 3 ...' add up to 43: total 43. 'trong đó có 37 ngày' follows a passenger count (another thing): no total.",
    "'sáng nay' = the dateline day 2025-02-13; 'Từ đầu năm nay' runs to the dateline. 'nhiều hơn 4 buổi' = change of 11 buổi sáng.",
]

if __name__ == "__main__":
    write("p1309-5", TEXT, NOTES, FIGS, published="2025-02-13", location="Hà Nội")
