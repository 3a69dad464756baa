from lib import F, P, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC
Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Mèo Vạc hoàn thành gieo trồng ngô vụ Xuân Hè vượt kế hoạch
Ngày đăng: 05/06/2024

Tính đến ngày 31/5/2024, toàn huyện đã gieo trồng được 6.850/6.800 ha ngô vụ Xuân Hè, đạt 100,7% kế hoạch. Trong đó, ngô lai 4.120 ha, ngô giống địa phương 2.730 ha. Diện tích ngô trồng trên hốc đá chiếm gần 60%, tập trung ở các xã Pả Vi, Xín Cái, Sơn Vĩ dọc Quốc lộ 4C.

Để hỗ trợ nhân dân, UBND huyện đã cấp 36,5 tấn giống ngô lai cho 3.240 hộ nghèo, hộ cận nghèo với tổng kinh phí hơn 2,1 tỷ đồng từ nguồn Chương trình 1719. Năng suất ngô lai cao gấp 1,5 lần so với giống địa phương, song nhiều hộ vẫn giữ giống bản địa để nấu mèn mén và chăn nuôi.

Hiện nay, giá ngô hạt khô trên địa bàn được thương lái thu mua ở mức 7.500-8.000 đồng/kg, cao hơn 1.000 đồng/kg so với cùng kỳ năm 2023. Năm 2023, năng suất ngô bình quân của huyện đạt 28,6 tạ/ha, thấp hơn nhiều so với bình quân toàn tỉnh Hà Giang (38,2 tạ/ha).

Năm 2024, huyện phấn đấu tổng sản lượng lương thực có hạt đạt trên 25.000 tấn, trong đó ngô chiếm khoảng 85%. Phòng Nông nghiệp và PTNT huyện đề nghị các xã chỉ đạo bà con chăm sóc, làm cỏ lần 1 khi ngô được 3-4 lá, bón phân đúng kỹ thuật; mọi vướng mắc liên hệ số điện thoại 0219.3871.102.

Hoàng Liên - Trung tâm VH, TT&TT huyện
"""

AS = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
ASi = P("Tính đến ngày 31/5/2024", None, "2024-05-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("được 6.850/6.800 ha", "6.850", 6850, "measure", "ha", "diện tích ngô vụ Xuân Hè gieo trồng", AS,
      target=T(6800, "ha", True), percent=100.7),
    F("ngô lai 4.120 ha", "4.120", 4120, "measure", "ha", "diện tích ngô lai", ASi, total=6850),
    F("địa phương 2.730 ha", "2.730", 2730, "measure", "ha", "diện tích ngô giống địa phương", ASi, total=6850),
    F("chiếm gần 60%", "60", 60, "percent", "%", "diện tích ngô trồng trên hốc đá", ASi, approx="nearly"),
    F("cấp 36,5 tấn", "36,5", 36.5, "measure", "tấn", "giống ngô lai UBND huyện cấp hỗ trợ"),
    F("cho 3.240 hộ", "3.240", 3240, "count", "hộ", "hộ nghèo, hộ cận nghèo được hỗ trợ giống ngô lai"),
    F("hơn 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "kinh phí hỗ trợ giống ngô lai", approx="over"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "năng suất ngô lai so với giống địa phương"),
    F("mức 7.500-8.000 đồng/kg", "7.500", 7500, "money", "đồng/kg", "giá ngô hạt khô thương lái thu mua",
      value_max=8000, change=C("increase", 1000, "đồng/kg", "cùng kỳ năm 2023")),
    F("đạt 28,6 tạ/ha", "28,6", 28.6, "measure", "tạ/ha", "năng suất ngô bình quân của huyện",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("(38,2 tạ/ha)", "38,2", 38.2, "measure", "tạ/ha", "năng suất ngô bình quân toàn tỉnh",
      P("Năm 2023", "2023-01-01", "2023-12-31"), location="Hà Giang"),
    F("trên 25.000 tấn", "25.000", 25000, "measure", "tấn", "tổng sản lượng lương thực có hạt", Y24,
      approx="over", status="target"),
    F("khoảng 85%", "85", 85, "percent", "%", "tỷ trọng ngô trong sản lượng lương thực có hạt", Y24,
      approx="about", status="target"),
    F("lần 1 khi", "1", 1, "count", "lần", "lần làm cỏ", optional=True),
    F("được 3-4 lá", "3", 3, "count", "lá", "số lá của cây ngô khi làm cỏ", value_max=4, optional=True),
]

COMMENTS = [
    "District portal of huyện Mèo Vạc (Hà Giang): spring-summer maize sowing as of 31/5/2024, seed support, maize grain price, 2024 food target.",
    "Dateline 'Ngày đăng: 05/06/2024' without time; byline at the end. Distractors: 'Quốc lộ 4C', 'Chương trình 1719' (a programme name),",
    "phone 0219.3871.102, commune names (Pả Vi, Xín Cái, Sơn Vĩ: not a place level the spec uses; figures stay Mèo Vạc).",
    "'6.850/6.800 ha ..., đạt 100,7% kế hoạch' is result against plan: target 6.800 (met), percent 100,7; no total.",
    "'Trong đó, ngô lai 4.120 ha, ngô giống địa phương 2.730 ha' after a sentence break → total 6.850; as-of date inherited.",
    "'gấp 1,5 lần' stands alone as the claim: multiple. 'Hiện nay' price has no period; its change is +1.000 đồng/kg vs cùng kỳ năm 2023.",
    "'bình quân toàn tỉnh Hà Giang (38,2 tạ/ha)' is a provincial figure (location Hà Giang), in the 'Năm 2023' sentence.",
    "'phấn đấu' governs both 25.000 tấn and 'khoảng 85%' (a share with no base amount of its own: a percent figure, target).",
    "Agronomic instructions 'làm cỏ lần 1', 'ngô được 3-4 lá' are not statistical claims: optional.",
]

emit("p397-5", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Mèo Vạc")
