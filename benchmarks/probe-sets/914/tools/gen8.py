"""p914-8: Báo Kon Tum online, new leprosy cases in 9 months of 2024 (10/2024), tag (BKT) -."""
from lib import F, P, C, T, inh, write

TEXT = """Kon Tum: Phát hiện 9 bệnh nhân phong mới trong 9 tháng

Cập nhật lúc 15:40, Thứ sáu, 18/10/2024

(BKT) - Theo Sở Y tế, 9 tháng năm 2024, ngành y tế đã khám phát hiện bệnh phong cho gần 48.600 lượt người, đạt 81% kế hoạch năm; phát hiện 9 bệnh nhân mới, bằng 75% so với cùng kỳ năm 2023, gồm các huyện Đăk Hà (3 bệnh nhân), Sa Thầy (2 bệnh nhân), Kon Plông (2 bệnh nhân) và Ia H'Drai (2 bệnh nhân).

Đáng chú ý, trong số bệnh nhân mới có 7 người thuộc thể nhiều vi khuẩn và 2 trẻ em dưới 15 tuổi, cho thấy nguồn lây vẫn còn tồn tại trong cộng đồng.

Toàn tỉnh hiện quản lý 1.035 bệnh nhân phong, trong đó 412 người tàn tật độ 2. Tỷ lệ phát hiện bệnh nhân mới năm 2023 là 2,1 người/100.000 dân, cao gấp hơn 20 lần bình quân cả nước.

Thực hiện chính sách theo Nghị định số 20/2021/NĐ-CP, tỉnh đang chi trả trợ cấp xã hội hằng tháng cho 186 bệnh nhân phong tàn tật nặng với mức 540.000 đồng/người/tháng; 9 tháng qua, tổng kinh phí chi trả trên 900 triệu đồng.

Bác sĩ Y Thương, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh (số 2 Đào Duy Từ, TP Kon Tum) cho biết, quý IV/2024, ngành y tế dự kiến tổ chức khám lồng ghép tại 32 xã có nguy cơ cao dọc Quốc lộ 14 và Tỉnh lộ 676; phấn đấu cả năm khám cho 60.000 lượt người.

Người dân có dấu hiệu nghi ngờ như mảng da mất cảm giác, tê bì tay chân cần đến cơ sở y tế để được khám, điều trị miễn phí.

Trung Hiếu
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SUBJ_NEW = "bệnh nhân phong mới phát hiện"

FIGS = [
    F("Phát hiện 9 bệnh nhân phong mới trong 9 tháng", "9", 9, "count", "bệnh nhân", SUBJ_NEW, M9),
    F("gần 48.600 lượt người", "48.600", 48600, "count", "lượt người", "lượt người được khám phát hiện bệnh phong",
      M9y, approx="nearly", percent=81),
    F("phát hiện 9 bệnh nhân mới, bằng", "9", 9, "count", "bệnh nhân", SUBJ_NEW, M9y, percent=75),
    F("Đăk Hà (3 bệnh nhân)", "3", 3, "count", "bệnh nhân", SUBJ_NEW, M9y, total=9, location="Đăk Hà"),
    F("Sa Thầy (2 bệnh nhân)", "2", 2, "count", "bệnh nhân", SUBJ_NEW, M9y, total=9, location="Sa Thầy"),
    F("Kon Plông (2 bệnh nhân)", "2", 2, "count", "bệnh nhân", SUBJ_NEW, M9y, total=9, location="Kon Plông"),
    F("Ia H'Drai (2 bệnh nhân)", "2", 2, "count", "bệnh nhân", SUBJ_NEW, M9y, total=9, location="Ia H'Drai"),
    F("có 7 người thuộc thể", "7", 7, "count", "người", "bệnh nhân mới thuộc thể nhiều vi khuẩn", inh(M9y),
      total=9),
    F("và 2 trẻ em", "2", 2, "count", "trẻ em", "bệnh nhân mới là trẻ em dưới 15 tuổi", inh(M9y), total=9),
    F("trẻ em dưới 15 tuổi", "15", 15, "measure", "tuổi", approx="under", optional=True),
    F("quản lý 1.035 bệnh nhân phong", "1.035", 1035, "count", "bệnh nhân", "bệnh nhân phong đang quản lý"),
    F("412 người tàn tật", "412", 412, "count", "người", "bệnh nhân tàn tật độ 2", total=1035),
    F("là 2,1 người/100.000 dân", "2,1", 2.1, "measure", "người/100.000 dân", "tỷ lệ phát hiện bệnh nhân mới",
      P("năm 2023", "2023-01-01", "2023-12-31"),
      change=C("increase", 20, "lần", "bình quân cả nước", approx="over")),
    F("cho 186 bệnh nhân", "186", 186, "count", "bệnh nhân", "bệnh nhân phong tàn tật nặng được chi trả trợ cấp"),
    F("mức 540.000 đồng/người/tháng", "540.000", 540000, "money", "đồng/người/tháng", "mức trợ cấp xã hội hằng tháng"),
    F("trên 900 triệu đồng", "900", 900e6, "money", "đồng", "tổng kinh phí chi trả trợ cấp",
      P("9 tháng qua", "2024-01-01", "2024-09-30"), approx="over"),
    F("tại 32 xã", "32", 32, "count", "xã", "xã có nguy cơ cao được khám lồng ghép",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    F("khám cho 60.000 lượt người", "60.000", 60000, "count", "lượt người", "lượt người được khám",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo Kon Tum online: headline figure with a year-less '9 tháng' (2024 from the dateline), 'Cập nhật lúc 15:40, Thứ sáu, 18/10/2024', tag '(BKT) -'.",
    "Not figures: 'Nghị định số 20/2021/NĐ-CP', 'số 2 Đào Duy Từ', 'Quốc lộ 14', 'Tỉnh lộ 676', 'độ 2', 'cùng kỳ năm 2023' (baseline).",
    "'đạt 81% kế hoạch năm' and 'bằng 75% so với cùng kỳ' are the percents of their counts. The districts after 'gồm' add up to 9: total 9.",
    "'trong số bệnh nhân mới có 7 ... và 2 trẻ em' -> total 9 (the whole the cue names). 'dưới 15 tuổi' optional.",
    "'cao gấp hơn 20 lần bình quân cả nước' is the change (lần, over) of the 2,1 rate. 'phấn đấu cả năm' -> target, period 2024.",
    "'hiện' / 'đang' figures (1.035, 412, 186, 540.000) get no period.",
]

if __name__ == "__main__":
    write("p914-8", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Kon Tum")
