"""p1467-8: radio/TV site (Đài PT-TH Long An): inspections of mirror sellers and workshops, 2024."""
from lib import F, period, inherited, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Xã hội | Video | Podcast

Phát hiện nhiều gương phòng tắm không rõ nguồn gốc

Cập nhật lúc 16:05 ngày 02/12/2024

(LA34) - Từ đầu năm đến nay, qua hai đợt kiểm tra liên ngành, Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Long An đã kiểm tra 46 cơ sở sản xuất, kinh doanh gương, kính, phát hiện 9 cơ sở vi phạm, chiếm 19,6%; xử phạt hành chính 126 triệu đồng.

Lực lượng chức năng tạm giữ hơn 1.400 chiếc gương phòng tắm, gương đèn LED không có tem nhãn, chưa công bố hợp quy, trị giá gần 280 triệu đồng. Riêng tại huyện Đức Hòa, một cơ sở ở xã Hựu Thạnh bị phát hiện dán nhãn "sản xuất tại Ý" cho 320 chiếc gương nhập từ Trung Quốc.

Theo Chi cục, gương phòng tắm trôi nổi có giá chỉ 150.000-200.000 đồng/chiếc, rẻ hơn khoảng 35% so với hàng sản xuất trong nước, nhưng lớp tráng bạc mỏng, dễ bong tróc sau 6-12 tháng sử dụng.

Toàn tỉnh hiện có 58 cơ sở kinh doanh gương, kính, trong đó 21 cơ sở tự gia công gương phòng tắm theo đơn đặt hàng.

Tháng 12, Chi cục dự kiến kiểm tra thêm ít nhất 15 cơ sở, tập trung tại TP Tân An và các huyện Đức Hòa, Bến Lức. Mục tiêu đến năm 2025, 100% cơ sở gia công gương trên địa bàn thực hiện công bố hợp quy.

Video: Kiểm tra cơ sở kinh doanh gương tại TP Tân An (02:35)
Lượt xem: 3.512

Tin cùng chuyên mục:
- Bến Lức: Ra quân kiểm tra hàng giả dịp cuối năm
- Long An tăng cường kiểm soát hàng hóa qua biên giới
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-12-02")
DEC = period("Tháng 12", "2024-12-01", "2024-12-31")
TO25 = period("đến năm 2025", None, "2025-12-31")
DH = "Đức Hòa"

FIGS = [
    F("qua hai đợt", "hai", 2, "count", "đợt", "đợt kiểm tra liên ngành", YTD),
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở sản xuất, kinh doanh gương, kính được kiểm tra", YTD),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", YTD, percent=19.6),
    F("hành chính 126 triệu", "126", 126e6, "money", "đồng", "xử phạt hành chính", YTD),
    F("hơn 1.400 chiếc", "1.400", 1400, "count", "chiếc", "gương phòng tắm, gương đèn LED tạm giữ",
      inherited(YTD), approx="over"),
    F("gần 280 triệu", "280", 280e6, "money", "đồng", "trị giá gương tạm giữ", inherited(YTD), approx="nearly"),
    F("một cơ sở ở xã", "một", 1, "count", "cơ sở", "cơ sở dán nhãn sai xuất xứ", location=DH, optional=True),
    F("cho 320 chiếc", "320", 320, "count", "chiếc", "gương nhập từ Trung Quốc bị dán nhãn sai", location=DH),
    F("chỉ 150.000-200.000", "150.000", 150000, "money", "đồng/chiếc", "giá gương phòng tắm trôi nổi",
      value_max=200000, change=change("decrease", 35, "%", "hàng sản xuất trong nước", approx="about")),
    F("sau 6-12 tháng", "6", 6, "measure", "tháng", "thời gian lớp tráng bạc bong tróc", value_max=12,
      optional=True),
    F("có 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở kinh doanh gương, kính"),
    F("trong đó 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở tự gia công gương phòng tắm", total=58),
    F("ít nhất 15 cơ sở", "15", 15, "count", "cơ sở", "cơ sở Chi cục kiểm tra thêm", DEC,
      approx="at_least", status="forecast"),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", "cơ sở gia công gương thực hiện công bố hợp quy", TO25,
      status="target"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Long An): banner, menu, 'Cập nhật lúc 16:05 ngày 02/12/2024', tag '(LA34) -', video caption with duration, 'Lượt xem', related links.",
    "Distractors: 'LA34' (the station's tag), 16:05, 'sản xuất tại Ý', '(02:35)' video length, 'Lượt xem: 3.512'.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-12-02; the seizure sentence inherits it. 'hai đợt' (number word) is a count.",
    "'phát hiện 9 cơ sở vi phạm, chiếm 19,6%' → percent attribute; no total: 'kiểm tra 46 ... phát hiện 9' has no part-of cue (trong số, trong đó, /).",
    "'Riêng tại huyện Đức Hòa ... 320 chiếc': location Đức Hòa. 'một cơ sở' there is an indefinite article as much as a count (optional).",
    "Price range 150.000-200.000 đồng/chiếc with the change 'rẻ hơn khoảng 35% so với hàng sản xuất trong nước' (decrease, about).",
    "'sau 6-12 tháng sử dụng' is a durability span (optional: duration or measure).",
    "'Tháng 12' = December 2024 with 'dự kiến' → forecast; the places after 'tập trung tại' do not move the figure out of Long An.",
    "'Mục tiêu đến năm 2025, 100% ...' → target, period ends 2025-12-31.",
]

if __name__ == "__main__":
    write("p1467-8", TEXT, NOTES, FIGS, published="2024-12-02", location="Long An")
