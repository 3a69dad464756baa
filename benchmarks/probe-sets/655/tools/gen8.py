"""p655-8: provincial newspaper (Báo Nghệ An, Baonghean.vn), unemployment insurance results 2023 and 2024 targets."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Xã hội

Nghệ An chi hơn 520 tỷ đồng trợ cấp thất nghiệp năm 2023

22/01/2024 09:45

(Baonghean.vn) - Năm 2023, toàn tỉnh có 18.962 người được giải quyết hưởng trợ cấp thất nghiệp với tổng số tiền chi hơn 520 tỷ đồng, tăng 15,3% so với năm 2022.

Theo Trung tâm Dịch vụ việc làm Nghệ An, trong năm có 19.437 người nộp hồ sơ, trong đó lao động từ các tỉnh phía Nam trở về quê chiếm khoảng 62%. Bình quân mỗi người được hưởng 3,7 tháng trợ cấp với mức 3,64 triệu đồng/tháng. Hai huyện có số người hưởng nhiều nhất là Quỳnh Lưu và Diễn Châu, lần lượt 2.146 và 1.873 người.

Tính đến 31/12/2023, toàn tỉnh có 154.870 người tham gia bảo hiểm thất nghiệp, đạt 101,2% kế hoạch; tỷ lệ hưởng trợ cấp là 122,4 người/1.000 người tham gia. Thu bảo hiểm thất nghiệp năm 2023 ước đạt 412,6 tỷ đồng, đạt 100,8% kế hoạch.

Công tác hỗ trợ học nghề có chuyển biến: 642 người được hỗ trợ học nghề, gấp đôi năm 2022; 35.100 lượt người được tư vấn, giới thiệu việc làm, trong đó 4.215 lượt người được giới thiệu việc làm thành công.

Năm 2024, Nghệ An phấn đấu có 162.000 người tham gia bảo hiểm thất nghiệp, tăng khoảng 4,6% so với năm 2023; giải quyết hồ sơ trong thời hạn 20 ngày làm việc theo Nghị định số 28/2015/NĐ-CP.

Người lao động liên hệ Trung tâm Dịch vụ việc làm Nghệ An, số 72 Phong Định Cảng, TP. Vinh; điện thoại 0238.3598.246.

Thanh Lê
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến 31/12/2023", None, "2023-12-31")

FIGS = [
    F("hơn 520 tỷ đồng trợ cấp", "520", 520e9, "money", "đồng", "chi trợ cấp thất nghiệp",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 18.962 người", "18.962", 18962, "count", "người",
      "người được giải quyết hưởng trợ cấp thất nghiệp", Y23),
    F("chi hơn 520 tỷ đồng, tăng", "520", 520e9, "money", "đồng", "tổng số tiền chi", Y23, approx="over",
      change=CH("increase", 15.3, "%", "năm 2022")),
    F("có 19.437 người", "19.437", 19437, "count", "người", "người nộp hồ sơ",
      P("trong năm", "2023-01-01", "2023-12-31")),
    F("khoảng 62%", "62", 62, "percent", "%", "lao động từ các tỉnh phía Nam trở về quê trong số người nộp hồ sơ",
      P("trong năm", "2023-01-01", "2023-12-31"), approx="about"),
    F("hưởng 3,7 tháng", "3,7", 3.7, "measure", "tháng", "thời gian hưởng trợ cấp bình quân mỗi người", INH(Y23)),
    F("mức 3,64 triệu đồng/tháng", "3,64", 3.64e6, "money", "đồng/tháng", "mức hưởng trợ cấp bình quân",
      INH(Y23)),
    F("Hai huyện", "Hai", 2, "count", "huyện", optional=True),
    F("lần lượt 2.146", "2.146", 2146, "count", "người", "số người hưởng", INH(Y23),
      location="Quỳnh Lưu"),
    F("và 1.873 người", "1.873", 1873, "count", "người", "số người hưởng", INH(Y23),
      location="Diễn Châu"),
    F("có 154.870 người", "154.870", 154870, "count", "người", "người tham gia bảo hiểm thất nghiệp", ASOF,
      percent=101.2),
    F("là 122,4 người/1.000 người tham gia", "122,4", 122.4, "measure", "người/1.000 người tham gia",
      "tỷ lệ hưởng trợ cấp", ASOF),
    F("ước đạt 412,6 tỷ đồng", "412,6", 412.6e9, "money", "đồng", "thu bảo hiểm thất nghiệp",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=100.8, status="estimate"),
    F("642 người", "642", 642, "count", "người", "người được hỗ trợ học nghề", INH(Y23),
      change=CH("increase", 2, "lần", "năm 2022")),
    F("35.100 lượt người", "35.100", 35100, "count", "lượt người", "lượt người được tư vấn, giới thiệu việc làm",
      INH(Y23)),
    F("4.215 lượt người", "4.215", 4215, "count", "lượt người",
      "lượt người được giới thiệu việc làm thành công", INH(Y23), total=35100),
    F("có 162.000 người", "162.000", 162000, "count", "người", "người tham gia bảo hiểm thất nghiệp",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target",
      change=CH("increase", 4.6, "%", "năm 2023", approx="about")),
    F("thời hạn 20 ngày", "20", 20, "measure", "ngày làm việc", optional=True),
]

COMMENTS = [
    "Báo Nghệ An (Baonghean.vn): bảo hiểm thất nghiệp năm 2023 và chỉ tiêu 2024. Dateline '22/01/2024 09:45'.",
    "'hơn 520 tỷ đồng' stands in the headline and again in the lead: two figures; the lead one carries 'tăng 15,3% so với năm 2022'.",
    "'trong đó lao động … chiếm khoảng 62%' gives the share of a group with no count: a percent figure of its own, not a share of 19.437.",
    "'Hai huyện … lần lượt 2.146 và 1.873 người': list items with their districts as location; 'Hai huyện' (the count of list items) optional.",
    "'122,4 người/1.000 người tham gia' is a rate (measure, denominator in the unit). 'gấp đôi năm 2022' is the change of 642 (2 lần).",
    "'thời hạn 20 ngày làm việc' is a legal time limit: optional. Distractors: 'Nghị định số 28/2015/NĐ-CP', 'số 72 Phong Định Cảng', phone.",
    "revised after first run: the two list items' subject is the list's indicator as stated before the list ('số người hưởng'); the first gold",
    "added 'trợ cấp thất nghiệp' from outside the sentence (FIGURES.md, lists that share one indicator).",
]

if __name__ == "__main__":
    emit("p655-8", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Nghệ An")
