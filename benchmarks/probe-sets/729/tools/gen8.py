"""p729-8: commune portal, xã Hải Toàn (Hải Hậu, Nam Định), agricultural by-products reused in 9 months of 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """ỦY BAN NHÂN DÂN XÃ HẢI TOÀN - HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ » Tin tức » Kinh tế - Xã hội
Ngày đăng: 12/10/2023 | Người đăng: Văn phòng UBND xã

Xã Hải Toàn: 9 tháng tận dụng hơn 2.100 tấn phụ phẩm nông nghiệp

9 tháng năm 2023, xã Hải Toàn thu gom, tận dụng hơn 2.100 tấn rơm rạ và phụ phẩm nông nghiệp, đạt 84% kế hoạch năm, tăng 15,6% so với cùng kỳ năm 2022. Trong đó, rơm rạ làm thức ăn cho gia súc 860 tấn, ủ phân hữu cơ 1.050 tấn, trồng nấm rơm 190 tấn.

Riêng quý II/2023, thời điểm thu hoạch lúa Xuân, xã thu gom 1.126,4 tấn rơm, chiếm 53,6% khối lượng 9 tháng. Toàn xã có 486,7 ha lúa, lượng rơm bình quân khoảng 5,5 tấn/ha. Hiện xã có 5 máy cuộn rơm của tư nhân, mỗi máy cuộn được khoảng 2,5 ha/ngày.

Trong quý III/2023, Hội Nông dân xã tổ chức 6 lớp tập huấn hướng dẫn ủ rơm bằng chế phẩm vi sinh cho 412 lượt hội viên; cấp miễn phí 1.500 gói chế phẩm cho 8 xóm. Mô hình điểm ủ phân tại xóm 9 được đánh giá cao tại Hội thi nhà nông giỏi lần thứ 3 của huyện.

Kế hoạch năm 2023, xã thu gom 2.500 tấn phụ phẩm nông nghiệp. Phấn đấu đến năm 2025, tỷ lệ rơm rạ được thu gom, xử lý đạt 95%, không còn đốt rơm rạ trên đồng ruộng.

Địa chỉ: UBND xã Hải Toàn, Quốc lộ 21, huyện Hải Hậu; điện thoại: 0228.3877.019.
"""

M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q2 = per("quý II/2023", "2023-04-01", "2023-06-30")
Q3 = per("quý III/2023", "2023-07-01", "2023-09-30")

COMMENTS = [
    "revised after the first scoring: default location was the commune 'Hải Toàn'; re-reading FIGURES.md ('the province, city or",
    "district the figure describes') it is now the commune's district, Hải Hậu.",
    "Commune portal (invented): UBND xã Hải Toàn, huyện Hải Hậu, Nam Định. 'Ngày đăng: 12/10/2023' (published).",
    "Headline '9 tháng' has no year: it takes the year of the nearest earlier date (Ngày đăng 12/10/2023) and is scored.",
    "Location: the district Hải Hậu (FIGURES.md: location is a province, city or district; a commune is none of these).",
    "Distractors: 'xóm 9', 'Hội thi nhà nông giỏi lần thứ 3' (ordinal), 'Quốc lộ 21', phone, the posting date.",
    "'Trong đó' parts 860 + 1.050 + 190 = 2.100 tấn -> total 2100. '1.126,4' is Vietnamese decimal (1126.4 tấn).",
    "'chiếm 53,6% khối lượng 9 tháng' is the percent of 1.126,4 tấn; no total (the whole is named but not as a number in that clause).",
    "'Kế hoạch năm 2023, xã thu gom 2.500 tấn' -> target. '8 xóm' counts hamlets and is a figure; 'xóm 9' is a name.",
]

FIGS = [
    fig("9 tháng tận dụng hơn 2.100 tấn", "2.100", 2100, "measure", "tấn", "phụ phẩm nông nghiệp tận dụng",
        per("9 tháng", "2023-01-01", "2023-09-30"), approx="over"),
    fig("tận dụng hơn 2.100 tấn rơm rạ", "2.100", 2100, "measure", "tấn", "rơm rạ và phụ phẩm nông nghiệp thu gom, tận dụng", M9,
        approx="over", percent=84, change=chg("increase", 15.6, "%", "cùng kỳ năm 2022")),
    fig("gia súc 860 tấn", "860", 860, "measure", "tấn", "rơm rạ làm thức ăn cho gia súc", inh(M9), total=2100),
    fig("hữu cơ 1.050 tấn", "1.050", 1050, "measure", "tấn", "phụ phẩm ủ phân hữu cơ", inh(M9), total=2100),
    fig("nấm rơm 190 tấn", "190", 190, "measure", "tấn", "rơm rạ trồng nấm rơm", inh(M9), total=2100),
    fig("thu gom 1.126,4 tấn", "1.126,4", 1126.4, "measure", "tấn", "rơm thu gom", Q2, percent=53.6),
    fig("có 486,7 ha", "486,7", 486.7, "measure", "ha", "diện tích lúa"),
    fig("khoảng 5,5 tấn/ha", "5,5", 5.5, "measure", "tấn/ha", "lượng rơm bình quân", approx="about"),
    fig("có 5 máy", "5", 5, "count", "máy cuộn rơm", "máy cuộn rơm của tư nhân"),
    fig("khoảng 2,5 ha/ngày", "2,5", 2.5, "measure", "ha/ngày", "công suất mỗi máy cuộn", approx="about"),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp tập huấn", "lớp tập huấn hướng dẫn ủ rơm bằng chế phẩm vi sinh", Q3),
    fig("cho 412 lượt", "412", 412, "count", "lượt hội viên", "lượt hội viên được tập huấn", Q3),
    fig("miễn phí 1.500 gói", "1.500", 1500, "count", "gói chế phẩm", "gói chế phẩm cấp miễn phí", Q3),
    fig("cho 8 xóm", "8", 8, "count", "xóm", "xóm được cấp chế phẩm", Q3),
    fig("thu gom 2.500 tấn", "2.500", 2500, "measure", "tấn", "phụ phẩm nông nghiệp thu gom", per("Kế hoạch năm 2023", "2023-01-01", "2023-12-31"),
        status="target"),
    fig("đạt 95%", "95", 95, "percent", "%", "tỷ lệ rơm rạ được thu gom, xử lý", per("đến năm 2025", None, "2025-12-31"), status="target"),
]

if __name__ == "__main__":
    emit("p729-8", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Hải Hậu")
