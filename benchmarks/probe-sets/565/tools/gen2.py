from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIỀN HẢI
Trang chủ / Tin tức / Kinh tế - Xã hội

Tiền Hải: gần 43 tỷ đồng nâng cấp 3,8 km đê biển số 5

09/07/2024 | 14:30

Ngày 8/7, UBND huyện phối hợp với Chi cục Thủy lợi tỉnh Thái Bình kiểm tra tiến độ dự án nâng cấp tuyến đê biển số 5 đoạn qua xã Nam Thịnh và Nam Phú. Dự án có tổng mức đầu tư gần 43 tỷ đồng, chiều dài 3,8 km, trong đó đoạn kè mái phía biển dài 2,1 km. Đến hết tháng 6/2024, khối lượng thực hiện đạt khoảng 65%, giá trị giải ngân 24,6 tỷ đồng, bằng 57,2% tổng mức đầu tư.

Tuyến đê biển số 5 dài 11,6 km, bảo vệ trực tiếp cho khoảng 12.000 hộ dân với hơn 45.000 nhân khẩu của 5 xã ven biển. Trong cơn bão số 7 năm 2005, tuyến đê từng bị vỡ, tràn tại 14 vị trí.

Cùng với nâng cấp đê, 6 tháng đầu năm 2024, huyện trồng mới 35 ha rừng ngập mặn chắn sóng, nâng tổng diện tích rừng phòng hộ ven biển lên 1.480 ha. Quỹ phòng, chống thiên tai của huyện thu được 1,86 tỷ đồng, đạt 71,5% kế hoạch năm, tăng 8,3% so với cùng kỳ.

Ông Phạm Văn Hùng, Phó Chủ tịch UBND huyện cho biết, huyện đã rà soát, lập danh sách 3.250 hộ ở vùng ngoài đê cần sơ tán khi có bão từ cấp 10 trở lên. Dự án phải hoàn thành trước ngày 30/9/2024 để kịp đón các cơn bão cuối mùa.

Liên hệ: Văn phòng HĐND và UBND huyện, khu 3, thị trấn Tiền Hải; ĐT: 0227.3823.116.
"""

ASOF = P("Đến hết tháng 6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("gần 43 tỷ đồng nâng cấp", "43", 43_000_000_000, "money", "đồng", "vốn nâng cấp đê biển số 5", approx="nearly"),
    F("nâng cấp 3,8 km đê", "3,8", 3.8, "measure", "km", "đê biển số 5 được nâng cấp"),
    F("tư gần 43 tỷ đồng", "43", 43_000_000_000, "money", "đồng", "tổng mức đầu tư dự án nâng cấp tuyến đê biển số 5", approx="nearly"),
    F("chiều dài 3,8 km", "3,8", 3.8, "measure", "km", "chiều dài dự án nâng cấp tuyến đê biển số 5"),
    F("dài 2,1 km", "2,1", 2.1, "measure", "km", "đoạn kè mái phía biển", total=3.8),
    F("khoảng 65%", "65", 65, "percent", "%", "khối lượng thực hiện", ASOF, approx="about"),
    F("giải ngân 24,6 tỷ đồng", "24,6", 24_600_000_000, "money", "đồng", "giá trị giải ngân", ASOF, percent=57.2),
    F("dài 11,6 km", "11,6", 11.6, "measure", "km", "chiều dài tuyến đê biển số 5"),
    F("khoảng 12.000 hộ", "12.000", 12000, "count", "hộ dân", "hộ dân được tuyến đê bảo vệ trực tiếp", approx="about"),
    F("hơn 45.000 nhân khẩu", "45.000", 45000, "count", "nhân khẩu", "nhân khẩu được tuyến đê bảo vệ trực tiếp", approx="over"),
    F("của 5 xã ven biển", "5", 5, "count", "xã", "xã ven biển"),
    F("tại 14 vị trí", "14", 14, "count", "vị trí", "vị trí tuyến đê bị vỡ, tràn trong bão số 7",
      P("năm 2005", "2005-01-01", "2005-12-31")),
    F("trồng mới 35 ha", "35", 35, "measure", "ha", "rừng ngập mặn chắn sóng trồng mới", H1),
    F("lên 1.480 ha", "1.480", 1480, "measure", "ha", "tổng diện tích rừng phòng hộ ven biển", H1),
    F("thu được 1,86 tỷ đồng", "1,86", 1_860_000_000, "money", "đồng", "Quỹ phòng, chống thiên tai của huyện thu được", I(H1),
      percent=71.5, change=CH("increase", 8.3, baseline="cùng kỳ")),
    F("danh sách 3.250 hộ", "3.250", 3250, "count", "hộ", "hộ ở vùng ngoài đê cần sơ tán"),
    F("từ cấp 10 trở lên", "10", 10, "measure", "cấp", approx="at_least", optional=True),
]

COMMENTS = [
    "Tiền Hải district portal (Thái Bình): nâng cấp đê biển số 5, rừng ngập mặn, Quỹ PCTT, sơ tán. Dateline '09/07/2024 | 14:30'.",
    "Not figures: 'đê biển số 5' and 'bão số 7' (names), năm 2005, dates 8/7 and 30/9/2024, khu 3, phone 0227.3823.116.",
    "Headline and body repeat 43 tỷ / 3,8 km: both are figures. 'bằng 57,2% tổng mức đầu tư' is the share of the 24,6 tỷ (percent).",
    "'trong đó đoạn kè … dài 2,1 km' is a part of the 3,8 km project length (total). 'bão từ cấp 10 trở lên' is a threshold: optional.",
    "The Quỹ PCTT sentence has no period of its own: '6 tháng đầu năm 2024' from the sentence before (inherited).",
]

emit("p565-2", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Tiền Hải")
