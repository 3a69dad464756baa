"""p1031-5: Party newspaper (Báo Thanh Hóa), huyện Thiệu Hóa, straw burning down, byline and bare date at the end."""
from lib import F, P, C, T, I, write

TEXT = """Thiệu Hóa: Rơm rạ thành hàng hóa, khói đốt đồng giảm rõ rệt

Vụ Chiêm xuân năm nay, huyện Thiệu Hóa gieo cấy 7.450 ha lúa, sản lượng rơm rạ khoảng 41.000 tấn. Nhờ đẩy mạnh thu gom, đến hết tháng 6 đã có khoảng 29.500 tấn rơm được cuộn, thu gom, đạt 72%; số điểm đốt rơm trên đồng giảm khoảng 60% so với vụ trước.

Tại xã Thiệu Long, Hợp tác xã dịch vụ nông nghiệp đầu tư 3 máy cuộn rơm trị giá gần 1,2 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 40%. Mỗi ngày, một máy cuộn được 8-10 ha, tương đương 600-700 cuộn. Anh Lê Văn Năm, tổ trưởng tổ cuộn rơm, cho biết từ đầu vụ đến nay tổ đã cuộn hơn 52.000 cuộn, bán cho các trang trại bò sữa ở Nông Cống, Như Thanh với giá 18.000 đồng/cuộn.

Theo Phòng Nông nghiệp và PTNT huyện, năm 2023 huyện nhận 27 phản ánh qua đường dây nóng về khói đốt rơm gây mất an toàn giao thông trên Quốc lộ 45 và ảnh hưởng khu dân cư; 6 tháng đầu năm 2024, con số này giảm còn 9 phản ánh. Huyện đã xử phạt 4 trường hợp với tổng số tiền 6 triệu đồng.

Toàn huyện hiện có 215 hộ trồng nấm rơm, mỗi năm sử dụng khoảng 3.800 tấn rơm. Huyện đặt mục tiêu đến năm 2025 thu gom trên 80% lượng rơm rạ sau thu hoạch và phát triển thêm 5 tổ hợp tác trồng nấm, hình thành chuỗi liên kết tiêu thụ rơm với các trang trại chăn nuôi trong tỉnh.

QUỐC HƯƠNG
02/07/2024
"""

TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gieo cấy 7.450 ha lúa", "7.450", 7450, "measure", "ha", "diện tích lúa gieo cấy vụ Chiêm xuân"),
    F("khoảng 41.000 tấn", "41.000", 41000, "measure", "tấn", "sản lượng rơm rạ", approx="about"),
    F("khoảng 29.500 tấn", "29.500", 29500, "measure", "tấn", "rơm được cuộn, thu gom", approx="about",
      percent=72, period=P("đến hết tháng 6", None, "2024-06-30")),
    F("giảm khoảng 60%", "60", 60, "percent", "%", "số điểm đốt rơm trên đồng giảm", approx="about"),
    F("đầu tư 3 máy cuộn rơm", "3", 3, "count", "máy cuộn rơm", "máy cuộn rơm hợp tác xã đầu tư"),
    F("gần 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "trị giá máy cuộn rơm", approx="nearly"),
    F("hỗ trợ 40%", "40", 40, "percent", "%", "ngân sách tỉnh hỗ trợ"),
    F("được 8-10 ha", "8", 8, "measure", "ha", "diện tích một máy cuộn mỗi ngày", value_max=10),
    F("600-700 cuộn", "600", 600, "count", "cuộn", "rơm một máy cuộn mỗi ngày", value_max=700),
    F("hơn 52.000 cuộn", "52.000", 52000, "count", "cuộn", "rơm tổ cuộn rơm đã cuộn", approx="over",
      period=P("từ đầu vụ đến nay", None, "2024-07-02")),
    F("18.000 đồng/cuộn", "18.000", 18000, "money", "đồng/cuộn", "giá bán rơm cuộn"),
    F("27 phản ánh", "27", 27, "count", "phản ánh", "phản ánh qua đường dây nóng về khói đốt rơm",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("còn 9 phản ánh", "9", 9, "count", "phản ánh", "phản ánh qua đường dây nóng về khói đốt rơm",
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("xử phạt 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp đốt rơm bị xử phạt"),
    F("6 triệu đồng", "6", 6000000, "money", "đồng", "tiền xử phạt"),
    F("215 hộ", "215", 215, "count", "hộ", "hộ trồng nấm rơm"),
    F("khoảng 3.800 tấn", "3.800", 3800, "measure", "tấn", "rơm sử dụng trồng nấm mỗi năm", approx="about"),
    F("trên 80%", "80", 80, "percent", "%", "lượng rơm rạ sau thu hoạch được thu gom", approx="over",
      status="target", period=TO25),
    F("thêm 5 tổ hợp tác", "5", 5, "count", "tổ hợp tác", "tổ hợp tác trồng nấm phát triển thêm",
      status="target", period=TO25),
]

NOTES = [
    "Báo Thanh Hóa: huyện Thiệu Hóa, thu gom rơm rạ vụ Chiêm xuân 2024; byline 'QUỐC HƯƠNG' and bare date '02/07/2024' at the end.",
    "Location: Thiệu Hóa throughout (the commune xã Thiệu Long lies in it; the buyers in Nông Cống, Như Thanh are not the place of the price).",
    "Not figures: 'Quốc lộ 45', the name 'Lê Văn Năm', the date. 'vụ Chiêm xuân năm nay', 'vụ trước', 'mỗi năm', 'Mỗi ngày' are no calendar",
    "periods; 'đến hết tháng 6' takes 2024 from the published date (as-of 30/6); 'từ đầu vụ đến nay' ends at the published date.",
    "'giảm khoảng 60% so với vụ trước' has no base amount: a percent figure. 'tương đương 600-700 cuộn' restates the daily output: own figure.",
    "'6 tháng đầu năm 2024, con số này giảm còn 9 phản ánh': no change value is stated (only the new level).",
]

write("p1031-5", TEXT, FIGS, NOTES, published="2024-07-02", location="Thiệu Hóa")
