"""p1396-1: province portal (Hà Tĩnh): summer activities from 1/6 to mid-July 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """Cổng thông tin điện tử tỉnh Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 186 nghìn lượt thiếu nhi tham gia sinh hoạt hè

Cập nhật: 19/07/2024 08:45 | Lượt xem: 1.382

Theo Tỉnh đoàn Hà Tĩnh, từ ngày 1/6 đến nay, toàn tỉnh đã tổ chức 1.245 điểm sinh hoạt hè tại các thôn, tổ dân phố, tăng 37 điểm so với hè năm 2023, thu hút hơn 186 nghìn lượt đội viên, thiếu nhi tham gia. Trong đó có 214 điểm vui chơi được đầu tư mới hoặc sửa chữa với tổng kinh phí khoảng 3,8 tỷ đồng, chủ yếu từ nguồn xã hội hóa.

Các địa phương đã mở 96 lớp dạy bơi miễn phí cho gần 3.400 trẻ, trong đó 2.150 em đã biết bơi an toàn, đạt 63,2%. Huyện Cẩm Xuyên dẫn đầu với 18 lớp; thị xã Kỳ Anh và huyện Thạch Hà lần lượt có 14 và 12 lớp.

Hội đồng Đội tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức Liên hoan "Thiếu nhi Hà Tĩnh vui khỏe" lần thứ 15 với 28 đội thi, khoảng 650 diễn viên nhí. Chương trình "Hè yêu thương" đã trao 1.200 suất quà cho thiếu nhi có hoàn cảnh khó khăn, trị giá mỗi suất 500.000 đồng.

Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 7 vụ đuối nước làm 9 trẻ em tử vong, giảm 4 em so với cùng kỳ năm 2023.

Phấn đấu đến hết năm 2024, 100% xã, phường, thị trấn có điểm sinh hoạt hè cho thiếu nhi; tỷ lệ trẻ em từ 6-15 tuổi biết bơi đạt trên 45%.

Tin liên quan:
- Khai mạc Trại hè Thiếu nhi Hà Tĩnh năm 2024
- Phòng, chống đuối nước trẻ em: Cần sự vào cuộc của cả cộng đồng
"""

SUMMER = P("từ ngày 1/6 đến nay", "2024-06-01", "2024-07-19")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-19")
TO24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Hơn 186 nghìn lượt thiếu nhi", "186", 186000, "count", "lượt thiếu nhi", approx="over",
      subject="lượt thiếu nhi tham gia sinh hoạt hè"),
    F("tổ chức 1.245 điểm", "1.245", 1245, "count", "điểm sinh hoạt hè",
      change=CH("increase", 37, "điểm", "hè năm 2023"),
      subject="điểm sinh hoạt hè tại các thôn, tổ dân phố", period=SUMMER),
    F("hơn 186 nghìn lượt đội viên", "186", 186000, "count", "lượt đội viên, thiếu nhi", approx="over",
      subject="lượt đội viên, thiếu nhi tham gia sinh hoạt hè", period=SUMMER),
    F("có 214 điểm", "214", 214, "count", "điểm vui chơi", total=1245,
      subject="điểm vui chơi được đầu tư mới hoặc sửa chữa", period=I(SUMMER)),
    F("khoảng 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", approx="about",
      subject="tổng kinh phí đầu tư mới hoặc sửa chữa điểm vui chơi", period=I(SUMMER)),
    F("mở 96 lớp", "96", 96, "count", "lớp dạy bơi", subject="lớp dạy bơi miễn phí", period=I(SUMMER)),
    F("gần 3.400 trẻ", "3.400", 3400, "count", "trẻ", approx="nearly",
      subject="trẻ học lớp dạy bơi miễn phí", period=I(SUMMER)),
    F("2.150 em", "2.150", 2150, "count", "em", total=3400, percent=63.2,
      subject="em đã biết bơi an toàn", period=I(SUMMER)),
    F("với 18 lớp", "18", 18, "count", "lớp", subject="lớp dạy bơi miễn phí", location="Cẩm Xuyên"),
    F("có 14 và", "14", 14, "count", "lớp", subject="lớp dạy bơi miễn phí", location="Kỳ Anh"),
    F("và 12 lớp", "12", 12, "count", "lớp", subject="lớp dạy bơi miễn phí", location="Thạch Hà"),
    F("với 28 đội thi", "28", 28, "count", "đội thi",
      subject='đội thi Liên hoan "Thiếu nhi Hà Tĩnh vui khỏe"'),
    F("khoảng 650 diễn viên", "650", 650, "count", "diễn viên nhí", approx="about",
      subject='diễn viên nhí tham gia Liên hoan "Thiếu nhi Hà Tĩnh vui khỏe"'),
    F("trao 1.200 suất", "1.200", 1200, "count", "suất quà",
      subject='suất quà Chương trình "Hè yêu thương" trao cho thiếu nhi có hoàn cảnh khó khăn'),
    F("mỗi suất 500.000", "500.000", 500000, "money", "đồng/suất", subject="trị giá mỗi suất quà"),
    F("xảy ra 7 vụ", "7", 7, "count", "vụ đuối nước", subject="vụ đuối nước trên địa bàn tỉnh", period=YTD),
    F("làm 9 trẻ em", "9", 9, "count", "trẻ em", change=CH("decrease", 4, "em", "cùng kỳ năm 2023"),
      subject="trẻ em tử vong do đuối nước", period=YTD),
    F("2024, 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, phường, thị trấn có điểm sinh hoạt hè cho thiếu nhi", period=TO24),
    F("trên 45%", "45", 45, "percent", "%", approx="over", status="target",
      subject="tỷ lệ trẻ em biết bơi", period=TO24),
    F("từ 6-15 tuổi", "6", 6, "measure", "tuổi", value_max=15, optional=True),
]

NOTES = [
    "Province portal (Hà Tĩnh): breadcrumb, headline figure, 'Cập nhật: 19/07/2024 08:45 | Lượt xem: 1.382', related links.",
    "Distractors: 08:45, Lượt xem 1.382, 'ngày 1/6', 'lần thứ 15', 'năm 2024' in a related link, baseline years.",
    "'từ ngày 1/6 đến nay' runs to the dateline; 'Trong đó có 214 điểm' after a sentence break takes the whole 1.245.",
    "'tăng 37 điểm so với hè năm 2023' is the change of 1.245 (unit điểm); 'giảm 4 em' is the change of 9 trẻ em.",
    "List 'Cẩm Xuyên ... 18 lớp; Kỳ Anh và Thạch Hà lần lượt có 14 và 12 lớp': each item located in its district.",
    "'Phấn đấu đến hết năm 2024' governs both clauses after ';' (target, as-of end 2024). Age bracket '6-15 tuổi' optional.",
]

if __name__ == "__main__":
    write("p1396-1", TEXT, NOTES, FIGS, published="2024-07-19", location="Hà Tĩnh")
