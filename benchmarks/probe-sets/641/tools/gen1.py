"""p641-1: province portal (Quảng Trị) — kết quả kiểm toán ngân sách địa phương năm 2023."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Tài chính
Kiểm toán ngân sách địa phương năm 2023: kiến nghị xử lý tài chính hơn 186 tỷ đồng
Cập nhật: 14/08/2024 10:25
Lượt xem: 3.482

Ngày 13/8, tại Trụ sở UBND tỉnh (số 45 Hùng Vương, TP. Đông Hà), Kiểm toán Nhà nước khu vực II tổ chức hội nghị thông báo kết quả kiểm toán ngân sách địa phương năm 2023 của tỉnh Quảng Trị theo Quyết định số 1457/QĐ-KTNN.

Đoàn kiểm toán đã kiểm toán tại 32 đơn vị, gồm 9 sở, ngành cấp tỉnh, 4 huyện và 19 đơn vị dự toán, chủ đầu tư. Qua kiểm toán, Đoàn kiến nghị xử lý tài chính 186,42 tỷ đồng, tăng 23,5% so với cuộc kiểm toán năm trước; trong đó tăng thu 14,08 tỷ đồng, giảm chi 37,6 tỷ đồng và kiến nghị khác 134,74 tỷ đồng. Riêng số kiến nghị thu hồi nộp ngân sách nhà nước là gần 11,5 tỷ đồng.

Kiểm toán cũng chỉ ra chi chuyển nguồn sang năm 2024 lên tới 1.245,3 tỷ đồng, chiếm 10,2% tổng chi ngân sách địa phương; số dư tạm ứng vốn đầu tư quá hạn là 52,7 tỷ đồng tại 27 dự án.

Về hoàn thiện cơ chế, chính sách, Đoàn đề nghị sửa đổi, bổ sung, thay thế 6 văn bản không phù hợp với quy định, trong đó có 2 nghị quyết của HĐND tỉnh; đồng thời kiến nghị kiểm điểm trách nhiệm đối với 5 tập thể và các cá nhân có liên quan.

Đối với kiến nghị các năm trước, tính đến ngày 30/6/2024, tỉnh đã thực hiện 95,6 tỷ đồng trên tổng số 118,3 tỷ đồng phải thực hiện, đạt 80,8%; còn 22,7 tỷ đồng chưa thực hiện, chủ yếu là các khoản giảm thanh toán của công trình đã quyết toán.

Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Hoàng Nam đề nghị các đơn vị hoàn thành 100% kiến nghị trước ngày 31/12/2024 và phấn đấu năm 2025 tỷ lệ thực hiện kiến nghị kiểm toán của tỉnh đạt trên 90%. Mọi phản ánh xin liên hệ Văn phòng UBND tỉnh, điện thoại 0233.3852.447.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
T = 186.42e9

FIGS = [
    F("tài chính hơn 186 tỷ đồng", "186", 186e9, "money", "đồng", "kiến nghị xử lý tài chính", Y23, approx="over"),
    F("kiểm toán tại 32 đơn vị", "32", 32, "count", "đơn vị", "đơn vị được kiểm toán", I(Y23)),
    F("gồm 9 sở, ngành", "9", 9, "count", "sở, ngành", "sở, ngành cấp tỉnh được kiểm toán", I(Y23), total=32),
    F("4 huyện và", "4", 4, "count", "huyện", "huyện được kiểm toán", I(Y23), total=32),
    F("19 đơn vị dự toán", "19", 19, "count", "đơn vị dự toán", "đơn vị dự toán, chủ đầu tư được kiểm toán", I(Y23), total=32),
    F("xử lý tài chính 186,42 tỷ đồng", "186,42", T, "money", "đồng", "kiến nghị xử lý tài chính", I(Y23),
      change=CH("increase", 23.5, "%", "cuộc kiểm toán năm trước")),
    F("tăng thu 14,08 tỷ đồng", "14,08", 14.08e9, "money", "đồng", "kiến nghị tăng thu", I(Y23), total=T),
    F("giảm chi 37,6 tỷ đồng", "37,6", 37.6e9, "money", "đồng", "kiến nghị giảm chi", I(Y23), total=T),
    F("kiến nghị khác 134,74 tỷ đồng", "134,74", 134.74e9, "money", "đồng", "kiến nghị khác", I(Y23), total=T),
    F("là gần 11,5 tỷ đồng", "11,5", 11.5e9, "money", "đồng", "kiến nghị thu hồi nộp ngân sách nhà nước", I(Y23),
      approx="nearly"),
    F("lên tới 1.245,3 tỷ đồng", "1.245,3", 1245.3e9, "money", "đồng", "chi chuyển nguồn sang năm 2024", I(Y23),
      percent=10.2),
    F("là 52,7 tỷ đồng", "52,7", 52.7e9, "money", "đồng", "số dư tạm ứng vốn đầu tư quá hạn", I(Y23)),
    F("tại 27 dự án", "27", 27, "count", "dự án", "dự án có số dư tạm ứng vốn đầu tư quá hạn", I(Y23)),
    F("thay thế 6 văn bản", "6", 6, "count", "văn bản", "văn bản không phù hợp đề nghị sửa đổi, bổ sung, thay thế"),
    F("có 2 nghị quyết", "2", 2, "count", "nghị quyết", "nghị quyết của HĐND tỉnh đề nghị sửa đổi, bổ sung, thay thế",
      total=6),
    F("với 5 tập thể", "5", 5, "count", "tập thể", "tập thể bị kiến nghị kiểm điểm trách nhiệm"),
    F("thực hiện 95,6 tỷ đồng", "95,6", 95.6e9, "money", "đồng", "kiến nghị các năm trước tỉnh đã thực hiện", ASOF,
      total=118.3e9, percent=80.8),
    F("còn 22,7 tỷ đồng", "22,7", 22.7e9, "money", "đồng", "kiến nghị các năm trước chưa thực hiện", ASOF),
    F("hoàn thành 100% kiến nghị", "100", 100, "percent", "%", "kiến nghị các đơn vị hoàn thành",
      P("trước ngày 31/12/2024", None, "2024-12-31"), status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ thực hiện kiến nghị kiểm toán của tỉnh",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Trị: KTNN khu vực II thông báo kết quả kiểm toán ngân sách địa phương năm 2023 (invented).",
    "Dateline 'Cập nhật: 14/08/2024 10:25'; 'Lượt xem: 3.482', 'số 45 Hùng Vương', 'Quyết định số 1457/QĐ-KTNN', 'khu vực II',",
    "the phone number and 'Ngày 13/8' are not figures. 'trên tổng số 118,3 tỷ đồng' is the total of 95,6 tỷ (attribute only).",
    "tăng thu / giảm chi / kiến nghị khác follow 'trong đó' after 186,42 tỷ (they add up): total. 'gần 11,5 tỷ' (Riêng …) has no cue.",
    "Headline period 'năm 2023' = the audited budget year. 'sang năm 2024' names the transfer's destination, so 1.245,3 tỷ inherits 2023.",
    "'đề nghị … hoàn thành 100% … trước ngày 31/12/2024' is a directive: status target, as-of deadline.",
]

if __name__ == "__main__":
    emit("p641-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Quảng Trị")
