"""p1380-6: ministry site (Bộ Nông nghiệp và PTNT): national weaving-and-dyeing craft villages, natural-dye materials."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn

Làng nghề dệt nhuộm: Giữ nghề gắn với vùng nguyên liệu

27/08/2024 | 10:05 | Cục Kinh tế hợp tác và PTNT

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, cả nước hiện có 5.400 làng nghề, trong đó 1.951 làng nghề truyền thống đã được công nhận. Nhóm làng nghề dệt, may, nhuộm có 432 làng, chiếm khoảng 8% tổng số làng nghề, thu hút trên 150 nghìn lao động.

Năm 2023, giá trị sản xuất của nhóm làng nghề dệt nhuộm ước đạt 12,6 nghìn tỷ đồng, tăng 5,3% so với năm 2022. Kim ngạch xuất khẩu thổ cẩm, vải nhuộm tự nhiên đạt khoảng 85 triệu USD, trong đó thị trường Nhật Bản chiếm 35%.

Các địa phương có nhiều làng nghề dệt nhuộm nhất là Hà Nội (58 làng), Thái Bình (41 làng), An Giang (26 làng) và Hòa Bình (19 làng). Cả nước có 12 tỉnh duy trì nghề nhuộm chàm của đồng bào dân tộc thiểu số, chủ yếu ở vùng trung du và miền núi phía Bắc, với tổng diện tích trồng chàm, củ nâu khoảng 1.100 ha.

Tuy vậy, thu nhập bình quân của lao động làng nghề dệt nhuộm mới đạt 5,2 triệu đồng/người/tháng, thấp hơn 18% so với lao động ngành dệt may công nghiệp. Nhiều làng nghề thiếu lao động trẻ, có nơi trên 70% thợ giỏi đã ngoài 50 tuổi.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam (Quyết định số 801/QĐ-TTg), mục tiêu đến năm 2030 có ít nhất 300 làng nghề truyền thống được bảo tồn và phát triển. Giai đoạn 2021-2030, giá trị sản xuất của các làng nghề phấn đấu tăng bình quân từ 6 đến 7% mỗi năm.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8160
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
G = per("Giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
L = "làng nghề dệt nhuộm"

FIGS = [
    fig("có 5.400 làng nghề", "5.400", 5400, "count", "làng nghề", subject="làng nghề"),
    fig("đó 1.951 làng nghề", "1.951", 1951, "count", "làng nghề", total=5400,
        subject="làng nghề truyền thống đã được công nhận"),
    fig("có 432 làng", "432", 432, "count", "làng", percent=8, subject="nhóm làng nghề dệt, may, nhuộm"),
    fig("trên 150 nghìn", "150", 150000, "count", "lao động", approx="over",
        subject="lao động nhóm làng nghề dệt, may, nhuộm thu hút"),
    fig("ước đạt 12,6 nghìn tỷ", "12,6", 12.6e12, "money", "đồng", status="estimate",
        change=chg("increase", 5.3, "%", "năm 2022"),
        subject="giá trị sản xuất của nhóm làng nghề dệt nhuộm", period=Y23),
    fig("khoảng 85 triệu", "85", 85e6, "money", "USD", approx="about",
        subject="kim ngạch xuất khẩu thổ cẩm, vải nhuộm tự nhiên", period=inh(Y23)),
    fig("chiếm 35%", "35", 35, "percent", "%",
        subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu thổ cẩm, vải nhuộm tự nhiên",
        period=inh(Y23)),
    fig("Hà Nội (58 làng)", "58", 58, "count", "làng", subject=L, location="Hà Nội"),
    fig("Thái Bình (41 làng)", "41", 41, "count", "làng", subject=L, location="Thái Bình"),
    fig("An Giang (26 làng)", "26", 26, "count", "làng", subject=L, location="An Giang"),
    fig("Hòa Bình (19 làng)", "19", 19, "count", "làng", subject=L, location="Hòa Bình"),
    fig("có 12 tỉnh", "12", 12, "count", "tỉnh",
        subject="tỉnh duy trì nghề nhuộm chàm của đồng bào dân tộc thiểu số"),
    fig("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", approx="about",
        subject="tổng diện tích trồng chàm, củ nâu"),
    fig("đạt 5,2 triệu", "5,2", 5.2e6, "money", "đồng/người/tháng",
        change=chg("decrease", 18, "%", "lao động ngành dệt may công nghiệp"),
        subject="thu nhập bình quân của lao động làng nghề dệt nhuộm"),
    fig("trên 70%", "70", 70, "percent", "%", approx="over", subject="thợ giỏi đã ngoài 50 tuổi"),
    fig("ngoài 50 tuổi", "50", 50, "measure", "tuổi", approx="over", subject="tuổi của thợ giỏi", optional=True),
    fig("ít nhất 300 làng", "300", 300, "count", "làng nghề", approx="at_least", status="target",
        subject="làng nghề truyền thống được bảo tồn và phát triển", period=T30),
    fig("từ 6 đến 7%", "6", 6, "percent", "%", value_max=7, status="target",
        subject="giá trị sản xuất của các làng nghề", period=G),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): ministry banner, breadcrumb, '27/08/2024 | 10:05 | Cục Kinh tế hợp tác và PTNT', copyright and address footer.",
    "Default location Việt Nam (national figures, a count of provinces); list items Hà Nội (58 làng) ... → their province as location.",
    "Distractors: 10:05, Quyết định số 801/QĐ-TTg, 'Số 2 Ngọc Hà', phone 024.3846.8160.",
    "'trong đó 1.951 làng nghề truyền thống' → total 5.400. 'có 432 làng, chiếm khoảng 8% tổng số làng nghề' → percent 8 (the share",
    "is the attribute; its 'khoảng' is not the figure's approx).",
    "'trong đó thị trường Nhật Bản chiếm 35%' → a percent figure of its own (a share after a money figure, not a part in USD); Japan is a",
    "trade partner → location Việt Nam. 'Năm 2023' stands in the previous sentence → inherited for 85 triệu USD and 35%.",
    "'thấp hơn 18% so với lao động ngành dệt may công nghiệp' → change decrease 18%.",
    "'ngoài 50 tuổi' is an age threshold that defines the group: optional. 'trên 70%' → percent, over.",
    "'mục tiêu đến năm 2030 ... ít nhất 300' → target, period end 2030; 'Giai đoạn 2021-2030, ... phấn đấu tăng bình quân từ 6 đến 7%'",
    "→ a growth rate as the claim (percent, no change), target, range.",
    "revised after the first run: subject of 'từ 6 đến 7%' 'tốc độ tăng bình quân giá trị sản xuất của các làng nghề mỗi năm' →",
    "'giá trị sản xuất của các làng nghề' (a growth rate as the claim is named by its indicator, as the sentence names it; cf. shared h14).",
]

if __name__ == "__main__":
    write("p1380-6", TEXT, NOTES, FIGS, published="2024-08-27", location="Việt Nam")
