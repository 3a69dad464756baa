"""p1357-2: district portal (quận Cầu Giấy, Hà Nội): Tháng hành động vì ATTP 2024, bubble-tea shops near schools."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY
Thành phố Hà Nội
Trang chủ / Tin tức - Sự kiện / Y tế - An toàn thực phẩm

Cầu Giấy tăng cường kiểm tra an toàn thực phẩm tại các quán trà sữa quanh trường học

22/05/2024 - 08:40

Trong Tháng hành động vì an toàn thực phẩm năm 2024 (từ ngày 15/4 đến 15/5/2024), Ban Chỉ đạo liên ngành về an toàn thực phẩm quận đã thành lập 3 đoàn kiểm tra cấp quận và 8 đoàn cấp phường, kiểm tra 428 lượt cơ sở sản xuất, kinh doanh thực phẩm, trong đó có 137 quán trà sữa, cà phê, nước giải khát.

Kết quả, 119/137 quán trà sữa, nước giải khát đạt yêu cầu về điều kiện an toàn thực phẩm, chiếm 86,9%; 18 quán vi phạm bị nhắc nhở hoặc xử phạt. Tổng số tiền phạt là 47,5 triệu đồng, gấp đôi so với cùng kỳ năm trước.

Các đoàn đã lấy 52 mẫu đồ uống và nguyên liệu (49 mẫu đạt, 3 mẫu không đạt) để test nhanh các chỉ tiêu hàn the, phẩm màu, độ sạch của ly, cốc. Cơ sở tại số 45 phố Trần Thái Tông sử dụng 12 kg trân châu không rõ nguồn gốc đã bị buộc tiêu hủy tại chỗ.

Theo Phòng Y tế quận, trên địa bàn hiện có khoảng 210 cửa hàng trà sữa, tăng gần 30 cửa hàng so với năm 2023, phần lớn nằm trên các tuyến phố Xuân Thủy, Hồ Tùng Mậu, Trần Quốc Hoàn. Mỗi cửa hàng bán trung bình 150-200 ly/ngày.

Năm 2024, quận phấn đấu 100% cơ sở kinh doanh trà sữa được tập huấn kiến thức an toàn thực phẩm; tỷ lệ cơ sở có giấy chứng nhận đủ điều kiện đạt trên 90%. Dự kiến trong tháng 6, UBND quận sẽ tổ chức 2 lớp tập huấn cho khoảng 300 chủ cơ sở và nhân viên pha chế.

Nguồn: Phòng Văn hóa và Thông tin quận
Tin khác:
- Phường Dịch Vọng Hậu ra quân tổng vệ sinh môi trường
- Cầu Giấy: Sơ kết công tác 6 tháng đầu năm 2024
Địa chỉ: Số 36 Cầu Giấy, phường Quan Hoa. Điện thoại: 024.3767.3456
"""

THA = P("từ ngày 15/4 đến 15/5/2024", "2024-04-15", "2024-05-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
JUN = P("trong tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    F("thành lập 3 đoàn", "3", 3, "count", "đoàn", subject="đoàn kiểm tra cấp quận", period=THA),
    F("và 8 đoàn", "8", 8, "count", "đoàn", subject="đoàn kiểm tra cấp phường", period=THA),
    F("kiểm tra 428 lượt", "428", 428, "count", "lượt cơ sở",
      subject="lượt cơ sở sản xuất, kinh doanh thực phẩm được kiểm tra", period=THA),
    F("có 137 quán", "137", 137, "count", "quán", total=428,
      subject="quán trà sữa, cà phê, nước giải khát được kiểm tra", period=THA),
    F("119/137", "119", 119, "count", "quán", total=137, percent=86.9,
      subject="quán trà sữa, nước giải khát đạt yêu cầu về điều kiện an toàn thực phẩm", period=I(THA)),
    F("18 quán vi phạm", "18", 18, "count", "quán", subject="quán vi phạm bị nhắc nhở hoặc xử phạt",
      period=I(THA)),
    F("là 47,5 triệu", "47,5", 47.5e6, "money", "đồng",
      change=C("increase", 2, "lần", "cùng kỳ năm trước"), subject="tổng số tiền phạt", period=I(THA)),
    F("lấy 52 mẫu", "52", 52, "count", "mẫu", subject="mẫu đồ uống và nguyên liệu lấy để test nhanh",
      period=I(THA)),
    F("(49 mẫu đạt", "49", 49, "count", "mẫu", total=52, subject="mẫu đạt", period=I(THA)),
    F("3 mẫu không đạt", "3", 3, "count", "mẫu", total=52, subject="mẫu không đạt", period=I(THA)),
    F("12 kg", "12", 12, "measure", "kg", subject="trân châu không rõ nguồn gốc bị buộc tiêu hủy",
      period=I(THA)),
    F("khoảng 210 cửa hàng", "210", 210, "count", "cửa hàng", approx="about",
      change=C("increase", 30, "cửa hàng", "năm 2023", approx="nearly"), subject="cửa hàng trà sữa"),
    F("150-200 ly/ngày", "150", 150, "measure", "ly/ngày", value_max=200,
      subject="lượng trà sữa mỗi cửa hàng bán trung bình"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở kinh doanh trà sữa được tập huấn kiến thức an toàn thực phẩm", period=Y24),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="tỷ lệ cơ sở có giấy chứng nhận đủ điều kiện", period=Y24),
    F("tổ chức 2 lớp", "2", 2, "count", "lớp", status="forecast", subject="lớp tập huấn", period=JUN),
    F("khoảng 300 chủ", "300", 300, "count", "chủ cơ sở và nhân viên pha chế", approx="about",
      status="forecast", subject="chủ cơ sở và nhân viên pha chế được tập huấn", period=JUN),
]

NOTES = [
    "District portal (quận Cầu Giấy, Hà Nội): banner naming the district, breadcrumb, '22/05/2024 - 08:40', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:40, 'số 45 phố Trần Thái Tông', 'Số 36 Cầu Giấy', phone 024.3767.3456, '6 tháng đầu năm 2024' in a link title, 'năm trước', 'năm 2023' baselines.",
    "The campaign period '(từ ngày 15/4 đến 15/5/2024)' stands in the first sentence; the result sentences inherit it.",
    "'trong đó có 137 quán' → total 428 (inspected establishments of both kinds). '119/137' → total 137 plus 'chiếm 86,9%' (percent).",
    "'(49 mẫu đạt, 3 mẫu không đạt)' is a bracketed breakdown that adds up to 52 → total 52. 18 quán vi phạm: no part-of cue, no total.",
    "'47,5 triệu đồng, gấp đôi so với cùng kỳ năm trước' → change increase 2 lần; 'tăng gần 30 cửa hàng so với năm 2023' → change in cửa hàng.",
    "'Mỗi cửa hàng … 150-200 ly/ngày' is a rate (unit ly/ngày). 'phấn đấu' governs both clauses of its sentence (target); 'Dự kiến trong tháng 6' → forecast, June 2024.",
]

if __name__ == "__main__":
    write("p1357-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Cầu Giấy")
