"""p911-1: province portal (Thanh Hóa), Tháng hành động vì ATTP 2024, kem and nước giải khát makers."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội
Cập nhật: 14/06/2024 09:45 | Lượt xem: 2.316

Gần 13% cơ sở sản xuất kem, nước giải khát được kiểm tra có vi phạm

Thực hiện Kế hoạch số 86/KH-BCĐ ngày 02/4/2024 của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh, trong Tháng hành động vì an toàn thực phẩm năm 2024 (từ 15/4 đến 15/5), các đoàn kiểm tra liên ngành của tỉnh Thanh Hóa đã kiểm tra 312 cơ sở sản xuất, kinh doanh kem, nước giải khát, nước uống đóng chai, trong đó có 87 cơ sở sản xuất quy mô nhỏ, hộ gia đình. Qua kiểm tra, phát hiện 40 cơ sở vi phạm, chiếm 12,8% số cơ sở được kiểm tra, giảm 3,4% so với cùng kỳ năm 2023.

Các đoàn đã xử phạt vi phạm hành chính 29 cơ sở với tổng số tiền hơn 214 triệu đồng; nhắc nhở, yêu cầu khắc phục 11 cơ sở. Lỗi chủ yếu là không có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, người trực tiếp sản xuất chưa khám sức khỏe, dùng nước không đạt QCVN 01-1:2018/BYT.

Các đoàn đã lấy 156 mẫu kem que, kem ốc quế, nước giải khát, nước đá để kiểm nghiệm chỉ tiêu vi sinh, trong đó có 14 mẫu không đạt, chủ yếu nhiễm Coliform, E.coli vượt giới hạn cho phép từ 2 đến 12 lần. Ngoài ra, các đoàn test nhanh 420 mẫu tại hiện trường, 100% mẫu đạt yêu cầu.

Đoàn đã buộc tiêu hủy 650 kg kem, khoảng 1.200 lít nước giải khát không rõ nguồn gốc, tổng trị giá gần 48 triệu đồng. Các địa phương có nhiều cơ sở vi phạm là TP Thanh Hóa (12 cơ sở), thị xã Bỉm Sơn (7 cơ sở), huyện Quảng Xương (6 cơ sở).

Theo Ban Chỉ đạo, năm 2024 tỉnh phấn đấu 100% cơ sở sản xuất kem, nước giải khát quy mô nhỏ được tập huấn kiến thức an toàn thực phẩm; tỷ lệ mẫu xét nghiệm đạt trên 90%. Trong quý III/2024, dự kiến kiểm tra khoảng 150 cơ sở tại các khu du lịch Sầm Sơn, Hải Tiến.
"""

THANG = P("Tháng hành động vì an toàn thực phẩm năm 2024 (từ 15/4 đến 15/5)", "2024-04-15", "2024-05-15")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("Gần 13% cơ sở", "13", 13, "percent", "%", "cơ sở sản xuất kem, nước giải khát được kiểm tra có vi phạm",
      I(THANG), approx="nearly"),
    F("kiểm tra 312 cơ sở", "312", 312, "count", "cơ sở",
      "cơ sở sản xuất, kinh doanh kem, nước giải khát, nước uống đóng chai được kiểm tra", THANG),
    F("có 87 cơ sở", "87", 87, "count", "cơ sở", "cơ sở sản xuất quy mô nhỏ, hộ gia đình được kiểm tra", THANG,
      total=312),
    F("phát hiện 40 cơ sở", "40", 40, "count", "cơ sở", "cơ sở vi phạm", I(THANG), percent=12.8,
      change=C("decrease", 3.4, "%", "cùng kỳ năm 2023")),
    F("xử phạt vi phạm hành chính 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính",
      I(THANG)),
    F("hơn 214 triệu đồng", "214", 214_000_000, "money", "đồng", "tổng số tiền xử phạt", I(THANG), approx="over"),
    F("khắc phục 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị nhắc nhở, yêu cầu khắc phục", I(THANG)),
    F("lấy 156 mẫu", "156", 156, "count", "mẫu", "mẫu kem, nước giải khát, nước đá lấy kiểm nghiệm chỉ tiêu vi sinh",
      I(THANG)),
    F("có 14 mẫu không đạt", "14", 14, "count", "mẫu", "mẫu không đạt", I(THANG), total=156),
    F("từ 2 đến 12 lần", "2", 2, "multiple", "lần", "mức vượt giới hạn cho phép của Coliform, E.coli", I(THANG),
      value_max=12),
    F("test nhanh 420 mẫu", "420", 420, "count", "mẫu", "mẫu test nhanh tại hiện trường", I(THANG)),
    F("100% mẫu đạt yêu cầu", "100", 100, "percent", "%", "mẫu test nhanh đạt yêu cầu", I(THANG)),
    F("tiêu hủy 650 kg kem", "650", 650, "measure", "kg", "kem buộc tiêu hủy", I(THANG)),
    F("khoảng 1.200 lít", "1.200", 1200, "measure", "lít", "nước giải khát không rõ nguồn gốc buộc tiêu hủy",
      I(THANG), approx="about"),
    F("gần 48 triệu đồng", "48", 48_000_000, "money", "đồng", "tổng trị giá hàng buộc tiêu hủy", I(THANG),
      approx="nearly"),
    F("TP Thanh Hóa (12 cơ sở)", "12", 12, "count", "cơ sở", "cơ sở vi phạm", I(THANG), location="TP Thanh Hóa"),
    F("Bỉm Sơn (7 cơ sở)", "7", 7, "count", "cơ sở", "cơ sở vi phạm", I(THANG), location="Bỉm Sơn"),
    F("Quảng Xương (6 cơ sở)", "6", 6, "count", "cơ sở", "cơ sở vi phạm", I(THANG), location="Quảng Xương"),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất kem, nước giải khát quy mô nhỏ được tập huấn kiến thức an toàn thực phẩm", Y24,
      status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ mẫu xét nghiệm đạt", Y24, approx="over", status="target"),
    F("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", "cơ sở kiểm tra tại các khu du lịch", Q3,
      approx="about", status="forecast"),
]

NOTES = [
    "Probe 911-1. Province portal (Thanh Hóa): Tháng hành động vì ATTP 2024, ice cream / soft drink makers.",
    "Distractors: 'Cập nhật: 14/06/2024 09:45', 'Lượt xem: 2.316', 'Kế hoạch số 86/KH-BCĐ ngày 02/4/2024',",
    "'QCVN 01-1:2018/BYT', '15/4', '15/5', 'quý III/2024'.",
    "The period of the campaign is the bracketed dates, not the whole year; later sentences inherit it.",
    "40 cơ sở: chiếm 12,8% is its share; giảm 3,4% so với cùng kỳ is its change. No total (no part-of cue).",
    "14 mẫu follows 'trong đó' after 156 mẫu -> total 156. District list (12+7+6 != 40) gets no total.",
]

if __name__ == "__main__":
    write("p911-1", TEXT, NOTES, FIGS, published="2024-06-14", location="Thanh Hóa")
