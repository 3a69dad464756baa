"""p618-8: provincial newspaper (Báo Cao Bằng, tag CBĐT) — lumpy skin disease in cattle, compensation, vaccination, Q4 plan."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Báo Cao Bằng điện tử
Kinh tế › Nông nghiệp

Chi hơn 2,3 tỷ đồng hỗ trợ người nuôi có trâu, bò bị tiêu hủy do viêm da nổi cục

Thứ Ba, 12/09/2023 - 16:05

(CBĐT) - Từ tháng 6/2023 đến nay, bệnh viêm da nổi cục trên trâu, bò đã xuất hiện tại 46 xã của 9/10 huyện, thành phố, làm 1.352 con trâu, bò mắc bệnh; trong đó 214 con chết và buộc phải tiêu hủy, chiếm 15,8% số con mắc bệnh.

Riêng trong tháng 8/2023, số trâu, bò mắc bệnh là 586 con, gấp 2,4 lần tháng 7. Các huyện có nhiều trâu, bò mắc bệnh là Hòa An (312 con), Quảng Hòa (265 con), Trùng Khánh (198 con).

Theo Quyết định số 1026/QĐ-UBND của UBND tỉnh, mức hỗ trợ là 45.000 đồng/kg hơi đối với trâu, bò mắc bệnh buộc phải tiêu hủy. Đến nay, các huyện đã chi trả hơn 2,3 tỷ đồng cho 187 hộ, bình quân khoảng 12,4 triệu đồng/hộ.

Toàn tỉnh đã tiêm 48.600 liều vắc xin viêm da nổi cục, đạt 64,8% kế hoạch; tổng đàn trâu, bò của tỉnh khoảng 211.000 con, tỷ lệ tiêm phòng mới đạt 23%. Trong quý IV/2023, tỉnh dự kiến tiêm bổ sung 25.000 liều vắc xin cho các xã vùng biên giới dọc Quốc lộ 3 và Quốc lộ 4A.

Phấn đấu đến hết năm 2023, tỷ lệ tiêm phòng viêm da nổi cục đạt từ 30 đến 35% tổng đàn. Người chăn nuôi phát hiện trâu, bò có dấu hiệu bệnh báo ngay cho thú y xã hoặc Chi cục Chăn nuôi và Thú y qua số điện thoại 0206.3852.146.

Minh Hòa
"""

SINCE = P("Từ tháng 6/2023 đến nay", "2023-06-01", "2023-09-12")
NOW = P("Đến nay", None, "2023-09-12")
AUG = P("trong tháng 8/2023", "2023-08-01", "2023-08-31")

FIGS = [
    F("Chi hơn 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng",
      "kinh phí hỗ trợ người nuôi có trâu, bò bị tiêu hủy do viêm da nổi cục", INH(NOW), approx="over"),
    F("tại 46 xã", "46", 46, "count", "xã", "xã có bệnh viêm da nổi cục trên trâu, bò", SINCE),
    F("của 9/10 huyện", "9", 9, "count", "huyện, thành phố", "huyện, thành phố có bệnh viêm da nổi cục", SINCE, total=10),
    F("làm 1.352 con", "1.352", 1352, "count", "con trâu, bò", "trâu, bò mắc bệnh viêm da nổi cục", SINCE),
    F("trong đó 214 con", "214", 214, "count", "con", "trâu, bò chết và buộc phải tiêu hủy", SINCE,
      total=1352, percent=15.8),
    F("là 586 con", "586", 586, "count", "con", "số trâu, bò mắc bệnh", AUG,
      change=CH("increase", 2.4, "lần", "tháng 7")),
    F("(312 con)", "312", 312, "count", "con", "trâu, bò mắc bệnh", INH(SINCE), location="Hòa An"),
    F("(265 con)", "265", 265, "count", "con", "trâu, bò mắc bệnh", INH(SINCE), location="Quảng Hòa"),
    F("(198 con)", "198", 198, "count", "con", "trâu, bò mắc bệnh", INH(SINCE), location="Trùng Khánh"),
    F("45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "mức hỗ trợ trâu, bò mắc bệnh buộc phải tiêu hủy"),
    F("trả hơn 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "kinh phí hỗ trợ các huyện đã chi trả", NOW, approx="over"),
    F("cho 187 hộ", "187", 187, "count", "hộ", "hộ được chi trả hỗ trợ", NOW),
    F("khoảng 12,4 triệu đồng/hộ", "12,4", 12.4e6, "money", "đồng/hộ", "mức hỗ trợ bình quân mỗi hộ", NOW,
      approx="about"),
    F("tiêm 48.600 liều", "48.600", 48600, "count", "liều vắc xin", "liều vắc xin viêm da nổi cục đã tiêm", percent=64.8),
    F("khoảng 211.000 con", "211.000", 211000, "count", "con", "tổng đàn trâu, bò", approx="about"),
    F("đạt 23%", "23", 23, "percent", "%", "tỷ lệ tiêm phòng viêm da nổi cục"),
    F("bổ sung 25.000 liều", "25.000", 25000, "count", "liều vắc xin", "liều vắc xin tiêm bổ sung",
      P("quý IV/2023", "2023-10-01", "2023-12-31"), status="forecast"),
    F("từ 30 đến 35%", "30", 30, "percent", "%", "tỷ lệ tiêm phòng viêm da nổi cục trên tổng đàn",
      P("đến hết năm 2023", None, "2023-12-31"), value_max=35, status="target"),
]

COMMENTS = [
    "Provincial newspaper (Báo Cao Bằng, tag '(CBĐT)'), 'Thứ Ba, 12/09/2023 - 16:05', byline at the end: lumpy skin disease in cattle.",
    "The paper's tag and 'tỉnh' imply Cao Bằng. 'Từ tháng 6/2023 đến nay' ends at the dateline; 'Đến nay' likewise (as-of).",
    "'9/10 huyện' → total 10. '214 con … chiếm 15,8%' after 'trong đó' → total 1.352, percent 15,8.",
    "'586 con, gấp 2,4 lần tháng 7' → change (increase, 2,4 lần, baseline tháng 7), not a multiple figure.",
    "District list in brackets after 'Các huyện có nhiều …' has no cue → no total; district → location.",
    "'12,4 triệu đồng/hộ' is a money rate. The headline 'hơn 2,3 tỷ đồng' repeats the body figure (period inherited).",
    "Distractors: Quyết định số 1026/QĐ-UBND, Quốc lộ 3, Quốc lộ 4A, phone 0206.3852.146, 'quý IV/2023' period, 'tháng 7'.",
]

if __name__ == "__main__":
    emit("p618-8", TEXT, COMMENTS, FIGS, published="2023-09-12", location="Cao Bằng")
