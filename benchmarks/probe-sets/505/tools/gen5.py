"""p505-5: Party newspaper (Bến Tre) — saltwater intrusion, free water for households, dry season 2023-2024."""
from lib import emit, fig, per, inh, ch, tg

TEXT = """Bến Tre: Hơn 12.000 hộ dân vùng hạn mặn được cấp nước sinh hoạt miễn phí

Mùa khô năm 2023-2024, mặn xâm nhập sớm và sâu; ranh mặn 4‰ vào sâu trong đất liền từ 50 đến 65 km, ảnh hưởng trực tiếp đến nguồn nước sinh hoạt của người dân.

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre, toàn tỉnh có khoảng 27.600 hộ dân thiếu nước sinh hoạt, tập trung tại các huyện Ba Tri (8.450 hộ), Thạnh Phú (7.920 hộ) và Bình Đại (6.380 hộ). Tại ấp 4, xã Tân Thủy (huyện Ba Tri), gần Quốc lộ 57C, nhiều hộ phải mua nước ngọt với giá 150.000-200.000 đồng/m³.

Từ đầu mùa khô đến nay, các đơn vị đã chở nước ngọt miễn phí 48.250 m³ đến hơn 12.000 hộ dân, với tổng kinh phí trên 9,6 tỷ đồng. Tỉnh cũng hỗ trợ 3.500 bồn chứa nước loại 1.000 lít cho hộ nghèo, hộ cận nghèo theo Kế hoạch số 1872/KH-UBND.

Công ty TNHH MTV Cấp thoát nước Bến Tre cho biết, sản lượng nước cấp bình quân tháng 3/2024 đạt 62.400 m³/ngày, tăng 8,5% so với cùng kỳ; vào những ngày đỉnh mặn, các nhà máy phải giảm công suất từ 15 đến 20% do nguồn nước thô bị nhiễm mặn.

Để giải quyết căn cơ, tỉnh đang đầu tư hồ chứa nước ngọt Kênh Lấp (huyện Ba Tri) với dung tích khoảng 2,2 triệu m³, tổng vốn 416 tỷ đồng; dự kiến quý II/2024 sẽ tích nước giai đoạn 1. Tỉnh phấn đấu đến năm 2025 có 100% hộ dân nông thôn được sử dụng nước sạch, trong đó ít nhất 80% dùng nước từ công trình cấp nước tập trung.

THANH TÂM

12/04/2024
"""

M3 = per("tháng 3/2024", "2024-03-01", "2024-03-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Hơn 12.000 hộ dân", "12.000", 12000, "count", "hộ", "hộ dân vùng hạn mặn được cấp nước sinh hoạt miễn phí",
        approx="over"),
    fig("ranh mặn 4‰", "4", 4, "measure", "‰", "ranh mặn", optional=True),
    fig("từ 50 đến 65 km", "50", 50, "measure", "km", "ranh mặn xâm nhập sâu trong đất liền", value_max=65),
    fig("khoảng 27.600 hộ", "27.600", 27600, "count", "hộ", "hộ dân thiếu nước sinh hoạt", approx="about"),
    fig("(8.450 hộ)", "8.450", 8450, "count", "hộ", "hộ dân thiếu nước sinh hoạt", location="Ba Tri"),
    fig("(7.920 hộ)", "7.920", 7920, "count", "hộ", "hộ dân thiếu nước sinh hoạt", location="Thạnh Phú"),
    fig("(6.380 hộ)", "6.380", 6380, "count", "hộ", "hộ dân thiếu nước sinh hoạt", location="Bình Đại"),
    fig("150.000-200.000 đồng/m³", "150.000", 150000, "money", "đồng/m³", "giá mua nước ngọt", value_max=200000,
        location="Ba Tri"),
    fig("miễn phí 48.250 m³", "48.250", 48250, "measure", "m³", "nước ngọt chở miễn phí"),
    fig("hơn 12.000 hộ dân, với", "12.000", 12000, "count", "hộ", "hộ dân được chở nước ngọt miễn phí", approx="over"),
    fig("trên 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "tổng kinh phí chở nước ngọt miễn phí", approx="over"),
    fig("3.500 bồn", "3.500", 3500, "count", "bồn", "bồn chứa nước hỗ trợ hộ nghèo, hộ cận nghèo"),
    fig("loại 1.000 lít", "1.000", 1000, "measure", "lít", "dung tích bồn chứa nước", optional=True),
    fig("đạt 62.400 m³/ngày", "62.400", 62400, "measure", "m³/ngày", "sản lượng nước cấp bình quân", M3,
        change=ch("increase", 8.5, baseline="cùng kỳ")),
    fig("từ 15 đến 20%", "15", 15, "percent", "%", "mức giảm công suất các nhà máy ngày đỉnh mặn", value_max=20),
    fig("khoảng 2,2 triệu m³", "2,2", 2.2e6, "measure", "m³", "dung tích hồ chứa nước ngọt Kênh Lấp", approx="about",
        location="Ba Tri"),
    fig("416 tỷ đồng", "416", 416e9, "money", "đồng", "tổng vốn hồ chứa nước ngọt Kênh Lấp", location="Ba Tri"),
    fig("có 100% hộ dân", "100", 100, "percent", "%", "hộ dân nông thôn được sử dụng nước sạch", T25, status="target"),
    fig("ít nhất 80%", "80", 80, "percent", "%", "hộ dùng nước từ công trình cấp nước tập trung", T25,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Party newspaper (invented, Bến Tre): saltwater intrusion, free drinking water, dry season 2023-2024. Byline 'THANH TÂM' and",
    "the bare date '12/04/2024' at the end = published.",
    "Not figures: 'Mùa khô năm 2023-2024', ấp 4, Quốc lộ 57C, Kế hoạch số 1872/KH-UBND, 'giai đoạn 1', 'quý II/2024' (no number in its clause).",
    "'ranh mặn 4‰' names the isohaline (a threshold label) and 'loại 1.000 lít' is a tank type: optional.",
    "District brackets (8.450 + 7.920 + 6.380 = 22.750 ≠ 27.600, cue 'tập trung tại'): no total; location = the district.",
    "'giảm công suất từ 15 đến 20%' is a rate that is the claim: percent figure, range, no change.",
    "Kênh Lấp reservoir '(huyện Ba Tri)' figures and the '150.000-200.000 đồng/m³' price at 'xã Tân Thủy (huyện Ba Tri)' take Ba Tri.",
    "'Từ đầu mùa khô đến nay' and 'Mùa khô năm 2023-2024' have no calendar start: no period given (unscored).",
    "'ít nhất 80%' after 'trong đó' following '100%': a share of households, not a part of a counted whole: no total (choice).",
]

if __name__ == "__main__":
    emit("p505-5", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Bến Tre")
