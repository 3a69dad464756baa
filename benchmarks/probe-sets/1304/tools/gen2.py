"""p1304-2: district portal (quận Bắc Từ Liêm, Hà Nội): preserving the Xuân Đỉnh sapodilla gardens."""
from lib import F, P, I, C, T, year, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN BẮC TỪ LIÊM
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội | Liên hệ

Hồng xiêm Xuân Đỉnh: còn khoảng 40 ha vườn cần được bảo tồn

18/07/2024 - 10:20

Sáng 17/7, UBND phường Xuân Đỉnh phối hợp với Hội Làm vườn quận tổ chức hội nghị đánh giá kết quả 5 năm thực hiện Đề án bảo tồn và phát triển cây hồng xiêm Xuân Đỉnh giai đoạn 2019-2024.

Theo báo cáo, toàn quận hiện còn khoảng 40 ha hồng xiêm, giảm 18 ha so với năm 2015, tập trung tại các phường Xuân Đỉnh, Xuân Tảo và Cổ Nhuế 1. Trong đó, phường Xuân Đỉnh có 27,5 ha với 312 hộ trồng; nhiều cây hồng xiêm có tuổi đời từ 50 đến 70 năm. Gần ba chục hộ đã liên kết thành nhóm sản xuất theo hướng hữu cơ.

Năm 2023, sản lượng hồng xiêm của quận đạt 610 tấn, năng suất bình quân 15,2 tấn/ha; giá bán tại vườn từ 30.000 đến 45.000 đồng/kg, riêng quả loại đặc biệt đóng hộp quà tặng có giá 80.000 đồng/kg. Tổng giá trị thu được ước đạt 21,6 tỷ đồng, bình quân hơn 540 triệu đồng/ha.

Từ năm 2019 đến nay, quận đã hỗ trợ 1,2 tỷ đồng để trồng mới và trồng thay thế 3.500 cây, cấp 12 mã số vùng trồng; 2 sản phẩm hồng xiêm Xuân Đỉnh được công nhận OCOP 3 sao.

Năm 2024, sản lượng hồng xiêm dự kiến đạt khoảng 650 tấn. Quận phấn đấu đến năm 2025 giữ ổn định ít nhất 35 ha vườn hồng xiêm, xây dựng một điểm du lịch sinh thái vườn; mục tiêu đến năm 2030 có trên 80% diện tích sản xuất theo VietGAP.

Nguồn: Phòng Kinh tế quận
Tin khác:
- Bắc Từ Liêm ra quân Tháng hành động vì an toàn thực phẩm năm 2024
UBND QUẬN BẮC TỪ LIÊM - Địa chỉ: Số 1 phố Kỳ Vũ, phường Cổ Nhuế 1
Điện thoại: 024.3755.1234
"""

Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-07-18")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("còn khoảng 40 ha vườn", "40", 40, "measure", "ha", approx="about",
      subject="diện tích vườn hồng xiêm Xuân Đỉnh cần được bảo tồn"),
    F("còn khoảng 40 ha hồng xiêm", "40", 40, "measure", "ha", approx="about",
      change=C("decrease", 18, "ha", "năm 2015"), subject="diện tích hồng xiêm toàn quận"),
    F("có 27,5 ha", "27,5", 27.5, "measure", "ha", total=40,
      subject="diện tích hồng xiêm phường Xuân Đỉnh"),
    F("với 312 hộ", "312", 312, "count", "hộ", subject="hộ trồng hồng xiêm phường Xuân Đỉnh"),
    F("từ 50 đến 70 năm", "50", 50, "measure", "năm", value_max=70, subject="tuổi đời cây hồng xiêm"),
    F("Gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
      subject="hộ liên kết thành nhóm sản xuất theo hướng hữu cơ"),
    F("đạt 610 tấn", "610", 610, "measure", "tấn", subject="sản lượng hồng xiêm của quận", period=Y23),
    F("bình quân 15,2 tấn/ha", "15,2", 15.2, "measure", "tấn/ha", subject="năng suất bình quân hồng xiêm",
      period=Y23),
    F("từ 30.000 đến 45.000", "30.000", 30000, "money", "đồng/kg", value_max=45000,
      subject="giá bán hồng xiêm tại vườn", period=Y23),
    F("giá 80.000 đồng/kg", "80.000", 80000, "money", "đồng/kg",
      subject="giá quả loại đặc biệt đóng hộp quà tặng", period=Y23),
    F("ước đạt 21,6 tỷ", "21,6", 21.6e9, "money", "đồng", status="estimate",
      subject="tổng giá trị hồng xiêm thu được", period=I(Y23)),
    F("hơn 540 triệu", "540", 540e6, "money", "đồng/ha", approx="over", status="estimate",
      subject="giá trị thu được bình quân trên một ha", period=I(Y23)),
    F("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
      subject="kinh phí quận hỗ trợ trồng mới và trồng thay thế cây hồng xiêm", period=SINCE),
    F("thay thế 3.500 cây", "3.500", 3500, "count", "cây",
      subject="cây hồng xiêm trồng mới và trồng thay thế", period=SINCE),
    F("cấp 12 mã số", "12", 12, "count", "mã số vùng trồng", subject="mã số vùng trồng được cấp",
      period=SINCE),
    F("2 sản phẩm", "2", 2, "count", "sản phẩm",
      subject="sản phẩm hồng xiêm Xuân Đỉnh được công nhận OCOP 3 sao", period=SINCE),
    F("khoảng 650 tấn", "650", 650, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng hồng xiêm", period=Y24),
    F("ít nhất 35 ha", "35", 35, "measure", "ha", approx="at_least", status="target",
      subject="diện tích vườn hồng xiêm giữ ổn định", period=TO25),
    F("một điểm du lịch", "một", 1, "count", "điểm", status="target",
      subject="điểm du lịch sinh thái vườn", period=TO25),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="diện tích sản xuất theo VietGAP", period=TO30),
]

NOTES = [
    "District portal (quận Bắc Từ Liêm, Hà Nội): banner, menu, '18/07/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address.",
    "Distractors: 10:20, 'Sáng 17/7', '5 năm thực hiện', 'giai đoạn 2019-2024', 'Cổ Nhuế 1' (twice), 'OCOP 3 sao', 'năm 2015' baseline,",
    "'Số 1 phố Kỳ Vũ', phone 024.3755.1234, 'năm 2024' in a related link.",
    "Ward (phường Xuân Đỉnh) figures take the district as location (FIGURES.md: province, city or district).",
    "'Trong đó, phường Xuân Đỉnh có 27,5 ha' after a sentence break → total 40 (the district's area); '312 hộ' has no whole.",
    "'Gần ba chục hộ' = 30, nearly. 'Tổng giá trị ... ước đạt' and 'bình quân hơn 540 triệu' inherit 'Năm 2023' from the sentence before.",
    "'Từ năm 2019 đến nay' ends at the dateline (2024-07-18) and governs the whole sentence, also after ';'.",
    "revised after the first run: headline subject starts with 'diện tích' like every other ha figure of the set.",
]

if __name__ == "__main__":
    write("p1304-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Bắc Từ Liêm")
