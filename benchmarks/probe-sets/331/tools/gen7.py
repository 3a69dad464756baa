from lib import F, P, emit

TEXT = """Kon Plông: Tiền dịch vụ môi trường rừng giúp người dân gắn bó với rừng

Huyện Kon Plông hiện có 86.412 ha rừng, tỷ lệ che phủ đạt 72,6%, cao nhất tỉnh Kon Tum. Tính đến ngày 30/9/2024, trên địa bàn huyện có 74.520 ha rừng được chi trả tiền dịch vụ môi trường rừng (DVMTR), trong đó 28.640 ha giao cho UBND 9 xã quản lý và 19.315 ha do 1.472 hộ đồng bào dân tộc thiểu số nhận khoán bảo vệ.

9 tháng năm 2024, các chủ rừng trên địa bàn huyện nhận 38,2 tỷ đồng, tăng 4,1 tỷ đồng so với cùng kỳ. Đơn giá chi trả tại lưu vực thủy điện Thượng Kon Tum đạt 685.000 đồng/ha, lưu vực sông Đăk Snghé khoảng 410.000 đồng/ha. Theo Phòng Nông nghiệp và PTNT huyện, mỗi hộ nhận khoán được nhận bình quân từ 8 đến 12 triệu đồng/năm, có hộ nhận tới 25 triệu đồng.

Từ năm 2020 đến nay, các xã Măng Cành, Đăk Long, Hiếu đã trích hơn 2,6 tỷ đồng từ tiền DVMTR để hỗ trợ 146 tổ bảo vệ rừng thôn, làng mua sắm trang thiết bị tuần tra. Nhờ đó, số vụ vi phạm lâm luật trên địa bàn giảm từ 37 vụ (năm 2019) xuống còn 11 vụ năm 2023; diện tích rừng bị thiệt hại giảm gần 80%.

Anh A Phi, Tổ trưởng tổ bảo vệ rừng làng Kon Chênh (xã Măng Cành) cho biết, tổ có 12 thành viên, mỗi tháng tuần tra 4 lần, mỗi lần từ 2 đến 3 ngày.

Huyện đặt mục tiêu đến năm 2025 duy trì tỷ lệ che phủ rừng trên 72%; phấn đấu 100% diện tích rừng được chi trả DVMTR có hợp đồng, cam kết bảo vệ.

Cổng Thông tin điện tử huyện Kon Plông - Địa chỉ: Tổ dân phố 3, thị trấn Măng Đen. Điện thoại: 0260.3505.018.
"""

AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SINCE = P("Từ năm 2020 đến nay", "2020-01-01", None)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hiện có 86.412 ha", "86.412", 86412, "measure", "ha", "diện tích rừng"),
    F("đạt 72,6%", "72,6", 72.6, "percent", "%", "tỷ lệ che phủ rừng"),
    F("có 74.520 ha", "74.520", 74520, "measure", "ha", "diện tích rừng được chi trả tiền dịch vụ môi trường rừng", AS),
    F("đó 28.640 ha", "28.640", 28640, "measure", "ha", "diện tích rừng giao cho UBND xã quản lý", AS, total=74520),
    F("UBND 9 xã", "9", 9, "count", "xã", "xã được giao quản lý rừng", AS),
    F("và 19.315 ha", "19.315", 19315, "measure", "ha", "diện tích rừng hộ đồng bào dân tộc thiểu số nhận khoán bảo vệ", AS, total=74520),
    F("do 1.472 hộ", "1.472", 1472, "count", "hộ", "hộ đồng bào dân tộc thiểu số nhận khoán bảo vệ rừng", AS),
    F("nhận 38,2 tỷ đồng", "38,2", 38.2e9, "money", "đồng", "tiền DVMTR các chủ rừng nhận", M9,
      change={"direction": "increase", "value": 4.1e9, "unit": "đồng", "baseline": "cùng kỳ"}),
    F("đạt 685.000 đồng/ha", "685.000", 685000, "money", "đồng/ha", "đơn giá chi trả DVMTR lưu vực thủy điện Thượng Kon Tum",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)),
    F("khoảng 410.000 đồng/ha", "410.000", 410000, "money", "đồng/ha", "đơn giá chi trả DVMTR lưu vực sông Đăk Snghé",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True), approx="about"),
    F("từ 8 đến 12 triệu đồng/năm", "8", 8e6, "money", "đồng/năm", "tiền DVMTR bình quân mỗi hộ nhận khoán nhận", value_max=12e6, _mult=1e6),
    F("tới 25 triệu đồng", "25", 25e6, "money", "đồng", "tiền DVMTR hộ nhận cao nhất"),
    F("hơn 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "tiền DVMTR các xã trích hỗ trợ tổ bảo vệ rừng", SINCE, approx="over"),
    F("hỗ trợ 146 tổ", "146", 146, "count", "tổ bảo vệ rừng", "tổ bảo vệ rừng thôn, làng được hỗ trợ", SINCE),
    F("từ 37 vụ", "37", 37, "count", "vụ", "số vụ vi phạm lâm luật", P("năm 2019", "2019-01-01", "2019-12-31")),
    F("còn 11 vụ", "11", 11, "count", "vụ", "số vụ vi phạm lâm luật", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("giảm gần 80%", "80", 80, "percent", "%", "mức giảm diện tích rừng bị thiệt hại", approx="nearly"),
    F("có 12 thành viên", "12", 12, "count", "thành viên", "thành viên tổ bảo vệ rừng làng Kon Chênh"),
    F("tuần tra 4 lần", "4", 4, "count", "lần", "số lần tuần tra mỗi tháng"),
    F("từ 2 đến 3 ngày", "2", 2, "measure", "ngày", "thời gian mỗi lần tuần tra", value_max=3),
    F("trên 72%", "72", 72, "percent", "%", "tỷ lệ che phủ rừng", T25, approx="over", status="target"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỷ lệ diện tích rừng được chi trả DVMTR có hợp đồng, cam kết bảo vệ", T25, status="target"),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Kon Plông, Kon Tum), no date anywhere: published null. PFES in a highland district: areas as of 30/9/2024, 9-month payments, local effects.",
    "'hiện có' figures carry no period. 'trong đó' after 74.520 ha: 28.640 ha and 19.315 ha (same unit, same date) take it as total; '9 xã' and '1.472 hộ' are counts of their own.",
    "'tăng 4,1 tỷ đồng so với cùng kỳ' is the change of 38,2 tỷ (value in đồng). The unit prices take '9 tháng năm 2024' from the previous sentence (inherited).",
    "'Từ năm 2020 đến nay' with no published date: start 2020-01-01, end null. 'giảm từ 37 vụ (năm 2019) xuống còn 11 vụ năm 2023': two counts, each with its own year,",
    "no change object ('còn' states the new level). 'giảm gần 80%' stands alone as the claim: a percent figure (a rate of decrease).",
    "Patrol details (12 members, 4 times a month, 2-3 days) are facts stated by the team leader: figures (location Kon Plông).",
    "Distractors: 'Tổ dân phố 3' (address), phone 0260.3505.018, 'cao nhất tỉnh Kon Tum' (no number). 'đến năm 2025 … trên 72%', 'phấn đấu 100%': targets.",
    "revised after the first run: subjects of figures in a sentence that spells out 'dịch vụ môi trường rừng (DVMTR)' use the spelled-out words (as the sentence names it).",
]

emit("p331-7", TEXT, COMMENTS, FIGS, published=None, location="Kon Plông")
