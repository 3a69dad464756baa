"""p937-6: national newspaper - giá nho xanh tại vườn Ninh Thuận cận Tết, nho mẫu đơn nhập khẩu giảm giá (1/2025)."""
from lib import F, P, I, C, T, build

TEXT = """
Kinh doanh › Hàng hóa
Chủ nhật, 12/1/2025, 07:30 (GMT+7)

Giá nho xanh tại vườn lên 40.000 đồng một kg

Cận Tết, nho xanh Ninh Thuận được thương lái mua tại vườn 35.000-40.000 đồng/kg, cao nhất trong 3 năm, trong khi nho mẫu đơn nhập khẩu liên tục giảm giá.

Ông Nguyễn Văn Sáu, chủ vườn nho 1,5 ha ở xã Phước Hậu, huyện Ninh Phước, cho biết vụ này vườn nhà ông cho khoảng 22 tấn nho xanh. Với giá bán 38.000 đồng/kg, ông thu gần 840 triệu đồng, trừ chi phí còn lãi khoảng 500 triệu đồng. "Tháng 1/2024, giá chỉ có 25.000 đồng/kg", ông nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Ninh Thuận, toàn tỉnh hiện có hơn 1.060 ha nho, trong đó nho xanh chiếm khoảng 35%. Mưa kéo dài cuối năm khiến sản lượng nho vụ Tết giảm 20-25%, trong khi nhu cầu tăng nên giá đi lên. Chi phí đầu tư 1 ha nho trong năm đầu lên tới 350-400 triệu đồng, vì vậy nhiều nhà vườn vẫn thận trọng khi mở rộng diện tích.

Ở chiều ngược lại, nho mẫu đơn (Shine Muscat) nhập từ Trung Quốc đang được bán tại các chợ, cửa hàng trái cây ở TP Hồ Chí Minh với giá 60.000-80.000 đồng/kg, giảm khoảng 50% so với đầu năm 2024.

Số liệu của Cục Hải quan cho thấy, năm 2024 cả nước nhập khẩu 72.300 tấn nho tươi, trị giá 162,4 triệu USD, tăng 11,2% so với năm trước; riêng nho từ Trung Quốc chiếm 41,5%. Theo các chuyên gia, nho trong nước cần đầu tư nhà màng, giống mới để nâng năng suất lên 30 tấn/ha thay vì 20-25 tấn/ha như hiện nay.

Việt Quốc
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NP = "Ninh Phước"
VN = "Việt Nam"

FIGS = [
    F("lên 40.000 đồng một kg", "40.000", "money", "đồng/kg", "giá nho xanh tại vườn"),
    F("vườn 35.000-40.000 đồng/kg", "35.000", "money", "đồng/kg", "giá thương lái mua nho xanh tại vườn",
      vmax=40000),
    F("vườn nho 1,5 ha", "1,5", "measure", "ha", "diện tích vườn nho của ông Nguyễn Văn Sáu", location=NP),
    F("khoảng 22 tấn", "22", "measure", "tấn", "sản lượng nho xanh vườn ông Nguyễn Văn Sáu vụ này",
      approx="about", location=NP),
    F("giá bán 38.000 đồng/kg", "38.000", "money", "đồng/kg", "giá bán nho xanh", location=NP),
    F("gần 840 triệu đồng", "840", "money", "đồng", "tiền thu từ bán nho xanh", m=1e6, approx="nearly",
      location=NP),
    F("khoảng 500 triệu đồng", "500", "money", "đồng", "lãi từ vườn nho", m=1e6, approx="about", location=NP),
    F("chỉ có 25.000 đồng/kg", "25.000", "money", "đồng/kg", "giá nho xanh",
      period=P("Tháng 1/2024", "2024-01-01", "2024-01-31"), location=NP),
    F("hơn 1.060 ha", "1.060", "measure", "ha", "diện tích nho", approx="over"),
    F("khoảng 35%", "35", "percent", "%", "tỷ trọng nho xanh trong diện tích nho", approx="about"),
    F("giảm 20-25%", "20", "percent", "%", "sản lượng nho vụ Tết", vmax=25),
    F("350-400 triệu đồng", "350", "money", "đồng/ha", "chi phí đầu tư 1 ha nho trong năm đầu", m=1e6,
      vmax=400e6),
    F("giá 60.000-80.000 đồng/kg", "60.000", "money", "đồng/kg", "giá bán nho mẫu đơn nhập từ Trung Quốc",
      vmax=80000, change=C("decrease", 50, "%", "đầu năm 2024", "about"), location="Hồ Chí Minh"),
    F("nhập khẩu 72.300 tấn", "72.300", "measure", "tấn", "nho tươi nhập khẩu", period=Y24, location=VN),
    F("trị giá 162,4 triệu USD", "162,4", "money", "USD", "trị giá nho tươi nhập khẩu", m=1e6, period=Y24,
      change=C("increase", 11.2, "%", "năm trước"), location=VN),
    F("chiếm 41,5%", "41,5", "percent", "%", "tỷ trọng nho nhập khẩu từ Trung Quốc", period=Y24, location=VN),
    F("lên 30 tấn/ha", "30", "measure", "tấn/ha", "năng suất nho trong nước", status="target", location=VN),
    F("thay vì 20-25 tấn/ha", "20", "measure", "tấn/ha", "năng suất nho trong nước hiện nay", vmax=25,
      location=VN),
]

NOTES = [
    "National newspaper (VnExpress style), Chủ nhật 12/1/2025: green-grape garden prices in Ninh Thuận before Tết, cheap imported Shine Muscat.",
    "Not figures: '07:30 (GMT+7)', 'cao nhất trong 3 năm' (a span, not a claim), '1 ha' (rate denominator), 'đầu năm 2024' (baseline).",
    "Locations: headline and lead are Ninh Thuận (the article's place); the farmer's figures take his district Ninh Phước; the Shine Muscat",
    "retail price names TP Hồ Chí Minh; customs import figures ('cả nước') and 'nho trong nước' are Việt Nam.",
    "'nâng năng suất lên 30 tấn/ha' is the experts' goal: status target. 'giảm 20-25%' (no base amount) is a percent figure.",
]

if __name__ == "__main__":
    build("p937-6", TEXT, FIGS, NOTES, published="2025-01-12", location="Ninh Thuận")
