"""p1351-1: province portal (Quảng Trị): Tháng hành động vì trẻ em 2024, gifts, children, abuse cases, Hướng Hóa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Tháng hành động vì trẻ em: trao hơn 12.000 suất quà cho trẻ em khó khăn

Cập nhật: 02/07/2024 10:45 | Lượt xem: 1.286

Theo Sở Lao động - Thương binh và Xã hội, trong Tháng hành động vì trẻ em năm 2024 (từ ngày 01/6 đến 30/6/2024), các cấp, ngành, đoàn thể trên địa bàn tỉnh Quảng Trị đã trao tặng 12.350 suất quà cho trẻ em có hoàn cảnh khó khăn, tổng trị giá gần 4,8 tỷ đồng, tăng 15,2% so với cùng kỳ năm 2023. Riêng Quỹ Bảo trợ trẻ em tỉnh trao 1.200 suất quà và 85 suất học bổng, mỗi suất 2 triệu đồng.

Toàn tỉnh hiện có 163.400 trẻ em, chiếm 25,6% dân số; trong đó 4.620 trẻ em có hoàn cảnh đặc biệt, chiếm 2,8% tổng số trẻ em. Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em là 78,5%; tỉnh phấn đấu đến năm 2025 nâng tỷ lệ này lên 85%.

Từ đầu năm đến nay, toàn tỉnh ghi nhận 14 vụ xâm hại trẻ em, giảm 5 vụ so với cùng kỳ, trong đó có 11 vụ xâm hại tình dục. 100% vụ việc đã được tiếp nhận, xác minh và chuyển cơ quan chức năng xử lý theo quy định.

Nhân dịp này, Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 được giới thiệu tới học sinh tại 125 trường học. Tại huyện Hướng Hóa, Ban tổ chức khánh thành 2 điểm vui chơi cho trẻ em với tổng kinh phí 650 triệu đồng và tặng 300 chiếc xe đạp cho học sinh người dân tộc thiểu số vượt khó học giỏi.

Tin liên quan:
- Quảng Trị: Tổng kết công tác trẻ em năm 2023
- Triển khai Kế hoạch số 95/KH-UBND về phòng, chống đuối nước trẻ em
"""

JUNE = per("từ ngày 01/6 đến 30/6/2024", "2024-06-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-02")
T2025 = per("đến năm 2025", None, "2025-12-31")
HH = "Hướng Hóa"

FIGS = [
    fig("hơn 12.000 suất", "12.000", 12000, "count", "suất quà", approx="over",
        subject="suất quà trao cho trẻ em khó khăn"),
    fig("tặng 12.350 suất", "12.350", 12350, "count", "suất quà",
        subject="suất quà trao tặng cho trẻ em có hoàn cảnh khó khăn", period=JUNE),
    fig("gần 4,8 tỷ", "4,8", 4.8e9, "money", "đồng", approx="nearly",
        change=chg("increase", 15.2, "%", "cùng kỳ năm 2023"),
        subject="tổng trị giá quà tặng", period=JUNE),
    fig("trao 1.200 suất", "1.200", 1200, "count", "suất quà",
        subject="suất quà Quỹ Bảo trợ trẻ em tỉnh trao", period=inh(JUNE)),
    fig("85 suất học bổng", "85", 85, "count", "suất học bổng",
        subject="suất học bổng Quỹ Bảo trợ trẻ em tỉnh trao", period=inh(JUNE)),
    fig("mỗi suất 2 triệu", "2", 2e6, "money", "đồng/suất", subject="giá trị mỗi suất học bổng"),
    fig("có 163.400 trẻ em", "163.400", 163400, "count", "trẻ em", percent=25.6, subject="trẻ em"),
    fig("4.620 trẻ em", "4.620", 4620, "count", "trẻ em", total=163400, percent=2.8,
        subject="trẻ em có hoàn cảnh đặc biệt"),
    fig("là 78,5%", "78,5", 78.5, "percent", "%",
        subject="tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em"),
    fig("lên 85%", "85", 85, "percent", "%", status="target",
        subject="tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em", period=T2025),
    fig("ghi nhận 14 vụ", "14", 14, "count", "vụ", change=chg("decrease", 5, "vụ", "cùng kỳ"),
        subject="vụ xâm hại trẻ em", period=YTD),
    fig("có 11 vụ", "11", 11, "count", "vụ", total=14, subject="vụ xâm hại tình dục", period=YTD),
    fig("100% vụ việc", "100", 100, "percent", "%",
        subject="vụ việc được tiếp nhận, xác minh và chuyển cơ quan chức năng xử lý", period=inh(YTD)),
    fig("tại 125 trường", "125", 125, "count", "trường học",
        subject="trường học được giới thiệu Tổng đài điện thoại quốc gia bảo vệ trẻ em"),
    fig("khánh thành 2 điểm", "2", 2, "count", "điểm vui chơi",
        subject="điểm vui chơi cho trẻ em được khánh thành", location=HH),
    fig("kinh phí 650 triệu", "650", 650e6, "money", "đồng",
        subject="tổng kinh phí các điểm vui chơi", location=HH),
    fig("tặng 300 chiếc", "300", 300, "count", "chiếc xe đạp",
        subject="xe đạp tặng học sinh người dân tộc thiểu số vượt khó học giỏi", location=HH),
]

NOTES = [
    "Province portal (Quảng Trị): Tháng hành động vì trẻ em 2024; breadcrumb, 'Cập nhật: 02/07/2024 10:45 | Lượt xem: 1.286', related links.",
    "Distractors: 10:45, Lượt xem 1.286, 'Tổng đài ... 111' (a hotline number), 'Kế hoạch số 95/KH-UBND', 'năm 2023' in a link title.",
    "The month's period is the bracketed 'từ ngày 01/6 đến 30/6/2024' (the named month of action), not the whole year 2024.",
    "Headline 'hơn 12.000 suất quà' has no period. 'tăng 15,2% so với cùng kỳ năm 2023' follows the value 'gần 4,8 tỷ đồng' → its change.",
    "'Riêng Quỹ ...' is not a part-of cue (no total). 'mỗi suất 2 triệu đồng' is a rate → unit 'đồng/suất'.",
    "'trong đó 4.620 trẻ em' after 163.400 trẻ em → total; 'chiếm 2,8%' → percent. 78,5% (actual) and the 2025 goal 85% are two figures.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-02; 'trong đó có 11 vụ' → total 14 (the change 'giảm 5 vụ' is an attribute).",
    "The Hướng Hóa passage: location Hướng Hóa for its three figures.",
]

if __name__ == "__main__":
    write("p1351-1", TEXT, NOTES, FIGS, published="2024-07-02", location="Quảng Trị")
