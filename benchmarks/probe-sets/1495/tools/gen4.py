"""p1495-4: ministry site (Bộ Công Thương): national exports of plastic and glass food containers 2023, targets to 2030."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Hoạt động ngành Công Thương

Xuất khẩu hộp đựng thực phẩm bằng nhựa và thủy tinh: cơ hội từ xu hướng tiêu dùng xanh

22/02/2024 | 09:30 | Vụ Công nghiệp

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu đồ gia dụng bằng nhựa của Việt Nam đạt 1,12 tỷ USD, giảm 3,4% so với năm 2022; trong đó hộp đựng thực phẩm và hộp cơm các loại chiếm khoảng 38%. Riêng quý IV/2023, kim ngạch đạt 312 triệu USD, tăng 9,2% so với quý III.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 402 triệu USD, tiếp đến là Nhật Bản 187 triệu USD, Hàn Quốc 96 triệu USD và Australia 58 triệu USD. Việt Nam hiện đứng thứ 4 trong số các nước cung cấp đồ gia dụng bằng nhựa cho thị trường Hoa Kỳ.

Đáng chú ý, xuất khẩu hộp thủy tinh đựng thực phẩm năm 2023 đạt 146 triệu USD, gấp 1,6 lần năm 2022, nhờ hai nhà máy mới tại Long An và Bắc Ninh đi vào hoạt động.

Cả nước hiện có khoảng 4.000 doanh nghiệp ngành nhựa, trong đó hơn 300 doanh nghiệp sản xuất đồ gia dụng tiếp xúc với thực phẩm, tập trung chủ yếu tại TP Hồ Chí Minh, Bình Dương, Đồng Nai và Long An.

Theo Quyết định số 2315/QĐ-BCT phê duyệt chương trình phát triển ngành nhựa, mục tiêu đến năm 2030 kim ngạch xuất khẩu đồ gia dụng bằng nhựa đạt 2 tỷ USD, tỷ lệ sử dụng nguyên liệu nhựa tái chế đạt ít nhất 30%. Hiệp hội Nhựa Việt Nam (VPA) dự báo năm 2024 kim ngạch xuất khẩu nhóm hàng này có thể tăng 8-10%.

Bản quyền thuộc Bộ Công Thương
Giấy phép số 56/GP-BTTTT
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
EXP = "kim ngạch xuất khẩu đồ gia dụng bằng nhựa"

FIGS = [
    fig("đạt 1,12 tỷ", "1,12", 1.12e9, "money", "USD", change=chg("decrease", 3.4, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu đồ gia dụng bằng nhựa của Việt Nam", period=Y23),
    fig("chiếm khoảng 38%", "38", 38, "percent", "%", approx="about",
        subject="tỷ trọng hộp đựng thực phẩm và hộp cơm các loại", period=Y23),
    fig("đạt 312 triệu", "312", 312e6, "money", "USD", change=chg("increase", 9.2, "%", "quý III"),
        subject="kim ngạch xuất khẩu", period=Q4),
    fig("với 402 triệu", "402", 402e6, "money", "USD", subject=EXP + " sang thị trường Hoa Kỳ", period=inh(Y23)),
    fig("Nhật Bản 187 triệu", "187", 187e6, "money", "USD", subject=EXP + " sang Nhật Bản", period=inh(Y23)),
    fig("Hàn Quốc 96 triệu", "96", 96e6, "money", "USD", subject=EXP + " sang Hàn Quốc", period=inh(Y23)),
    fig("Australia 58 triệu", "58", 58e6, "money", "USD", subject=EXP + " sang Australia", period=inh(Y23)),
    fig("đứng thứ 4", "4", 4, "rank", "hạng",
        subject="các nước cung cấp đồ gia dụng bằng nhựa cho thị trường Hoa Kỳ"),
    fig("đạt 146 triệu", "146", 146e6, "money", "USD", change=chg("increase", 1.6, "lần", "năm 2022"),
        subject="xuất khẩu hộp thủy tinh đựng thực phẩm", period=Y23),
    fig("nhờ hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy mới đi vào hoạt động"),
    fig("khoảng 4.000 doanh nghiệp", "4.000", 4000, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp ngành nhựa"),
    fig("hơn 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", approx="over", total=4000,
        subject="doanh nghiệp sản xuất đồ gia dụng tiếp xúc với thực phẩm"),
    fig("đạt 2 tỷ", "2", 2e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu đồ gia dụng bằng nhựa", period=T30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sử dụng nguyên liệu nhựa tái chế", period=T30),
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10, status="forecast",
        subject="kim ngạch xuất khẩu nhóm hàng đồ gia dụng bằng nhựa", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/02/2024 | 09:30 | Vụ Công nghiệp', copyright footer. National figures: location Việt Nam.",
    "Distractors: 09:30, 'Quyết định số 2315/QĐ-BCT', 'Giấy phép số 56/GP-BTTTT', baselines 'năm 2022', 'quý III'.",
    "'trong đó ... chiếm khoảng 38%' is a percent figure of its own (no base amount); period năm 2023 from the same sentence.",
    "Markets list (Hoa Kỳ, Nhật Bản, Hàn Quốc, Australia) shares the export indicator; trade partners are not locations; period inherited.",
    "'đứng thứ 4 trong số các nước cung cấp ...' is Việt Nam's rank (location Việt Nam); 'hiện': no period.",
    "'gấp 1,6 lần năm 2022' is the change of 146 triệu USD (unit lần). 'hai nhà máy mới tại Long An và Bắc Ninh' is a national count",
    "with places inside it: location stays Việt Nam. 'hơn 300' after 'trong đó' takes the whole 4.000.",
    "'mục tiêu đến năm 2030' -> target, period end 2030-12-31, start null. VPA 'dự báo năm 2024 ... tăng 8-10%' -> forecast range, a growth rate as the claim.",
]

if __name__ == "__main__":
    write("p1495-4", TEXT, NOTES, FIGS, published="2024-02-22", location="Việt Nam")
