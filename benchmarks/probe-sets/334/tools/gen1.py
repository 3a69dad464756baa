from lib import F, P, Y, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ » Tin tức » Kinh tế

Bắc Giang: Tổng doanh thu từ vải thiều năm 2024 đạt trên 6.000 tỷ đồng
Cập nhật: 12/08/2024 15:20 | Lượt xem: 3.214

(BGP) - Chiều 10/8, UBND tỉnh tổ chức hội nghị tổng kết công tác tiêu thụ vải thiều năm 2024. Theo báo cáo, năm nay toàn tỉnh có 28.800 ha vải thiều, tổng sản lượng đạt khoảng 200.000 tấn, tăng 8,2% so với năm 2023. Trong đó, huyện Lục Ngạn có 16.900 ha, sản lượng 102.000 tấn, chiếm 51% sản lượng toàn tỉnh.

Diện tích vải sản xuất theo tiêu chuẩn VietGAP đạt 17.200 ha; diện tích đạt tiêu chuẩn GlobalGAP là 338 ha, tập trung tại các huyện Lục Ngạn, Tân Yên và Lục Nam. Toàn tỉnh duy trì 196 mã số vùng trồng vải thiều với diện tích hơn 15.000 ha phục vụ xuất khẩu.

Giá bán bình quân tại vườn từ 25.000 đến 35.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với năm trước; riêng vải sớm đầu vụ có giá 60.000 đồng/kg. Tổng doanh thu từ vải thiều và các dịch vụ phụ trợ đạt trên 6.000 tỷ đồng, trong đó doanh thu từ vải quả khoảng 5.500 tỷ đồng.

Về thị trường, sản lượng tiêu thụ nội địa chiếm khoảng 55%; xuất khẩu 90.000 tấn, chiếm 45%. Trung Quốc vẫn là thị trường lớn nhất với 84.200 tấn; các thị trường khác gồm Nhật Bản 1.100 tấn, Mỹ 650 tấn, EU 2.300 tấn, Úc 120 tấn...

Năm 2025, tỉnh phấn đấu nâng diện tích vải thiều đạt tiêu chuẩn VietGAP lên 18.000 ha, xuất khẩu trên 100.000 tấn. Thông tin liên hệ: Sở Công Thương Bắc Giang, số 50 đường Nguyễn Văn Cừ, điện thoại 0204.3854.201.

Minh Hương
"""

NN = Y(2024, "năm nay")
NNi = Y(2024, "năm nay", inh=True)
EXP = "sản lượng vải thiều xuất khẩu sang "

FIGS = [
    F("năm 2024 đạt trên 6.000 tỷ đồng", "6.000", 6e12, "money", "đồng",
      "tổng doanh thu từ vải thiều", Y(2024), approx="over"),
    F("có 28.800 ha vải thiều", "28.800", 28800, "measure", "ha", "diện tích vải thiều", NN),
    F("khoảng 200.000 tấn", "200.000", 200000, "measure", "tấn", "tổng sản lượng vải thiều", NN,
      approx="about", change=CH("increase", 8.2, baseline="năm 2023")),
    F("Lục Ngạn có 16.900 ha", "16.900", 16900, "measure", "ha", "diện tích vải thiều", NNi,
      total=28800, location="Lục Ngạn"),
    F("sản lượng 102.000 tấn", "102.000", 102000, "measure", "tấn", "sản lượng vải thiều", NNi,
      total=200000, percent=51, location="Lục Ngạn"),
    F("VietGAP đạt 17.200 ha", "17.200", 17200, "measure", "ha",
      "diện tích vải sản xuất theo tiêu chuẩn VietGAP", NNi),
    F("GlobalGAP là 338 ha", "338", 338, "measure", "ha", "diện tích đạt tiêu chuẩn GlobalGAP", NNi),
    F("duy trì 196 mã số", "196", 196, "count", "mã số vùng trồng", "mã số vùng trồng vải thiều", NNi),
    F("hơn 15.000 ha", "15.000", 15000, "measure", "ha",
      "diện tích mã số vùng trồng vải thiều phục vụ xuất khẩu", NNi, approx="over"),
    F("từ 25.000 đến 35.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá bán bình quân tại vườn", NNi,
      value_max=35000, change=CH("increase", 5000, "đồng/kg", "năm trước", approx="about")),
    F("có giá 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá vải sớm đầu vụ", NNi),
    F("đạt trên 6.000 tỷ đồng, trong đó", "6.000", 6e12, "money", "đồng",
      "tổng doanh thu từ vải thiều và các dịch vụ phụ trợ", NNi, approx="over"),
    F("khoảng 5.500 tỷ đồng", "5.500", 5.5e12, "money", "đồng", "doanh thu từ vải quả", NNi,
      approx="about", total=6e12),
    F("chiếm khoảng 55%", "55", 55, "percent", "%", "sản lượng tiêu thụ nội địa", NNi, approx="about"),
    F("xuất khẩu 90.000 tấn", "90.000", 90000, "measure", "tấn", "sản lượng vải thiều xuất khẩu", NNi,
      percent=45),
    F("với 84.200 tấn", "84.200", 84200, "measure", "tấn", EXP + "Trung Quốc", NNi),
    F("Nhật Bản 1.100 tấn", "1.100", 1100, "measure", "tấn", EXP + "Nhật Bản", NNi),
    F("Mỹ 650 tấn", "650", 650, "measure", "tấn", EXP + "Mỹ", NNi),
    F("EU 2.300 tấn", "2.300", 2300, "measure", "tấn", EXP + "EU", NNi),
    F("Úc 120 tấn", "120", 120, "measure", "tấn", EXP + "Úc", NNi),
    F("lên 18.000 ha", "18.000", 18000, "measure", "ha", "diện tích vải thiều đạt tiêu chuẩn VietGAP",
      Y(2025), status="target"),
    F("trên 100.000 tấn", "100.000", 100000, "measure", "tấn", "sản lượng vải thiều xuất khẩu", Y(2025),
      approx="over", status="target"),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Bắc Giang): tổng kết tiêu thụ vải thiều 2024. 'Cập nhật: 12/08/2024 15:20 | Lượt xem: 3.214'.",
    "'năm nay' = 2024 (dateline and the conference sentence). Headline and body both state 'trên 6.000 tỷ đồng' (two figures, one each).",
    "'Trong đó, huyện Lục Ngạn có 16.900 ha, sản lượng 102.000 tấn' gives totals 28.800 ha and 200.000 tấn; 'chiếm 51%' is the share of 102.000.",
    "'cao hơn khoảng 5.000 đồng/kg so với năm trước' is the change of the price range. Trade partners (Trung Quốc, Nhật Bản, EU...) stay in subject;",
    "location Bắc Giang. '...gồm Nhật Bản 1.100 tấn ...' has no stated whole, so no total. Distractors: 'Chiều 10/8', address 'số 50', phone, view counter.",
]

emit("p334-1", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Bắc Giang")
