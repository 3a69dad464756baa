"""p1013-1: province portal, Bình Dương, 6 months of 2024."""
from lib import C, F, I, P, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Bình Dương: Tháo dỡ hơn 4.300 biển quảng cáo trái phép trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, lực lượng chức năng các cấp trên địa bàn tỉnh Bình Dương đã tổ chức 386 đợt ra quân xử lý quảng cáo sai quy định, tăng 12,5% so với cùng kỳ năm 2023. Qua đó, đã tháo dỡ 4.362 biển quảng cáo, bảng hiệu lấn chiếm hành lang an toàn giao thông, trong đó có 1.154 biển quảng cáo tấm lớn không phép; thu gỡ 12.870 băng rôn, phướn và xóa bỏ gần 96.000 tờ rơi, quảng cáo rao vặt dán trên cột điện, trạm biến áp.

Các địa phương tháo dỡ nhiều biển quảng cáo nhất là Thủ Dầu Một (1.126 biển), Thuận An (984 biển) và Dĩ An (871 biển). Riêng trên tuyến Đại lộ Bình Dương và Quốc lộ 13, lực lượng liên ngành đã tháo dỡ 512 biển, chiếm 11,7% tổng số biển tháo dỡ toàn tỉnh.

Trong 6 tháng, Thanh tra Sở đã lập biên bản 214 trường hợp vi phạm, ban hành 198 quyết định xử phạt vi phạm hành chính theo Nghị định số 38/2021/NĐ-CP với tổng số tiền hơn 1,46 tỷ đồng, tăng gần 2 lần so với cùng kỳ. Mức phạt cao nhất là 40 triệu đồng, áp dụng với một công ty bất động sản treo 28 băng rôn quảng cáo dự án dọc Quốc lộ 1K.

Đối với quảng cáo rao vặt, Sở Thông tin và Truyền thông đã đề nghị các doanh nghiệp viễn thông khóa 1.085 số thuê bao in trên tờ rơi, trong đó 642 số bị khóa chiều gọi đi, 443 số bị thu hồi.

Theo kế hoạch, đến cuối năm 2024, tỉnh phấn đấu 100% tuyến đường chính đô thị không còn quảng cáo rao vặt và giảm ít nhất 30% số điểm dán quảng cáo trái phép so với năm 2023. Dự kiến trong quý III/2024, các địa phương tiếp tục tổ chức khoảng 150 đợt ra quân cao điểm.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("trong 6 tháng", "2024-01-01", "2024-06-30")
SIX = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
END = P("đến cuối năm 2024", None, "2024-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("Tháo dỡ hơn 4.300 biển", "4.300", 4300, "count", "biển quảng cáo",
      "biển quảng cáo trái phép tháo dỡ", HEAD, approx="over"),
    F("tổ chức 386 đợt", "386", 386, "count", "đợt ra quân",
      "đợt ra quân xử lý quảng cáo sai quy định", H1,
      change=C("increase", 12.5, "%", "cùng kỳ năm 2023")),
    F("tháo dỡ 4.362 biển", "4.362", 4362, "count", "biển quảng cáo",
      "biển quảng cáo, bảng hiệu lấn chiếm hành lang an toàn giao thông tháo dỡ", I(H1)),
    F("có 1.154 biển", "1.154", 1154, "count", "biển quảng cáo tấm lớn",
      "biển quảng cáo tấm lớn không phép tháo dỡ", I(H1), total=4362),
    F("thu gỡ 12.870 băng rôn", "12.870", 12870, "count", "băng rôn",
      "băng rôn, phướn thu gỡ", I(H1)),
    F("gần 96.000 tờ rơi", "96.000", 96000, "count", "tờ rơi",
      "tờ rơi, quảng cáo rao vặt dán trên cột điện, trạm biến áp xóa bỏ", I(H1), approx="nearly"),
    F("(1.126 biển)", "1.126", 1126, "count", "biển",
      "biển quảng cáo tháo dỡ", I(H1), location="Thủ Dầu Một"),
    F("(984 biển)", "984", 984, "count", "biển",
      "biển quảng cáo tháo dỡ", I(H1), location="Thuận An"),
    F("(871 biển)", "871", 871, "count", "biển",
      "biển quảng cáo tháo dỡ", I(H1), location="Dĩ An"),
    F("tháo dỡ 512 biển", "512", 512, "count", "biển",
      "biển quảng cáo tháo dỡ trên tuyến Đại lộ Bình Dương và Quốc lộ 13", I(H1), percent=11.7),
    F("biên bản 214 trường hợp", "214", 214, "count", "trường hợp",
      "trường hợp vi phạm lập biên bản", SIX),
    F("ban hành 198 quyết định", "198", 198, "count", "quyết định",
      "quyết định xử phạt vi phạm hành chính", SIX),
    F("hơn 1,46 tỷ đồng", "1,46", 1.46e9, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", SIX, approx="over",
      change=C("increase", 2, "lần", "cùng kỳ", approx="nearly")),
    F("cao nhất là 40 triệu đồng", "40", 40e6, "money", "đồng",
      "mức phạt cao nhất", I(H1)),
    F("treo 28 băng rôn", "28", 28, "count", "băng rôn",
      "băng rôn quảng cáo dự án do một công ty bất động sản treo", I(H1), optional=True),
    F("khóa 1.085 số thuê bao", "1.085", 1085, "count", "số thuê bao",
      "số thuê bao in trên tờ rơi đề nghị khóa", I(H1)),
    F("642 số bị khóa", "642", 642, "count", "số",
      "số thuê bao bị khóa chiều gọi đi", I(H1), total=1085),
    F("443 số bị thu hồi", "443", 443, "count", "số",
      "số thuê bao bị thu hồi", I(H1), total=1085),
    F("phấn đấu 100% tuyến", "100", 100, "percent", "%",
      "tuyến đường chính đô thị không còn quảng cáo rao vặt", END, status="target"),
    F("ít nhất 30% số điểm", "30", 30, "percent", "%",
      "số điểm dán quảng cáo trái phép giảm so với năm 2023", END, approx="at_least", status="target"),
    F("khoảng 150 đợt", "150", 150, "count", "đợt ra quân",
      "đợt ra quân cao điểm", Q3, approx="about", status="forecast"),
]

NOTES = [
    "Bình Dương provincial portal (breadcrumb, 'Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316'): 6 months of 2024.",
    "Headline 'trong 6 tháng' has no year: it takes 2024 from the published date (nothing dated stands before it).",
    "Distractors: Lượt xem 2.316, Nghị định số 38/2021/NĐ-CP, Đại lộ Bình Dương, Quốc lộ 13, Quốc lộ 1K, the dateline.",
    "Thủ Dầu Một / Thuận An / Dĩ An list does not add up to 4.362: no total. 12.870 after ';' is a sibling of 4.362, not a part.",
    "28 băng rôn of one company (an example case) is optional.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Bình Dương")
