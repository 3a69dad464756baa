"""p1095-1: province portal (Đồng Nai), footwear exports 9 months 2024."""
from lib import B, M, change, fig, inherit, period, target, write

TEXT = """Cổng thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Kinh tế
Xuất khẩu giày dép 9 tháng tăng hơn 11%
Cập nhật: 08/10/2024 09:45 | Lượt xem: 2.318

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu giày dép của tỉnh ước đạt 3,12 tỷ USD, tăng 11,4% so với cùng kỳ năm 2023, chiếm 15,8% tổng kim ngạch xuất khẩu toàn tỉnh. Riêng tháng 9, kim ngạch ước đạt 372 triệu USD, tăng 6,5% so với tháng trước.

Hoa Kỳ vẫn là thị trường lớn nhất với 1,26 tỷ USD, chiếm 40,4%; tiếp đến là EU 705 triệu USD, Trung Quốc 298 triệu USD, Nhật Bản 176 triệu USD. Xuất khẩu sang thị trường Anh tăng mạnh, gấp 1,6 lần cùng kỳ.

Toàn tỉnh hiện có 94 doanh nghiệp sản xuất giày dép, túi xách, trong đó 78 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các KCN Nhơn Trạch 3, Long Thành, Hố Nai. Ngành đang sử dụng khoảng 236.000 lao động, chiếm gần 28% tổng số lao động làm việc trong các KCN. Thu nhập bình quân của công nhân ngành giày đạt 8,9 triệu đồng/người/tháng, tăng 5,2% so với năm 2023.

Đại diện Công ty TNHH Giày Tân Phú Thịnh (đường số 2, KCN Long Thành) cho biết đơn hàng của công ty đã kín đến hết quý I/2025; từ đầu năm đến nay công ty tuyển mới hơn 1.800 lao động, mức lương khởi điểm 5,3 triệu đồng/tháng.

Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu giày dép đạt 4,2 tỷ USD. Sở Công Thương dự kiến quý IV/2024 kim ngạch xuất khẩu giày dép đạt khoảng 1,1 tỷ USD.
"""

NOTES = [
    "Cổng TTĐT Đồng Nai: xuất khẩu giày dép 9 tháng 2024, thị trường, doanh nghiệp, lao động, thu nhập, mục tiêu năm.",
    "Headline '9 tháng' has no year and nothing dated before it: takes 2024 from the dateline.",
    "Market amounts stand in their own sentence without a cue: status actual, no total (no part-of cue); markets are trade partners, so location stays Đồng Nai.",
    "'gấp 1,6 lần cùng kỳ' stands alone as the claim: a multiple. 'KCN Nhơn Trạch 3', 'đường số 2', 'quý I/2025' (order horizon), 'Lượt xem: 2.318' are not figures.",
]

P9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    fig("9 tháng tăng hơn 11%", "11", "percent", "%", approx="over",
        subject="xuất khẩu giày dép", period=period("9 tháng", "2024-01-01", "2024-09-30")),
    fig("ước đạt 3,12 tỷ USD", "3,12", "money", "USD", B, percent=15.8,
        change=change("increase", 11.4, baseline="cùng kỳ năm 2023"), status="estimate",
        subject="kim ngạch xuất khẩu giày dép", period=P9),
    fig("ước đạt 372 triệu USD", "372", "money", "USD", M,
        change=change("increase", 6.5, baseline="tháng trước"), status="estimate",
        subject="kim ngạch xuất khẩu giày dép tháng 9", period=period("tháng 9", "2024-09-01", "2024-09-30")),
    fig("với 1,26 tỷ USD", "1,26", "money", "USD", B, percent=40.4,
        subject="kim ngạch xuất khẩu giày dép sang Hoa Kỳ", period=inherit(P9)),
    fig("EU 705 triệu USD", "705", "money", "USD", M,
        subject="kim ngạch xuất khẩu giày dép sang EU", period=inherit(P9)),
    fig("Trung Quốc 298 triệu USD", "298", "money", "USD", M,
        subject="kim ngạch xuất khẩu giày dép sang Trung Quốc", period=inherit(P9)),
    fig("Nhật Bản 176 triệu USD", "176", "money", "USD", M,
        subject="kim ngạch xuất khẩu giày dép sang Nhật Bản", period=inherit(P9)),
    fig("gấp 1,6 lần", "1,6", "multiple", "lần",
        subject="xuất khẩu sang thị trường Anh so với cùng kỳ", period=inherit(P9)),
    fig("có 94 doanh nghiệp", "94", "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày dép, túi xách"),
    fig("trong đó 78 doanh nghiệp", "78", "count", "doanh nghiệp", total=94,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 236.000 lao động", "236.000", "count", "lao động", approx="about", percent=28,
        subject="lao động ngành giày dép, túi xách"),
    fig("đạt 8,9 triệu đồng/người/tháng", "8,9", "money", "đồng/người/tháng", M,
        change=change("increase", 5.2, baseline="năm 2023"),
        subject="thu nhập bình quân của công nhân ngành giày"),
    fig("hơn 1.800 lao động", "1.800", "count", "lao động", approx="over",
        subject="lao động tuyển mới", period=period("từ đầu năm đến nay", "2024-01-01", "2024-10-08")),
    fig("khởi điểm 5,3 triệu đồng/tháng", "5,3", "money", "đồng/tháng", M,
        subject="mức lương khởi điểm"),
    fig("đạt 4,2 tỷ USD", "4,2", "money", "USD", B, status="target",
        subject="kim ngạch xuất khẩu giày dép", period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 1,1 tỷ USD", "1,1", "money", "USD", B, approx="about", status="forecast",
        subject="kim ngạch xuất khẩu giày dép", period=period("quý IV/2024", "2024-10-01", "2024-12-31")),
]

write("p1095-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Đồng Nai")
