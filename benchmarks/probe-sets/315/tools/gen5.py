from lib import F, P, C, T, write

TEXT = """Lào Cai: Cảnh báo nguy cơ sạt lở đất tại hơn 1.200 hộ dân
THANH HÀ
06:45, 10/09/2024

(BLC) - Sau hoàn lưu cơn bão số 3 (Yagi), Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Lào Cai đã phát đi 46 bản tin cảnh báo lũ quét, sạt lở đất, gấp 2,5 lần so với cả mùa mưa năm 2023.

Qua rà soát, toàn tỉnh có 1.236 hộ với gần 5,1 nghìn nhân khẩu đang sinh sống tại 187 điểm có nguy cơ sạt lở cao, tập trung ở các huyện Bát Xát (312 hộ), Văn Bàn (276 hộ), Bảo Yên (198 hộ) và thị xã Sa Pa (154 hộ). Đến ngày 9/9, các địa phương đã sơ tán khẩn cấp 873 hộ, chiếm 70,6% số hộ trong vùng nguy hiểm.

Theo Đài Khí tượng Thủy văn tỉnh, từ ngày 6 đến ngày 9/9, lượng mưa phổ biến từ 150 đến 250 mm, có nơi trên 400 mm như xã Y Tý (Bát Xát) với 468 mm. Hiện nhiều khu vực đất đã bão hòa, nguy cơ sạt lở vẫn rất cao trong 24 giờ tới.

Ngày 9/9, UBND tỉnh đã xuất 15 tỷ đồng từ ngân sách dự phòng để hỗ trợ khẩn cấp các hộ bị thiệt hại; mỗi hộ có nhà bị sập, trôi hoàn toàn được hỗ trợ 50 triệu đồng. Tỉnh dự kiến xây dựng 4 khu tái định cư tập trung cho khoảng 420 hộ với tổng kinh phí 380 tỷ đồng.

Trên Tỉnh lộ 152 đoạn qua huyện Bát Xát, khối lượng đất đá sạt lở khoảng 3.500 m3, lực lượng chức năng đã huy động 12 máy xúc thông xe tạm. Người dân cần hỗ trợ liên hệ đường dây nóng 0214.3840.115 hoặc Trung tâm chỉ huy Công an tỉnh qua số 113.
"""

PR = P("từ ngày 6 đến ngày 9/9", "2024-09-06", "2024-09-09")
L = "hộ sinh sống tại điểm có nguy cơ sạt lở cao"
FIGS = [
    F("hơn 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ dân có nguy cơ sạt lở đất", approx="over"),
    F("đi 46 bản tin", "46", 46, "count", "bản tin", "bản tin cảnh báo lũ quét, sạt lở đất",
      change=C("increase", 2.5, "lần", "cả mùa mưa năm 2023")),
    F("có 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ đang sinh sống tại điểm có nguy cơ sạt lở cao"),
    F("gần 5,1 nghìn nhân khẩu", "5,1", 5100, "count", "nhân khẩu", "nhân khẩu đang sinh sống tại điểm có nguy cơ sạt lở cao", approx="nearly"),
    F("tại 187 điểm", "187", 187, "count", "điểm", "điểm có nguy cơ sạt lở cao"),
    F("Bát Xát (312 hộ)", "312", 312, "count", "hộ", L, location="Bát Xát"),
    F("Văn Bàn (276 hộ)", "276", 276, "count", "hộ", L, location="Văn Bàn"),
    F("Bảo Yên (198 hộ)", "198", 198, "count", "hộ", L, location="Bảo Yên"),
    F("Sa Pa (154 hộ)", "154", 154, "count", "hộ", L, location="Sa Pa"),
    F("khẩn cấp 873 hộ", "873", 873, "count", "hộ", "hộ sơ tán khẩn cấp", percent=70.6,
      period=P("Đến ngày 9/9", None, "2024-09-09")),
    F("từ 150 đến 250 mm", "150", 150, "measure", "mm", "lượng mưa phổ biến", value_max=250, period=PR),
    F("trên 400 mm", "400", 400, "measure", "mm", "lượng mưa", approx="over", period=PR),
    F("với 468 mm", "468", 468, "measure", "mm", "lượng mưa", location="Bát Xát", period=PR),
    F("xuất 15 tỷ đồng", "15", 15e9, "money", "đồng", "ngân sách dự phòng hỗ trợ khẩn cấp các hộ bị thiệt hại"),
    F("hỗ trợ 50 triệu đồng", "50", 50e6, "money", "đồng", "hỗ trợ mỗi hộ có nhà bị sập, trôi hoàn toàn"),
    F("dựng 4 khu", "4", 4, "count", "khu tái định cư", "khu tái định cư tập trung", status="forecast"),
    F("khoảng 420 hộ", "420", 420, "count", "hộ", "hộ được bố trí tái định cư", approx="about", status="forecast"),
    F("phí 380 tỷ đồng", "380", 380e9, "money", "đồng", "tổng kinh phí xây dựng khu tái định cư", status="forecast"),
    F("khoảng 3.500 m3", "3.500", 3500, "measure", "m3", "khối lượng đất đá sạt lở", approx="about", location="Bát Xát"),
    F("huy động 12 máy xúc", "12", 12, "count", "máy xúc", "máy xúc huy động thông xe", location="Bát Xát"),
]
HEADER = [
    "Báo Lào Cai (Party newspaper, tag '(BLC)'): landslide warnings after storm Yagi. Byline 'THANH HÀ' then '06:45, 10/09/2024'.",
    "Distractors: 'cơn bão số 3' (storm name), 'Tỉnh lộ 152' (road name), phones 0214.3840.115 and '113', dates 6–9/9, 'trong 24 giờ tới'",
    "(a horizon that only locates the forecast, not a figure). 'gấp 2,5 lần so với …' after 46 bản tin is its change (unit lần).",
    "District list items (Bát Xát …, thị xã Sa Pa): location the district, no total (no cue). 873 hộ carries 'chiếm 70,6%' as percent.",
    "'Ngày 9/9' is the date of the decision (no period given). 'Tỉnh dự kiến …' → forecast for 4 khu, 420 hộ, 380 tỷ. 'xã Y Tý (Bát Xát)' → Bát Xát.",
]
write("p315-5", TEXT, HEADER, FIGS, published="2024-09-10", location="Lào Cai")
