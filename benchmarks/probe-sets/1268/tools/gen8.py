"""p1268-8: news agency (TTXVN): a worm-farming cooperative in Phụng Hiệp, Hậu Giang; district rank; province target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Thời sự > Kinh tế

Hậu Giang: Nuôi trùn quế giúp nông dân tăng thu nhập

Ngày phát hành: 18/03/2025 16:42

Hậu Giang (TTXVN) - Mô hình nuôi trùn quế trên nền chuồng trại chăn nuôi bò đang giúp nhiều hộ dân ở huyện Phụng Hiệp, tỉnh Hậu Giang có thêm nguồn thu ổn định, đồng thời giảm ô nhiễm môi trường.

Hợp tác xã Trùn quế Hòa An (xã Hòa An, huyện Phụng Hiệp) hiện có 18 thành viên, nuôi trùn trên diện tích 2,6 ha, sử dụng phân từ gần 2 ngàn con bò của các hộ trong vùng. Năm 2024, hợp tác xã sản xuất 1.250 tấn phân trùn và 42 tấn trùn sinh khối, doanh thu 5,1 tỷ đồng, tăng 17% so với năm 2023; lợi nhuận bình quân mỗi thành viên khoảng 85 triệu đồng/năm. Sản phẩm phân trùn viên nén HA-01 của hợp tác xã đã đạt chứng nhận OCOP 4 sao.

Ông Trần Văn Phúc, Giám đốc hợp tác xã, cho biết: 2 tháng đầu năm 2025, hợp tác xã đã bán 215 tấn phân trùn, tăng 12,5% so với cùng kỳ; dự kiến quý I/2025 đạt khoảng 330 tấn. Giá bán phân trùn hiện ở mức 3.500 đồng/kg, trùn sinh khối tối đa 40.000 đồng/kg.

Năm 2024, huyện Phụng Hiệp đứng thứ hai toàn tỉnh về số hộ nuôi trùn quế với 176 hộ, chỉ sau thị xã Long Mỹ (204 hộ). Toàn tỉnh có 712 hộ nuôi, sản lượng phân trùn ước đạt 6.300 tấn.

Theo ông Nguyễn Hoàng Nam, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hậu Giang, tỉnh đặt mục tiêu đến năm 2030 có 1.000 hộ nuôi trùn quế, xử lý được 30-35% lượng phân bò phát sinh trên địa bàn.

Thanh Liêm (TTXVN)
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M2 = per("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
T30 = per("đến năm 2030", None, "2030-12-31")
PH = "Phụng Hiệp"

FIGS = [
    fig("có 18 thành viên", "18", 18, "count", "thành viên", subject="thành viên Hợp tác xã Trùn quế Hòa An",
        location=PH),
    fig("diện tích 2,6 ha", "2,6", 2.6, "measure", "ha", subject="diện tích nuôi trùn của hợp tác xã",
        location=PH),
    fig("gần 2 ngàn", "2", 2000, "count", "con bò", approx="nearly", subject="bò của các hộ trong vùng",
        location=PH),
    fig("xuất 1.250 tấn", "1.250", 1250, "measure", "tấn", subject="phân trùn hợp tác xã sản xuất",
        period=Y24, location=PH),
    fig("và 42 tấn", "42", 42, "measure", "tấn", subject="trùn sinh khối hợp tác xã sản xuất",
        period=Y24, location=PH),
    fig("thu 5,1 tỷ", "5,1", 5.1e9, "money", "đồng", change=chg("increase", 17, "%", "năm 2023"),
        subject="doanh thu hợp tác xã", period=Y24, location=PH),
    fig("khoảng 85 triệu", "85", 85e6, "money", "đồng/năm", approx="about",
        subject="lợi nhuận bình quân mỗi thành viên", period=Y24, location=PH),
    fig("bán 215 tấn", "215", 215, "measure", "tấn", change=chg("increase", 12.5, "%", "cùng kỳ"),
        subject="phân trùn hợp tác xã đã bán", period=M2, location=PH),
    fig("khoảng 330 tấn", "330", 330, "measure", "tấn", approx="about", status="forecast",
        subject="phân trùn hợp tác xã bán", period=Q1, location=PH),
    fig("mức 3.500", "3.500", 3500, "money", "đồng/kg", subject="giá bán phân trùn", location=PH),
    fig("tối đa 40.000", "40.000", 40000, "money", "đồng/kg", approx="at_most",
        subject="giá bán trùn sinh khối", location=PH),
    fig("thứ hai toàn tỉnh", "hai", 2, "rank", "hạng", subject="số hộ nuôi trùn quế", period=Y24, location=PH),
    fig("với 176 hộ", "176", 176, "count", "hộ", subject="hộ nuôi trùn quế", period=Y24, location=PH),
    fig("(204 hộ)", "204", 204, "count", "hộ", subject="hộ nuôi trùn quế", period=Y24, location="Long Mỹ"),
    fig("có 712 hộ", "712", 712, "count", "hộ", subject="hộ nuôi trùn quế", period=inh(Y24)),
    fig("ước đạt 6.300 tấn", "6.300", 6300, "measure", "tấn", status="estimate",
        subject="sản lượng phân trùn", period=inh(Y24)),
    fig("có 1.000 hộ", "1.000", 1000, "count", "hộ", status="target", subject="hộ nuôi trùn quế", period=T30),
    fig("được 30-35%", "30", 30, "percent", "%", value_max=35, status="target",
        subject="lượng phân bò phát sinh được xử lý", period=T30),
]

NOTES = [
    "News agency (TTXVN): section line, 'Ngày phát hành: 18/03/2025 16:42', tag 'Hậu Giang (TTXVN) -', byline 'Thanh Liêm (TTXVN)'.",
    "Distractors: 16:42, product name 'HA-01', 'OCOP 4 sao'.",
    "The cooperative (xã Hòa An, huyện Phụng Hiệp) and the director's quote are located in Phụng Hiệp; 'thị xã Long Mỹ (204 hộ)' in Long Mỹ;",
    "'Toàn tỉnh' and the provincial target in Hậu Giang. 'gần 2 ngàn con bò' = 2 000 (ngàn = nghìn).",
    "'hiện' gives no period. 'Năm 2024' governs the whole long sentence after it (5,1 tỷ and the 85 triệu after ';').",
    "'đứng thứ hai toàn tỉnh về số hộ nuôi trùn quế' → rank 2 of Phụng Hiệp. 'Toàn tỉnh có 712 hộ ...' inherits 'Năm 2024' from the previous sentence.",
    "'tỉnh đặt mục tiêu đến năm 2030 ...' governs both figures (target); '30-35%' is a percent range.",
]

if __name__ == "__main__":
    write("p1268-8", TEXT, NOTES, FIGS, published="2025-03-18", location="Hậu Giang")
