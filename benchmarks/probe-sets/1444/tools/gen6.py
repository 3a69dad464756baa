"""p1444-6: national newspaper: 'cheap septic pumping' price traps in TP HCM; city sludge plant."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Dân sinh
Thứ hai, 3/3/2025, 06:00 (GMT+7)

"Bẫy" hút hầm cầu giá rẻ

Quảng cáo hút hầm cầu "chỉ 150.000 đồng" dán khắp cột điện, nhưng nhiều gia đình ở TP HCM bị đòi tới 3-4 triệu đồng sau khi thợ đã hút xong.

Cuối tháng 1, bà Nguyễn Thị Hoa, nhà ở hẻm 284 Lê Văn Sỹ, quận 3, gọi số 0909.115.xxx trên tờ rơi để thông hầm cầu bị nghẹt. Sau gần hai giờ làm việc, nhóm thợ tính 3,2 triệu đồng, gấp hơn 20 lần giá quảng cáo, với lý do phải dùng "men vi sinh nhập khẩu" và xe 10 khối.

Theo Sở Tài nguyên và Môi trường, năm 2024 đường dây nóng nhận 186 phản ánh về giá dịch vụ hút hầm cầu, tăng 35% so với năm trước; trong đó 112 trường hợp liên quan đến quảng cáo "giá rẻ" trên tờ rơi, mạng xã hội.

Thành phố hiện có khoảng 320 cơ sở hút hầm cầu, nhưng chỉ 142 đơn vị có hợp đồng chuyển bùn về Nhà máy xử lý bùn Đa Phước. Nhà máy có công suất 400 m3/ngày; năm 2024 tiếp nhận khoảng 98.600 m3 bùn bể phốt, tương đương 270 m3 mỗi ngày.

Ông Lê Minh Quân, Giám đốc Công ty TNHH Vệ sinh môi trường Sài Gòn 24h, cho biết giá hợp lý cho hộ gia đình có bể 2-3 m3 là từ 1,2 đến 1,8 triệu đồng mỗi lần, đã gồm phí xử lý bùn khoảng 200.000 đồng/m3.

Sở khuyến cáo người dân chỉ nên thuê đơn vị có hóa đơn, hợp đồng rõ ràng và nên hút bể định kỳ 3-5 năm một lần.

Hải Duyên
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("chỉ 150.000 đồng", "150.000", 150000, "money", "đồng", subject="giá hút hầm cầu quảng cáo"),
    fig("tới 3-4 triệu", "3", 3e6, "money", "đồng", value_max=4e6, subject="số tiền gia đình bị đòi"),
    fig("gần hai giờ", "hai", 2, "measure", "giờ", approx="nearly", subject="thời gian làm việc", optional=True),
    fig("tính 3,2 triệu", "3,2", 3.2e6, "money", "đồng",
        change=chg("increase", 20, "lần", "giá quảng cáo", approx="over"), subject="số tiền nhóm thợ tính"),
    fig("xe 10 khối", "10", 10, "measure", "khối", subject="dung tích xe hút", optional=True),
    fig("nhận 186 phản ánh", "186", 186, "count", "phản ánh", change=chg("increase", 35, "%", "năm trước"),
        subject="phản ánh về giá dịch vụ hút hầm cầu", period=Y24),
    fig("112 trường hợp", "112", 112, "count", "trường hợp", total=186,
        subject="trường hợp liên quan đến quảng cáo giá rẻ", period=Y24),
    fig("khoảng 320 cơ sở", "320", 320, "count", "cơ sở", approx="about", subject="cơ sở hút hầm cầu"),
    fig("chỉ 142 đơn vị", "142", 142, "count", "đơn vị",
        subject="đơn vị có hợp đồng chuyển bùn về Nhà máy xử lý bùn Đa Phước"),
    fig("công suất 400 m3/ngày", "400", 400, "measure", "m3/ngày", subject="công suất nhà máy xử lý bùn Đa Phước"),
    fig("khoảng 98.600 m3", "98.600", 98600, "measure", "m3", approx="about",
        subject="bùn bể phốt nhà máy tiếp nhận", period=Y24),
    fig("tương đương 270 m3", "270", 270, "measure", "m3/ngày",
        subject="bùn bể phốt nhà máy tiếp nhận mỗi ngày", period=Y24),
    fig("bể 2-3 m3", "2", 2, "measure", "m3", value_max=3, subject="dung tích bể", optional=True),
    fig("từ 1,2 đến 1,8", "1,2", 1.2e6, "money", "đồng/lần", value_max=1.8e6,
        subject="giá hợp lý hút hầm cầu cho hộ gia đình"),
    fig("khoảng 200.000 đồng/m3", "200.000", 200000, "money", "đồng/m3", approx="about",
        subject="phí xử lý bùn"),
    fig("định kỳ 3-5 năm", "3", 3, "measure", "năm", value_max=5, subject="chu kỳ hút bể định kỳ"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 3/3/2025, 06:00 (GMT+7)', sapo, byline at the end. Default location TP Hồ Chí Minh.",
    "Distractors: 06:00, GMT+7, 'Cuối tháng 1', 'hẻm 284 Lê Văn Sỹ, quận 3', phone '0909.115.xxx', 'Sài Gòn 24h' (firm name),",
    "'một lần' (frequency), 'năm trước' baseline.",
    "'gấp hơn 20 lần giá quảng cáo' → change (increase, 20 lần, approx over) of the 3,2 triệu charge.",
    "'; trong đó 112 trường hợp' → total 186 (same period, a part of the complaints).",
    "'khoảng 320 cơ sở ..., nhưng chỉ 142 đơn vị ...' has no part-of cue: no total.",
    "'tương đương 270 m3 mỗi ngày' restates the yearly amount as a daily rate: its own figure (not a share), m3/ngày, period năm 2024.",
    "Optional: 'gần hai giờ' (duration of one job), 'xe 10 khối' (vehicle label), 'bể 2-3 m3' (condition of the price).",
    "'hút bể định kỳ 3-5 năm một lần' is the recommended interval: a measure in năm (required, status actual: 'khuyến cáo' is no target cue).",
    "Cuối tháng 1 locates the anecdote only; the anecdote figures get no period.",
]

if __name__ == "__main__":
    write("p1444-6", TEXT, NOTES, FIGS, published="2025-03-03", location="TP Hồ Chí Minh")
