from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Ngày đăng: 03/10/2024 | Lượt xem: 684

Cấp hơn 71 nghìn thẻ BHYT cho các nhóm đối tượng được ngân sách hỗ trợ

Từ đầu năm đến nay, Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Bảo hiểm xã hội huyện rà soát, lập danh sách và cấp 71.482 thẻ bảo hiểm y tế (BHYT) cho các đối tượng do ngân sách nhà nước đóng, hỗ trợ đóng, đạt 98,6% số đối tượng phải cấp. Trong đó, người thuộc hộ nghèo 9.216 thẻ; hộ cận nghèo 5.870 thẻ; người dân tộc thiểu số sống ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn 18.342 thẻ; trẻ em dưới 6 tuổi 21.105 thẻ; người có công và thân nhân 3.417 thẻ; còn lại là đối tượng bảo trợ xã hội, cựu chiến binh.

Tổng kinh phí ngân sách nhà nước chi trả để mua thẻ cho các đối tượng trên khoảng 54,3 tỷ đồng. Theo Nghị định số 146/2018/NĐ-CP, người thuộc hộ cận nghèo được ngân sách trung ương hỗ trợ 70% mức đóng; riêng tỉnh Đắk Lắk hỗ trợ thêm 30% nên người dân không phải đóng.

Đối với học sinh, sinh viên, toàn huyện có 27.650/28.930 học sinh, sinh viên tham gia BHYT, đạt 95,6%. Tỷ lệ bao phủ BHYT toàn huyện đến ngày 30/9/2024 đạt 93,2%, vượt 0,7 điểm phần trăm so với chỉ tiêu huyện giao.

Tuy nhiên, trên địa bàn vẫn còn 14 đơn vị nợ đóng BHXH, BHYT với số tiền trên 1,26 tỷ đồng, trong đó có 3 đơn vị nợ kéo dài trên 6 tháng. Bình quân mỗi tháng, BHXH huyện tiếp nhận và trả khoảng 7.900 thẻ, thời gian trả thẻ rút ngắn còn 3 ngày làm việc.

Thời gian tới, huyện tiếp tục rà soát đối tượng tại 16 xã, thị trấn theo Quyết định số 2130/QĐ-UBND. Mọi thắc mắc liên hệ BHXH huyện, số điện thoại 0262.3523.456 (thôn 7, xã Ea Kly).
"""

SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-03")
SINCE_I = dict(SINCE, inherited=True)
CARDS = "thẻ BHYT cấp cho"

FIGS = [
    F("Cấp hơn 71 nghìn thẻ", "71", 71000, "count", "thẻ", "thẻ BHYT cấp cho các nhóm đối tượng được ngân sách hỗ trợ",
      approx="over", period=SINCE_I),
    F("cấp 71.482 thẻ", "71.482", 71482, "count", "thẻ",
      "thẻ bảo hiểm y tế cấp cho các đối tượng do ngân sách nhà nước đóng, hỗ trợ đóng", percent=98.6, period=SINCE),
    F("hộ nghèo 9.216 thẻ", "9.216", 9216, "count", "thẻ", CARDS + " người thuộc hộ nghèo", total=71482, period=SINCE_I),
    F("cận nghèo 5.870 thẻ", "5.870", 5870, "count", "thẻ", CARDS + " người thuộc hộ cận nghèo", total=71482, period=SINCE_I),
    F("khó khăn 18.342 thẻ", "18.342", 18342, "count", "thẻ",
      CARDS + " người dân tộc thiểu số sống ở vùng đặc biệt khó khăn", total=71482, period=SINCE_I),
    F("dưới 6 tuổi 21.105", "6", 6, "measure", "tuổi", "tuổi trẻ em", approx="under", optional=True),
    F("tuổi 21.105 thẻ", "21.105", 21105, "count", "thẻ", CARDS + " trẻ em dưới 6 tuổi", total=71482, period=SINCE_I),
    F("thân nhân 3.417 thẻ", "3.417", 3417, "count", "thẻ", CARDS + " người có công và thân nhân", total=71482,
      period=SINCE_I),
    F("khoảng 54,3 tỷ đồng", "54,3", 54.3e9, "money", "đồng", "kinh phí ngân sách nhà nước mua thẻ BHYT", approx="about",
      period=SINCE_I),
    F("hỗ trợ 70% mức đóng", "70", 70, "percent", "%",
      "mức ngân sách trung ương hỗ trợ đóng BHYT cho người thuộc hộ cận nghèo"),
    F("hỗ trợ thêm 30%", "30", 30, "percent", "%", "mức tỉnh hỗ trợ thêm đóng BHYT cho người thuộc hộ cận nghèo",
      location="Đắk Lắk"),
    F("có 27.650/28.930", "27.650", 27650, "count", "học sinh, sinh viên", "học sinh, sinh viên tham gia BHYT",
      total=28930, percent=95.6, period=SINCE_I),
    F("toàn huyện đến ngày 30/9/2024 đạt 93,2%", "93,2", 93.2, "percent", "%", "tỷ lệ bao phủ BHYT toàn huyện",
      change={"direction": "increase", "value": 0.7, "unit": "điểm phần trăm", "baseline": "chỉ tiêu huyện giao"},
      period=P("đến ngày 30/9/2024", end="2024-09-30")),
    F("còn 14 đơn vị", "14", 14, "count", "đơn vị", "đơn vị nợ đóng BHXH, BHYT"),
    F("trên 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "số tiền nợ đóng BHXH, BHYT", approx="over"),
    F("có 3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị nợ đóng kéo dài", total=14),
    F("kéo dài trên 6 tháng", "6", 6, "measure", "tháng", "thời gian nợ kéo dài", approx="over", optional=True),
    F("khoảng 7.900 thẻ", "7.900", 7900, "count", "thẻ", "thẻ BHYT tiếp nhận và trả bình quân mỗi tháng", approx="about"),
    F("còn 3 ngày làm việc", "3", 3, "measure", "ngày làm việc", "thời gian trả thẻ BHYT"),
    F("tại 16 xã, thị trấn", "16", 16, "count", "xã, thị trấn", "xã, thị trấn rà soát đối tượng", optional=True),
]

COMMENTS = [
    "District portal (huyện Krông Pắc, Đắk Lắk): BHYT cards for state-subsidised groups since the start of 2024, students, coverage, arrears.",
    "'Ngày đăng: 03/10/2024' is the date; 'Từ đầu năm đến nay' = 2024-01-01 .. published. Lượt xem 684, Nghị định 146/2018/NĐ-CP, QĐ 2130,",
    "phone 0262.3523.456, 'thôn 7' are not figures. Location defaults to the district; the 30% top-up is the province's (Đắk Lắk).",
    "'Trong đó' parts of 71.482 thẻ take total 71482. '27.650/28.930 ... đạt 95,6%': total and percent. '3 đơn vị' after 'trong đó' total 14.",
    "'rút ngắn còn 3 ngày làm việc' states the new level only: measure, no change. Communes in the closing address are not places of figures.",
    "Age and duration criteria ('dưới 6 tuổi', 'trên 6 tháng') and the structure count '16 xã, thị trấn' are optional.",
    "'vượt 0,7 điểm phần trăm so với chỉ tiêu' is a change with baseline chỉ tiêu (gap to plan), no target value stated.",
]

if __name__ == "__main__":
    build("p291-2", TEXT, FIGS, COMMENTS, location="Krông Pắc", published="2024-10-03")
