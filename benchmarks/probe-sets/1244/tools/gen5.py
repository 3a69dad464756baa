"""p1244-5: national newspaper (Thứ hai, 2/12/2024, 06:00 (GMT+7)): ba ba prices fall; national area/output, exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Hàng hóa
Thứ hai, 2/12/2024, 06:00 (GMT+7)

Giá ba ba lao dốc, người nuôi treo ao

Giá ba ba hoa thương phẩm giảm còn 180.000-200.000 đồng/kg, thấp nhất trong 5 năm, khiến nhiều hộ nuôi thua lỗ.

Theo Cục Thủy sản, cả nước hiện có khoảng 2.600 ha nuôi ba ba, sản lượng năm 2023 đạt hơn 11.000 tấn. Các tỉnh có diện tích nuôi lớn nhất lần lượt là Hưng Yên (412 ha), Hải Dương (186 ha) và Yên Bái (95 ha). Trước đây, khoảng 70% sản lượng được thương lái thu mua để xuất sang Trung Quốc.

Từ giữa năm nay, lượng ba ba xuất qua cửa khẩu giảm mạnh. 10 tháng đầu năm, kim ngạch xuất khẩu ba ba chỉ đạt 14,5 triệu USD, giảm 38% so với cùng kỳ năm trước. Giá con giống cũng giảm sâu, còn 12.000-15.000 đồng/con.

Ông Phạm Văn Hưng ở xã Dạ Trạch, huyện Khoái Châu (Hưng Yên) đang nuôi 8 ao với khoảng 15.000 con. "Giá thành mỗi kg ba ba khoảng 210.000 đồng, bán ra chưa tới 200.000 đồng là lỗ", ông nói. Theo ông, nếu giá không phục hồi, gia đình sẽ lỗ ít nhất 300 triệu đồng trong năm nay.

Hội Nuôi trồng thủy sản đặc sản Việt Nam dự báo thị trường trong nước chỉ tiêu thụ được khoảng 40% sản lượng. Các chuyên gia khuyến nghị người nuôi giảm mật độ, chuyển sang chế biến sâu như rượu ba ba, ba ba hấp đóng gói; ngành hàng cần phấn đấu đến năm 2030 đưa tỷ lệ sản lượng tiêu thụ qua hợp đồng lên trên 50%.

Minh Châu
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
TEN = per("10 tháng đầu năm", "2024-01-01", "2024-10-31")
NN = per("trong năm nay", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
KC = "Khoái Châu"

FIGS = [
    fig("còn 180.000-200.000", "180.000", 180000, "money", "đồng/kg", value_max=200000,
        subject="giá ba ba hoa thương phẩm"),
    fig("khoảng 2.600 ha", "2.600", 2600, "measure", "ha", approx="about", subject="diện tích nuôi ba ba"),
    fig("hơn 11.000 tấn", "11.000", 11000, "measure", "tấn", approx="over",
        subject="sản lượng ba ba", period=Y23),
    fig("Hưng Yên (412 ha)", "412", 412, "measure", "ha", subject="diện tích nuôi ba ba", location="Hưng Yên"),
    fig("Hải Dương (186 ha)", "186", 186, "measure", "ha", subject="diện tích nuôi ba ba", location="Hải Dương"),
    fig("Yên Bái (95 ha)", "95", 95, "measure", "ha", subject="diện tích nuôi ba ba", location="Yên Bái"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản lượng ba ba được thương lái thu mua để xuất sang Trung Quốc"),
    fig("đạt 14,5 triệu", "14,5", 14.5e6, "money", "USD",
        change=chg("decrease", 38, "%", "cùng kỳ năm trước"), subject="kim ngạch xuất khẩu ba ba", period=TEN),
    fig("còn 12.000-15.000", "12.000", 12000, "money", "đồng/con", value_max=15000, subject="giá con giống"),
    fig("nuôi 8 ao", "8", 8, "count", "ao", subject="ao nuôi ba ba của ông Phạm Văn Hưng", location=KC),
    fig("khoảng 15.000 con", "15.000", 15000, "count", "con", approx="about",
        subject="ba ba ông Phạm Văn Hưng đang nuôi", location=KC),
    fig("khoảng 210.000 đồng", "210.000", 210000, "money", "đồng/kg", approx="about",
        subject="giá thành mỗi kg ba ba", location=KC),
    fig("chưa tới 200.000", "200.000", 200000, "money", "đồng/kg", approx="under",
        subject="giá bán ra mà người nuôi bị lỗ", location=KC, optional=True),
    fig("ít nhất 300 triệu", "300", 300e6, "money", "đồng", approx="at_least", status="forecast",
        subject="khoản lỗ của gia đình ông Hưng", period=NN, location=KC),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", status="forecast",
        subject="sản lượng ba ba thị trường trong nước tiêu thụ được"),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
        subject="tỷ lệ sản lượng tiêu thụ qua hợp đồng", period=T30),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 2/12/2024, 06:00 (GMT+7)', sapo, quote, byline at the end. Default location Việt Nam.",
    "Distractors: 06:00, '(GMT+7)', 'thấp nhất trong 5 năm' (a span that locates the low), 'Từ giữa năm nay', 'năm trước'.",
    "'lần lượt là Hưng Yên (412 ha), …' is a list sharing 'diện tích nuôi': each item is a figure, the province its location.",
    "'Trung Quốc' is a trade partner, not a place of the figure (location stays Việt Nam).",
    "'10 tháng đầu năm' has no year: the nearest earlier period is 'Từ giữa năm nay' (2024; 'năm nay' = the dateline's year), so 2024.",
    "'Giá thành mỗi kg ba ba khoảng 210.000 đồng' → đồng/kg. 'bán ra chưa tới 200.000 đồng là lỗ' is a hypothetical threshold: optional.",
    "'sẽ lỗ ít nhất 300 triệu đồng trong năm nay' is a conditional projection → forecast (no listed cue; borderline).",
    "'dự báo … khoảng 40%' → forecast; 'phấn đấu đến năm 2030 … trên 50%' → target.",
]

if __name__ == "__main__":
    write("p1244-5", TEXT, NOTES, FIGS, published="2024-12-02", location="Việt Nam")
