"""p1087-2: Định Quán district portal (Đồng Nai), chợ bò Túc Trưng, first half of 2024."""
from lib import F, make, period, inherit, change

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỊNH QUÁN
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Hai, 15/07/2024 - 10:20

Chợ bò Túc Trưng sôi động trở lại

Sáu tháng đầu năm 2024, chợ bò Túc Trưng (xã Túc Trưng) tổ chức 52 phiên, giao dịch khoảng 18.500 con bò, tăng 12% so với cùng kỳ năm 2023; bình quân mỗi phiên có hơn 350 con. Chợ họp vào thứ Ba và thứ Sáu hằng tuần, nằm sát Quốc lộ 20. Bò về chợ chủ yếu từ các huyện Định Quán, Tân Phú, Xuân Lộc và các tỉnh Bình Phước, Lâm Đồng, Đắk Nông; trong đó bò từ ngoài tỉnh chiếm khoảng 40%.

Theo Ban quản lý chợ, giá bò thịt hơi hiện dao động 78.000-85.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với cuối năm 2023. Một con bò lai Brahman nặng 350-400 kg được bán với giá 28-32 triệu đồng; bê giống 6-8 tháng tuổi có giá 12-15 triệu đồng/con.

Năm 2024, chợ thu phí 30.000 đồng/con bò và 10.000 đồng/con bê. Sáu tháng đầu năm, tổng tiền phí thu được đạt 512 triệu đồng, bằng 54% dự toán năm.

Trạm Chăn nuôi và Thú y huyện bố trí 3 cán bộ thường trực tại chợ, kiểm tra lâm sàng 100% số bò trước khi xuất chợ. Từ đầu năm đến nay, trạm đã cấp 1.245 giấy chứng nhận kiểm dịch cho 15.870 con bò vận chuyển ra ngoài huyện và tiêm phòng viêm da nổi cục cho 2.300 con.

Huyện phấn đấu đến năm 2025 mở rộng chợ lên 2,5 ha, xây dựng khu cách ly chứa được 200 con.

Minh Tâm (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

H1 = period("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = period("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tổ chức 52 phiên", "52", 52, "count", "phiên", "phiên chợ bò Túc Trưng tổ chức", H1),
    F("khoảng 18.500 con bò", "18.500", 18500, "count", "con", "bò giao dịch tại chợ bò Túc Trưng", H1,
      approx="about", change=change("increase", 12, "%", "cùng kỳ năm 2023")),
    F("có hơn 350 con", "350", 350, "measure", "con/phiên", "bò bình quân mỗi phiên", H1, approx="over"),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "tỷ lệ bò từ ngoài tỉnh về chợ", inherit(H1), approx="about"),
    F("dao động 78.000-85.000", "78.000", 78000, "money", "đồng/kg", "giá bò thịt hơi", value_max=85000,
      change=change("increase", 5000, "đồng/kg", "cuối năm 2023", "about")),
    F("nặng 350-400 kg", "350", 350, "measure", "kg", "trọng lượng bò lai Brahman", value_max=400, optional=True),
    F("giá 28-32 triệu", "28", 28e6, "money", "đồng", "giá một con bò lai Brahman", value_max=32e6),
    F("6-8 tháng tuổi", "6", 6, "measure", "tháng tuổi", "tuổi bê giống", value_max=8, optional=True),
    F("giá 12-15 triệu", "12", 12e6, "money", "đồng/con", "giá bê giống", value_max=15e6),
    F("phí 30.000 đồng/con", "30.000", 30000, "money", "đồng/con", "mức thu phí bò", Y24),
    F("và 10.000 đồng/con", "10.000", 10000, "money", "đồng/con", "mức thu phí bê", Y24),
    F("đạt 512 triệu đồng", "512", 512e6, "money", "đồng", "tổng tiền phí thu được", H1b, percent=54),
    F("bố trí 3 cán bộ", "3", 3, "count", "cán bộ", "cán bộ thú y thường trực tại chợ"),
    F("lâm sàng 100% số bò", "100", 100, "percent", "%", "tỷ lệ bò được kiểm tra lâm sàng trước khi xuất chợ"),
    F("cấp 1.245 giấy", "1.245", 1245, "count", "giấy chứng nhận kiểm dịch", "giấy chứng nhận kiểm dịch được cấp", YTD),
    F("cho 15.870 con", "15.870", 15870, "count", "con", "bò vận chuyển ra ngoài huyện được kiểm dịch", YTD),
    F("cho 2.300 con", "2.300", 2300, "count", "con", "bò được tiêm phòng viêm da nổi cục", YTD),
    F("lên 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích chợ mở rộng", T25, status="target"),
    F("chứa được 200 con", "200", 200, "count", "con", "sức chứa khu cách ly", T25, status="target"),
]

make("p1087-2", TEXT, FIGS, published="2024-07-15", location="Định Quán", notes=[
    "Định Quán district portal (Đồng Nai): chợ bò Túc Trưng, first half of 2024 (sessions, heads, prices, fees, veterinary checks).",
    "Distractors: Thứ Hai dateline and 10:20, thứ Ba/thứ Sáu (weekdays), Quốc lộ 20. Source provinces (Bình Phước ...) are not locations.",
    "'Từ đầu năm đến nay' ends at the dateline. The example cow's weight and the calves' age are optional (a specification).",
])
