"""p1012-1: Quảng Ninh province portal, buoy replacement as of 30/6/2024."""
from lib import fig, period, inherit, change, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp - Thủy sản
Quảng Ninh: Hơn 98% phao xốp trong nuôi biển đã được thay thế
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh đã thay thế được 1.874.500 quả phao xốp bằng phao nhựa HDPE và vật liệu nổi thân thiện môi trường, đạt 98,6% tổng số phao xốp phải thay thế. Trong đó, huyện Vân Đồn thay thế 812.300 quả, thành phố Cẩm Phả 356.000 quả, huyện Đầm Hà 214.700 quả, các địa phương còn lại 491.500 quả.

Toàn tỉnh hiện có 4.286 cơ sở nuôi trồng thủy sản trên biển với khoảng 152.000 ô lồng, tăng 12,4% so với cuối năm 2022. Trong số này, 146.800 ô lồng đã sử dụng phao HDPE, chiếm 96,6%.

Thực hiện Nghị quyết số 10/2022/NQ-HĐND của HĐND tỉnh, giai đoạn 2022-2024 tỉnh bố trí 68,5 tỷ đồng từ ngân sách để hỗ trợ 50% giá trị phao, tối đa 45 triệu đồng/hộ. Đến nay đã có 3.912 hộ nuôi được nhận hỗ trợ với tổng kinh phí giải ngân 61,2 tỷ đồng, đạt 89,3% kế hoạch vốn.

Giá phao HDPE hiện khoảng 250.000-320.000 đồng/quả. Dù giá mua gấp 4-5 lần phao xốp, phao HDPE có tuổi thọ trên 10 năm, trong khi phao xốp chỉ dùng được 1-2 năm. Nhờ thay phao, lượng rác thải xốp thu gom trên các vịnh giảm khoảng 75% so với năm 2021.

Mục tiêu đến ngày 31/12/2024, toàn tỉnh thay thế 100% phao xốp, không cấp mới hoặc gia hạn giao khu vực biển cho tổ chức, cá nhân còn sử dụng phao xốp. Các trường hợp vi phạm sẽ bị xử phạt theo Nghị định số 38/2024/NĐ-CP.

Nguồn: Sở NN&PTNT Quảng Ninh
"""

ASOF = period("tính đến ngày 30/6/2024", None, "2024-06-30")
GD = period("giai đoạn 2022-2024", "2022-01-01", "2024-12-31")
NAY = period("Đến nay", None, "2024-07-12")
Q = "phao xốp thay thế bằng phao nhựa HDPE"

F = [
    fig("Hơn 98% phao xốp", "98", 98, "percent", "%", "phao xốp trong nuôi biển đã được thay thế", approx="over"),
    fig("được 1.874.500 quả", "1.874.500", 1874500, "count", "quả phao xốp", Q, ASOF, percent=98.6),
    fig("Vân Đồn thay thế 812.300 quả", "812.300", 812300, "count", "quả", Q, inherit(ASOF), total=1874500, location="Vân Đồn"),
    fig("Cẩm Phả 356.000 quả", "356.000", 356000, "count", "quả", Q, inherit(ASOF), total=1874500, location="Cẩm Phả"),
    fig("Đầm Hà 214.700 quả", "214.700", 214700, "count", "quả", Q, inherit(ASOF), total=1874500, location="Đầm Hà"),
    fig("còn lại 491.500 quả", "491.500", 491500, "count", "quả", Q + " của các địa phương còn lại", inherit(ASOF), total=1874500),
    fig("có 4.286 cơ sở", "4.286", 4286, "count", "cơ sở", "cơ sở nuôi trồng thủy sản trên biển"),
    fig("khoảng 152.000 ô lồng", "152.000", 152000, "count", "ô lồng", "ô lồng nuôi trồng thủy sản trên biển", approx="about",
        change=change("increase", 12.4, "%", "cuối năm 2022")),
    fig("146.800 ô lồng", "146.800", 146800, "count", "ô lồng", "ô lồng đã sử dụng phao HDPE", total=152000, percent=96.6),
    fig("bố trí 68,5 tỷ đồng", "68,5", 68.5e9, "money", "đồng", "kinh phí ngân sách tỉnh bố trí hỗ trợ thay phao", GD),
    fig("hỗ trợ 50% giá trị phao", "50", 50, "percent", "%", "mức hỗ trợ giá trị phao", GD),
    fig("tối đa 45 triệu đồng/hộ", "45", 45e6, "money", "đồng/hộ", "mức hỗ trợ tối đa mỗi hộ", GD, approx="at_most"),
    fig("có 3.912 hộ", "3.912", 3912, "count", "hộ", "hộ nuôi được nhận hỗ trợ", NAY),
    fig("giải ngân 61,2 tỷ đồng", "61,2", 61.2e9, "money", "đồng", "kinh phí hỗ trợ giải ngân", NAY, percent=89.3),
    fig("khoảng 250.000-320.000 đồng/quả", "250.000", 250000, "money", "đồng/quả", "giá phao HDPE", value_max=320000, approx="about"),
    fig("gấp 4-5 lần", "4", 4, "multiple", "lần", "giá mua phao HDPE so với phao xốp", value_max=5),
    fig("trên 10 năm", "10", 10, "measure", "năm", "tuổi thọ phao HDPE", approx="over"),
    fig("dùng được 1-2 năm", "1", 1, "measure", "năm", "thời gian sử dụng phao xốp", value_max=2),
    fig("giảm khoảng 75%", "75", 75, "percent", "%", "lượng rác thải xốp thu gom trên các vịnh", approx="about"),
    fig("thay thế 100% phao xốp", "100", 100, "percent", "%", "phao xốp được thay thế", period("đến ngày 31/12/2024", None, "2024-12-31"),
        status="target"),
]

NOTES = [
    "Quảng Ninh province portal (breadcrumb, Cập nhật | Lượt xem): buoy replacement as of 30/6/2024, district split, cages, support money.",
    "District parts after 'Trong đó' take the whole 1.874.500; 'Trong số này' gives 146.800 the whole 152.000 (plus its own 'chiếm' share).",
    "'Đến nay' = as of the dateline; 'hiện' gives no period; 'giảm khoảng 75% so với năm 2021' is a rate with no base amount (percent figure).",
    "Distractors: Lượt xem 2.316, 09:45, Nghị quyết số 10/2022/NQ-HĐND, Nghị định số 38/2024/NĐ-CP, giai đoạn 2022-2024, dates.",
]

write(1, TEXT, F, NOTES, published="2024-07-12", location="Quảng Ninh")
