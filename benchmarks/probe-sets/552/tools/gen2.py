from lib import write, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHÂU THÀNH
Tin tức > Kinh tế

Thứ Năm, 14/03/2024 - 10:05

Hơn 1.300 hộ dân Châu Thành lắp điện mặt trời mái nhà

Theo số liệu của Điện lực Châu Thành, tính đến hết tháng 2/2024, trên địa bàn huyện có 1.362 hệ thống điện mặt trời mái nhà đấu nối vào lưới điện (tăng 215 hệ thống so với cùng kỳ năm 2023) với tổng công suất 58,4 MWp; trong đó 1.318 hệ thống của hộ gia đình (21,7 MWp) và 44 hệ thống của doanh nghiệp, cơ sở sản xuất (36,7 MWp).

Các xã có nhiều hệ thống nhất là Thanh Điền (186 hệ thống), Hảo Đước (154 hệ thống), An Bình (132 hệ thống) và thị trấn Châu Thành (121 hệ thống).

Năm 2023, các hệ thống điện mặt trời mái nhà trên địa bàn huyện phát lên lưới khoảng 71,3 triệu kWh, bằng 14,2% tổng điện năng tiêu thụ của huyện. Theo ông Nguyễn Văn Hùng, Giám đốc Điện lực Châu Thành, suất đầu tư hiện dao động từ 9 đến 11 triệu đồng/kWp, giảm khoảng 40% so với năm 2020; thời gian hoàn vốn từ 6 đến 7 năm.

Năm 2024, Điện lực Châu Thành dự kiến đầu tư 12,5 tỷ đồng cải tạo 18 km đường dây trung thế, nâng công suất 25 trạm biến áp phân phối để tiếp nhận thêm khoảng 8 MWp điện mặt trời mái nhà. Người dân có nhu cầu lắp đặt liên hệ Điện lực Châu Thành tại số 09 đường Hoàng Lê Kha, ấp Thanh Sơn, thị trấn Châu Thành hoặc số điện thoại 0276.3880.279 để được hướng dẫn.

Minh Tâm (Trung tâm VH-TT-TT huyện)
"""

ASOF = per("tính đến hết tháng 2/2024", end="2024-02-29")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 1.300 hộ", "1.300", 1300, "count", "hộ dân", "hộ dân lắp điện mặt trời mái nhà", approx="over"),
    fig("có 1.362 hệ thống", "1.362", 1362, "count", "hệ thống",
        "hệ thống điện mặt trời mái nhà đấu nối vào lưới điện", ASOF,
        change=chg("increase", 215, "hệ thống", "cùng kỳ năm 2023")),
    fig("công suất 58,4 MWp", "58,4", 58.4, "measure", "MWp", "tổng công suất hệ thống điện mặt trời mái nhà", ASOF),
    fig("đó 1.318 hệ thống", "1.318", 1318, "count", "hệ thống", "hệ thống của hộ gia đình", ASOF, total=1362),
    fig("(21,7 MWp)", "21,7", 21.7, "measure", "MWp", "công suất hệ thống của hộ gia đình", ASOF, total=58.4),
    fig("và 44 hệ thống", "44", 44, "count", "hệ thống", "hệ thống của doanh nghiệp, cơ sở sản xuất", ASOF, total=1362),
    fig("(36,7 MWp)", "36,7", 36.7, "measure", "MWp", "công suất hệ thống của doanh nghiệp, cơ sở sản xuất", ASOF,
        total=58.4),
    fig("Thanh Điền (186", "186", 186, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", inh(ASOF)),
    fig("Hảo Đước (154", "154", 154, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", inh(ASOF)),
    fig("An Bình (132", "132", 132, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", inh(ASOF)),
    fig("Châu Thành (121", "121", 121, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", inh(ASOF)),
    fig("khoảng 71,3 triệu kWh", "71,3", 71.3e6, "measure", "kWh",
        "sản lượng điện mặt trời mái nhà phát lên lưới", Y23, approx="about", percent=14.2),
    fig("từ 9 đến 11 triệu", "9", 9e6, "money", "đồng/kWp", "suất đầu tư điện mặt trời mái nhà", value_max=11e6,
        change=chg("decrease", 40, baseline="năm 2020", approx="about")),
    fig("từ 6 đến 7 năm", "6", 6, "measure", "năm", "thời gian hoàn vốn", value_max=7),
    fig("đầu tư 12,5 tỷ", "12,5", 12.5e9, "money", "đồng", "vốn đầu tư cải tạo lưới điện của Điện lực Châu Thành", Y24,
        status="forecast"),
    fig("cải tạo 18 km", "18", 18, "measure", "km", "đường dây trung thế cải tạo", Y24, status="forecast"),
    fig("nâng công suất 25 trạm", "25", 25, "count", "trạm biến áp", "trạm biến áp phân phối nâng công suất", Y24,
        status="forecast"),
    fig("khoảng 8 MWp", "8", 8, "measure", "MWp", "công suất điện mặt trời mái nhà tiếp nhận thêm", Y24,
        approx="about", status="forecast"),
]

HEADER = [
    "Cổng TTĐT huyện Châu Thành (Tây Ninh): điện mặt trời mái nhà đến hết tháng 2/2024, sản lượng 2023, suất đầu tư, kế hoạch 2024.",
    "District portal; dateline 'Thứ Năm, 14/03/2024 - 10:05'; byline at the end. Location: the district (Châu Thành),",
    "also for the commune items (FIGURES.md: location is the province, city or district the figure describes).",
    "revised: the commune items Thanh Điền, Hảo Đước, An Bình had the commune as location; the spec's location is a province,",
    "city or district, so they now take the district, Châu Thành.",
    "'(tăng 215 hệ thống so với cùng kỳ năm 2023)' is the change of 1.362 hệ thống across the bracket. Parts after 'trong đó':",
    "the counts take 1.362 (same thing counted), the bracketed MWp take 58,4 MWp. 'hiện' and 'thời gian hoàn vốn' give no period.",
    "Not figures: address 'số 09 đường Hoàng Lê Kha', phone, dateline; the 6-7 năm payback is a duration that is the claim (a figure).",
]

if __name__ == "__main__":
    write("p552-2", TEXT, HEADER, FIGS, published="2024-03-14", location="Châu Thành")
