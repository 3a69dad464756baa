"""p501-8: commune portal (xã Tà Xùa, huyện Bắc Yên, Sơn La), poverty reduction 9 months 2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÀ XÙA - HUYỆN BẮC YÊN - TỈNH SƠN LA
Tin tức - Sự kiện › Kinh tế - Xã hội

9 tháng năm 2024, xã Tà Xùa có 47 hộ thoát nghèo

Ngày đăng: 08/10/2024 | Người đăng: Ban biên tập

Tính đến ngày 31/12/2023, toàn xã có 386 hộ nghèo, chiếm 46,3% tổng số hộ, tập trung chủ yếu ở các bản Tà Xùa B, Bẹ và Pắc A. Trong 9 tháng năm 2024, xã có 47 hộ thoát nghèo, đạt 78,3% kế hoạch năm (60 hộ); 12 hộ thoát cận nghèo.

Tính đến 30/9/2024, dư nợ cho vay của Ngân hàng Chính sách xã hội qua 6 tổ tiết kiệm và vay vốn đạt 18.640 triệu đồng với 412 hộ còn dư nợ; trong đó dư nợ cho vay hộ nghèo là 9.215 triệu đồng, chiếm 49,4%.

Từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, trong 9 tháng xã đã hỗ trợ 126 con bò sinh sản cho 126 hộ nghèo với định mức 15 triệu đồng/con; hỗ trợ xóa 23 nhà tạm, nhà dột nát, mỗi nhà được hỗ trợ 40-50 triệu đồng. Thu nhập bình quân đầu người của xã năm 2024 ước đạt 28,5 triệu đồng/người/năm, tăng 2,1 triệu đồng so với năm 2023.

Phấn đấu đến hết năm 2024, tỷ lệ hộ nghèo của xã còn khoảng 40%; giai đoạn 2024-2025, mỗi năm giảm từ 4 đến 5% tỷ lệ hộ nghèo.

UBND xã Tà Xùa - Bản Tà Xùa C, xã Tà Xùa, huyện Bắc Yên, tỉnh Sơn La (Km 12, đường Bắc Yên - Tà Xùa)
Điện thoại: 0212.3872.114
"""

H9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF23 = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
ASOF = per("Tính đến 30/9/2024", None, "2024-09-30")

FIGS = [
    fig("Tà Xùa có 47 hộ", "47", 47, "count", "hộ", subject="hộ thoát nghèo", period=H9),
    fig("có 386 hộ nghèo", "386", 386, "count", "hộ", percent=46.3, subject="hộ nghèo", period=ASOF23),
    fig("xã có 47 hộ thoát nghèo, đạt", "47", 47, "count", "hộ", percent=78.3, target=tgt(60, "hộ"),
        subject="hộ thoát nghèo", period=M9),
    fig("12 hộ thoát cận nghèo", "12", 12, "count", "hộ", subject="hộ thoát cận nghèo", period=M9),
    fig("qua 6 tổ", "6", 6, "count", "tổ tiết kiệm và vay vốn",
        subject="tổ tiết kiệm và vay vốn", period=ASOF),
    fig("đạt 18.640 triệu đồng", "18.640", 18640000000, "money", "đồng",
        subject="dư nợ cho vay của Ngân hàng Chính sách xã hội", period=ASOF),
    fig("với 412 hộ", "412", 412, "count", "hộ", subject="hộ còn dư nợ", period=ASOF),
    fig("là 9.215 triệu đồng", "9.215", 9215000000, "money", "đồng", total=18640000000, percent=49.4,
        subject="dư nợ cho vay hộ nghèo", period=ASOF),
    fig("hỗ trợ 126 con bò", "126", 126, "count", "con bò", subject="bò sinh sản hỗ trợ", period=M9),
    fig("cho 126 hộ nghèo", "126", 126, "count", "hộ", subject="hộ nghèo được hỗ trợ bò sinh sản", period=M9),
    fig("15 triệu đồng/con", "15", 15000000, "money", "đồng/con", subject="định mức hỗ trợ bò sinh sản",
        period=M9),
    fig("xóa 23 nhà tạm", "23", 23, "count", "nhà tạm, nhà dột nát",
        subject="nhà tạm, nhà dột nát được hỗ trợ xóa", period=M9),
    fig("hỗ trợ 40-50 triệu đồng", "40", 40000000, "money", "đồng", value_max=50000000,
        subject="mức hỗ trợ mỗi nhà", period=M9),
    fig("ước đạt 28,5 triệu đồng/người/năm", "28,5", 28500000, "money", "đồng/người/năm",
        change=chg("increase", 2100000, "đồng", "năm 2023"), status="estimate",
        subject="thu nhập bình quân đầu người", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("còn khoảng 40%", "40", 40, "percent", "%", approx="about", status="target",
        subject="tỷ lệ hộ nghèo", period=per("đến hết năm 2024", None, "2024-12-31")),
    fig("từ 4 đến 5%", "4", 4, "percent", "%", value_max=5, status="target",
        subject="tỷ lệ hộ nghèo giảm mỗi năm", period=per("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
]

NOTES = [
    "Commune portal, xã Tà Xùa (huyện Bắc Yên, Sơn La): 9-month poverty results 2024, NHCSXH loans, livestock and housing support, income.",
    "Location: the spec's location is a province, city or district, so the commune's figures take its district, Bắc Yên.",
    "'đạt 78,3% kế hoạch năm (60 hộ)': 78,3 is the share, the bracketed 60 hộ is the plan (target). '6 tổ tiết kiệm và vay vốn' is a count.",
    "'trong 9 tháng' (para 3) takes 2024 from 'Tính đến 30/9/2024'. 'tăng 2,1 triệu đồng so với năm 2023' is the income's change.",
    "'bản Tà Xùa B', 'Bản Tà Xùa C', 'Pắc A', 'Km 12', the phone number, the date line are not figures.",
]

if __name__ == "__main__":
    emit("p501-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Bắc Yên")
