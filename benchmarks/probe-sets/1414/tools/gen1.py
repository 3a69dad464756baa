"""p1414-1: province portal (Hà Nội): apartment buildings, maintenance funds handed over, complaints, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức > Đô thị - Xây dựng

Hà Nội: Hơn 1.300 tỷ đồng kinh phí bảo trì chung cư chưa được bàn giao

Cập nhật: 14/10/2024 09:35 | Lượt xem: 3.128

Theo báo cáo của Sở Xây dựng, tính đến ngày 30/9/2024, trên địa bàn thành phố có 1.121 nhà chung cư đã đưa vào sử dụng, trong đó 857 nhà chung cư thương mại và 264 nhà chung cư tái định cư, nhà ở xã hội. Đã có 812 nhà chung cư tổ chức hội nghị nhà chung cư lần đầu, đạt 72,4%; 745 nhà chung cư đã thành lập ban quản trị.

Về kinh phí bảo trì phần sở hữu chung (thường gọi là quỹ bảo trì 2%), các chủ đầu tư đã bàn giao cho ban quản trị 598 tòa nhà với tổng số tiền khoảng 4.260 tỷ đồng. Hiện còn 97 tòa nhà chưa được bàn giao, số tiền ước khoảng 1.320 tỷ đồng, giảm 18 tòa nhà so với cùng kỳ năm trước.

9 tháng đầu năm, Sở Xây dựng đã tiếp nhận 146 đơn thư phản ánh liên quan đến quản lý, vận hành nhà chung cư, tăng 12,3% so với cùng kỳ; đã giải quyết dứt điểm 119 đơn, chiếm 81,5%. Nội dung phản ánh chủ yếu về giá dịch vụ quản lý vận hành, chỗ để xe và việc chậm bàn giao quỹ bảo trì.

Đối với 14 chủ đầu tư cố tình chây ỳ, UBND thành phố đã ban hành quyết định cưỡng chế 5 trường hợp, buộc chuyển trả gần 212 tỷ đồng. Trong quý IV, Sở phấn đấu hoàn thành việc bàn giao thêm ít nhất 30 tòa nhà.

Thành phố đang rà soát khung giá dịch vụ quản lý vận hành nhà chung cư ban hành kèm Quyết định số 33/2016/QĐ-UBND; mức giá hiện hành từ 700 đồng đến 16.500 đồng/m2/tháng. Mục tiêu đến năm 2025, 100% nhà chung cư đủ điều kiện thành lập ban quản trị.

Tin liên quan:
- Tổng kiểm tra phòng cháy, chữa cháy tại chung cư mini năm 2024
- Hà Đông: Tòa HH2 Khu đô thị Dương Nội tổ chức hội nghị lần thứ 2
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Hơn 1.300 tỷ", "1.300", 1300e9, "money", "đồng", approx="over",
        subject="kinh phí bảo trì chung cư chưa được bàn giao"),
    fig("có 1.121 nhà chung cư", "1.121", 1121, "count", "nhà chung cư",
        subject="nhà chung cư đã đưa vào sử dụng", period=ASOF),
    fig("trong đó 857 nhà", "857", 857, "count", "nhà chung cư", total=1121,
        subject="nhà chung cư thương mại", period=ASOF),
    fig("và 264 nhà", "264", 264, "count", "nhà chung cư", total=1121,
        subject="nhà chung cư tái định cư, nhà ở xã hội", period=ASOF),
    fig("Đã có 812 nhà", "812", 812, "count", "nhà chung cư", percent=72.4,
        subject="nhà chung cư tổ chức hội nghị nhà chung cư lần đầu", period=inh(ASOF)),
    fig("; 745 nhà", "745", 745, "count", "nhà chung cư",
        subject="nhà chung cư đã thành lập ban quản trị", period=inh(ASOF)),
    fig("quỹ bảo trì 2%)", "2", 2, "percent", "%",
        subject="quỹ bảo trì", optional=True),
    fig("ban quản trị 598 tòa", "598", 598, "count", "tòa nhà",
        subject="tòa nhà được chủ đầu tư bàn giao kinh phí bảo trì cho ban quản trị", period=inh(ASOF)),
    fig("khoảng 4.260 tỷ", "4.260", 4260e9, "money", "đồng", approx="about",
        subject="tổng số tiền kinh phí bảo trì đã bàn giao", period=inh(ASOF)),
    fig("còn 97 tòa", "97", 97, "count", "tòa nhà",
        change=chg("decrease", 18, "tòa nhà", "cùng kỳ năm trước"),
        subject="tòa nhà chưa được bàn giao kinh phí bảo trì"),
    fig("ước khoảng 1.320 tỷ", "1.320", 1320e9, "money", "đồng", approx="about", status="estimate",
        subject="số tiền kinh phí bảo trì chưa được bàn giao"),
    fig("tiếp nhận 146 đơn", "146", 146, "count", "đơn thư",
        change=chg("increase", 12.3, "%", "cùng kỳ"),
        subject="đơn thư phản ánh liên quan đến quản lý, vận hành nhà chung cư", period=NINE),
    fig("dứt điểm 119 đơn", "119", 119, "count", "đơn", percent=81.5,
        subject="đơn thư đã giải quyết dứt điểm", period=NINE),
    fig("Đối với 14 chủ", "14", 14, "count", "chủ đầu tư",
        subject="chủ đầu tư cố tình chây ỳ"),
    fig("cưỡng chế 5 trường", "5", 5, "count", "trường hợp",
        subject="trường hợp bị ban hành quyết định cưỡng chế"),
    fig("gần 212 tỷ", "212", 212e9, "money", "đồng", approx="nearly",
        subject="số tiền chủ đầu tư bị buộc chuyển trả"),
    fig("ít nhất 30 tòa", "30", 30, "count", "tòa nhà", approx="at_least", status="target",
        subject="tòa nhà bàn giao thêm kinh phí bảo trì", period=Q4),
    fig("từ 700 đồng", "700", 700, "money", "đồng/m2/tháng", value_max=16500,
        subject="mức giá dịch vụ quản lý vận hành nhà chung cư hiện hành"),
    fig("2025, 100% nhà", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ nhà chung cư đủ điều kiện thành lập ban quản trị", period=T25),
]

NOTES = [
    "Province portal (Hà Nội): maintenance funds and management of apartment buildings, as of 30/9/2024 and 9 months 2024.",
    "Distractors: 09:35, 'Lượt xem: 3.128', Quyết định số 33/2016/QĐ-UBND, 'lần đầu', 'Tòa HH2', 'lần thứ 2', 'năm 2024' in a link.",
    "'quỹ bảo trì 2%' is the common name of the fund (a label): optional.",
    "'giảm 18 tòa nhà so với cùng kỳ năm trước' belongs to the 97 buildings across the money clause (spec: attributes attach across a clause).",
    "Year-less '9 tháng đầu năm' and 'quý IV' take 2024 from 30/9/2024, the nearest earlier date.",
    "'Mục tiêu đến năm 2025, 100% ...' is a target with start null.",
]

if __name__ == "__main__":
    write("p1414-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Nội")
