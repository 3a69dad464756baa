"""p1087-1: Lào Cai province portal, cattle and buffalo markets in 2023."""
from lib import F, make, period, inherit, change, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Chợ trâu bò vùng cao Lào Cai: thêm nguồn thu, chặt kiểm soát dịch bệnh
Cập nhật: 14/03/2024 09:45 | Lượt xem: 2.317

Năm 2023, toàn tỉnh Lào Cai có 11 chợ có điểm giao dịch trâu, bò, trong đó 4 chợ chuyên doanh tại các huyện Bắc Hà, Si Ma Cai, Mường Khương và Bát Xát. Tổng số trâu, bò đưa ra giao dịch tại các chợ đạt 38.650 con, tăng 6,2% so với năm 2022; trong đó trâu 14.210 con, bò 24.440 con. Sôi động nhất là các huyện Bắc Hà, Si Ma Cai và Mường Khương, lần lượt giao dịch 12.460, 9.830 và 6.240 con.

Chợ trâu Bắc Hà nằm cạnh Tỉnh lộ 153, bình quân có 650-700 con mỗi phiên vào dịp cao điểm, nhất là trong Lễ hội Cao nguyên trắng lần thứ 3; chợ Cán Cấu (huyện Si Ma Cai) họp vào thứ Bảy hằng tuần, mỗi phiên có khoảng 300 con.

Giá trâu thịt dao động từ 35 đến 60 triệu đồng/con tùy trọng lượng; trâu giống, trâu chọi loại đẹp có con được trả giá 150 triệu đồng. Giá bò thịt phổ biến 25-40 triệu đồng/con, tăng khoảng 5% so với cùng kỳ.

Tổng thu phí tại các điểm giao dịch trâu, bò năm 2023 đạt gần 1,2 tỷ đồng, đạt 109% kế hoạch. Mức thu hiện hành là 20.000 đồng/con theo Nghị quyết số 14/2022/NQ-HĐND của HĐND tỉnh.

Lực lượng thú y đã kiểm tra lâm sàng 36.920 con trâu, bò tại chợ, chiếm 95,5% tổng số con đưa ra giao dịch; phát hiện, xử lý 27 trường hợp vận chuyển không có giấy chứng nhận kiểm dịch, phạt tiền 81,5 triệu đồng.

Năm 2024, tỉnh phấn đấu 100% chợ có giao dịch trâu, bò hoạt động có kiểm soát thú y, số con giao dịch đạt trên 40.000 con; dự kiến đầu tư khoảng 15 tỷ đồng nâng cấp chợ trâu Bắc Hà.

Minh Hằng (Trung tâm Truyền thông tỉnh)
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 11 chợ", "11", 11, "count", "chợ", "chợ có điểm giao dịch trâu, bò", Y23),
    F("trong đó 4 chợ", "4", 4, "count", "chợ", "chợ chuyên doanh trâu, bò", Y23, total=11),
    F("đạt 38.650 con", "38.650", 38650, "count", "con", "trâu, bò đưa ra giao dịch tại các chợ", inherit(Y23),
      change=change("increase", 6.2, "%", "năm 2022")),
    F("trâu 14.210 con", "14.210", 14210, "count", "con", "trâu đưa ra giao dịch", inherit(Y23), total=38650),
    F("bò 24.440 con", "24.440", 24440, "count", "con", "bò đưa ra giao dịch", inherit(Y23), total=38650),
    F("giao dịch 12.460", "12.460", 12460, "count", "con", "trâu, bò giao dịch", inherit(Y23), location="Bắc Hà"),
    F("12.460, 9.830", "9.830", 9830, "count", "con", "trâu, bò giao dịch", inherit(Y23), location="Si Ma Cai"),
    F("và 6.240 con", "6.240", 6240, "count", "con", "trâu, bò giao dịch", inherit(Y23), location="Mường Khương"),
    F("có 650-700 con mỗi phiên", "650", 650, "measure", "con/phiên", "trâu, bò mỗi phiên tại chợ trâu Bắc Hà",
      value_max=700, location="Bắc Hà"),
    F("có khoảng 300 con", "300", 300, "measure", "con/phiên", "trâu, bò mỗi phiên tại chợ Cán Cấu",
      approx="about", location="Si Ma Cai"),
    F("từ 35 đến 60 triệu", "35", 35e6, "money", "đồng/con", "giá trâu thịt", value_max=60e6),
    F("trả giá 150 triệu đồng", "150", 150e6, "money", "đồng", "giá trâu giống, trâu chọi loại đẹp"),
    F("phổ biến 25-40 triệu", "25", 25e6, "money", "đồng/con", "giá bò thịt", value_max=40e6,
      change=change("increase", 5, "%", "cùng kỳ", "about")),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng thu phí tại các điểm giao dịch trâu, bò",
      period("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly", percent=109),
    F("là 20.000 đồng/con", "20.000", 20000, "money", "đồng/con", "mức thu phí hiện hành"),
    F("lâm sàng 36.920 con", "36.920", 36920, "count", "con", "trâu, bò được kiểm tra lâm sàng tại chợ",
      inherit(Y23b), percent=95.5),
    F("xử lý 27 trường hợp", "27", 27, "count", "trường hợp",
      "trường hợp vận chuyển không có giấy chứng nhận kiểm dịch bị xử lý", inherit(Y23b)),
    F("phạt tiền 81,5 triệu", "81,5", 81.5e6, "money", "đồng", "tiền phạt", inherit(Y23b)),
    F("phấn đấu 100% chợ", "100", 100, "percent", "%", "chợ có giao dịch trâu, bò hoạt động có kiểm soát thú y",
      Y24, status="target"),
    F("trên 40.000 con", "40.000", 40000, "count", "con", "số con trâu, bò giao dịch", Y24,
      approx="over", status="target"),
    F("khoảng 15 tỷ đồng", "15", 15e9, "money", "đồng", "kinh phí đầu tư nâng cấp chợ trâu Bắc Hà", Y24,
      approx="about", status="forecast", location="Bắc Hà"),
]

make("p1087-1", TEXT, FIGS, published="2024-03-14", location="Lào Cai", notes=[
    "Lào Cai province portal: cattle and buffalo markets in 2023 (heads traded, prices, fees, veterinary checks), 2024 targets.",
    "Distractors: Cập nhật date/time, Lượt xem 2.317, Tỉnh lộ 153, Lễ hội ... lần thứ 3, thứ Bảy, Nghị quyết số 14/2022/NQ-HĐND.",
    "Per-session averages ('con mỗi phiên') are rates: measure, unit con/phiên. District list items take the district as location.",
])
