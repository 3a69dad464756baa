"""p1013-8: provincial newspaper online (Báo Bắc Giang, '(BGĐT) -' tag), year 2024 and plans for 2025."""
from lib import C, F, I, P, T, write

TEXT = """Báo Bắc Giang điện tử
Thời sự | Kinh tế | Xã hội | Văn hóa

Bắc Giang: Gỡ bỏ gần 31 nghìn quảng cáo rao vặt sai quy định
Thứ Sáu, 24/01/2025 - 16:05

(BGĐT) - Năm 2024, các lực lượng chức năng trên địa bàn tỉnh đã gỡ bỏ 30.815 quảng cáo rao vặt, tăng 18,6% so với năm 2023; tháo dỡ 1.472 biển quảng cáo và 1.260 băng rôn sai quy định.

Trong số quảng cáo rao vặt bị gỡ bỏ, TP Bắc Giang chiếm nhiều nhất với 12.460 điểm, tiếp đến là thị xã Việt Yên (5.320 điểm), huyện Lạng Giang (3.980 điểm). Các tuyến Quốc lộ 1A, Quốc lộ 31 và Quốc lộ 37 là nơi tập trung nhiều biển quảng cáo tấm lớn vi phạm hành lang an toàn đường bộ, với 186 biển bị cưỡng chế tháo dỡ, chiếm 12,6% tổng số biển tháo dỡ.

Ngành Văn hóa đã xử phạt 74 trường hợp với tổng số tiền 312 triệu đồng, bằng 148% năm 2023. Đồng thời, Sở Thông tin và Truyền thông đề nghị nhà mạng khóa 428 số điện thoại, trong đó 356 số là thuê bao trả trước.

Theo ông Nguyễn Văn Tư, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, tình trạng quảng cáo rao vặt tuy giảm nhưng vẫn tái diễn, nhất là ở khu vực gần các khu công nghiệp Quang Châu, Vân Trung, Đình Trám. Để giải quyết tận gốc, dự kiến trong quý I/2025, tỉnh sẽ lắp đặt thêm 120 bảng thông tin rao vặt miễn phí, kinh phí khoảng 4,5 triệu đồng/bảng.

Năm 2025, tỉnh phấn đấu 100% xã, phường, thị trấn ký cam kết không để phát sinh quảng cáo rao vặt; giảm từ 20 đến 25% số vụ vi phạm so với năm 2024.

Tuấn Minh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 31 nghìn quảng cáo", "31", 31000, "count", "quảng cáo rao vặt",
      "quảng cáo rao vặt sai quy định gỡ bỏ", I(Y24), approx="nearly"),
    F("gỡ bỏ 30.815 quảng cáo", "30.815", 30815, "count", "quảng cáo rao vặt",
      "quảng cáo rao vặt gỡ bỏ", Y24, change=C("increase", 18.6, "%", "năm 2023")),
    F("tháo dỡ 1.472 biển", "1.472", 1472, "count", "biển quảng cáo",
      "biển quảng cáo sai quy định tháo dỡ", Y24),
    F("1.260 băng rôn", "1.260", 1260, "count", "băng rôn",
      "băng rôn sai quy định tháo dỡ", Y24),
    F("với 12.460 điểm", "12.460", 12460, "count", "điểm",
      "quảng cáo rao vặt bị gỡ bỏ", I(Y24), total=30815, location="Bắc Giang"),
    F("(5.320 điểm)", "5.320", 5320, "count", "điểm",
      "quảng cáo rao vặt bị gỡ bỏ", I(Y24), total=30815, location="Việt Yên"),
    F("(3.980 điểm)", "3.980", 3980, "count", "điểm",
      "quảng cáo rao vặt bị gỡ bỏ", I(Y24), total=30815, location="Lạng Giang"),
    F("với 186 biển", "186", 186, "count", "biển",
      "biển quảng cáo tấm lớn vi phạm hành lang an toàn đường bộ bị cưỡng chế tháo dỡ", I(Y24),
      percent=12.6),
    F("xử phạt 74 trường hợp", "74", 74, "count", "trường hợp",
      "trường hợp bị xử phạt", I(Y24)),
    F("tổng số tiền 312 triệu đồng", "312", 312e6, "money", "đồng",
      "tổng số tiền xử phạt", I(Y24), percent=148),
    F("khóa 428 số", "428", 428, "count", "số điện thoại",
      "số điện thoại đề nghị nhà mạng khóa", I(Y24)),
    F("356 số là", "356", 356, "count", "số",
      "số điện thoại bị khóa là thuê bao trả trước", I(Y24), total=428),
    F("thêm 120 bảng", "120", 120, "count", "bảng thông tin rao vặt miễn phí",
      "bảng thông tin rao vặt miễn phí lắp đặt thêm", Q1, status="forecast"),
    F("khoảng 4,5 triệu đồng/bảng", "4,5", 4.5e6, "money", "đồng/bảng",
      "kinh phí lắp đặt bảng thông tin rao vặt miễn phí", Q1, approx="about", status="forecast"),
    F("phấn đấu 100% xã", "100", 100, "percent", "%",
      "xã, phường, thị trấn ký cam kết không để phát sinh quảng cáo rao vặt", Y25, status="target"),
    F("từ 20 đến 25%", "20", 20, "percent", "%",
      "số vụ vi phạm giảm so với năm 2024", Y25, value_max=25, status="target"),
]

NOTES = [
    "Báo Bắc Giang online: headline with a figure, 'Thứ Sáu, 24/01/2025 - 16:05', tag '(BGĐT) -' (implies Bắc Giang), byline at the end.",
    "The headline figure has no period phrase of its own: Năm 2024 inherited (the body).",
    "'Trong số quảng cáo rao vặt bị gỡ bỏ' names the 30.815 as the whole: TP Bắc Giang / Việt Yên / Lạng Giang get total 30815.",
    "'bằng 148% năm 2023' after the fine total is its percent; '186 biển ..., chiếm 12,6% tổng số biển tháo dỡ' its percent.",
    "Distractors: Quốc lộ 1A/31/37, dateline and time, '(BGĐT)', 'ông Nguyễn Văn Tư' (a number word in a name), KCN names.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-01-24", location="Bắc Giang")
