"""p1150-4: ministry site (Bộ NN&PTNT / Cục Thủy sản) - national restocking and closed areas, 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Thủy sản | Văn bản chỉ đạo | Liên hệ

Năm 2024, cả nước thả gần 88 triệu con giống thủy sản ra môi trường tự nhiên

Ngày 16/01/2025 - Nguồn: Cục Thủy sản

Theo báo cáo của Cục Thủy sản, năm 2024 có 56/63 tỉnh, thành phố tổ chức thả giống tái tạo nguồn lợi thủy sản với tổng số 87,6 triệu con giống các loại, tăng 12,3% so với năm 2023. Tổng kinh phí khoảng 46,8 tỷ đồng, trong đó nguồn xã hội hóa chiếm 38%.

Các địa phương thả nhiều nhất lần lượt là An Giang (12,4 triệu con), Đồng Tháp (9,1 triệu con) và Nghệ An (6,5 triệu con). Riêng ngày 22/5/2024, hưởng ứng Ngày Quốc tế Đa dạng sinh học, cả nước đồng loạt thả khoảng 21 triệu con giống tại 47 địa điểm.

Về bảo vệ nguồn lợi, cả nước hiện có 1.036 khu vực cấm khai thác thủy sản có thời hạn đã được công bố, tập trung ở các sông, hồ chứa và đầm phá. Năm 2024, các lực lượng chức năng phát hiện gần 2.900 vụ vi phạm, trong đó khoảng 1.150 vụ sử dụng xung điện, chất nổ; tịch thu hơn 1.800 bộ kích điện; phạt tiền trên 9,2 tỷ đồng, cao hơn 6% so với năm trước.

Theo Cục Thủy sản, tỷ lệ người dân tham gia đồng quản lý nguồn lợi tại các vùng cấm đạt khoảng 65%. Theo Nghị định số 42/2019/NĐ-CP, hành vi khai thác thủy sản bằng xung điện có thể bị phạt tiền từ 40 đến 50 triệu đồng.

Năm 2025, Bộ đặt mục tiêu thả ít nhất 90 triệu con giống, thành lập mới 30 tổ chức cộng đồng tham gia đồng quản lý, phấn đấu giảm 10% số vụ vi phạm.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.3846.8161
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
D22 = P("ngày 22/5/2024", "2024-05-22", "2024-05-22")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "con giống thủy sản thả tái tạo nguồn lợi"

FIGS = [
    F("gần 88 triệu", "88", 88000000, "count", "con", approx="nearly",
      subject="con giống thủy sản thả ra môi trường tự nhiên", period=Y24b),
    F("56/63 tỉnh", "56", 56, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố tổ chức thả giống tái tạo nguồn lợi thủy sản", period=Y24),
    F("87,6 triệu", "87,6", 87600000, "count", "con", change=C("increase", 12.3, "%", "năm 2023"),
      subject="con giống thủy sản thả tái tạo nguồn lợi", period=Y24),
    F("khoảng 46,8 tỷ", "46,8", 46800000000, "money", "đồng", approx="about",
      subject="tổng kinh phí thả giống tái tạo nguồn lợi", period=I(Y24)),
    F("chiếm 38%", "38", 38, "percent", "%", subject="tỷ trọng nguồn xã hội hóa trong tổng kinh phí",
      period=I(Y24)),
    F("An Giang (12,4 triệu", "12,4", 12400000, "count", "con", subject=LIST, period=I(Y24), location="An Giang"),
    F("Đồng Tháp (9,1 triệu", "9,1", 9100000, "count", "con", subject=LIST, period=I(Y24), location="Đồng Tháp"),
    F("Nghệ An (6,5 triệu", "6,5", 6500000, "count", "con", subject=LIST, period=I(Y24), location="Nghệ An"),
    F("khoảng 21 triệu", "21", 21000000, "count", "con", approx="about",
      subject="con giống thả đồng loạt hưởng ứng Ngày Quốc tế Đa dạng sinh học", period=D22),
    F("tại 47 địa điểm", "47", 47, "count", "địa điểm", subject="địa điểm thả giống đồng loạt", period=D22),
    F("có 1.036 khu vực", "1.036", 1036, "count", "khu vực",
      subject="khu vực cấm khai thác thủy sản có thời hạn đã được công bố"),
    F("gần 2.900 vụ", "2.900", 2900, "count", "vụ", approx="nearly", subject="vụ vi phạm được phát hiện",
      period=Y24b),
    F("khoảng 1.150 vụ", "1.150", 1150, "count", "vụ", approx="about", total=2900,
      subject="vụ vi phạm sử dụng xung điện, chất nổ", period=Y24b),
    F("hơn 1.800 bộ", "1.800", 1800, "count", "bộ kích điện", approx="over", subject="kích điện bị tịch thu",
      period=Y24b),
    F("trên 9,2 tỷ", "9,2", 9200000000, "money", "đồng", approx="over",
      change=C("increase", 6, "%", "năm trước"), subject="tiền phạt vi phạm", period=Y24b),
    F("khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ lệ người dân tham gia đồng quản lý nguồn lợi tại các vùng cấm"),
    F("từ 40 đến 50 triệu", "40", 40000000, "money", "đồng", value_max=50000000,
      subject="mức phạt tiền hành vi khai thác thủy sản bằng xung điện"),
    F("ít nhất 90 triệu", "90", 90000000, "count", "con", approx="at_least", status="target",
      subject="con giống thả", period=Y25),
    F("mới 30 tổ chức", "30", 30, "count", "tổ chức cộng đồng", status="target",
      subject="tổ chức cộng đồng tham gia đồng quản lý thành lập mới", period=Y25),
    F("giảm 10%", "10", 10, "percent", "%", status="target", subject="giảm số vụ vi phạm", period=Y25),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, news from Cục Thủy sản): national fingerling release and closed areas, 2024. 'Ngày 16/01/2025 - Nguồn: Cục Thủy sản'.",
    "National article: default location Việt Nam (56/63 is a count of provinces); the 'lần lượt' list items are An Giang, Đồng Tháp, Nghệ An as their location.",
    "Distractors: Nghị định số 42/2019/NĐ-CP, 'Ngày Quốc tế Đa dạng sinh học', the date 22/5/2024, address 'Số 2 Ngọc Hà', phone, '63' only as a total.",
    "'trong đó nguồn xã hội hóa chiếm 38%' has no number for the part: a percent figure of its own. 'cao hơn 6% so với năm trước' is the change of 9,2 tỷ.",
    "The headline 'Năm 2024, ... gần 88 triệu' has its own period. 'hiện có 1.036 khu vực' and the fine range (a standing rule) get no period.",
    "'phấn đấu giảm 10% số vụ vi phạm' is a rate that is the claim (target), no base amount: a percent figure.",
]

if __name__ == "__main__":
    write("p1150-4", TEXT, NOTES, FIGS, published="2025-01-16", location="Việt Nam")
