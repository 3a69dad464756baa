"""p1033-1: province portal, Thanh Hóa provincial library, first half of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thư viện tỉnh phục vụ hơn 186 nghìn lượt bạn đọc trong 6 tháng

Cập nhật: 09/07/2024 10:25 | Lượt xem: 1.347

Ngày 8/7, Thư viện tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024. Theo báo cáo, 6 tháng đầu năm, thư viện đã phục vụ hơn 186 nghìn lượt bạn đọc, đạt 58% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023; lượt sách, báo luân chuyển ước đạt 415.600 lượt, tăng 9,8%. Riêng quý II/2024 phục vụ 97.300 lượt bạn đọc. Thư viện cấp mới 3.215 thẻ bạn đọc, trong đó bạn đọc thiếu nhi chiếm 64%.

Công tác bổ sung vốn tài liệu được chú trọng với 7.480 bản sách mới, kinh phí gần 1,2 tỷ đồng. Đến 30/6/2024, tổng vốn tài liệu của thư viện đạt trên 512.000 bản, trong đó tài liệu số hóa khoảng 1,8 triệu trang.

Hoạt động luân chuyển sách xuống cơ sở tiếp tục được duy trì. Xe thư viện lưu động đã thực hiện 46 chuyến đến các trường học, đồn biên phòng tại các huyện Mường Lát, Quan Sơn, Bá Thước, phục vụ khoảng 21.000 lượt học sinh. Thư viện luân chuyển 18.500 bản sách cho 32 thư viện, tủ sách cơ sở. Số sách luân chuyển gấp 1,5 lần cùng kỳ.

Bên cạnh đó, thư viện tổ chức 12 buổi giới thiệu sách và cuộc thi "Đại sứ văn hóa đọc" lần thứ 6, thu hút 2.650 bài dự thi của học sinh.

Phát biểu tại hội nghị, Giám đốc Thư viện tỉnh đề nghị 6 tháng cuối năm tập trung triển khai Kế hoạch số 118/KH-UBND ngày 15/5/2024 của UBND tỉnh về phát triển văn hóa đọc, phấn đấu cả năm 2024 phục vụ 320.000 lượt bạn đọc, cấp mới 6.000 thẻ, luân chuyển 35.000 bản sách về cơ sở.

Thư viện tỉnh Thanh Hóa - Số 2 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa.
"""

H1 = P("6 tháng", "2024-01-01", "2024-06-30")
H = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
AS = P("Đến 30/6/2024", None, "2024-06-30")
Y = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("phục vụ hơn 186 nghìn lượt bạn đọc trong 6 tháng", "186", 186000, "count", "lượt bạn đọc",
      "lượt bạn đọc Thư viện tỉnh phục vụ", H1, approx="over"),
    F("đã phục vụ hơn 186 nghìn lượt bạn đọc, đạt", "186", 186000, "count", "lượt bạn đọc",
      "lượt bạn đọc thư viện phục vụ", H, approx="over", percent=58,
      change=C("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("ước đạt 415.600 lượt", "415.600", 415600, "count", "lượt", "lượt sách, báo luân chuyển", H,
      status="estimate", change=C("increase", 9.8)),
    F("phục vụ 97.300 lượt", "97.300", 97300, "count", "lượt bạn đọc", "lượt bạn đọc phục vụ riêng quý II", Q2),
    F("cấp mới 3.215 thẻ", "3.215", 3215, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", I(H)),
    F("thiếu nhi chiếm 64%", "64", 64, "percent", "%", "bạn đọc thiếu nhi trong số thẻ cấp mới", I(H)),
    F("với 7.480 bản sách", "7.480", 7480, "count", "bản sách", "sách mới bổ sung vốn tài liệu", I(H)),
    F("kinh phí gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí bổ sung sách mới", I(H), approx="nearly"),
    F("đạt trên 512.000 bản", "512.000", 512000, "count", "bản", "tổng vốn tài liệu của thư viện", AS, approx="over"),
    F("khoảng 1,8 triệu trang", "1,8", 1.8e6, "count", "trang", "tài liệu số hóa", AS, approx="about"),
    F("thực hiện 46 chuyến", "46", 46, "count", "chuyến", "chuyến xe thư viện lưu động đến trường học, đồn biên phòng", I(H)),
    F("khoảng 21.000 lượt học sinh", "21.000", 21000, "count", "lượt học sinh",
      "lượt học sinh xe thư viện lưu động phục vụ", I(H), approx="about"),
    F("luân chuyển 18.500 bản sách", "18.500", 18500, "count", "bản sách",
      "sách luân chuyển cho thư viện, tủ sách cơ sở", I(H)),
    F("cho 32 thư viện", "32", 32, "count", "thư viện, tủ sách cơ sở", "thư viện, tủ sách cơ sở nhận sách luân chuyển", I(H)),
    F("gấp 1,5 lần cùng kỳ", "1,5", 1.5, "multiple", "lần", "số sách luân chuyển so với cùng kỳ", I(H)),
    F("tổ chức 12 buổi", "12", 12, "count", "buổi", "buổi giới thiệu sách", I(H)),
    F("thu hút 2.650 bài", "2.650", 2650, "count", "bài dự thi", "bài dự thi cuộc thi Đại sứ văn hóa đọc", I(H)),
    F("phục vụ 320.000 lượt", "320.000", 320000, "count", "lượt bạn đọc", "lượt bạn đọc phục vụ", Y, status="target"),
    F("cấp mới 6.000 thẻ", "6.000", 6000, "count", "thẻ", "thẻ bạn đọc cấp mới", Y, status="target"),
    F("luân chuyển 35.000 bản", "35.000", 35000, "count", "bản sách", "sách luân chuyển về cơ sở", Y, status="target"),
]

NOTES = [
    "Province portal (Thanh Hóa): Thư viện tỉnh, 6 tháng đầu năm 2024. Dateline 'Cập nhật: 09/07/2024 10:25'.",
    "Distractors: 'Lượt xem: 1.347', 'Ngày 8/7', 'lần thứ 6', 'Kế hoạch số 118/KH-UBND ngày 15/5/2024', '6 tháng cuối năm',",
    "'Số 2 Đại lộ Lê Lợi'. The headline '6 tháng' takes the year of published (nothing dated before it).",
    "1,8 triệu trang follows 'trong đó' but counts pages, not bản: no total. 64% is a share of the thẻ: a percent of its own.",
    "'Số sách luân chuyển gấp 1,5 lần cùng kỳ.' stands as its own sentence: a multiple figure.",
]

write("p1033-1", TEXT, NOTES, FIGS, published="2024-07-09", location="Thanh Hóa")
