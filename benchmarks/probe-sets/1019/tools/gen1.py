"""p1019-1: Khánh Hòa province portal, exchange agents + remittances, H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Kinh tế
Khánh Hòa: Doanh số mua ngoại tệ của các đại lý tăng gần 30%
Cập nhật: 12/08/2024 09:45 | Lượt xem: 1.236

Theo Ngân hàng Nhà nước chi nhánh tỉnh Khánh Hòa, tính đến ngày 30/6/2024, toàn tỉnh có 84 đại lý đổi ngoại tệ đang hoạt động, tăng 9 đại lý so với cuối năm 2023. Trong đó, thành phố Nha Trang có 61 đại lý, chiếm 72,6%; thành phố Cam Ranh 14 đại lý; các địa phương còn lại 9 đại lý.

Sáu tháng đầu năm 2024, doanh số mua ngoại tệ của các đại lý ước đạt 38,6 triệu USD, tăng 29,4% so với cùng kỳ năm 2023; doanh số bán lại cho các tổ chức tín dụng ước đạt 37,9 triệu USD, bằng 98,2% doanh số mua. Đồng đô la Mỹ (USD) chiếm khoảng 46% tổng doanh số mua, tiếp đến là đồng rúp Nga chiếm 21%, đồng won Hàn Quốc 18% và nhân dân tệ 9%.

Cũng trong 6 tháng, lượng kiều hối chuyển về tỉnh qua các tổ chức tín dụng và tổ chức kinh tế được phép đạt hơn 112 triệu USD, tăng 7,5% so với cùng kỳ; trong đó kiều hối từ Mỹ chiếm trên 55%.

Cũng trong thời gian này, Ngân hàng Nhà nước chi nhánh tỉnh phối hợp với Công an tỉnh kiểm tra 27 đại lý đổi ngoại tệ và 15 tiệm vàng, phát hiện 6 cơ sở vi phạm, xử phạt vi phạm hành chính 245 triệu đồng theo Nghị định số 88/2019/NĐ-CP; thu hồi giấy chứng nhận đăng ký đại lý của 2 đơn vị.

Năm 2024, ngành ngân hàng tỉnh phấn đấu doanh số mua ngoại tệ qua đại lý đạt 75 triệu USD; dự kiến cấp mới khoảng 10 đại lý tại các khu du lịch ven biển.

Cơ quan chủ quản: UBND tỉnh Khánh Hòa - Địa chỉ: số 1 Trần Phú, TP Nha Trang - Điện thoại: 0258.3822.661
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ_SHARE = "trong tổng doanh số mua ngoại tệ"

FIGS = [
    F("các đại lý tăng gần 30%", "30", 30, "percent", "%", "doanh số mua ngoại tệ của các đại lý", approx="nearly"),
    F("có 84 đại lý", "84", 84, "count", "đại lý", "đại lý đổi ngoại tệ đang hoạt động", ASOF,
      change=C("increase", 9, "đại lý", "cuối năm 2023")),
    F("có 61 đại lý", "61", 61, "count", "đại lý", "đại lý đổi ngoại tệ", I(ASOF), total=84, percent=72.6,
      location="Nha Trang"),
    F("Cam Ranh 14 đại lý", "14", 14, "count", "đại lý", "đại lý đổi ngoại tệ", I(ASOF), total=84, location="Cam Ranh"),
    F("còn lại 9 đại lý", "9", 9, "count", "đại lý", "đại lý đổi ngoại tệ ở các địa phương còn lại", I(ASOF), total=84),
    F("ước đạt 38,6 triệu USD", "38,6", 38.6e6, "money", "USD", "doanh số mua ngoại tệ của các đại lý", H1,
      status="estimate", change=C("increase", 29.4, "%", "cùng kỳ năm 2023")),
    F("ước đạt 37,9 triệu USD", "37,9", 37.9e6, "money", "USD", "doanh số bán lại ngoại tệ cho các tổ chức tín dụng", H1,
      status="estimate", percent=98.2),
    F("chiếm khoảng 46%", "46", 46, "percent", "%", "đồng đô la Mỹ (USD) " + SUBJ_SHARE, I(H1), approx="about"),
    F("Nga chiếm 21%", "21", 21, "percent", "%", "đồng rúp Nga " + SUBJ_SHARE, I(H1)),
    F("Hàn Quốc 18%", "18", 18, "percent", "%", "đồng won Hàn Quốc " + SUBJ_SHARE, I(H1)),
    F("nhân dân tệ 9%", "9", 9, "percent", "%", "nhân dân tệ " + SUBJ_SHARE, I(H1)),
    F("đạt hơn 112 triệu USD", "112", 112e6, "money", "USD", "kiều hối chuyển về tỉnh", H1b, approx="over",
      change=C("increase", 7.5, "%", "cùng kỳ")),
    F("chiếm trên 55%", "55", 55, "percent", "%", "kiều hối từ Mỹ", H1b, approx="over"),
    F("kiểm tra 27 đại lý", "27", 27, "count", "đại lý", "đại lý đổi ngoại tệ được kiểm tra", I(H1b)),
    F("15 tiệm vàng", "15", 15, "count", "tiệm vàng", "tiệm vàng được kiểm tra", I(H1b)),
    F("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở vi phạm", I(H1b)),
    F("hành chính 245 triệu đồng", "245", 245e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(H1b)),
    F("của 2 đơn vị", "2", 2, "count", "đơn vị", "đơn vị bị thu hồi giấy chứng nhận đăng ký đại lý", I(H1b)),
    F("đạt 75 triệu USD", "75", 75e6, "money", "USD", "doanh số mua ngoại tệ qua đại lý", Y24, status="target"),
    F("khoảng 10 đại lý", "10", 10, "count", "đại lý", "đại lý đổi ngoại tệ cấp mới", Y24, approx="about",
      status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Khánh Hòa: đại lý đổi ngoại tệ (30/6/2024), doanh số mua/bán ngoại tệ và kiều hối 6 tháng 2024, kiểm tra, xử phạt.",
    "Headline 'tăng gần 30%' has no period phrase: no period. Parts after 'Trong đó' take the 84 as total (61+14+9 = 84).",
    "Currency shares are percent figures of their own (the share of a currency, no base amount); rúp/won/CNY are not places.",
    "'Cũng trong thời gian này' refers back to the 6 months: inherited. 'Năm 2024' governs both clauses of the last sentence.",
]

if __name__ == "__main__":
    write("p1019-1", TEXT, FIGS, NOTES, published="2024-08-12", location="Khánh Hòa")
