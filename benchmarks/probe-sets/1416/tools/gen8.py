"""p1416-8: radio/TV site (Đài PT-TH Cần Thơ), six-month results of the city's haematology hospital."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Y tế | Video | Podcast

Cần Thơ: 6 tháng đầu năm ghép tế bào gốc cho 9 người bệnh

28/07/2024 18:45 | Lượt xem: 1.231 | Nghe đọc bài

THTPCT - 6 tháng đầu năm 2024, Bệnh viện Huyết học - Truyền máu thành phố Cần Thơ đã thực hiện 9 ca ghép tế bào gốc tự thân cho người bệnh đa u tủy xương và u lympho, bằng 45% kế hoạch năm, nâng tổng số ca ghép từ năm 2021 đến nay lên 37 ca.

Theo BS.CKII Lâm Thị Ngọc Yến, Phó Giám đốc bệnh viện, người bệnh ghép tự thân nằm viện trung bình từ 21 đến 25 ngày, chi phí khoảng 280 triệu đồng, trong đó bảo hiểm y tế chi trả gần 180 triệu đồng. Điều trị tại địa phương giúp mỗi người bệnh tiết kiệm thêm 15-20% chi phí đi lại, ăn ở. Tỷ lệ biến chứng nhiễm trùng sau ghép dưới 10%.

Bệnh viện hiện có 8 phòng ghép áp lực dương và gần hai chục y, bác sĩ được đào tạo chuyên sâu. Hiện còn hơn ba chục người bệnh đang chờ đến lượt ghép.

Năm nay, bệnh viện phấn đấu thực hiện 20 ca, trong đó có từ 2 đến 3 ca ghép đồng loài đầu tiên. Dự kiến trong quý IV, bệnh viện sẽ khánh thành khu ghép mới với tổng vốn đầu tư 45 tỷ đồng, nâng số phòng ghép lên 14 phòng.

Tin cùng chuyên mục:
- Cần Thơ: Ngày hội hiến máu "Giọt hồng Tây Đô" lần thứ 12
- Hướng dẫn đăng ký hiến tế bào gốc trên ứng dụng VNeID

Địa chỉ: 409 đường 30/4, phường Hưng Lợi, quận Ninh Kiều, TP Cần Thơ | Điện thoại: 0292.3838.191
"""

HEAD = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2024-07-28")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("cho 9 người bệnh", "9", 9, "count", "người bệnh", subject="người bệnh được ghép tế bào gốc", period=HEAD),
    fig("thực hiện 9 ca", "9", 9, "count", "ca", percent=45,
        subject="ca ghép tế bào gốc tự thân bệnh viện đã thực hiện", period=H1),
    fig("lên 37 ca", "37", 37, "count", "ca", subject="tổng số ca ghép", period=SINCE),
    fig("từ 21 đến 25 ngày", "21", 21, "measure", "ngày", value_max=25,
        subject="thời gian nằm viện trung bình người bệnh ghép tự thân"),
    fig("khoảng 280 triệu", "280", 280e6, "money", "đồng", approx="about", subject="chi phí ghép tự thân"),
    fig("gần 180 triệu", "180", 180e6, "money", "đồng", approx="nearly", total=280e6,
        subject="bảo hiểm y tế chi trả"),
    fig("thêm 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="chi phí đi lại, ăn ở mỗi người bệnh tiết kiệm thêm"),
    fig("dưới 10%", "10", 10, "percent", "%", approx="under", subject="tỷ lệ biến chứng nhiễm trùng sau ghép"),
    fig("có 8 phòng", "8", 8, "count", "phòng", subject="phòng ghép áp lực dương"),
    fig("gần hai chục", "hai", 20, "count", "y, bác sĩ", approx="nearly", subject="y, bác sĩ được đào tạo chuyên sâu"),
    fig("hơn ba chục", "ba", 30, "count", "người bệnh", approx="over", subject="người bệnh đang chờ đến lượt ghép"),
    fig("thực hiện 20 ca", "20", 20, "count", "ca", status="target", subject="ca ghép bệnh viện thực hiện",
        period=Y24),
    fig("từ 2 đến 3 ca", "2", 2, "count", "ca", value_max=3, total=20, status="target",
        subject="ca ghép đồng loài đầu tiên", period=Y24),
    fig("đầu tư 45 tỷ", "45", 45e9, "money", "đồng", status="forecast", subject="tổng vốn đầu tư khu ghép mới",
        period=Q4),
    fig("lên 14 phòng", "14", 14, "count", "phòng", status="forecast", subject="số phòng ghép", period=Q4),
]

NOTES = [
    "revised after the first run: the target subject no longer carries the status cue (phấn đấu / đặt mục tiêu);",
    "the cue is the status field, the subject names the indicator.",
    "Radio/TV site (Đài PT-TH Cần Thơ): station banner, menu, '28/07/2024 18:45 | Lượt xem: 1.231 | Nghe đọc bài', tag 'THTPCT -',",
    "related links, footer. Distractors: 'Lượt xem: 1.231', 'lần thứ 12', 'đường 30/4' (a road named after a date), '409', phone.",
    "Headline '6 tháng đầu năm' takes the dateline year. 'bằng 45% kế hoạch năm' → percent attribute of the 9 ca.",
    "'nâng tổng số ca ghép từ năm 2021 đến nay lên 37 ca' → period 2021-01-01 to the dateline.",
    "'trong đó bảo hiểm y tế chi trả gần 180 triệu đồng' → a part of the 280 triệu: total 280 000 000.",
    "Number words: 'gần hai chục' = 20 (nearly), 'hơn ba chục' = 30 (over).",
    "'Năm nay' = 2024 (the dateline year). 'trong đó có từ 2 đến 3 ca' → range, total 20, target.",
    "'Dự kiến trong quý IV' → forecast, quý IV of 2024 (year of the nearest earlier period); governs 45 tỷ and 'lên 14 phòng'.",
]

if __name__ == "__main__":
    write("p1416-8", TEXT, NOTES, FIGS, published="2024-07-28", location="Cần Thơ")
