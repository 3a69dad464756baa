"""p654-8: commune portal, xã Tân Khánh Đông (TP. Sa Đéc, Đồng Tháp) — hoa kiểng Tết Ất Tỵ 2025."""
from lib import emit, fig, per, inh, year, chg

TEXT = """ỦY BAN NHÂN DÂN XÃ TÂN KHÁNH ĐÔNG
Thành phố Sa Đéc - Tỉnh Đồng Tháp
Trang chủ > Tin tức > Kinh tế - Nông nghiệp
Ngày đăng: 12/12/2024

Tân Khánh Đông xuống giống hơn 520.000 chậu hoa kiểng phục vụ Tết Ất Tỵ 2025

Theo UBND xã, tính đến ngày 10/12/2024, nông dân trong xã đã xuống giống hơn 520.000 chậu hoa kiểng các loại, tăng 4,5% so với vụ Tết năm trước. Trong đó, cúc mâm xôi 185.000 chậu, vạn thọ 90.000 chậu, hoa hồng 64.000 chậu, còn lại là các loại hoa kiểng khác.

Toàn xã hiện có 1.240 hộ trồng hoa kiểng với diện tích 215,5 ha, chiếm khoảng 32% diện tích hoa kiểng của thành phố Sa Đéc. Năm 2024, thu nhập của hộ trồng hoa ước đạt 350 triệu đồng/ha/năm, cao hơn 2,3 lần so với trồng lúa. Giá cúc mâm xôi dự kiến từ 120.000 đến 150.000 đồng/cặp, tương đương vụ Tết năm trước.

Do đợt mưa trái mùa trong tháng 11/2024, khoảng 8.500 chậu cúc bị úng rễ, thiệt hại ước 510 triệu đồng. Tổ hợp tác hoa kiểng số 5 (ấp Tân Hòa) bị ảnh hưởng nặng nhất.

6 tháng đầu năm 2024, làng hoa trên địa bàn xã đón khoảng 42.000 lượt khách tham quan, trải nghiệm; riêng quý III/2024 đón 18.500 lượt. Thu nhập bình quân đầu người của xã năm 2024 ước đạt 78,5 triệu đồng/người/năm, đạt 101,9% kế hoạch.

Phấn đấu đến năm 2025, xã có 30 ha hoa kiểng ứng dụng công nghệ cao và 3 hợp tác xã có sản phẩm đạt chuẩn OCOP 3 sao. Dịp Festival hoa - kiểng Sa Đéc lần thứ II, các nhà vườn dọc Quốc lộ 80 sẽ mở cửa đón khách miễn phí.

Hotline: 0277.3861.234
"""

ASOF = per("tính đến ngày 10/12/2024", end="2024-12-10")
Y24 = year(2024, "Năm 2024")
T25 = per("đến năm 2025", end="2025-12-31")
FIGS = [
    fig("giống hơn 520.000 chậu hoa kiểng phục", "520.000", 520000, "count", "chậu", "chậu hoa kiểng xuống giống phục vụ Tết",
        approx="over"),
    fig("đã xuống giống hơn 520.000", "520.000", 520000, "count", "chậu", "chậu hoa kiểng các loại xuống giống", approx="over",
        period=ASOF, change=chg("increase", 4.5, baseline="vụ Tết năm trước")),
    fig("cúc mâm xôi 185.000", "185.000", 185000, "count", "chậu", "chậu cúc mâm xôi", total=520000, period=inh(ASOF)),
    fig("vạn thọ 90.000", "90.000", 90000, "count", "chậu", "chậu vạn thọ", total=520000, period=inh(ASOF)),
    fig("hoa hồng 64.000", "64.000", 64000, "count", "chậu", "chậu hoa hồng", total=520000, period=inh(ASOF)),
    fig("có 1.240 hộ", "1.240", 1240, "count", "hộ", "hộ trồng hoa kiểng"),
    fig("diện tích 215,5 ha", "215,5", 215.5, "measure", "ha", "diện tích hoa kiểng", percent=32),
    fig("ước đạt 350 triệu", "350", 350e6, "money", "đồng/ha/năm", "thu nhập của hộ trồng hoa", period=Y24,
        status="estimate", change=chg("increase", 2.3, "lần", baseline="trồng lúa")),
    fig("từ 120.000 đến 150.000", "120.000", 120000, "money", "đồng/cặp", "giá cúc mâm xôi", value_max=150000,
        status="forecast"),
    fig("khoảng 8.500 chậu", "8.500", 8500, "count", "chậu", "chậu cúc bị úng rễ", approx="about",
        period=per("tháng 11/2024", "2024-11-01", "2024-11-30")),
    fig("ước 510 triệu", "510", 510e6, "money", "đồng", "thiệt hại do mưa trái mùa", status="estimate",
        period=per("tháng 11/2024", "2024-11-01", "2024-11-30")),
    fig("khoảng 42.000 lượt", "42.000", 42000, "count", "lượt", "lượt khách tham quan, trải nghiệm làng hoa", approx="about",
        period=per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    fig("đón 18.500 lượt", "18.500", 18500, "count", "lượt", "lượt khách tham quan, trải nghiệm làng hoa",
        period=per("quý III/2024", "2024-07-01", "2024-09-30")),
    fig("ước đạt 78,5 triệu", "78,5", 78.5e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người", period=year(2024),
        status="estimate", percent=101.9),
    fig("có 30 ha", "30", 30, "measure", "ha", "diện tích hoa kiểng ứng dụng công nghệ cao", period=T25, status="target"),
    fig("và 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã có sản phẩm đạt chuẩn OCOP 3 sao", period=T25,
        status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Tân Khánh Đông, TP. Sa Đéc, Đồng Tháp), 'Ngày đăng: 12/12/2024': hoa kiểng Tết Ất Tỵ 2025 — pots planted as of",
    "10/12/2024 by kind, households, area, income/ha with a 'cao hơn 2,3 lần' change, forecast price, rain loss (tháng 11/2024), visitors",
    "(6 tháng, quý III), income per head vs plan, 2025 targets. Location: the commune lies in TP. Sa Đéc (district level): 'Sa Đéc'.",
    "Not figures: 'Tết Ất Tỵ 2025', 'Tổ hợp tác hoa kiểng số 5', 'OCOP 3 sao' (a rating), 'lần thứ II', 'Quốc lộ 80', hotline 0277.3861.234.",
    "'chiếm khoảng 32%' is the 215,5 ha's percent. 'tương đương vụ Tết năm trước' carries no number.",
]

if __name__ == "__main__":
    emit("p654-8", TEXT, COMMENTS, FIGS, published="2024-12-12", location="Sa Đéc")
