"""p804-1: Đồng Nai province portal, H1/2024 inspections of strictly-regulated equipment."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm
Đồng Nai: Kiểm định hơn 9.400 máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động
Cập nhật: 16/07/2024 08:40 | Lượt xem: 2.316

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 6 tháng đầu năm 2024, các tổ chức kiểm định đã kiểm định 9.436 máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động trên địa bàn tỉnh, tăng 11,2% so với cùng kỳ năm 2023. Trong đó, nồi hơi 612 thiết bị, bình chịu áp lực 3.874 thiết bị, thang máy 1.158 thiết bị và thiết bị nâng 3.792 thiết bị.

Qua kiểm định, có 9.218 thiết bị đạt yêu cầu, chiếm 97,7%; 218 thiết bị không đạt đã được yêu cầu dừng sử dụng để sửa chữa, thay thế. Số thiết bị không đạt gấp 1,5 lần cùng kỳ, chủ yếu là nồi hơi và bình chịu áp lực đã sử dụng trên 15 năm.

Toàn tỉnh hiện có 1.562 doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt, tập trung tại TP Biên Hòa (587 doanh nghiệp), huyện Nhơn Trạch (264 doanh nghiệp) và huyện Trảng Bom (231 doanh nghiệp).

Cũng trong 6 tháng, Thanh tra Sở đã thanh tra, kiểm tra 86 doanh nghiệp, trong đó 47 doanh nghiệp đưa thiết bị vào sử dụng khi chưa kiểm định hoặc quá hạn kiểm định. Sở đã ra quyết định xử phạt vi phạm hành chính 19 doanh nghiệp với tổng số tiền gần 1,26 tỷ đồng theo Nghị định số 12/2022/NĐ-CP. Từ đầu năm, trên địa bàn tỉnh xảy ra 3 vụ tai nạn lao động liên quan đến thiết bị nâng và thang máy, làm chết 2 người.

Năm 2024, Sở phấn đấu thanh tra, kiểm tra ít nhất 150 doanh nghiệp; 100% máy, thiết bị có yêu cầu nghiêm ngặt được kiểm định trước khi đưa vào sử dụng. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0251.3822.615.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm", "2024-01-01", "2024-07-16")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Kiểm định hơn 9.400 máy", "9.400", 9400, "count", "máy, thiết bị", approx="over",
      subject="máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động được kiểm định", period=I(H1)),
    F("kiểm định 9.436 máy", "9.436", 9436, "count", "máy, thiết bị",
      change=C("increase", 11.2, baseline="cùng kỳ năm 2023"),
      subject="máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động được kiểm định", period=H1),
    F("nồi hơi 612 thiết bị", "612", 612, "count", "thiết bị", total=9436,
      subject="nồi hơi được kiểm định", period=I(H1)),
    F("áp lực 3.874 thiết bị", "3.874", 3874, "count", "thiết bị", total=9436,
      subject="bình chịu áp lực được kiểm định", period=I(H1)),
    F("thang máy 1.158 thiết bị", "1.158", 1158, "count", "thiết bị", total=9436,
      subject="thang máy được kiểm định", period=I(H1)),
    F("nâng 3.792 thiết bị", "3.792", 3792, "count", "thiết bị", total=9436,
      subject="thiết bị nâng được kiểm định", period=I(H1)),
    F("có 9.218 thiết bị", "9.218", 9218, "count", "thiết bị", percent=97.7,
      subject="thiết bị đạt yêu cầu qua kiểm định", period=I(H1)),
    F("97,7%; 218 thiết bị", "218", 218, "count", "thiết bị",
      subject="thiết bị không đạt phải dừng sử dụng", period=I(H1)),
    F("gấp 1,5 lần cùng kỳ", "1,5", 1.5, "multiple", "lần",
      subject="số thiết bị không đạt so với cùng kỳ", period=I(H1)),
    F("sử dụng trên 15 năm", "15", 15, "measure", "năm", approx="over",
      subject="thời gian sử dụng nồi hơi, bình chịu áp lực không đạt", optional=True),
    F("có 1.562 doanh nghiệp", "1.562", 1562, "count", "doanh nghiệp",
      subject="doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt"),
    F("Biên Hòa (587 doanh nghiệp)", "587", 587, "count", "doanh nghiệp",
      subject="doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt", location="Biên Hòa"),
    F("Nhơn Trạch (264 doanh nghiệp)", "264", 264, "count", "doanh nghiệp",
      subject="doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt", location="Nhơn Trạch"),
    F("Trảng Bom (231 doanh nghiệp)", "231", 231, "count", "doanh nghiệp",
      subject="doanh nghiệp sử dụng máy, thiết bị có yêu cầu nghiêm ngặt", location="Trảng Bom"),
    F("kiểm tra 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp",
      subject="doanh nghiệp được thanh tra, kiểm tra", period=H1b),
    F("trong đó 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp", total=86,
      subject="doanh nghiệp đưa thiết bị vào sử dụng khi chưa kiểm định hoặc quá hạn kiểm định", period=H1b),
    F("hành chính 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
      subject="doanh nghiệp bị xử phạt vi phạm hành chính", period=I(H1b)),
    F("gần 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", approx="nearly",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=I(H1b)),
    F("xảy ra 3 vụ tai nạn", "3", 3, "count", "vụ",
      subject="vụ tai nạn lao động liên quan đến thiết bị nâng và thang máy", period=YTD),
    F("làm chết 2 người", "2", 2, "count", "người",
      subject="người chết do tai nạn lao động liên quan đến thiết bị nâng và thang máy", period=YTD),
    F("ít nhất 150 doanh nghiệp", "150", 150, "count", "doanh nghiệp", approx="at_least", status="target",
      subject="doanh nghiệp được thanh tra, kiểm tra", period=Y24),
    F("100% máy, thiết bị", "100", 100, "percent", "%", status="target",
      subject="máy, thiết bị có yêu cầu nghiêm ngặt được kiểm định trước khi đưa vào sử dụng", period=Y24),
]

NOTES = [
    "Cổng TTĐT tỉnh Đồng Nai (invented): H1/2024 inspections of strictly-regulated equipment, parts after 'Trong đó',",
    "district list after 'tập trung tại' (does not add up: no total), fines, accidents, 2024 targets.",
    "Distractors: Lượt xem: 2.316, Nghị định số 12/2022/NĐ-CP, hotline 0251.3822.615, 08:40.",
    "'Số thiết bị không đạt gấp 1,5 lần cùng kỳ' is its own sentence with no amount: a multiple.",
    "'trên 15 năm' (age of failing boilers) describes a group: optional.",
]

write("p804-1", TEXT, NOTES, FIGS, published="2024-07-16", location="Đồng Nai")
