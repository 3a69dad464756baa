"""p484-1: province portal (Quảng Trị), digitisation / e-signature / online fee payment, 6 months 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Trị
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính

Quảng Trị số hóa hơn 92% hồ sơ thủ tục hành chính trong 6 tháng đầu năm 2024

Cập nhật: 09/07/2024 15:20
Lượt xem: 1.872

6 tháng đầu năm 2024, các cơ quan, địa phương trên địa bàn tỉnh Quảng Trị tiếp nhận 186.540 hồ sơ thủ tục hành chính, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, hồ sơ tiếp nhận trực tuyến là 104.215 hồ sơ, chiếm 55,87%; hồ sơ tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích là 82.325 hồ sơ.

Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính toàn tỉnh đạt 92,3%, vượt 12,3% so với chỉ tiêu Chính phủ giao (80%). Cấp tỉnh đạt 96,8%, cấp huyện đạt 90,1% và cấp xã đạt 88,7%. Các địa phương có tỷ lệ số hóa cao là thành phố Đông Hà (98,2%), huyện Triệu Phong (97,5%), huyện Gio Linh (95,4%); thấp nhất là huyện Hướng Hóa với 71,6%.

Về chữ ký số, toàn tỉnh đã cấp 4.126 chứng thư số cho cán bộ, công chức, viên chức, trong đó 1.318 chứng thư số cấp mới từ đầu năm đến nay. Hơn 97% văn bản đi của các cơ quan nhà nước được ký số và gửi, nhận trên môi trường mạng.

Thanh toán trực tuyến tiếp tục chuyển biến tích cực với 38.462 giao dịch nộp phí, lệ phí qua Cổng Dịch vụ công quốc gia, tổng số tiền gần 9,6 tỷ đồng, tăng 2,1 lần so với cùng kỳ.

Theo Kế hoạch số 112/KH-UBND, phấn đấu đến hết năm 2024, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt trên 60% và 100% cán bộ, công chức cấp xã được cấp chữ ký số.

Mọi thông tin xin liên hệ Trung tâm Phục vụ hành chính công tỉnh, số 45 Hùng Vương, phường 1, TP. Đông Hà; điện thoại: 0233.3566.789.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("đến hết năm 2024", end="2024-12-31")
SSH = "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"

FIGS = [
    F("số hóa hơn 92% hồ sơ", "92", 92, "percent", "%", "tỷ lệ số hóa hồ sơ thủ tục hành chính",
      P("trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), approx="over"),
    F("tiếp nhận 186.540 hồ sơ", "186.540", 186540, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận", H1,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("là 104.215 hồ sơ", "104.215", 104215, "count", "hồ sơ", "hồ sơ tiếp nhận trực tuyến", INH(H1),
      total=186540, percent=55.87),
    F("là 82.325 hồ sơ", "82.325", 82325, "count", "hồ sơ",
      "hồ sơ tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích", INH(H1), total=186540),
    F("toàn tỉnh đạt 92,3%", "92,3", 92.3, "percent", "%", SSH, INH(H1),
      change=CH("increase", 12.3, baseline="chỉ tiêu Chính phủ giao"), target=TG(80, met=True)),
    F("Cấp tỉnh đạt 96,8%", "96,8", 96.8, "percent", "%", SSH + " cấp tỉnh", INH(H1)),
    F("cấp huyện đạt 90,1%", "90,1", 90.1, "percent", "%", SSH + " cấp huyện", INH(H1)),
    F("cấp xã đạt 88,7%", "88,7", 88.7, "percent", "%", SSH + " cấp xã", INH(H1)),
    F("Đông Hà (98,2%)", "98,2", 98.2, "percent", "%", "tỷ lệ số hóa", INH(H1), location="Đông Hà"),
    F("Triệu Phong (97,5%)", "97,5", 97.5, "percent", "%", "tỷ lệ số hóa", INH(H1), location="Triệu Phong"),
    F("Gio Linh (95,4%)", "95,4", 95.4, "percent", "%", "tỷ lệ số hóa", INH(H1), location="Gio Linh"),
    F("Hướng Hóa với 71,6%", "71,6", 71.6, "percent", "%", "tỷ lệ số hóa thấp nhất", INH(H1), location="Hướng Hóa"),
    F("cấp 4.126 chứng thư số", "4.126", 4126, "count", "chứng thư số",
      "chứng thư số cấp cho cán bộ, công chức, viên chức"),
    F("trong đó 1.318 chứng thư số", "1.318", 1318, "count", "chứng thư số", "chứng thư số cấp mới",
      P("từ đầu năm đến nay", "2024-01-01", "2024-07-09"), total=4126),
    F("Hơn 97% văn bản", "97", 97, "percent", "%",
      "văn bản đi của các cơ quan nhà nước được ký số và gửi, nhận trên môi trường mạng", approx="over"),
    F("với 38.462 giao dịch", "38.462", 38462, "count", "giao dịch",
      "giao dịch nộp phí, lệ phí qua Cổng Dịch vụ công quốc gia"),
    F("gần 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "tổng số tiền nộp phí, lệ phí trực tuyến",
      approx="nearly", change=CH("increase", 2.1, "lần", baseline="cùng kỳ")),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", Y24,
      approx="over", status="target"),
    F("và 100% cán bộ", "100", 100, "percent", "%", "cán bộ, công chức cấp xã được cấp chữ ký số", Y24,
      status="target"),
]

COMMENTS = [
    "Province portal (Quảng Trị): số hóa hồ sơ TTHC, chữ ký số, thanh toán trực tuyến, 6 tháng đầu năm 2024.",
    "Dateline 'Cập nhật: 09/07/2024 15:20'; 'Lượt xem: 1.872', 'Kế hoạch số 112/KH-UBND', the address and phone are not figures.",
    "104.215 + 82.325 = 186.540 (Trong đó parts). 92,3%: gap to plan 'vượt 12,3% so với chỉ tiêu' is its change, '(80%)' its target.",
    "District/city items in the list go to location; 'tăng 2,1 lần so với cùng kỳ' attaches to the money figure before it.",
]

if __name__ == "__main__":
    emit("p484-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Quảng Trị")
