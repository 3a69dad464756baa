"""p1201-1: Hậu Giang province portal, 6 months 2024: nationality files and foreign-element civil status."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tư pháp - Hộ tịch

Hậu Giang: Gần 300 việc hộ tịch có yếu tố nước ngoài được đăng ký trong 6 tháng đầu năm

Cập nhật: 12/07/2024 14:20 | Lượt xem: 2.418

(haugiang.gov.vn) - 6 tháng đầu năm 2024, Sở Tư pháp tỉnh Hậu Giang đã tiếp nhận 46 hồ sơ đề nghị thôi quốc tịch Việt Nam, tăng 9 hồ sơ so với cùng kỳ năm 2023; đã thẩm định, trình UBND tỉnh đề nghị Chủ tịch nước giải quyết 41 hồ sơ, đạt 89,1%. Người xin thôi quốc tịch chủ yếu là phụ nữ kết hôn với công dân Đài Loan (Trung Quốc), Hàn Quốc, có nguyện vọng nhập quốc tịch nước sở tại.

Cũng trong 6 tháng, Sở đã cấp 12 giấy xác nhận có quốc tịch Việt Nam, 7 giấy xác nhận là người gốc Việt Nam và tiếp nhận 3 hồ sơ xin trở lại quốc tịch Việt Nam.

Tại cấp huyện, Phòng Tư pháp các huyện, thị xã, thành phố đã đăng ký 297 việc hộ tịch có yếu tố nước ngoài, gồm: kết hôn 118 cặp, khai sinh 64 trường hợp, ghi chú kết hôn 86 trường hợp, ghi chú ly hôn 21 trường hợp và nhận cha, mẹ, con 8 trường hợp. Dẫn đầu về số cặp đăng ký kết hôn có yếu tố nước ngoài là huyện Phụng Hiệp và thị xã Long Mỹ, lần lượt 31 cặp và 24 cặp.

Thời gian giải quyết thủ tục đăng ký kết hôn có yếu tố nước ngoài tại các địa phương bình quân 8 ngày làm việc, sớm hơn 7 ngày so với thời hạn luật định. Lệ phí đăng ký kết hôn có yếu tố nước ngoài thu theo Nghị quyết số 18/2020/NQ-HĐND của HĐND tỉnh là 1.000.000 đồng/trường hợp.

6 tháng cuối năm, Sở Tư pháp phấn đấu thẩm định đúng hạn 100% hồ sơ quốc tịch và tổ chức 2 lớp tập huấn nghiệp vụ hộ tịch có yếu tố nước ngoài cho khoảng 150 công chức tư pháp - hộ tịch cấp huyện, cấp xã.

Nguồn: Sở Tư pháp tỉnh Hậu Giang - Số 07 đường 1 Tháng 5, phường 5, TP Vị Thanh
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S6 = P("Cũng trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
KH = "đăng ký kết hôn có yếu tố nước ngoài"

FIGS = [
    F("Gần 300 việc", "300", 300, "count", "việc", approx="nearly",
      subject="việc hộ tịch có yếu tố nước ngoài được đăng ký", period=H1),
    F("tiếp nhận 46 hồ sơ", "46", 46, "count", "hồ sơ",
      change=C("increase", 9, "hồ sơ", "cùng kỳ năm 2023"),
      subject="hồ sơ đề nghị thôi quốc tịch Việt Nam tiếp nhận", period=S1),
    F("giải quyết 41 hồ sơ", "41", 41, "count", "hồ sơ", percent=89.1,
      subject="hồ sơ thôi quốc tịch thẩm định, trình đề nghị Chủ tịch nước giải quyết", period=S1),
    F("cấp 12 giấy", "12", 12, "count", "giấy xác nhận",
      subject="giấy xác nhận có quốc tịch Việt Nam được cấp", period=S6),
    F("7 giấy xác nhận", "7", 7, "count", "giấy xác nhận",
      subject="giấy xác nhận là người gốc Việt Nam được cấp", period=S6),
    F("tiếp nhận 3 hồ sơ", "3", 3, "count", "hồ sơ",
      subject="hồ sơ xin trở lại quốc tịch Việt Nam tiếp nhận", period=S6),
    F("đăng ký 297 việc", "297", 297, "count", "việc",
      subject="việc hộ tịch có yếu tố nước ngoài đăng ký tại cấp huyện", period=I(S1)),
    F("kết hôn 118 cặp", "118", 118, "count", "cặp", total=297,
      subject="đăng ký kết hôn có yếu tố nước ngoài", period=I(S1)),
    F("khai sinh 64 trường hợp", "64", 64, "count", "trường hợp", total=297,
      subject="đăng ký khai sinh có yếu tố nước ngoài", period=I(S1)),
    F("ghi chú kết hôn 86 trường hợp", "86", 86, "count", "trường hợp", total=297,
      subject="ghi chú kết hôn", period=I(S1)),
    F("ghi chú ly hôn 21 trường hợp", "21", 21, "count", "trường hợp", total=297,
      subject="ghi chú ly hôn", period=I(S1)),
    F("con 8 trường hợp", "8", 8, "count", "trường hợp", total=297,
      subject="đăng ký nhận cha, mẹ, con có yếu tố nước ngoài", period=I(S1)),
    F("lần lượt 31 cặp", "31", 31, "count", "cặp", location="Phụng Hiệp",
      subject="cặp đăng ký kết hôn có yếu tố nước ngoài", period=I(S1)),
    F("và 24 cặp", "24", 24, "count", "cặp", location="Long Mỹ",
      subject="cặp đăng ký kết hôn có yếu tố nước ngoài", period=I(S1)),
    F("bình quân 8 ngày", "8", 8, "measure", "ngày làm việc",
      change=C("decrease", 7, "ngày", "thời hạn luật định"),
      subject="thời gian giải quyết thủ tục đăng ký kết hôn có yếu tố nước ngoài", period=I(S1)),
    F("là 1.000.000 đồng", "1.000.000", 1000000, "money", "đồng/trường hợp",
      subject="lệ phí đăng ký kết hôn có yếu tố nước ngoài"),
    F("đúng hạn 100%", "100", 100, "percent", "%", status="target",
      subject="hồ sơ quốc tịch thẩm định đúng hạn", period=H2),
    F("tổ chức 2 lớp", "2", 2, "count", "lớp", status="target",
      subject="lớp tập huấn nghiệp vụ hộ tịch có yếu tố nước ngoài", period=H2),
    F("khoảng 150 công chức", "150", 150, "count", "công chức", approx="about", status="target",
      subject="công chức tư pháp - hộ tịch được tập huấn", period=H2),
]

NOTES = [
    "Province portal (Hậu Giang): nationality files at Sở Tư pháp and foreign-element civil status at district level, 6 months 2024.",
    "Breadcrumb, 'Cập nhật: 12/07/2024 14:20 | Lượt xem: 2.418'. Distractors: view counter, time, Nghị quyết số 18/2020/NQ-HĐND,",
    "address 'Số 07 đường 1 Tháng 5, phường 5' (a road named after a date). Headline '6 tháng đầu năm' takes the year of published.",
    "Parts after 'gồm:' add up to 297 (118+64+86+21+8). 'đạt 89,1%' after 41 hồ sơ is its share (41/46). 'sớm hơn 7 ngày so với",
    "thời hạn luật định' is a gap to the legal time limit: change on the 8-day average. The fee is a standing rule: no period.",
    "'6 tháng cuối năm' = 2024-07-01..2024-12-31 (year of the nearest earlier period); 'phấn đấu … và tổ chức' governs both clauses.",
]

if __name__ == "__main__":
    write("p1201-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Hậu Giang")
