"""p1447-4: ministry site (Bộ Công Thương): national mask capacity, April 2020; list of provinces."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Hoạt động của Bộ

Năng lực sản xuất khẩu trang trong nước vượt xa nhu cầu

15/04/2020 | 10:20 | Vụ Công nghiệp nhẹ

Theo số liệu tổng hợp của Bộ Công Thương, tính đến ngày 10/4/2020, cả nước có 186 doanh nghiệp sản xuất khẩu trang y tế với tổng công suất khoảng 8,7 triệu chiếc/ngày, tăng gần 4 lần so với cuối tháng 1/2020. Bên cạnh đó, có trên 120 doanh nghiệp dệt may tham gia sản xuất khẩu trang vải kháng khuẩn, năng lực đạt khoảng 6 triệu chiếc/ngày.

Các địa phương có công suất khẩu trang y tế lớn nhất lần lượt là Hà Nội (1,9 triệu chiếc/ngày), TP Hồ Chí Minh (1,6 triệu chiếc/ngày), Bắc Ninh (1,2 triệu chiếc/ngày) và Hải Dương (0,8 triệu chiếc/ngày). Nhu cầu sử dụng khẩu trang y tế trong nước hiện ước khoảng 3 triệu chiếc/ngày.

Quý I/2020, kim ngạch xuất khẩu khẩu trang ước đạt 28,5 triệu USD, gấp 3,4 lần cùng kỳ năm 2019. Nhật Bản là thị trường lớn nhất, chiếm khoảng 37% kim ngạch; tiếp đến là Hoa Kỳ và EU.

Bộ Y tế đã cấp số đăng ký lưu hành cho 254 sản phẩm khẩu trang, trong đó 41 sản phẩm đạt tiêu chuẩn N95. Để bảo đảm an ninh y tế, Bộ Công Thương đặt mục tiêu duy trì mức dự trữ tối thiểu 50 triệu chiếc khẩu trang y tế. Dự kiến đến hết tháng 5/2020, công suất toàn ngành sẽ đạt khoảng 10 triệu chiếc/ngày.

Tin cùng chuyên mục:
- Bộ trưởng làm việc với Hiệp hội Dệt may Việt Nam (VITAS)
- Thông báo về việc thực hiện Nghị quyết số 20/NQ-CP ngày 28/02/2020

BỘ CÔNG THƯƠNG - Số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Điện thoại: 024.2220.2108
"""

ASOF = per("tính đến ngày 10/4/2020", None, "2020-04-10")
Q1 = per("Quý I/2020", "2020-01-01", "2020-03-31")
SUBJ_LIST = "công suất khẩu trang y tế"

FIGS = [
    fig("có 186 doanh nghiệp", "186", 186, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất khẩu trang y tế", period=ASOF),
    fig("khoảng 8,7 triệu", "8,7", 8.7e6, "measure", "chiếc/ngày", approx="about",
        change=chg("increase", 4, "lần", "cuối tháng 1/2020", approx="nearly"),
        subject="tổng công suất sản xuất khẩu trang y tế", period=ASOF),
    fig("trên 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp dệt may tham gia sản xuất khẩu trang vải kháng khuẩn", period=inh(ASOF)),
    fig("khoảng 6 triệu", "6", 6e6, "measure", "chiếc/ngày", approx="about",
        subject="năng lực sản xuất khẩu trang vải kháng khuẩn", period=inh(ASOF)),
    fig("Hà Nội (1,9 triệu", "1,9", 1.9e6, "measure", "chiếc/ngày", subject=SUBJ_LIST,
        period=inh(ASOF), location="Hà Nội"),
    fig("Minh (1,6 triệu", "1,6", 1.6e6, "measure", "chiếc/ngày", subject=SUBJ_LIST,
        period=inh(ASOF), location="TP Hồ Chí Minh"),
    fig("Ninh (1,2 triệu", "1,2", 1.2e6, "measure", "chiếc/ngày", subject=SUBJ_LIST,
        period=inh(ASOF), location="Bắc Ninh"),
    fig("Dương (0,8 triệu", "0,8", 0.8e6, "measure", "chiếc/ngày", subject=SUBJ_LIST,
        period=inh(ASOF), location="Hải Dương"),
    fig("ước khoảng 3 triệu", "3", 3e6, "measure", "chiếc/ngày", approx="about", status="estimate",
        subject="nhu cầu sử dụng khẩu trang y tế trong nước"),
    fig("ước đạt 28,5 triệu", "28,5", 28.5e6, "money", "USD", status="estimate",
        change=chg("increase", 3.4, "lần", "cùng kỳ năm 2019"),
        subject="kim ngạch xuất khẩu khẩu trang", period=Q1),
    fig("khoảng 37%", "37", 37, "percent", "%", approx="about",
        subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu khẩu trang", period=inh(Q1)),
    fig("cho 254 sản phẩm", "254", 254, "count", "sản phẩm",
        subject="sản phẩm khẩu trang được cấp số đăng ký lưu hành"),
    fig("41 sản phẩm", "41", 41, "count", "sản phẩm", total=254,
        subject="sản phẩm khẩu trang đạt tiêu chuẩn N95"),
    fig("tối thiểu 50 triệu", "50", 50e6, "count", "chiếc", approx="at_least", status="target",
        subject="mức dự trữ khẩu trang y tế"),
    fig("khoảng 10 triệu", "10", 10e6, "measure", "chiếc/ngày", approx="about", status="forecast",
        subject="công suất toàn ngành", period=per("đến hết tháng 5/2020", None, "2020-05-31")),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '15/04/2020 | 10:20 | Vụ Công nghiệp nhẹ', related items, address footer. National: location Việt Nam.",
    "'tính đến ngày 10/4/2020' is an as-of date for the first sentence; the next sentence and the 'lần lượt' list inherit it (not scored).",
    "'tăng gần 4 lần so với cuối tháng 1/2020' is the change of the capacity 8,7 triệu chiếc/ngày (unit lần, approx nearly).",
    "List 'lần lượt là Hà Nội (1,9 triệu chiếc/ngày), ...': each item a figure, subject the list's indicator, province in location.",
    "'Nhu cầu ... hiện ước khoảng 3 triệu chiếc/ngày' → estimate + about, no period ('hiện').",
    "'gấp 3,4 lần cùng kỳ năm 2019' → change of 28,5 triệu USD. Japan's 'chiếm khoảng 37% kim ngạch' has no amount: a percent figure; Japan is a trade partner (location Việt Nam).",
    "'254 sản phẩm ..., trong đó 41 sản phẩm' → total 254. 'đặt mục tiêu duy trì ... tối thiểu 50 triệu chiếc' → target, at_least.",
    "'Dự kiến đến hết tháng 5/2020 ... khoảng 10 triệu chiếc/ngày' → forecast, period end 2020-05-31, start null.",
    "Distractors: 10:20, 'N95', 'VITAS', Nghị quyết số 20/NQ-CP ngày 28/02/2020, 'Số 54 Hai Bà Trưng', phone 024.2220.2108, 'cuối tháng 1/2020' as a baseline.",
]

if __name__ == "__main__":
    write("p1447-4", TEXT, NOTES, FIGS, published="2020-04-15", location="Việt Nam")
