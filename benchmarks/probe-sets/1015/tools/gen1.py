"""p1015-1: Nghệ An province portal, inspections of gold shops to mid-June 2025."""
from lib import F, P, I, C, T, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Nghệ An: Xử phạt 21 cơ sở kinh doanh vàng vi phạm

Cập nhật: 18/06/2025 09:45 | Lượt xem: 2.316

Từ đầu năm đến ngày 15/6/2025, các đoàn kiểm tra liên ngành của tỉnh đã kiểm tra 57 cơ sở kinh doanh vàng, phát hiện 21 cơ sở vi phạm, chiếm 36,8% số cơ sở được kiểm tra. Tổng số tiền xử phạt vi phạm hành chính là 386,5 triệu đồng, tăng 42% so với cùng kỳ năm 2024.

Trong số các cơ sở vi phạm, 9 cơ sở không niêm yết giá mua, giá bán vàng; 7 cơ sở không xuất hóa đơn khi bán hàng; 5 cơ sở kinh doanh vàng trang sức không bảo đảm hàm lượng theo công bố. Lực lượng chức năng cũng tạm giữ 3,2 kg vàng trang sức không rõ nguồn gốc, trị giá khoảng 5,4 tỷ đồng.

Đoàn kiểm tra gồm đại diện Sở Công Thương, Công an tỉnh, Thuế tỉnh và Ngân hàng Nhà nước Chi nhánh Khu vực 9, hoạt động theo Kế hoạch số 145/KH-UBND ngày 12/3/2025 của UBND tỉnh.

Theo Sở Công Thương, toàn tỉnh hiện có 412 cơ sở kinh doanh vàng, trong đó có 38 doanh nghiệp và 374 hộ kinh doanh. Các cơ sở tập trung chủ yếu tại TP. Vinh (126 cơ sở), thị xã Thái Hòa (34 cơ sở) và huyện Diễn Châu (31 cơ sở). Số cơ sở kinh doanh vàng của tỉnh đứng thứ 2 khu vực Bắc Trung Bộ, sau Thanh Hóa. Hiện mới có 6 doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh mua, bán vàng miếng theo Nghị định số 24/2012/NĐ-CP.

Về hóa đơn, đến ngày 31/5/2025 có 148 cơ sở đã đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 35,9% tổng số cơ sở. Tỉnh phấn đấu đến hết năm 2025 có 100% cơ sở kinh doanh vàng áp dụng hóa đơn điện tử theo từng lần bán hàng.

Giá vàng nhẫn 9999 tại các cửa hàng ở TP. Vinh sáng 17/6 giao dịch quanh mức 116-117,5 triệu đồng/lượng. Người dân phát hiện sai phạm có thể phản ánh qua đường dây nóng 0238.3598.215.
"""

YTD = P("Từ đầu năm đến ngày 15/6/2025", "2025-01-01", "2025-06-15")
FIG = [
    F("Xử phạt 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở kinh doanh vàng vi phạm bị xử phạt"),
    F("kiểm tra 57 cơ sở", "57", 57, "count", "cơ sở", "cơ sở kinh doanh vàng được kiểm tra", YTD),
    F("phát hiện 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở vi phạm", YTD, percent=36.8),
    F("là 386,5 triệu đồng", "386,5", 386_500_000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính",
      I(YTD), change=C("increase", 42, "%", "cùng kỳ năm 2024")),
    F("vi phạm, 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở không niêm yết giá mua, giá bán vàng", I(YTD), total=21),
    F("; 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở không xuất hóa đơn khi bán hàng", I(YTD), total=21),
    F("; 5 cơ sở", "5", 5, "count", "cơ sở",
      "cơ sở kinh doanh vàng trang sức không bảo đảm hàm lượng theo công bố", I(YTD), total=21),
    F("tạm giữ 3,2 kg", "3,2", 3.2, "measure", "kg", "vàng trang sức không rõ nguồn gốc bị tạm giữ", I(YTD)),
    F("khoảng 5,4 tỷ đồng", "5,4", 5_400_000_000, "money", "đồng", "trị giá vàng trang sức bị tạm giữ", I(YTD),
      approx="about"),
    F("có 412 cơ sở", "412", 412, "count", "cơ sở", "cơ sở kinh doanh vàng"),
    F("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp kinh doanh vàng", total=412),
    F("374 hộ kinh doanh", "374", 374, "count", "hộ kinh doanh", "hộ kinh doanh vàng", total=412),
    F("Vinh (126 cơ sở)", "126", 126, "count", "cơ sở", "cơ sở kinh doanh vàng", location="Vinh"),
    F("Thái Hòa (34 cơ sở)", "34", 34, "count", "cơ sở", "cơ sở kinh doanh vàng", location="Thái Hòa"),
    F("Diễn Châu (31 cơ sở)", "31", 31, "count", "cơ sở", "cơ sở kinh doanh vàng", location="Diễn Châu"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "số cơ sở kinh doanh vàng khu vực Bắc Trung Bộ"),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      "doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh mua, bán vàng miếng"),
    F("có 148 cơ sở", "148", 148, "count", "cơ sở",
      "cơ sở đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
      P("đến ngày 31/5/2025", None, "2025-05-31"), percent=35.9),
    F("có 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở kinh doanh vàng áp dụng hóa đơn điện tử theo từng lần bán hàng",
      P("đến hết năm 2025", None, "2025-12-31"), status="target"),
    F("mức 116-117,5 triệu", "116", 116_000_000, "money", "đồng/lượng", "giá vàng nhẫn 9999",
      P("sáng 17/6", "2025-06-17", "2025-06-17"), location="Vinh", value_max=117_500_000, approx="about"),
]

NOTES = [
    "Cổng TTĐT tỉnh Nghệ An: kiểm tra cơ sở kinh doanh vàng từ đầu năm đến 15/6/2025, hóa đơn điện tử, giá vàng nhẫn.",
    "Headline 21 cơ sở (no period in the headline) repeats the body figure; both are figures.",
    "9 + 7 + 5 = 21 after 'Trong số các cơ sở vi phạm' -> total 21; 38 doanh nghiệp + 374 hộ = 412 cơ sở after 'trong đó' -> total 412.",
    "District list (TP. Vinh, Thái Hòa, Diễn Châu) does not add up to 412 ('tập trung chủ yếu'): no total.",
    "Not figures: 'vàng nhẫn 9999' (purity name), 'Khu vực 9', Kế hoạch số 145/KH-UBND, Nghị định số 24/2012/NĐ-CP,",
    "phone 0238.3598.215, 'Lượt xem: 2.316', dates 12/3/2025, 15/6/2025, 31/5/2025. 'quanh mức' read as approx about.",
]

write_set("p1015-1", TEXT, FIG, NOTES, published="2025-06-18", location="Nghệ An")
