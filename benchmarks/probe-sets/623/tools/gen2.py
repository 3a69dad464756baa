"""p623-2: huyện Cờ Đỏ (Cần Thơ) district portal, straw rolling and straw mushrooms, Q1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỜ ĐỎ - THÀNH PHỐ CẦN THƠ
Trang chủ » Kinh tế » Nông nghiệp

Quý I/2024, nông dân Cờ Đỏ cuộn hơn 1,2 triệu cuộn rơm

Thứ Năm, 18/04/2024 - 14:20

Vụ lúa đông xuân 2023-2024, toàn huyện xuống giống 36.420 ha và đã thu hoạch dứt điểm. Sau thu hoạch, dịch vụ cuộn rơm phát triển mạnh với 148 máy cuộn rơm hoạt động, tăng 23 máy so với vụ đông xuân năm trước.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, trong quý I, lượng rơm được thu gom ước đạt 108.000 tấn, chiếm khoảng 45% lượng rơm phát sinh. Mỗi cuộn rơm nặng từ 15 đến 20 kg, giá bán tại ruộng dao động 18.000-25.000 đồng/cuộn; bình quân mỗi ha lúa nông dân có thêm từ 1 đến 1,5 triệu đồng nhờ bán rơm.

Ngoài bán rơm, nhiều hộ tận dụng rơm để trồng nấm rơm. Toàn huyện hiện có 412 hộ trồng nấm rơm với khoảng 1.050 mô nấm. Trong số này, các xã Thới Xuân, Trung An và Đông Thắng lần lượt có 96, 84 và 71 hộ. Sản lượng nấm rơm quý I đạt 286 tấn. Giá nấm tươi hiện từ 45.000 đến 60.000 đồng/kg; trừ chi phí, mỗi mô nấm lãi 2-3 triệu đồng.

Huyện đã thành lập 3 tổ hợp tác thu gom rơm và 1 hợp tác xã dịch vụ nấm rơm với 35 thành viên. Năm 2024, huyện phấn đấu thu gom 70% lượng rơm sau thu hoạch, hạn chế đốt rơm ngoài đồng.

Ngọc Hân (Trung tâm Văn hóa - Thông tin - Thể thao huyện)

Địa chỉ: Đường tỉnh 921, ấp Thới Hòa A, thị trấn Cờ Đỏ. ĐT: 0292.3866.021
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("quý I", "2024-01-01", "2024-03-31")

FIGS = [
    F("hơn 1,2 triệu cuộn rơm", "1,2", 1.2e6, "count", "cuộn rơm", "cuộn rơm", Q1, approx="over"),
    F("xuống giống 36.420 ha", "36.420", 36420, "measure", "ha", "diện tích lúa đông xuân xuống giống"),
    F("với 148 máy cuộn rơm", "148", 148, "count", "máy cuộn rơm", "máy cuộn rơm hoạt động",
      change=CH("increase", 23, "máy", baseline="vụ đông xuân năm trước")),
    F("ước đạt 108.000 tấn", "108.000", 108000, "measure", "tấn", "lượng rơm được thu gom", Q1b,
      percent=45, status="estimate"),
    F("từ 15 đến 20 kg", "15", 15, "measure", "kg", "khối lượng mỗi cuộn rơm", value_max=20),
    F("18.000-25.000 đồng/cuộn", "18.000", 18000, "money", "đồng/cuộn", "giá bán rơm cuộn tại ruộng",
      value_max=25000),
    F("từ 1 đến 1,5 triệu đồng", "1", 1e6, "money", "đồng", "thu nhập thêm từ bán rơm bình quân mỗi ha lúa",
      value_max=1.5e6),
    F("có 412 hộ", "412", 412, "count", "hộ", "hộ trồng nấm rơm"),
    F("khoảng 1.050 mô nấm", "1.050", 1050, "count", "mô nấm", "mô nấm", approx="about"),
    F("có 96, 84", "96", 96, "count", "hộ", "hộ trồng nấm rơm xã Thới Xuân", total=412),
    F("84 và 71", "84", 84, "count", "hộ", "hộ trồng nấm rơm xã Trung An", total=412),
    F("và 71 hộ", "71", 71, "count", "hộ", "hộ trồng nấm rơm xã Đông Thắng", total=412),
    F("đạt 286 tấn", "286", 286, "measure", "tấn", "sản lượng nấm rơm", Q1b),
    F("từ 45.000 đến 60.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá nấm rơm tươi", value_max=60000),
    F("lãi 2-3 triệu đồng", "2", 2e6, "money", "đồng", "lãi mỗi mô nấm", value_max=3e6),
    F("lập 3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác thu gom rơm"),
    F("và 1 hợp tác xã", "1", 1, "count", "hợp tác xã", "hợp tác xã dịch vụ nấm rơm"),
    F("với 35 thành viên", "35", 35, "count", "thành viên", "thành viên hợp tác xã dịch vụ nấm rơm"),
    F("thu gom 70%", "70", 70, "percent", "%", "tỷ lệ rơm được thu gom sau thu hoạch",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Cờ Đỏ (TP Cần Thơ): rơm cuộn và nấm rơm quý I/2024 (district portal; weekday dateline after the headline; byline at the end).",
    "Distractors: season name 'đông xuân 2023-2024' (not a range), Đường tỉnh 921, ấp Thới Hòa A, phone 0292.3866.021, dateline time.",
    "Location is the district Cờ Đỏ throughout; the three communes (xã) are not a location level in the spec, so they stay in the subject.",
    "'Trong số này, ... lần lượt có 96, 84 và 71 hộ' are parts of the 412 households (total, across a sentence break).",
    "'trong quý I' takes 2024 from the headline/dateline; 'hiện' sentences and the crop-season area get no period.",
    "'X triệu đồng' per ha / per bed written with 'mỗi' keeps unit 'đồng' (a tool's 'đồng/ha' also passes the unit prefix rule).",
]

if __name__ == "__main__":
    emit("p623-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Cờ Đỏ")
