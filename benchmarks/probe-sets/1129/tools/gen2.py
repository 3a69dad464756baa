"""p1129-2: district portal (huyện Gia Lâm, Hà Nội): guava area by commune, co-operative, supermarket share, income per sào."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM
Tin tức > Kinh tế - Nông nghiệp
Thứ Ba, 12/03/2024 - 08:30

Gia Lâm: Mở rộng vùng ổi an toàn ven sông Hồng

Năm 2023, diện tích trồng ổi trên địa bàn huyện đạt 318 ha, tăng 6,4% so với năm 2022, tập trung tại các xã Đông Dư, Văn Đức, Kim Lan và Bát Tràng. Trong đó, xã Đông Dư có 126 ha, Văn Đức 84 ha, Kim Lan 57 ha. Năng suất đạt 28,5 tấn/ha; sản lượng 8.760 tấn.

Huyện hiện có 3 hợp tác xã chuyên canh ổi với 212 hộ thành viên; 96 ha được cấp giấy chứng nhận VietGAP, bằng 30,2% tổng diện tích. Giá ổi bán tại vườn khoảng 15.000-20.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với ổi sản xuất thông thường.

Ông Lê Văn Hùng, Giám đốc HTX ổi an toàn Đông Dư, cho biết hợp tác xã có 45 thành viên, canh tác 38 ha. Năm 2023, HTX tiêu thụ 1.150 tấn ổi, trong đó khoảng 40% bán vào các hệ thống siêu thị và cửa hàng tiện lợi. Thu nhập bình quân của thành viên đạt 12 triệu đồng/sào/năm, gấp đôi trồng ngô, đậu. Đây là năm thứ hai liên tiếp HTX được công nhận sản phẩm OCOP 4 sao.

Năm 2024, huyện phấn đấu mở rộng diện tích ổi lên 340 ha, trong đó diện tích đạt chuẩn VietGAP 120 ha. Huyện dự kiến hỗ trợ 50% kinh phí cấp giấy chứng nhận VietGAP, tối đa 30 triệu đồng/hợp tác xã.

Minh Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện

Địa chỉ: Số 8 đường Cổ Bi, thị trấn Trâu Quỳ, huyện Gia Lâm, TP Hà Nội. Điện thoại: 024.3827.6209
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023, HTX", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
AREA = "diện tích trồng ổi"

FIGS = [
    fig("đạt 318 ha", "318", 318, "measure", "ha", change=chg("increase", 6.4, "%", "năm 2022"),
        subject="diện tích trồng ổi trên địa bàn huyện", period=Y23),
    fig("Dư có 126 ha", "126", 126, "measure", "ha", total=318, subject=f"{AREA} xã Đông Dư", period=inh(Y23)),
    fig("Văn Đức 84 ha", "84", 84, "measure", "ha", total=318, subject=f"{AREA} xã Văn Đức", period=inh(Y23)),
    fig("Kim Lan 57 ha", "57", 57, "measure", "ha", total=318, subject=f"{AREA} xã Kim Lan", period=inh(Y23)),
    fig("đạt 28,5 tấn/ha", "28,5", 28.5, "measure", "tấn/ha", subject="năng suất ổi", period=inh(Y23)),
    fig("sản lượng 8.760 tấn", "8.760", 8760, "measure", "tấn", subject="sản lượng ổi", period=inh(Y23)),
    fig("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", subject="hợp tác xã chuyên canh ổi"),
    fig("212 hộ", "212", 212, "count", "hộ thành viên", subject="hộ thành viên hợp tác xã chuyên canh ổi"),
    fig("96 ha", "96", 96, "measure", "ha", percent=30.2,
        subject="diện tích ổi được cấp giấy chứng nhận VietGAP"),
    fig("khoảng 15.000-20.000", "15.000", 15000, "money", "đồng/kg", value_max=20000, approx="about",
        change=chg("increase", 3000, "đồng/kg", "ổi sản xuất thông thường", approx="about"),
        subject="giá ổi bán tại vườn"),
    fig("có 45 thành viên", "45", 45, "count", "thành viên", subject="thành viên HTX ổi an toàn Đông Dư"),
    fig("canh tác 38 ha", "38", 38, "measure", "ha", subject="diện tích canh tác của HTX ổi an toàn Đông Dư"),
    fig("tiêu thụ 1.150 tấn", "1.150", 1150, "measure", "tấn", subject="ổi HTX tiêu thụ", period=Y23b),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ lệ ổi của HTX bán vào các hệ thống siêu thị và cửa hàng tiện lợi", period=Y23b),
    fig("đạt 12 triệu", "12", 12000000, "money", "đồng/sào/năm", change=chg("increase", 2, "lần", "trồng ngô, đậu"),
        subject="thu nhập bình quân của thành viên HTX", period=inh(Y23b)),
    fig("OCOP 4 sao", "4", 4, "rank", "sao", optional=True, subject="hạng sao OCOP"),
    fig("lên 340 ha", "340", 340, "measure", "ha", status="target", subject="diện tích ổi", period=Y24),
    fig("VietGAP 120 ha", "120", 120, "measure", "ha", status="target", total=340,
        subject="diện tích ổi đạt chuẩn VietGAP", period=Y24),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast",
        subject="mức hỗ trợ kinh phí cấp giấy chứng nhận VietGAP", period=inh(Y24)),
    fig("tối đa 30 triệu", "30", 30000000, "money", "đồng/hợp tác xã", approx="at_most", status="forecast",
        subject="mức hỗ trợ kinh phí cấp giấy chứng nhận VietGAP tối đa", period=inh(Y24)),
]

NOTES = [
    "District portal (huyện Gia Lâm, Hà Nội): 'Thứ Ba, 12/03/2024 - 08:30' (published 2024-03-12); byline and address at the end.",
    "Default location is the district (Gia Lâm). Communes (xã Đông Dư, Văn Đức, Kim Lan) are not a province/city/district: they stay in",
    "the subject and the location remains Gia Lâm. Their areas follow 'Trong đó' after the whole 318 ha (sentence break): total 318.",
    "'cao hơn khoảng 3.000 đồng/kg so với ...' is the change of the price range; 'gấp đôi trồng ngô, đậu' is a change (2 lần) of 12 triệu.",
    "'trong đó khoảng 40%' is a percent figure of its own. 'OCOP 4 sao' is a rating (optional); 'năm thứ hai liên tiếp' is an ordinal.",
    "'Huyện dự kiến hỗ trợ ...' → forecast. Distractors: 'Số 8 đường Cổ Bi', phone 024.3827.6209, time 08:30.",
]

if __name__ == "__main__":
    write("p1129-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Gia Lâm")
