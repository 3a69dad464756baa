"""p562-1: Bình Định province portal — vessel monitoring (VMS) devices on fishing vessels."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Bình Định: 99,2% tàu cá từ 15 mét trở lên đã lắp thiết bị giám sát hành trình
Cập nhật: 14/08/2024 10:25
Lượt xem: 3.126

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/7/2024, toàn tỉnh Bình Định có 5.812 tàu cá có chiều dài từ 6 mét trở lên, trong đó 3.964 tàu cá có chiều dài từ 15 mét trở lên thuộc diện phải lắp đặt thiết bị giám sát hành trình (VMS). Đến nay đã có 3.932 tàu lắp đặt, đạt 99,2%; còn 32 tàu chưa lắp đặt, chủ yếu là tàu nằm bờ dài ngày hoặc đã bán sang tỉnh khác.

Số tàu đã lắp thiết bị tập trung ở thị xã Hoài Nhơn (1.786 chiếc), huyện Phù Cát (812 chiếc), huyện Phù Mỹ (694 chiếc) và thành phố Quy Nhơn (355 chiếc).

Trong 6 tháng đầu năm 2024, Trung tâm giám sát tàu cá của tỉnh (số 122 Lê Lợi, TP Quy Nhơn) đã phát hiện 418 lượt tàu mất kết nối trên 6 giờ khi hoạt động trên biển, giảm 37% so với cùng kỳ năm 2023; 27 lượt tàu vượt ranh giới cho phép trên biển. Lực lượng chức năng đã xử phạt 64 trường hợp vi phạm với tổng số tiền hơn 2,1 tỷ đồng.

Ông Trần Văn Phúc, Phó Giám đốc Sở cho biết, tỉnh phấn đấu đến cuối năm 2024 có 100% tàu cá từ 15 mét trở lên duy trì kết nối VMS 24/24 giờ khi hoạt động trên biển. Tổng kinh phí hỗ trợ ngư dân lắp đặt thiết bị theo Quyết định số 48/2010/QĐ-TTg và Nghị quyết số 12/2022/NQ-HĐND ước khoảng 18,6 tỷ đồng, mỗi thiết bị được hỗ trợ tối đa 15 triệu đồng.

Ngư dân cần hỗ trợ kỹ thuật liên hệ đường dây nóng 0256.3822.159.
"""

ASOF = P("tính đến ngày 31/7/2024", end="2024-07-31")
NOW = P("Đến nay", end="2024-08-14")
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("Bình Định: 99,2%", "99,2", 99.2, "percent", "%",
      "tàu cá từ 15 mét trở lên đã lắp thiết bị giám sát hành trình"),
    F("99,2% tàu cá từ 15 mét", "15", 15, "measure", "mét", approx="at_least", optional=True),
    F("có 5.812 tàu cá", "5.812", 5812, "count", "tàu cá",
      "tàu cá có chiều dài từ 6 mét trở lên", ASOF),
    F("từ 6 mét trở lên", "6", 6, "measure", "mét", approx="at_least", optional=True),
    F("trong đó 3.964 tàu cá", "3.964", 3964, "count", "tàu cá",
      "tàu cá có chiều dài từ 15 mét trở lên thuộc diện phải lắp đặt thiết bị giám sát hành trình (VMS)", ASOF,
      total=5812),
    F("từ 15 mét trở lên thuộc diện", "15", 15, "measure", "mét", approx="at_least", optional=True),
    F("có 3.932 tàu lắp đặt", "3.932", 3932, "count", "tàu",
      "tàu lắp đặt thiết bị giám sát hành trình", NOW, percent=99.2),
    F("còn 32 tàu", "32", 32, "count", "tàu", "tàu chưa lắp đặt thiết bị giám sát hành trình", NOW),
    F("(1.786 chiếc)", "1.786", 1786, "count", "chiếc", "tàu đã lắp thiết bị", I(NOW), location="Hoài Nhơn"),
    F("(812 chiếc)", "812", 812, "count", "chiếc", "tàu đã lắp thiết bị", I(NOW), location="Phù Cát"),
    F("(694 chiếc)", "694", 694, "count", "chiếc", "tàu đã lắp thiết bị", I(NOW), location="Phù Mỹ"),
    F("(355 chiếc)", "355", 355, "count", "chiếc", "tàu đã lắp thiết bị", I(NOW), location="Quy Nhơn"),
    F("phát hiện 418 lượt tàu", "418", 418, "count", "lượt tàu",
      "lượt tàu mất kết nối trên 6 giờ khi hoạt động trên biển", H1,
      change=CH("decrease", 37, "%", "cùng kỳ năm 2023")),
    F("trên 6 giờ", "6", 6, "measure", "giờ", approx="over", optional=True),
    F("; 27 lượt tàu", "27", 27, "count", "lượt tàu", "lượt tàu vượt ranh giới cho phép trên biển", H1),
    F("xử phạt 64 trường hợp", "64", 64, "count", "trường hợp", "trường hợp vi phạm bị xử phạt", I(H1)),
    F("hơn 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "tổng số tiền xử phạt vi phạm", I(H1), approx="over"),
    F("có 100% tàu cá", "100", 100, "percent", "%",
      "tàu cá từ 15 mét trở lên duy trì kết nối VMS khi hoạt động trên biển",
      P("đến cuối năm 2024", end="2024-12-31"), status="target"),
    F("từ 15 mét trở lên duy trì", "15", 15, "measure", "mét", approx="at_least", optional=True),
    F("khoảng 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng",
      "tổng kinh phí hỗ trợ ngư dân lắp đặt thiết bị giám sát hành trình", approx="about", status="estimate"),
    F("tối đa 15 triệu đồng", "15", 15e6, "money", "đồng", "mức hỗ trợ mỗi thiết bị", approx="at_most"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Định (invented): thiết bị giám sát hành trình (VMS) trên tàu cá, tính đến 31/7/2024 và 6 tháng đầu năm 2024.",
    "Length thresholds (từ 6/15 mét trở lên, trên 6 giờ) are optional measures. '24/24 giờ' (round the clock), the address 'số 122 Lê Lợi',",
    "the document numbers, the phone number and 'Lượt xem: 3.126' are not figures. 'đạt 99,2%' in the body is the share of 3.932 tàu;",
    "the headline 99,2% is its own figure (no period in the headline). District items carry their district as location; they do not",
    "add up to a stated whole, so no total. 'Đến nay' ends at the dateline. 'ước khoảng' = about + estimate; the per-device",
    "ceiling 'tối đa 15 triệu đồng' is a new clause with its own verb: actual.",
]

if __name__ == "__main__":
    emit("p562-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Bình Định")
