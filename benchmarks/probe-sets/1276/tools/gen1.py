"""p1276-1: province portal (Nam Định): longevity celebrations at Tết Ất Tỵ 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 41 nghìn người cao tuổi được chúc thọ, mừng thọ dịp Xuân Ất Tỵ

Cập nhật: 20/01/2025 08:45 | Lượt xem: 1.862

Theo Hội Người cao tuổi tỉnh, năm 2025 toàn tỉnh Nam Định có 41.260 người cao tuổi được chúc thọ, mừng thọ, tăng 5,3% so với năm 2024. Trong đó, 1.148 cụ từ 100 tuổi trở lên được Chủ tịch nước chúc thọ; 6.925 cụ tròn 90 tuổi được UBND tỉnh mừng thọ; số còn lại do các huyện, thành phố và cơ sở tổ chức.

Tổng kinh phí mua quà ước khoảng 15,8 tỷ đồng, trong đó ngân sách tỉnh gần 4,9 tỷ đồng. Theo quy định, mỗi cụ tuổi 100 được tặng 5 mét vải lụa và 700.000 đồng tiền mặt; mỗi cụ tuổi 90 được tặng 500.000 đồng.

Hiện toàn tỉnh có 248.500 người cao tuổi, chiếm 13,9% dân số; trong đó 31.400 người từ 80 tuổi trở lên. Người cao tuổi nhất tỉnh là cụ bà Trần Thị Nhài ở xã Hải Minh, huyện Hải Hậu, năm nay tròn 112 tuổi.

Từ đầu năm đến nay, Hội Người cao tuổi các cấp đã thăm hỏi, tặng quà 2.350 lượt hội viên ốm đau với tổng số tiền hơn 940 triệu đồng. Năm 2025, Hội phấn đấu 95% người cao tuổi được khám sức khỏe định kỳ, kết nạp thêm ít nhất 3.000 hội viên mới.

Tin liên quan:
- Hội Người cao tuổi tỉnh tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025
- Hưởng ứng Ngày Quốc tế Người cao tuổi 1/10
- Hội nghị Ban Chấp hành Hội Người cao tuổi tỉnh khóa VI

Cơ quan chủ quản: Văn phòng UBND tỉnh Nam Định. Địa chỉ: Số 12 Trần Phú, TP Nam Định. Điện thoại: 0228.3849.555
"""

Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y25b = per("Năm 2025", "2025-01-01", "2025-12-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-01-20")

FIGS = [
    fig("Hơn 41 nghìn", "41", 41000, "count", "người cao tuổi", approx="over",
        subject="người cao tuổi được chúc thọ, mừng thọ dịp Xuân Ất Tỵ"),
    fig("có 41.260 người", "41.260", 41260, "count", "người cao tuổi",
        change=chg("increase", 5.3, "%", "năm 2024"),
        subject="người cao tuổi được chúc thọ, mừng thọ", period=Y25),
    fig("1.148 cụ", "1.148", 1148, "count", "cụ", total=41260,
        subject="cụ từ 100 tuổi trở lên được Chủ tịch nước chúc thọ", period=inh(Y25)),
    fig("từ 100 tuổi trở lên được", "100", 100, "measure", "tuổi", optional=True),
    fig("6.925 cụ", "6.925", 6925, "count", "cụ", total=41260,
        subject="cụ tròn 90 tuổi được UBND tỉnh mừng thọ", period=inh(Y25)),
    fig("tròn 90 tuổi", "90", 90, "measure", "tuổi", optional=True),
    fig("khoảng 15,8 tỷ", "15,8", 15.8e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng kinh phí mua quà mừng thọ"),
    fig("gần 4,9 tỷ", "4,9", 4.9e9, "money", "đồng", approx="nearly", status="estimate", total=15.8e9,
        subject="kinh phí mua quà từ ngân sách tỉnh"),
    fig("mỗi cụ tuổi 100", "100", 100, "measure", "tuổi", optional=True),
    fig("tặng 5 mét", "5", 5, "measure", "mét", subject="vải lụa tặng mỗi cụ tuổi 100"),
    fig("lụa và 700.000 đồng", "700.000", 700000, "money", "đồng",
        subject="tiền mặt tặng mỗi cụ tuổi 100"),
    fig("mỗi cụ tuổi 90", "90", 90, "measure", "tuổi", optional=True),
    fig("tặng 500.000 đồng", "500.000", 500000, "money", "đồng", subject="tiền tặng mỗi cụ tuổi 90"),
    fig("có 248.500 người", "248.500", 248500, "count", "người cao tuổi", percent=13.9,
        subject="người cao tuổi toàn tỉnh"),
    fig("31.400 người", "31.400", 31400, "count", "người", total=248500,
        subject="người từ 80 tuổi trở lên"),
    fig("từ 80 tuổi", "80", 80, "measure", "tuổi", optional=True),
    fig("tròn 112 tuổi", "112", 112, "measure", "tuổi",
        subject="tuổi của cụ bà Trần Thị Nhài, người cao tuổi nhất tỉnh", period=NOW, location="Hải Hậu"),
    fig("quà 2.350 lượt", "2.350", 2350, "count", "lượt hội viên",
        subject="lượt hội viên ốm đau được thăm hỏi, tặng quà", period=YTD),
    fig("hơn 940 triệu", "940", 940e6, "money", "đồng", approx="over",
        subject="tổng số tiền thăm hỏi, tặng quà hội viên ốm đau", period=YTD),
    fig("phấn đấu 95%", "95", 95, "percent", "%", status="target",
        subject="tỷ lệ người cao tuổi được khám sức khỏe định kỳ", period=Y25b),
    fig("ít nhất 3.000", "3.000", 3000, "count", "hội viên", approx="at_least", status="target",
        subject="hội viên mới kết nạp thêm", period=Y25b),
]

NOTES = [
    "Province portal (Nam Định): chúc thọ, mừng thọ Xuân Ất Tỵ 2025; breadcrumb, 'Cập nhật: 20/01/2025 08:45 | Lượt xem: 1.862', related links, footer.",
    "Distractors: 08:45, Lượt xem 1.862, 'Ngày Quốc tế Người cao tuổi 1/10', 'khóa VI', 'Số 12 Trần Phú', phone 0228.3849.555, years in links.",
    "Age thresholds that name a group ('từ 100 tuổi trở lên', 'tròn 90 tuổi', 'tuổi 100', 'từ 80 tuổi') are optional measures in tuổi",
    "(as 'từ 15 tuổi' in shared 000 and 'dưới 5 tuổi' in h11). The age of a named person ('tròn 112 tuổi') is a required figure.",
    "'Trong đó' after a sentence break: 1.148 and 6.925 are parts of 41.260 (period inherited). 'trong đó ngân sách tỉnh gần 4,9 tỷ'",
    "continues the 'ước khoảng' clause: estimate, total 15,8 tỷ. The oldest lady lives in huyện Hải Hậu: location Hải Hậu.",
    "Gifts per person ('mỗi cụ ... được tặng') are given unit 'đồng' / 'mét' (rule amounts, no period).",
    "'Từ đầu năm đến nay' ends at the dateline 2025-01-20. 'phấn đấu' governs both clauses of the last sentence (target).",
]

if __name__ == "__main__":
    write("p1276-1", TEXT, NOTES, FIGS, published="2025-01-20", location="Nam Định")
