"""p949-1: Cà Mau province portal, dry-season fire risk in cajuput forests (12/03/2024)."""
from lib import F, period, change, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cà Mau: Hơn 21.000 ha rừng tràm ở cấp cháy nguy hiểm và cực kỳ nguy hiểm
Cập nhật: 12/03/2024 09:45 | Lượt xem: 2.317

Theo Chi cục Kiểm lâm tỉnh, toàn tỉnh hiện có 34.562 ha rừng tràm, trong đó rừng đặc dụng 15.390 ha, rừng phòng hộ 4.210 ha và rừng sản xuất 14.962 ha. Tính đến ngày 10/3/2024, có 21.850 ha rừng tràm được dự báo ở cấp IV và cấp V, chiếm 63,2% diện tích rừng tràm của tỉnh, tập trung tại các huyện U Minh (12.400 ha), Trần Văn Thời (7.150 ha) và Thới Bình (2.300 ha).

Để chủ động ứng phó, tỉnh đã kiện toàn 142 tổ, đội phòng cháy, chữa cháy rừng (PCCCR) với hơn 2.600 người tham gia; bố trí 186 chòi canh lửa, trong đó 38 chòi được lắp camera giám sát. Các chủ rừng đã đắp 96 km bờ bao, nạo vét 214 km kênh mương để giữ nước; mực nước bình quân trong các lâm phần hiện ở mức 0,45 m, thấp hơn khoảng 0,2 m so với cùng kỳ năm 2023.

Tổng kinh phí cho công tác PCCCR mùa khô 2023-2024 là 18,6 tỷ đồng, tăng 12% so với mùa khô trước; trong đó ngân sách tỉnh bố trí 11,2 tỷ đồng. Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 3 vụ cháy rừng, diện tích thiệt hại khoảng 1,8 ha, giảm 5 vụ so với cùng kỳ.

Phó Chủ tịch UBND tỉnh Trần Văn Tám yêu cầu các địa phương thực hiện nghiêm Chỉ thị số 04/CT-UBND ngày 15/12/2023 của UBND tỉnh, duy trì lực lượng trực 24/24 giờ tại các điểm có nguy cơ cao, phấn đấu giữ diện tích rừng bị cháy trong cả mùa khô dưới 5 ha. Người dân phát hiện cháy rừng báo ngay qua đường dây nóng 0290.3831.114.
"""

ASOF = period("Tính đến ngày 10/3/2024", None, "2024-03-10")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-03-12")
RISK = "diện tích rừng tràm được dự báo ở cấp IV và cấp V"

FIGS = [
    F("Hơn 21.000 ha rừng tràm", "21.000", 21000, "measure", "ha", approx="over",
      subject="rừng tràm ở cấp cháy nguy hiểm và cực kỳ nguy hiểm"),
    F("hiện có 34.562 ha", "34.562", 34562, "measure", "ha", subject="diện tích rừng tràm"),
    F("rừng đặc dụng 15.390 ha", "15.390", 15390, "measure", "ha", total=34562,
      subject="rừng tràm đặc dụng"),
    F("rừng phòng hộ 4.210 ha", "4.210", 4210, "measure", "ha", total=34562,
      subject="rừng tràm phòng hộ"),
    F("rừng sản xuất 14.962 ha", "14.962", 14962, "measure", "ha", total=34562,
      subject="rừng tràm sản xuất"),
    F("có 21.850 ha", "21.850", 21850, "measure", "ha", percent=63.2, status="forecast", subject=RISK,
      period=ASOF),
    F("U Minh (12.400 ha)", "12.400", 12400, "measure", "ha", total=21850, subject=RISK,
      period=ASOF, location="U Minh", status="forecast"),
    F("Trần Văn Thời (7.150 ha)", "7.150", 7150, "measure", "ha", total=21850, subject=RISK,
      period=ASOF, location="Trần Văn Thời", status="forecast"),
    F("Thới Bình (2.300 ha)", "2.300", 2300, "measure", "ha", total=21850, subject=RISK,
      period=ASOF, location="Thới Bình", status="forecast"),
    F("kiện toàn 142 tổ, đội", "142", 142, "count", "tổ, đội",
      subject="tổ, đội phòng cháy, chữa cháy rừng"),
    F("hơn 2.600 người", "2.600", 2600, "count", "người", approx="over",
      subject="người tham gia tổ, đội PCCCR"),
    F("bố trí 186 chòi canh lửa", "186", 186, "count", "chòi canh lửa", subject="chòi canh lửa"),
    F("trong đó 38 chòi", "38", 38, "count", "chòi", total=186,
      subject="chòi canh được lắp camera giám sát"),
    F("đắp 96 km bờ bao", "96", 96, "measure", "km", subject="bờ bao các chủ rừng đã đắp"),
    F("nạo vét 214 km", "214", 214, "measure", "km", subject="kênh mương nạo vét để giữ nước"),
    F("ở mức 0,45 m", "0,45", 0.45, "measure", "m",
      change=change("decrease", 0.2, "m", "cùng kỳ năm 2023", approx="about"),
      subject="mực nước bình quân trong các lâm phần"),
    F("là 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng",
      change=change("increase", 12, "%", "mùa khô trước"),
      subject="tổng kinh phí cho công tác PCCCR"),
    F("bố trí 11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", total=18.6e9,
      subject="kinh phí PCCCR ngân sách tỉnh bố trí"),
    F("xảy ra 3 vụ cháy rừng", "3", 3, "count", "vụ",
      change=change("decrease", 5, "vụ", "cùng kỳ"), subject="vụ cháy rừng", period=YTD),
    F("khoảng 1,8 ha", "1,8", 1.8, "measure", "ha", approx="about",
      subject="diện tích rừng thiệt hại do cháy", period=YTD),
    F("trực 24/24 giờ", "24", 24, "measure", "giờ", total=24, optional=True),
    F("dưới 5 ha", "5", 5, "measure", "ha", approx="under", status="target",
      subject="diện tích rừng bị cháy trong cả mùa khô"),
]

NOTES = [
    "Cổng TTĐT tỉnh Cà Mau: hơn 21.000 ha rừng tràm ở cấp cháy IV-V, lực lượng, giữ nước, kinh phí mùa khô 2023-2024.",
    "Distractors: 'Cập nhật: 12/03/2024 09:45', 'Lượt xem: 2.317', 'cấp IV và cấp V' (levels), 'Chỉ thị số 04/CT-UBND',",
    "'15/12/2023', 'Trần Văn Tám' (a name), hotline '0290.3831.114', 'mùa khô 2023-2024' (a season label).",
    "'mùa khô 2023-2024', 'mùa khô trước', 'cả mùa khô' give no period (a season without stated dates); 'hiện' gives none.",
    "The bracketed district list adds up to 21.850 ha (12.400 + 7.150 + 2.300), so it carries that total.",
    "'trực 24/24 giờ' (round the clock) is optional.",
    "revised after the first run: 21.850 ha and its three district parts made status forecast ('được dự báo ở cấp IV và cấp V':",
    "the spec's cue 'dự báo' governs the clause; p949-4 marks the same construction forecast). No other change.",
]

write("p949-1", TEXT, NOTES, FIGS, published="2024-03-12", location="Cà Mau")
