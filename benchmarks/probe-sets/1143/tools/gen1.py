"""p1143-1: Bình Dương province portal, container throughput of river ports, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Giao thông vận tải

Bình Dương: Sản lượng container qua cảng sông tăng gần 18%

Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.417

9 tháng đầu năm 2024, các cảng thủy nội địa trên địa bàn tỉnh Bình Dương đã bốc xếp 412.600 TEU, tăng 17,8% so với cùng kỳ năm 2023, đạt 76,4% kế hoạch năm. Trong đó, cảng Thạnh Phước (thị xã Tân Uyên) đạt 268.300 TEU, cảng An Sơn (TP Thuận An) đạt 96.500 TEU, các cảng còn lại 47.800 TEU.

Tổng khối lượng hàng hóa thông qua các cảng ước đạt 5,86 triệu tấn, tăng 9,2% so với cùng kỳ. Doanh thu dịch vụ bốc xếp, lưu bãi container đạt khoảng 1.240 tỷ đồng, nộp ngân sách hơn 86 tỷ đồng.

Hiện toàn tỉnh có 14 cảng thủy nội địa với 46 cầu cảng, tổng chiều dài hơn 2.300 m; bãi container rộng khoảng 95 ha, sức chứa cùng lúc 38.000 TEU. Các cảng được trang bị 31 cẩu bờ, 58 xe nâng container và 120 xe đầu kéo.

Tại cảng Thạnh Phước, nằm cạnh đường ĐT 746, doanh nghiệp khai thác cảng vừa đưa vào sử dụng 2 cẩu giàn bánh lốp mới, sức nâng 40 tấn, nâng năng suất bốc xếp lên 28 container/giờ. Mỗi ngày cảng tiếp nhận trung bình 35 lượt sà lan, trong đó khoảng 60% là sà lan chở container đi cảng Cát Lái và Cái Mép.

Năm 2024, tỉnh phấn đấu sản lượng container qua cảng sông đạt 540.000 TEU. Theo Sở Giao thông vận tải, quý IV cảng An Sơn dự kiến khởi công mở rộng thêm 2 cầu cảng với tổng vốn khoảng 350 tỷ đồng. Mục tiêu đến năm 2030, tổng năng lực thông qua các cảng sông của tỉnh đạt 1 triệu TEU/năm, theo quy hoạch được phê duyệt tại Quyết định số 1829/QĐ-UBND.
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TP = "Tân Uyên"

FIGS = [
    fig("tăng gần 18%", "18", 18, "percent", "%", approx="nearly",
        subject="sản lượng container qua cảng sông"),
    fig("bốc xếp 412.600 TEU", "412.600", 412600, "measure", "TEU", percent=76.4,
        change=chg("increase", 17.8, "%", "cùng kỳ năm 2023"),
        subject="container bốc xếp tại các cảng thủy nội địa", period=NINE),
    fig("đạt 268.300 TEU", "268.300", 268300, "measure", "TEU", total=412600,
        subject="container bốc xếp tại cảng Thạnh Phước", period=inh(NINE), location=TP),
    fig("đạt 96.500 TEU", "96.500", 96500, "measure", "TEU", total=412600,
        subject="container bốc xếp tại cảng An Sơn", period=inh(NINE), location="Thuận An"),
    fig("còn lại 47.800 TEU", "47.800", 47800, "measure", "TEU", total=412600,
        subject="container bốc xếp tại các cảng còn lại", period=inh(NINE)),
    fig("ước đạt 5,86 triệu tấn", "5,86", 5860000, "measure", "tấn", status="estimate",
        change=chg("increase", 9.2, "%", "cùng kỳ"),
        subject="tổng khối lượng hàng hóa thông qua các cảng", period=inh(NINE)),
    fig("khoảng 1.240 tỷ", "1.240", 1240000000000, "money", "đồng", approx="about",
        subject="doanh thu dịch vụ bốc xếp, lưu bãi container", period=inh(NINE)),
    fig("hơn 86 tỷ", "86", 86000000000, "money", "đồng", approx="over",
        subject="nộp ngân sách", period=inh(NINE)),
    fig("có 14 cảng", "14", 14, "count", "cảng", subject="cảng thủy nội địa"),
    fig("với 46 cầu cảng", "46", 46, "count", "cầu cảng", subject="cầu cảng"),
    fig("hơn 2.300 m", "2.300", 2300, "measure", "m", approx="over",
        subject="tổng chiều dài cầu cảng"),
    fig("khoảng 95 ha", "95", 95, "measure", "ha", approx="about",
        subject="diện tích bãi container"),
    fig("cùng lúc 38.000 TEU", "38.000", 38000, "measure", "TEU",
        subject="sức chứa cùng lúc của bãi container"),
    fig("31 cẩu bờ", "31", 31, "count", "cẩu bờ", subject="cẩu bờ được trang bị tại các cảng"),
    fig("58 xe nâng", "58", 58, "count", "xe nâng container",
        subject="xe nâng container được trang bị tại các cảng"),
    fig("120 xe đầu kéo", "120", 120, "count", "xe đầu kéo",
        subject="xe đầu kéo được trang bị tại các cảng"),
    fig("dụng 2 cẩu giàn", "2", 2, "count", "cẩu giàn bánh lốp",
        subject="cẩu giàn bánh lốp mới đưa vào sử dụng", location=TP),
    fig("sức nâng 40 tấn", "40", 40, "measure", "tấn", subject="sức nâng cẩu giàn bánh lốp mới",
        location=TP),
    fig("lên 28 container/giờ", "28", 28, "measure", "container/giờ", subject="năng suất bốc xếp",
        location=TP),
    fig("trung bình 35 lượt", "35", 35, "measure", "lượt sà lan/ngày",
        subject="lượt sà lan cảng tiếp nhận mỗi ngày", location=TP),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ sà lan chở container đi cảng Cát Lái và Cái Mép", location=TP),
    fig("đạt 540.000 TEU", "540.000", 540000, "measure", "TEU", status="target",
        subject="sản lượng container qua cảng sông", period=Y24),
    fig("thêm 2 cầu cảng", "2", 2, "count", "cầu cảng", status="forecast",
        subject="cầu cảng mở rộng thêm tại cảng An Sơn", period=Q4, location="Thuận An"),
    fig("khoảng 350 tỷ", "350", 350000000000, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn mở rộng cảng An Sơn", period=Q4, location="Thuận An"),
    fig("đạt 1 triệu TEU/năm", "1", 1000000, "measure", "TEU/năm", status="target",
        subject="tổng năng lực thông qua các cảng sông của tỉnh", period=T30),
]

NOTES = [
    "Province portal (Bình Dương): river-port container throughput, 9 months 2024. Breadcrumb, 'Cập nhật: 21/10/2024 08:30 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 08:30, 'đường ĐT 746', 'Quyết định số 1829/QĐ-UBND'.",
    "Headline 'tăng gần 18%' is a growth rate as claim (percent, no period). Parts after 'Trong đó' add up to 412.600 -> total;",
    "a port with its district in brackets gets that district as location, also in the later passage about the same port.",
    "'Hiện' (stock of ports, cranes, yards) gets no period. Per-day average 'Mỗi ngày ... trung bình 35 lượt sà lan' is a rate (measure).",
    "'quý IV' takes the year 2024 of 'Năm 2024' earlier in the paragraph. 540.000 TEU is the plan behind 'đạt 76,4% kế hoạch năm'.",
    "revised after the first run: TEU figures are kind measure (TEU is an equivalent unit of measure, a 40-foot box = 2 TEU; not a count of boxes).",
]

if __name__ == "__main__":
    write("p1143-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Bình Dương")
