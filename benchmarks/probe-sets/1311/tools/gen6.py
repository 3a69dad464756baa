"""p1311-6: ministry site (Bộ NN&PTNT, Cục Thủy lợi): national rural water supply, end of 2023 and targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy lợi

Hơn 56% dân số nông thôn được sử dụng nước sạch đạt quy chuẩn

Thứ Hai, 15/01/2024 | 14:05 | Cục Thủy lợi

Theo báo cáo của Cục Thủy lợi, tính đến hết năm 2023, cả nước có 98% dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh, trong đó 56,5% sử dụng nước sạch đạt quy chuẩn (QCVN 01-1:2018/BYT), tăng 2,5 điểm phần trăm so với năm 2022.

Cả nước hiện có 18.212 công trình cấp nước tập trung nông thôn, trong đó 1.527 công trình không hoạt động, chiếm 8,4%. Tổng vốn đầu tư cho cấp nước nông thôn giai đoạn 2021-2023 ước đạt 21.300 tỷ đồng.

Tuy nhiên, tại các vùng khô hạn như Nam Trung Bộ, Tây Nguyên và vùng núi phía Bắc, tình trạng thiếu nước sinh hoạt vẫn diễn ra vào mùa khô. Mùa khô 2023-2024, dự báo khoảng 95-110 nghìn hộ có nguy cơ thiếu nước, tập trung tại các tỉnh Ninh Thuận, Bình Thuận, Khánh Hòa, Gia Lai, Đắk Lắk, Đắk Nông, Sơn La và Hà Giang.

Theo Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn, mục tiêu đến năm 2025 có 65% dân số nông thôn sử dụng nước sạch đạt quy chuẩn với số lượng tối thiểu 60 lít/người/ngày; đến năm 2030 đạt 80%. Năm 2024, Bộ phấn đấu tăng thêm khoảng 3 điểm phần trăm, tương đương gần 2 triệu người dân nông thôn được tiếp cận nước sạch.

Bài viết liên quan:
- Hội nghị tổng kết công tác thủy lợi năm 2023, triển khai nhiệm vụ năm 2024
- Quyết định số 1978/QĐ-TTg phê duyệt Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn

Cục Thủy lợi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9217
"""

END23 = per("tính đến hết năm 2023", None, "2023-12-31")
G = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 56%", "56", 56, "percent", "%", approx="over",
        subject="dân số nông thôn được sử dụng nước sạch đạt quy chuẩn"),
    fig("có 98%", "98", 98, "percent", "%", subject="dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh",
        period=END23),
    fig("đó 56,5%", "56,5", 56.5, "percent", "%", total=98,
        change=chg("increase", 2.5, "điểm phần trăm", "năm 2022"),
        subject="dân số nông thôn sử dụng nước sạch đạt quy chuẩn", period=END23),
    fig("có 18.212 công trình", "18.212", 18212, "count", "công trình",
        subject="công trình cấp nước tập trung nông thôn"),
    fig("đó 1.527 công trình", "1.527", 1527, "count", "công trình", total=18212, percent=8.4,
        subject="công trình cấp nước tập trung không hoạt động"),
    fig("ước đạt 21.300 tỷ", "21.300", 21.3e12, "money", "đồng", status="estimate",
        subject="tổng vốn đầu tư cho cấp nước nông thôn", period=G),
    fig("khoảng 95-110 nghìn", "95", 95000, "count", "hộ", value_max=110000, approx="about", status="forecast",
        subject="hộ có nguy cơ thiếu nước"),
    fig("có 65%", "65", 65, "percent", "%", status="target",
        subject="dân số nông thôn sử dụng nước sạch đạt quy chuẩn", period=T25),
    fig("tối thiểu 60 lít", "60", 60, "measure", "lít/người/ngày", approx="at_least", status="target",
        subject="số lượng nước sạch", period=T25),
    fig("đạt 80%", "80", 80, "percent", "%", status="target",
        subject="dân số nông thôn sử dụng nước sạch đạt quy chuẩn", period=T30),
    fig("khoảng 3 điểm", "3", 3, "measure", "điểm phần trăm", approx="about", status="target",
        subject="tỷ lệ dân số nông thôn sử dụng nước sạch tăng thêm", period=Y24),
    fig("gần 2 triệu", "2", 2e6, "count", "người", approx="nearly", status="target",
        subject="người dân nông thôn được tiếp cận nước sạch", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, 'Thứ Hai, 15/01/2024 | 14:05 | Cục Thủy lợi' (published), related links, address footer.",
    "National figures: location Việt Nam; the provinces listed after the national forecast do not make it provincial.",
    "Distractors: 14:05, 'QCVN 01-1:2018/BYT', 'Mùa khô 2023-2024', 'năm 2022' baseline, 'Quyết định số 1978/QĐ-TTg',",
    "'Số 2 Ngọc Hà', phone 024.3845.9217, years in a link title.",
    "'tính đến hết năm 2023' is an as-of phrase (end only). '98% ..., trong đó 56,5%': a percent part after 'trong đó' that follows",
    "the whole (same indicator: share of rural population) → total 98; 'tăng 2,5 điểm phần trăm so với năm 2022' is its change.",
    "'1.527 công trình ..., chiếm 8,4%' → total 18.212 (trong đó) and percent 8,4. 'hiện' gives no period.",
    "'khoảng 95-110 nghìn hộ' = 95 000-110 000 (multiplier on both ends), 'dự báo' → forecast; 'Mùa khô 2023-2024' is no calendar period.",
    "Strategy targets: 'mục tiêu đến năm 2025 có 65% ... tối thiểu 60 lít/người/ngày; đến năm 2030 đạt 80%' → target, end-only periods.",
    "'phấn đấu tăng thêm khoảng 3 điểm phần trăm' is a measure in điểm phần trăm; 'tương đương gần 2 triệu người' is a count of its own",
    "(a conversion, not a share), both target, period Năm 2024.",
]

if __name__ == "__main__":
    write("p1311-6", TEXT, NOTES, FIGS, published="2024-01-15", location="Việt Nam")
