"""p1082-4: ministry site (Bộ NN&PTNT), national results of supported agricultural insurance to end-2024."""
from lib import F, build, period, inherit, change, target

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Kinh tế hợp tác và PTNT
Gần 66.000 hộ được hỗ trợ bảo hiểm nông nghiệp sau gần 3 năm thực hiện Quyết định 13
Ngày đăng: 26/02/2025 | Lượt xem: 734

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến ngày 31/12/2024, cả nước có 28/31 tỉnh, thành phố thuộc phạm vi Quyết định số 13/2022/QĐ-TTg đã triển khai bảo hiểm nông nghiệp được hỗ trợ, tăng 6 địa phương so với cuối năm 2023. Tổng số hộ tham gia đạt 65.870 hộ, trong đó hộ nghèo, hộ cận nghèo chiếm 71,2%.

Tổng giá trị được bảo hiểm đạt 5.126 tỷ đồng; tổng phí bảo hiểm là 248,3 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 186,7 tỷ đồng, chiếm 75,2%. Các doanh nghiệp bảo hiểm đã bồi thường 71,4 tỷ đồng cho 8.915 hộ, tỷ lệ bồi thường bình quân khoảng 28,8% phí bảo hiểm.

Trong tổng số hộ tham gia, 42.310 hộ bảo hiểm cây lúa với 31.480 ha; 17.260 hộ bảo hiểm vật nuôi với 412.500 con trâu, bò, lợn; 6.300 hộ bảo hiểm nuôi trồng thủy sản với 9.740 ha tôm, cá tra.

Các địa phương có số hộ tham gia nhiều nhất lần lượt là Nghệ An (18.450 hộ), Thanh Hóa (9.860 hộ) và Hà Tĩnh (6.120 hộ). Về diện tích nuôi trồng thủy sản được bảo hiểm, Bạc Liêu xếp thứ 2 cả nước với 2.415 ha, chỉ sau Cà Mau.

Cục đánh giá, mức phí bảo hiểm còn cao, từ 2,5% đến 6% số tiền bảo hiểm tùy đối tượng, trong khi thu nhập của hộ nông dân còn thấp. Mục tiêu đến năm 2025 có ít nhất 100.000 hộ tham gia, trong đó tỷ lệ hộ nghèo, hộ cận nghèo trên 60%. Bộ đang hoàn thiện dự thảo Nghị định sửa đổi Nghị định số 58/2018/NĐ-CP, dự kiến trình Chính phủ trong quý II/2025.

Cục Kinh tế hợp tác và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

ASOF = period("tính đến ngày 31/12/2024", None, "2024-12-31")
AI = inherit(ASOF)
TO25 = period("đến năm 2025", None, "2025-12-31")
SUBJ_H = "hộ tham gia bảo hiểm nông nghiệp"

FIGS = [
    F("Gần 66.000 hộ", "66.000", 66000, "count", "hộ", "hộ được hỗ trợ bảo hiểm nông nghiệp", approx="nearly"),
    F("có 28/31 tỉnh", "28", 28, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã triển khai bảo hiểm nông nghiệp được hỗ trợ", total=31,
      change=change("increase", 6, "địa phương", "cuối năm 2023"), period=ASOF),
    F("đạt 65.870 hộ", "65.870", 65870, "count", "hộ", "tổng số hộ tham gia bảo hiểm nông nghiệp", period=AI),
    F("chiếm 71,2%", "71,2", 71.2, "percent", "%", "hộ nghèo, hộ cận nghèo trong tổng số hộ tham gia", period=AI),
    F("đạt 5.126 tỷ đồng", "5.126", 5126e9, "money", "đồng", "tổng giá trị được bảo hiểm", period=AI),
    F("là 248,3 tỷ đồng", "248,3", 248.3e9, "money", "đồng", "tổng phí bảo hiểm", period=AI),
    F("hỗ trợ 186,7 tỷ đồng", "186,7", 186.7e9, "money", "đồng", "ngân sách nhà nước hỗ trợ phí bảo hiểm",
      total=248.3e9, percent=75.2, period=AI),
    F("bồi thường 71,4 tỷ đồng", "71,4", 71.4e9, "money", "đồng", "số tiền bồi thường", period=AI),
    F("cho 8.915 hộ", "8.915", 8915, "count", "hộ", "hộ được bồi thường", period=AI),
    F("khoảng 28,8%", "28,8", 28.8, "percent", "%", "tỷ lệ bồi thường bình quân trên phí bảo hiểm",
      approx="about", period=AI),
    F("42.310 hộ", "42.310", 42310, "count", "hộ", "hộ bảo hiểm cây lúa", total=65870, period=AI),
    F("với 31.480 ha", "31.480", 31480, "measure", "ha", "diện tích lúa được bảo hiểm", period=AI),
    F("17.260 hộ", "17.260", 17260, "count", "hộ", "hộ bảo hiểm vật nuôi", total=65870, period=AI),
    F("412.500 con", "412.500", 412500, "count", "con", "trâu, bò, lợn được bảo hiểm", period=AI),
    F("6.300 hộ", "6.300", 6300, "count", "hộ", "hộ bảo hiểm nuôi trồng thủy sản", total=65870, period=AI),
    F("với 9.740 ha", "9.740", 9740, "measure", "ha", "diện tích nuôi trồng thủy sản được bảo hiểm", period=AI),
    F("Nghệ An (18.450 hộ)", "18.450", 18450, "count", "hộ", SUBJ_H, location="Nghệ An"),
    F("Thanh Hóa (9.860 hộ)", "9.860", 9860, "count", "hộ", SUBJ_H, location="Thanh Hóa"),
    F("Hà Tĩnh (6.120 hộ)", "6.120", 6120, "count", "hộ", SUBJ_H, location="Hà Tĩnh"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "diện tích nuôi trồng thủy sản được bảo hiểm", location="Bạc Liêu"),
    F("với 2.415 ha", "2.415", 2415, "measure", "ha", "diện tích nuôi trồng thủy sản được bảo hiểm",
      location="Bạc Liêu"),
    F("từ 2,5% đến 6%", "2,5", 2.5, "percent", "%", "mức phí bảo hiểm", value_max=6),
    F("ít nhất 100.000 hộ", "100.000", 100000, "count", "hộ", "hộ tham gia bảo hiểm nông nghiệp",
      approx="at_least", status="target", period=TO25),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ hộ nghèo, hộ cận nghèo tham gia",
      approx="over", status="target", period=TO25),
]

build("p1082-4", TEXT, FIGS, published="2025-02-26", location="Việt Nam", comments=[
    "Ministry site (Bộ NN&PTNT, Cục Kinh tế hợp tác và PTNT): national results of QĐ 13/2022 to 31/12/2024.",
    "'gần 3 năm thực hiện' is a duration that locates the figures in time: not a figure. 'Quyết định 13' is a document name.",
    "28/31 → total 31, change +6 địa phương vs cuối năm 2023. 'trong đó hộ nghèo... chiếm 71,2%' is a share with no base amount: own percent figure.",
    "'Trong tổng số hộ tham gia, 42.310 hộ …' names the whole of the earlier sentence (65.870 hộ) → total 65870 for the three household counts (42.310+17.260+6.300 = 65.870); areas and head counts get none.",
    "Ranking list with lần lượt: each province is the location; 'xếp thứ 2 cả nước với 2.415 ha' → rank and measure located in Bạc Liêu.",
    "'Mục tiêu đến năm 2025' governs 'ít nhất 100.000 hộ' and the continuing 'trong đó … trên 60%' (target).",
    "Distractors: Lượt xem 734, QĐ 13/2022/QĐ-TTg, NĐ 58/2018/NĐ-CP, quý II/2025 (schedule), Số 2 Ngọc Hà, 024.3846.8161.",
])
