"""p1058-2: huyện Chợ Gạo (Tiền Giang) district portal, private pharmacy inspections in quý I/2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ GẠO - TỈNH TIỀN GIANG
Trang chủ / Tin tức - Sự kiện / Y tế
Thứ ba, 08/04/2025 - 14:30

Chợ Gạo: Kiểm tra hành nghề dược tư nhân quý I

Thực hiện Kế hoạch số 38/KH-UBND ngày 15/01/2025 của UBND huyện, trong quý I/2025, Đoàn kiểm tra liên ngành về hành nghề y, dược tư nhân huyện đã kiểm tra 57 cơ sở, gồm 12 nhà thuốc, 39 quầy thuốc và 6 phòng khám có bán thuốc. Kết quả có 49 cơ sở chấp hành tốt quy định, chiếm 86%; 8 cơ sở vi phạm, tăng 3 cơ sở so với cùng kỳ năm 2024.

Các lỗi vi phạm gồm: bán thuốc kê đơn không có đơn (5 cơ sở), không theo dõi nhiệt độ, độ ẩm nơi bảo quản thuốc (2 cơ sở), bày bán thuốc hết hạn sử dụng (1 cơ sở). Đoàn đã lập biên bản, đề nghị Chủ tịch UBND huyện xử phạt 8 cơ sở với tổng số tiền 46,5 triệu đồng; tịch thu, tiêu hủy 27 hộp thuốc và gần 600 viên thuốc các loại.

Theo Phòng Y tế huyện, toàn huyện hiện có 186 cơ sở bán lẻ thuốc, tập trung dọc Quốc lộ 50 và thị trấn Chợ Gạo; bình quân mỗi xã có từ 8 đến 10 quầy thuốc, riêng xã Long Bình Điền có 17 cơ sở. Theo Nghị định số 117/2020/NĐ-CP, hành vi bán thuốc kê đơn mà không có đơn thuốc bị phạt tiền từ 3 đến 5 triệu đồng.

Năm 2025, huyện phấn đấu kiểm tra ít nhất 120 cơ sở, bằng 65% tổng số cơ sở bán lẻ thuốc trên địa bàn; dự kiến trong quý II sẽ kiểm tra khoảng 35 cơ sở, tập trung vào các quầy thuốc ở ấp, xã vùng ven.

Thanh Tâm (Phòng Y tế huyện)
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = P("quý II", "2025-04-01", "2025-06-30")

FIGS = [
    F("kiểm tra 57 cơ sở", "57", 57, "count", "cơ sở", "cơ sở được Đoàn kiểm tra liên ngành kiểm tra", Q1),
    F("gồm 12 nhà thuốc", "12", 12, "count", "nhà thuốc", "nhà thuốc được kiểm tra", Q1, total=57),
    F("39 quầy thuốc", "39", 39, "count", "quầy thuốc", "quầy thuốc được kiểm tra", Q1, total=57),
    F("6 phòng khám", "6", 6, "count", "phòng khám", "phòng khám có bán thuốc được kiểm tra", Q1, total=57),
    F("có 49 cơ sở", "49", 49, "count", "cơ sở", "cơ sở chấp hành tốt quy định", I(Q1), percent=86),
    F("; 8 cơ sở vi phạm", "8", 8, "count", "cơ sở", "cơ sở vi phạm", I(Q1),
      change=C("increase", 3, "cơ sở", "cùng kỳ năm 2024")),
    F("(5 cơ sở)", "5", 5, "count", "cơ sở", "cơ sở vi phạm bán thuốc kê đơn không có đơn", I(Q1),
      total=8),
    F("(2 cơ sở)", "2", 2, "count", "cơ sở", "cơ sở vi phạm không theo dõi nhiệt độ, độ ẩm nơi bảo quản thuốc",
      I(Q1), total=8),
    F("(1 cơ sở)", "1", 1, "count", "cơ sở", "cơ sở vi phạm bày bán thuốc hết hạn sử dụng", I(Q1), total=8),
    F("xử phạt 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở bị đề nghị xử phạt", I(Q1)),
    F("46,5 triệu đồng", "46,5", 46.5e6, "money", "đồng", "tổng số tiền xử phạt", I(Q1)),
    F("27 hộp thuốc", "27", 27, "count", "hộp thuốc", "hộp thuốc bị tịch thu, tiêu hủy", I(Q1)),
    F("gần 600 viên", "600", 600, "count", "viên thuốc", "viên thuốc bị tịch thu, tiêu hủy", I(Q1),
      approx="nearly"),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở bán lẻ thuốc toàn huyện"),
    F("có từ 8 đến 10 quầy", "8", 8, "measure", "quầy thuốc/xã", "quầy thuốc bình quân mỗi xã", value_max=10),
    F("có 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở bán lẻ thuốc ở xã Long Bình Điền"),
    F("từ 3 đến 5 triệu đồng", "3", 3e6, "money", "đồng",
      "mức phạt tiền hành vi bán thuốc kê đơn mà không có đơn thuốc", value_max=5e6, optional=True),
    F("ít nhất 120 cơ sở", "120", 120, "count", "cơ sở", "cơ sở được kiểm tra", Y25,
      approx="at_least", percent=65, status="target"),
    F("khoảng 35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở được kiểm tra", Q2,
      approx="about", status="forecast"),
]

NOTES = [
    "Chợ Gạo district portal (Tiền Giang): Đoàn kiểm tra liên ngành checks private drug sellers in quý I/2025; dateline 'Thứ ba, 08/04/2025 - 14:30'.",
    "Location is the district (Chợ Gạo) throughout; xã Long Bình Điền lies in it. The year-less headline 'quý I' holds no figure.",
    "'gồm 12 nhà thuốc, 39 quầy thuốc và 6 phòng khám' add up to 57 (total 57). '49 ... chiếm 86%' and '8 cơ sở vi phạm' have no part-of cue: no total.",
    "'Các lỗi vi phạm gồm: ... (5 cơ sở) ... (2 cơ sở) ... (1 cơ sở)': the parts follow the whole '8 cơ sở vi phạm' across a sentence break, count the same thing over the same period and add up to it, so total 8.",
    "revised after the first run: the three parts first had no total (read as 'a cue with no such figure'); FIGURES.md allows a sentence break between the whole and the cue, so total 8 was added.",
    "'mỗi xã có từ 8 đến 10 quầy thuốc' is a per-commune rate: measure, unit 'quầy thuốc/xã'. The fine bracket of Nghị định 117/2020/NĐ-CP is a legal norm, optional.",
    "'phấn đấu ... ít nhất 120 cơ sở, bằng 65%' target with percent 65; 'dự kiến trong quý II ... khoảng 35' forecast, quý II of 2025.",
]

write("p1058-2", TEXT, FIGS, NOTES, published="2025-04-08", location="Chợ Gạo")
