"""p1012-2: Vạn Ninh district portal (Khánh Hòa), conversion to HDPE buoys, 2023."""
from lib import fig, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VẠN NINH - TỈNH KHÁNH HÒA
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội
Thứ Ba, 14/11/2023 - 10:20

Vạn Ninh đẩy nhanh chuyển đổi phao xốp sang phao HDPE

Hiện toàn huyện có 1.426 hộ nuôi trồng thủy sản trên vịnh Vân Phong với 38.750 ô lồng, chủ yếu nuôi tôm hùm, cá mú, cá bớp. Từ đầu năm đến nay, các hộ nuôi đã thay thế 86.400 quả phao xốp bằng phao HDPE, tăng 2,3 lần so với cùng kỳ năm 2022. Đến nay, tổng số ô lồng sử dụng phao HDPE đạt 21.300 ô, chiếm 55% tổng số ô lồng toàn huyện. Các xã có tỷ lệ chuyển đổi cao là Vạn Thạnh (72%), Vạn Hưng (64,5%) và Đại Lãnh (58%); xã Vạn Thắng mới đạt 31%.

Theo Nghị quyết số 05/2023/NQ-HĐND của HĐND tỉnh Khánh Hòa, mỗi ô lồng chuyển đổi được hỗ trợ 1,5 triệu đồng, không quá 30 ô lồng/hộ. Năm 2023, huyện được phân bổ 5,4 tỷ đồng; tính đến ngày 31/10/2023 đã giải ngân 4,86 tỷ đồng, đạt 90% kế hoạch vốn, cho 612 hộ nuôi.

Ông Nguyễn Văn Bảy, Chủ tịch Hội Nghề cá xã Vạn Thạnh, cho biết một bè nuôi 16 ô lồng cần khoảng 120 quả phao HDPE, chi phí gần 40 triệu đồng. Khoản chi này gấp 3 lần so với dùng phao xốp, nhưng phao HDPE dùng được hơn 10 năm, không vỡ vụn gây ô nhiễm vịnh.

Huyện phấn đấu đến hết năm 2025 có ít nhất 90% ô lồng sử dụng vật liệu nổi thân thiện môi trường; riêng năm 2024 chuyển đổi thêm 8.000 ô lồng.

Bản quyền thuộc UBND huyện Vạn Ninh. Địa chỉ: Số 1 Hùng Vương, thị trấn Vạn Giã, huyện Vạn Ninh. Điện thoại: 0258.3840.215
"""

TDN = period("Từ đầu năm đến nay", "2023-01-01", "2023-11-14")
NAY = period("Đến nay", None, "2023-11-14")
AS = period("tính đến ngày 31/10/2023", None, "2023-10-31")
RATE = "tỷ lệ ô lồng chuyển đổi sang phao HDPE"

F = [
    fig("có 1.426 hộ", "1.426", 1426, "count", "hộ", "hộ nuôi trồng thủy sản trên vịnh Vân Phong"),
    fig("với 38.750 ô lồng", "38.750", 38750, "count", "ô lồng", "ô lồng nuôi trồng thủy sản"),
    fig("thay thế 86.400 quả", "86.400", 86400, "count", "quả phao xốp", "phao xốp được thay thế bằng phao HDPE", TDN,
        change=change("increase", 2.3, "lần", "cùng kỳ năm 2022")),
    fig("đạt 21.300 ô", "21.300", 21300, "count", "ô lồng", "ô lồng sử dụng phao HDPE", NAY, percent=55),
    fig("Vạn Thạnh (72%)", "72", 72, "percent", "%", RATE),
    fig("Vạn Hưng (64,5%)", "64,5", 64.5, "percent", "%", RATE),
    fig("Đại Lãnh (58%)", "58", 58, "percent", "%", RATE),
    fig("mới đạt 31%", "31", 31, "percent", "%", RATE),
    fig("hỗ trợ 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng/ô lồng", "mức hỗ trợ mỗi ô lồng chuyển đổi", location="Khánh Hòa"),
    fig("không quá 30 ô lồng/hộ", "30", 30, "measure", "ô lồng/hộ", "số ô lồng được hỗ trợ tối đa mỗi hộ", approx="at_most",
        location="Khánh Hòa"),
    fig("phân bổ 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng", "kinh phí hỗ trợ được phân bổ",
        period("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("giải ngân 4,86 tỷ đồng", "4,86", 4.86e9, "money", "đồng", "kinh phí hỗ trợ đã giải ngân", AS, percent=90),
    fig("cho 612 hộ", "612", 612, "count", "hộ", "hộ nuôi được hỗ trợ", AS),
    fig("nuôi 16 ô lồng", "16", 16, "count", "ô lồng", "ô lồng của một bè nuôi", optional=True),
    fig("khoảng 120 quả", "120", 120, "count", "quả phao HDPE", "phao HDPE cần cho một bè nuôi", approx="about"),
    fig("gần 40 triệu đồng", "40", 40e6, "money", "đồng", "chi phí phao HDPE cho một bè nuôi", approx="nearly"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "chi phí phao HDPE so với dùng phao xốp"),
    fig("hơn 10 năm", "10", 10, "measure", "năm", "thời gian sử dụng phao HDPE", approx="over"),
    fig("ít nhất 90% ô lồng", "90", 90, "percent", "%", "ô lồng sử dụng vật liệu nổi thân thiện môi trường",
        period("đến hết năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    fig("thêm 8.000 ô lồng", "8.000", 8000, "count", "ô lồng", "ô lồng chuyển đổi thêm",
        period("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Vạn Ninh district portal (Khánh Hòa), weekday dateline: HDPE conversion in 2023, commune rates in brackets, support money.",
    "Communes (Vạn Thạnh, Vạn Hưng, Đại Lãnh, Vạn Thắng) lie in the district: location Vạn Ninh, subject the list's indicator.",
    "Support level and per-household cap are the province's resolution: location Khánh Hòa. 'tăng 2,3 lần so với cùng kỳ' is a change in lần.",
    "'16 ô lồng' describes the example raft (optional). 'gấp 3 lần' stands as its own sentence's claim: multiple.",
    "'riêng năm 2024 chuyển đổi thêm 8.000 ô lồng' continues the 'phấn đấu' clause: target.",
    "Distractors: Thứ Ba, 10:20, Nghị quyết số 05/2023/NQ-HĐND, Ông Nguyễn Văn Bảy, Số 1 Hùng Vương, 0258.3840.215.",
]

write(2, TEXT, F, NOTES, published="2023-11-14", location="Vạn Ninh")
