"""p1070-2: huyện Giao Thủy (Nam Định) district portal, gia cố đê biển xung yếu (05/06/2023)."""
from lib import F, P, C, write

TEXT = """Cổng thông tin điện tử huyện Giao Thủy
Trang chủ / Tin tức - Sự kiện / Nông nghiệp - Nông thôn
Giao Thủy gia cố 3,8 km đê biển xung yếu trước mùa mưa bão
Ngày đăng: 05/06/2023 14:10

Huyện Giao Thủy có 32,4 km đê biển chạy qua 6 xã, thị trấn ven biển, trong đó có 11,5 km đê xung yếu tập trung ở các xã Giao Thiện, Giao Hương và Giao Phong.

Năm 2023, theo Quyết định số 1127/QĐ-UBND ngày 15/3/2023 của UBND tỉnh Nam Định, huyện được phân bổ 68,5 tỷ đồng để gia cố, nâng cấp 3,8 km đê biển đoạn từ K8+200 đến K12+000, cao hơn 14,2 tỷ đồng so với năm 2022. Đến ngày 31/5, các nhà thầu đã hoàn thành 2,9 km, đạt 76,3% khối lượng; phần còn lại dự kiến xong trước ngày 30/6.

Theo thiết kế, mặt đê được nâng lên cao trình +5,5 m, rộng 6 m, mái phía biển lát cấu kiện bê tông đúc sẵn, đủ sức chống chịu bão cấp 12 kết hợp triều cường tần suất 5%.

Từ đầu năm đến nay, huyện đã trồng mới 45 ha rừng ngập mặn phía ngoài đê. Hiện tổng diện tích rừng phòng hộ ven biển của huyện đạt gần 3.100 ha, tăng khoảng 1,5% so với cuối năm 2022.

Để chủ động ứng phó, Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện đã chuẩn bị 1.850 m3 đá hộc, 12.000 bao tải và 4.500 m2 vải địa kỹ thuật tại các trọng điểm; rà soát khoảng 7.600 hộ với hơn 21.000 nhân khẩu sinh sống ven đê cần sơ tán khi có bão mạnh. Tuyến Quốc lộ 37B và các trục đường xã được phân luồng phục vụ sơ tán.

Thu Hà - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Giao Thủy gia cố 3,8 km", "3,8", 3.8, "measure", "km", "đê biển xung yếu gia cố"),
    F("có 32,4 km đê biển", "32,4", 32.4, "measure", "km", "đê biển huyện Giao Thủy"),
    F("qua 6 xã", "6", 6, "count", "xã, thị trấn", "xã, thị trấn ven biển có đê biển chạy qua"),
    F("có 11,5 km đê xung yếu", "11,5", 11.5, "measure", "km", "đê xung yếu", total=32.4),
    F("phân bổ 68,5 tỷ đồng", "68,5", 68.5e9, "money", "đồng", "vốn phân bổ gia cố, nâng cấp đê biển",
      change=C("increase", 14.2e9, "đồng", "năm 2022"), period=Y23),
    F("nâng cấp 3,8 km", "3,8", 3.8, "measure", "km", "đê biển gia cố, nâng cấp", period=Y23),
    F("hoàn thành 2,9 km", "2,9", 2.9, "measure", "km", "đê biển các nhà thầu đã hoàn thành", percent=76.3,
      period=P("Đến ngày 31/5", None, "2023-05-31")),
    F("cao trình +5,5 m", "5,5", 5.5, "measure", "m", "cao trình mặt đê"),
    F("rộng 6 m", "6", 6, "measure", "m", "chiều rộng mặt đê"),
    F("bão cấp 12", "12", 12, "measure", "cấp", "cấp bão thiết kế", optional=True),
    F("tần suất 5%", "5", 5, "percent", "%", "tần suất triều cường thiết kế", optional=True),
    F("trồng mới 45 ha", "45", 45, "measure", "ha", "rừng ngập mặn trồng mới phía ngoài đê",
      period=P("Từ đầu năm đến nay", "2023-01-01", "2023-06-05")),
    F("gần 3.100 ha", "3.100", 3100, "measure", "ha", "tổng diện tích rừng phòng hộ ven biển", approx="nearly",
      change=C("increase", 1.5, "%", "cuối năm 2022", approx="about")),
    F("1.850 m3 đá hộc", "1.850", 1850, "measure", "m3", "đá hộc chuẩn bị tại các trọng điểm"),
    F("12.000 bao tải", "12.000", 12000, "count", "bao tải", "bao tải chuẩn bị tại các trọng điểm"),
    F("4.500 m2 vải", "4.500", 4500, "measure", "m2", "vải địa kỹ thuật chuẩn bị tại các trọng điểm"),
    F("khoảng 7.600 hộ", "7.600", 7600, "count", "hộ", "hộ sinh sống ven đê cần sơ tán", approx="about"),
    F("hơn 21.000 nhân khẩu", "21.000", 21000, "count", "nhân khẩu", "nhân khẩu sinh sống ven đê cần sơ tán",
      approx="over"),
]

NOTES = [
    "Cổng TTĐT huyện Giao Thủy (Nam Định), invented: gia cố đê biển xung yếu; 'Ngày đăng: 05/06/2023 14:10' gives published.",
    "Not figures: 'Quyết định số 1127/QĐ-UBND ngày 15/3/2023', chainage 'K8+200', 'K12+000', 'Quốc lộ 37B', 'ngày 30/6', '14:10'.",
    "'trong đó có 11,5 km' follows '6 xã, thị trấn' but the whole counting the same thing is 32,4 km: total 32.4.",
    "'cao hơn 14,2 tỷ đồng so với năm 2022' is the change of 68,5 tỷ across the 3,8 km clause.",
    "Design thresholds 'bão cấp 12', 'tần suất 5%' are optional; the dyke's own height/width are required measures.",
    "'Đến ngày 31/5' takes 2023 from 'Năm 2023'; 'Từ đầu năm đến nay' ends at the dateline. 'Hiện' gives no period.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-06-05", location="Giao Thủy")
