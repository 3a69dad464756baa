"""p1087-5: Báo Bình Định (Party newspaper), chợ bò Phú Phong (Tây Sơn) after Tết 2025."""
from lib import F, make, period, inherit, change

TEXT = """Chợ bò Phú Phong nhộn nhịp sau Tết

Những ngày đầu năm mới, chợ bò Phú Phong (thị trấn Phú Phong, huyện Tây Sơn) tấp nập thương lái từ Quảng Ngãi, Gia Lai, Phú Yên về thu mua. Phiên chợ đầu tiên sau Tết có gần 600 con bò được đưa về. Chợ họp vào các ngày mùng 2, 5, 8 âm lịch hằng tháng.

Theo Ban quản lý chợ, năm 2024 chợ đón trên 52.000 con bò, tăng 4.000 con so với năm 2023; bình quân mỗi phiên khoảng 480 con. Cũng trong năm 2024, tổng đàn bò của huyện đạt 41.500 con, chiếm khoảng 14% tổng đàn bò toàn tỉnh.

Giá bò thịt loại 250-300 kg dao động 26-32 triệu đồng/con; bò giống lai Zebu 18-22 triệu đồng/con. Giá bò giống hiện cao gấp 1,2 lần so với cuối năm 2024 do nhu cầu tái đàn tăng. Ông Nguyễn Văn Tám, thương lái ở xã Bình Nghi, cho biết mỗi phiên ông mua 15-20 con chở về Quảng Ngãi.

Chợ thu phí 15.000 đồng/con bò vào chợ; năm 2024 nộp ngân sách 780 triệu đồng và tạo việc làm cho khoảng 150 lao động bốc xếp, vận chuyển, dịch vụ ăn uống.

Trạm Chăn nuôi và Thú y huyện Tây Sơn bố trí 2 nhân viên kiểm soát thường xuyên tại chợ. Từ đầu năm 2025 đến nay, trạm đã kiểm tra lâm sàng 4.350 con, phát hiện 12 con có biểu hiện bệnh viêm da nổi cục, buộc cách ly, điều trị.

Theo kế hoạch, năm 2025 huyện Tây Sơn sẽ di dời chợ bò về khu quy hoạch mới rộng 3,2 ha tại xã Tây Xuân, đáp ứng 800 con/phiên; tổng vốn đầu tư dự kiến 18,5 tỷ đồng.

NGỌC TÚ
22/02/2025
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
YTD = period("Từ đầu năm 2025 đến nay", "2025-01-01", "2025-02-22")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có gần 600 con", "600", 600, "count", "con", "bò được đưa về phiên chợ đầu tiên sau Tết", approx="nearly"),
    F("trên 52.000 con", "52.000", 52000, "count", "con", "bò chợ đón", Y24, approx="over",
      change=change("increase", 4000, "con", "năm 2023")),
    F("khoảng 480 con", "480", 480, "measure", "con/phiên", "bò bình quân mỗi phiên", Y24, approx="about"),
    F("đạt 41.500 con", "41.500", 41500, "count", "con", "tổng đàn bò của huyện",
      period("năm 2024", "2024-01-01", "2024-12-31"), percent=14),
    F("loại 250-300 kg", "250", 250, "measure", "kg", "trọng lượng bò thịt", value_max=300, optional=True),
    F("dao động 26-32 triệu", "26", 26e6, "money", "đồng/con", "giá bò thịt", value_max=32e6),
    F("Zebu 18-22 triệu", "18", 18e6, "money", "đồng/con", "giá bò giống lai Zebu", value_max=22e6),
    F("gấp 1,2 lần", "1,2", 1.2, "multiple", "lần", "giá bò giống so với cuối năm 2024"),
    F("mua 15-20 con", "15", 15, "measure", "con/phiên", "bò thương lái mua mỗi phiên", value_max=20),
    F("phí 15.000 đồng/con", "15.000", 15000, "money", "đồng/con", "mức thu phí bò vào chợ"),
    F("sách 780 triệu đồng", "780", 780e6, "money", "đồng", "tiền nộp ngân sách", Y24),
    F("khoảng 150 lao động", "150", 150, "count", "lao động", "lao động bốc xếp, vận chuyển, dịch vụ ăn uống có việc làm",
      Y24, approx="about"),
    F("bố trí 2 nhân viên", "2", 2, "count", "nhân viên", "nhân viên kiểm soát thường xuyên tại chợ"),
    F("lâm sàng 4.350 con", "4.350", 4350, "count", "con", "bò được kiểm tra lâm sàng", YTD),
    F("phát hiện 12 con", "12", 12, "count", "con", "bò có biểu hiện bệnh viêm da nổi cục", YTD),
    F("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích khu quy hoạch chợ bò mới", Y25, status="target"),
    F("đáp ứng 800 con/phiên", "800", 800, "measure", "con/phiên", "quy mô chợ bò mới", Y25, status="target"),
    F("dự kiến 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "tổng vốn đầu tư di dời chợ bò", Y25, status="forecast"),
]

make("p1087-5", TEXT, FIGS, published="2025-02-22", location="Tây Sơn", notes=[
    "Báo Bình Định (Party newspaper): chợ bò Phú Phong, huyện Tây Sơn, after Tết 2025; byline and bare date at the end.",
    "Traders' provinces (Quảng Ngãi, Gia Lai, Phú Yên) are origins/destinations, not the place of any figure: all figures are Tây Sơn.",
    "'gấp 1,2 lần' stands alone as the claim: multiple. 'tăng 4.000 con so với năm 2023' is the change of 52.000 con.",
    "Distractors: lunar market days 'mùng 2, 5, 8', 'Ông Nguyễn Văn Tám', 'sau Tết', the bare date 22/02/2025.",
])
