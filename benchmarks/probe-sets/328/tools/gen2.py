from lib import F, P, emit

TEXT = """BÁO GIA LAI ĐIỆN TỬ
Xã hội | Y tế

Gia Lai: 8 người tử vong vì bệnh dại, phần lớn do chó thả rông cắn

HOÀNG NGỌC
18/09/2024, 14:35

(GLO)- Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, từ đầu năm đến ngày 15/9/2024, toàn tỉnh ghi nhận 8 ca tử vong do bệnh dại, tăng 5 ca so với cùng kỳ năm 2023. Trong đó, huyện Chư Sê 3 ca, Ia Grai 2 ca, Krông Pa 1 ca, Đak Đoa 1 ca và Chư Prông 1 ca.

Đáng chú ý, 100% bệnh nhân tử vong đều không tiêm vắc xin phòng dại sau khi bị cắn; 7/8 trường hợp bị chó nhà nuôi thả rông cắn.

Cũng trong thời gian này, toàn tỉnh có 6.214 người bị chó, mèo cắn đến các cơ sở y tế điều trị dự phòng, trong đó 4.987 người được tiêm vắc xin phòng dại (chiếm 80,3%), 312 người được tiêm huyết thanh kháng dại.

Bác sĩ Rơ Châm H'Phia, Phó Giám đốc CDC Gia Lai cho biết, giá một liều vắc xin dại dịch vụ hiện từ 250.000 đến 350.000 đồng; một liệu trình 4-5 mũi tiêm có chi phí gần 1,5 triệu đồng, khiến nhiều người dân vùng sâu, vùng xa ngần ngại đi tiêm.

Trong khi đó, theo Chi cục Chăn nuôi và Thú y, tổng đàn chó toàn tỉnh khoảng 245.000 con nhưng tỷ lệ tiêm phòng dại mới đạt 31,7%. Ngành Thú y đặt mục tiêu năm 2024 tiêm phòng cho ít nhất 70% đàn chó, tập trung tại 5 huyện có ca tử vong.

Người dân khi bị chó, mèo cắn cần rửa vết thương bằng xà phòng dưới vòi nước chảy trong 15 phút và đến ngay cơ sở y tế. Đường dây nóng của CDC: 0269.3824.573 (số 02 Trần Hưng Đạo, TP Pleiku).

Bình luận (0)
"""

LOC = "Gia Lai"
YTD = P("từ đầu năm đến ngày 15/9/2024", "2024-01-01", "2024-09-15")
YTDi = P("từ đầu năm đến ngày 15/9/2024", "2024-01-01", "2024-09-15", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
DEATH = "ca tử vong do bệnh dại"

FIGS = [
    F("Gia Lai: 8 người", "8", 8, "count", "người", "người tử vong vì bệnh dại"),
    F("ghi nhận 8 ca", "8", 8, "count", "ca", DEATH, YTD,
      change={"direction": "increase", "value": 5, "unit": "ca", "baseline": "cùng kỳ năm 2023"}),
    F("Chư Sê 3 ca", "3", 3, "count", "ca", DEATH, YTDi, loc="Chư Sê", total=8),
    F("Ia Grai 2 ca", "2", 2, "count", "ca", DEATH, YTDi, loc="Ia Grai", total=8),
    F("Krông Pa 1 ca", "1", 1, "count", "ca", DEATH, YTDi, loc="Krông Pa", total=8),
    F("Đak Đoa 1 ca", "1", 1, "count", "ca", DEATH, YTDi, loc="Đak Đoa", total=8),
    F("Chư Prông 1 ca", "1", 1, "count", "ca", DEATH, YTDi, loc="Chư Prông", total=8),
    F("100% bệnh nhân", "100", 100, "percent", "%", "bệnh nhân tử vong không tiêm vắc xin phòng dại sau khi bị cắn", YTDi),
    F("7/8 trường hợp", "7", 7, "count", "trường hợp", "trường hợp bị chó nhà nuôi thả rông cắn", YTDi, total=8),
    F("có 6.214 người", "6.214", 6214, "count", "người", "người bị chó, mèo cắn đến cơ sở y tế điều trị dự phòng", YTDi),
    F("4.987 người", "4.987", 4987, "count", "người", "người được tiêm vắc xin phòng dại", YTDi, total=6214, percent=80.3),
    F("312 người", "312", 312, "count", "người", "người được tiêm huyết thanh kháng dại", YTDi, total=6214),
    F("từ 250.000 đến 350.000 đồng", "250.000", 250000, "money", "đồng", "giá một liều vắc xin dại dịch vụ",
      value_max=350000),
    F("4-5 mũi", "4", 4, "count", "mũi", "mũi tiêm một liệu trình", value_max=5),
    F("gần 1,5 triệu đồng", "1,5", 1500000, "money", "đồng", "chi phí một liệu trình", approx="nearly"),
    F("khoảng 245.000 con", "245.000", 245000, "count", "con", "tổng đàn chó", approx="about"),
    F("mới đạt 31,7%", "31,7", 31.7, "percent", "%", "tỷ lệ tiêm phòng dại"),
    F("ít nhất 70%", "70", 70, "percent", "%", "tiêm phòng đàn chó", Y24, approx="at_least", status="target"),
    F("5 huyện có ca", "5", 5, "count", "huyện", "huyện có ca tử vong", optional=True),
    F("trong 15 phút", "15", 15, "measure", "phút", "thời gian rửa vết thương", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Gia Lai): rabies deaths and dog-bite treatment, 2024 to 15/9; byline then bare 'dd/mm/yyyy, hh:mm' dateline.",
    "'Trong đó, huyện Chư Sê 3 ca, …' after '8 ca' across a sentence break: each district item has total 8 and its own location.",
    "'4.987 người … (chiếm 80,3%)': total 6.214 (trong đó) and percent 80,3. '7/8 trường hợp': total 8.",
    "Price range and '4-5 mũi' are present-tense facts with no period. '31,7%' has its own indicator ('tỷ lệ …'), so it is a figure, not a share of 245.000.",
    "Optional: '5 huyện có ca tử vong' (a group reference to the districts just listed), '15 phút' (a health instruction).",
    "Distractors: 15/9/2024, phone 0269.3824.573, address 'số 02 Trần Hưng Đạo', 'Bình luận (0)', '(GLO)'.",
]

emit(2, COMMENTS, TEXT, FIGS, published="2024-09-18", default_loc=LOC)
