"""p880-2: district portal (huyện Hải Lăng, Quảng Trị), irrigation pumping in a hot spell, June 2024."""
from lib import F, P, I, C, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI LĂNG - TỈNH QUẢNG TRỊ
Trang chủ / Tin tức - Sự kiện / Kinh tế - Nông nghiệp

Hải Lăng: bảo đảm nước tưới cho hơn 6.200 ha lúa

Thứ Năm, 13/06/2024 - 10:25

Toàn huyện gieo cấy 6.240 ha lúa Hè Thu, tăng 85 ha so với vụ Hè Thu 2023. Do nắng nóng kéo dài, mực nước sông Ô Lâu và sông Vĩnh Định xuống thấp, khoảng 1.350 ha phải tưới bằng động lực, chiếm 21,6% diện tích gieo cấy.

Từ đầu tháng 5 đến nay, 34 trạm bơm điện do Xí nghiệp Thủy lợi Hải Lăng quản lý đã vận hành liên tục, bơm tưới cho 910 ha; 22 hợp tác xã nông nghiệp huy động thêm 57 máy bơm dầu loại 12-20 CV để bơm chuyền cho gần 440 ha vùng cao cục bộ ở các xã Hải Sơn, Hải Trường, Hải Định. Xí nghiệp bố trí 68 công nhân trực vận hành 24/24 giờ. Tổng chi phí điện năng và nhiên liệu ước khoảng 1,15 tỷ đồng, bình quân 850.000 đồng/ha.

Theo Nghị định số 96/2018/NĐ-CP, toàn bộ diện tích đất trồng lúa được hỗ trợ tiền sử dụng dịch vụ thủy lợi. Năm 2024, huyện được cấp 5,8 tỷ đồng kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi, tăng 6,4% so với năm 2023. Mức hỗ trợ đối với lúa tưới tiêu bằng động lực mà huyện áp dụng là 1.813.000 đồng/ha/vụ, bằng trọng lực là 1.262.000 đồng/ha/vụ.

Huyện đã đề xuất tỉnh đầu tư nâng cấp 6 trạm bơm xuống cấp, tổng kinh phí dự kiến 14,5 tỷ đồng. Mục tiêu đến năm 2025, tỷ lệ diện tích lúa được tưới chủ động đạt 95%.

Thanh Hương (Phòng NN&PTNT huyện)

UBND huyện Hải Lăng - Khóm 3, thị trấn Diên Sanh, huyện Hải Lăng, tỉnh Quảng Trị. ĐT: 0233.3873.215
"""

SINCE = P("Từ đầu tháng 5 đến nay", "2024-05-01", "2024-06-13")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho hơn 6.200 ha lúa", "6.200", 6200, "measure", "ha", "diện tích lúa được bảo đảm nước tưới", approx="over"),
    F("gieo cấy 6.240 ha", "6.240", 6240, "measure", "ha", "diện tích lúa Hè Thu gieo cấy",
      change=C("increase", 85, "ha", "vụ Hè Thu 2023")),
    F("khoảng 1.350 ha", "1.350", 1350, "measure", "ha", "diện tích phải tưới bằng động lực", approx="about", percent=21.6),
    F("34 trạm bơm điện", "34", 34, "count", "trạm bơm điện", "trạm bơm điện vận hành", SINCE),
    F("bơm tưới cho 910 ha", "910", 910, "measure", "ha", "diện tích bơm tưới bằng trạm bơm điện", SINCE),
    F("22 hợp tác xã", "22", 22, "count", "hợp tác xã", "hợp tác xã nông nghiệp huy động máy bơm", SINCE),
    F("thêm 57 máy bơm", "57", 57, "count", "máy bơm", "máy bơm dầu huy động thêm", SINCE),
    F("loại 12-20 CV", "12", 12, "measure", "CV", "công suất máy bơm dầu", value_max=20, optional=True),
    F("gần 440 ha", "440", 440, "measure", "ha", "diện tích vùng cao cục bộ bơm chuyền", SINCE, approx="nearly"),
    F("bố trí 68 công nhân", "68", 68, "count", "công nhân", "công nhân trực vận hành trạm bơm", I(SINCE)),
    F("trực vận hành 24/24 giờ", "24", 24, "measure", "giờ", "thời gian trực vận hành", total=24, optional=True),
    F("ước khoảng 1,15 tỷ đồng", "1,15", 1.15e9, "money", "đồng", "chi phí điện năng và nhiên liệu bơm tưới", I(SINCE),
      approx="about", status="estimate"),
    F("bình quân 850.000 đồng/ha", "850.000", 850000, "money", "đồng/ha", "chi phí bơm tưới bình quân", I(SINCE),
      status="estimate"),
    F("cấp 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi",
      Y24, change=C("increase", 6.4, "%", "năm 2023")),
    F("là 1.813.000 đồng/ha/vụ", "1.813.000", 1813000, "money", "đồng/ha/vụ",
      "mức hỗ trợ đối với lúa tưới tiêu bằng động lực", I(Y24)),
    F("là 1.262.000 đồng/ha/vụ", "1.262.000", 1262000, "money", "đồng/ha/vụ",
      "mức hỗ trợ đối với lúa tưới tiêu bằng trọng lực", I(Y24)),
    F("nâng cấp 6 trạm bơm", "6", 6, "count", "trạm bơm", "trạm bơm xuống cấp đề xuất đầu tư nâng cấp"),
    F("dự kiến 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng", "tổng kinh phí nâng cấp trạm bơm", status="forecast"),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ diện tích lúa được tưới chủ động",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "District portal (huyện Hải Lăng, Quảng Trị): pumping for the rice crop in a hot spell. Dateline 'Thứ Năm, 13/06/2024 - 10:25'.",
    "Distractors: 'Nghị định số 96/2018/NĐ-CP', 'Khóm 3', phone '0233.3873.215', 'vụ Hè Thu 2023' (baseline only).",
    "'Từ đầu tháng 5 đến nay' ends at the dateline. The crop-season sentence and the headline state no period: none in the gold.",
    "'loại 12-20 CV' (a pump class) and '24/24 giờ' (round-the-clock idiom) are optional.",
    "'mà huyện áp dụng' keeps the support rates in Hải Lăng; 'chiếm 21,6% diện tích gieo cấy' is the share of 1.350 ha.",
]

if __name__ == "__main__":
    write("p880-2", TEXT, FIGS, NOTES, published="2024-06-13", location="Hải Lăng")
