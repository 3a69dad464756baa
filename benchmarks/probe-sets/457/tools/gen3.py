from lib import *

TEXT = """
Hà Tĩnh: 6 tháng đầu năm, gần 3.900 ha đất được dồn điền, đổi thửa
12/07/2024 09:15

(Baohatinh.vn) - 6 tháng đầu năm 2024, các địa phương trong tỉnh đã thực hiện dồn điền, đổi thửa gắn với xây dựng nông thôn mới trên diện tích 3.862 ha, bằng 64,4% kế hoạch năm, tăng 1,8 lần so với cùng kỳ. Dẫn đầu là huyện Can Lộc (1.125 ha), tiếp đến là Thạch Hà (946 ha), Cẩm Xuyên (812 ha) và Đức Thọ (534 ha).

Sau khi thực hiện, số thửa bình quân giảm từ 5-7 thửa/hộ xuống còn 1-2 thửa/hộ; nhiều vùng quy mô ô thửa đạt từ 1 đến 3 ha. Đến nay, toàn tỉnh đã hình thành 126 cánh đồng lớn với tổng diện tích khoảng 9.400 ha, trong đó có 37 cánh đồng liên kết với doanh nghiệp tiêu thụ sản phẩm.

Từ đầu năm đến nay, ngân sách tỉnh đã bố trí 18,5 tỷ đồng hỗ trợ DĐĐT với mức 5 triệu đồng/ha; các huyện bố trí thêm từ 1 đến 2 triệu đồng/ha. Nhân dân đã hiến 212 ha đất, đóng góp trên 45.000 ngày công để đắp bờ vùng, bờ thửa và làm đường nội đồng.

Tại xã Thiên Lộc (Can Lộc), sau 3 tháng triển khai, 100% hộ dân đã đồng thuận nhận ruộng mới; số thửa giảm từ 4.760 thửa xuống còn 1.120 thửa. Ông Phan Văn Thắng, Chủ tịch UBND xã, cho biết việc vận động được triển khai theo phương châm "5 rõ", công khai phương án tại 12 thôn.

Theo kế hoạch, năm 2024 Hà Tĩnh phấn đấu hoàn thành DĐĐT 6.000 ha; đến năm 2025 bình quân mỗi hộ không quá 2 thửa. Mọi ý kiến phản ánh xin gửi về đường dây nóng 0239.3856.123.

Thu Hà
"""

HEADER = """
Party newspaper (Báo Hà Tĩnh): bare 'dd/mm/yyyy hh:mm' dateline under the title, '(Baohatinh.vn)' tag, byline at the end.
DĐĐT in the first half of 2024: hectares with share of plan and a growth multiple, district list (location), plots per household (ranges),
big fields with 'trong đó' part, funding rates, land and labour contributed, a commune example, 2024/2025 targets.
'tăng 1,8 lần so với cùng kỳ' is the change of 3.862 ha (unit lần). 'Đến nay' / 'Từ đầu năm đến nay' run to the dateline.
Thiên Lộc is a commune: location stays Can Lộc (named in brackets). 'sau 3 tháng triển khai' is a duration (not a figure).
'phương châm "5 rõ"' is a slogan, '12 thôn' optional (structure count). Distractors: phone 0239.3856.123, dateline. The headline's 'gần 3.900 ha' is a figure (as the title figure in shared h04).
revised: headline figure made required (was optional), period '6 tháng đầu năm' (year from the dateline).
"""

h1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
h1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
now = P("Đến nay", None, "2024-07-12")
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
ytdi = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12", inherited=True)

FIGS = [
    F("gần 3.900 ha", "3.900", 3900, "measure", "ha", "đất được dồn điền, đổi thửa", approx="nearly",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("diện tích 3.862 ha", "3.862", 3862, "measure", "ha", "diện tích dồn điền, đổi thửa",
      percent=64.4, change=CH("increase", 1.8, "lần", "cùng kỳ"), period=h1),
    F("Can Lộc (1.125 ha)", "1.125", 1125, "measure", "ha", "diện tích dồn điền, đổi thửa", period=h1i, location="Can Lộc"),
    F("Thạch Hà (946 ha)", "946", 946, "measure", "ha", "diện tích dồn điền, đổi thửa", period=h1i, location="Thạch Hà"),
    F("Cẩm Xuyên (812 ha)", "812", 812, "measure", "ha", "diện tích dồn điền, đổi thửa", period=h1i, location="Cẩm Xuyên"),
    F("Đức Thọ (534 ha)", "534", 534, "measure", "ha", "diện tích dồn điền, đổi thửa", period=h1i, location="Đức Thọ"),
    F("từ 5-7 thửa/hộ", "5", 5, "measure", "thửa/hộ", "số thửa bình quân trước khi thực hiện", value_max=7, period=h1i),
    F("còn 1-2 thửa/hộ", "1", 1, "measure", "thửa/hộ", "số thửa bình quân sau khi thực hiện", value_max=2, period=h1i),
    F("từ 1 đến 3 ha", "1", 1, "measure", "ha", "quy mô ô thửa", value_max=3, period=h1i),
    F("126 cánh đồng", "126", 126, "count", "cánh đồng lớn", "cánh đồng lớn hình thành", period=now),
    F("khoảng 9.400 ha", "9.400", 9400, "measure", "ha", "tổng diện tích cánh đồng lớn", approx="about", period=now),
    F("có 37 cánh đồng", "37", 37, "count", "cánh đồng", "cánh đồng liên kết với doanh nghiệp tiêu thụ sản phẩm",
      total=126, period=now),
    F("bố trí 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "ngân sách tỉnh bố trí hỗ trợ DĐĐT", period=ytd),
    F("mức 5 triệu đồng/ha", "5", 5e6, "money", "đồng/ha", "mức hỗ trợ DĐĐT của tỉnh", period=ytd),
    F("từ 1 đến 2 triệu đồng/ha", "1", 1e6, "money", "đồng/ha", "các huyện bố trí thêm", value_max=2e6, period=ytd),
    F("hiến 212 ha", "212", 212, "measure", "ha", "đất nhân dân hiến", period=ytdi),
    F("trên 45.000 ngày công", "45.000", 45000, "count", "ngày công", "ngày công nhân dân đóng góp",
      approx="over", period=ytdi),
    F("100% hộ dân", "100", 100, "percent", "%", "hộ dân đồng thuận nhận ruộng mới", location="Can Lộc"),
    F("từ 4.760 thửa", "4.760", 4760, "count", "thửa", "số thửa trước DĐĐT xã Thiên Lộc", location="Can Lộc"),
    F("còn 1.120 thửa", "1.120", 1120, "count", "thửa", "số thửa sau DĐĐT xã Thiên Lộc", location="Can Lộc"),
    F("tại 12 thôn", "12", 12, "count", "thôn", "thôn công khai phương án", location="Can Lộc", optional=True),
    F("DĐĐT 6.000 ha", "6.000", 6000, "measure", "ha", "diện tích hoàn thành DĐĐT", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("không quá 2 thửa", "2", 2, "measure", "thửa", "bình quân số thửa mỗi hộ", approx="at_most", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

build(3, TEXT, HEADER, {"published": "2024-07-12", "location": "Hà Tĩnh"}, FIGS)
