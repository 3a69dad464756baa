from lib import F, P, write

A = """Huyện Hải Hậu trao tặng 8.560 suất quà nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ
Thứ Tư, 24/07/2024 - 09:15

Nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024), UBND huyện Hải Hậu đã chỉ đạo các cơ quan, đơn vị và 35 xã, thị trấn tổ chức thăm hỏi, tặng quà các gia đình chính sách trên địa bàn.

Năm nay, tổng số quà được trao là 8.560 suất với tổng trị giá gần 3,9 tỷ đồng, tăng 12,5% so với năm 2023. Trong đó, quà của Chủ tịch nước 4.218 suất, mỗi suất 300.000 đồng, tổng cộng hơn 1,26 tỷ đồng; quà của tỉnh 4.342 suất với mức từ 200.000 đến 500.000 đồng/suất. Ngoài ra, huyện trích ngân sách 650 triệu đồng tặng quà các đối tượng khác.

Các đoàn công tác của huyện đã trực tiếp thăm, tặng quà 45 gia đình chính sách tiêu biểu và ba Mẹ Việt Nam anh hùng còn sống. Trên địa bàn huyện hiện có 6.412 người có công đang hưởng trợ cấp hàng tháng, mỗi tháng chi trả khoảng 14,8 tỷ đồng.

Dịp này, huyện tu sửa, nâng cấp 3 nghĩa trang liệt sĩ với tổng kinh phí 2,35 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,5 tỷ đồng, còn lại là nguồn xã hội hóa. Đến nay, 35/35 nghĩa trang liệt sĩ của huyện đã được quy hoạch, tu bổ khang trang; công tác chăm sóc, hương khói phần mộ liệt sĩ được duy trì thường xuyên.

Đồng chí Trần Văn Hùng, Bí thư Huyện ủy đề nghị các xã, thị trấn tiếp tục rà soát, giải quyết dứt điểm hồ sơ tồn đọng, không để người có công nào gặp khó khăn về nhà ở; đồng thời vận động xã hội hóa xây dựng Quỹ Đền ơn đáp nghĩa.

Thu Hà (Trung tâm Văn hóa - Thông tin và Thể thao huyện)
Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
"""

NN = P("Năm nay", "2024-01-01", "2024-12-31")
NNi = P("Năm nay", "2024-01-01", "2024-12-31", inh=True)
figs = [
    F("tặng 8.560 suất", "8.560", 8560, "count", "suất quà", "quà trao tặng nhân Ngày Thương binh - Liệt sĩ"),
    F("kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ\n", "77", 77, "count", "năm", optional=True),
    F("niệm 77 năm Ngày Thương binh - Liệt sĩ (", "77", 77, "count", "năm", optional=True),
    F("35 xã, thị trấn", "35", 35, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
    F("là 8.560 suất", "8.560", 8560, "count", "suất", "tổng số quà được trao", period=NN),
    F("gần 3,9 tỷ", "3,9", 3.9e9, "money", "đồng", "tổng trị giá quà", approx="nearly",
      change={"direction": "increase", "value": 12.5, "unit": "%", "baseline": "năm 2023"}, period=NN),
    F("nước 4.218 suất", "4.218", 4218, "count", "suất", "quà của Chủ tịch nước", total=8560, period=NNi),
    F("mỗi suất 300.000 đồng", "300.000", 300000, "money", "đồng", "mức quà của Chủ tịch nước mỗi suất",
      period=NNi),
    F("hơn 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", "tổng trị giá quà của Chủ tịch nước", approx="over",
      total=3.9e9,
      period=NNi),
    F("tỉnh 4.342 suất", "4.342", 4342, "count", "suất", "quà của tỉnh", total=8560, period=NNi),
    F("từ 200.000 đến 500.000", "200.000", 200000, "money", "đồng/suất", "mức quà của tỉnh",
      value_max=500000, period=NNi),
    F("ngân sách 650 triệu", "650", 650e6, "money", "đồng", "ngân sách huyện tặng quà các đối tượng khác",
      period=NNi),
    F("quà 45 gia đình", "45", 45, "count", "gia đình", "gia đình chính sách tiêu biểu được thăm, tặng quà"),
    F("và ba Mẹ", "ba", 3, "count", "Mẹ Việt Nam anh hùng", "Mẹ Việt Nam anh hùng còn sống"),
    F("có 6.412 người", "6.412", 6412, "count", "người", "người có công đang hưởng trợ cấp hàng tháng"),
    F("khoảng 14,8 tỷ", "14,8", 14.8e9, "money", "đồng", "trợ cấp chi trả mỗi tháng", approx="about"),
    F("nâng cấp 3 nghĩa trang", "3", 3, "count", "nghĩa trang liệt sĩ", "nghĩa trang liệt sĩ được tu sửa, nâng cấp"),
    F("phí 2,35 tỷ", "2,35", 2.35e9, "money", "đồng", "kinh phí tu sửa, nâng cấp nghĩa trang liệt sĩ"),
    F("hỗ trợ 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", "ngân sách tỉnh hỗ trợ tu sửa nghĩa trang",
      total=2.35e9),
    F("35/35 nghĩa trang", "35", 35, "count", "nghĩa trang liệt sĩ",
      "nghĩa trang liệt sĩ được quy hoạch, tu bổ khang trang", total=35,
      period=P("Đến nay", None, "2024-07-24")),
]
write(2, [
    "Cổng TTĐT huyện Hải Hậu (district portal, Nam Định): gifts for 27/7/2024, monthly allowances, martyrs' cemeteries.",
    "Dateline 'Thứ Tư, 24/07/2024 - 09:15'; byline and address ('Khu 4') at the end. '77 năm' (anniversary) and '35 xã, thị trấn'",
    "(structure) are optional; '(27/7/1947 - 27/7/2024)' are dates. 'Năm nay' = 2024 (the dateline's year).",
    "'Trong đó' after a sentence break: the whole is 8.560 suất (same thing counted), not the money figure just before the cue.",
    "'mỗi suất 300.000 đồng' money per gift; 'từ 200.000 đến 500.000 đồng/suất' a range. 'ba Mẹ' is a number word.",
    "revised: 'tổng cộng hơn 1,26 tỷ đồng' (value of the President's gifts) now has total 3,9 tỷ: it is a part of the 'Trong đó' sentence",
    "that follows the whole 'gần 3,9 tỷ đồng' (same thing, money value of gifts, same period).",
    "'35/35 nghĩa trang' total 35; 'Đến nay' ends at the dateline. 'hiện có' has no period.",
], A, figs, published="2024-07-24", location="Hải Hậu")
