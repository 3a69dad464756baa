"""p1517-1: province portal (Bắc Ninh): Tết calendar orders and printing, a printing firm in thị xã Quế Võ."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Các cơ sở in nhận đặt in khoảng 52 triệu bản lịch Tết

Cập nhật: 18/11/2024 09:30 | Lượt xem: 1.874

Theo Sở Thông tin và Truyền thông, toàn tỉnh hiện có 126 cơ sở in, trong đó 41 cơ sở tham gia in lịch. Từ tháng 8 đến nay, các cơ sở đã nhận đơn đặt in khoảng 52 triệu bản lịch Tết Ất Tỵ 2025, tăng 8,5% so với cùng kỳ năm 2023. Tính đến ngày 15/11, đã in xong hơn 31 triệu bản, đạt gần 60% số đơn hàng; trong đó lịch bloc chiếm khoảng 45%, lịch treo tường chiếm 38%.

Tại Công ty TNHH In Kinh Bắc (thị xã Quế Võ), 4 dây chuyền in offset chạy 3 ca mỗi ngày. Năm nay công ty nhận in 6,2 triệu bản lịch, gồm 2,4 triệu bản lịch bloc và 3,8 triệu bản lịch treo tường; huy động 320 lao động, trong đó có 85 lao động thời vụ, thu nhập từ 9 đến 11 triệu đồng/người/tháng. Giám đốc Nguyễn Văn Thành cho biết, tổng đơn hàng năm nay giảm khoảng 15% so với năm 2023, nhưng đơn hàng lịch bloc cao cấp tăng gấp đôi.

Doanh thu từ in lịch của các cơ sở trên địa bàn tỉnh năm 2024 ước đạt 610 tỷ đồng, chiếm khoảng 18% doanh thu ngành in. Từ đầu năm đến nay, Sở đã kiểm tra 23 cơ sở in, phát hiện 2 cơ sở in lịch không có hợp đồng theo quy định tại Nghị định số 60/2014/NĐ-CP, xử phạt 35 triệu đồng. Dự kiến trong tháng 12, Sở phối hợp với Công an tỉnh thành lập hai đoàn kiểm tra liên ngành.

Tin liên quan:
- Hội nghị triển khai công tác quản lý in, phát hành năm 2024
- Hướng dẫn thủ tục đăng ký hoạt động cơ sở in theo Nghị định 72/2022/NĐ-CP
"""

AUG = period("Từ tháng 8 đến nay", "2024-08-01", "2024-11-18")
ASOF = period("Tính đến ngày 15/11", None, "2024-11-15")
NOW = period("Năm nay", "2024-01-01", "2024-12-31")
now = period("năm nay", "2024-01-01", "2024-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-11-18")
DEC = period("trong tháng 12", "2024-12-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    F("nhận đặt in khoảng 52", "52", 52e6, "count", "bản", "bản lịch Tết các cơ sở in nhận đặt in", approx="about"),
    F("có 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở in"),
    F("trong đó 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở tham gia in lịch", total=126),
    F("đơn đặt in khoảng 52", "52", 52e6, "count", "bản", "bản lịch Tết Ất Tỵ 2025 các cơ sở nhận đơn đặt in", AUG,
      approx="about", change=change("increase", 8.5, "%", "cùng kỳ năm 2023")),
    F("xong hơn 31 triệu", "31", 31e6, "count", "bản", "bản lịch đã in xong", ASOF, approx="over", percent=60),
    F("bloc chiếm khoảng 45%", "45", 45, "percent", "%", "tỷ trọng lịch bloc trong số bản lịch đã in xong", ASOF,
      approx="about"),
    F("tường chiếm 38%", "38", 38, "percent", "%", "tỷ trọng lịch treo tường trong số bản lịch đã in xong", ASOF),
    F("4 dây chuyền", "4", 4, "count", "dây chuyền", "dây chuyền in offset của Công ty TNHH In Kinh Bắc", location=QV),
    F("chạy 3 ca", "3", 3, "measure", "ca/ngày", "ca chạy mỗi ngày của dây chuyền in offset", location=QV),
    F("in 6,2 triệu", "6,2", 6.2e6, "count", "bản", "bản lịch công ty nhận in", NOW, location=QV),
    F("gồm 2,4 triệu", "2,4", 2.4e6, "count", "bản", "bản lịch bloc công ty nhận in", NOW, total=6.2e6, location=QV),
    F("và 3,8 triệu", "3,8", 3.8e6, "count", "bản", "bản lịch treo tường công ty nhận in", NOW, total=6.2e6, location=QV),
    F("huy động 320 lao động", "320", 320, "count", "lao động", "lao động công ty huy động", NOW, location=QV),
    F("có 85 lao động", "85", 85, "count", "lao động", "lao động thời vụ", NOW, total=320, location=QV),
    F("từ 9 đến 11 triệu", "9", 9e6, "money", "đồng/người/tháng", "thu nhập của lao động", NOW, value_max=11e6,
      location=QV),
    F("giảm khoảng 15%", "15", 15, "percent", "%", "tổng đơn hàng của công ty", now,
      approx="about", location=QV),
    F("gấp đôi", "đôi", 2, "multiple", "lần", "đơn hàng lịch bloc cao cấp", now, location=QV),
    F("ước đạt 610 tỷ", "610", 610e9, "money", "đồng", "doanh thu từ in lịch của các cơ sở trên địa bàn tỉnh", Y24,
      status="estimate", percent=18),
    F("kiểm tra 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở in được Sở kiểm tra", YTD),
    F("phát hiện 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở in lịch không có hợp đồng theo quy định", YTD),
    F("xử phạt 35 triệu", "35", 35e6, "money", "đồng", "tiền xử phạt cơ sở in lịch vi phạm", YTD),
    F("thành lập hai đoàn", "hai", 2, "count", "đoàn", "đoàn kiểm tra liên ngành thành lập", DEC, status="forecast"),
]

NOTES = [
    "Province portal (Bắc Ninh): breadcrumb, headline figure, 'Cập nhật: 18/11/2024 09:30 | Lượt xem: 1.874', related links.",
    "'Từ tháng 8 đến nay' takes 2024 from the dateline (the 'Ất Tỵ 2025' after it names the Tết) and ends at the dateline.",
    "'Tính đến ngày 15/11' is an as-of date. 'đạt gần 60% số đơn hàng' is the percent attribute of 'hơn 31 triệu bản';",
    "'trong đó lịch bloc chiếm khoảng 45%, lịch treo tường chiếm 38%' are percent figures of their own.",
    "The Kinh Bắc passage is located in thị xã Quế Võ. 'tăng gấp đôi' stands alone as the claim: multiple 2 lần.",
    "'chiếm khoảng 18% doanh thu ngành in' is the percent attribute of the 610 tỷ estimate.",
    "'phát hiện 2 cơ sở' after 'kiểm tra 23 cơ sở' has no part-of cue: no total.",
    "Distractors: Lượt xem 1.874, 09:30, dates, 'Ất Tỵ 2025', Nghị định số 60/2014/NĐ-CP, Nghị định 72/2022/NĐ-CP.",
]

if __name__ == "__main__":
    write("p1517-1", TEXT, NOTES, FIGS, published="2024-11-18", location="Bắc Ninh")
