from lib import F, P, write

TEXT = """BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN
Chính trị > Quốc phòng - An ninh
Thứ Hai, 21/10/2024 | 16:40

Gần 30% xã, phường, thị trấn không có ma túy

(ĐBP) - Thực hiện Kế hoạch số 1432/KH-UBND về xây dựng xã, phường, thị trấn không có ma túy giai đoạn 2021-2025, đến nay toàn tỉnh đã có 38/129 xã, phường, thị trấn được công nhận không có ma túy, chiếm 29,5%, tăng thêm 21 đơn vị so với năm 2021.

Trong đó, huyện Mường Ảng có 6/10 xã, thị trấn; thành phố Điện Biên Phủ có 5/12 xã, phường; huyện Tủa Chùa có 4/12 xã, thị trấn được công nhận. Số xã trọng điểm, phức tạp về ma túy giảm từ 74 xã (năm 2021) xuống còn 49 xã.

Theo Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) Công an tỉnh, từ năm 2021 đến nay, toàn tỉnh đã đưa 1.856 lượt người nghiện đi cai nghiện, trong đó 1.204 lượt cai nghiện tại cơ sở; tỷ lệ tái nghiện giảm từ 85% xuống còn khoảng 72%. Riêng 9 tháng năm 2024, lực lượng chức năng bắt giữ 603 vụ, 781 đối tượng, thu giữ 146,8 kg heroin và 9,7 kg ma túy tổng hợp.

Ngân sách tỉnh đã bố trí 12,8 tỷ đồng cho các xã xây dựng mô hình, mỗi xã được hỗ trợ từ 150 đến 200 triệu đồng để tổ chức tuyên truyền, hỗ trợ sinh kế cho người sau cai nghiện.

Thượng tá Lò Văn Hải, Phó Trưởng phòng PC04 cho biết: "Mục tiêu đến hết năm 2025, tỉnh phấn đấu có ít nhất 50% số xã, phường, thị trấn không có ma túy, giảm ít nhất 30% số người nghiện so với năm 2020".

Để đạt mục tiêu, các địa phương sẽ rà soát, phân loại lại 129 xã, phường, thị trấn theo Thông tư số 62/2022/TT-BCA, tập trung nguồn lực cho 12 xã biên giới thuộc hai huyện Mường Nhé và Nậm Pồ.

Minh Đức
"""

NOW = P("đến nay", None, "2024-10-21")
NOWi = P("đến nay", None, "2024-10-21", inherited=True)
S21 = P("từ năm 2021 đến nay", "2021-01-01", "2024-10-21")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 30% xã", "30", 30, "percent", "%", "xã, phường, thị trấn không có ma túy", approx="nearly"),
    F("đã có 38/129 xã", "38", 38, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được công nhận không có ma túy",
      total=129, percent=29.5, change={"direction": "increase", "value": 21, "unit": "đơn vị", "baseline": "năm 2021"}, period=NOW),
    F("Ảng có 6/10 xã", "6", 6, "count", "xã, thị trấn", "xã, thị trấn được công nhận không có ma túy", total=10,
      location="Mường Ảng", period=NOWi),
    F("Phủ có 5/12 xã", "5", 5, "count", "xã, phường", "xã, phường được công nhận không có ma túy", total=12,
      location="Điện Biên Phủ", period=NOWi),
    F("Chùa có 4/12 xã", "4", 4, "count", "xã, thị trấn", "xã, thị trấn được công nhận không có ma túy", total=12,
      location="Tủa Chùa", period=NOWi),
    F("từ 74 xã", "74", 74, "count", "xã", "xã trọng điểm, phức tạp về ma túy", period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 49 xã", "49", 49, "count", "xã", "xã trọng điểm, phức tạp về ma túy", period=NOWi),
    F("đưa 1.856 lượt", "1.856", 1856, "count", "lượt người nghiện", "lượt người nghiện đi cai nghiện", period=S21),
    F("trong đó 1.204 lượt", "1.204", 1204, "count", "lượt", "lượt cai nghiện tại cơ sở", total=1856, period=S21),
    F("từ 85% xuống", "85", 85, "percent", "%", "tỷ lệ tái nghiện", optional=True),
    F("khoảng 72%", "72", 72, "percent", "%", "tỷ lệ tái nghiện", approx="about", period=S21),
    F("bắt giữ 603 vụ", "603", 603, "count", "vụ", "vụ bắt giữ", period=M9),
    F("781 đối tượng", "781", 781, "count", "đối tượng", "đối tượng bắt giữ", period=M9),
    F("thu giữ 146,8 kg", "146,8", 146.8, "measure", "kg", "heroin thu giữ", period=M9),
    F("9,7 kg ma túy", "9,7", 9.7, "measure", "kg", "ma túy tổng hợp thu giữ", period=M9),
    F("bố trí 12,8 tỷ đồng", "12,8", 12800000000, "money", "đồng", "ngân sách tỉnh bố trí cho các xã xây dựng mô hình"),
    F("từ 150 đến 200 triệu đồng", "150", 150000000, "money", "đồng", "hỗ trợ mỗi xã", value_max=200000000),
    F("ít nhất 50% số xã", "50", 50, "percent", "%", "xã, phường, thị trấn không có ma túy", approx="at_least",
      status="target", period=T25),
    F("ít nhất 30% số người", "30", 30, "percent", "%", "giảm số người nghiện", approx="at_least", status="target", period=T25),
    F("lại 129 xã", "129", 129, "count", "xã, phường, thị trấn", "xã, phường, thị trấn rà soát, phân loại lại", optional=True),
    F("cho 12 xã biên giới", "12", 12, "count", "xã biên giới", "xã biên giới tập trung nguồn lực"),
    F("hai huyện", "hai", 2, "count", "huyện", "huyện có xã biên giới", optional=True),
]

COMMENTS = [
    "Báo Điện Biên Phủ (Party newspaper): xây dựng xã, phường, thị trấn không có ma túy, giai đoạn 2021-2025. Dateline 'Thứ Hai, 21/10/2024 | 16:40'; byline at the end.",
    "Distractors: Kế hoạch số 1432/KH-UBND, 'giai đoạn 2021-2025' (name of the plan), '(ĐBP)', PC04, Thông tư số 62/2022/TT-BCA, a person's rank and name.",
    "'38/129 …, chiếm 29,5%, tăng thêm 21 đơn vị so với năm 2021': total 129, percent 29.5, change 21 đơn vị. 'Trong đó' district items each carry",
    "their own a/b total (a/b wins over the cue), location = district. 'giảm từ 74 xã (năm 2021) xuống còn 49 xã': both are figures, no change value stated.",
    "'từ năm 2021 đến nay' runs to the dateline. 'giảm từ 85% xuống còn khoảng 72%': 72% required (period of its sentence, từ năm 2021 đến nay); the starting level 85% optional.",
    "revised: added 'hai huyện Mường Nhé và Nậm Pồ' as optional (a count that only names the two places listed, as shared h27). 'từ 150 đến 200 triệu đồng' range. Quoted targets: status target, 'đến hết năm 2025'. '129 xã' restates the whole (optional). Headline 'Gần 30%' has no period.",
]

if __name__ == "__main__":
    write(4, TEXT, COMMENTS, FIGS, published="2024-10-21", location="Điện Biên")
